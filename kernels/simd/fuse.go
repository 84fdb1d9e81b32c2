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
// nothing can read it: no later op of the routine reads it, and in every routine the
// first op that touches its bytes is a convolution that writes them all (so a stale
// value never reaches an op). A host Read of such a buffer after the routine sees what
// the last routine that did write it left there.

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

// deadAfter reports whether the bytes of span y may be left unwritten by op i of
// routine r and read by nobody: no later op of r reads or writes them, and every
// routine of the plan reaches a convolution writing all of y before any other op
// touches y.
func (l *layout) deadAfter(r kernels.Routine, i int, y byteSpan) bool {
	for _, op := range r.Ops[i+1:] {
		if l.touches(op, y) {
			return false
		}
	}
	for _, rt := range l.plan.Routines {
		for _, op := range rt.Ops {
			if conv, ok := deref(op).(kernels.Conv2D); ok && l.bufSpan(conv.Y) == y {
				break // overwritten before anything reads it
			}
			if l.touches(op, y) {
				return false
			}
		}
	}
	return true
}

// touches reports whether op reads or writes any byte of s.
func (l *layout) touches(op kernels.Op, s byteSpan) bool {
	for _, o := range op.Operands() {
		if o.Buf != kernels.NoBuf && l.bufSpan(o.Buf).overlaps(s) {
			return true
		}
	}
	return false
}

// convBN compiles convolution conv and eval batch norm bn as one: the convolution
// writes bn's output through bn's output stage.
func (c *compiler) convBN(conv kernels.Conv2D, bn kernels.BatchNorm) error {
	scale, shift := c.bnCoefficients(bn)
	return c.convTo(conv, c.buf(bn.Y), outStage{scale: scale, shift: shift, res: c.opt(bn.Residual), relu: bn.ReLU})
}
