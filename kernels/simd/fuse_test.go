//go:build !js

package simd

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
	"webtune/model"
)

// The ResNet-18 eval routine with every batch norm fused into its convolution gives
// the same bits as with separate batch-norm passes (Winograd and im2col paths, odd
// sizes, chunked im2col), and ref's logits within tolerance; after new running
// statistics are written, the fused coefficients follow them.
func TestFusedBatchNormEval(t *testing.T) {
	old := colBudget
	defer func() { colBudget, noFusion = old, false }()
	colBudget = 5000 // several chunks per convolution
	cfg := model.Config{Classes: 3, Batch: 2, Height: 37, Width: 45, FloatInput: true}
	p, lay, err := model.BuildPlan(cfg)
	if err != nil {
		t.Fatal(err)
	}
	compile := func(fused bool) kernels.Program {
		noFusion = !fused
		prog, err := NewNativeWith(Options{Threads: 2, Tile: "4x8"}).Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		return prog
	}
	fused, plain := compile(true), compile(false)
	defer fused.Close()
	defer plain.Close()
	want, err := ref.New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	progs := []kernels.Program{want, fused, plain}

	eval := fused.(*program).routines[model.RoutineEval]
	nFused := 0
	for _, c := range eval {
		if c.fn == "bn_apply" {
			t.Errorf("eval still runs a separate bn_apply (%s)", c.what)
		}
		if strings.Contains(c.what, "fused") {
			nFused++
		}
	}
	if nFused == 0 {
		t.Fatal("no batch norm was fused into the eval routine")
	}

	rng := rand.New(rand.NewPCG(5, 6))
	fill := func(b kernels.Buf, f func() float32) {
		v := make([]float32, p.Spec(b).Len)
		for i := range v {
			v[i] = f()
		}
		for _, prog := range progs {
			if err := kernels.WriteF32(prog, b, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	normal := func() float32 { return float32(rng.NormFloat64()) * 0.1 }
	fill(lay.Params, normal)
	fill(lay.Input, func() float32 { return float32(rng.NormFloat64()) })
	for key, b := range lay.Stat {
		if strings.HasSuffix(key, "running_var") {
			fill(b, func() float32 { return 0.5 + rng.Float32() })
		} else {
			fill(b, normal)
		}
	}
	if err := kernels.WriteI32(want, lay.Labels, []int32{0, 2}); err != nil {
		t.Fatal(err)
	}
	for _, prog := range progs[1:] {
		if err := kernels.WriteI32(prog, lay.Labels, []int32{0, 2}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		var logits [3][]float32
		for i, prog := range progs {
			if err := prog.Run(model.RoutineEval); err != nil {
				t.Fatalf("%s: %v", when, err)
			}
			if logits[i], err = kernels.ReadF32(prog, lay.Logits, cfg.Batch*cfg.Classes); err != nil {
				t.Fatal(err)
			}
		}
		scale := 0.0
		for _, v := range logits[0] {
			scale = math.Max(scale, math.Abs(float64(v)))
		}
		for j := range logits[0] {
			if math.Float32bits(logits[1][j]) != math.Float32bits(logits[2][j]) {
				t.Errorf("%s: fused logit %d = %v, unfused %v", when, j, logits[1][j], logits[2][j])
			}
			if d := math.Abs(float64(logits[1][j] - logits[0][j])); !(d <= 1e-4*scale) {
				t.Errorf("%s: logit %d = %v, ref %v", when, j, logits[1][j], logits[0][j])
			}
		}
	}
	check("first run")
	for key, b := range lay.Stat {
		if strings.HasSuffix(key, "running_mean") {
			fill(b, normal)
		}
	}
	check("after new running means")
}
