// Package simd is webtune's WebAssembly SIMD backend. The kernels live in a separate
// WebAssembly module that a Go generator writes byte by byte (internal/gen over the
// internal/wasm assembler): kernels.wasm (f32x4 mul+add) and kernels_relaxed.wasm
// (f32x4.relaxed_madd), each also as an unshared-memory build for pages without
// cross-origin isolation. Every export is declared once in internal/gen with named,
// typed parameters; `go generate ./kernels/simd` writes the modules, a WAT-like listing
// of each shared build (kernels*.wat, so a kernel change reviews as a text diff) and
// kernels_gen.go: the constants the runtime shares with the module and one typed
// emitter per export (<export>Args{...}.call()). The runtime builds every call through
// those emitters and does not import the generator; a test fails when any generated
// file is stale.
//
// Every op of a plan compiles to a fixed list of kernel calls with static byte offsets
// into one memory that holds all buffers and a workspace (convolutions run as im2col +
// GEMMs with register-tiled microkernels, A read in place when row-major, B packed; the
// tile is chosen at start-up; one with few input channels, the stem, reads its taps in
// runs from a zero-padded copy of its input instead of an im2col matrix; 3×3 stride-1
// convolutions run as Winograd: forward and backward data as F(4×4, 3×3) (36 products,
// 4 times fewer multiplies; F(2×2, 3×3)'s 16 products where the output is 2×2 or
// smaller), the filter gradient as F(3×3, 4×4) likewise (F(3×3, 2×2)), each as input
// and filter transforms, the products in one batched GEMM and an output transform (with
// 16 tiles or fewer, as at batch 1 in the last two stages, the products make their
// transformed filters from the taps on the fly, a strip at a time, instead of reading a
// cached copy 4 times the weights' size); 3×3 stride-2 convolutions run forward as a
// stride-2 F(2×2, 3×3), 25 products for 36, where the output is larger than 7×7; the
// transforms run in two passes through their destination, a column then a row of
// vectors at a time). Run replays the list. Weights that a routine reads but does not
// write (eval, features) are packed into GEMM panels once, and eval batch norms' scale
// and shift computed once, and reused across runs until a Write or a routine that
// writes them (SGD and batch-norm statistics in train) makes them stale (packcache.go).
// An eval batch norm runs inside the GEMM or Winograd output stage of the convolution
// before it, and a ReLU backward inside the batch-norm backward after it, and a max
// pool whose indices only another routine's backward reads (eval's) skips them, where
// nothing reads the skipped intermediate (fuse.go). A plan larger than the memory
// allows is refused with a kernels.TooLargeError, so model.NewNet micro-batches it.
// Several instances of the module share the memory and split each parallel call into
// tiles through an atomic counter in that memory.
//
// NewNative runs the mul+add build on wazero (it has no relaxed SIMD), for tests,
// `webtune step -backend simd` and benchmarks on the host. NewBrowser (GOOS=js) runs
// the relaxed build where WebAssembly.validate accepts it, on the calling thread plus
// workers (pool.js), with one call from Go per routine run.
package simd

//go:generate go run ./gen
