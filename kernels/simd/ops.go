package simd

import (
	"fmt"
	"slices"

	"webtune/kernels"
	"webtune/kernels/simd/internal/gen"
)

// packA packs A[m][k] = src[m·rs + k·cs] (elements) into row panels; it returns the
// panels' address in the workspace.
func (c *compiler) packA(src uint64, M, K, rs, cs int) uint64 {
	dst := c.take(4 * padTo(M, c.tile.MR) * K)
	c.emit("pack_a", true, src, u(M), u(K), u(rs), u(cs), u(c.tile.MR), dst)
	return dst
}

// packB packs B[k][n] = src[k·rs + n·cs] into column strips.
func (c *compiler) packB(src uint64, K, N, rs, cs int) uint64 {
	dst := c.take(4 * padTo(N, c.tile.NR) * K)
	c.emit("pack_b", true, src, u(K), u(N), u(rs), u(cs), u(c.tile.NR), dst)
	return dst
}

// packWeight packs weight w as key says, into its cache slot when it has one and the
// routine being compiled does not write it (the routine's prep list then does the
// packing, see packcache.go), else into the workspace on every run.
func (c *compiler) packWeight(key packKey) uint64 {
	i, ok := c.l.packs[key]
	if !ok || overlapsAny(c.l.entries[i].src, c.writes) {
		dst := c.take(key.bytes(c.tile.NR))
		c.calls = append(c.calls, key.call(dst, c.tile.NR))
		return dst
	}
	dst := c.l.entries[i].dst
	if !slices.Contains(c.used, i) {
		c.used = append(c.used, i)
		c.prep = append(c.prep, key.call(dst, c.tile.NR))
	}
	return dst
}

// packedWeight is the address of op's weight packed as GEMM B (packWeight).
func (c *compiler) packedWeight(op kernels.Op) uint64 {
	key, _, _ := c.l.weightKey(op)
	return c.packWeight(key)
}

// gemm emits C = A·B, or C += A·B when acc, for packed A and B; C has row stride ldc.
func (c *compiler) gemm(pa, pb, dst uint64, M, N, K, ldc int, acc bool) {
	c.gemmBatch(pa, pb, dst, M, N, K, ldc, acc, 1, 0, 0, 0)
}

// gemmBatch emits count products of one shape in one call, product b's operands
// strideA, strideB and strideC bytes after product b-1's.
func (c *compiler) gemmBatch(pa, pb, dst uint64, M, N, K, ldc int, acc bool, count, strideA, strideB, strideC int) {
	c.calls = append(c.calls, call{fn: "gemm_" + c.tile.String(), parallel: true, scratch: 8,
		args: []uint64{pa, pb, dst, u(M), u(N), u(K), u(ldc), b2u(acc), uint64(c.l.scratch),
			u(count), u(strideA), u(strideB), u(strideC)}})
}

// pointwise reports whether X is already the im2col matrix.
func pointwise(s kernels.ConvShape) bool {
	return s.R == 1 && s.S == 1 && s.Stride == 1 && s.Pad == 0
}

// convChunk is how many images one im2col pass covers.
func convChunk(s kernels.ConvShape) int {
	per := s.OutH() * s.OutW() * s.R * s.S * s.C
	return max(1, min(s.N, colBudget/per))
}

// im2col emits the col matrix of nimg images from n0 into the workspace.
func (c *compiler) im2col(s kernels.ConvShape, x uint64, n0, nimg int) uint64 {
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	col := c.take(4 * nimg * pix * taps)
	c.emit("im2col", true, x, u(s.H), u(s.W), u(s.C), u(s.OutH()), u(s.OutW()), u(s.R), u(s.S),
		u(s.Stride), u(s.Pad), u(n0*pix), u(nimg*pix), col)
	return col
}

// conv: Y[pix][k] = col[pix][rsc] · W[k][rsc]ᵀ, chunk by chunk (or by Winograd).
func (c *compiler) conv(o kernels.Conv2D) error {
	s := o.ConvShape
	key, _, _ := c.l.weightKey(o) // weightKey picks Winograd where it fits
	if key.winograd {
		c.convWinograd(s, c.buf(o.X), c.buf(o.Y), key)
		return nil
	}
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	pb := c.packWeight(key)
	chunk := convChunk(s)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		var pa uint64
		if pointwise(s) {
			pa = c.packA(c.buf(o.X)+uint64(4*n0*s.H*s.W*s.C), nimg*pix, taps, taps, 1)
		} else {
			// im2col straight into A's row panels.
			pa = c.take(4 * padTo(nimg*pix, c.tile.MR) * taps)
			c.emit("im2col_a", true, c.buf(o.X), u(s.H), u(s.W), u(s.C), u(s.OutH()), u(s.OutW()), u(s.R), u(s.S),
				u(s.Stride), u(s.Pad), u(n0*pix), u(nimg*pix), u(c.tile.MR), pa)
		}
		c.gemm(pa, pb, c.buf(o.Y)+uint64(4*n0*pix*s.K), nimg*pix, s.K, taps, s.K, false)
	}
	return nil
}

// winogradFits reports whether convolution s can run as Winograd F(2×2, 3×3): 3×3
// filters at stride 1 with padding 1, channel counts the 4-lane transforms divide.
func winogradFits(s kernels.ConvShape) bool {
	return s.R == 3 && s.S == 3 && s.Stride == 1 && s.Pad == 1 && s.C%4 == 0 && s.K%4 == 0
}

// winoStride is the byte distance between consecutive Winograd matrices of size
// bytes: past a multiple of 4 KiB by 256, so the 16 matrices' rows fall in 16
// different cache sets instead of one (see internal/gen/winograd.go).
func winoStride(size int) int { return int(alignUp(uint64(size), 4096)) + 256 }

// convWinograd: per chunk of images, transform the input tiles, run the 16 products
// V_ξ·U_ξ as one batched GEMM, and transform back into Y (internal/gen/winograd.go).
// s is the convolution run: input x N×H×W×C, output y N×H×W×K, its filters
// transformed as key says.
func (c *compiler) convWinograd(s kernels.ConvShape, x, y uint64, key packKey) {
	pu, uStride := c.packWeight(key), winoStride(key.matBytes(c.tile.NR))
	th, tw := ceil(s.OutH(), 2), ceil(s.OutW(), 2)
	chunk := max(1, min(s.N, colBudget/(16*th*tw*max(s.C, s.K))))
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		T, t0 := min(chunk, s.N-n0)*th*tw, n0*th*tw
		aStride, mStride := winoStride(4*padTo(T, c.tile.MR)*s.C), winoStride(4*T*s.K)
		pv := c.take(16 * aStride)
		c.emit(fmt.Sprintf("wino_input_%d", c.tile.MR), true, x, u(s.H), u(s.W), u(s.C), u(th), u(tw), u(t0), u(T), pv, u(aStride))
		pm := c.take(16 * mStride)
		c.gemmBatch(pv, pu, pm, T, s.K, s.C, s.K, false, 16, aStride, uStride, mStride)
		c.emit("wino_output", true, pm, u(T), u(s.K), u(s.OutH()), u(s.OutW()), u(th), u(tw), u(t0), y, u(mStride))
	}
}

// convData: dcol[pix][rsc] = DY[pix][k] · W[k][rsc], then col2im gathers DX.
func (c *compiler) convData(o kernels.Conv2DBackwardData) error {
	s := o.ConvShape
	key, _, _ := c.l.weightKey(o)
	if key.winograd {
		// DX = DY ⋆ rot180(W) with the channels swapped: again a 3×3 stride-1 conv.
		t := s
		t.C, t.K = s.K, s.C
		c.convWinograd(t, c.buf(o.DY), c.buf(o.DX), key)
		return nil
	}
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	pb := c.packWeight(key)
	chunk := convChunk(s)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		pa := c.packA(c.buf(o.DY)+uint64(4*n0*pix*s.K), nimg*pix, s.K, s.K, 1)
		if pointwise(s) {
			c.gemm(pa, pb, c.buf(o.DX)+uint64(4*n0*s.H*s.W*s.C), nimg*pix, taps, s.K, taps, false)
			continue
		}
		dcol := c.take(4 * nimg * pix * taps)
		c.gemm(pa, pb, dcol, nimg*pix, taps, s.K, taps, false)
		c.emit("col2im", true, dcol, c.buf(o.DX), u(n0), u(nimg), u(s.H), u(s.W), u(s.C), u(s.OutH()), u(s.OutW()),
			u(s.R), u(s.S), u(s.Stride), u(s.Pad))
	}
	return nil
}

// convFilter: DW[k][rsc] = Σ over chunks of DY[pix][k]ᵀ · col[pix][rsc].
func (c *compiler) convFilter(o kernels.Conv2DBackwardFilter) error {
	s := o.ConvShape
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	chunk := convChunk(s)
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = 0
		nimg := min(chunk, s.N-n0)
		pa := c.packA(c.buf(o.DY)+uint64(4*n0*pix*s.K), s.K, nimg*pix, 1, s.K)
		var pb uint64
		switch {
		case pointwise(s):
			pb = c.packB(c.buf(o.X)+uint64(4*n0*s.H*s.W*s.C), nimg*pix, taps, taps, 1)
		case s.C%c.tile.NR == 0:
			// im2col straight into B's strips: one pass over the taps instead of two.
			pb = c.take(4 * nimg * pix * taps)
			c.emit("im2col_b", true, c.buf(o.X), u(s.H), u(s.W), u(s.C), u(s.OutH()), u(s.OutW()), u(s.R), u(s.S),
				u(s.Stride), u(s.Pad), u(n0*pix), u(nimg*pix), u(c.tile.NR), pb)
		default:
			pb = c.packB(c.im2col(s, c.buf(o.X), n0, nimg), nimg*pix, taps, taps, 1)
		}
		c.gemm(pa, pb, c.buf(o.DW), s.K, taps, nimg*pix, taps, n0 > 0)
	}
	return nil
}

// linear: Y = bias (every row), then Y += X · Wᵀ, as kernels/ref.
func (c *compiler) linear(o kernels.Linear) error {
	if o.N < 1 || o.In < 1 || o.Out < 1 {
		return fmt.Errorf("linear: N %d, In %d and Out %d must be at least 1", o.N, o.In, o.Out)
	}
	c.emit("bcast_rows", true, c.buf(o.Bias), u(o.N), u(o.Out), c.buf(o.Y))
	pa := c.packA(c.buf(o.X), o.N, o.In, o.In, 1)
	pb := c.packedWeight(o)
	c.gemm(pa, pb, c.buf(o.Y), o.N, o.Out, o.In, o.Out, true)
	return nil
}

// linearBackward: DW = DYᵀ·X, DBias = Σ_n DY, DX = DY·W.
func (c *compiler) linearBackward(o kernels.LinearBackward) error {
	if o.N < 1 || o.In < 1 || o.Out < 1 {
		return fmt.Errorf("linear_bwd: N %d, In %d and Out %d must be at least 1", o.N, o.In, o.Out)
	}
	pa := c.packA(c.buf(o.DY), o.Out, o.N, 1, o.Out)
	pb := c.packB(c.buf(o.X), o.N, o.In, o.In, 1)
	c.gemm(pa, pb, c.buf(o.DW), o.Out, o.In, o.N, o.In, false)
	c.emit("colsum", true, c.buf(o.DY), u(o.N), u(o.Out), c.buf(o.DBias))
	if o.DX != kernels.NoBuf {
		c.ws = 0
		pa := c.packA(c.buf(o.DY), o.N, o.Out, o.Out, 1)
		pb := c.packB(c.buf(o.W), o.Out, o.In, o.In, 1)
		c.gemm(pa, pb, c.buf(o.DX), o.N, o.In, o.Out, o.In, false)
	}
	return nil
}

// bnTiles is the number of partial-sum tiles the row-sum kernels write.
func bnTiles(rows int) int { return ceil(rows, gen.RowChunk) }

func (c *compiler) batchNorm(o kernels.BatchNorm) error {
	if o.Rows < 1 || o.C < 1 {
		return fmt.Errorf("batchnorm: rows %d and channels %d must be at least 1", o.Rows, o.C)
	}
	if o.Train && o.Rows < 2 {
		return fmt.Errorf("batchnorm: training needs at least 2 rows per channel for the unbiased variance, got %d", o.Rows)
	}
	eps, mom := exact64(o.Eps), exact64(o.Momentum)
	if !(eps > 0) {
		return fmt.Errorf("batchnorm: eps %v must be positive", o.Eps)
	}
	scale, shift := c.take(4*o.C), c.take(4*o.C)
	if o.Train {
		nt := bnTiles(o.Rows)
		part, mean64, var64 := c.take(8*nt*o.C), c.take(8*o.C), c.take(8*o.C)
		c.emit("bn_psum", true, c.buf(o.X), u(o.Rows), u(o.C), part)
		c.emit("bn_reduce", true, part, u(nt), u(o.C), u(o.Rows), mean64)
		c.emit("bn_psq", true, c.buf(o.X), mean64, u(o.Rows), u(o.C), part)
		c.emit("bn_reduce", true, part, u(nt), u(o.C), u(o.Rows), var64)
		c.emit("bn_train_finish", false, mean64, var64, c.buf(o.Gamma), c.buf(o.Beta), c.buf(o.RunMean), c.buf(o.RunVar),
			c.buf(o.SaveMean), c.buf(o.SaveInvStd), scale, shift, u(o.C), u(o.Rows), f64(eps), f64(mom))
	} else {
		c.emit("bn_eval_finish", false, c.buf(o.RunMean), c.buf(o.RunVar), c.buf(o.Gamma), c.buf(o.Beta),
			scale, shift, u(o.C), f64(eps))
	}
	c.emit("bn_apply", true, c.buf(o.X), scale, shift, c.opt(o.Residual), c.buf(o.Y), u(o.Rows), u(o.C), b2u(o.ReLU))
	return nil
}

func (c *compiler) batchNormBackward(o kernels.BatchNormBackward) error {
	if o.Rows < 1 || o.C < 1 {
		return fmt.Errorf("batchnorm_bwd: rows %d and channels %d must be at least 1", o.Rows, o.C)
	}
	nt := bnTiles(o.Rows)
	part, sums := c.take(8*nt*2*o.C), c.take(8*2*o.C)
	k1, k2, k3 := c.take(4*o.C), c.take(4*o.C), c.take(4*o.C)
	c.emit("bn_bwd_psum", true, c.buf(o.X), c.buf(o.DY), c.buf(o.SaveMean), u(o.Rows), u(o.C), part)
	c.emit("bn_reduce", true, part, u(nt), u(2*o.C), 1, sums)
	c.emit("bn_bwd_finish", false, sums, c.buf(o.Gamma), c.buf(o.SaveInvStd), c.buf(o.DGamma), c.buf(o.DBeta),
		k1, k2, k3, u(o.C), u(o.Rows))
	c.emit("bn_bwd_apply", true, c.buf(o.X), c.buf(o.DY), c.buf(o.SaveMean), k1, k2, k3, c.buf(o.DX), u(o.Rows), u(o.C))
	return nil
}

func (c *compiler) maxPool(o kernels.MaxPool) error {
	s := o.PoolShape
	c.emit("maxpool", true, c.buf(o.X), c.buf(o.Y), c.buf(o.Index), u(s.N), u(s.H), u(s.W), u(s.C),
		u(s.OutH()), u(s.OutW()), u(s.Window), u(s.Stride), u(s.Pad))
	return nil
}

func (c *compiler) maxPoolBackward(o kernels.MaxPoolBackward) error {
	s := o.PoolShape
	c.emit("maxpool_bwd", true, c.buf(o.DY), c.buf(o.Index), c.buf(o.DX), u(s.N), u(s.H*s.W*s.C),
		u(s.OutH()*s.OutW()*s.C), u(s.C))
	c.calls[len(c.calls)-1].check = true
	return nil
}
