package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// batchNorm emits the batch norm kernels. Statistics follow kernels/ref: per-channel
// sums in float64 over tiles of BNRowChunk rows (partial sums [tile][width] in float64),
// reduced in float64, per-channel coefficients in float64, and a float32 apply pass.
//
// Train forward: bn_psum, bn_reduce (mean), bn_psq, bn_reduce (variance),
// bn_train_finish, bn_apply. Eval: bn_eval_finish, bn_apply. Backward: bn_bwd_psum,
// bn_reduce, bn_bwd_finish, bn_bwd_apply.
func (k *kb) batchNorm() {
	f64 := w.F64
	// Two channels at a time go through f64x2 lanes (pair), the last odd one alone
	// (single): each channel's partial sum still adds its rows in row order, in float64,
	// so the sums are the scalar loop's bits at half the instructions. A terms function
	// gives a channel's (or pair's) terms of one row, one per part of the width. Blocks
	// of 2·bnPairs channels keep their sums in registers over a tile's rows (summing
	// into the partials in memory loaded and stored every sum at every row); the
	// channels past the last block sum in memory.
	type terms func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value
	const bnPairs = 2
	rowSums := func(name, inputs string, single, pair terms) {
		// name(inputs..., rows, C, part): part[t][·] = Σ over the tile's rows.
		f, p := k.kernel(name, Parallel, inputs+" rows C part:addr")
		nIn := len(p) - 3
		in, rows, C, part := p[:nIn], p[nIn], p[nIn+1], p[nIn+2]
		nt := widthOf(name)
		row, ch, c0, dst := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
		sums := f.Locals(w.V128, nt*bnPairs)
		blocked := w.And(C, w.I32c(-2*bnPairs)) // channels in whole blocks
		// sumAt is the address of term j's partial sum of channel ch.
		sumAt := func(j int, ch w.Value) w.Value {
			return w.Add(dst, w.Shl(w.Add(w.Mul(C, w.I32c(int32(j))), ch), w.I32c(3)))
		}
		chunks(f, rows, BNRowChunk, func(lo, hi w.Local) {
			f.Set(dst, w.Add(part, w.Shl(w.Mul(w.DivS(lo, w.I32c(BNRowChunk)), w.Mul(C, w.I32c(int32(nt)))), w.I32c(3))))
			f.For(c0, w.I32c(0), blocked, 2*bnPairs, func() {
				for _, s := range sums {
					f.Set(s, w.VZero())
				}
				f.For(row, lo, hi, 1, func() {
					for b := 0; b < bnPairs; b++ {
						f.Set(ch, w.Add(c0, w.I32c(int32(2*b))))
						for j, v := range pair(f, in, row, ch, C) {
							f.Set(sums[j*bnPairs+b], w.DVAdd(sums[j*bnPairs+b], v))
						}
					}
				})
				for j := 0; j < nt; j++ {
					for b := 0; b < bnPairs; b++ {
						f.StoreV128(sumAt(j, w.Add(c0, w.I32c(int32(2*b)))), 0, sums[j*bnPairs+b])
					}
				}
			})
			for j := 0; j < nt; j++ {
				f.For(ch, blocked, C, 1, func() { f.StoreF64(sumAt(j, ch), 0, w.F64c(0)) })
			}
			f.For(row, lo, hi, 1, func() {
				f.For(ch, blocked, w.And(C, w.I32c(-2)), 2, func() {
					for j, v := range pair(f, in, row, ch, C) {
						f.StoreV128(sumAt(j, ch), 0, w.DVAdd(w.LoadV128(sumAt(j, ch), 0), v))
					}
				})
				f.If(w.And(C, w.I32c(1)), func() {
					f.Set(ch, w.Sub(C, w.I32c(1)))
					for j, v := range single(f, in, row, ch, C) {
						f.StoreF64(sumAt(j, ch), 0, w.DAdd(w.LoadF64(sumAt(j, ch), 0), v))
					}
				})
			})
		})
	}
	x64 := func(x, row, ch, C w.Value) w.Value {
		return w.F64FromF32(w.LoadF32(at(x, w.Add(w.Mul(row, C), ch)), 0))
	}
	x2 := func(x, row, ch, C w.Value) w.Value { // channels ch and ch+1 of row, as f64x2
		return w.DVPromoteLow(w.Load64Zero(at(x, w.Add(w.Mul(row, C), ch)), 0))
	}
	// bn_psum(x, rows, C, part): Σ x.
	rowSums("bn_psum", "x:addr", func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		return []w.Value{x64(in[0], row, ch, C)}
	}, func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		return []w.Value{x2(in[0], row, ch, C)}
	})
	// bn_psq(x, mean64, rows, C, part): Σ (x-μ)², μ in float64.
	rowSums("bn_psq", "x:addr mean64:addr", func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		d := f.Local(f64)
		f.Set(d, w.DSub(x64(in[0], row, ch, C), w.LoadF64(w.Add(in[1], w.Shl(ch, w.I32c(3))), 0)))
		return []w.Value{w.DMul(d, d)}
	}, func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		d := f.Local(w.V128)
		f.Set(d, w.DVSub(x2(in[0], row, ch, C), w.LoadV128(w.Add(in[1], w.Shl(ch, w.I32c(3))), 0)))
		return []w.Value{w.DVMul(d, d)}
	})
	// bn_bwd_psum(x, dy, mean, relu, rows, C, part): part[t][c] = Σ dy, part[t][C+c] =
	// Σ dy·(x-μ). With relu ≠ 0 (the output of the ReLU before, whose backward is fused
	// here), dy is first masked as relu_bwd does: relu > 0 ? dy : 0.
	rowSums("bn_bwd_psum", "x:addr dy:addr mean:addr relu:addr", func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		d := f.Local(f64)
		f.Set(d, w.F64FromF32(reluMaskS(in[3], w.LoadF32(at(in[1], w.Add(w.Mul(row, C), ch)), 0),
			at(in[3], w.Add(w.Mul(row, C), ch)))))
		return []w.Value{d, w.DMul(d, w.DSub(x64(in[0], row, ch, C), w.F64FromF32(w.LoadF32(at(in[2], ch), 0))))}
	}, func(f *w.Func, in []w.Local, row, ch w.Local, C w.Value) []w.Value {
		d, dy, i := f.Local(w.V128), f.Local(w.V128), f.Local(i32)
		f.Set(i, at(w.I32c(0), w.Add(w.Mul(row, C), ch))) // byte offset of the pair
		f.Set(dy, w.Load64Zero(w.Add(in[1], i), 0))
		// relu_bwd's mask on both lanes (y read from address 0 when there is no ReLU).
		yv := w.Load64Zero(w.Select(w.Add(in[3], i), w.I32c(0), in[3]), 0)
		f.Set(d, w.DVPromoteLow(w.Select(w.VAnd(dy, w.VGt(yv, w.VZero())), dy, in[3])))
		return []w.Value{d, w.DVMul(d, w.DVSub(x2(in[0], row, ch, C), w.DVPromoteLow(w.Load64Zero(at(in[2], ch), 0))))}
	})

	// bn_reduce(part, tiles, width, div, dst64): dst[c] = Σ_t part[t][c] / div, summed in
	// t order; the tiles are walked in the outer loop so the partials stream in order.
	f, p := k.kernel("bn_reduce", Parallel, "part:addr tiles width div dst:addr")
	part, nt, width, div, dst := p[0], p[1], p[2], p[3], p[4]
	c, t, row := f.Local(i32), f.Local(i32), f.Local(i32)
	d64 := func(base, i w.Value) w.Value { return w.Add(base, w.Shl(i, w.I32c(3))) }
	chunks(f, width, 64, func(lo, hi w.Local) {
		f.For(c, lo, hi, 1, func() { f.StoreF64(d64(dst, c), 0, w.F64c(0)) })
		f.For(t, w.I32c(0), nt, 1, func() {
			f.Set(row, d64(part, w.Mul(t, width)))
			f.For(c, lo, hi, 1, func() {
				f.StoreF64(d64(dst, c), 0, w.DAdd(w.LoadF64(d64(dst, c), 0), w.LoadF64(d64(row, c), 0)))
			})
		})
		f.For(c, lo, hi, 1, func() {
			f.StoreF64(d64(dst, c), 0, w.DDiv(w.LoadF64(d64(dst, c), 0), w.F64FromI32(div)))
		})
	})

	// bn_train_finish(mean64, var64, gamma, beta, runMean, runVar, saveMean, saveInvStd,
	// scale, shift, C, rows, eps, momentum): as kernels/ref, in float64.
	f, p = k.kernel("bn_train_finish", Serial, "mean64:addr var64:addr gamma:addr beta:addr runMean:addr runVar:addr "+
		"saveMean:addr saveInvStd:addr scale:addr shift:addr C rows eps:f64 momentum:f64")
	mean64, var64, gamma, beta, runMean, runVar, saveMean, saveInvStd, scale, shift, C, rows, eps, mom :=
		p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13]
	mu, invstd, unbias, one := f.Local(f64), f.Local(f64), f.Local(f64), w.F64c(1)
	c = f.Local(i32)
	f.Set(unbias, w.DDiv(w.F64FromI32(rows), w.F64FromI32(w.Sub(rows, w.I32c(1)))))
	tiles(f, w.I32c(1), func(w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.Set(mu, w.LoadF64(w.Add(mean64, w.Shl(c, w.I32c(3))), 0))
			v := w.LoadF64(w.Add(var64, w.Shl(c, w.I32c(3))), 0)
			f.Set(invstd, w.DDiv(one, w.DSqrt(w.DAdd(v, eps))))
			f.StoreF32(at(saveMean, c), 0, w.F32FromF64(mu))
			f.StoreF32(at(saveInvStd, c), 0, w.F32FromF64(invstd))
			f.StoreF32(at(runMean, c), 0, w.F32FromF64(w.DAdd(w.DMul(w.DSub(one, mom), w.F64FromF32(w.LoadF32(at(runMean, c), 0))), w.DMul(mom, mu))))
			f.StoreF32(at(runVar, c), 0, w.F32FromF64(w.DAdd(w.DMul(w.DSub(one, mom), w.F64FromF32(w.LoadF32(at(runVar, c), 0))), w.DMul(w.DMul(mom, v), unbias))))
			affine(f, gamma, beta, scale, shift, c, mu, invstd)
		})
	})

	// bn_eval_finish(runMean, runVar, gamma, beta, scale, shift, C, eps).
	f, p = k.kernel("bn_eval_finish", Serial, "runMean:addr runVar:addr gamma:addr beta:addr scale:addr shift:addr C eps:f64")
	runMean, runVar, gamma, beta, scale, shift, C, eps = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
	mu, invstd = f.Local(f64), f.Local(f64)
	c = f.Local(i32)
	tiles(f, w.I32c(1), func(w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.Set(mu, w.F64FromF32(w.LoadF32(at(runMean, c), 0)))
			f.Set(invstd, w.DDiv(w.F64c(1), w.DSqrt(w.DAdd(w.F64FromF32(w.LoadF32(at(runVar, c), 0)), eps))))
			affine(f, gamma, beta, scale, shift, c, mu, invstd)
		})
	})

	// bn_apply(x, scale, shift, res, y, rows, C, relu): y = relu?(x·scale + shift + res?);
	// res = 0 means no residual.
	f, p = k.kernel("bn_apply", Parallel, "x:addr scale:addr shift:addr res:addr y:addr rows C relu:bool")
	x, scale, shift, res, y, rows, C, relu := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
	row, xr, yr, rr := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	v, vs := f.Local(w.V128), f.Local(f32)
	chunks(f, rows, RowChunk, func(lo, hi w.Local) {
		f.For(row, lo, hi, 1, func() {
			f.Set(xr, at(x, w.Mul(row, C)))
			f.Set(yr, at(y, w.Mul(row, C)))
			f.Set(rr, at(res, w.Mul(row, C)))
			vecLoop(f, w.I32c(0), C, func(i w.Local) {
				f.Set(v, w.LoadV128(at(xr, i), 0))
				bnOutV(f, v, w.LoadV128(at(scale, i), 0), w.LoadV128(at(shift, i), 0), at(rr, i), res, relu)
				f.StoreV128(at(yr, i), 0, v)
			}, func(i w.Local) {
				f.Set(vs, w.LoadF32(at(xr, i), 0))
				bnOutS(f, vs, w.LoadF32(at(scale, i), 0), w.LoadF32(at(shift, i), 0), at(rr, i), res, relu)
				f.StoreF32(at(yr, i), 0, vs)
			})
		})
	})

	// bn_bwd_finish(sums64, gamma, invstd, dgamma, dbeta, k1, k2, k3, C, rows): with
	// sums = [Σdy | Σdy·(x-μ)], dγ = Σdy·x̂, dβ = Σdy, k1 = γ·is, k2 = -k1·is·Σdy·x̂/n,
	// k3 = -k1·Σdy/n, as kernels/ref.
	f, p = k.kernel("bn_bwd_finish", Serial, "sums64:addr gamma:addr invstd:addr dgamma:addr dbeta:addr k1:addr k2:addr k3:addr C rows")
	sums, gamma, invstd32, dgamma, dbeta, k1, k2, k3, C, rows := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	is, sdy, sdyx, g, n := f.Local(f64), f.Local(f64), f.Local(f64), f.Local(f64), f.Local(f64)
	c = f.Local(i32)
	tiles(f, w.I32c(1), func(w.Local) {
		f.Set(n, w.F64FromI32(rows))
		f.For(c, w.I32c(0), C, 1, func() {
			f.Set(is, w.F64FromF32(w.LoadF32(at(invstd32, c), 0)))
			f.Set(sdy, w.LoadF64(w.Add(sums, w.Shl(c, w.I32c(3))), 0))
			f.Set(sdyx, w.DMul(w.LoadF64(w.Add(sums, w.Shl(w.Add(C, c), w.I32c(3))), 0), is))
			f.StoreF32(at(dgamma, c), 0, w.F32FromF64(sdyx))
			f.StoreF32(at(dbeta, c), 0, w.F32FromF64(sdy))
			f.Set(g, w.DMul(w.F64FromF32(w.LoadF32(at(gamma, c), 0)), is))
			f.StoreF32(at(k1, c), 0, w.F32FromF64(g))
			f.StoreF32(at(k2, c), 0, w.F32FromF64(w.DDiv(w.DMul(w.DMul(w.DSub(w.F64c(0), g), is), sdyx), n)))
			f.StoreF32(at(k3, c), 0, w.F32FromF64(w.DDiv(w.DMul(w.DSub(w.F64c(0), g), sdy), n)))
		})
	})

	// bn_bwd_apply(x, dy, mean, relu, k1, k2, k3, dx, rows, C): dx = k1·dy + k2·(x-μ) +
	// k3, dy masked by relu as in bn_bwd_psum.
	f, p = k.kernel("bn_bwd_apply", Parallel, "x:addr dy:addr mean:addr relu:addr k1:addr k2:addr k3:addr dx:addr rows C")
	x, dy, mean, relu, k1, k2, k3, dx, rows, C := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	row, xr, dr, or, rr := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	chunks(f, rows, RowChunk, func(lo, hi w.Local) {
		f.For(row, lo, hi, 1, func() {
			f.Set(xr, at(x, w.Mul(row, C)))
			f.Set(dr, at(dy, w.Mul(row, C)))
			f.Set(or, at(dx, w.Mul(row, C)))
			f.Set(rr, at(relu, w.Mul(row, C)))
			vecLoop(f, w.I32c(0), C, func(i w.Local) {
				f.StoreV128(at(or, i), 0, w.VAdd(w.VAdd(
					w.VMul(w.LoadV128(at(k1, i), 0), reluMaskV(relu, w.LoadV128(at(dr, i), 0), at(rr, i))),
					w.VMul(w.LoadV128(at(k2, i), 0), w.VSub(w.LoadV128(at(xr, i), 0), w.LoadV128(at(mean, i), 0)))),
					w.LoadV128(at(k3, i), 0)))
			}, func(i w.Local) {
				f.StoreF32(at(or, i), 0, w.FAdd(w.FAdd(
					w.FMul(w.LoadF32(at(k1, i), 0), reluMaskS(relu, w.LoadF32(at(dr, i), 0), at(rr, i))),
					w.FMul(w.LoadF32(at(k2, i), 0), w.FSub(w.LoadF32(at(xr, i), 0), w.LoadF32(at(mean, i), 0)))),
					w.LoadF32(at(k3, i), 0)))
			})
		})
	})
}

// widthOf is how many float64 partial sums per channel a row-sum kernel keeps.
func widthOf(name string) int {
	if name == "bn_bwd_psum" {
		return 2
	}
	return 1
}

// affine stores scale = f32(γ·invstd) and shift = f32(β - μ·γ·invstd) for channel c.
func affine(f *w.Func, gamma, beta, scale, shift, c w.Local, mu, invstd w.Local) {
	sc := f.Local(w.F64)
	f.Set(sc, w.DMul(w.F64FromF32(w.LoadF32(at(gamma, c), 0)), invstd))
	f.StoreF32(at(scale, c), 0, w.F32FromF64(sc))
	f.StoreF32(at(shift, c), 0, w.F32FromF64(w.DSub(w.F64FromF32(w.LoadF32(at(beta, c), 0)), w.DMul(mu, sc))))
}

// bnOutV emits v = relu?(v·scale + shift + res?) on four lanes, the residual loaded
// from resAt when hasRes is non-zero: bn_apply's arithmetic, shared with the fused
// output stages of gemm and wino_output so that a fused batch norm gives the same bits
// as a separate pass.
func bnOutV(f *w.Func, v w.Local, scale, shift, resAt, hasRes, relu w.Value) {
	f.Set(v, w.VAdd(w.VMul(v, scale), shift))
	f.If(hasRes, func() { f.Set(v, w.VAdd(v, w.LoadV128(resAt, 0))) })
	f.If(relu, func() { f.Set(v, w.VMax(v, w.VZero())) })
}

// bnOutS is bnOutV for one float.
func bnOutS(f *w.Func, v w.Local, scale, shift, resAt, hasRes, relu w.Value) {
	f.Set(v, w.FAdd(w.FMul(v, scale), shift))
	f.If(hasRes, func() { f.Set(v, w.FAdd(v, w.LoadF32(resAt, 0))) })
	f.If(relu, func() { f.Set(v, w.FMax(v, w.F32c(0))) })
}

// reluMaskV is dy with relu_bwd's mask when relu ≠ 0: dy & (y > 0) per lane, y loaded
// from yAt (relu = 0: dy as is; y is then not read).
func reluMaskV(relu, dy, yAt w.Value) w.Value {
	return w.Select(w.VAnd(dy, w.VGt(w.LoadV128(w.Select(yAt, w.I32c(0), relu), 0), w.VZero())), dy, relu)
}

// reluMaskS is reluMaskV for one float: relu_bwd's y > 0 ? dy : 0.
func reluMaskS(relu, dy, yAt w.Value) w.Value {
	return w.Select(w.Select(dy, w.F32c(0), w.FGt(w.LoadF32(w.Select(yAt, w.I32c(0), relu), 0), w.F32c(0))), dy, relu)
}
