package simd

import "webtune/kernels"

// Fusing an eval batch norm into the convolution before it.
//
// In eval, ResNet's every convolution feeds one batch norm (with ReLU, or with the
// block's residual and ReLU) and nothing else. Run apart, the batch norm reads the
// convolution's whole output back from memory and writes it again; fused, the GEMM or
// the Winograd output transform applies y = relu?(y·scale + shift + res?) to each
// output while it is still in cache and writes the batch norm's output directly. The
// arithmetic is bn_apply's, operation for operation, so results are the same bits.
// Scale and shift are computed once per version of the batch norm's parameters
// (packcache.go).
//
// The convolution's own output buffer is then not written. That is only allowed when
// nothing can read it (deadAfter): every byte is rewritten before any op reads it, in
// the rest of the routine and in every routine from its start, so a stale value never
// reaches an op. A host Read of such a buffer after the routine sees what the last
// routine that did write it left there.

// outStage is a batch norm's output stage fused into a GEMM or Winograd output
// transform; the zero value is none.
type outStage struct {
	scale, shift addr // per output channel; scale 0 means no stage
	res          addr // residual laid out as the output, 0 for none
	relu         bool
}

// at is st for the outputs off bytes further on (a chunk of images).
func (st outStage) at(off addr) outStage {
	if st.res != 0 {
		st.res += off
	}
	return st
}

// fusedBN returns the eval batch norm that op i+1 of routine r applies to convolution
// op i's output, when the two can run fused.
func (l *layout) fusedBN(r kernels.Routine, i int) (kernels.Conv2D, kernels.BatchNorm, bool) {
	if i+1 >= len(r.Ops) {
		return kernels.Conv2D{}, kernels.BatchNorm{}, false
	}
	conv, ok1 := deref(r.Ops[i]).(kernels.Conv2D)
	bn, ok2 := deref(r.Ops[i+1]).(kernels.BatchNorm)
	if !ok1 || !ok2 || bn.Train || bn.X != conv.Y || bn.Rows != conv.N*conv.OutH()*conv.OutW() || bn.C != conv.K {
		return kernels.Conv2D{}, kernels.BatchNorm{}, false
	}
	y := l.bufSpan(conv.Y)
	// The batch norm's output and residual are written and read per element in place of
	// the convolution's; they must not overlap the convolution's input or filter.
	others := []byteSpan{l.bufSpan(conv.X), l.bufSpan(conv.W)}
	if overlapsAny(l.bufSpan(bn.Y), others) || (bn.Residual != kernels.NoBuf && overlapsAny(l.bufSpan(bn.Residual), append(others, y))) {
		return kernels.Conv2D{}, kernels.BatchNorm{}, false
	}
	if !l.deadAfter(r, i+1, y) {
		return kernels.Conv2D{}, kernels.BatchNorm{}, false
	}
	return conv, bn, true
}

// deadIndexPool returns op i of routine r when it is a max pool whose argmax indices
// nobody reads: a backward op of the plan reads them, but only after its own routine's
// max pool rewrote them (deadAfter), as with eval's max pool and training's backward.
// It then runs without writing them. Indices that no op reads are the host's, and are
// written.
func (l *layout) deadIndexPool(r kernels.Routine, i int) (kernels.MaxPool, bool) {
	mp, ok := deref(r.Ops[i]).(kernels.MaxPool)
	if !ok {
		return kernels.MaxPool{}, false
	}
	idx := l.bufSpan(mp.Index)
	if !l.readByAnOp(idx) || !l.deadAfter(r, i, idx) {
		return kernels.MaxPool{}, false
	}
	return mp, true
}

// readByAnOp reports whether an op of the plan reads a byte of span y.
func (l *layout) readByAnOp(y byteSpan) bool {
	for _, rt := range l.plan.Routines {
		for _, op := range rt.Ops {
			for _, o := range op.Operands() {
				if o.Buf != kernels.NoBuf && !o.Written && overlapsAny(l.bufSpan(o.Buf), []byteSpan{y}) {
					return true
				}
			}
		}
	}
	return false
}

// deadAfter reports whether the bytes of span y may be left unwritten (or stale) by
// op i of routine r and read by nobody: the rest of r, and every routine of the plan
// from its start, rewrites each byte of y before any op reads it.
func (l *layout) deadAfter(r kernels.Routine, i int, y byteSpan) bool {
	if !l.rewrittenBeforeRead(r.Ops[i+1:], y) {
		return false
	}
	for _, rt := range l.plan.Routines {
		if !l.rewrittenBeforeRead(rt.Ops, y) {
			return false
		}
	}
	return true
}

// rewrittenBeforeRead reports whether no op of ops reads a byte of y that no earlier
// op of ops has written (an op's reads count before its writes).
func (l *layout) rewrittenBeforeRead(ops []kernels.Op, y byteSpan) bool {
	stale := []byteSpan{y}
	for _, op := range ops {
		for _, o := range op.Operands() {
			if o.Buf != kernels.NoBuf && !o.Written && overlapsAny(l.bufSpan(o.Buf), stale) {
				return false
			}
		}
		for _, o := range op.Operands() {
			if o.Buf != kernels.NoBuf && o.Written {
				stale = subtract(stale, l.bufSpan(o.Buf))
			}
		}
		if len(stale) == 0 {
			return true
		}
	}
	return true // what is still stale is read by no op of this list
}

// subtract removes w from every span of list.
func subtract(list []byteSpan, w byteSpan) []byteSpan {
	var out []byteSpan
	for _, s := range list {
		if !s.overlaps(w) {
			out = append(out, s)
			continue
		}
		if s.lo < w.lo {
			out = append(out, byteSpan{s.lo, w.lo})
		}
		if w.hi < s.hi {
			out = append(out, byteSpan{w.hi, s.hi})
		}
	}
	return out
}

// convBN compiles convolution conv and eval batch norm bn as one: the convolution
// writes bn's output through bn's output stage.
func (c *compiler) convBN(conv kernels.Conv2D, bn kernels.BatchNorm) error {
	scale, shift := c.bnCoefficients(bn)
	return c.convTo(conv, c.buf(bn.Y), outStage{scale: scale, shift: shift, res: c.opt(bn.Residual), relu: bn.ReLU})
}

// Fusing a ReLU's backward into the batch norm's backward after it.
//
// In a training step, the ReLU after a block's first batch norm has a backward pass
// (dx = y > 0 ? dy : 0) whose only reader is that batch norm's backward. Fused, the two
// passes of the batch-norm backward apply the mask themselves as they read dy
// (bn_bwd_psum and bn_bwd_apply take the ReLU's output), the same operation on the same
// values, so the same bits, and the ReLU's own pass over memory goes. Its output is
// then not written (or, in place, left unmasked): allowed under deadAfter's rule.

// fusedReLU returns ReLU backward op i and the batch-norm backward op i+1 that reads
// its output, when the two can run fused.
func (l *layout) fusedReLU(r kernels.Routine, i int) (kernels.ReLUBackward, kernels.BatchNormBackward, bool) {
	if i+1 >= len(r.Ops) {
		return kernels.ReLUBackward{}, kernels.BatchNormBackward{}, false
	}
	rb, ok1 := deref(r.Ops[i]).(kernels.ReLUBackward)
	bb, ok2 := deref(r.Ops[i+1]).(kernels.BatchNormBackward)
	if !ok1 || !ok2 || bb.DY != rb.DX || rb.Len != bb.Rows*bb.C {
		return kernels.ReLUBackward{}, kernels.BatchNormBackward{}, false
	}
	// The batch norm's outputs must not overwrite the ReLU's output y or gradient dy
	// before it reads them: disjoint, or (dx only) the same elements in place.
	out := l.bufSpan(bb.DX)
	y, dy := l.bufSpan(rb.Y), l.bufSpan(rb.DY)
	small := []byteSpan{l.bufSpan(bb.DGamma), l.bufSpan(bb.DBeta)}
	if out.overlaps(y) || (out.overlaps(dy) && out != dy) || overlapsAny(y, small) || overlapsAny(dy, small) {
		return kernels.ReLUBackward{}, kernels.BatchNormBackward{}, false
	}
	if !l.deadAfter(r, i+1, l.bufSpan(rb.DX)) {
		return kernels.ReLUBackward{}, kernels.BatchNormBackward{}, false
	}
	return rb, bb, true
}

// reluBN compiles ReLU backward rb and batch-norm backward bb as one.
func (c *compiler) reluBN(rb kernels.ReLUBackward, bb kernels.BatchNormBackward) error {
	bb.DY = rb.DY
	return c.batchNormBackwardMasked(bb, c.buf(rb.Y))
}
