package gen

import w "webtune/kernels/simd/internal/wasm"

// The stem (a 7×7 stride-2 convolution of few channels, ResNet's conv1) as Winograd
// F(3×3, 4×4) over its input's space-to-depth form.
//
// Split by the parity (p, q) of its row and column, a stride-2 convolution with an 8×8
// filter (the 7×7 one and a zero row and column) is a stride-1 convolution with a 4×4
// one over four times the channels: z[h][w][(2p+q)·C + c] = xpad[2h+p][2w+q][c], and
// filter e[k][a][b][(2p+q)·C + c] = g[k][2a+p][2b+q][c] (0 at 7). space_to_depth
// writes z, OH+3 by OW+3 pixels: what the outputs' windows reach.
//
// A 3×3 block of outputs of that 4×4 convolution, from a 6×6 patch d of z, is the
// trilinear form of F(4×4, 3×3) (winograd.go) read the other way, as its filter
// gradient reads it: Y = Gᵀ [(A e Aᵀ) ⊙ (Bᵀ d B)] G, with A = (Aᵀ)ᵀ and B, G F(4×4,
// 3×3)'s. 36 products per tile and channel pair make 9 outputs, where the direct form
// takes 9·16 (of which 7·7/8·8 are not zero): 3 times fewer multiplies than the 49 taps
// of the stem. The products are α² = 36 GEMMs of depth 4C only (12 for RGB), so they
// make 4 times as many values as the outputs they sum to: wino_conv_s2d keeps them in
// a per-thread buffer, a chunk of tiles at a time, instead of writing them out as the
// other Winograd convolutions do. Batch-1 inference in Chromium, 2 threads: the stem
// direct took 3.0 to 3.3 ms, as three kernels through memory 2.0 (a quiet moment) to
// 3.4 ms (other tenants busy), fused 1.8 to 2.2 with its space_to_depth.
//
// Accuracy: the coefficients are F(4×4, 3×3)'s, met in the same products as in the
// filter gradient (measured there at 8e-6 of the largest output over 12544 pixels);
// the stem sums over 4C = 12 channels only. Against the direct stem it is off by at
// most 2e-6 of the largest output (TestStemWinograd), inside the conformance
// suite's convolution tolerance of 1e-4, which checks it on the stem's shapes.

// winoS2D is F(3×3, 4×4) over space-to-depth input: wino_filter_s2d, s2d_tile_in,
// s2d_tile_out and wino_conv_s2d_<tile>.
var winoS2D = winoAlg{m: 3, stride: 1, bt: wino4BT, g: transpose(wino4AT), at: transpose(wino4G)}

// spaceToDepth emits space_to_depth(x, N, H, W, C, pad, HZ, WZ, dst): dst [N][HZ][WZ][4C],
// dst[n][h][w][(2p+q)·C + c] = x[n][2h+p-pad][2w+q-pad][c], 0 where that is outside x.
// For each p the 2C values of a dst pixel are two neighbouring pixels of x, copied as
// one run where both are inside x. One tile per row of dst.
func (k *kb) spaceToDepth() {
	f, p := k.kernel("space_to_depth", Parallel, "x:addr N H W C pad HZ WZ dst:addr")
	x, N, H, W, C, pad, HZ, WZ, dst := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]
	row, n, hh, ww, wz, to, from := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	tiles(f, w.Mul(N, HZ), func(t w.Local) {
		f.Set(row, at(dst, w.Mul(w.Mul(t, WZ), w.Shl(C, w.I32c(2)))))
		zeroF32(f, row, w.Mul(WZ, w.Shl(C, w.I32c(2))))
		f.Set(n, w.DivS(t, HZ))
		for par := range 2 {
			f.Set(hh, w.Sub(w.Add(w.Shl(w.RemS(t, HZ), w.I32c(1)), w.I32c(int32(par))), pad))
			f.If(w.LtU(hh, H), func() { // unsigned: hh < 0 fails too
				f.For(wz, w.I32c(0), WZ, 1, func() {
					f.Set(ww, w.Sub(w.Shl(wz, w.I32c(1)), pad)) // q = 0's column
					f.Set(to, at(row, w.Mul(w.Add(w.Shl(wz, w.I32c(2)), w.I32c(int32(2*par))), C)))
					f.Set(from, at(x, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), hh), W), ww), C)))
					f.IfElse(w.And(w.LtU(ww, W), w.LtU(w.Add(ww, w.I32c(1)), W)), func() {
						copyF32(f, to, from, w.Shl(C, w.I32c(1)))
					}, func() {
						for q := range 2 {
							f.If(w.LtU(w.Add(ww, w.I32c(int32(q))), W), func() {
								off := w.Shl(w.Mul(C, w.I32c(int32(q))), w.I32c(2))
								copyF32(f, w.Add(to, off), w.Add(from, off), C)
							})
						}
					})
				})
			})
		}
	})
}

// winoFilterS2D emits wino_filter_s2d(w, K, C, R, NR, dst, matBytes): U_ξ = A e Aᵀ of
// the 4×4 space-to-depth filters e of the OHWI R×R weight w [K][R][R][C] (R ≤ 8), as
// wino_filter's pack_b strips of NR columns over 4C rows (columns past K zero). Scalar:
// its 36 values per channel pair are made once per weight version in eval, once per
// step in training (64·12 pairs for the stem). One tile per strip.
func (k *kb) winoFilterS2D() {
	f, p := k.kernel("wino_filter_s2d", Parallel, "w:addr K C R NR dst:addr matBytes")
	wt, K, C, R, NR, dst, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	a := winoS2D
	c2, j, kk, d, pr, qr, c := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	e, tmp, u := f.Locals(w.F32, 16), f.Locals(w.F32, 6*4), f.Locals(w.F32, 36)
	tiles(f, ceilDiv(K, NR), func(s w.Local) {
		f.For(c2, w.I32c(0), w.Shl(C, w.I32c(2)), 1, func() {
			f.Set(pr, w.DivS(c2, w.Shl(C, w.I32c(1))))
			f.Set(qr, w.RemS(w.DivS(c2, C), w.I32c(2)))
			f.Set(c, w.RemS(c2, C))
			f.For(j, w.I32c(0), NR, 1, func() {
				f.Set(kk, w.Add(w.Mul(s, NR), j))
				f.Set(d, at(dst, w.Add(w.Mul(w.Add(w.Mul(s, w.Shl(C, w.I32c(2))), c2), NR), j)))
				f.IfElse(w.LtS(kk, K), func() {
					for ab := range e {
						// Tap (2a+p, 2b+q) of the R×R filter, 0 past its edge (read
						// clamped inside it, then dropped).
						i := w.Add(w.I32c(int32(2*(ab/4))), pr)
						jj := w.Add(w.I32c(int32(2*(ab%4))), qr)
						last := w.Sub(R, w.I32c(1))
						src := at(wt, w.Add(w.Mul(w.Add(w.Mul(w.Add(w.Mul(kk, R), w.MinS(i, last)), R), w.MinS(jj, last)), C), c))
						f.Set(e[ab], w.Select(w.LoadF32(src, 0), w.F32c(0), w.And(w.LtS(i, R), w.LtS(jj, R))))
					}
					transform2DEach(f, scalarArith, a.g, a.g, values(e), tmp, u, func(xi int) {
						f.StoreF32(d, 0, u[xi])
						f.Set(d, w.Add(d, matBytes))
					})
				}, func() {
					for range u {
						f.StoreF32(d, 0, w.F32c(0))
						f.Set(d, w.Add(d, matBytes))
					}
				})
			})
		})
	})
}

// FusedS2DTiles is how many tiles wino_conv_s2d transforms and multiplies at a time on
// one thread: its buffers, 36 matrices of that many rows for the transformed input (4C
// columns) and for the products (K columns), stay in L2 (350 KB for the stem).
const FusedS2DTiles = 32

// winoS2DHelpers emits the two internal functions wino_conv_s2d calls once per tile,
// shared by its variants: s2d_tile_in(z, H, W, C, TH, TW, t, dst, matBytes) writes tile
// t's Bᵀ d B (wino_input's transform) into row dst of the 36 matrices matBytes apart;
// s2d_tile_out(src, t, K, OH, OW, TH, TW, y, matBytes, scale, shift, res, relu) writes
// its outputs from row src of the products (wino_output's, output stage included).
func (k *kb) winoS2DHelpers() {
	a := winoS2D
	in := k.m.Func("s2d_tile_in", false, []w.ValType{i32, i32, i32, i32, i32, i32, i32, i32, i32}, nil)
	in.NameParams("z", "H", "W", "C", "TH", "TW", "t", "dst", "matBytes")
	p := in.Params()
	z, H, W, C, TH, TW, t, dst, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]
	c, pp := in.Local(i32), in.Local(i32)
	pr := newPatchReader(in, z, H, W, C, a.alpha())
	st := newStaged(in, vectorArith.hoisted(in, a.bt), a.bt, matBytes)
	pr.tile(TH, TW, t, a.m, 0, func(column func(c w.Value) func(b int, d []w.Local)) {
		in.For(c, w.I32c(0), C, 4, func() {
			in.Set(pp, at(dst, c))
			st.emit(pp, column(c), nil)
		})
	})
	k.s2dIn = in.Ref()

	out := k.m.Func("s2d_tile_out", false, []w.ValType{i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32}, nil)
	out.NameParams("src", "t", "K", "OH", "OW", "TH", "TW", "y", "matBytes", "scale", "shift", "res", "relu")
	q := out.Params()
	ot := newOutputTiles(out, a, q[2], q[3], q[4], q[5], q[6], q[7], q[8], q[9], q[10], q[11], q[12])
	ot.tile(q[1], q[0])
	k.s2dOut = out.Ref()
}

// winoConvS2D emits wino_conv_s2d_<t>(z, H, W, C, TH, TW, T, u, K, uBytes, y, OH, OW,
// scale, shift, res, relu, vBytes, mBytes, scratch, scratch0, bufs): the stem's whole
// F(3×3, 4×4) convolution of the space-to-depth input z [N][H][W][C] (T = N·TH·TW tiles
// of 3×3 outputs) by wino_filter_s2d's filters u (strips of t.NR columns, matrices
// uBytes apart) into y [N][OH][OW][K], through a batch norm's output stage when scale ≠
// 0. FusedS2DTiles tiles at a time, each thread transforms their input into its own
// buffer (36 matrices vBytes apart), makes their 36 products there with micro_rm_<t>
// (matrices mBytes apart) and transforms those into y: nothing goes through memory
// between the three, where as three kernels the products (4 times the outputs' bytes)
// were written out and read back. Thread t's buffers are at bufs + t·36·(vBytes +
// mBytes), t from scratch's offset from thread 0's scratch0. C must be a multiple of 4
// and at most KC.
func (k *kb) winoConvS2D(t Tile) {
	f, p := k.variant("wino_conv_s2d", t.String(), Parallel,
		"z:addr H W C TH TW T u:addr K uBytes y:addr OH OW scale:addr shift:addr res:addr relu:bool vBytes mBytes scratch:scratch scratch0:addr bufs:addr")
	z, H, W, C, TH, TW, T, u, K, uBytes, y, OH, OW := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12]
	scale, shift, res, relu, vBytes, mBytes, scratch, scratch0, bufs := p[13], p[14], p[15], p[16], p[17], p[18], p[19], p[20], p[21]
	MR, NR := w.I32c(int32(t.MR)), w.I32c(int32(t.NR))
	bufV, bufM, tt, n, xi, s, pq, rows, cols, bp, apan, ctile, r, j := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	thread := w.DivU(w.Sub(scratch, scratch0), w.I32c(int32(ScratchBytes)))
	f.Set(bufV, w.Add(bufs, w.Mul(thread, w.Mul(w.Add(vBytes, mBytes), w.I32c(36)))))
	f.Set(bufM, w.Add(bufV, w.Mul(vBytes, w.I32c(36))))
	chunks(f, T, FusedS2DTiles, func(lo, hi w.Local) {
		f.Set(n, w.Sub(hi, lo))
		f.For(tt, lo, hi, 1, func() {
			f.Call(k.s2dIn, z, H, W, C, TH, TW, tt, at(bufV, w.Mul(w.Sub(tt, lo), C)), vBytes)
		})
		// The products, a strip of filters over every row panel of the chunk's tiles.
		f.For(xi, w.I32c(0), w.I32c(36), 1, func() {
			f.For(s, w.I32c(0), ceilDiv(K, NR), 1, func() {
				f.Set(cols, w.MinS(NR, w.Sub(K, w.Mul(s, NR))))
				f.Set(bp, w.Add(w.Mul(xi, uBytes), at(u, w.Mul(w.Mul(s, C), NR))))
				f.For(pq, w.I32c(0), ceilDiv(n, MR), 1, func() {
					f.Set(rows, w.MinS(MR, w.Sub(n, w.Mul(pq, MR))))
					f.Set(apan, w.Add(w.Mul(xi, vBytes), at(bufV, w.Mul(w.Mul(pq, MR), C))))
					f.Set(ctile, w.Add(w.Mul(xi, mBytes), at(bufM, w.Add(w.Mul(w.Mul(pq, MR), K), w.Mul(s, NR)))))
					microTile(f, t, rows, cols, ctile, K, scratch, w.I32c(0), r, j, func(ct, ldcBytes w.Value) {
						f.Call(k.microRM[t], apan, w.Shl(C, w.I32c(2)), rows, bp, C, ct, ldcBytes, w.I32c(0))
					})
				})
			})
		})
		f.For(tt, lo, hi, 1, func() {
			f.Call(k.s2dOut, at(bufM, w.Mul(w.Sub(tt, lo), K)), tt, K, OH, OW, TH, TW, y, mBytes, scale, shift, res, relu)
		})
	})
}
