package kernelstest

import (
	"encoding/binary"
	"math"
	"math/rand/v2"

	"webtune/kernels"
)

// fill produces the initial contents (little-endian bytes) of an n-element buffer.
type fill func(rng *rand.Rand, n int) []byte

// builder records a one-case plan. In view mode every buffer an op sees is a view at
// offset ViewAlign inside a larger root, with guard elements on both sides that no op
// may touch (the comparison checks them bit for bit).
type builder struct {
	p     *kernels.Plan
	views bool
	fills map[kernels.Buf]fill
}

func newBuilder(views bool) *builder {
	return &builder{p: kernels.NewPlan(), views: views, fills: map[kernels.Buf]fill{}}
}

func (b *builder) alloc(name string, dt kernels.DType, n int, f fill) kernels.Buf {
	var buf kernels.Buf
	if b.views {
		// Guards: the rest of the view's last ViewAlign block plus a few more elements.
		guard := (kernels.ViewAlign-n%kernels.ViewAlign)%kernels.ViewAlign + 7
		root := b.p.Alloc(name+"/root", dt, kernels.ViewAlign+n+guard)
		buf = b.p.View(name, root, kernels.ViewAlign, n)
	} else {
		buf = b.p.Alloc(name, dt, n)
	}
	if f != nil {
		b.fills[buf] = f
	}
	return buf
}

func (b *builder) f32(name string, n int, f fill) kernels.Buf {
	return b.alloc(name, kernels.F32, n, f)
}
func (b *builder) i32(name string, n int, f fill) kernels.Buf {
	return b.alloc(name, kernels.I32, n, f)
}
func (b *builder) u8(name string, n int) kernels.Buf { return b.alloc(name, kernels.U8, n, nil) }

// defaultFill is what a buffer holds when its case says nothing: uniform [-1, 1) for
// f32, random bytes for u8, small random ints for i32 (guards only; i32 operands
// always get an explicit fill).
func defaultFill(dt kernels.DType) fill {
	switch dt {
	case kernels.F32:
		return uniform(-1, 1)
	case kernels.U8:
		return func(rng *rand.Rand, n int) []byte {
			v := make([]byte, n)
			for i := range v {
				v[i] = byte(rng.IntN(256))
			}
			return v
		}
	}
	return func(rng *rand.Rand, n int) []byte {
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(rng.IntN(1000)) - 500
		}
		return kernels.I32Bytes(v)
	}
}

func f32Fill(gen func(rng *rand.Rand) float32) fill {
	return func(rng *rand.Rand, n int) []byte {
		v := make([]float32, n)
		for i := range v {
			v[i] = gen(rng)
		}
		return kernels.F32Bytes(v)
	}
}

// uniform draws from [lo, hi).
func uniform(lo, hi float32) fill {
	return f32Fill(func(rng *rand.Rand) float32 { return lo + (hi-lo)*rng.Float32() })
}

// reluLike imitates a ReLU's output: about half exact zeros and the rest on a coarse
// grid, so max-pool windows are full of ties (zeros and repeated values).
func reluLike() fill {
	return f32Fill(func(rng *rand.Rand) float32 {
		return float32(max(0, rng.IntN(9)-4)) / 4
	})
}

// constants repeats vals.
func constants(vals ...float32) fill {
	return func(_ *rand.Rand, n int) []byte {
		v := make([]float32, n)
		for i := range v {
			v[i] = vals[i%len(vals)]
		}
		return kernels.F32Bytes(v)
	}
}

// labels draws class ids in [0, classes), with every padEvery-th row a padding row
// (-1); padEvery 0 means no padding, 1 means all rows are padding.
func labels(classes, padEvery int) fill {
	return func(rng *rand.Rand, n int) []byte {
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(rng.IntN(classes))
			if padEvery > 0 && i%padEvery == padEvery-1 {
				v[i] = -1 - int32(rng.IntN(3))
			}
		}
		return kernels.I32Bytes(v)
	}
}

func f32Bits(b []byte, i int) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
}

func i32At(b []byte, i int) int32 { return int32(binary.LittleEndian.Uint32(b[4*i:])) }
