package ref

import (
	"fmt"
	"math"

	"webtune/kernels"
)

func (p *program[T]) bindLinear(o kernels.Linear) (step, error) {
	if o.N < 1 || o.In < 1 || o.Out < 1 {
		return nil, fmt.Errorf("linear: N %d, In %d and Out %d must be at least 1", o.N, o.In, o.Out)
	}
	x, w, bias, y := p.f[o.X], p.f[o.W], p.f[o.Bias], p.f[o.Y]
	return func() error {
		for n := 0; n < o.N; n++ {
			copy(y[n*o.Out:(n+1)*o.Out], bias)
		}
		gemm(&p.gemm, y, o.Out, rowMajor(x, o.N, o.In), rowMajor(w, o.Out, o.In).t(), true)
		return nil
	}, nil
}

func (p *program[T]) bindLinearBackward(o kernels.LinearBackward) (step, error) {
	if o.N < 1 || o.In < 1 || o.Out < 1 {
		return nil, fmt.Errorf("linear_bwd: N %d, In %d and Out %d must be at least 1", o.N, o.In, o.Out)
	}
	x, w, dy, dw, dbias := p.f[o.X], p.f[o.W], p.f[o.DY], p.f[o.DW], p.f[o.DBias]
	var dx []T
	if o.DX != kernels.NoBuf {
		dx = p.f[o.DX]
	}
	return func() error {
		dym := rowMajor(dy, o.N, o.Out)
		gemm(&p.gemm, dw, o.In, dym.t(), rowMajor(x, o.N, o.In), false)
		for j := 0; j < o.Out; j++ {
			var s float64
			for n := 0; n < o.N; n++ {
				s += float64(dy[n*o.Out+j])
			}
			dbias[j] = T(s)
		}
		if dx != nil {
			gemm(&p.gemm, dx, o.In, dym, rowMajor(w, o.Out, o.In), false)
		}
		return nil
	}, nil
}

// bindSoftmaxXent computes, per valid row, log-softmax in float64 (max subtracted
// first), the mean loss over valid rows, the first-argmax hit count and, if wanted,
// (softmax - onehot)/V.
func (p *program[T]) bindSoftmaxXent(o kernels.SoftmaxCrossEntropy) (step, error) {
	if o.N < 1 || o.Classes < 1 {
		return nil, fmt.Errorf("softmax_xent: N %d and Classes %d must be at least 1", o.N, o.Classes)
	}
	logits, labels := p.f[o.Logits], p.i32[o.Labels]
	loss, correct := p.f[o.Loss], p.i32[o.Correct]
	var dlogits []T
	if o.DLogits != kernels.NoBuf {
		dlogits = p.f[o.DLogits]
	}
	return func() error {
		valid := 0
		for n, l := range labels {
			if int(l) >= o.Classes {
				return fmt.Errorf("labels[%d] = %d is not below the class count %d (negative marks padding)", n, l, o.Classes)
			}
			if l >= 0 {
				valid++
			}
		}
		var total float64
		var hits int32
		for n, l := range labels {
			row := logits[n*o.Classes : (n+1)*o.Classes]
			if l < 0 {
				if dlogits != nil {
					clear(dlogits[n*o.Classes : (n+1)*o.Classes])
				}
				continue
			}
			best := 0
			for k, v := range row {
				if v > row[best] {
					best = k
				}
			}
			if best == int(l) {
				hits++
			}
			top := float64(row[best])
			var sum float64
			for _, v := range row {
				sum += math.Exp(float64(v) - top)
			}
			lse := top + math.Log(sum)
			total += lse - float64(row[l])
			if dlogits != nil {
				d := dlogits[n*o.Classes : (n+1)*o.Classes]
				for k, v := range row {
					g := math.Exp(float64(v) - lse)
					if k == int(l) {
						g--
					}
					d[k] = T(g / float64(valid))
				}
			}
		}
		loss[0] = 0
		if valid > 0 {
			loss[0] = T(total / float64(valid))
		}
		correct[0] = hits
		return nil
	}, nil
}
