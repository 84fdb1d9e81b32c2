package gen

import (
	w "webtune/kernels/simd/internal/wasm"
)

// gemm emits micro_<t> and gemm_<t>.
//
// gemm_<t>(pa, pb, c, M, N, K, ldc, accumulate, scratch, count, strideA, strideB,
// strideC, scale, shift, res, relu, lda, group, ldat, segK, segBytes) computes C = A·B (or C += A·B
// when accumulate is 1) for C [M][N] with row stride ldc elements, count times: product
// b reads and writes the matrices strideA, strideB and strideC bytes further on (a
// batch of equal-shape products in one call, so one barrier; Winograd's 16 products are
// one call). With lda = 0, A is packed by pack_a (below); with lda > 0 it is read in
// place, row-major with row stride lda elements (no packing pass); with ldat > 0 (and
// lda = 0) it is read in place column-major, element (m, k) at m + k·ldat (a Winograd
// filter gradient's U_ξ, [tiles][channels]); with lda > 0 and segK > 0 each row is in
// runs of segK values segBytes apart (micro_seg: a convolution's filter rows read from
// its padded input, K at most KC). Rows of an edge panel past M are read, not
// kept: ldat must leave MR-1 readable elements past the last column. With scale ≠ 0,
// each finished tile of C then goes through a batch norm's output stage, C =
// relu?(C·scale[n] + shift[n] + res[m][n]?) (res, when ≠ 0, laid out as C; relu 0 or
// 1), while it is still in cache: a convolution's eval batch norm fused into it. A is
// packed by pack_a in row panels of MR ([panel][K][MR], zero-padded rows) and B by
// pack_b in column strips of NR ([strip][K][NR], zero-padded columns), so the
// microkernel never sees an edge; edge tiles go through a per-thread scratch tile of
// MR·NR floats. Tiles are a block of BlockRows rows by group strips (1 when group is
// 0); inside one, K is walked in KC chunks, each over every strip of the group, so a
// strip chunk stays in L1 while the block's panels stream past it and the block's chunk
// of A stays in cache for all the strips.
func (k *kb) gemm(t Tile) {
	micro, microRM, microCM := k.micro(t, packedA), k.micro(t, rowMajorA), k.micro(t, columnMajorA)
	microSeg := k.micro(t, segmentedA)
	k.microRM[t] = microRM
	f, p := k.variant("gemm", t.String(), Parallel,
		"pa:addr pb:addr c:addr M N K ldc accumulate:bool scratch:scratch count strideA strideB strideC "+
			"scale:addr shift:addr res:addr relu:bool lda group ldat segK segBytes")
	pa0, pb0, c0, M, N, K, ldc, accum, scratch := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]
	count, strideA, strideB, strideC := p[9], p[10], p[11], p[12]
	scale, shift, res0, relu, lda, group, ldat, segK, segBytes := p[13], p[14], p[15], p[16], p[17], p[18], p[19], p[20], p[21]

	resOff := f.Local(i32) // res - c: the residual's address is C's plus this
	pa, pb, c, perProduct, prod := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	MR, NR := w.I32c(int32(t.MR)), w.I32c(int32(t.NR))
	mb := int32(BlockRows / t.MR)

	npan, nstr, nblk := f.Local(i32), f.Local(i32), f.Local(i32)
	f.Set(npan, ceilDiv(M, MR))
	f.Set(nstr, ceilDiv(N, NR))
	f.Set(nblk, ceilDiv(npan, w.I32c(mb)))
	p0, p1, s, cols, rows := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	k0, kc, ld, pp, apan, bp, ctile := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	r, j := f.Local(i32), f.Local(i32)
	// callMicro runs the microkernel on A at apan (rows valid rows) into ctile.
	callMicro := func(ctile, ldcBytes w.Value) {
		f.IfElse(lda, func() {
			f.IfElse(segK, func() {
				f.Call(microSeg, apan, w.Shl(lda, w.I32c(2)), rows, bp, kc, segK, segBytes, ctile, ldcBytes, ld)
			}, func() {
				f.Call(microRM, apan, w.Shl(lda, w.I32c(2)), rows, bp, kc, ctile, ldcBytes, ld)
			})
		}, func() {
			f.IfElse(ldat, func() {
				f.Call(microCM, apan, w.Shl(ldat, w.I32c(2)), bp, kc, ctile, ldcBytes, ld)
			}, func() {
				f.Call(micro, apan, bp, kc, ctile, ldcBytes, ld)
			})
		})
	}

	// panels runs strip s's chunk (bp, kc deep from k0) over the block's panels p0..p1.
	panels := func() {
		f.For(pp, p0, p1, 1, func() {
			f.Set(rows, w.MinS(MR, w.Sub(M, w.Mul(pp, MR))))
			f.IfElse(lda, func() { // row-major A: row pp·MR, column k0
				f.Set(apan, at(pa, w.Add(w.Mul(w.Mul(pp, MR), lda), k0)))
			}, func() {
				f.IfElse(ldat, func() { // column-major A: column k0, row pp·MR
					f.Set(apan, at(pa, w.Add(w.Mul(k0, ldat), w.Mul(pp, MR))))
				}, func() { // panel pp, depth k0
					f.Set(apan, at(pa, w.Add(w.Mul(w.Mul(pp, K), MR), w.Mul(k0, MR))))
				})
			})
			f.Set(ctile, at(c, w.Add(w.Mul(w.Mul(pp, MR), ldc), w.Mul(s, NR))))
			microTile(f, t, rows, cols, ctile, ldc, scratch, ld, r, j, callMicro)
		})
	}

	// A tile is a block of rows by a group of strips (group of them, at least 1).
	sg, ngrp, s0, s1 := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	f.Set(sg, w.Select(group, w.I32c(1), w.GtS(group, w.I32c(0))))
	f.Set(ngrp, ceilDiv(nstr, sg))
	f.Set(perProduct, w.Mul(nblk, ngrp))
	tiles(f, w.Mul(count, perProduct), func(tile w.Local) {
		f.Set(prod, w.DivS(tile, perProduct))
		f.Set(pa, w.Add(pa0, w.Mul(prod, strideA)))
		f.Set(pb, w.Add(pb0, w.Mul(prod, strideB)))
		f.Set(c, w.Add(c0, w.Mul(prod, strideC)))
		f.Set(resOff, w.Sub(res0, c0))
		f.Set(tile, w.RemS(tile, perProduct))
		f.Set(s0, w.Mul(w.RemS(tile, ngrp), sg))
		f.Set(p0, w.Mul(w.DivS(tile, ngrp), w.I32c(mb)))
		f.Set(p1, w.MinS(w.Add(p0, w.I32c(mb)), npan))
		f.Set(s1, w.MinS(w.Add(s0, sg), nstr))
		// k chunk by chunk, every strip of the group: A's chunk of the block's rows
		// stays in cache for all of them.
		f.For(k0, w.I32c(0), K, KC, func() {
			f.Set(kc, w.MinS(w.I32c(KC), w.Sub(K, k0)))
			f.Set(ld, w.Or(accum, w.GtS(k0, w.I32c(0))))
			f.For(s, s0, s1, 1, func() {
				f.Set(cols, w.MinS(NR, w.Sub(N, w.Mul(s, NR))))
				f.Set(bp, at(pb, w.Add(w.Mul(w.Mul(s, K), NR), w.Mul(k0, NR))))
				panels()
			})
		})
		f.If(scale, func() {
			f.For(s, s0, s1, 1, func() {
				f.Set(cols, w.MinS(NR, w.Sub(N, w.Mul(s, NR))))
				outputStage(f, at(c, w.Add(w.Mul(w.Mul(p0, MR), ldc), w.Mul(s, NR))), resOff, ldc,
					w.Sub(w.MinS(w.Mul(p1, MR), M), w.Mul(p0, MR)), cols,
					at(scale, w.Mul(s, NR)), at(shift, w.Mul(s, NR)), res0, relu)
			})
		})
	})
}

// microTile runs callMicro on the rows×cols tile of C at ctile (row stride ldc
// elements; load says whether it adds to C): straight into C when the tile is whole,
// else on the per-thread scratch tile, copying the valid part in (when load) and out,
// so the microkernel never writes past an edge. r and j are loop counters.
func microTile(f *w.Func, t Tile, rows, cols, ctile, ldc, scratch, load w.Value, r, j w.Local,
	callMicro func(ctile, ldcBytes w.Value)) {
	MR, NR := w.I32c(int32(t.MR)), w.I32c(int32(t.NR))
	f.IfElse(w.And(w.Eq(rows, MR), w.Eq(cols, NR)), func() {
		callMicro(ctile, w.Shl(ldc, w.I32c(2)))
	}, func() {
		f.If(load, func() {
			f.For(r, w.I32c(0), rows, 1, func() {
				f.For(j, w.I32c(0), cols, 1, func() {
					f.StoreF32(at(scratch, w.Add(w.Mul(r, NR), j)), 0,
						w.LoadF32(at(ctile, w.Add(w.Mul(r, ldc), j)), 0))
				})
			})
		})
		callMicro(scratch, w.I32c(int32(4*t.NR)))
		f.For(r, w.I32c(0), rows, 1, func() {
			f.For(j, w.I32c(0), cols, 1, func() {
				f.StoreF32(at(ctile, w.Add(w.Mul(r, ldc), j)), 0,
					w.LoadF32(at(scratch, w.Add(w.Mul(r, NR), j)), 0))
			})
		})
	})
}

// outputStage emits the fused batch-norm output stage over a rows×cols block of C at
// byte address c (row stride ldc elements): C = relu?(C·scale + shift + res?), scale
// and shift at the block's first column, the residual resOff bytes after C's element.
func outputStage(f *w.Func, c, resOff, ldc, rows, cols, scale, shift, hasRes, relu w.Value) {
	r, row, sc, sh := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	v, vs := f.Local(w.V128), f.Local(f32)
	f.Set(sc, scale)
	f.Set(sh, shift)
	f.For(r, w.I32c(0), rows, 1, func() {
		f.Set(row, w.Add(c, w.Shl(w.Mul(r, ldc), w.I32c(2))))
		vecLoop(f, w.I32c(0), cols, func(j w.Local) {
			f.Set(v, w.LoadV128(at(row, j), 0))
			bnOutV(f, v, w.LoadV128(at(sc, j), 0), w.LoadV128(at(sh, j), 0), w.Add(at(row, j), resOff), hasRes, relu)
			f.StoreV128(at(row, j), 0, v)
		}, func(j w.Local) {
			f.Set(vs, w.LoadF32(at(row, j), 0))
			bnOutS(f, vs, w.LoadF32(at(sc, j), 0), w.LoadF32(at(sh, j), 0), w.Add(at(row, j), resOff), hasRes, relu)
			f.StoreF32(at(row, j), 0, vs)
		})
	})
}

// kUnroll is how many k steps one microkernel loop iteration does.
const kUnroll = 4

// aLayout is how a microkernel reads A.
type aLayout int

const (
	packedA      aLayout = iota // pack_a's row panels
	rowMajorA                   // rows in place, row i at pa + i·ldaBytes
	columnMajorA                // columns in place, column k at pa + k·ldaBytes
	segmentedA                  // rows in place, each in runs of segK values segBytes apart
)

// micro emits the register-tiled microkernel micro_<t>(pa, pb, kc, c, ldcBytes, load):
// MR×NR/4 f32x4 accumulators (loaded from C when load is 1, else zero), kc rank-1
// updates from a packed A panel and B strip, then a store to C. For a row-major A it
// is micro_rm_<t>(pa, ldaBytes, rows, pb, kc, c, ldcBytes, load) instead, reading A's
// rows straight from a row-major matrix (row i at pa + i·ldaBytes; rows ≥ rows read
// row 0, their results are not kept), and for a column-major one micro_cm_<t>(pa,
// ldaBytes, pb, kc, c, ldcBytes, load) (the MR values of step k at pa + k·ldaBytes):
// the same products in the same order, so the same bits, without a packing pass. For a
// segmented A it is micro_seg_<t>(pa, ldaBytes, rows, pb, kc, segK, segBytes, c,
// ldcBytes, load): micro_rm_<t> whose rows each come in runs of segK values, run j at
// j·segBytes from the row's start (a convolution's taps read from its padded input, one
// run per filter row: no im2col).
func (k *kb) micro(t Tile, layout aLayout) w.FuncRef {
	nv := t.NR / 4
	var f *w.Func
	var pa, pb, kc, c, ldc, load, lda, segK, segBytes w.Local
	ra := make([]w.Local, t.MR) // row-major: one pointer per row of A
	rowPointers := func(rows w.Local) {
		for i := range ra {
			ra[i] = f.Local(i32)
			f.Set(ra[i], w.Select(w.Add(pa, w.Mul(lda, w.I32c(int32(i)))), pa, w.LtS(w.I32c(int32(i)), rows)))
		}
	}
	switch layout {
	case rowMajorA:
		f = k.m.Func("micro_rm_"+t.String(), false, []w.ValType{i32, i32, i32, i32, i32, i32, i32, i32}, nil)
		f.NameParams("pa", "ldaBytes", "rows", "pb", "kc", "c", "ldcBytes", "load")
		p := f.Params()
		var rows w.Local
		pa, lda, rows, pb, kc, c, ldc, load = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
		rowPointers(rows)
	case segmentedA:
		f = k.m.Func("micro_seg_"+t.String(), false, []w.ValType{i32, i32, i32, i32, i32, i32, i32, i32, i32, i32}, nil)
		f.NameParams("pa", "ldaBytes", "rows", "pb", "kc", "segK", "segBytes", "c", "ldcBytes", "load")
		p := f.Params()
		var rows w.Local
		pa, lda, rows, pb, kc, segK, segBytes, c, ldc, load = p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
		rowPointers(rows)
	case columnMajorA:
		f = k.m.Func("micro_cm_"+t.String(), false, []w.ValType{i32, i32, i32, i32, i32, i32, i32}, nil)
		f.NameParams("pa", "ldaBytes", "pb", "kc", "c", "ldcBytes", "load")
		p := f.Params()
		pa, lda, pb, kc, c, ldc, load = p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	default:
		f = k.m.Func("micro_"+t.String(), false, []w.ValType{i32, i32, i32, i32, i32, i32}, nil)
		f.NameParams("pa", "pb", "kc", "c", "ldcBytes", "load")
		p := f.Params()
		pa, pb, kc, c, ldc, load = p[0], p[1], p[2], p[3], p[4], p[5]
	}
	acc := f.Locals(w.V128, t.MR*nv)
	b := f.Locals(w.V128, nv)
	a := f.Local(w.V128)
	as := f.Locals(w.V128, t.MR)
	row, kk := f.Local(i32), f.Local(i32)
	// loadA is A[i][k+u] splatted; bumpA moves A on by n k steps. Column-major A's
	// step is not a constant: step u reads at pa and moves pa on (stepA).
	loadA := func(i, u int) w.Value {
		switch layout {
		case rowMajorA, segmentedA:
			return w.LoadSplat(ra[i], uint32(4*u))
		case columnMajorA:
			return w.LoadSplat(pa, uint32(4*i))
		}
		return w.LoadSplat(pa, uint32(4*(u*t.MR+i)))
	}
	bumpA := func(n int) {
		switch layout {
		case rowMajorA, segmentedA:
			for i := range ra {
				f.Inc(ra[i], int32(4*n))
			}
		case packedA:
			f.Inc(pa, int32(4*t.MR*n))
		}
	}
	stepA := func() {
		if layout == columnMajorA {
			f.Set(pa, w.Add(pa, lda))
		}
	}

	f.If(load, func() {
		f.Set(row, c)
		for i := 0; i < t.MR; i++ {
			for v := 0; v < nv; v++ {
				f.Set(acc[i*nv+v], w.LoadV128(row, uint32(16*v)))
			}
			f.Set(row, w.Add(row, ldc))
		}
	})
	// One rank-1 update per k step, unrolled by kUnroll with constant offsets so the
	// loop carries only the pointer bumps per kUnroll steps.
	// The k step keeps whichever operand has fewer vectors in registers and streams the
	// other through one: MR·NR/4 accumulators plus min(MR, NR/4) + 1 registers (V8 on
	// x86-64 has 15 to give; 2×16 then needs 11, not 13). Every accumulator takes the
	// same products in the same order either way: the same bits.
	step := func(u int) {
		if t.MR < nv {
			for i := 0; i < t.MR; i++ {
				f.Set(as[i], loadA(i, u))
			}
			for v := 0; v < nv; v++ {
				f.Set(b[0], w.LoadV128(pb, uint32(4*(u*t.NR+4*v))))
				for i := 0; i < t.MR; i++ {
					f.Set(acc[i*nv+v], w.VMulAdd(as[i], b[0], acc[i*nv+v], k.relaxed))
				}
			}
			return
		}
		for v := 0; v < nv; v++ {
			f.Set(b[v], w.LoadV128(pb, uint32(4*(u*t.NR+4*v))))
		}
		for i := 0; i < t.MR; i++ {
			f.Set(a, loadA(i, u))
			for v := 0; v < nv; v++ {
				f.Set(acc[i*nv+v], w.VMulAdd(a, b[v], acc[i*nv+v], k.relaxed))
			}
		}
	}
	// kSteps runs the rank-1 updates of k steps 0 ≤ kk < n.
	kSteps := func(n w.Value) {
		f.Set(kk, w.I32c(0))
		f.Block(func(done w.Label) {
			f.Loop(func(top w.Label) {
				f.BrIf(done, w.GtS(w.Add(kk, w.I32c(kUnroll)), n))
				for u := 0; u < kUnroll; u++ {
					step(u)
					stepA()
				}
				bumpA(kUnroll)
				f.Inc(pb, int32(4*t.NR*kUnroll))
				f.Inc(kk, kUnroll)
				f.Br(top)
			})
		})
		f.For(kk, kk, n, 1, func() {
			step(0)
			stepA()
			bumpA(1)
			f.Inc(pb, int32(4*t.NR))
		})
	}
	if layout == segmentedA {
		// Run by run, each row pointer moved on from its run's end to the next run.
		k0, n := f.Local(i32), f.Local(i32)
		f.ForBy(k0, w.I32c(0), kc, segK, func() {
			f.Set(n, w.MinS(segK, w.Sub(kc, k0)))
			kSteps(n)
			for i := range ra {
				f.Set(ra[i], w.Add(ra[i], w.Sub(segBytes, w.Shl(n, w.I32c(2)))))
			}
		})
	} else {
		kSteps(kc)
	}
	f.Set(row, c)
	for i := 0; i < t.MR; i++ {
		for v := 0; v < nv; v++ {
			f.StoreV128(row, uint32(16*v), acc[i*nv+v])
		}
		f.Set(row, w.Add(row, ldc))
	}
	return f.Ref()
}

// packA emits pack_a(src, M, K, rs, cs, MR, dst): A[m][k] = src[m·rs + k·cs] into
// row panels [panel][K][MR], rows past M zero. One tile per panel, or, for a transposed
// A (rs 1, such as a weight gradient's dyᵀ) of whole panels, per RowChunk values of k.
func (k *kb) packA() {
	f, p := k.kernel("pack_a", Parallel, "src:addr M K rs cs MR dst:addr")
	src, M, K, rs, cs, MR, dst := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	rows, base, i, kk, s, d, pan := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	f.IfElse(w.And(w.Eq(rs, w.I32c(1)), w.Eqz(w.RemS(M, MR))), func() {
		// The M values of one k are adjacent in src. A tile takes RowChunk values of k
		// (RowChunk lines of src, in L1) and writes them panel by panel, each panel's
		// part whole lines: a panel at a time over all k read a whole line of src for MR
		// values, M/MR times over, and all panels for one k at a time wrote M/MR
		// streams that K·MR·4 bytes apart (a multiple of 4 KiB at ResNet's sizes) fall
		// in one cache set.
		chunks(f, K, RowChunk, func(lo, hi w.Local) {
			f.For(pan, w.I32c(0), w.DivS(M, MR), 1, func() {
				f.Set(s, at(src, w.Add(w.Mul(lo, cs), w.Mul(pan, MR))))
				f.Set(d, at(dst, w.Mul(w.Add(w.Mul(pan, K), lo), MR)))
				f.IfElse(w.Eq(MR, w.I32c(2)), func() {
					f.For(kk, lo, hi, 1, func() {
						f.StoreLane64(d, 0, w.Load64Zero(s, 0), 0)
						f.Set(s, at(s, cs))
						f.Inc(d, 8)
					})
				}, func() {
					f.For(kk, lo, hi, 1, func() {
						copyF32(f, d, s, MR)
						f.Set(s, at(s, cs))
						f.Set(d, at(d, MR))
					})
				})
			})
		})
	}, func() {
		tiles(f, ceilDiv(M, MR), func(pan w.Local) {
			f.Set(rows, w.MinS(MR, w.Sub(M, w.Mul(pan, MR))))
			f.Set(base, at(dst, w.Mul(w.Mul(pan, K), MR)))
			f.IfElse(w.Eq(cs, w.I32c(1)), func() {
				// Rows are contiguous in k: read each row in order.
				f.For(i, w.I32c(0), rows, 1, func() {
					f.Set(s, at(src, w.Mul(w.Add(w.Mul(pan, MR), i), rs)))
					f.Set(d, at(base, i))
					f.For(kk, w.I32c(0), K, 1, func() {
						f.StoreF32(d, 0, w.LoadF32(s, 0))
						f.Inc(s, 4)
						f.Set(d, w.Add(d, w.Shl(MR, w.I32c(2))))
					})
				})
			}, func() {
				f.For(kk, w.I32c(0), K, 1, func() {
					f.Set(s, at(src, w.Add(w.Mul(w.Mul(pan, MR), rs), w.Mul(kk, cs))))
					f.Set(d, at(base, w.Mul(kk, MR)))
					f.For(i, w.I32c(0), rows, 1, func() {
						f.StoreF32(at(d, i), 0, w.LoadF32(at(s, w.Mul(i, rs)), 0))
					})
				})
			})
			f.For(i, rows, MR, 1, func() {
				f.For(kk, w.I32c(0), K, 1, func() {
					f.StoreF32(at(base, w.Add(w.Mul(kk, MR), i)), 0, w.F32c(0))
				})
			})
		})
	})
}

// packB emits pack_b(src, K, N, rs, cs, NR, dst): B[k][n] = src[k·rs + n·cs] into
// column strips [strip][K][NR], columns past N zero. For a row-major B (cs 1) one tile
// per RowChunk rows, every strip; otherwise one tile per strip.
func (k *kb) packB() {
	f, p := k.kernel("pack_b", Parallel, "src:addr K N rs cs NR dst:addr")
	src, K, N, rs, cs, NR, dst := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	cols, base, j, kk, s, d, str := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	f.IfElse(w.Eq(cs, w.I32c(1)), func() {
		// A tile's RowChunk rows stay in L1 while each strip takes its columns: a strip
		// at a time over all rows read every row's lines once per strip (the stem's
		// 147-column im2col matrix, larger than L2, 10 times).
		chunks(f, K, RowChunk, func(lo, hi w.Local) {
			f.For(str, w.I32c(0), ceilDiv(N, NR), 1, func() {
				f.Set(cols, w.MinS(NR, w.Sub(N, w.Mul(str, NR))))
				f.Set(base, at(dst, w.Mul(w.Mul(str, K), NR)))
				f.For(kk, lo, hi, 1, func() {
					f.Set(d, at(base, w.Mul(kk, NR)))
					copyF32(f, d, at(src, w.Add(w.Mul(kk, rs), w.Mul(str, NR))), cols)
					zeroF32(f, at(d, cols), w.Sub(NR, cols))
				})
			})
		})
	}, func() {
		tiles(f, ceilDiv(N, NR), func(str w.Local) {
			f.Set(cols, w.MinS(NR, w.Sub(N, w.Mul(str, NR))))
			// A transposed B (columns contiguous in k): fill each k row of the strip
			// from the strip's columns, so the writes stream and the reads advance
			// along NR columns side by side.
			f.Set(s, at(src, w.Mul(w.Mul(str, NR), cs)))
			f.Set(d, at(dst, w.Mul(w.Mul(str, K), NR)))
			f.For(kk, w.I32c(0), K, 1, func() {
				f.For(j, w.I32c(0), cols, 1, func() {
					f.StoreF32(at(d, j), 0, w.LoadF32(at(s, w.Mul(j, cs)), 0))
				})
				zeroF32(f, at(d, cols), w.Sub(NR, cols))
				f.Set(s, at(s, rs))
				f.Set(d, at(d, NR))
			})
		})
	})
}
