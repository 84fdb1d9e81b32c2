package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// im2col emits im2col(x, H, W, C, OH, OW, R, S, stride, pad, m0, rows, col): for output
// pixels m0 ≤ m < m0+rows (m = (n·OH+oh)·OW+ow), col row m-m0 holds the R·S·C input
// taps in OHWI order, zero where the window leaves the input. Tiles of RowChunk rows.
// A window row inside the input is S·C floats in a row of x (NHWC), copied as one run:
// the stem's 3-channel taps would otherwise be 49 copies of 3 floats per pixel.
func (k *kb) im2col() {
	f, p := k.kernel("im2col", Parallel, "x:addr H W C OH OW R S stride pad m0 rows col:addr")
	x, H, W, C, OH, OW, R, S, stride, pad, m0, rows, col := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12]
	rsc, sc, mm, m, n, oh, ow, w0, r, s, h, wc, dst, d, src := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	f.Set(sc, w.Mul(S, C))
	f.Set(rsc, w.Mul(R, sc))
	chunks(f, rows, RowChunk, func(lo, hi w.Local) {
		f.For(mm, lo, hi, 1, func() {
			f.Set(m, w.Add(m0, mm))
			f.Set(n, w.DivS(m, w.Mul(OH, OW)))
			f.Set(oh, w.DivS(w.RemS(m, w.Mul(OH, OW)), OW))
			f.Set(ow, w.RemS(m, OW))
			f.Set(w0, w.Sub(w.Mul(ow, stride), pad))
			f.Set(dst, at(col, w.Mul(mm, rsc)))
			f.For(r, w.I32c(0), R, 1, func() {
				f.Set(h, w.Add(w.Sub(w.Mul(oh, stride), pad), r))
				f.Set(d, at(dst, w.Mul(r, sc)))
				f.Set(src, at(x, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), h), W), w0), C))) // tap (r, 0)
				// Unsigned compares also reject negative coordinates.
				f.IfElse(w.LtU(h, H), func() {
					f.IfElse(w.And(w.GeS(w0, w.I32c(0)), w.LeS(w.Add(w0, S), W)), func() {
						copyF32(f, d, src, sc)
					}, func() { // the window row crosses the left or right edge
						f.For(s, w.I32c(0), S, 1, func() {
							f.Set(wc, w.Add(w0, s))
							f.IfElse(w.LtU(wc, W), func() {
								copyF32(f, d, src, C)
							}, func() {
								zeroF32(f, d, C)
							})
							f.Set(d, at(d, C))
							f.Set(src, at(src, C))
						})
					})
				}, func() {
					zeroF32(f, d, sc)
				})
			})
		})
	})
}

// pad emits pad(x, N, H, W, C, top, left, HP, WP, dst): dst [N][HP][WP][C] is the NHWC
// tensor x [N][H][W][C] placed at row top and column left, zero around it; rows and
// columns past HP or WP are dropped. A convolution whose filter rows gemm_<t> reads in
// runs from it (segK) needs no im2col. One tile per row of dst.
func (k *kb) pad() {
	f, p := k.kernel("pad", Parallel, "x:addr N H W C top left HP WP dst:addr")
	x, H, W, C, top, left, HP, WP, dst := p[0], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	N := p[1]
	h, row := f.Local(i32), f.Local(i32)
	tiles(f, w.Mul(N, HP), func(t w.Local) {
		f.Set(row, at(dst, w.Mul(w.Mul(t, WP), C)))
		zeroF32(f, row, w.Mul(WP, C))
		f.Set(h, w.Sub(w.RemS(t, HP), top))
		f.If(w.LtU(h, H), func() { // unsigned: h < 0 fails too
			src := at(x, w.Mul(w.Mul(w.Add(w.Mul(w.DivS(t, HP), H), h), W), C))
			copyF32(f, at(row, w.Mul(left, C)), src, w.Mul(w.MinS(W, w.Sub(WP, left)), C))
		})
	})
}

// col2im emits col2im(dcol, dx, n0, nimg, H, W, C, OH, OW, R, S, stride, pad): for the
// images n0 ≤ n < n0+nimg, every input pixel of dx is the sum of the dcol taps that
// read it (a gather, so tiles never write the same pixel). dcol rows count from image
// n0. One tile per input row.
func (k *kb) col2im() {
	f, p := k.kernel("col2im", Parallel, "dcol:addr dx:addr n0 nimg H W C OH OW R S stride pad")
	dcol, dx, n0, nimg, H, W, C, OH, OW, R, S, stride, pad := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12]
	rsc, nn, h, wc, d, r, s, th, tw := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32)
	f.Set(rsc, w.Mul(w.Mul(R, S), C))
	hits := func(t, lim w.Value) w.Value { // t ≥ 0, t divisible by stride, t/stride < lim
		return w.And(w.GeS(t, w.I32c(0)), w.And(w.Eqz(w.RemS(t, stride)), w.LtS(w.DivS(t, stride), lim)))
	}
	tiles(f, w.Mul(nimg, H), func(t w.Local) {
		f.Set(nn, w.DivS(t, H))
		f.Set(h, w.RemS(t, H))
		f.For(wc, w.I32c(0), W, 1, func() {
			f.Set(d, at(dx, w.Mul(w.Add(w.Mul(w.Add(w.Mul(w.Add(n0, nn), H), h), W), wc), C)))
			zeroF32(f, d, C)
			f.For(r, w.I32c(0), R, 1, func() {
				f.Set(th, w.Sub(w.Add(h, pad), r))
				f.If(hits(th, OH), func() {
					f.For(s, w.I32c(0), S, 1, func() {
						f.Set(tw, w.Sub(w.Add(wc, pad), s))
						f.If(hits(tw, OW), func() {
							row := w.Add(w.Mul(w.Add(w.Mul(nn, OH), w.DivS(th, stride)), OW), w.DivS(tw, stride))
							addF32(f, d, at(dcol, w.Add(w.Mul(row, rsc), w.Mul(w.Add(w.Mul(r, S), s), C))), C)
						})
					})
				})
			})
		})
	})
}

// im2colB emits im2col_b(x, H, W, C, OH, OW, R, S, stride, pad, m0, rows, NR, dst): the
// col matrix of im2col for pixels m0 ≤ m < m0+rows written straight into pack_b's
// column strips ([strip][rows][NR]), for C a multiple of NR, so every tap's C channels
// fill whole strips and the filter-gradient GEMM needs no separate pack pass.
func (k *kb) im2colB() {
	f, p := k.kernel("im2col_b", Parallel, "x:addr H W C OH OW R S stride pad m0 rows NR dst:addr")
	x, H, W, C, OH, OW, R, S, stride, pad, m0, rows, NR, dst := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13]
	mm, m, n, oh, ow, r, s, h, wc, c, src, d, strip := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	inside := f.Local(i32)
	chunks(f, rows, RowChunk, func(lo, hi w.Local) {
		f.For(mm, lo, hi, 1, func() {
			f.Set(m, w.Add(m0, mm))
			f.Set(n, w.DivS(m, w.Mul(OH, OW)))
			f.Set(oh, w.DivS(w.RemS(m, w.Mul(OH, OW)), OW))
			f.Set(ow, w.RemS(m, OW))
			f.For(r, w.I32c(0), R, 1, func() {
				f.Set(h, w.Add(w.Sub(w.Mul(oh, stride), pad), r))
				f.For(s, w.I32c(0), S, 1, func() {
					f.Set(wc, w.Add(w.Sub(w.Mul(ow, stride), pad), s))
					f.Set(inside, w.And(w.LtU(h, H), w.LtU(wc, W)))
					f.Set(src, at(x, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), h), W), wc), C)))
					f.ForBy(c, w.I32c(0), C, NR, func() {
						// Tap column j = (r·S+s)·C + c starts strip j/NR.
						f.Set(strip, w.DivS(w.Add(w.Mul(w.Add(w.Mul(r, S), s), C), c), NR))
						f.Set(d, at(dst, w.Mul(w.Add(w.Mul(strip, rows), mm), NR)))
						f.IfElse(inside, func() {
							copyF32(f, d, at(src, c), NR)
						}, func() {
							zeroF32(f, d, NR)
						})
					})
				})
			})
		})
	})
}
