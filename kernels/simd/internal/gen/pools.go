package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// pools emits maxpool, maxpool_bwd, avgpool and avgpool_bwd.
func (k *kb) pools() {
	k.maxPool()
	k.maxPoolBackward()

	// avgpool(x, y, N, HW, C): y[n][c] = f32(Σ_hw f64(x) / HW), as kernels/ref.
	f, p := k.kernel("avgpool", Parallel, "x:addr y:addr N HW C")
	x, y, N, HW, C := p[0], p[1], p[2], p[3], p[4]
	acc := f.Local(w.F64)
	c, hw := f.Local(i32), f.Local(i32)
	tiles(f, N, func(n w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.Set(acc, w.F64c(0))
			f.For(hw, w.I32c(0), HW, 1, func() {
				f.Set(acc, w.DAdd(acc, w.F64FromF32(w.LoadF32(at(x, w.Add(w.Mul(w.Add(w.Mul(n, HW), hw), C), c)), 0))))
			})
			f.StoreF32(at(y, w.Add(w.Mul(n, C), c)), 0, w.F32FromF64(w.DDiv(acc, w.F64FromI32(HW))))
		})
	})

	// avgpool_bwd(dy, dx, N, HW, C): dx[n][hw][c] = f32(f64(dy[n][c]) · (1/HW)).
	f, p = k.kernel("avgpool_bwd", Parallel, "dy:addr dx:addr N HW C")
	dy, dx, N, HW, C := p[0], p[1], p[2], p[3], p[4]
	inv := f.Local(w.F64)
	c, hw = f.Local(i32), f.Local(i32)
	f.Set(inv, w.DDiv(w.F64c(1), w.F64FromI32(HW)))
	tiles(f, N, func(n w.Local) {
		f.For(hw, w.I32c(0), HW, 1, func() {
			f.For(c, w.I32c(0), C, 1, func() {
				f.StoreF32(at(dx, w.Add(w.Mul(w.Add(w.Mul(n, HW), hw), C), c)), 0,
					w.F32FromF64(w.DMul(w.F64FromF32(w.LoadF32(at(dy, w.Add(w.Mul(n, C), c)), 0)), inv)))
			})
		})
	})
}

// maxPool emits maxpool(x, y, index, N, H, W, C, OH, OW, win, stride, pad): windows are
// clipped to the input (padding never wins); the first maximum in row-major window
// order is kept, a later value winning only when strictly greater or NaN. Channels go
// four at a time with lane masks. With index 0 no indices are written (nobody reads
// them: eval's max pool). One tile per output row.
func (k *kb) maxPool() {
	f, p := k.kernel("maxpool", Parallel, "x:addr y:addr index:addr N H W C OH OW window stride pad")
	x, y, idx, N, H, W, C, OH, OW, win, stride, pad := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]
	n, oh, ow, h0, h1, w0, w1, h, wc, out, pix := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	best, bidx, v, m := f.Local(w.V128), f.Local(w.V128), f.Local(w.V128), f.Local(w.V128)
	bs, vs := f.Local(f32), f.Local(f32)
	bi, full3, corner, rowBytes, pixBytes := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	f.Set(pixBytes, w.Shl(C, w.I32c(2)))
	f.Set(rowBytes, w.Mul(W, pixBytes))
	maxS := func(a, b w.Value) w.Value { return w.Select(a, b, w.GtS(a, b)) }
	tiles(f, w.Mul(N, OH), func(t w.Local) {
		f.Set(n, w.DivS(t, OH))
		f.Set(oh, w.RemS(t, OH))
		f.Set(h0, maxS(w.Sub(w.Mul(oh, stride), pad), w.I32c(0)))
		f.Set(h1, w.MinS(w.Add(w.Sub(w.Mul(oh, stride), pad), win), H))
		f.For(ow, w.I32c(0), OW, 1, func() {
			f.Set(w0, maxS(w.Sub(w.Mul(ow, stride), pad), w.I32c(0)))
			f.Set(w1, w.MinS(w.Add(w.Sub(w.Mul(ow, stride), pad), win), W))
			f.Set(out, w.Mul(w.Add(w.Mul(t, OW), ow), C))
			f.Set(full3, w.And(w.Eq(w.Sub(h1, h0), w.I32c(3)), w.Eq(w.Sub(w1, w0), w.I32c(3))))
			pixel := func(hh, ww w.Value) w.Value { return w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), hh), W), ww), C) }
			// tail runs one channel's window (the channels past the last four).
			tail := func(c w.Local) {
				f.Set(bi, w.Add(pixel(h0, w0), c))
				f.Set(bs, w.LoadF32(at(x, bi), 0))
				f.For(h, h0, h1, 1, func() {
					f.For(wc, w0, w1, 1, func() {
						f.Set(pix, w.Add(pixel(h, wc), c))
						f.Set(vs, w.LoadF32(at(x, pix), 0))
						f.If(w.Or(w.FGt(vs, bs), w.FNe(vs, vs)), func() {
							f.Set(bs, vs)
							f.Set(bi, pix)
						})
					})
				})
				f.StoreF32(at(y, w.Add(out, c)), 0, bs)
				f.If(idx, func() { f.StoreI32(at(idx, w.Add(out, c)), 0, bi) })
			}
			// take compares the four channels at addr (element index pix) with the best so
			// far: a later value wins when strictly greater or NaN.
			take := func(addr, pix w.Value, index bool) {
				f.Set(v, w.LoadV128(addr, 0))
				f.Set(m, w.VOr(w.VGt(v, best), w.VNe(v, v)))
				f.Set(best, w.VBitselect(v, best, m))
				if index {
					f.Set(bidx, w.VBitselect(w.VI32Add(w.VI32Splat(pix), w.VI32x4(0, 1, 2, 3)), bidx, m))
				}
			}
			// window3 is window's vector body for a whole 3×3 window, unrolled, in the
			// same order: nine loads a row or pixel apart from the corner, no index
			// arithmetic per element (the stem's pool, 3×3 at stride 2).
			window3 := func(c w.Local, index bool) {
				f.Set(corner, at(x, w.Add(pixel(h0, w0), c)))
				f.Set(best, w.LoadV128(corner, 0))
				elem := func(addr w.Value) w.Value { return w.ShrU(w.Sub(addr, x), w.I32c(2)) }
				if index {
					f.Set(bidx, w.VI32Add(w.VI32Splat(elem(corner)), w.VI32x4(0, 1, 2, 3)))
				}
				for e := 1; e < 9; e++ {
					addr := w.Add(corner, w.Add(w.Mul(rowBytes, w.I32c(int32(e/3))), w.Mul(pixBytes, w.I32c(int32(e%3)))))
					f.Set(pix, addr)
					take(pix, elem(pix), index)
				}
				f.StoreV128(at(y, w.Add(out, c)), 0, best)
				if index {
					f.StoreV128(at(idx, w.Add(out, c)), 0, bidx)
				}
			}
			// window runs the four-channel windows, their argmax indices too when index.
			window := func(index bool) {
				vecLoop(f, w.I32c(0), C, func(c w.Local) {
					f.IfElse(full3, func() { window3(c, index) }, func() {
						f.Set(pix, w.Add(pixel(h0, w0), c))
						f.Set(best, w.LoadV128(at(x, pix), 0))
						if index {
							f.Set(bidx, w.VI32Add(w.VI32Splat(pix), w.VI32x4(0, 1, 2, 3)))
						}
						f.For(h, h0, h1, 1, func() {
							f.For(wc, w0, w1, 1, func() {
								f.Set(pix, w.Add(pixel(h, wc), c))
								take(at(x, pix), pix, index)
							})
						})
						f.StoreV128(at(y, w.Add(out, c)), 0, best)
						if index {
							f.StoreV128(at(idx, w.Add(out, c)), 0, bidx)
						}
					})
				}, tail)
			}
			f.IfElse(idx, func() { window(true) }, func() { window(false) })
		})
	})
}

// maxPoolBackward emits maxpool_bwd(dy, index, dx, N, inLen, outLen, C) with inLen and
// outLen the per-image element counts: dx of image n is zeroed, then dx[index[j]] +=
// dy[j] for its outputs j in order. An index outside image n or channel j%C is refused
// (ErrPoolIndex). One tile per image, so scatters never race.
func (k *kb) maxPoolBackward() {
	f, p := k.kernel("maxpool_bwd", Parallel|Checked, "dy:addr index:addr dx:addr N inLen outLen C")
	dy, idx, dx, N, inLen, outLen, C := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	j, i, base := f.Local(i32), f.Local(i32), f.Local(i32)
	tiles(f, N, func(n w.Local) {
		f.Set(base, w.Mul(n, inLen))
		zeroF32(f, at(dx, base), inLen)
		f.Block(func(done w.Label) {
			f.For(j, w.Mul(n, outLen), w.Mul(w.Add(n, w.I32c(1)), outLen), 1, func() {
				f.Set(i, w.LoadI32(at(idx, j), 0))
				f.If(w.Or(w.Or(w.LtS(i, base), w.GeS(i, w.Add(base, inLen))), w.Ne(w.RemS(i, C), w.RemS(j, C))), func() {
					fail(f, ErrPoolIndex, j)
					f.Br(done)
				})
				f.StoreF32(at(dx, i), 0, w.FAdd(w.LoadF32(at(dx, i), 0), w.LoadF32(at(dy, j), 0)))
			})
		})
	})
}
