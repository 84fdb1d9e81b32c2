// Package webgpu is the WebGPU backend of webtune's kernels: every op of package kernels
// as a WGSL compute shader (templates embedded from wgsl/, specialized per shape by
// baking the shape's constants into the text), and a Go driver over syscall/js that
// compiles a Plan once into device buffers, pipelines and bind groups and replays a
// routine with one call into a small embedded JS helper, which encodes the recorded
// dispatches into one command buffer.
//
// Lowering ops into dispatches (lower.go and the kernel files) is plain Go and builds on
// every platform; the driver (driver_js.go) builds only for GOOS=js. Tests run inside
// headless Chromium (WebGPU on SwiftShader) through wasm/testrunner.
package webgpu
