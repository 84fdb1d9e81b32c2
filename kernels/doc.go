// Package kernels is webtune's compute layer: the Backend interface, the static step
// Plan (buffers and routines of ops) that a model records once and a backend compiles
// once and replays per step, and the ops' exact definitions. Implementations live in
// subpackages: ref (pure Go, the definition of correct), webgpu (WGSL compute shaders)
// and simd (a generated WebAssembly SIMD module); kernelstest holds the conformance
// suite every backend must pass against ref.
package kernels
