package model

import (
	"webtune/kernels"
)

// act is one activation tensor: N×H×W×C floats in its own root buffer.
type act struct {
	buf     kernels.Buf
	h, w, c int
}

// convRec remembers what one conv+BN recorded, for the backward pass.
type convRec struct {
	layer             ConvLayer
	shape             kernels.ConvShape
	x                 act         // conv input
	conv              kernels.Buf // conv output, BN input
	out               act         // BN output (after residual and ReLU, when fused)
	relu              bool
	saveMean, saveInv kernels.Buf // train only
}

type blockRec struct {
	in         act
	c1, c2, ds *convRec // ds nil for the identity shortcut
}

// forward is one recorded forward pass (train or eval mode).
type forward struct {
	train       bool
	ops         []kernels.Op // whole forward, input to logits
	backboneOps []kernels.Op // input to pooled features
	fcOp        kernels.Op
	stem        *convRec
	pool        kernels.PoolShape
	poolIndex   kernels.Buf
	poolOut     act
	blocks      []blockRec
	last        act // layer4 output
	features    kernels.Buf
	logits      kernels.Buf
}

// actBuf returns the activation buffer called name, allocating it on first use.
func (b *builder) actBuf(name string, dt kernels.DType, n int) kernels.Buf {
	if buf, ok := b.acts[name]; ok {
		return buf
	}
	buf := b.p.Alloc("act."+name, dt, n)
	b.acts[name] = buf
	return buf
}

func (b *builder) newForward(train bool) *forward {
	f := &forward{train: train}
	n := b.cfg.Batch
	x := act{buf: b.lay.Input, h: b.cfg.Height, w: b.cfg.Width, c: 3}

	f.stem = b.convBN(f, Stem, x, kernels.NoBuf, true)
	a := f.stem.out
	f.pool = kernels.PoolShape{N: n, H: a.h, W: a.w, C: a.c, Window: 3, Stride: 2, Pad: 1}
	f.poolOut = act{h: f.pool.OutH(), w: f.pool.OutW(), c: a.c}
	f.poolOut.buf = b.actBuf("maxpool.out", kernels.F32, f.pool.YLen())
	f.poolIndex = b.actBuf("maxpool.index", kernels.I32, f.pool.YLen())
	f.ops = append(f.ops, kernels.MaxPool{PoolShape: f.pool, X: a.buf, Y: f.poolOut.buf, Index: f.poolIndex})

	h := f.poolOut
	for _, blk := range Blocks() {
		rec := blockRec{in: h}
		rec.c1 = b.convBN(f, blk.Conv1, h, kernels.NoBuf, true)
		shortcut := h.buf
		if blk.Downsample != nil {
			rec.ds = b.convBN(f, *blk.Downsample, h, kernels.NoBuf, false)
			shortcut = rec.ds.out.buf
		}
		rec.c2 = b.convBN(f, blk.Conv2, rec.c1.out, shortcut, true)
		f.blocks = append(f.blocks, rec)
		h = rec.c2.out
	}
	f.last = h

	f.features = b.lay.Features
	f.ops = append(f.ops, kernels.GlobalAvgPool{N: n, HW: h.h * h.w, C: h.c, X: h.buf, Y: f.features})
	f.backboneOps = append([]kernels.Op(nil), f.ops...)
	f.logits = b.lay.Logits
	f.fcOp = kernels.Linear{N: n, In: FeatureDim, Out: b.cfg.Classes, X: f.features,
		W: b.lay.Param["fc.weight"], Bias: b.lay.Param["fc.bias"], Y: f.logits}
	f.ops = append(f.ops, f.fcOp)
	return f
}

// convBN records conv(x) then batch norm, with an optional fused residual add and ReLU.
func (b *builder) convBN(f *forward, l ConvLayer, x act, residual kernels.Buf, relu bool) *convRec {
	shape := kernels.ConvShape{N: b.cfg.Batch, H: x.h, W: x.w, C: x.c, K: l.Out,
		R: l.Kernel, S: l.Kernel, Stride: l.Stride, Pad: l.Pad}
	r := &convRec{layer: l, shape: shape, x: x, relu: relu}
	r.conv = b.actBuf(l.Name+".out", kernels.F32, shape.YLen())
	r.out = act{buf: b.actBuf(l.BN+".out", kernels.F32, shape.YLen()), h: shape.OutH(), w: shape.OutW(), c: l.Out}
	f.ops = append(f.ops, kernels.Conv2D{ConvShape: shape, X: x.buf, W: b.lay.Param[l.Name+".weight"], Y: r.conv})

	bn := kernels.BatchNorm{Rows: shape.N * shape.OutH() * shape.OutW(), C: l.Out, Train: f.train, ReLU: relu,
		Eps: bnEps, Momentum: bnMomentum, X: r.conv,
		Gamma: b.lay.Param[l.BN+".weight"], Beta: b.lay.Param[l.BN+".bias"],
		RunMean: b.lay.Stat[l.BN+".running_mean"], RunVar: b.lay.Stat[l.BN+".running_var"],
		Residual: residual, Y: r.out.buf}
	if f.train {
		r.saveMean = b.actBuf(l.BN+".save_mean", kernels.F32, l.Out)
		r.saveInv = b.actBuf(l.BN+".save_invstd", kernels.F32, l.Out)
		bn.SaveMean, bn.SaveInvStd = r.saveMean, r.saveInv
	}
	f.ops = append(f.ops, bn)
	return r
}
