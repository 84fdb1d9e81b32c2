// Package gen writes webtune's WebAssembly SIMD kernel module: every kernel of the simd
// backend as readable Go over the wasm assembler. The module imports one shared memory
// (env.memory) and two math functions (math.exp, math.log, f64), and exports one function
// per kernel. Parallel kernels split their work into numbered tiles and claim them from
// a counter at address QueueAddr with i32.atomic.rmw.add, so any number of instances
// running the same export on the same memory share the work with no messages.
package gen

import (
	"fmt"
	"math/bits"

	w "webtune/kernels/simd/internal/wasm"
)

// QueueAddr is the byte address of the tile counter. The host zeroes it before every
// parallel call; the first 64 bytes of memory are reserved for it.
const QueueAddr = 0

// ReservedBytes is the size of the control area at the start of memory.
const ReservedBytes = 64

// MaxPages is the memory maximum the module accepts (4 GiB).
const MaxPages = 65536

// Tile is a GEMM register tile: MR rows of A by NR columns of B (NR a multiple of 4).
type Tile struct{ MR, NR int }

func (t Tile) String() string { return fmt.Sprintf("%dx%d", t.MR, t.NR) }

// Tiles are the register tiles the module exports, gemm_<MR>x<NR> each.
var Tiles = []Tile{{2, 16}, {4, 8}, {4, 16}, {8, 8}}

// GEMM cache blocking: KC is the depth of a B strip chunk kept in L1 while MB panels
// of A (MB·MR rows × KC, in L2) stream past it.
const (
	KC        = 256
	BlockRows = 128 // MB·MR
)

// Chunk sizes of the other parallel kernels, in elements or rows per tile.
const (
	ElemChunk = 8192 // element-wise ops
	RowChunk  = 64   // row-parallel ops (im2col, batch-norm apply)
	// BNRowChunk rows make one batch-norm partial sum: fewer partials make the reduce
	// (which reads them all) cheap, while ResNet's smallest batch norms still split
	// into several tiles.
	BNRowChunk = 256
)

// ScratchBytes is the size of one thread's GEMM edge tile: the largest tile's floats.
var ScratchBytes = func() int {
	n := 0
	for _, t := range Tiles {
		n = max(n, 4*t.MR*t.NR)
	}
	return n
}()

// Files maps the names of the files `go generate ./kernels/simd` writes to their
// contents: the kernel modules, with mul+add (kernels*.wasm) or relaxed-SIMD FMA
// (*_relaxed.wasm) in the GEMM microkernels, each also for an ordinary unshared memory
// (*_unshared*.wasm: pages without cross-origin isolation, which cannot create a shared
// one, run it on one thread; its atomics work on unshared memory too); a text listing
// of each shared build (.wat, for review); and the Go emitters of every export
// (kernels_gen.go).
func Files() map[string][]byte {
	plain, exports := build(false, true)
	relaxed, _ := build(true, true)
	unshared, _ := build(false, false)
	unsharedRelaxed, _ := build(true, false)
	return map[string][]byte{
		"kernels.wasm":                  plain.Encode(),
		"kernels_relaxed.wasm":          relaxed.Encode(),
		"kernels_unshared.wasm":         unshared.Encode(),
		"kernels_unshared_relaxed.wasm": unsharedRelaxed.Encode(),
		"kernels.wat":                   []byte(plain.Text()),
		"kernels_relaxed.wat":           []byte(relaxed.Text()),
		"kernels_gen.go":                goFile(exports),
	}
}

// build assembles the module; relaxed selects f32x4.relaxed_madd for the GEMM
// microkernels (otherwise they multiply and add separately, matching scalar float32),
// shared a shared memory import.
func build(relaxed, shared bool) (*w.Module, []Export) {
	m := w.NewModule()
	m.ImportMemory("env", "memory", w.MemoryLimits{Min: 1, Max: MaxPages, Shared: shared})
	k := &kb{m: m, relaxed: relaxed, microRM: map[Tile]w.FuncRef{}}
	k.exp = m.ImportFunc("math", "exp", []w.ValType{w.F64}, []w.ValType{w.F64})
	k.log = m.ImportFunc("math", "log", []w.ValType{w.F64}, []w.ValType{w.F64})
	for _, t := range Tiles {
		k.gemm(t)
	}
	k.packA()
	k.packB()
	k.im2col()
	k.pad()
	k.im2colB()
	k.col2im()
	k.winograd()
	k.elementwise()
	k.batchNorm()
	k.pools()
	k.softmaxXent()
	k.inputNormalize()
	return m, k.exports
}

// EnvModule returns a module that defines the memory (pages of 64 KiB, fixed size,
// shared or not) and exports it as "memory", for hosts that cannot create one
// themselves.
func EnvModule(pages uint32, shared bool) []byte {
	m := w.NewModule()
	m.DefineMemory(w.MemoryLimits{Min: pages, Max: pages, Shared: shared}, "memory")
	return m.Encode()
}

type kb struct {
	m        *w.Module
	relaxed  bool
	exp, log w.FuncRef
	exports  []Export
	microRM  map[Tile]w.FuncRef // each tile's row-major-A microkernel, for the fused Winograd products
	s2dIn    w.FuncRef          // the stem's per-tile transforms (stem.go)
	s2dOut   w.FuncRef
}

var (
	i32 = w.I32
	f32 = w.F32
)

// tiles runs body(t) for every tile t in [0, n) that this instance claims from the
// shared counter; it returns when all tiles are claimed.
func tiles(f *w.Func, n w.Value, body func(t w.Local)) {
	t := f.Local(i32)
	f.Block(func(done w.Label) {
		f.Loop(func(top w.Label) {
			f.Set(t, w.AtomicAdd(w.I32c(0), QueueAddr, w.I32c(1)))
			f.BrIf(done, w.GeS(t, n))
			body(t)
			f.Br(top)
		})
	})
}

// chunks runs body(lo, hi) over [0, n) split into tiles of size elements.
func chunks(f *w.Func, n w.Value, size int32, body func(lo, hi w.Local)) {
	chunksOf(f, n, w.I32c(size), body)
}

// chunksOf is chunks with a size known at run time.
func chunksOf(f *w.Func, n, size w.Value, body func(lo, hi w.Local)) {
	lo, hi := f.Local(i32), f.Local(i32)
	tiles(f, ceilDiv(n, size), func(t w.Local) {
		f.Set(lo, w.Mul(t, size))
		f.Set(hi, w.MinS(w.Add(lo, size), n))
		body(lo, hi)
	})
}

// tileChunk is how many of T Winograd tiles one tile of work takes: as many as leave
// 16 tiles of work to share out, a multiple of least (a power of 2), from least up to
// most. Long chunks write each output stream in long runs; 16 keeps every thread
// busy at batch 1 and on the small images of the offline demo.
func tileChunk(f *w.Func, T w.Value, least, most int32) w.Local {
	size := f.Local(i32)
	f.Set(size, w.MinS(w.I32c(most), w.And(w.DivS(T, w.I32c(16)), w.I32c(-least))))
	f.Set(size, w.Select(size, w.I32c(least), w.GtS(size, w.I32c(least))))
	return size
}

func ceilDiv(a, b w.Value) w.Value { return w.DivS(w.Sub(w.Add(a, b), w.I32c(1)), b) }

// timesConst is v·c: a shift when c is a power of 2.
func timesConst(v w.Value, c int) w.Value {
	if c > 0 && c&(c-1) == 0 {
		return w.Shl(v, w.I32c(int32(bits.TrailingZeros(uint(c)))))
	}
	return w.Mul(v, w.I32c(int32(c)))
}

// at is the byte address base + 4·i of float or int element i.
func at(base, i w.Value) w.Value { return w.Add(base, w.Shl(i, w.I32c(2))) }

// vecLoop runs vec(i) for i = lo, lo+4, ... while i+4 <= hi, then scalar(i) for the
// remaining elements up to hi.
func vecLoop(f *w.Func, lo, hi w.Value, vec, scalar func(i w.Local)) {
	i := f.Local(i32)
	f.Set(i, lo)
	f.Block(func(done w.Label) {
		f.Loop(func(top w.Label) {
			f.BrIf(done, w.GtS(w.Add(i, w.I32c(4)), hi))
			vec(i)
			f.Inc(i, 4)
			f.Br(top)
		})
	})
	f.Block(func(done w.Label) {
		f.Loop(func(top w.Label) {
			f.BrIf(done, w.GeS(i, hi))
			scalar(i)
			f.Inc(i, 1)
			f.Br(top)
		})
	})
}

// copyF32 emits dst[0:n] = src[0:n] (byte addresses, n elements).
func copyF32(f *w.Func, dst, src, n w.Value) {
	vecLoop(f, w.I32c(0), n,
		func(i w.Local) { f.StoreV128(at(dst, i), 0, w.LoadV128(at(src, i), 0)) },
		func(i w.Local) { f.StoreF32(at(dst, i), 0, w.LoadF32(at(src, i), 0)) })
}

// zeroF32 emits dst[0:n] = 0.
func zeroF32(f *w.Func, dst, n w.Value) {
	vecLoop(f, w.I32c(0), n,
		func(i w.Local) { f.StoreV128(at(dst, i), 0, w.VZero()) },
		func(i w.Local) { f.StoreF32(at(dst, i), 0, w.F32c(0)) })
}

// addF32 emits dst[0:n] += src[0:n].
func addF32(f *w.Func, dst, src, n w.Value) {
	vecLoop(f, w.I32c(0), n,
		func(i w.Local) {
			f.StoreV128(at(dst, i), 0, w.VAdd(w.LoadV128(at(dst, i), 0), w.LoadV128(at(src, i), 0)))
		},
		func(i w.Local) {
			f.StoreF32(at(dst, i), 0, w.FAdd(w.LoadF32(at(dst, i), 0), w.LoadF32(at(src, i), 0)))
		})
}
