package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// ErrAddr is the byte address of the error word: kernels that can refuse their input
// store a non-zero code there (the host zeroes it before and reads it after).
const ErrAddr = 4

// Error codes stored at ErrAddr; the word after it (ErrAddr+4) holds the offending
// element index.
const (
	ErrNoVelocity = 1 // sgd: momentum ≠ 0 without a velocity buffer
	ErrPoolIndex  = 2 // maxpool_bwd: an index outside its image and channel
	ErrLabel      = 3 // softmax_xent: a label ≥ classes
)

func fail(f *w.Func, code int32, index w.Value) {
	f.AtomicStoreI32(w.I32c(0), ErrAddr+4, index)
	f.AtomicStoreI32(w.I32c(0), ErrAddr, w.I32c(code))
}

// elementwise emits the element-wise kernels, each split in tiles of ElemChunk.
func (k *kb) elementwise() {
	// add(a, b, y, n): y = a + b.
	f, p := k.kernel("add", Parallel, "a:addr b:addr y:addr n")
	a, b, y, n := p[0], p[1], p[2], p[3]
	chunks(f, n, ElemChunk, func(lo, hi w.Local) {
		vecLoop(f, lo, hi, func(i w.Local) {
			f.StoreV128(at(y, i), 0, w.VAdd(w.LoadV128(at(a, i), 0), w.LoadV128(at(b, i), 0)))
		}, func(i w.Local) {
			f.StoreF32(at(y, i), 0, w.FAdd(w.LoadF32(at(a, i), 0), w.LoadF32(at(b, i), 0)))
		})
	})

	// relu_bwd(y, dy, dx, n): dx = y > 0 ? dy : 0.
	f, p = k.kernel("relu_bwd", Parallel, "y:addr dy:addr dx:addr n")
	yy, dy, dx, n := p[0], p[1], p[2], p[3]
	chunks(f, n, ElemChunk, func(lo, hi w.Local) {
		vecLoop(f, lo, hi, func(i w.Local) {
			f.StoreV128(at(dx, i), 0, w.VAnd(w.LoadV128(at(dy, i), 0), w.VGt(w.LoadV128(at(yy, i), 0), w.VZero())))
		}, func(i w.Local) {
			f.StoreF32(at(dx, i), 0, w.Select(w.LoadF32(at(dy, i), 0), w.F32c(0), w.FGt(w.LoadF32(at(yy, i), 0), w.F32c(0))))
		})
	})

	k.sgd()

	// bcast_rows(src, rows, cols, dst): every row of dst [rows][cols] = src [cols].
	f, p = k.kernel("bcast_rows", Parallel, "src:addr rows cols dst:addr")
	src, rows, cols, dst := p[0], p[1], p[2], p[3]
	chunks(f, rows, RowChunk, func(lo, hi w.Local) {
		r := f.Local(i32)
		f.For(r, lo, hi, 1, func() { copyF32(f, at(dst, w.Mul(r, cols)), src, cols) })
	})

	// colsum(src, rows, cols, dst): dst[c] = Σ_r src[r][c], summed in float64 in row
	// order. One tile per 16 columns.
	f, p = k.kernel("colsum", Parallel, "src:addr rows cols dst:addr")
	src, rows, cols, dst = p[0], p[1], p[2], p[3]
	acc := f.Local(w.F64)
	c, r := f.Local(i32), f.Local(i32)
	chunks(f, cols, 16, func(lo, hi w.Local) {
		f.For(c, lo, hi, 1, func() {
			f.Set(acc, w.F64c(0))
			f.For(r, w.I32c(0), rows, 1, func() {
				f.Set(acc, w.DAdd(acc, w.F64FromF32(w.LoadF32(at(src, w.Add(w.Mul(r, cols), c)), 0))))
			})
			f.StoreF32(at(dst, c), 0, w.F32FromF64(acc))
		})
	})
}

// sgd emits sgd(param, grad, vel, hyper, n) with hyper = [lr, wd, momentum] in memory:
// g = grad + wd·param; with momentum, vel = momentum·vel + g and g = vel; param -= lr·g.
// vel = 0 means no velocity buffer.
func (k *kb) sgd() {
	f, p := k.kernel("sgd", Parallel|Checked, "param:addr grad:addr velocity:addr hyper:addr n")
	param, grad, vel, hyper, n := p[0], p[1], p[2], p[3], p[4]
	lr, wd, mom := f.Local(f32), f.Local(f32), f.Local(f32)
	vlr, vwd, vmom, g := f.Local(w.V128), f.Local(w.V128), f.Local(w.V128), f.Local(w.V128)
	s := f.Local(f32)
	f.Set(lr, w.LoadF32(hyper, 0))
	f.Set(wd, w.LoadF32(hyper, 4))
	f.Set(mom, w.LoadF32(hyper, 8))
	f.If(w.And(w.FNe(mom, w.F32c(0)), w.Eqz(vel)), func() {
		fail(f, ErrNoVelocity, w.I32c(0))
		f.Return()
	})
	f.Set(vlr, w.VSplat(lr))
	f.Set(vwd, w.VSplat(wd))
	f.Set(vmom, w.VSplat(mom))
	chunks(f, n, ElemChunk, func(lo, hi w.Local) {
		f.IfElse(w.FNe(mom, w.F32c(0)), func() {
			vecLoop(f, lo, hi, func(i w.Local) {
				f.Set(g, w.VAdd(w.LoadV128(at(grad, i), 0), w.VMul(vwd, w.LoadV128(at(param, i), 0))))
				f.Set(g, w.VAdd(w.VMul(vmom, w.LoadV128(at(vel, i), 0)), g))
				f.StoreV128(at(vel, i), 0, g)
				f.StoreV128(at(param, i), 0, w.VSub(w.LoadV128(at(param, i), 0), w.VMul(vlr, g)))
			}, func(i w.Local) {
				f.Set(s, w.FAdd(w.LoadF32(at(grad, i), 0), w.FMul(wd, w.LoadF32(at(param, i), 0))))
				f.Set(s, w.FAdd(w.FMul(mom, w.LoadF32(at(vel, i), 0)), s))
				f.StoreF32(at(vel, i), 0, s)
				f.StoreF32(at(param, i), 0, w.FSub(w.LoadF32(at(param, i), 0), w.FMul(lr, s)))
			})
		}, func() {
			vecLoop(f, lo, hi, func(i w.Local) {
				f.Set(g, w.VAdd(w.LoadV128(at(grad, i), 0), w.VMul(vwd, w.LoadV128(at(param, i), 0))))
				f.StoreV128(at(param, i), 0, w.VSub(w.LoadV128(at(param, i), 0), w.VMul(vlr, g)))
			}, func(i w.Local) {
				f.Set(s, w.FAdd(w.LoadF32(at(grad, i), 0), w.FMul(wd, w.LoadF32(at(param, i), 0))))
				f.StoreF32(at(param, i), 0, w.FSub(w.LoadF32(at(param, i), 0), w.FMul(lr, s)))
			})
		})
	})
}

// inputNormalize emits input(src, dst, npix, m0, m1, m2, s0, s1, s2):
// dst[3p+c] = (src[3p+c]/255 - m_c) / s_c for RGB pixels (uint8 in, float32 out).
// Four pixels at a time: their 12 bytes widen to three vectors whose lanes cycle
// through the channels, so the means and deviations come in three rotations. The same
// divisions and subtraction per value as one at a time: the same bits.
func (k *kb) inputNormalize() {
	f, p := k.kernel("input", Parallel, "src:addr dst:addr npix mean0:f32 mean1:f32 mean2:f32 std0:f32 std1:f32 std2:f32")
	src, dst, npix := p[0], p[1], p[2]
	mean, std := p[3:6], p[6:9]
	// rotation r of channel params x: lanes x[r], x[r+1], ... modulo 3.
	rotation := func(x []w.Local, r int) w.Local {
		v := f.Local(w.V128)
		f.Set(v, w.VSplat(x[r]))
		for lane := 1; lane < 4; lane++ {
			f.Set(v, w.VReplace(v, byte(lane), x[(r+lane)%3]))
		}
		return v
	}
	var means, stds [3]w.Local
	for r := range 3 {
		means[r], stds[r] = rotation(mean, r), rotation(std, r)
	}
	bytes, wide := f.Local(w.V128), f.Local(w.V128)
	chunks(f, npix, ElemChunk, func(lo, hi w.Local) {
		vecLoop(f, lo, hi, func(px w.Local) {
			// The 12 bytes exactly (8, then 4 into lane 2): no read past the pixels.
			s := w.Add(src, w.Mul(px, w.I32c(3)))
			f.Set(bytes, w.VI32Replace(w.Load64Zero(s, 0), 2, w.LoadI32(s, 8)))
			f.Set(wide, w.VU8ToU16Low(bytes))
			quads := []w.Value{w.VU16ToU32Low(wide), w.VU16ToU32High(wide), w.VU16ToU32Low(w.VU8ToU16High(bytes))}
			for r, q := range quads {
				v := w.VDiv(w.VF32FromI32(q), w.VSplat(w.F32c(255)))
				f.StoreV128(at(dst, w.Add(w.Mul(px, w.I32c(3)), w.I32c(int32(4*r)))), 0, w.VDiv(w.VSub(v, means[r]), stds[r]))
			}
		}, func(px w.Local) {
			for c := 0; c < 3; c++ {
				i := w.Add(w.Mul(px, w.I32c(3)), w.I32c(int32(c)))
				v := w.FDiv(w.F32FromI32(w.LoadU8(w.Add(src, i), 0)), w.F32c(255))
				f.StoreF32(at(dst, i), 0, w.FDiv(w.FSub(v, mean[c]), std[c]))
			}
		})
	})
}
