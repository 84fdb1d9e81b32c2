// Package webgpu is the WebGPU backend of webtune's kernels: every op of package kernels
// as a WGSL compute shader (templates embedded from wgsl/, specialized per shape by
// baking the shape's constants into the text), and a Go driver over syscall/js that
// compiles a Plan once into device buffers, pipelines and bind groups and replays a
// routine with one call into a small embedded JS helper, which encodes the recorded
// dispatches into one command buffer.
//
// Reductions (batch-norm statistics and backward sums, the loss) have two forms, picked
// at Compile: where the device has the `subgroups` feature (SwiftShader in Chromium has
// it), subgroupAdd inside each subgroup and one workgroup-memory slot per subgroup,
// written so that any subgroup size or grouping gives the same sums; otherwise (or with
// Options.DisableSubgroups) a workgroup-memory reduction. Options can also lower the
// device's buffer limits below the adapter's, which is how tests force model.Net to
// micro-batch.
//
// Lowering ops into dispatches (lower.go and the kernel files) is plain Go and builds on
// every platform; the driver (driver_js.go) builds only for GOOS=js. Tests run inside
// headless Chromium (WebGPU on SwiftShader) through wasm/testrunner.
package webgpu
