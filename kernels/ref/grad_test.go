package ref

import (
	"fmt"
	"testing"

	"webtune/kernels"
)

// Finite-difference checks, in float64, of every backward op against its forward op.

func TestGradConv(t *testing.T) {
	shapes := []kernels.ConvShape{
		{N: 1, H: 5, W: 5, C: 2, K: 3, R: 3, S: 3, Stride: 1, Pad: 1}, // 3x3 s1 p1
		{N: 2, H: 7, W: 6, C: 3, K: 2, R: 3, S: 3, Stride: 2, Pad: 1}, // 3x3 s2 p1, odd, non-square
		{N: 2, H: 9, W: 8, C: 3, K: 4, R: 7, S: 7, Stride: 2, Pad: 3}, // the stem's 7x7/2 pad 3
		{N: 2, H: 4, W: 3, C: 5, K: 3, R: 1, S: 1, Stride: 1, Pad: 0}, // 1x1 pointwise
		{N: 2, H: 5, W: 6, C: 4, K: 3, R: 1, S: 1, Stride: 2, Pad: 0}, // 1x1/2 downsample
		{N: 1, H: 6, W: 5, C: 2, K: 2, R: 2, S: 3, Stride: 3, Pad: 0}, // rectangular filter, stride 3
		{N: 3, H: 3, W: 3, C: 1, K: 1, R: 3, S: 3, Stride: 1, Pad: 2}, // padding wider than needed
	}
	for _, s := range shapes {
		t.Run(fmt.Sprintf("%dx%d_s%d_p%d_%dx%dx%d", s.R, s.S, s.Stride, s.Pad, s.H, s.W, s.C), func(t *testing.T) {
			p := kernels.NewPlan()
			x, w := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("w", kernels.F32, s.WLen())
			y, dy := p.Alloc("y", kernels.F32, s.YLen()), p.Alloc("dy", kernels.F32, s.YLen())
			dx, dw := p.Alloc("dx", kernels.F32, s.XLen()), p.Alloc("dw", kernels.F32, s.WLen())
			p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
			p.AddRoutine("bwd", kernels.Conv2DBackwardData{ConvShape: s, DY: dy, W: w, DX: dx},
				kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: dy, DW: dw})
			gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy,
				wrt: []gradPair{{"x", x, dx}, {"w", w, dw}}}.run(t)
		})
	}
}

// TestGradConvChunked forces the im2col workspace to hold one image at a time, so the
// chunk loop and the accumulation of DW across chunks are exercised.
func TestGradConvChunked(t *testing.T) {
	old := colBudget
	colBudget = 1
	defer func() { colBudget = old }()
	s := kernels.ConvShape{N: 3, H: 5, W: 4, C: 2, K: 3, R: 3, S: 3, Stride: 2, Pad: 1}
	p := kernels.NewPlan()
	x, w := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("w", kernels.F32, s.WLen())
	y, dy := p.Alloc("y", kernels.F32, s.YLen()), p.Alloc("dy", kernels.F32, s.YLen())
	dx, dw := p.Alloc("dx", kernels.F32, s.XLen()), p.Alloc("dw", kernels.F32, s.WLen())
	p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	p.AddRoutine("bwd", kernels.Conv2DBackwardData{ConvShape: s, DY: dy, W: w, DX: dx},
		kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: dy, DW: dw})
	gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy,
		wrt: []gradPair{{"x", x, dx}, {"w", w, dw}}}.run(t)
}

// bnPlan records a train-mode batch norm (optionally with residual and ReLU) and its
// backward: ReLUBackward into the residual's gradient, then BatchNormBackward.
func bnPlan(rows, c int, relu, residual bool) (*kernels.Plan, gradCheck) {
	p := kernels.NewPlan()
	f := func(name string, n int) kernels.Buf { return p.Alloc(name, kernels.F32, n) }
	x, gamma, beta := f("x", rows*c), f("gamma", c), f("beta", c)
	rm, rv, sm, si := f("run_mean", c), f("run_var", c), f("save_mean", c), f("save_invstd", c)
	y, dy, dx, dg, db := f("y", rows*c), f("dy", rows*c), f("dx", rows*c), f("dgamma", c), f("dbeta", c)
	var res, dres kernels.Buf
	if residual {
		res, dres = f("res", rows*c), f("dres", rows*c)
	}
	p.AddRoutine("fwd", kernels.BatchNorm{Rows: rows, C: c, Train: true, ReLU: relu, Eps: 1e-5, Momentum: 0.1,
		X: x, Gamma: gamma, Beta: beta, RunMean: rm, RunVar: rv, SaveMean: sm, SaveInvStd: si, Residual: res, Y: y})
	var bwd []kernels.Op
	dn := dy // gradient reaching the normalization
	if relu {
		dn = f("dn", rows*c)
		bwd = append(bwd, kernels.ReLUBackward{Len: rows * c, Y: y, DY: dy, DX: dn})
	}
	bwd = append(bwd, kernels.BatchNormBackward{Rows: rows, C: c, X: x, DY: dn, Gamma: gamma,
		SaveMean: sm, SaveInvStd: si, DX: dx, DGamma: dg, DBeta: db})
	if residual {
		bwd = append(bwd, kernels.Add{Len: rows * c, A: dn, B: f("zero", rows*c), Y: dres})
	}
	p.AddRoutine("bwd", bwd...)
	g := gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy,
		wrt: []gradPair{{"x", x, dx}, {"gamma", gamma, dg}, {"beta", beta, db}}}
	if residual {
		g.wrt = append(g.wrt, gradPair{"residual", res, dres})
		zero, _ := p.Lookup("zero")
		g.setup = func(t *testing.T, _ kernels.Program, io Float64IO) {
			write64(t, io, zero, make([]float64, rows*c))
		}
	}
	return p, g
}

func TestGradBatchNorm(t *testing.T) {
	for _, tc := range []struct {
		rows, c        int
		relu, residual bool
	}{{6, 3, false, false}, {2, 1, false, false}, {10, 4, true, false}, {9, 5, true, true}} {
		t.Run(fmt.Sprintf("rows%d_c%d_relu%v_res%v", tc.rows, tc.c, tc.relu, tc.residual), func(t *testing.T) {
			_, g := bnPlan(tc.rows, tc.c, tc.relu, tc.residual)
			g.run(t)
		})
	}
}

func TestGradMaxPool(t *testing.T) {
	for _, s := range []kernels.PoolShape{
		{N: 2, H: 7, W: 6, C: 3, Window: 3, Stride: 2, Pad: 1}, // ResNet's 3x3/2 pad 1, odd size
		{N: 1, H: 4, W: 4, C: 2, Window: 2, Stride: 2, Pad: 0},
		{N: 1, H: 5, W: 3, C: 1, Window: 3, Stride: 1, Pad: 1}, // overlapping windows
	} {
		t.Run(fmt.Sprintf("%dx%d_w%d_s%d_p%d", s.H, s.W, s.Window, s.Stride, s.Pad), func(t *testing.T) {
			p := kernels.NewPlan()
			x, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("y", kernels.F32, s.YLen())
			idx := p.Alloc("index", kernels.I32, s.YLen())
			dy, dx := p.Alloc("dy", kernels.F32, s.YLen()), p.Alloc("dx", kernels.F32, s.XLen())
			p.AddRoutine("fwd", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
			p.AddRoutine("bwd", kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
			gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy, wrt: []gradPair{{"x", x, dx}}}.run(t)
		})
	}
}

func TestGradAvgPool(t *testing.T) {
	const n, hw, c = 2, 5, 3
	p := kernels.NewPlan()
	x, y := p.Alloc("x", kernels.F32, n*hw*c), p.Alloc("y", kernels.F32, n*c)
	dy, dx := p.Alloc("dy", kernels.F32, n*c), p.Alloc("dx", kernels.F32, n*hw*c)
	p.AddRoutine("fwd", kernels.GlobalAvgPool{N: n, HW: hw, C: c, X: x, Y: y})
	p.AddRoutine("bwd", kernels.GlobalAvgPoolBackward{N: n, HW: hw, C: c, DY: dy, DX: dx})
	gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy, wrt: []gradPair{{"x", x, dx}}}.run(t)
}

func TestGradLinear(t *testing.T) {
	const n, in, out = 3, 7, 5
	p := kernels.NewPlan()
	x, w, b := p.Alloc("x", kernels.F32, n*in), p.Alloc("w", kernels.F32, out*in), p.Alloc("b", kernels.F32, out)
	y, dy := p.Alloc("y", kernels.F32, n*out), p.Alloc("dy", kernels.F32, n*out)
	dx, dw, db := p.Alloc("dx", kernels.F32, n*in), p.Alloc("dw", kernels.F32, out*in), p.Alloc("db", kernels.F32, out)
	p.AddRoutine("fwd", kernels.Linear{N: n, In: in, Out: out, X: x, W: w, Bias: b, Y: y})
	p.AddRoutine("bwd", kernels.LinearBackward{N: n, In: in, Out: out, X: x, W: w, DY: dy, DX: dx, DW: dw, DBias: db})
	gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: y, dy: dy,
		wrt: []gradPair{{"x", x, dx}, {"w", w, dw}, {"bias", b, db}}}.run(t)
}

// TestGradSoftmaxXent differentiates the mean loss itself, with a padding row.
func TestGradSoftmaxXent(t *testing.T) {
	const n, classes = 4, 5
	p := kernels.NewPlan()
	logits, labels := p.Alloc("logits", kernels.F32, n*classes), p.Alloc("labels", kernels.I32, n)
	dl, loss, correct := p.Alloc("dlogits", kernels.F32, n*classes), p.Alloc("loss", kernels.F32, 1), p.Alloc("correct", kernels.I32, 1)
	op := kernels.SoftmaxCrossEntropy{N: n, Classes: classes, Logits: logits, Labels: labels, Loss: loss, Correct: correct}
	p.AddRoutine("fwd", op)
	op.DLogits = dl
	p.AddRoutine("bwd", op)
	gradCheck{plan: p, fwd: "fwd", bwd: "bwd", out: loss, wrt: []gradPair{{"logits", logits, dl}},
		setup: func(t *testing.T, prog kernels.Program, _ Float64IO) {
			if err := kernels.WriteI32(prog, labels, []int32{2, -1, 0, 4}); err != nil {
				t.Fatal(err)
			}
		}}.run(t)
}
