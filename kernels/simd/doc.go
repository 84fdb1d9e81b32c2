// Package simd is webtune's WebAssembly SIMD backend. The kernels live in a separate
// WebAssembly module (kernels.wasm, and kernels_relaxed.wasm with relaxed-SIMD fused
// multiply-adds) that a Go generator writes byte by byte (internal/gen over the
// internal/wasm assembler; `go generate` refreshes the committed files). Every op of a
// plan compiles to a fixed list of kernel calls with static byte offsets into one
// shared memory that holds all buffers and a workspace; Run replays the list. Several
// instances of the module share the memory and split each parallel call into tiles
// through an atomic counter in that memory.
//
// NewNative runs the module on wazero (the mul+add build; wazero has no relaxed SIMD),
// for tests and benchmarks on the host.
package simd

//go:generate go run ./gen
