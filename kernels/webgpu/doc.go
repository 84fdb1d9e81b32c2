// Package webgpu is the WebGPU backend of webtune's kernels: every op of package kernels
// as a WGSL compute shader (templates embedded from wgsl/, specialized per shape by
// baking the shape's constants into the text), and a Go driver over syscall/js that
// compiles a Plan once into device buffers, pipelines and bind groups and replays a
// routine with one call into a small embedded JS helper, which encodes the recorded
// dispatches into one command buffer.
//
// Convolutions, linear layers and MatMul share one tiled GEMM kernel (gemm.go,
// wgsl/gemm.wgsl): implicit GEMM straight from NHWC, register tiles per thread (tile
// shapes picked from the device's workgroup memory: 16 KiB everywhere, larger and
// deeper tiles where it offers 32 KiB), the next A and B tiles fetched into registers
// while the current ones are multiplied and stored into double-buffered shared tiles
// (where two copies fit), operands fetched as vec4 along their contiguous axis, both
// shared tiles read as vec4 and results stored as vec4 where the sizes divide by 4
// (every ResNet-18 convolution except the 3-channel stem), split-K for long
// reductions, the split count from a model of waves and reduce traffic. Elementwise
// passes work on vec4s where the lengths allow. A convolution's GEMM works out the
// pixel's (or the tap's) part of each im2col address once per fetch slot, and a side
// that 64-wide tiles would pad much (the stem's 147 taps) takes narrower even tiles.
//
// Lowering fuses two pairs of ops that the model records back to back, each into
// kernels that leave every buffer as the two ops would: a convolution and the training
// batch norm of its output (the GEMM writes the statistics of its tile's columns in its
// epilogue, so the batch norm does not read the output an extra time; not where the
// GEMM is split), and a ReLU backward in place and the batch-norm backward of the same
// gradient (the BN sums pass masks the gradient as it reads it and writes it back).
//
// ProfileRoutine says where a routine's time goes per kernel class (GPU timestamps
// where the device has timestamp-query); Options switch each kernel choice and fusion
// back to its former form for A/B comparisons on a GPU (cmd/bench flags).
// RobustnessProbe tells whether shaders check buffer bounds on the device (Dawn's
// robustness, which no API reports).
//
// Reductions (batch-norm statistics and backward sums, the loss) have two forms, picked
// at Compile: where the device has the `subgroups` feature (SwiftShader in Chromium has
// it), subgroupAdd inside each subgroup and one workgroup-memory slot per subgroup,
// written so that any subgroup size or grouping gives the same sums; otherwise (or with
// Options.DisableSubgroups) a workgroup-memory reduction.
//
// Compile refuses a plan whose buffers or bindings exceed the device's limits with a
// *kernels.TooLargeError, on which model.NewNet splits the batch into micro-batches.
// Options can request lower buffer limits than the adapter's.
//
// Lowering ops into dispatches (lower.go and the kernel files) is plain Go and builds on
// every platform; the driver (driver_js.go) builds only for GOOS=js. Tests run inside
// headless Chromium (WebGPU on SwiftShader) through wasm/testrunner; cmd/bench and
// gpubundle/ time the backend on a GPU machine (Dawn under node) beside PyTorch.
package webgpu
