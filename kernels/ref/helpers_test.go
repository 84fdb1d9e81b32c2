package ref

import (
	"math"
	"math/rand/v2"
	"testing"

	"webtune/kernels"
)

// run64 compiles p on the float64 backend.
func run64(t *testing.T, p *kernels.Plan) (kernels.Program, Float64IO) {
	t.Helper()
	prog, err := New64().Compile(p)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	t.Cleanup(func() { prog.Close() })
	return prog, prog.(Float64IO)
}

func mustRun(t *testing.T, prog kernels.Program, routine string) {
	t.Helper()
	if err := prog.Run(routine); err != nil {
		t.Fatalf("run %s: %v", routine, err)
	}
}

func write64(t *testing.T, io Float64IO, b kernels.Buf, v []float64) {
	t.Helper()
	if err := io.WriteFloat64(b, v); err != nil {
		t.Fatal(err)
	}
}

func read64(t *testing.T, p *kernels.Plan, io Float64IO, b kernels.Buf) []float64 {
	t.Helper()
	v := make([]float64, p.Spec(b).Len)
	if err := io.ReadFloat64(b, v); err != nil {
		t.Fatal(err)
	}
	return v
}

// gradCheck compares analytic gradients with central differences of the scalar
// L = Σ r·out, where out is the forward routine's output and r a fixed random
// weighting that the backward routine receives as its upstream gradient dy (when dy
// is NoBuf, r is all ones, for ops whose output already is the scalar loss).
type gradCheck struct {
	plan     *kernels.Plan
	fwd, bwd string      // routine names; bwd runs after fwd
	out, dy  kernels.Buf // forward output and the upstream-gradient input of bwd
	wrt      []gradPair
	setup    func(t *testing.T, prog kernels.Program, io Float64IO) // optional, after random fill
}

// gradPair is an input and the buffer the backward routine writes its gradient to.
type gradPair struct {
	name    string
	x, grad kernels.Buf
}

// fdTol is the allowed |numeric - analytic|, relative to the largest analytic
// component: with h = 1e-5 in float64 the central difference is exact up to
// O(h²) ≈ 1e-10 truncation and ~1e-11 rounding, so 1e-6 leaves room only for real bugs.
const fdTol = 1e-6

func (g gradCheck) run(t *testing.T) {
	t.Helper()
	prog, io := run64(t, g.plan)
	rng := rand.New(rand.NewPCG(3, 14))
	for i, s := range g.plan.Buffers {
		if s.DType == kernels.F32 && s.Parent == kernels.NoBuf {
			write64(t, io, kernels.Buf(i+1), randSlice[float64](rng, s.Len))
		}
	}
	if g.setup != nil {
		g.setup(t, prog, io)
	}
	r := make([]float64, g.plan.Spec(g.out).Len)
	for i := range r {
		r[i] = 1
	}
	if g.dy != kernels.NoBuf {
		r = randSlice[float64](rng, len(r))
		write64(t, io, g.dy, r)
	}
	mustRun(t, prog, g.fwd)
	mustRun(t, prog, g.bwd)
	loss := func() float64 {
		mustRun(t, prog, g.fwd)
		var l float64
		for i, v := range read64(t, g.plan, io, g.out) {
			l += r[i] * v
		}
		return l
	}
	for _, w := range g.wrt {
		analytic := read64(t, g.plan, io, w.grad)
		x := read64(t, g.plan, io, w.x)
		scale := 1e-3
		for _, v := range analytic {
			scale = max(scale, math.Abs(v))
		}
		const h = 1e-5
		for _, i := range sample(rng, len(x), 150) {
			orig := x[i]
			x[i] = orig + h
			write64(t, io, w.x, x)
			lp := loss()
			x[i] = orig - h
			write64(t, io, w.x, x)
			lm := loss()
			x[i] = orig
			write64(t, io, w.x, x)
			numeric := (lp - lm) / (2 * h)
			if d := math.Abs(numeric - analytic[i]); d > fdTol*scale {
				t.Errorf("d%s[%d]: analytic %.10g, central difference %.10g (|diff| %.3g > %.1g·%.3g)",
					w.name, i, analytic[i], numeric, d, fdTol, scale)
				return
			}
		}
	}
}

// sample returns all of [0, n) when small, else k random distinct indices plus both ends.
func sample(rng *rand.Rand, n, k int) []int {
	if n <= k {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	idx := append(rng.Perm(n)[:k], 0, n-1)
	return idx
}
