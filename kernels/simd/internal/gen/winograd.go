package gen

import (
	"fmt"

	w "webtune/kernels/simd/internal/wasm"
)

// Winograd F(2×2, 3×3) convolution for 3×3 filters at stride 1, padding 1 (the bulk of
// ResNet-18's work). Each 2×2 block of outputs ("tile") comes from a 4×4 input patch d:
// Y = Aᵀ[(G g Gᵀ) ⊙ (Bᵀ d B)]A, so the 36 multiplies per tile and channel pair of a
// direct 3×3 convolution become 16, done as 16 GEMMs (one per position ξ of the 4×4
// transformed tile) of [tiles × C]·[C × K]. The transforms only add, subtract and halve.
//
// Layouts, with ξ = 4·row + column of the transformed tile, the 16 matrices of each
// kind stride bytes apart (the host pads the stride off multiples of 4 KiB, else the
// 16 streams of a transform land in one cache set and evict each other):
//   - wino_filter writes U_ξ [C][K] as pack_b column strips, padTo(K, NR)·C floats.
//   - wino_input_<MR> writes V_ξ [T][C] as pack_a row panels, padTo(T, MR)·C floats
//     (rows past T zero).
//   - the batched GEMM writes M_ξ = V_ξ·U_ξ row-major [T][K].
//   - wino_output reads the 16 M_ξ of a tile and writes its 2×2 outputs (those inside
//     the image) to Y, NHWC.
//
// Tile t (counted over the whole batch) is image t / (TH·TW), tile row (t / TW) mod
// TH, tile column t mod TW, with TH = ceil(OH/2) and TW = ceil(OW/2).

// The transform matrices (coefficients 0, ±1, ±½).
var (
	winoBT = [][]float32{{1, 0, -1, 0}, {0, 1, 1, 0}, {0, -1, 1, 0}, {0, 1, 0, -1}}
	winoG  = [][]float32{{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}}
	winoAT = [][]float32{{1, 1, 1, 0}, {0, 1, -1, -1}}
)

// WinoMRs are the row-panel heights wino_input_<MR> is emitted for: every MR of Tiles.
func WinoMRs() []int {
	var out []int
	seen := map[int]bool{}
	for _, t := range Tiles {
		if !seen[t.MR] {
			seen[t.MR] = true
			out = append(out, t.MR)
		}
	}
	return out
}

// arith is the add/sub/scale of one value type (f32 scalars or f32x4 vectors).
type arith struct {
	add, sub, mul func(a, b w.Value) w.Value
	splat         func(c float32) w.Value
}

var (
	scalarArith = arith{add: w.FAdd, sub: w.FSub, mul: w.FMul, splat: w.F32c}
	vectorArith = arith{add: w.VAdd, sub: w.VSub, mul: w.VMul,
		splat: func(c float32) w.Value { return w.VSplat(w.F32c(c)) }}
)

// combine is Σ_j row[j]·in[j] for a row whose non-zero coefficients share one
// magnitude m: m·(±in[j] ± ...), so ½ rows cost one multiply.
func (ar arith) combine(row []float32, in []w.Value) w.Value {
	var sum w.Value
	var mag float32
	for j, c := range row {
		if c == 0 {
			continue
		}
		if mag == 0 {
			mag = max(c, -c)
		} else if c != mag && c != -mag {
			panic(fmt.Sprintf("gen: transform row %v mixes magnitudes", row))
		}
		switch {
		case sum == nil && c > 0:
			sum = in[j]
		case sum == nil:
			sum = ar.sub(ar.splat(0), in[j])
		case c > 0:
			sum = ar.add(sum, in[j])
		default:
			sum = ar.sub(sum, in[j])
		}
	}
	if mag != 1 {
		sum = ar.mul(sum, ar.splat(mag))
	}
	return sum
}

// transform2D emits out = L·in·Rᵀ for in [len(L[0])][len(R[0])] (row-major locals) into
// out [len(L)][len(R)], through tmp [len(L)][len(R[0])].
func transform2D(f *w.Func, ar arith, L, R [][]float32, in, tmp, out []w.Local) {
	rows, cols := len(L[0]), len(R[0])
	for i := range L {
		for c := 0; c < cols; c++ {
			col := make([]w.Value, rows)
			for r := 0; r < rows; r++ {
				col[r] = in[r*cols+c]
			}
			f.Set(tmp[i*cols+c], ar.combine(L[i], col))
		}
	}
	for i := range L {
		row := make([]w.Value, cols)
		for c := 0; c < cols; c++ {
			row[c] = tmp[i*cols+c]
		}
		for j := range R {
			f.Set(out[i*len(R)+j], ar.combine(R[j], row))
		}
	}
}

func (k *kb) winograd() {
	k.winoFilter()
	for _, mr := range WinoMRs() {
		k.winoInput(mr)
	}
	k.winoOutput()
}

// winoFilter emits wino_filter(w, K, C, NR, dst, flip, stride): U_ξ = G g Gᵀ for every output
// channel k < K and input channel c < C, into pack_b strips of NR (columns past K
// zero). With flip 0, g is filter k's channel c of the OHWI 3×3 weight w [K][3][3][C].
// With flip 1, w is [C][3][3][K] and g its filter c's channel k rotated by 180°: the
// filter of the backward-data convolution, DX = DY ⋆ rot180(W) with channels swapped.
// One tile per strip.
func (k *kb) winoFilter() {
	f, p := k.kernel("wino_filter", Parallel, "w:addr K C NR dst:addr flip:bool matBytes")
	wt, K, C, NR, dst, flip, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	c, j, kk, src, tapBytes, d := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	g, tmp, u := f.Locals(f32, 9), f.Locals(f32, 12), f.Locals(f32, 16)
	f.Set(tapBytes, w.Shl(w.Select(K, C, flip), w.I32c(2)))
	load := func(reversed bool) {
		for tap := range g {
			from := tap
			if reversed {
				from = 8 - tap
			}
			f.Set(g[tap], w.LoadF32(w.Add(src, w.Mul(tapBytes, w.I32c(int32(from)))), 0))
		}
	}
	tiles(f, ceilDiv(K, NR), func(s w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.For(j, w.I32c(0), NR, 1, func() {
				f.Set(kk, w.Add(w.Mul(s, NR), j))
				f.Set(d, at(dst, w.Add(w.Mul(w.Add(w.Mul(s, C), c), NR), j)))
				f.IfElse(w.LtS(kk, K), func() {
					f.IfElse(flip, func() {
						f.Set(src, at(wt, w.Add(w.Mul(w.Mul(c, w.I32c(9)), K), kk)))
						load(true)
					}, func() {
						f.Set(src, at(wt, w.Add(w.Mul(w.Mul(kk, w.I32c(9)), C), c)))
						load(false)
					})
					transform2D(f, scalarArith, winoG, winoG, g, tmp, u)
					for xi := range u {
						f.StoreF32(d, 0, u[xi])
						f.Set(d, w.Add(d, matBytes))
					}
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

// winoInput emits wino_input_<MR>(x, H, W, C, TH, TW, t0, T, dst, stride): V_ξ = Bᵀ d B for
// tiles t0 ≤ t < t0+T of the NHWC input x (padding 1), into pack_a panels of MR rows
// (row t-t0). C must be a multiple of 4: four channels go through the transform at
// once. One tile (work item) per panel.
func (k *kb) winoInput(mr int) {
	f, p := k.variant("wino_input", fmt.Sprint(mr), Parallel, "x:addr H W C TH TW t0 T dst:addr matBytes")
	x, H, W, C, TH, TW, t0, T, dst, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	MR := w.I32c(int32(mr))
	i, t, n, th, tw, h0, w0, base, q, cb, pp := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	ptr, inside := f.Locals(i32, 16), f.Local(i32)
	mask := f.Locals(w.V128, 16)
	d, tmp, v := f.Locals(w.V128, 16), f.Locals(w.V128, 16), f.Locals(w.V128, 16)
	// store16 writes the 16 values vals(ξ) of row i, channels from cb/4 (4 lanes
	// each, MR floats apart), one matrix after another.
	store16 := func(val func(xi int) w.Value, lanes int) {
		f.Set(pp, w.Add(q, w.Mul(cb, MR)))
		for xi := 0; xi < 16; xi++ {
			for l := 0; l < lanes; l++ {
				f.StoreF32(pp, uint32(4*mr*l), w.VExtract(val(xi), byte(l)))
			}
			f.Set(pp, w.Add(pp, matBytes))
		}
	}
	tiles(f, ceilDiv(T, MR), func(pan w.Local) {
		f.For(i, w.I32c(0), MR, 1, func() {
			f.Set(t, w.Add(w.Mul(pan, MR), i))
			// Element (row t, channel c) of a panel matrix is at ((pan·C + c)·MR + i).
			f.Set(q, at(dst, w.Add(w.Mul(w.Mul(pan, C), MR), i)))
			f.IfElse(w.GeS(t, T), func() {
				f.For(cb, w.I32c(0), w.Shl(C, w.I32c(2)), 16, func() {
					store16(func(int) w.Value { return w.VZero() }, 4)
				})
			}, func() {
				f.Set(t, w.Add(t, t0))
				f.Set(n, w.DivS(t, w.Mul(TH, TW)))
				f.Set(th, w.DivS(w.RemS(t, w.Mul(TH, TW)), TW))
				f.Set(tw, w.RemS(t, TW))
				f.Set(h0, w.Sub(w.Shl(th, w.I32c(1)), w.I32c(1)))
				f.Set(w0, w.Sub(w.Shl(tw, w.I32c(1)), w.I32c(1)))
				f.Set(base, at(x, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), h0), W), w0), C)))
				// Taps outside the image read x's first pixel through an all-zero mask,
				// so the channel loop has no branches.
				for a := 0; a < 4; a++ {
					for b := 0; b < 4; b++ {
						f.Set(inside, w.And(w.LtU(w.Add(h0, w.I32c(int32(a))), H), w.LtU(w.Add(w0, w.I32c(int32(b))), W)))
						off := w.Shl(w.Mul(w.Add(w.Mul(W, w.I32c(int32(a))), w.I32c(int32(b))), C), w.I32c(2))
						f.Set(ptr[4*a+b], w.Select(w.Add(base, off), x, inside))
						f.Set(mask[4*a+b], w.VI32Splat(w.Sub(w.I32c(0), inside)))
					}
				}
				f.For(cb, w.I32c(0), w.Shl(C, w.I32c(2)), 16, func() {
					for tap := range d {
						f.Set(d[tap], w.VAnd(w.LoadV128(w.Add(ptr[tap], cb), 0), mask[tap]))
					}
					transform2D(f, vectorArith, winoBT, winoBT, d, tmp, v)
					store16(func(xi int) w.Value { return v[xi] }, 4)
				})
			})
		})
	})
}

// winoOutput emits wino_output(m, T, K, OH, OW, TH, TW, t0, y, stride): for tiles t0 ≤ t <
// t0+T, Y's 2×2 block of tile t = Aᵀ M A from the 16 matrices M_ξ [T][K] (row t-t0);
// outputs past OH or OW are dropped. K must be a multiple of 4. Tiles of 8 tiles. With
// scale ≠ 0 the outputs go through a batch norm's output stage first, y = relu?(y·scale
// + shift + res?) (res laid out as y, 0 for none), as gemm's.
func (k *kb) winoOutput() {
	f, p := k.kernel("wino_output", Parallel, "m:addr T K OH OW TH TW t0 y:addr matBytes scale:addr shift:addr res:addr relu:bool")
	m, T, K, OH, OW, TH, TW, t0, y, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	scale, shift, res, relu := p[10], p[11], p[12], p[13]
	sc, sh, dst := f.Local(w.V128), f.Local(w.V128), f.Local(i32)
	// put stores v at a, through the output stage when there is one.
	put := func(a w.Value, v w.Local) {
		f.Set(dst, a)
		f.If(scale, func() { bnOutV(f, v, sc, sh, w.Add(dst, w.Sub(res, y)), res, relu) })
		f.StoreV128(dst, 0, v)
	}
	t, tg, n, oh, ow, right, below, src, y00, kb4, pp := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	rowBytes, pixBytes := f.Local(i32), f.Local(i32)
	mv, tmp, out := f.Locals(w.V128, 16), f.Locals(w.V128, 8), f.Locals(w.V128, 4)
	f.Set(pixBytes, w.Shl(K, w.I32c(2)))
	f.Set(rowBytes, w.Mul(OW, pixBytes))
	chunks(f, T, 8, func(lo, hi w.Local) {
		f.For(t, lo, hi, 1, func() {
			f.Set(tg, w.Add(t0, t))
			f.Set(n, w.DivS(tg, w.Mul(TH, TW)))
			f.Set(oh, w.Shl(w.DivS(w.RemS(tg, w.Mul(TH, TW)), TW), w.I32c(1)))
			f.Set(ow, w.Shl(w.RemS(tg, TW), w.I32c(1)))
			f.Set(right, w.LtS(w.Add(ow, w.I32c(1)), OW))
			f.Set(below, w.LtS(w.Add(oh, w.I32c(1)), OH))
			f.Set(src, at(m, w.Mul(t, K)))
			f.Set(y00, at(y, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, OH), oh), OW), ow), K)))
			f.For(kb4, w.I32c(0), pixBytes, 16, func() {
				f.Set(pp, w.Add(src, kb4))
				for xi := range mv {
					f.Set(mv[xi], w.LoadV128(pp, 0))
					if xi < len(mv)-1 {
						f.Set(pp, w.Add(pp, matBytes))
					}
				}
				transform2D(f, vectorArith, winoAT, winoAT, mv, tmp, out)
				f.If(scale, func() {
					f.Set(sc, w.LoadV128(w.Add(scale, kb4), 0))
					f.Set(sh, w.LoadV128(w.Add(shift, kb4), 0))
				})
				f.Set(pp, w.Add(y00, kb4))
				put(pp, out[0])
				f.If(right, func() { put(w.Add(pp, pixBytes), out[1]) })
				f.If(below, func() {
					put(w.Add(pp, rowBytes), out[2])
					f.If(right, func() { put(w.Add(w.Add(pp, rowBytes), pixBytes), out[3]) })
				})
			})
		})
	})
}
