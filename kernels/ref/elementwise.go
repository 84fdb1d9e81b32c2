package ref

import (
	"fmt"

	"webtune/kernels"
)

// grain is the smallest slice an elementwise op hands to a goroutine.
const grain = 1 << 14

func (p *program[T]) bindReLUBackward(o kernels.ReLUBackward) (step, error) {
	y, dy, dx := p.f[o.Y], p.f[o.DY], p.f[o.DX]
	return func() error {
		parallelFor(o.Len, grain, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				if y[i] > 0 {
					dx[i] = dy[i]
				} else {
					dx[i] = 0
				}
			}
		})
		return nil
	}, nil
}

func (p *program[T]) bindAdd(o kernels.Add) (step, error) {
	a, b, y := p.f[o.A], p.f[o.B], p.f[o.Y]
	return func() error {
		parallelFor(o.Len, grain, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				y[i] = a[i] + b[i]
			}
		})
		return nil
	}, nil
}

// bindSGD follows torch.optim.SGD (dampening 0, no Nesterov) step by step in T:
// g = grad + wd·param; v = momentum·v + g; g = v; param -= lr·g.
func (p *program[T]) bindSGD(o kernels.SGD) (step, error) {
	param, grad, hyper := p.f[o.Param], p.f[o.Grad], p.f[o.Hyper]
	var vel []T
	if o.Velocity != kernels.NoBuf {
		vel = p.f[o.Velocity]
	}
	return func() error {
		lr, wd, mom := hyper[0], hyper[1], hyper[2]
		if mom != 0 && vel == nil {
			return fmt.Errorf("momentum is %v but the op has no velocity buffer", mom)
		}
		parallelFor(o.Len, grain, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				g := grad[i] + wd*param[i]
				if mom != 0 {
					vel[i] = mom*vel[i] + g
					g = vel[i]
				}
				param[i] -= lr * g
			}
		})
		return nil
	}, nil
}

func (p *program[T]) bindInputNormalize(o kernels.InputNormalize) (step, error) {
	src, dst := p.u8[o.Src], p.f[o.Dst]
	var mean, std [3]T
	for c := range mean {
		if o.Std[c] == 0 {
			return nil, fmt.Errorf("input: std[%d] is 0", c)
		}
		mean[c], std[c] = T(o.Mean[c]), T(o.Std[c])
	}
	return func() error {
		parallelFor(o.N*o.H*o.W, grain/3, func(lo, hi int) {
			for px := lo; px < hi; px++ {
				for c := 0; c < 3; c++ {
					dst[3*px+c] = (T(src[3*px+c])/255 - mean[c]) / std[c]
				}
			}
		})
		return nil
	}, nil
}
