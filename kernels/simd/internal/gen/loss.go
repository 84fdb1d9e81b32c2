package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// softmaxXent emits softmax_xent(logits, labels, dlogits, loss, correct, N, classes),
// one tile, in float64 as kernels/ref: per valid row (label ≥ 0) the first argmax, the
// log-sum-exp with the max subtracted, the loss and, when dlogits ≠ 0, (softmax -
// onehot)/V; padding rows get zero gradients. A label ≥ classes fails with ErrLabel.
func (k *kb) softmaxXent() {
	f, p := k.kernel("softmax_xent", Serial|Checked, "logits:addr labels:addr dlogits:addr loss:addr correct:addr N classes")
	logits, labels, dlogits, loss, correct, N, K := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	f64 := w.F64
	n, c, l, valid, best, hits, row := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	top, sum, lse, total, g := f.Local(f64), f.Local(f64), f.Local(f64), f.Local(f64), f.Local(f64)
	logit := func(c w.Value) w.Value { return w.LoadF32(at(row, c), 0) }
	tiles(f, w.I32c(1), func(w.Local) {
		f.For(n, w.I32c(0), N, 1, func() {
			f.Set(l, w.LoadI32(at(labels, n), 0))
			f.If(w.GeS(l, K), func() {
				fail(f, ErrLabel, n)
				f.Return()
			})
			f.If(w.GeS(l, w.I32c(0)), func() { f.Inc(valid, 1) })
		})
		f.For(n, w.I32c(0), N, 1, func() {
			f.Set(l, w.LoadI32(at(labels, n), 0))
			f.Set(row, at(logits, w.Mul(n, K)))
			f.IfElse(w.LtS(l, w.I32c(0)), func() {
				f.If(dlogits, func() { zeroF32(f, at(dlogits, w.Mul(n, K)), K) })
			}, func() {
				f.Set(best, w.I32c(0))
				f.For(c, w.I32c(1), K, 1, func() {
					f.If(w.FGt(logit(c), logit(best)), func() { f.Set(best, c) })
				})
				f.If(w.Eq(best, l), func() { f.Inc(hits, 1) })
				f.Set(top, w.F64FromF32(logit(best)))
				f.Set(sum, w.F64c(0))
				f.For(c, w.I32c(0), K, 1, func() {
					f.Set(sum, w.DAdd(sum, w.Call(k.exp, w.DSub(w.F64FromF32(logit(c)), top))))
				})
				f.Set(lse, w.DAdd(top, w.Call(k.log, sum)))
				f.Set(total, w.DAdd(total, w.DSub(lse, w.F64FromF32(logit(l)))))
				f.If(dlogits, func() {
					f.For(c, w.I32c(0), K, 1, func() {
						f.Set(g, w.Call(k.exp, w.DSub(w.F64FromF32(logit(c)), lse)))
						f.If(w.Eq(c, l), func() { f.Set(g, w.DSub(g, w.F64c(1))) })
						f.StoreF32(at(dlogits, w.Add(w.Mul(n, K), c)), 0, w.F32FromF64(w.DDiv(g, w.F64FromI32(valid))))
					})
				})
			})
		})
		f.StoreF32(loss, 0, w.F32c(0))
		f.If(w.GtS(valid, w.I32c(0)), func() {
			f.StoreF32(loss, 0, w.F32FromF64(w.DDiv(total, w.F64FromI32(valid))))
		})
		f.StoreI32(correct, 0, hits)
	})
}
