package model

import (
	"webtune/kernels"
)

// fcBackward records fc's weight and bias gradients (no input gradient: the head-only
// routines stop there).
func (b *builder) fcBackward(features kernels.Buf) []kernels.Op {
	return []kernels.Op{b.linearBackward(features, kernels.NoBuf)}
}

func (b *builder) linearBackward(features, dFeatures kernels.Buf) kernels.Op {
	return kernels.LinearBackward{N: b.cfg.Batch, In: FeatureDim, Out: b.cfg.Classes,
		X: features, W: b.lay.Param["fc.weight"], DY: b.lay.DLogits, DX: dFeatures,
		DW: b.lay.Grad["fc.weight"], DBias: b.lay.Grad["fc.bias"]}
}

// backward records the full backward pass of a train-mode forward, from dlogits to
// every parameter gradient. Gradients of activations live in the four scratch roots;
// `cur` is the root holding the gradient flowing into the current block's output.
func (b *builder) backward(f *forward) []kernels.Op {
	n := b.cfg.Batch
	var ops []kernels.Op
	dFeat := b.scratchView(1, "features", n*FeatureDim)
	ops = append(ops, b.linearBackward(f.features, dFeat))

	last := f.last
	cur := 0
	dH := b.scratchView(cur, "layer4.out", n*last.h*last.w*last.c)
	ops = append(ops, kernels.GlobalAvgPoolBackward{N: n, HW: last.h * last.w, C: last.c, DY: dFeat, DX: dH})

	for i := len(f.blocks) - 1; i >= 0; i-- {
		var blockOps []kernels.Op
		blockOps, cur, dH = b.blockBackward(f.blocks[i], cur, dH)
		ops = append(ops, blockOps...)
	}
	return append(ops, b.stemBackward(f, cur, dH)...)
}

// others returns the three scratch roots other than cur.
func others(cur int) (int, int, int) {
	var o []int
	for i := 0; i < 4; i++ {
		if i != cur {
			o = append(o, i)
		}
	}
	return o[0], o[1], o[2]
}

// blockBackward: dH (in root cur) is the gradient of the block's output; it returns
// the ops and where the gradient of the block's input is.
func (b *builder) blockBackward(r blockRec, cur int, dH kernels.Buf) ([]kernels.Op, int, kernels.Buf) {
	sa, sb, sc := others(cur)
	outLen := r.c2.shape.YLen()
	// The block output is relu(bn2 + shortcut): mask once, then dZ feeds both branches.
	ops := []kernels.Op{kernels.ReLUBackward{Len: outLen, Y: r.c2.out.buf, DY: dH, DX: dH}}
	dZ := dH

	dA1, more := b.convBNBackward(r.c2, dZ, sa, sb)
	ops = append(ops, more...)
	ops = append(ops, kernels.ReLUBackward{Len: r.c1.shape.YLen(), Y: r.c1.out.buf, DY: dA1, DX: dA1})
	dIn, more := b.convBNBackward(r.c1, dA1, sa, sc)
	ops = append(ops, more...)

	shortcut := dZ
	if r.ds != nil {
		var dShort kernels.Buf
		dShort, more = b.convBNBackward(r.ds, dZ, sa, sb)
		ops = append(ops, more...)
		shortcut = dShort
	}
	ops = append(ops, kernels.Add{Len: r.in.h * r.in.w * r.in.c * b.cfg.Batch, A: dIn, B: shortcut, Y: dIn})
	return ops, sc, dIn
}

// convBNBackward goes back through BN and the conv: dOut is the gradient of the BN's
// output (already masked by the ReLU if any); the BN input gradient goes to scratch root
// mid, the conv input gradient to root dst, which it returns.
func (b *builder) convBNBackward(r *convRec, dOut kernels.Buf, mid, dst int) (kernels.Buf, []kernels.Op) {
	s := r.shape
	dConv := b.scratchView(mid, r.layer.BN+".dx", s.YLen())
	dX := b.scratchView(dst, r.layer.Name+".dx", s.XLen())
	return dX, []kernels.Op{
		b.bnBackward(r, dOut, dConv),
		kernels.Conv2DBackwardFilter{ConvShape: s, X: r.x.buf, DY: dConv, DW: b.lay.Grad[r.layer.Name+".weight"]},
		kernels.Conv2DBackwardData{ConvShape: s, DY: dConv, W: b.lay.Param[r.layer.Name+".weight"], DX: dX},
	}
}

func (b *builder) bnBackward(r *convRec, dOut, dConv kernels.Buf) kernels.Op {
	s := r.shape
	return kernels.BatchNormBackward{Rows: s.N * s.OutH() * s.OutW(), C: s.K,
		X: r.conv, DY: dOut, Gamma: b.lay.Param[r.layer.BN+".weight"],
		SaveMean: r.saveMean, SaveInvStd: r.saveInv,
		DX: dConv, DGamma: b.lay.Grad[r.layer.BN+".weight"], DBeta: b.lay.Grad[r.layer.BN+".bias"]}
}

// stemBackward: maxpool, ReLU, bn1, conv1 (whose input gradient nobody needs).
func (b *builder) stemBackward(f *forward, cur int, dPool kernels.Buf) []kernels.Op {
	sa, sb, _ := others(cur)
	st := f.stem
	dA := b.scratchView(sa, "maxpool.dx", f.pool.XLen())
	dConv := b.scratchView(sb, "bn1.dx", st.shape.YLen())
	return []kernels.Op{
		kernels.MaxPoolBackward{PoolShape: f.pool, DY: dPool, Index: f.poolIndex, DX: dA},
		kernels.ReLUBackward{Len: f.pool.XLen(), Y: st.out.buf, DY: dA, DX: dA},
		b.bnBackward(st, dA, dConv),
		kernels.Conv2DBackwardFilter{ConvShape: st.shape, X: st.x.buf, DY: dConv, DW: b.lay.Grad["conv1.weight"]},
	}
}
