package ref

import (
	"math"
	"strings"
	"testing"

	"webtune/kernels"
)

// Small cases whose answers were worked out by hand.

func near(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > tol {
			t.Fatalf("%s[%d] = %.9g, want %.9g (all: %v)", what, i, got[i], want[i], got)
		}
	}
}

// TestConvByHand: a 3x3 image 1..9, a 3x3 filter of ones, stride 2, pad 1: each output
// sums the 2x2 corner block of the image it covers.
func TestConvByHand(t *testing.T) {
	s := kernels.ConvShape{N: 1, H: 3, W: 3, C: 1, K: 1, R: 3, S: 3, Stride: 2, Pad: 1}
	p := kernels.NewPlan()
	x, w, y := p.Alloc("x", kernels.F32, 9), p.Alloc("w", kernels.F32, 9), p.Alloc("y", kernels.F32, 4)
	p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	prog, io := run64(t, p)
	write64(t, io, x, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	write64(t, io, w, []float64{1, 1, 1, 1, 1, 1, 1, 1, 1})
	mustRun(t, prog, "fwd")
	near(t, "y", read64(t, p, io, y), []float64{1 + 2 + 4 + 5, 2 + 3 + 5 + 6, 4 + 5 + 7 + 8, 5 + 6 + 8 + 9}, 0)
}

// TestConvLayoutByHand pins the NHWC/OHWI layouts: a 1x2 image with 2 channels and two
// 1x2 filters, so each output is one dot product over (s, c) in filter order.
func TestConvLayoutByHand(t *testing.T) {
	s := kernels.ConvShape{N: 1, H: 1, W: 2, C: 2, K: 2, R: 1, S: 2, Stride: 1, Pad: 0}
	p := kernels.NewPlan()
	x, w, y := p.Alloc("x", kernels.F32, 4), p.Alloc("w", kernels.F32, 8), p.Alloc("y", kernels.F32, 2)
	dy, dx, dw := p.Alloc("dy", kernels.F32, 2), p.Alloc("dx", kernels.F32, 4), p.Alloc("dw", kernels.F32, 8)
	p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	p.AddRoutine("bwd", kernels.Conv2DBackwardData{ConvShape: s, DY: dy, W: w, DX: dx},
		kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: dy, DW: dw})
	prog, io := run64(t, p)
	// x[w=0] = (1, 2), x[w=1] = (3, 4); filter k: W[k][0][s][c]
	write64(t, io, x, []float64{1, 2, 3, 4})
	write64(t, io, w, []float64{1, 0, 0, 0 /* k0 = x[0,c0] */, 0, 0, 0, 10 /* k1 = 10·x[1,c1] */})
	write64(t, io, dy, []float64{1, 2})
	mustRun(t, prog, "fwd")
	mustRun(t, prog, "bwd")
	near(t, "y", read64(t, p, io, y), []float64{1, 40}, 0)
	near(t, "dx", read64(t, p, io, dx), []float64{1, 0, 0, 20}, 0)            // Σ_k dy[k]·W[k]
	near(t, "dw", read64(t, p, io, dw), []float64{1, 2, 3, 4, 2, 4, 6, 8}, 0) // dy[k]·x
}

// TestBatchNormByHand: one channel holding 1, 2, 3, 4 has mean 2.5 and biased variance
// 1.25 (unbiased 5/3); γ = 2, β = 1; running stats start at 0 and 1 with momentum 0.1.
// Then eval mode normalizes with the updated running stats.
func TestBatchNormByHand(t *testing.T) {
	p := kernels.NewPlan()
	f := func(name string, n int) kernels.Buf { return p.Alloc(name, kernels.F32, n) }
	x, g, b, rm, rv, sm, si, y := f("x", 4), f("g", 1), f("b", 1), f("rm", 1), f("rv", 1), f("sm", 1), f("si", 1), f("y", 4)
	p.AddRoutine("train", kernels.BatchNorm{Rows: 4, C: 1, Train: true, Eps: 1e-5, Momentum: 0.1,
		X: x, Gamma: g, Beta: b, RunMean: rm, RunVar: rv, SaveMean: sm, SaveInvStd: si, Y: y})
	p.AddRoutine("eval", kernels.BatchNorm{Rows: 4, C: 1, Eps: 1e-5, Momentum: 0.1,
		X: x, Gamma: g, Beta: b, RunMean: rm, RunVar: rv, Y: y})
	prog, io := run64(t, p)
	write64(t, io, x, []float64{1, 2, 3, 4})
	write64(t, io, g, []float64{2})
	write64(t, io, b, []float64{1})
	write64(t, io, rv, []float64{1})
	mustRun(t, prog, "train")
	is := 1 / math.Sqrt(1.25+1e-5)
	near(t, "y", read64(t, p, io, y), []float64{1 - 3*is, 1 - is, 1 + is, 1 + 3*is}, 1e-12)
	near(t, "save_mean", read64(t, p, io, sm), []float64{2.5}, 1e-12)
	near(t, "save_invstd", read64(t, p, io, si), []float64{is}, 1e-12)
	near(t, "running_mean", read64(t, p, io, rm), []float64{0.25}, 1e-12)
	near(t, "running_var", read64(t, p, io, rv), []float64{0.9 + 0.1*5.0/3}, 1e-12)

	mustRun(t, prog, "eval")
	es := 1 / math.Sqrt(0.9+0.5/3+1e-5)
	want := []float64{1 + 2*(1-0.25)*es, 1 + 2*(2-0.25)*es, 1 + 2*(3-0.25)*es, 1 + 2*(4-0.25)*es}
	near(t, "eval y", read64(t, p, io, y), want, 1e-12)
	near(t, "running_mean after eval", read64(t, p, io, rm), []float64{0.25}, 0)
}

// TestSGDMomentumByHand: param 1, constant grad 0.5, lr 0.1, weight decay 0.1,
// momentum 0.9, three steps (worked out with torch.optim.SGD's rule by hand).
func TestSGDMomentumByHand(t *testing.T) {
	p := kernels.NewPlan()
	param, grad := p.Alloc("param", kernels.F32, 1), p.Alloc("grad", kernels.F32, 1)
	vel, hyper := p.Alloc("vel", kernels.F32, 1), p.Alloc("hyper", kernels.F32, 3)
	p.AddRoutine("step", kernels.SGD{Len: 1, Param: param, Grad: grad, Velocity: vel, Hyper: hyper})
	prog, io := run64(t, p)
	write64(t, io, param, []float64{1})
	write64(t, io, grad, []float64{0.5})
	write64(t, io, hyper, []float64{0.1, 0.1, 0.9})
	// g1 = 0.6, v1 = 0.6, p1 = 0.94; g2 = 0.594, v2 = 1.134, p2 = 0.8266;
	// g3 = 0.58266, v3 = 1.60326, p3 = 0.666274.
	for _, want := range [][2]float64{{0.94, 0.6}, {0.8266, 1.134}, {0.666274, 1.60326}} {
		mustRun(t, prog, "step")
		near(t, "param", read64(t, p, io, param), want[:1], 1e-12)
		near(t, "velocity", read64(t, p, io, vel), want[1:], 1e-12)
	}
	// Without momentum the velocity is neither needed nor touched.
	write64(t, io, hyper, []float64{0.1, 0, 0})
	mustRun(t, prog, "step")
	near(t, "param without momentum", read64(t, p, io, param), []float64{0.666274 - 0.05}, 1e-12)
	near(t, "velocity without momentum", read64(t, p, io, vel), []float64{1.60326}, 1e-12)
}

func TestSGDMomentumNeedsVelocity(t *testing.T) {
	p := kernels.NewPlan()
	param, grad, hyper := p.Alloc("param", kernels.F32, 2), p.Alloc("grad", kernels.F32, 2), p.Alloc("hyper", kernels.F32, 3)
	p.AddRoutine("step", kernels.SGD{Len: 2, Param: param, Grad: grad, Hyper: hyper})
	prog, io := run64(t, p)
	write64(t, io, hyper, []float64{0.1, 0, 0.9})
	if err := prog.Run("step"); err == nil {
		t.Fatal("SGD with momentum 0.9 and no velocity buffer ran without error")
	}
}

// TestMaxPoolTiesByHand: 3x3/2 pad 1 over a 4x4 single-channel image holding 5 at
// (0,3) and (1,2), -1 at (2,2) and zeros elsewhere (ties of zeros, as after a ReLU).
// Windows, clipped to the image: (0,0) rows 0-1 cols 0-1, all zeros: the first, index 0.
// (0,1) rows 0-1 cols 1-3: 5 at (0,3) and (1,2); (0,3) is first in row-major order,
// index 3. (1,0) rows 1-3 cols 0-1, all zeros: (1,0), index 4. (1,1) rows 1-3 cols 1-3:
// 5 at (1,2), index 6.
func TestMaxPoolTiesByHand(t *testing.T) {
	s := kernels.PoolShape{N: 1, H: 4, W: 4, C: 1, Window: 3, Stride: 2, Pad: 1}
	p := kernels.NewPlan()
	x, y, idx := p.Alloc("x", kernels.F32, 16), p.Alloc("y", kernels.F32, 4), p.Alloc("idx", kernels.I32, 4)
	dy, dx := p.Alloc("dy", kernels.F32, 4), p.Alloc("dx", kernels.F32, 16)
	p.AddRoutine("fwd", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
	p.AddRoutine("bwd", kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
	prog, io := run64(t, p)
	img := make([]float64, 16)
	img[3], img[6], img[10] = 5, 5, -1
	write64(t, io, x, img)
	write64(t, io, dy, []float64{1, 2, 3, 4})
	mustRun(t, prog, "fwd")
	mustRun(t, prog, "bwd")
	got, err := kernels.ReadI32(prog, idx, 4)
	if err != nil {
		t.Fatal(err)
	}
	want := []int32{0, 3, 4, 6}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("index = %v, want %v", got, want)
		}
	}
	near(t, "y", read64(t, p, io, y), []float64{0, 5, 0, 5}, 0)
	wantDX := make([]float64, 16)
	wantDX[0], wantDX[3], wantDX[4], wantDX[6] = 1, 2, 3, 4
	near(t, "dx", read64(t, p, io, dx), wantDX, 0)
}

// TestMaxPoolBackwardRejectsForeignIndex: an index into another channel would race in
// the parallel scatter and never comes from MaxPool, so Run refuses it.
func TestMaxPoolBackwardRejectsForeignIndex(t *testing.T) {
	s := kernels.PoolShape{N: 1, H: 2, W: 2, C: 2, Window: 2, Stride: 2}
	p := kernels.NewPlan()
	idx, dy, dx := p.Alloc("idx", kernels.I32, 2), p.Alloc("dy", kernels.F32, 2), p.Alloc("dx", kernels.F32, 8)
	p.AddRoutine("bwd", kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
	prog, _ := run64(t, p)
	if err := kernels.WriteI32(prog, idx, []int32{0, 2}); err != nil { // channel 1 pointing at channel 0
		t.Fatal(err)
	}
	if err := prog.Run("bwd"); err == nil || !strings.Contains(err.Error(), "index[1] = 2") {
		t.Fatalf("foreign index: err = %v, want one naming index[1] = 2", err)
	}
}

// TestSoftmaxXentByHand: row 0 is [0, 0] with label 0 (loss ln 2); row 1 is padding;
// row 2 is [ln 3, 0] with label 0 (softmax 3/4, 1/4; loss ln(4/3)). Both valid rows
// are hits (row 0's first maximum is class 0).
func TestSoftmaxXentByHand(t *testing.T) {
	p := kernels.NewPlan()
	logits, labels := p.Alloc("logits", kernels.F32, 6), p.Alloc("labels", kernels.I32, 3)
	dl, loss, correct := p.Alloc("dl", kernels.F32, 6), p.Alloc("loss", kernels.F32, 1), p.Alloc("correct", kernels.I32, 1)
	p.AddRoutine("xent", kernels.SoftmaxCrossEntropy{N: 3, Classes: 2, Logits: logits, Labels: labels,
		DLogits: dl, Loss: loss, Correct: correct})
	prog, io := run64(t, p)
	write64(t, io, logits, []float64{0, 0, 9, -9, math.Log(3), 0})
	write64(t, io, dl, []float64{7, 7, 7, 7, 7, 7}) // every element must be overwritten
	check := func(labelsV []int32, wantLoss float64, wantCorrect int32, wantDL []float64) {
		t.Helper()
		if err := kernels.WriteI32(prog, labels, labelsV); err != nil {
			t.Fatal(err)
		}
		mustRun(t, prog, "xent")
		near(t, "loss", read64(t, p, io, loss), []float64{wantLoss}, 1e-12)
		near(t, "dlogits", read64(t, p, io, dl), wantDL, 1e-12)
		c, err := kernels.ReadI32(prog, correct, 1)
		if err != nil {
			t.Fatal(err)
		}
		if c[0] != wantCorrect {
			t.Fatalf("labels %v: correct = %d, want %d", labelsV, c[0], wantCorrect)
		}
	}
	check([]int32{0, -1, 0}, (math.Log(2)+math.Log(4.0/3))/2, 2,
		[]float64{-0.25, 0.25, 0, 0, -0.125, 0.125})
	check([]int32{-1, -1, -3}, 0, 0, []float64{0, 0, 0, 0, 0, 0})

	if err := kernels.WriteI32(prog, labels, []int32{0, 2, 0}); err != nil {
		t.Fatal(err)
	}
	if err := prog.Run("xent"); err == nil {
		t.Fatal("label 2 with 2 classes was accepted")
	}
}

func TestInputNormalizeByHand(t *testing.T) {
	p := kernels.NewPlan()
	src, dst := p.Alloc("src", kernels.U8, 6), p.Alloc("dst", kernels.F32, 6)
	p.AddRoutine("in", kernels.InputNormalize{N: 1, H: 1, W: 2, Mean: [3]float32{0.5, 0, 1}, Std: [3]float32{0.25, 1, 0.5}, Src: src, Dst: dst})
	prog, io := run64(t, p)
	if err := prog.Write(src, []byte{255, 0, 51, 0, 255, 255}); err != nil {
		t.Fatal(err)
	}
	mustRun(t, prog, "in")
	near(t, "dst", read64(t, p, io, dst), []float64{2, 0, -1.6, -2, 1, 0}, 1e-7)
}

// TestAvgPoolAndAddByHand covers the two simplest ops, including Add's in-place form.
func TestAvgPoolAndAddByHand(t *testing.T) {
	p := kernels.NewPlan()
	x, y := p.Alloc("x", kernels.F32, 6), p.Alloc("y", kernels.F32, 2)
	dy, dx := p.Alloc("dy", kernels.F32, 2), p.Alloc("dx", kernels.F32, 6)
	p.AddRoutine("pool", kernels.GlobalAvgPool{N: 1, HW: 3, C: 2, X: x, Y: y},
		kernels.GlobalAvgPoolBackward{N: 1, HW: 3, C: 2, DY: dy, DX: dx},
		kernels.Add{Len: 6, A: dx, B: x, Y: dx})
	prog, io := run64(t, p)
	write64(t, io, x, []float64{1, 10, 2, 20, 3, 60})
	write64(t, io, dy, []float64{3, 6})
	mustRun(t, prog, "pool")
	near(t, "y", read64(t, p, io, y), []float64{2, 30}, 1e-12)
	near(t, "dx + x", read64(t, p, io, dx), []float64{2, 12, 3, 22, 4, 62}, 1e-12)
}
