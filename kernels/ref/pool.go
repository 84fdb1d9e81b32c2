package ref

import (
	"fmt"
	"sync/atomic"

	"webtune/kernels"
)

func (p *program[T]) bindMaxPool(o kernels.MaxPool) (step, error) {
	x, y, idx := p.f[o.X], p.f[o.Y], p.i32[o.Index]
	return func() error { maxPool(o.PoolShape, x, y, idx); return nil }, nil
}

// maxPool keeps, per output and channel, the first maximum in row-major window order
// (a later value wins only if strictly greater, or NaN, as in PyTorch). Windows are
// clipped to the input, which is the same as padding with -inf.
func maxPool[T Float](s kernels.PoolShape, x, y []T, idx []int32) {
	oh, ow, c := s.OutH(), s.OutW(), s.C
	parallelFor(s.N*oh, 1, func(lo, hi int) {
		for row := lo; row < hi; row++ {
			n, i := row/oh, row%oh
			r0, r1 := max(0, i*s.Stride-s.Pad), min(s.H, i*s.Stride-s.Pad+s.Window)
			for j := 0; j < ow; j++ {
				q0, q1 := max(0, j*s.Stride-s.Pad), min(s.W, j*s.Stride-s.Pad+s.Window)
				out := y[(row*ow+j)*c : (row*ow+j+1)*c]
				win := idx[(row*ow+j)*c : (row*ow+j+1)*c]
				first := true
				for r := r0; r < r1; r++ {
					for q := q0; q < q1; q++ {
						at := ((n*s.H+r)*s.W + q) * c
						in := x[at : at+c]
						if first {
							copy(out, in)
							for ch := range win {
								win[ch] = int32(at + ch)
							}
							first = false
							continue
						}
						for ch, v := range in {
							if v > out[ch] || v != v {
								out[ch] = v
								win[ch] = int32(at + ch)
							}
						}
					}
				}
			}
		}
	})
}

func (p *program[T]) bindMaxPoolBackward(o kernels.MaxPoolBackward) (step, error) {
	dy, idx, dx := p.f[o.DY], p.i32[o.Index], p.f[o.DX]
	return func() error { return maxPoolBackward(o.PoolShape, dy, idx, dx) }, nil
}

// maxPoolBackward scatters DY to the recorded winners. Work is split by image and
// channel range, which is race-free because MaxPool's winner for output (n, ·, ·, c)
// is always an input of image n and channel c; an Index breaking that is refused.
func maxPoolBackward[T Float](s kernels.PoolShape, dy []T, idx []int32, dx []T) error {
	c, inPix, outPix := s.C, s.H*s.W, s.OutH()*s.OutW()
	cParts := min(c, max(1, (workers()+s.N-1)/s.N))
	var bad atomic.Int64
	bad.Store(-1)
	parallelTasks(s.N*cParts, func(_, t int) {
		n, part := t/cParts, t%cParts
		c0, c1 := part*c/cParts, (part+1)*c/cParts
		base := n * inPix * c
		for px := 0; px < inPix; px++ {
			clear(dx[base+px*c+c0 : base+px*c+c1])
		}
		for px := n * outPix; px < (n+1)*outPix; px++ {
			for ch := c0; ch < c1; ch++ {
				j := px*c + ch
				i := int(idx[j])
				if i < base || i >= base+inPix*c || i%c != ch {
					bad.CompareAndSwap(-1, int64(j))
					return
				}
				dx[i] += dy[j]
			}
		}
	})
	if j := bad.Load(); j >= 0 {
		return fmt.Errorf("index[%d] = %d is not an input of the same image and channel; Index must come from MaxPool with the same shape", j, idx[j])
	}
	return nil
}

func (p *program[T]) bindAvgPool(o kernels.GlobalAvgPool) (step, error) {
	if o.N < 1 || o.HW < 1 || o.C < 1 {
		return nil, fmt.Errorf("avgpool: N %d, HW %d and C %d must be at least 1", o.N, o.HW, o.C)
	}
	x, y := p.f[o.X], p.f[o.Y]
	return func() error {
		parallelFor(o.N, 1, func(lo, hi int) {
			acc := make([]float64, o.C)
			for n := lo; n < hi; n++ {
				clear(acc)
				for px := 0; px < o.HW; px++ {
					for ch, v := range x[(n*o.HW+px)*o.C : (n*o.HW+px+1)*o.C] {
						acc[ch] += float64(v)
					}
				}
				for ch, v := range acc {
					y[n*o.C+ch] = T(v / float64(o.HW))
				}
			}
		})
		return nil
	}, nil
}

func (p *program[T]) bindAvgPoolBackward(o kernels.GlobalAvgPoolBackward) (step, error) {
	if o.N < 1 || o.HW < 1 || o.C < 1 {
		return nil, fmt.Errorf("avgpool_bwd: N %d, HW %d and C %d must be at least 1", o.N, o.HW, o.C)
	}
	dy, dx := p.f[o.DY], p.f[o.DX]
	return func() error {
		inv := 1 / float64(o.HW)
		parallelFor(o.N*o.HW, 64, func(lo, hi int) {
			for row := lo; row < hi; row++ {
				n := row / o.HW
				out := dx[row*o.C : (row+1)*o.C]
				for ch, v := range dy[n*o.C : (n+1)*o.C] {
					out[ch] = T(float64(v) * inv)
				}
			}
		})
		return nil
	}, nil
}
