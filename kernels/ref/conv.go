package ref

import (
	"webtune/kernels"
)

// Convolutions run as GEMMs over im2col matrices. For a chunk of images, col holds one
// row per output pixel and one column per filter tap (r, s, c) in OHWI order, so with
// NHWC activations and OHWI filters:
//
//	forward:         Y[pix][k]   = col[pix][rsc] · W[k][rsc]ᵀ
//	backward data:   dcol[pix][rsc] = DY[pix][k] · W[k][rsc], then col2im (a gather)
//	backward filter: DW[k][rsc] += DY[pix][k]ᵀ · col[pix][rsc]
//
// A 1×1 stride-1 unpadded convolution needs no col: X itself is the col matrix.

// colBudget caps the im2col workspace (elements); images are processed in chunks that
// fit, so that GEMMs see many rows even when one image has few output pixels. A
// variable only so that tests can force many chunks.
var colBudget = 1 << 22

// reserveCol grows the program's shared im2col workspace to fit s.
func (p *program[T]) reserveCol(s kernels.ConvShape) {
	if s.Pointwise() {
		return
	}
	need := s.ImagesPerChunk(colBudget) * s.ColLen()
	if len(p.col) < need {
		p.col = make([]T, need)
	}
}

func (p *program[T]) bindConv(o kernels.Conv2D) (step, error) {
	p.reserveCol(o.ConvShape)
	x, w, y := p.f[o.X], p.f[o.W], p.f[o.Y]
	return func() error { convForward(&p.gemm, p.col, o.ConvShape, x, w, y); return nil }, nil
}

func (p *program[T]) bindConvData(o kernels.Conv2DBackwardData) (step, error) {
	p.reserveCol(o.ConvShape)
	dy, w, dx := p.f[o.DY], p.f[o.W], p.f[o.DX]
	return func() error { convBackwardData(&p.gemm, p.col, o.ConvShape, dy, w, dx); return nil }, nil
}

func (p *program[T]) bindConvFilter(o kernels.Conv2DBackwardFilter) (step, error) {
	p.reserveCol(o.ConvShape)
	x, dy, dw := p.f[o.X], p.f[o.DY], p.f[o.DW]
	return func() error { convBackwardFilter(&p.gemm, p.col, o.ConvShape, x, dy, dw); return nil }, nil
}

// convForward computes Y from X and W.
func convForward[T Float](g *gemmScratch[T], col []T, s kernels.ConvShape, x, w, y []T) {
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	wt := rowMajor(w, s.K, taps).t()
	if s.Pointwise() {
		gemm(g, y, s.K, rowMajor(x, s.N*pix, s.C), wt, false)
		return
	}
	chunk := s.ImagesPerChunk(colBudget)
	for n0 := 0; n0 < s.N; n0 += chunk {
		nn := min(chunk, s.N-n0)
		c := col[:nn*pix*taps]
		im2col(s, x[n0*s.H*s.W*s.C:], nn, c)
		gemm(g, y[n0*pix*s.K:], s.K, rowMajor(c, nn*pix, taps), wt, false)
	}
}

// convBackwardData computes DX from DY and W.
func convBackwardData[T Float](g *gemmScratch[T], col []T, s kernels.ConvShape, dy, w, dx []T) {
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	wm := rowMajor(w, s.K, taps)
	if s.Pointwise() {
		gemm(g, dx, s.C, rowMajor(dy, s.N*pix, s.K), wm, false)
		return
	}
	chunk := s.ImagesPerChunk(colBudget)
	for n0 := 0; n0 < s.N; n0 += chunk {
		nn := min(chunk, s.N-n0)
		c := col[:nn*pix*taps]
		gemm(g, c, taps, rowMajor(dy[n0*pix*s.K:], nn*pix, s.K), wm, false)
		col2im(s, c, nn, dx[n0*s.H*s.W*s.C:])
	}
}

// convBackwardFilter computes DW from X and DY.
func convBackwardFilter[T Float](g *gemmScratch[T], col []T, s kernels.ConvShape, x, dy, dw []T) {
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	if s.Pointwise() {
		gemm(g, dw, s.C, rowMajor(dy, s.N*pix, s.K).t(), rowMajor(x, s.N*pix, s.C), false)
		return
	}
	chunk := s.ImagesPerChunk(colBudget)
	for n0 := 0; n0 < s.N; n0 += chunk {
		nn := min(chunk, s.N-n0)
		c := col[:nn*pix*taps]
		im2col(s, x[n0*s.H*s.W*s.C:], nn, c)
		dyT := rowMajor(dy[n0*pix*s.K:], nn*pix, s.K).t()
		gemm(g, dw, taps, dyT, rowMajor(c, nn*pix, taps), n0 > 0)
	}
}

// im2col fills col[(n·OH+oh)·OW+ow][(r·S+s)·C+c] = X[n, oh·stride-pad+r, ow·stride-pad+s, c]
// (zero in the padding) for nn images starting at x.
func im2col[T Float](s kernels.ConvShape, x []T, nn int, col []T) {
	oh, ow, taps := s.OutH(), s.OutW(), s.R*s.S*s.C
	parallelFor(nn*oh, 4, func(lo, hi int) {
		for row := lo; row < hi; row++ {
			n, i := row/oh, row%oh
			img := x[n*s.H*s.W*s.C : (n+1)*s.H*s.W*s.C]
			for j := 0; j < ow; j++ {
				dst := col[(row*ow+j)*taps : (row*ow+j+1)*taps]
				for r := 0; r < s.R; r++ {
					ih := i*s.Stride - s.Pad + r
					seg := dst[r*s.S*s.C : (r+1)*s.S*s.C]
					if ih < 0 || ih >= s.H {
						clear(seg)
						continue
					}
					for q := 0; q < s.S; q++ {
						iw := j*s.Stride - s.Pad + q
						tap := seg[q*s.C : (q+1)*s.C]
						if iw < 0 || iw >= s.W {
							clear(tap)
							continue
						}
						copy(tap, img[(ih*s.W+iw)*s.C:])
					}
				}
			}
		}
	})
}

// col2im is im2col's adjoint written as a gather, so that rows of DX can be computed
// in parallel: DX[n, ih, iw, c] = Σ over taps (r, s) that read (ih, iw) of
// col[(n, oh, ow)][(r, s, c)], where ih = oh·stride-pad+r and iw = ow·stride-pad+s.
func col2im[T Float](s kernels.ConvShape, col []T, nn int, dx []T) {
	oh, ow, taps := s.OutH(), s.OutW(), s.R*s.S*s.C
	parallelFor(nn*s.H, 2, func(lo, hi int) {
		for row := lo; row < hi; row++ {
			n, ih := row/s.H, row%s.H
			for iw := 0; iw < s.W; iw++ {
				dst := dx[((n*s.H+ih)*s.W+iw)*s.C:]
				dst = dst[:s.C]
				clear(dst)
				for r := 0; r < s.R; r++ {
					i, ok := outIndex(ih+s.Pad-r, s.Stride, oh)
					if !ok {
						continue
					}
					for q := 0; q < s.S; q++ {
						j, ok := outIndex(iw+s.Pad-q, s.Stride, ow)
						if !ok {
							continue
						}
						src := col[((n*oh+i)*ow+j)*taps+(r*s.S+q)*s.C:]
						src = src[:s.C]
						for c, v := range src {
							dst[c] += v
						}
					}
				}
			}
		}
	})
}

// outIndex returns o with o·stride = at and 0 <= o < limit, if there is one.
func outIndex(at, stride, limit int) (int, bool) {
	if at < 0 || at%stride != 0 {
		return 0, false
	}
	o := at / stride
	return o, o < limit
}
