package simd_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// checkPackedWeightsFollowUpdates runs, on backend b and on kernels/ref side by side,
// a plan whose "eval" routine only reads a conv weight and a linear weight (so the simd
// backend packs them once and reuses the packed copies) while "train" updates both
// with SGD. Eval must see every new weight: after a train step, after a host Write of
// the flat parameter buffer the weights are views of, after a Write of one weight
// alone, and after several evals in a row (the cached copies reused).
func checkPackedWeightsFollowUpdates(t *testing.T, b kernels.Backend) {
	conv := kernels.ConvShape{N: 2, H: 7, W: 6, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}
	in, out := conv.YLen()/conv.N, 5
	fcAt := (conv.WLen() + kernels.ViewAlign - 1) / kernels.ViewAlign * kernels.ViewAlign
	nparams := fcAt + out*in
	p := kernels.NewPlan()
	params := p.Alloc("params", kernels.F32, nparams)
	grads := p.Alloc("grads", kernels.F32, nparams)
	w := p.View("conv.w", params, 0, conv.WLen())
	fw := p.View("fc.w", params, fcAt, out*in)
	x := p.Alloc("x", kernels.F32, conv.XLen())
	y := p.Alloc("y", kernels.F32, conv.YLen())
	bias := p.Alloc("fc.b", kernels.F32, out)
	logits := p.Alloc("logits", kernels.F32, conv.N*out)
	hyper := p.Alloc("hyper", kernels.F32, 3)
	p.AddRoutine("eval",
		kernels.Conv2D{ConvShape: conv, X: x, W: w, Y: y},
		kernels.Linear{N: conv.N, In: in, Out: out, X: y, W: fw, Bias: bias, Y: logits})
	p.AddRoutine("train", kernels.SGD{Len: nparams, Param: params, Grad: grads, Hyper: hyper})

	want, err := ref.New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	got, err := b.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()

	rng := rand.New(rand.NewPCG(5, 6))
	random := func(n int) []byte {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return kernels.F32Bytes(v)
	}
	write := func(buf kernels.Buf, data []byte) {
		t.Helper()
		for _, prog := range []kernels.Program{want, got} {
			if err := prog.Write(buf, data); err != nil {
				t.Fatal(err)
			}
		}
	}
	run := func(routine string) {
		t.Helper()
		for _, prog := range []kernels.Program{want, got} {
			if err := prog.Run(routine); err != nil {
				t.Fatal(err)
			}
		}
	}
	checkEval := func(when string) {
		t.Helper()
		run("eval")
		n := 4 * conv.N * out
		wb, gb := make([]byte, n), make([]byte, n)
		if err := want.Read(logits, wb); err != nil {
			t.Fatal(err)
		}
		if err := got.Read(logits, gb); err != nil {
			t.Fatal(err)
		}
		wv, gv := kernels.BytesF32(wb), kernels.BytesF32(gb)
		scale := 0.0
		for _, v := range wv {
			scale = max(scale, math.Abs(float64(v)))
		}
		for i := range wv {
			if d := math.Abs(float64(wv[i] - gv[i])); d > 1e-4*scale {
				t.Fatalf("%s: logits[%d] = %v, want %v (ref): eval used stale packed weights", when, i, gv[i], wv[i])
			}
		}
	}

	for _, buf := range []kernels.Buf{params, grads, x, bias} {
		s := p.Spec(buf)
		write(buf, random(s.Len))
	}
	write(hyper, kernels.F32Bytes([]float32{0.5, 0, 0})) // a large step: stale weights show
	checkEval("first eval")
	checkEval("second eval (packed weights reused)")
	run("train")
	checkEval("eval after a train step")
	checkEval("second eval after a train step")
	write(params, random(nparams))
	checkEval("eval after writing the parameter buffer")
	write(w, random(conv.WLen()))
	checkEval("eval after writing the conv weight view")
	write(fw, random(out*in))
	checkEval("eval after writing the linear weight view")
	write(x, random(conv.XLen()))
	checkEval("eval after writing only the input")
}
