package kernelstest

import (
	"fmt"
	"math/rand/v2"

	"webtune/kernels"
)

// cases lists every case of the suite: the small odd shapes, then ResNet-18's.
func cases(o Options) []testCase {
	var cs []testCase
	add := func(more ...testCase) { cs = append(cs, more...) }
	for _, s := range smallConvs() {
		add(convCases("small_"+s.name, s.shape, false)...)
	}
	add(convCases("view_3x3s2", kernels.ConvShape{N: 2, H: 7, W: 5, C: 3, K: 4, R: 3, S: 3, Stride: 2, Pad: 1}, true)...)
	add(convCases("view_1x1", kernels.ConvShape{N: 2, H: 3, W: 5, C: 6, K: 5, R: 1, S: 1, Stride: 1}, true)...)
	for _, bn := range []struct {
		rows, c int
		views   bool
	}{{7, 3, false}, {50, 64, false}, {2, 5, false}, {33, 16, true}} {
		add(batchNormCases(fmt.Sprintf("small_rows%d_c%d%s", bn.rows, bn.c, viewSuffix(bn.views)), bn.rows, bn.c, bn.views)...)
	}
	add(reluCases(4099, false), reluCases(65, true))
	add(addCases(1000, false)...)
	add(addCases(129, true)...)
	for _, p := range []kernels.PoolShape{
		{N: 1, H: 7, W: 9, C: 3, Window: 3, Stride: 2, Pad: 1},
		{N: 3, H: 6, W: 5, C: 5, Window: 2, Stride: 2, Pad: 0},
		{N: 2, H: 5, W: 5, C: 2, Window: 3, Stride: 1, Pad: 1},
	} {
		add(maxPoolCases(fmt.Sprintf("small_%dx%dx%d_w%ds%dp%d", p.N, p.H, p.W, p.Window, p.Stride, p.Pad), p, false)...)
	}
	add(maxPoolCases("view", kernels.PoolShape{N: 2, H: 5, W: 6, C: 4, Window: 3, Stride: 2, Pad: 1}, true)...)
	add(avgPoolCases("small_3x5x7", 3, 5, 7, false)...)
	add(avgPoolCases("view", 2, 9, 5, true)...)
	add(linearCases("small_3x7x5", 3, 7, 5, false)...)
	add(linearCases("view", 2, 9, 4, true)...)
	add(softmaxCases("small_5x3_pad", 5, 3, 3, false), softmaxCases("all_padding", 4, 3, 1, false),
		softmaxCases("view", 6, 4, 4, true))
	add(sgdCases(1000, false)...)
	add(sgdCases(77, true)...)
	add(inputCases("small_1x5x7", 1, 5, 7, false), inputCases("view", 2, 3, 4, true))
	add(resnetCases(o)...)
	return cs
}

func viewSuffix(views bool) string {
	if views {
		return "_views"
	}
	return ""
}

type namedConv struct {
	name  string
	shape kernels.ConvShape
}

// smallConvs are odd, non-square shapes of every kernel kind at batches 1 to 3.
func smallConvs() []namedConv {
	return []namedConv{
		{"3x3s1p1", kernels.ConvShape{N: 1, H: 5, W: 7, C: 3, K: 4, R: 3, S: 3, Stride: 1, Pad: 1}},
		{"3x3s2p1", kernels.ConvShape{N: 2, H: 7, W: 6, C: 5, K: 3, R: 3, S: 3, Stride: 2, Pad: 1}},
		{"7x7s2p3", kernels.ConvShape{N: 3, H: 9, W: 11, C: 3, K: 8, R: 7, S: 7, Stride: 2, Pad: 3}},
		{"1x1s1", kernels.ConvShape{N: 2, H: 5, W: 3, C: 6, K: 4, R: 1, S: 1, Stride: 1}},
		{"1x1s2", kernels.ConvShape{N: 2, H: 7, W: 5, C: 4, K: 6, R: 1, S: 1, Stride: 2}},
		{"2x3s3", kernels.ConvShape{N: 1, H: 8, W: 7, C: 2, K: 3, R: 2, S: 3, Stride: 3}},
		// Wider than one GEMM tile every way, channels not a multiple of 4. (C 67 with
		// K 70 made SwiftShader spend 95 s compiling WebGPU's backward-filter kernel,
		// against 2.5 s for C 35: an emulator's compile time, not coverage.)
		{"3x3s1p1_wide", kernels.ConvShape{N: 2, H: 6, W: 6, C: 35, K: 70, R: 3, S: 3, Stride: 1, Pad: 1}},
	}
}

// convCases: forward, backward data and backward filter, one op per plan.
func convCases(name string, s kernels.ConvShape, views bool) []testCase {
	mk := func(variant string, op func(x, w, y kernels.Buf) kernels.Op) testCase {
		b := newBuilder(views)
		x, w, y := b.f32("x", s.XLen(), nil), b.f32("w", s.WLen(), nil), b.f32("y", s.YLen(), nil)
		b.p.AddRoutine("run", op(x, w, y))
		return testCase{name: "conv2d/" + name + "/" + variant, plan: b.p, fills: b.fills, steps: []string{"run"}}
	}
	return []testCase{
		mk("fwd", func(x, w, y kernels.Buf) kernels.Op { return kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y} }),
		mk("bwd_data", func(dx, w, dy kernels.Buf) kernels.Op {
			return kernels.Conv2DBackwardData{ConvShape: s, DY: dy, W: w, DX: dx}
		}),
		mk("bwd_filter", func(x, dw, dy kernels.Buf) kernels.Op {
			return kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: dy, DW: dw}
		}),
	}
}

// batchNormCases: train (plain; with ReLU; with residual and ReLU) each followed by
// eval with the updated running stats, eval alone, and the backward.
func batchNormCases(name string, rows, c int, views bool) []testCase {
	type bufs struct {
		x, gamma, beta, rm, rv, sm, si, res, y kernels.Buf
	}
	alloc := func(b *builder, residual bool) bufs {
		var u bufs
		// Inputs off-centre so the mean matters; positive running variance.
		u.x = b.f32("x", rows*c, uniform(-0.5, 1.5))
		u.gamma, u.beta = b.f32("gamma", c, uniform(0.5, 1.5)), b.f32("beta", c, nil)
		u.rm, u.rv = b.f32("running_mean", c, nil), b.f32("running_var", c, uniform(0.5, 2))
		u.sm, u.si = b.f32("save_mean", c, nil), b.f32("save_invstd", c, nil)
		if residual {
			u.res = b.f32("residual", rows*c, nil)
		}
		u.y = b.f32("y", rows*c, nil)
		return u
	}
	bn := func(u bufs, train, relu bool) kernels.BatchNorm {
		op := kernels.BatchNorm{Rows: rows, C: c, Train: train, ReLU: relu, Eps: 1e-5, Momentum: 0.1,
			X: u.x, Gamma: u.gamma, Beta: u.beta, RunMean: u.rm, RunVar: u.rv, Residual: u.res, Y: u.y}
		if train {
			op.SaveMean, op.SaveInvStd = u.sm, u.si
		}
		return op
	}
	var cs []testCase
	for _, v := range []struct {
		variant        string
		relu, residual bool
	}{{"train_then_eval", false, false}, {"train_relu_then_eval", true, false}, {"train_residual_relu_then_eval", true, true}} {
		b := newBuilder(views)
		u := alloc(b, v.residual)
		b.p.AddRoutine("train", bn(u, true, v.relu))
		b.p.AddRoutine("eval", bn(u, false, v.relu))
		cs = append(cs, testCase{name: "batchnorm/" + name + "/" + v.variant, plan: b.p, fills: b.fills,
			steps: []string{"train", "eval"}})
	}
	b := newBuilder(views)
	u := alloc(b, false)
	b.p.AddRoutine("eval", bn(u, false, true))
	cs = append(cs, testCase{name: "batchnorm/" + name + "/eval_relu", plan: b.p, fills: b.fills, steps: []string{"eval"}})

	// Backward, with the saved statistics of a real train step (derived on the reference).
	b = newBuilder(views)
	u = alloc(b, false)
	dy, dx := b.f32("dy", rows*c, nil), b.f32("dx", rows*c, nil)
	dg, db := b.f32("dgamma", c, nil), b.f32("dbeta", c, nil)
	b.p.AddRoutine("train", bn(u, true, false))
	b.p.AddRoutine("bwd", kernels.BatchNormBackward{Rows: rows, C: c, X: u.x, DY: dy, Gamma: u.gamma,
		SaveMean: u.sm, SaveInvStd: u.si, DX: dx, DGamma: dg, DBeta: db})
	cs = append(cs, testCase{name: "batchnorm_bwd/" + name, plan: b.p, fills: b.fills,
		derive: []string{"train"}, steps: []string{"bwd"}})
	return cs
}

// reluCases: DX = DY where Y > 0, with Y full of exact zeros; optionally in place.
func reluCases(n int, inPlace bool) testCase {
	b := newBuilder(false)
	y, dy := b.f32("y", n, reluLike()), b.f32("dy", n, nil)
	dx := dy
	name := fmt.Sprintf("relu_bwd/len%d", n)
	if inPlace {
		name += "_inplace"
	} else {
		dx = b.f32("dx", n, nil)
	}
	b.p.AddRoutine("run", kernels.ReLUBackward{Len: n, Y: y, DY: dy, DX: dx})
	return testCase{name: name, plan: b.p, fills: b.fills, steps: []string{"run"}}
}

// addCases: Y separate, Y == A, Y == B.
func addCases(n int, views bool) []testCase {
	var cs []testCase
	for _, v := range []string{"separate", "y_is_a", "y_is_b"} {
		b := newBuilder(views)
		a, bb := b.f32("a", n, nil), b.f32("b", n, nil)
		y := a
		switch v {
		case "separate":
			y = b.f32("y", n, nil)
		case "y_is_b":
			y = bb
		}
		b.p.AddRoutine("run", kernels.Add{Len: n, A: a, B: bb, Y: y})
		cs = append(cs, testCase{name: fmt.Sprintf("add/len%d%s/%s", n, viewSuffix(views), v), plan: b.p, fills: b.fills, steps: []string{"run"}})
	}
	return cs
}

// maxPoolCases: forward on random data, forward on ReLU-like data full of ties, and
// the backward with the reference's indices.
func maxPoolCases(name string, s kernels.PoolShape, views bool) []testCase {
	fwd := func(variant string, f fill) testCase {
		b := newBuilder(views)
		x := b.f32("x", s.XLen(), f)
		y, idx := b.f32("y", s.YLen(), nil), b.i32("index", s.YLen(), constI32(-7))
		b.p.AddRoutine("run", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
		return testCase{name: "maxpool/" + name + "/" + variant, plan: b.p, fills: b.fills, steps: []string{"run"}}
	}
	b := newBuilder(views)
	x := b.f32("x", s.XLen(), reluLike())
	y, idx := b.f32("y", s.YLen(), nil), b.i32("index", s.YLen(), constI32(-7))
	dy, dx := b.f32("dy", s.YLen(), nil), b.f32("dx", s.XLen(), nil)
	b.p.AddRoutine("fwd", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
	b.p.AddRoutine("bwd", kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
	return []testCase{
		fwd("fwd_random", nil),
		fwd("fwd_ties", reluLike()),
		{name: "maxpool_bwd/" + name, plan: b.p, fills: b.fills, derive: []string{"fwd"}, steps: []string{"bwd"}},
	}
}

func constI32(v int32) fill {
	return func(_ *rand.Rand, n int) []byte {
		s := make([]int32, n)
		for i := range s {
			s[i] = v
		}
		return kernels.I32Bytes(s)
	}
}

func avgPoolCases(name string, n, hw, c int, views bool) []testCase {
	b := newBuilder(views)
	x, y := b.f32("x", n*hw*c, nil), b.f32("y", n*c, nil)
	b.p.AddRoutine("run", kernels.GlobalAvgPool{N: n, HW: hw, C: c, X: x, Y: y})
	bb := newBuilder(views)
	dy, dx := bb.f32("dy", n*c, nil), bb.f32("dx", n*hw*c, nil)
	bb.p.AddRoutine("run", kernels.GlobalAvgPoolBackward{N: n, HW: hw, C: c, DY: dy, DX: dx})
	return []testCase{
		{name: "avgpool/" + name, plan: b.p, fills: b.fills, steps: []string{"run"}},
		{name: "avgpool_bwd/" + name, plan: bb.p, fills: bb.fills, steps: []string{"run"}},
	}
}

// linearCases: forward, backward with DX, backward without DX (the head of a
// fine-tuned net needs no input gradient).
func linearCases(name string, n, in, out int, views bool) []testCase {
	b := newBuilder(views)
	x, w, bias, y := b.f32("x", n*in, nil), b.f32("w", out*in, nil), b.f32("bias", out, nil), b.f32("y", n*out, nil)
	b.p.AddRoutine("run", kernels.Linear{N: n, In: in, Out: out, X: x, W: w, Bias: bias, Y: y})
	cs := []testCase{{name: "linear/" + name, plan: b.p, fills: b.fills, steps: []string{"run"}}}
	for _, withDX := range []bool{true, false} {
		b := newBuilder(views)
		x, w, dy := b.f32("x", n*in, nil), b.f32("w", out*in, nil), b.f32("dy", n*out, nil)
		dw, db := b.f32("dw", out*in, nil), b.f32("dbias", out, nil)
		op := kernels.LinearBackward{N: n, In: in, Out: out, X: x, W: w, DY: dy, DW: dw, DBias: db}
		variant := "/no_dx"
		if withDX {
			op.DX, variant = b.f32("dx", n*in, nil), "/dx"
		}
		b.p.AddRoutine("run", op)
		cs = append(cs, testCase{name: "linear_bwd/" + name + variant, plan: b.p, fills: b.fills, steps: []string{"run"}})
	}
	return cs
}

// softmaxCases: every padEvery-th row is padding (1: all rows).
func softmaxCases(name string, n, classes, padEvery int, views bool) testCase {
	b := newBuilder(views)
	logits := b.f32("logits", n*classes, uniform(-4, 4))
	lab := b.i32("labels", n, labels(classes, padEvery))
	dl, loss, correct := b.f32("dlogits", n*classes, nil), b.f32("loss", 1, nil), b.i32("correct", 1, constI32(-7))
	b.p.AddRoutine("run", kernels.SoftmaxCrossEntropy{N: n, Classes: classes, Logits: logits, Labels: lab,
		DLogits: dl, Loss: loss, Correct: correct})
	return testCase{name: "softmax_xent/" + name, plan: b.p, fills: b.fills, steps: []string{"run"}}
}

// sgdCases: three steps with momentum (the velocity carries over), three without
// (no velocity buffer), and a momentum step on two parameter groups that are views of
// one parameter buffer with their own learning rates.
func sgdCases(n int, views bool) []testCase {
	var cs []testCase
	for _, mom := range []float32{0.9, 0} {
		b := newBuilder(views)
		param, grad := b.f32("param", n, nil), b.f32("grad", n, nil)
		hyper := b.f32("hyper", 3, constants(0.1, 1e-3, mom))
		op := kernels.SGD{Len: n, Param: param, Grad: grad, Hyper: hyper}
		if mom != 0 {
			op.Velocity = b.f32("velocity", n, constants(0))
		}
		b.p.AddRoutine("step", op)
		cs = append(cs, testCase{name: fmt.Sprintf("sgd/len%d%s/momentum%v_3steps", n, viewSuffix(views), mom),
			plan: b.p, fills: b.fills, steps: []string{"step", "step", "step"}})
	}
	b := newBuilder(false)
	params, grads, vels := b.f32("params", 4*kernels.ViewAlign+n, nil), b.f32("grads", 4*kernels.ViewAlign+n, nil), b.f32("velocities", 4*kernels.ViewAlign+n, constants(0))
	var ops []kernels.Op
	for g, off := range []int{0, 2 * kernels.ViewAlign} {
		name := fmt.Sprint("group", g)
		h := b.f32(name+".hyper", 3, constants(0.01*float32(10*g+1), 1e-3, 0.9))
		ops = append(ops, kernels.SGD{Len: n / 2,
			Param:    b.p.View(name+".param", params, off, n/2),
			Grad:     b.p.View(name+".grad", grads, off, n/2),
			Velocity: b.p.View(name+".velocity", vels, off, n/2), Hyper: h})
	}
	b.p.AddRoutine("step", ops...)
	cs = append(cs, testCase{name: fmt.Sprintf("sgd/len%d/param_groups_2steps", n), plan: b.p, fills: b.fills,
		steps: []string{"step", "step"}})
	return cs
}

func inputCases(name string, n, h, w int, views bool) testCase {
	b := newBuilder(views)
	src, dst := b.u8("src", n*h*w*3), b.f32("dst", n*h*w*3, nil)
	b.p.AddRoutine("run", kernels.InputNormalize{N: n, H: h, W: w, Mean: [3]float32{0.485, 0.456, 0.406},
		Std: [3]float32{0.229, 0.224, 0.225}, Src: src, Dst: dst})
	return testCase{name: "input/" + name, plan: b.p, fills: b.fills, steps: []string{"run"}}
}
