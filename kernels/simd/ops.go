package simd

import (
	"fmt"
	"slices"

	"webtune/kernels"
)

// packA packs A[m][k] = src[m·rs + k·cs] (elements) into row panels; it returns the
// panels' address in the workspace.
func (c *compiler) packA(src addr, M, K, rs, cs int) addr {
	dst := c.take(4 * padTo(M, c.tile.MR) * K)
	c.emit(packAArgs{Src: src, M: M, K: K, Rs: rs, Cs: cs, MR: c.tile.MR, Dst: dst}.call())
	return dst
}

// packB packs B[k][n] = src[k·rs + n·cs] into column strips.
func (c *compiler) packB(src addr, K, N, rs, cs int) addr {
	dst := c.take(4 * padTo(N, c.tile.NR) * K)
	c.emit(packBArgs{Src: src, K: K, N: N, Rs: rs, Cs: cs, NR: c.tile.NR, Dst: dst}.call())
	return dst
}

// packWeight packs weight w as key says, into its cache slot when it has one and the
// routine being compiled does not write it (the routine's prep list then does the
// packing, see packcache.go), else into the workspace on every run.
func (c *compiler) packWeight(key packKey) addr {
	i, ok := c.l.packs[key]
	if !ok || anyOverlaps(c.l.entries[i].src, c.writes) {
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
func (c *compiler) packedWeight(op kernels.Op) addr {
	key, _, _ := c.l.weightKey(op)
	return c.packWeight(key)
}

// gemm emits C = A·B, or C += A·B when acc, for packed A and B; C has row stride ldc.
func (c *compiler) gemm(pa, pb, dst addr, M, N, K, ldc int, acc bool) {
	c.gemmRun(gemmArgs{Pa: pa, Pb: pb, C: dst, M: M, N: N, K: K, Ldc: ldc, Accumulate: acc})
}

// gemmRun emits the GEMM a (A packed unless a.Lda > 0, when it is row-major with that
// row stride; a.Count products, 1 when 0; C through a batch norm's output stage when
// a.Scale ≠ 0) with this program's tile and scratch.
func (c *compiler) gemmRun(a gemmArgs) {
	a.Scratch, a.Count = c.l.scratch, max(a.Count, 1)
	a.Group = c.stripGroup(a)
	c.emit(a.call(c.tile.String()))
}

// minTilesPerThread is how many tiles a GEMM leaves each thread at least, by taking
// fewer strips per tile (so a slow thread holds up the end little). 0 gives every
// tile all the strips of its block: tests set it to take that path on small shapes.
var minTilesPerThread = 4

// stripGroup is how many column strips one tile of GEMM a takes: as many as leave
// minTilesPerThread tiles per thread, at most all. A tile then reads its block of A's
// rows once for all its strips, where a tile per strip read it once per strip, and on
// another thread; with one block (a weight gradient's few output channels) that is all
// of A. Per-op profiles of batch-32 training steps: the stem's forward GEMM 126 -> 108
// ms, the stride-2 forward ones 200 -> 179 ms, the stem's filter gradient 219 -> 189 ms.
func (c *compiler) stripGroup(a gemmArgs) int {
	strips := ceil(a.N, c.tile.NR)
	if minTilesPerThread == 0 {
		return strips
	}
	tiles := ceil(a.M, blockRows) * a.Count * strips
	return max(1, min(strips, tiles/(minTilesPerThread*c.threads)))
}

// withStage is a with st's output stage.
func (a gemmArgs) withStage(st outStage) gemmArgs {
	a.Scale, a.Shift, a.Res, a.Relu = st.scale, st.shift, st.res, st.relu
	return a
}

// im2col emits the col matrix of nimg images from n0 into the workspace.
func (c *compiler) im2col(s kernels.ConvShape, x addr, n0, nimg int) addr {
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	col := c.take(4 * nimg * pix * taps)
	c.emit(im2colArgs{X: x, H: s.H, W: s.W, C: s.C, OH: s.OutH(), OW: s.OutW(), R: s.R, S: s.S,
		Stride: s.Stride, Pad: s.Pad, M0: n0 * pix, Rows: nimg * pix, Col: col}.call())
	return col
}

// conv: Y[pix][k] = col[pix][rsc] · W[k][rsc]ᵀ, chunk by chunk (or by Winograd).
func (c *compiler) conv(o kernels.Conv2D) error { return c.convTo(o, c.buf(o.Y), outStage{}) }

// convTo runs convolution o into y (o.Y, or a fused batch norm's output), each output
// through st.
func (c *compiler) convTo(o kernels.Conv2D, y addr, st outStage) error {
	s := o.ConvShape
	key, _, _ := c.l.weightKey(o) // weightKey picks Winograd where it fits
	if key.winoS2D {
		c.convS2D(s, c.buf(o.X), y, key, st)
		return nil
	}
	if key.wino != 0 {
		c.convWinograd(s, c.buf(o.X), y, key, st)
		return nil
	}
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	pb := c.packWeight(key)
	if directConv(s) {
		c.convDirect(s, c.buf(o.X), y, pb, st)
		return nil
	}
	chunk := s.ImagesPerChunk(colBudget)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		// A is X itself (pointwise) or its im2col matrix, read in place, row-major.
		a := c.buf(o.X) + addr(4*n0*s.H*s.W*s.C)
		if !s.Pointwise() {
			a = c.im2col(s, c.buf(o.X), n0, nimg)
		}
		off := addr(4 * n0 * pix * s.K)
		c.gemmRun(gemmArgs{Pa: a, Lda: taps, Pb: pb, C: y + off, M: nimg * pix, N: s.K, K: taps, Ldc: s.K}.withStage(st.at(off)))
	}
	return nil
}

// directConv reports whether convolution s runs forward from a zero-padded copy of its
// input (convDirect) rather than an im2col matrix: where the input has few channels
// (the stem: 3, im2col copies every value about 12 times over, 7.4 MB an image) and
// the taps fit one GEMM depth chunk, as micro_seg needs.
func directConv(s kernels.ConvShape) bool {
	return !s.Pointwise() && s.C < directMaxC && s.R*s.S*s.C <= gemmKC
}

// directMaxC bounds the input channels of a direct convolution (directConv); tests set
// it to 0 to compare with the im2col path.
var directMaxC = 16

// convDirect: per chunk of images, pad them into the workspace (pad), then per image
// one GEMM of OH products, one per output row: row ow of product oh reads its taps as R
// runs of S·C values, a padded row apart, from pixel (oh·stride, ow·stride) of the
// padded image (gemm's segK), in im2col's order: the same products, the same bits.
func (c *compiler) convDirect(s kernels.ConvShape, x, y, pb addr, st outStage) {
	oh, ow := s.OutH(), s.OutW()
	hp, wp := (oh-1)*s.Stride+s.R, (ow-1)*s.Stride+s.S // the rows and columns windows reach
	imgBytes := 4 * hp * wp * s.C
	chunk := s.ImagesPerChunk(colBudget)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		xp := c.take(nimg * imgBytes) // an edge panel's rows past OW read row 0 (micro_seg)
		c.emit(padArgs{X: x + addr(4*n0*s.H*s.W*s.C), N: nimg, H: s.H, W: s.W, C: s.C, Top: s.Pad, Left: s.Pad,
			HP: hp, WP: wp, Dst: xp}.call())
		for n := n0; n < n0+nimg; n++ {
			off := addr(4 * n * oh * ow * s.K)
			c.gemmRun(gemmArgs{Pa: xp + addr((n-n0)*imgBytes), Lda: s.Stride * s.C, Pb: pb, C: y + off, M: ow, N: s.K,
				K: s.R * s.S * s.C, Ldc: s.K, Count: oh, StrideA: 4 * s.Stride * wp * s.C, StrideC: 4 * ow * s.K,
				SegK: s.S * s.C, SegBytes: 4 * wp * s.C}.withStage(st.at(off)))
		}
	}
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

// convWinograd: per chunk of images, transform the input tiles, run the α²
// products V_ξ·U_ξ as one batched GEMM, and transform back into Y
// (internal/gen/winograd.go). s is the convolution run: input x N×H×W×C, output y
// N×H×W×K, its filters transformed as key says (F(m×m, 3×3), m = key.wino, at stride 2
// when key.winoStride2).
func (c *compiler) convWinograd(s kernels.ConvShape, x, y addr, key packKey, st outStage) {
	pu, uStride := c.packWeight(key), winoStride(key.matBytes(c.tile.NR))
	m, mats := key.wino, key.winoMats()
	th, tw := ceil(s.OutH(), m), ceil(s.OutW(), m)
	chunk := max(1, min(s.N, colBudget/(mats*th*tw*max(s.C, s.K))))
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		T, t0 := min(chunk, s.N-n0)*th*tw, n0*th*tw
		aStride, mStride := winoStride(4*T*s.C), winoStride(4*T*s.K)
		pv := c.take(mats * aStride)
		c.emit(winoInputArgs{X: x, H: s.H, W: s.W, C: s.C, TH: th, TW: tw, T0: t0, T: T, Dst: pv, MatBytes: aStride, Ld: s.C}.call(key.winoName()))
		pm := c.take(mats * mStride)
		if key.winoFused {
			c.emit(winoFusedArgs{Taps: pu, V: pv, M: pm, T: T, K: s.K, C: s.C, MatBytesV: aStride, MatBytesM: mStride,
				Scratch: c.l.scratch, Scratch0: c.l.scratch, Bufs: c.take(c.threads * mats * fusedUStride)}.call(key.winoName() + "_" + c.tile.String()))
		} else {
			c.gemmRun(gemmArgs{Pa: pv, Lda: s.C, Pb: pu, C: pm, M: T, N: s.K, K: s.C, Ldc: s.K,
				Count: mats, StrideA: aStride, StrideB: uStride, StrideC: mStride})
		}
		c.emit(winoOutputArgs{M: pm, T: T, K: s.K, OH: s.OutH(), OW: s.OutW(), TH: th, TW: tw, T0: t0, Y: y,
			MatBytes: mStride, Scale: st.scale, Shift: st.shift, Res: st.res, Relu: st.relu}.call(key.winoName()))
	}
}

// convS2D runs the stem s as Winograd F(3×3, 4×4) (internal/gen/stem.go): per chunk of
// images, space_to_depth writes the 4C-channel input of the equivalent 4×4 stride-1
// convolution into the workspace, and wino_conv_s2d runs that convolution into y.
func (c *compiler) convS2D(s kernels.ConvShape, x, y addr, key packKey, st outStage) {
	oh, ow := s.OutH(), s.OutW()
	hz, wz, cz := oh+3, ow+3, 4*s.C
	th, tw := ceil(oh, 3), ceil(ow, 3)
	pu, uBytes := c.packWeight(key), winoStride(key.matBytes(c.tile.NR))
	vBytes, mBytes := winoStride(4*fusedS2DTiles*cz), winoStride(4*fusedS2DTiles*s.K)
	bufs := c.take(c.threads * key.winoMats() * (vBytes + mBytes))
	chunk := max(1, min(s.N, colBudget/(hz*wz*cz)))
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		pz := c.take(nimg * 4 * hz * wz * cz)
		c.emit(spaceToDepthArgs{X: x + addr(4*n0*s.H*s.W*s.C), N: nimg, H: s.H, W: s.W, C: s.C, Pad: s.Pad,
			HZ: hz, WZ: wz, Dst: pz}.call())
		off := addr(4 * n0 * oh * ow * s.K)
		o := st.at(off)
		c.emit(winoConvS2dArgs{Z: pz, H: hz, W: wz, C: cz, TH: th, TW: tw, T: nimg * th * tw, U: pu, K: s.K,
			UBytes: uBytes, Y: y + off, OH: oh, OW: ow, Scale: o.scale, Shift: o.shift, Res: o.res, Relu: o.relu,
			VBytes: vBytes, MBytes: mBytes, Scratch: c.l.scratch, Scratch0: c.l.scratch, Bufs: bufs}.call(c.tile.String()))
	}
}

// convData: dcol[pix][rsc] = DY[pix][k] · W[k][rsc], then col2im gathers DX.
func (c *compiler) convData(o kernels.Conv2DBackwardData) error {
	s := o.ConvShape
	key, _, _ := c.l.weightKey(o)
	if key.wino != 0 {
		// DX = DY ⋆ rot180(W) with the channels swapped: again a 3×3 stride-1 conv.
		t := s
		t.C, t.K = s.K, s.C
		c.convWinograd(t, c.buf(o.DY), c.buf(o.DX), key, outStage{})
		return nil
	}
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	pb := c.packWeight(key)
	chunk := s.ImagesPerChunk(colBudget)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		nimg := min(chunk, s.N-n0)
		dy := c.buf(o.DY) + addr(4*n0*pix*s.K) // A, read in place
		if s.Pointwise() {
			c.gemmRun(gemmArgs{Pa: dy, Lda: s.K, Pb: pb, C: c.buf(o.DX) + addr(4*n0*s.H*s.W*s.C), M: nimg * pix, N: taps, K: s.K, Ldc: taps})
			continue
		}
		dcol := c.take(4 * nimg * pix * taps)
		c.gemmRun(gemmArgs{Pa: dy, Lda: s.K, Pb: pb, C: dcol, M: nimg * pix, N: taps, K: s.K, Ldc: taps})
		c.emit(col2imArgs{Dcol: dcol, Dx: c.buf(o.DX), N0: n0, Nimg: nimg, H: s.H, W: s.W, C: s.C, OH: s.OutH(), OW: s.OutW(),
			R: s.R, S: s.S, Stride: s.Stride, Pad: s.Pad}.call())
	}
	return nil
}

// convFilter: DW[k][rsc] = Σ over chunks of DY[pix][k]ᵀ · col[pix][rsc] (or by
// Winograd).
func (c *compiler) convFilter(o kernels.Conv2DBackwardFilter) error {
	s := o.ConvShape
	if m := c.l.winoTile(s); m != 0 {
		c.convFilterWinograd(o, m)
		return nil
	}
	pix, taps := s.OutH()*s.OutW(), s.R*s.S*s.C
	chunk := s.ImagesPerChunk(colBudget)
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = 0
		nimg := min(chunk, s.N-n0)
		pa := c.packA(c.buf(o.DY)+addr(4*n0*pix*s.K), s.K, nimg*pix, 1, s.K)
		var pb addr
		switch {
		case s.Pointwise():
			pb = c.packB(c.buf(o.X)+addr(4*n0*s.H*s.W*s.C), nimg*pix, taps, taps, 1)
		case s.C%c.tile.NR == 0:
			// im2col straight into B's strips: one pass over the taps instead of two.
			pb = c.take(4 * nimg * pix * taps)
			c.emit(im2colBArgs{X: c.buf(o.X), H: s.H, W: s.W, C: s.C, OH: s.OutH(), OW: s.OutW(), R: s.R, S: s.S,
				Stride: s.Stride, Pad: s.Pad, M0: n0 * pix, Rows: nimg * pix, NR: c.tile.NR, Dst: pb}.call())
		default:
			pb = c.packB(c.im2col(s, c.buf(o.X), n0, nimg), nimg*pix, taps, taps, 1)
		}
		c.gemm(pa, pb, c.buf(o.DW), s.K, taps, nimg*pix, taps, n0 > 0)
	}
	return nil
}

// dyRow is the row stride (elements) of wino_dy's [T][K] matrices: 16 past K, so the
// GEMM's steps down a column (one row each) spread over L1's 64 cache sets; at K·4
// bytes (2 KiB at 512 channels) a 256-step chunk of a column would fall in 2 of them.
// Per-op profiles measured the filter-gradient GEMMs the same either way, within the
// noise (against the forward GEMMs, medians 1.09 padded and 1.12 not).
func dyRow(k int) int { return k + 16 }

// convFilterWinograd: per chunk of images, transform the output-gradient tiles and the
// input tiles, accumulate the (m+2)² products M_ξ = U_ξ·V_ξ over the chunks in one
// batched GEMM each, then transform M into DW (internal/gen/winograd.go, F(3×3, m×m),
// m as the forward convolution's).
func (c *compiler) convFilterWinograd(o kernels.Conv2DBackwardFilter, m int) {
	s := o.ConvShape
	mats := (m + 2) * (m + 2)
	th, tw := ceil(s.OutH(), m), ceil(s.OutW(), m)
	chunk := max(1, min(s.N, colBudget/(mats*th*tw*max(s.C, s.K))))
	mStride := winoStride(4 * s.K * s.C)
	pm := c.take(mats * mStride)
	mark := c.ws
	for n0 := 0; n0 < s.N; n0 += chunk {
		c.ws = mark
		T, t0 := min(chunk, s.N-n0)*th*tw, n0*th*tw
		// U_ξ is [T][K] with rows dyRow apart, read as a column-major A: an edge
		// panel's rows past K read into the row's padding.
		uStride, vStride := winoStride(4*dyRow(s.K)*T), winoStride(4*padTo(s.C, c.tile.NR)*T)
		pu, pv := c.take(mats*uStride), c.take(mats*vStride)
		c.emit(winoDyArgs{Dy: c.buf(o.DY), OH: s.OutH(), OW: s.OutW(), K: s.K, TH: th, TW: tw, T0: t0, T: T, Dst: pu,
			MatBytes: uStride, Ld: dyRow(s.K)}.call(fmt.Sprint(m)))
		c.emit(winoInputBArgs{X: c.buf(o.X), H: s.H, W: s.W, C: s.C, TH: th, TW: tw, T0: t0, T: T, NR: c.tile.NR,
			Dst: pv, MatBytes: vStride}.call(fmt.Sprint(m)))
		c.gemmRun(gemmArgs{Pa: pu, Ldat: dyRow(s.K), Pb: pv, C: pm, M: s.K, N: s.C, K: T, Ldc: s.C, Accumulate: n0 > 0,
			Count: mats, StrideA: uStride, StrideB: vStride, StrideC: mStride})
	}
	c.emit(winoWgradArgs{M: pm, K: s.K, C: s.C, Dw: c.buf(o.DW), MatBytes: mStride}.call(fmt.Sprint(m)))
}

// linear: Y = bias (every row), then Y += X · Wᵀ, as kernels/ref.
func (c *compiler) linear(o kernels.Linear) error {
	if o.N < 1 || o.In < 1 || o.Out < 1 {
		return fmt.Errorf("linear: N %d, In %d and Out %d must be at least 1", o.N, o.In, o.Out)
	}
	c.emit(bcastRowsArgs{Src: c.buf(o.Bias), Rows: o.N, Cols: o.Out, Dst: c.buf(o.Y)}.call())
	pb := c.packedWeight(o)
	c.gemmRun(gemmArgs{Pa: c.buf(o.X), Lda: o.In, Pb: pb, C: c.buf(o.Y), M: o.N, N: o.Out, K: o.In, Ldc: o.Out, Accumulate: true})
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
	c.emit(colsumArgs{Src: c.buf(o.DY), Rows: o.N, Cols: o.Out, Dst: c.buf(o.DBias)}.call())
	if o.DX != kernels.NoBuf {
		c.ws = 0
		pb := c.packB(c.buf(o.W), o.Out, o.In, o.In, 1)
		c.gemmRun(gemmArgs{Pa: c.buf(o.DY), Lda: o.Out, Pb: pb, C: c.buf(o.DX), M: o.N, N: o.In, K: o.Out, Ldc: o.In})
	}
	return nil
}

// bnTiles is the number of partial-sum tiles the row-sum kernels write.
func bnTiles(rows int) int { return ceil(rows, bnRowChunk) }

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
	var scale, shift addr
	if o.Train {
		scale, shift = c.take(4*o.C), c.take(4*o.C)
		nt := bnTiles(o.Rows)
		part, mean64, var64 := c.take(8*nt*o.C), c.take(8*o.C), c.take(8*o.C)
		c.emit(bnPsumArgs{X: c.buf(o.X), Rows: o.Rows, C: o.C, Part: part}.call())
		c.emit(bnReduceArgs{Part: part, Tiles: nt, Width: o.C, Div: o.Rows, Dst: mean64}.call())
		c.emit(bnPsqArgs{X: c.buf(o.X), Mean64: mean64, Rows: o.Rows, C: o.C, Part: part}.call())
		c.emit(bnReduceArgs{Part: part, Tiles: nt, Width: o.C, Div: o.Rows, Dst: var64}.call())
		c.emit(bnTrainFinishArgs{Mean64: mean64, Var64: var64, Gamma: c.buf(o.Gamma), Beta: c.buf(o.Beta),
			RunMean: c.buf(o.RunMean), RunVar: c.buf(o.RunVar), SaveMean: c.buf(o.SaveMean), SaveInvStd: c.buf(o.SaveInvStd),
			Scale: scale, Shift: shift, C: o.C, Rows: o.Rows, Eps: eps, Momentum: mom}.call())
	} else {
		scale, shift = c.bnCoefficients(o)
	}
	c.emit(bnApplyArgs{X: c.buf(o.X), Scale: scale, Shift: shift, Res: c.opt(o.Residual), Y: c.buf(o.Y), Rows: o.Rows,
		C: o.C, Relu: o.ReLU}.call())
	return nil
}

// bnCoefficients returns the addresses of eval batch norm o's per-channel scale and
// shift, computed once per version of its parameters (packcache.go).
func (c *compiler) bnCoefficients(o kernels.BatchNorm) (scale, shift addr) {
	key, _, _ := c.l.weightKey(o)
	d := c.packWeight(key)
	return d, d + addr(4*o.C)
}

func (c *compiler) batchNormBackward(o kernels.BatchNormBackward) error {
	return c.batchNormBackwardMasked(o, 0)
}

// batchNormBackwardMasked is batchNormBackward with o.DY masked by a fused ReLU
// backward whose output is relu (0: none; fuse.go).
func (c *compiler) batchNormBackwardMasked(o kernels.BatchNormBackward, relu addr) error {
	if o.Rows < 1 || o.C < 1 {
		return fmt.Errorf("batchnorm_bwd: rows %d and channels %d must be at least 1", o.Rows, o.C)
	}
	nt := bnTiles(o.Rows)
	part, sums := c.take(8*nt*2*o.C), c.take(8*2*o.C)
	k1, k2, k3 := c.take(4*o.C), c.take(4*o.C), c.take(4*o.C)
	c.emit(bnBwdPsumArgs{X: c.buf(o.X), Dy: c.buf(o.DY), Mean: c.buf(o.SaveMean), Relu: relu, Rows: o.Rows, C: o.C, Part: part}.call())
	c.emit(bnReduceArgs{Part: part, Tiles: nt, Width: 2 * o.C, Div: 1, Dst: sums}.call())
	c.emit(bnBwdFinishArgs{Sums64: sums, Gamma: c.buf(o.Gamma), Invstd: c.buf(o.SaveInvStd), Dgamma: c.buf(o.DGamma),
		Dbeta: c.buf(o.DBeta), K1: k1, K2: k2, K3: k3, C: o.C, Rows: o.Rows}.call())
	c.emit(bnBwdApplyArgs{X: c.buf(o.X), Dy: c.buf(o.DY), Mean: c.buf(o.SaveMean), Relu: relu, K1: k1, K2: k2, K3: k3, Dx: c.buf(o.DX),
		Rows: o.Rows, C: o.C}.call())
	return nil
}

func (c *compiler) maxPool(o kernels.MaxPool) error { return c.maxPoolIndex(o, c.buf(o.Index)) }

// maxPoolIndex runs max pool o with its argmax indices written at index, or not at all
// when index is 0.
func (c *compiler) maxPoolIndex(o kernels.MaxPool, index addr) error {
	s := o.PoolShape
	c.emit(maxpoolArgs{X: c.buf(o.X), Y: c.buf(o.Y), Index: index, N: s.N, H: s.H, W: s.W, C: s.C,
		OH: s.OutH(), OW: s.OutW(), Window: s.Window, Stride: s.Stride, Pad: s.Pad}.call())
	return nil
}

func (c *compiler) maxPoolBackward(o kernels.MaxPoolBackward) error {
	s := o.PoolShape
	c.emit(maxpoolBwdArgs{Dy: c.buf(o.DY), Index: c.buf(o.Index), Dx: c.buf(o.DX), N: s.N, InLen: s.H * s.W * s.C,
		OutLen: s.OutH() * s.OutW() * s.C, C: s.C}.call())
	return nil
}
