package gen

import (
	"fmt"
	"slices"

	w "webtune/kernels/simd/internal/wasm"
)

// Winograd F(m×m, 3×3) convolution for 3×3 filters at stride 1, padding 1 (the bulk of
// ResNet-18's work), for m = 2 and m = 4. Each m×m block of outputs ("tile") comes from
// an α×α input patch d, α = m+2: Y = Aᵀ[(G g Gᵀ) ⊙ (Bᵀ d B)]A, so the 9m² multiplies
// per tile and channel pair of a direct 3×3 convolution become α² (36 → 16 for F(2×2),
// 144 → 36 for F(4×4): 2.25 and 4 times fewer), done as α² GEMMs (one per position ξ
// of the transformed tile) of [tiles × C]·[C × K]. The transforms only add, subtract
// and scale by constants.
//
// Layouts, with ξ = α·row + column of the transformed tile, the α² matrices of each
// kind stride bytes apart (the host pads the stride off multiples of 4 KiB, else the
// streams of a transform land in one cache set and evict each other):
//   - wino_filter_<m> writes U_ξ [C][K] as pack_b column strips, padTo(K, NR)·C floats.
//   - wino_input_<m> writes V_ξ [T][C] row-major, which the GEMM reads in place.
//   - the batched GEMM writes M_ξ = V_ξ·U_ξ row-major [T][K].
//   - wino_output_<m> reads the α² M_ξ of a tile and writes its m×m outputs (those
//     inside the image) to Y, NHWC.
//   - with few tiles, wino_fused_4_<tile> makes the products from the filters' taps
//     (wino_taps) instead of a stored U_ξ, a strip of output channels at a time.
//
// Tile t (counted over the whole batch) is image t / (TH·TW), tile row (t / TW) mod
// TH, tile column t mod TW, with TH = ceil(OH/m) and TW = ceil(OW/m).
//
// Accuracy. In float32 (unit roundoff u = 6e-8) every transform and the GEMM round. To
// first order, the error of an output is at most a few u times the sum of the magnitudes
// of everything summed on its way, Σ_c Σ_ξ |Aᵀ|_iξ·|Aᵀ|_jξ·(|G||g||Gᵀ|)_ξ·(|Bᵀ||d||B|)_ξ,
// which is at most Σ_c max|g|·max|d|·(Σ_a |Aᵀ|_ia·rG_a·rB_a)² with rG and rB the row
// sums of |G| and |Bᵀ|; a direct sum's bound is Σ_c 9·max|g|·max|d|. The squared factor
// is 8² = 64 for F(2×2) (7 times the direct sum's 9) and 48² = 2304 for F(4×4) with the
// points 0, ±1, ±2 (256 times), on its last output row and column, where the 8s of Aᵀ
// meet the 4s and 5s of Bᵀ. The bound assumes every rounding error points the same way;
// they are independent and add like a random walk. Measured on ResNet-18's layers
// (random ReLU inputs, Kaiming weights, against a float64 direct convolution), F(4×4)
// is off by at most 1.3e-5 of the largest output (C = 256 and 512; 5e-6 at C = 64),
// F(2×2) by 6e-7 and a float32 direct sum by 1.6e-6: F(4×4) is about 10 times less
// accurate than the direct sum and still 7 times inside the conformance tolerance for
// convolutions (1e-4 of the largest output, kernels/kernelstest). The host runs
// F(4×4) where it needs fewer multiplies than F(2×2), F(2×2) elsewhere. (Those figures
// were measured before the transforms computed mirror rows as E ± O (applyRows), which
// rounds differently with the same bound; the conformance suites pass either way.)

// winoAlg is one forward Winograd algorithm F(m×m, 3×3) at stride 1 or 2: an m×m
// output tile from the α×α input patch at (stride·m·th - 1, stride·m·tw - 1), α =
// m+2 at stride 1 and 2m+1 at stride 2, exported as wino_{filter,input,output}_<name()>
// (the stem's F(3×3, 4×4), winoS2D in stem.go, has kernels of its own).
type winoAlg struct {
	m, stride int
	bt, g, at [][]float32 // α×α, α×r, m×α for r×r filters
}

func (a winoAlg) alpha() int { return len(a.bt) }

// name is the algorithm's kernel variant: m, and "s2" after it at stride 2.
func (a winoAlg) name() string {
	if a.stride == 2 {
		return fmt.Sprintf("%ds2", a.m)
	}
	return fmt.Sprint(a.m)
}

// WinoTiles are the output tile sides m of the stride-1 Winograd algorithms exported,
// as wino_{filter,input,output}_<m> and, for the backward passes, wino_dy_<m> and
// wino_wgrad_<m>.
var WinoTiles = []int{2, 4}

// The transform matrices. F(2×2, 3×3): coefficients 0, ±1, ±½. F(4×4, 3×3): Lavin and
// Gray's, from the interpolation points 0, ±1, ±2 (and ∞).
var (
	winoBT = [][]float32{{1, 0, -1, 0}, {0, 1, 1, 0}, {0, -1, 1, 0}, {0, 1, 0, -1}}
	winoG  = [][]float32{{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}}
	winoAT = [][]float32{{1, 1, 1, 0}, {0, 1, -1, -1}}

	wino4BT = [][]float32{
		{4, 0, -5, 0, 1, 0},
		{0, -4, -4, 1, 1, 0},
		{0, 4, -4, -1, 1, 0},
		{0, -2, -1, 2, 1, 0},
		{0, 2, -1, -2, 1, 0},
		{0, 4, 0, -5, 0, 1},
	}
	wino4G = [][]float32{
		{1.0 / 4, 0, 0},
		{-1.0 / 6, -1.0 / 6, -1.0 / 6},
		{-1.0 / 6, 1.0 / 6, -1.0 / 6},
		{1.0 / 24, 1.0 / 12, 1.0 / 6},
		{1.0 / 24, -1.0 / 12, 1.0 / 6},
		{0, 0, 1},
	}
	wino4AT = [][]float32{
		{1, 1, 1, 1, 1, 0},
		{0, 1, -1, 2, -2, 0},
		{0, 1, 1, 4, 4, 0},
		{0, 1, -1, 8, -8, 1},
	}

	winoAlgs = map[int]winoAlg{2: {m: 2, stride: 1, bt: winoBT, g: winoG, at: winoAT}, 4: {m: 4, stride: 1, bt: wino4BT, g: wino4G, at: wino4AT}}

	// F(2×2, 3×3) at stride 2 (wino_*_2s2), from the polyphase split of each 1-D pass:
	// of inputs d0..d4, outputs y0 = d0·w0 + d1·w1 + d2·w2 and y1 = d2·w0 + d3·w1 +
	// d4·w2 are F(2, 2) over the even inputs d0, d2, d4 with taps w0, w2 (3 products)
	// plus d1·w1 and d3·w1: 5 products for 6, so 25 for a 2×2 tile's 36. Coefficients
	// 0 and ±1: an output's error bound is within a factor of 2 of the direct sum's.
	winoS2 = winoAlg{m: 2, stride: 2,
		bt: [][]float32{{1, 0, -1, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, -1, 0, 1}, {0, 1, 0, 0, 0}, {0, 0, 0, 1, 0}},
		g:  [][]float32{{1, 0, 0}, {1, 0, 1}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}},
		at: [][]float32{{1, 1, 0, 1, 0}, {0, 1, 1, 0, 1}}}
)

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

// combine is Σ_j row[j]·in[j], the terms grouped by coefficient magnitude m (in order
// of first appearance) as m·(±in[j] ± ...), so a row of ½s costs one multiply.
func (ar arith) combine(row []float32, in []w.Value) w.Value {
	v, neg := ar.signedCombine(row, in)
	if neg {
		return ar.sub(ar.splat(0), v)
	}
	return v
}

// signedCombine is combine's sum as v, or -v when neg: the terms summed left to right
// as combine's, a negative term first taken as a positive one to subtract later, so a
// row like (-a + b) costs b - a instead of (0 - a) + b. Rounding is symmetric about
// zero, so each partial sum is the one combine's order makes, up to its sign.
func (ar arith) signedCombine(row []float32, in []w.Value) (w.Value, bool) {
	var mags []float32
	for _, c := range row {
		if m := max(c, -c); c != 0 && !slices.Contains(mags, m) {
			mags = append(mags, m)
		}
	}
	var sum w.Value
	var neg bool
	for _, m := range mags {
		group := make([]float32, len(row))
		for j, c := range row {
			if c == m || c == -m {
				group[j] = c
			}
		}
		g, gneg := ar.signedOne(group, in)
		sum, neg = ar.addSigned(sum, neg, g, gneg)
	}
	return sum, neg
}

// addSigned is the sum of (neg ? -a : a) and (bneg ? -b : b) as a value and its sign
// flag, by one add or subtract (a nil: b as is).
func (ar arith) addSigned(a w.Value, neg bool, b w.Value, bneg bool) (w.Value, bool) {
	switch {
	case a == nil:
		return b, bneg
	case neg == bneg:
		return ar.add(a, b), neg
	case neg:
		return ar.sub(b, a), false
	default:
		return ar.sub(a, b), false
	}
}

// signedOne is signedCombine for a row whose non-zero coefficients share one magnitude.
func (ar arith) signedOne(row []float32, in []w.Value) (w.Value, bool) {
	var sum w.Value
	var neg bool
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
		sum, neg = ar.addSigned(sum, neg, in[j], c < 0)
	}
	if mag != 1 {
		sum = ar.mul(sum, ar.splat(mag))
	}
	return sum, neg
}

// combineScaled is combine, except that a row whose coefficients are all negative and
// of one magnitude m ≠ 1 is (Σ in)·(-m) rather than (-in - ...)·m: the same bits (an
// exact negation moved), without the subtraction from zero.
func (ar arith) combineScaled(row []float32, in []w.Value) w.Value {
	var m float32
	for _, c := range row {
		if c > 0 || (c != 0 && m != 0 && c != m) {
			return ar.combine(row, in)
		}
		if c != 0 {
			m = c
		}
	}
	if m == 0 || m == -1 {
		return ar.combine(row, in)
	}
	ones := make([]float32, len(row))
	for j, c := range row {
		if c != 0 {
			ones[j] = 1
		}
	}
	return ar.mul(ar.combine(ones, in), ar.splat(m))
}

// mirrorPair returns the row j > i of L that is row i with its odd-index coefficients
// negated (Winograd's ±x interpolation points), -1 when there is none or either half
// is zero. Such rows are E ± O for E and O the sums of row i's even and odd terms:
// one pair of sums instead of two rows.
func mirrorPair(L [][]float32, i int) int {
	for j := i + 1; j < len(L); j++ {
		even, odd, same := false, false, true
		for k, c := range L[i] {
			if k%2 == 1 {
				c = -c
				odd = odd || c != 0
			} else {
				even = even || c != 0
			}
			same = same && L[j][k] == c
		}
		if same && even && odd {
			return j
		}
	}
	return -1
}

// parity is row with the coefficients of the other parity than keep zeroed.
func parity(row []float32, keep int) []float32 {
	out := make([]float32, len(row))
	for k, c := range row {
		if k%2 == keep {
			out[k] = c
		}
	}
	return out
}

// rowGroups splits L's rows into the groups applyRows sets together: each mirror pair
// (mirrorPair) as [i, j], every other row alone, in order of their first rows.
func rowGroups(L [][]float32) [][]int {
	var groups [][]int
	paired := make([]bool, len(L))
	for i := range L {
		if paired[i] {
			continue
		}
		if j := mirrorPair(L, i); j >= 0 {
			paired[j] = true
			groups = append(groups, []int{i, j})
			continue
		}
		groups = append(groups, []int{i})
	}
	return groups
}

// applyRows sets out(i) = Σ_j L[i][j]·in[j] for the rows i of group (rowGroups): a
// mirror pair as E + O and E - O through the locals e and o.
func applyRows(f *w.Func, ar arith, L [][]float32, group []int, in []w.Value, e, o w.Local, out func(i int) w.Local) {
	i := group[0]
	if len(group) == 1 {
		f.Set(out(i), ar.combineScaled(L[i], in))
		return
	}
	f.Set(e, ar.combineScaled(parity(L[i], 0), in))
	f.Set(o, ar.combineScaled(parity(L[i], 1), in))
	f.Set(out(i), ar.add(e, o))
	f.Set(out(group[1]), ar.sub(e, o))
}

// hoisted is ar with the splat of each coefficient magnitude of the matrices (and its
// negation) set once, here, into a local: a kernel calls it before its loops so the
// transforms inside read registers instead of building each constant per use.
func (ar arith) hoisted(f *w.Func, ms ...[][]float32) arith {
	consts := map[float32]w.Local{}
	for _, m := range ms {
		for _, row := range m {
			for _, c := range row {
				for _, v := range []float32{c, -c} {
					if _, ok := consts[v]; !ok && v != 0 && v != 1 && v != -1 {
						l := f.Local(w.V128)
						f.Set(l, ar.splat(v))
						consts[v] = l
					}
				}
			}
		}
	}
	out := ar
	out.splat = func(c float32) w.Value {
		if l, ok := consts[c]; ok {
			return l
		}
		return ar.splat(c)
	}
	return out
}

// values is ls as values.
func values(ls []w.Local) []w.Value {
	vs := make([]w.Value, len(ls))
	for i, l := range ls {
		vs[i] = l
	}
	return vs
}

// transform2D emits out = L·in·Rᵀ for in [len(L[0])][len(R[0])] (row-major locals) into
// out [len(L)][len(R)], through tmp [len(L)][len(R[0])].
func transform2D(f *w.Func, ar arith, L, R [][]float32, in, tmp, out []w.Local) {
	transform2DEach(f, ar, L, R, values(in), tmp, out, nil)
}

// transform2DEach is transform2D calling each(k), when not nil, right after each row of
// out is set, k ascending (mirror pairs of L must be neighbours): a kernel that stores
// out[k] there keeps only a row of out live instead of all α² (fewer spills).
func transform2DEach(f *w.Func, ar arith, L, R [][]float32, in []w.Value, tmp, out []w.Local, each func(k int)) {
	rows, cols := len(L[0]), len(R[0])
	e, o := f.Local(tmp[0].Type()), f.Local(tmp[0].Type())
	next := 0 // the k each is called with next
	// A group of L's rows at a time, through to its rows of out: only that group's tmp
	// rows are live, not all of tmp.
	for _, lg := range rowGroups(L) {
		for c := 0; c < cols; c++ {
			col := make([]w.Value, rows)
			for r := 0; r < rows; r++ {
				col[r] = in[r*cols+c]
			}
			applyRows(f, ar, L, lg, col, e, o, func(i int) w.Local { return tmp[i*cols+c] })
		}
		for _, i := range lg {
			row := make([]w.Value, cols)
			for c := 0; c < cols; c++ {
				row[c] = tmp[i*cols+c]
			}
			for _, rg := range rowGroups(R) {
				applyRows(f, ar, R, rg, row, e, o, func(j int) w.Local { return out[i*len(R)+j] })
			}
			for j := range R {
				if each == nil {
					continue
				}
				if k := i*len(R) + j; k == next {
					each(k)
					next++
				} else {
					panic(fmt.Sprintf("gen: transform2DEach: row %d of L done before row %d", i, next/len(R)))
				}
			}
		}
	}
}

func (k *kb) winograd() {
	for _, a := range []winoAlg{winoAlgs[2], winoAlgs[4], winoS2} {
		k.winoFilter(a)
		k.winoInput(a)
		k.winoOutput(a)
	}
	k.spaceToDepth()
	k.winoFilterS2D()
	k.winoS2DHelpers()
	for _, t := range Tiles {
		k.winoConvS2D(t)
	}
	k.winoTaps()
	for _, t := range Tiles {
		k.winoFused(winoAlgs[4], t)
	}
	for _, m := range WinoTiles {
		a := winoAlgs[m]
		k.winoDY(a)
		k.winoInputB(a)
		k.winoWgrad(a)
	}
}

// transpose is mᵀ.
func transpose(m [][]float32) [][]float32 {
	out := make([][]float32, len(m[0]))
	for i := range out {
		out[i] = make([]float32, len(m))
		for j := range m {
			out[i][j] = m[j][i]
		}
	}
	return out
}

// The filter gradient of a 3×3 stride-1 pad-1 convolution as Winograd F(3×3, m×m),
// m = 2 or 4. dW[k][r][s][c] = Σ over output pixels of dy[k]·x[c] shifted by (r-1,
// s-1); over one m×m tile e of dy (channel k) and the α×α input patch d it reads
// (channel c), the trilinear form of F(m×m, 3×3), Σ_k (A e Aᵀ)_ξ (G g Gᵀ)_ξ
// (Bᵀ d B)_ξ with A = (Aᵀ)ᵀ, differentiated by the filter g gives dW_tile =
// Gᵀ [(A e Aᵀ) ⊙ (Bᵀ d B)] G: α² multiplies per tile and channel pair instead of 9m²
// (16 for 36, or 36 for 144). Summed over tiles, the ⊙ becomes α² GEMMs
// M_ξ [K][C] = Σ_t U_ξ[k][t]·V_ξ[t][c] with depth the tile count:
//   - wino_dy_<m> writes U_ξ = A e Aᵀ row-major [T][K], which the GEMM reads as a
//     column-major A;
//   - wino_input_b_<m> writes V_ξ = Bᵀ d B as pack_b strips of C ([strip][T][NR]);
//   - the batched GEMM accumulates M_ξ row-major [K][C] over chunks of images;
//   - wino_wgrad_<m> writes dW = Gᵀ M G, OHWI.
// The error analysis of the forward transforms (above) carries over: the same
// coefficients meet in the same products. Measured against a float64 direct sum over
// up to 12544 pixels, F(3×3, 4×4) is off by at most 8e-6 of the largest gradient
// (F(3×3, 2×2) 1.6e-6, a float32 direct sum 2.5e-6), inside the tolerance of 1e-4.

// winoDY emits wino_dy_<m>(dy, OH, OW, K, TH, TW, t0, T, dst, matBytes, ld): U_ξ =
// A e Aᵀ for the m×m tiles e of dy [N][OH][OW][K] (pixels outside dy are 0), tiles
// t0 ≤ t < t0+T, row-major [T][K] with row stride ld (row t-t0), as wino_input_<m>
// writes V_ξ; the GEMM reads it in place as a column-major A (ldat = ld). Written as
// pack_a panels of 2 rows instead, a tile's stores went to (K/2)·α² streams of 8 bytes
// each: 2.8 times wino_input's time per call in a batch-32 training step, now a third
// of it.
func (k *kb) winoDY(a winoAlg) {
	k.tileTransform("wino_dy", "dy:addr OH OW K TH TW t0 T dst:addr matBytes ld", a, a.m, a.m, 0, transpose(a.at))
}

// winoInputB emits wino_input_b_<m>(x, H, W, C, TH, TW, t0, T, NR, dst, matBytes): V_ξ =
// Bᵀ d B as wino_input_<m>'s, into pack_b strips of NR columns over the C channels
// (element (t-t0, c) at ((c/NR)·T + t-t0)·NR + c mod NR; columns past C zero). C and NR
// must be multiples of 4. Tiles of up to 32 tiles.
func (k *kb) winoInputB(a winoAlg) {
	f, p := k.variant("wino_input_b", fmt.Sprint(a.m), Parallel, "x:addr H W C TH TW t0 T NR dst:addr matBytes")
	x, H, W, C, TH, TW, t0, T, NR, dst, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]
	t, c, pp := f.Local(i32), f.Local(i32), f.Local(i32)
	al := a.alpha()
	pr := newPatchReader(f, x, H, W, C, al)
	st := newStaged(f, vectorArith.hoisted(f, a.bt), a.bt, matBytes)
	slots := func() { // pp = slot 0 of channels c.. of tile t
		f.Set(pp, at(dst, w.Add(w.Mul(w.Add(w.Mul(w.DivS(c, NR), T), w.Sub(t, t0)), NR), w.RemS(c, NR))))
	}
	// A chunk is up to 32 tiles (tileChunk) with the loop over strips outside the loop
	// over its tiles: each matrix's part of a strip then gets 32 consecutive lines, α²
	// write streams at a time instead of α²·C/NR streams a line each per tile. The
	// transform is tileTransform's: staged, its input read by a patchReader.
	strip, c0 := f.Local(i32), f.Local(i32)
	chunksOf(f, T, tileChunk(f, T, 4, 32), func(lo, hi w.Local) {
		f.For(strip, w.I32c(0), ceilDiv(C, NR), 1, func() {
			f.Set(c0, w.Mul(strip, NR))
			f.For(t, w.Add(lo, t0), w.Add(hi, t0), 1, func() {
				pr.tile(TH, TW, t, a.m, -1, func(column func(c w.Value) func(b int, d []w.Local)) {
					f.For(c, c0, w.MinS(w.Add(c0, NR), C), 4, func() {
						slots()
						st.emit(pp, column(c), nil)
					})
				})
				// The last strip's columns past C are zero.
				f.For(c, c, w.Add(c0, NR), 4, func() { // c is where the channel loop ended: min(c0+NR, C)
					slots()
					for xi := 0; xi < al*al; xi++ {
						f.StoreV128(pp, 0, w.VZero())
						f.Set(pp, w.Add(pp, matBytes))
					}
				})
			})
		})
	})
}

// winoWgrad emits wino_wgrad_<m>(m, K, C, dw, matBytes): dW[k][r][s][c] =
// (Gᵀ M G)[r][s] from the α² matrices M_ξ [K][C] (row-major), into the OHWI gradient dw [K][3][3][C].
// C must be a multiple of 4. One tile per output channel.
func (k *kb) winoWgrad(a winoAlg) {
	f, p := k.variant("wino_wgrad", fmt.Sprint(a.m), Parallel, "m:addr K C dw:addr matBytes")
	m, K, C, dw, matBytes := p[0], p[1], p[2], p[3], p[4]
	c, pp, dst := f.Local(i32), f.Local(i32), f.Local(i32)
	al, GT := a.alpha(), transpose(a.g)
	mv, tmp, out := f.Locals(w.V128, al*al), f.Locals(w.V128, 3*al), f.Locals(w.V128, 9)
	ar := vectorArith.hoisted(f, GT)
	tiles(f, K, func(kk w.Local) {
		f.For(c, w.I32c(0), C, 4, func() {
			f.Set(pp, at(m, w.Add(w.Mul(kk, C), c)))
			for xi := range mv {
				f.Set(mv[xi], w.LoadV128(pp, 0))
				if xi < len(mv)-1 {
					f.Set(pp, w.Add(pp, matBytes))
				}
			}
			transform2D(f, ar, GT, GT, mv, tmp, out)
			f.Set(dst, at(dw, w.Add(w.Mul(w.Mul(kk, w.I32c(9)), C), c)))
			for tap := range out {
				f.StoreV128(w.Add(dst, w.Shl(w.Mul(C, w.I32c(int32(tap))), w.I32c(2))), 0, out[tap])
			}
		})
	})
}

// winoFilter emits wino_filter_<m>(w, K, C, NR, dst, flip, matBytes): U_ξ = G g Gᵀ
// for every output channel k < K and input channel c < C, into pack_b strips of NR
// (columns past K zero). With flip 0, g is filter k's channel c of the OHWI 3×3
// weight w [K][3][3][C]. With flip 1, w is [C][3][3][K] and g its filter c's channel k
// rotated by 180°: the filter of the backward-data convolution, DX = DY ⋆ rot180(W)
// with channels swapped. K and NR must be multiples of 4: four neighbouring columns
// k of a strip row go through the transform as one vector (in a training step the
// filters change every step, and a scalar transform took a tenth of a batch-8 step
// with F(4×4)'s 36 matrices). One tile per strip.
func (k *kb) winoFilter(a winoAlg) {
	f, p := k.variant("wino_filter", a.name(), Parallel, "w:addr K C NR dst:addr flip:bool matBytes")
	wt, K, C, NR, dst, flip, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6]
	c, j, kk, src, d, tapBytes, filterBytes := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32)
	al := a.alpha()
	g, tmp, u := f.Locals(w.V128, 9), f.Locals(w.V128, 3*al), f.Locals(w.V128, al*al)
	f.Set(tapBytes, w.Shl(C, w.I32c(2)))           // flip 0: one tap to the next
	f.Set(filterBytes, w.Mul(tapBytes, w.I32c(9))) // flip 0: one filter to the next
	ar := vectorArith.hoisted(f, a.g)
	tiles(f, ceilDiv(K, NR), func(s w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.For(j, w.I32c(0), NR, 4, func() {
				f.Set(kk, w.Add(w.Mul(s, NR), j))
				f.Set(d, at(dst, w.Add(w.Mul(w.Add(w.Mul(s, C), c), NR), j)))
				f.IfElse(w.LtS(kk, K), func() {
					f.IfElse(flip, func() {
						// w [C][3][3][K]: filter c's channels kk..kk+3 lie side by side.
						f.Set(src, at(wt, w.Add(w.Mul(w.Mul(c, w.I32c(9)), K), kk)))
						for tap := range g {
							f.Set(g[tap], w.LoadV128(w.Add(src, w.Shl(w.Mul(K, w.I32c(int32(8-tap))), w.I32c(2))), 0))
						}
					}, func() {
						// w [K][3][3][C]: channel c of filters kk..kk+3, a filter apart.
						f.Set(src, at(wt, w.Add(w.Mul(w.Mul(kk, w.I32c(9)), C), c)))
						for tap := range g {
							at := func(l int) w.Value {
								return w.Add(src, w.Add(w.Mul(tapBytes, w.I32c(int32(tap))), w.Mul(filterBytes, w.I32c(int32(l)))))
							}
							v := w.LoadSplat(at(0), 0)
							for l := 1; l < 4; l++ {
								v = w.VReplace(v, byte(l), w.LoadF32(at(l), 0))
							}
							f.Set(g[tap], v)
						}
					})
					transform2DEach(f, ar, a.g, a.g, values(g), tmp, u, func(xi int) {
						f.StoreV128(d, 0, u[xi])
						f.Set(d, w.Add(d, matBytes))
					})
				}, func() {
					for range u {
						f.StoreV128(d, 0, w.VZero())
						f.Set(d, w.Add(d, matBytes))
					}
				})
			})
		})
	})
}

// winoTaps emits wino_taps(w, K, C, dst): the OHWI 3×3 weight w [K][3][3][C] regrouped
// as [K/4][C][9][4], the nine taps of channel c of four neighbouring filters in 144
// contiguous bytes, as wino_fused reads them (K a multiple of 4). One tile per four
// filters.
func (k *kb) winoTaps() {
	f, p := k.kernel("wino_taps", Parallel, "w:addr K C dst:addr")
	wt, K, C, dst := p[0], p[1], p[2], p[3]
	c, tap, l := f.Local(i32), f.Local(i32), f.Local(i32)
	tiles(f, w.DivS(K, w.I32c(4)), func(kb w.Local) {
		f.For(c, w.I32c(0), C, 1, func() {
			f.For(tap, w.I32c(0), w.I32c(9), 1, func() {
				f.For(l, w.I32c(0), w.I32c(4), 1, func() {
					filter := w.Add(w.Mul(kb, w.I32c(4)), l)
					from := w.Add(w.Mul(w.Add(w.Mul(filter, w.I32c(9)), tap), C), c)
					to := w.Add(w.Mul(w.Add(w.Mul(w.Add(w.Mul(kb, C), c), w.I32c(9)), tap), w.I32c(4)), l)
					f.StoreF32(at(dst, to), 0, w.LoadF32(at(wt, from), 0))
				})
			})
		})
	})
}

// FusedMaxC is the most input channels wino_fused takes, and FusedUStride the fixed
// byte distance between the U_ξ strips of its per-thread buffer: room for FusedMaxC×16
// floats (the widest tile's NR), padded off multiples of 4 KiB by 256 bytes like the
// host's other Winograd matrices. A stride known here lets each of a transform's 36
// stores take a constant offset instead of an address computed per store.
const (
	FusedMaxC    = 512
	FusedUStride = (4*FusedMaxC*16+4095)/4096*4096 + 256
)

// winoFused emits wino_fused_<name()>_<t>(taps, v, m, T, K, C, matBytesV, matBytesM,
// scratch, scratch0, bufs): the α² products M_ξ = V_ξ·U_ξ of a Winograd convolution
// (V_ξ [T][C] row-major from wino_input, M_ξ [T][K]), with each U_ξ made from the
// filters' taps (wino_taps) as it is needed instead of read from a transformed copy.
// With few tiles (batch-1 inference's last stage: 4) each U_ξ element feeds only T
// multiplies, and streaming the α²/9 = 4 times larger transformed copy from memory took
// more than twice the multiplies' time; the taps are 9/α² of its bytes. One tile per
// strip of NR output channels: its U_ξ strips, C×NR each and FusedUStride apart, are
// transformed into this thread's buffer of α²·FusedUStride bytes (thread t's at bufs +
// t·α²·FusedUStride, t from scratch's offset from thread 0's scratch0), which stays in
// L2, then multiplied by micro_rm_<t> chunk by chunk in gemm_<t>'s order: the same bits
// as wino_filter_<m> and gemm_<t>. K must be a multiple of NR, C of 4 and at most
// FusedMaxC.
func (k *kb) winoFused(a winoAlg, t Tile) {
	f, p := k.variant("wino_fused", a.name()+"_"+t.String(), Parallel,
		"taps:addr v:addr m:addr T K C matBytesV matBytesM scratch:scratch scratch0:addr bufs:addr")
	taps, v, mm, T, K, C, matV, matM := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]
	scratch, scratch0, bufs := p[8], p[9], p[10]
	bufMat := w.I32c(FusedUStride)
	al := a.alpha()
	MR, NR := w.I32c(int32(t.MR)), w.I32c(int32(t.NR))
	buf, c, jg, src, d, xi := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	k0, kc, ld, pp, rows, apan, bp, ctile, r, j := f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32),
		f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32), f.Local(i32)
	tmp, u := f.Locals(w.V128, 3*al), f.Locals(w.V128, al*al)
	thread := w.DivU(w.Sub(scratch, scratch0), w.I32c(int32(ScratchBytes)))
	f.Set(buf, w.Add(bufs, w.Mul(thread, w.Mul(bufMat, w.I32c(int32(al*al))))))
	ar := vectorArith.hoisted(f, a.g)
	tiles(f, w.DivS(K, NR), func(s w.Local) {
		// The strip's U_ξ: for each channel c, NR/4 groups of four filters (block
		// s·NR/4 + jg of the taps) through the same transform as wino_filter.
		f.For(c, w.I32c(0), C, 1, func() {
			f.For(jg, w.I32c(0), w.I32c(int32(t.NR/4)), 1, func() {
				block := w.Add(w.Mul(s, w.I32c(int32(t.NR/4))), jg)
				f.Set(src, w.Add(taps, w.Mul(w.Add(w.Mul(block, C), c), w.I32c(144))))
				// The taps are read where used rather than held in locals, and the
				// stores take constant offsets: V8 then keeps few vectors live and
				// spills little (loads from L1 are cheap).
				g := make([]w.Value, 9)
				for tap := range g {
					g[tap] = w.LoadV128(src, uint32(16*tap))
				}
				f.Set(d, at(buf, w.Add(w.Mul(c, NR), w.Shl(jg, w.I32c(2)))))
				transform2DEach(f, ar, a.g, a.g, g, tmp, u, func(xi int) {
					f.StoreV128(d, uint32(xi*FusedUStride), u[xi])
				})
			})
		})
		// The products, as gemm_<t> runs them with one strip: K chunk by chunk, each
		// over every row panel of V_ξ.
		f.For(xi, w.I32c(0), w.I32c(int32(al*al)), 1, func() {
			f.For(k0, w.I32c(0), C, KC, func() {
				f.Set(kc, w.MinS(w.I32c(KC), w.Sub(C, k0)))
				f.Set(ld, w.GtS(k0, w.I32c(0)))
				f.Set(bp, w.Add(w.Add(buf, w.Mul(xi, bufMat)), w.Shl(w.Mul(k0, NR), w.I32c(2))))
				f.For(pp, w.I32c(0), ceilDiv(T, MR), 1, func() {
					f.Set(rows, w.MinS(MR, w.Sub(T, w.Mul(pp, MR))))
					f.Set(apan, w.Add(w.Mul(xi, matV), at(v, w.Add(w.Mul(w.Mul(pp, MR), C), k0))))
					f.Set(ctile, w.Add(w.Mul(xi, matM), at(mm, w.Add(w.Mul(w.Mul(pp, MR), K), w.Mul(s, NR)))))
					microTile(f, t, rows, NR, ctile, K, scratch, ld, r, j, func(ct, ldcBytes w.Value) {
						f.Call(k.microRM[t], apan, w.Shl(C, w.I32c(2)), rows, bp, kc, ct, ldcBytes, ld)
					})
				})
			})
		})
	})
}

// winoInput emits wino_input_<name()>(x, H, W, C, TH, TW, t0, T, dst, matBytes, ld): V_ξ =
// Bᵀ d B for tiles t0 ≤ t < t0+T of the NHWC input x (padding 1), row-major [T][C]
// (row t-t0, row stride ld), which the GEMM reads in place (lda = ld). C must be a
// multiple of 4.
func (k *kb) winoInput(a winoAlg) {
	k.tileTransform("wino_input", "x:addr H W C TH TW t0 T dst:addr matBytes ld", a, a.alpha(), a.stride*a.m, -1, a.bt)
}

// tileTransform emits <name>_<a.name()>(src, H, W, C, TH, TW, t0, T, dst, matBytes, ld)
// with parameters named as params says: for tiles t0 ≤ t < t0+T, the size×size patch
// of the NHWC tensor src at (step·th + off, step·tw + off) (pixels outside it read 0)
// through L·d·Lᵀ into the α² matrices, row-major [T][C] with row stride ld (row t-t0).
// Four channels go through the transform at once and are stored as one vector; C must
// be a multiple of 4. Up to 32 tiles a chunk (tileChunk): each matrix's rows of a chunk
// are written in one run.
//
// The transform runs as staged's two passes through the destination slots. A tile
// whose patch lies inside the image reads its pixels at addresses stepped from the
// patch's corner; one at an edge through patchPointers' per-pixel pointers and masks.
func (k *kb) tileTransform(name, params string, a winoAlg, size, step int, off int32, L [][]float32) {
	f, p := k.variant(name, a.name(), Parallel, params)
	src, H, W, C, TH, TW, t0, T, dst, matBytes, ld := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]
	t, c, pp := f.Local(i32), f.Local(i32), f.Local(i32)
	pr := newPatchReader(f, src, H, W, C, size)
	st := newStaged(f, vectorArith.hoisted(f, L), L, matBytes)
	chunksOf(f, T, tileChunk(f, T, 4, 32), func(lo, hi w.Local) {
		f.For(t, w.Add(lo, t0), w.Add(hi, t0), 1, func() {
			pr.tile(TH, TW, t, step, off, func(column func(c w.Value) func(b int, d []w.Local)) {
				f.For(c, w.I32c(0), C, 4, func() {
					f.Set(pp, at(dst, w.Add(w.Mul(w.Sub(t, t0), ld), c)))
					st.emit(pp, column(c), nil)
				})
			})
		})
	})
}

// patchReader reads the size×size patches of the NHWC tensor x [N][H][W][C] for
// staged's first pass, four channels at a time.
type patchReader struct {
	f                                     *w.Func
	x, H, W, C                            w.Value
	size                                  int
	h0, w0, base, col, rowBytes, pixBytes w.Local
	ptr, mask                             []w.Local
}

func newPatchReader(f *w.Func, x, H, W, C w.Value, size int) *patchReader {
	pr := &patchReader{f: f, x: x, H: H, W: W, C: C, size: size, h0: f.Local(i32), w0: f.Local(i32), base: f.Local(i32),
		col: f.Local(i32), rowBytes: f.Local(i32), pixBytes: f.Local(i32),
		ptr: f.Locals(i32, size*size), mask: f.Locals(w.V128, size*size)}
	f.Set(pr.pixBytes, w.Shl(C, w.I32c(2)))
	f.Set(pr.rowBytes, w.Mul(W, pr.pixBytes))
	return pr
}

// tile finds tile t's patch (patchCorner) and emits channels twice, under a branch:
// for a patch inside the image with column(c) reading column b of channels c.. by
// stepping from the patch's corner (b = 0, 1, ... in order), for one at an edge through
// patchPointers' per-pixel pointers and masks.
func (pr *patchReader) tile(TH, TW, t w.Value, step int, off int32, channels func(column func(c w.Value) func(b int, d []w.Local))) {
	f, size := pr.f, w.I32c(int32(pr.size))
	patchCorner(f, pr.x, pr.H, pr.W, pr.C, TH, TW, t, step, off, pr.h0, pr.w0, pr.base)
	inside := w.And(w.And(w.GeS(pr.h0, w.I32c(0)), w.GeS(pr.w0, w.I32c(0))),
		w.And(w.LeS(w.Add(pr.h0, size), pr.H), w.LeS(w.Add(pr.w0, size), pr.W)))
	f.IfElse(inside, func() {
		channels(func(c w.Value) func(int, []w.Local) {
			f.Set(pr.col, at(pr.base, c))
			return func(b int, d []w.Local) { // column b's pixels, a row apart, then on to column b+1
				for i, x := range d {
					f.Set(x, w.LoadV128(pr.col, 0))
					if i < len(d)-1 {
						f.Set(pr.col, w.Add(pr.col, pr.rowBytes))
					}
				}
				f.Set(pr.col, w.Add(w.Sub(pr.col, w.Mul(pr.rowBytes, w.I32c(int32(pr.size-1)))), pr.pixBytes))
			}
		})
	}, func() {
		patchPointers(f, pr.x, pr.H, pr.W, pr.C, pr.h0, pr.w0, pr.base, pr.size, pr.ptr, pr.mask)
		channels(func(c w.Value) func(int, []w.Local) {
			return func(b int, d []w.Local) {
				for a, x := range d {
					f.Set(x, w.VAnd(w.LoadV128(at(pr.ptr[a*pr.size+b], c), 0), pr.mask[a*pr.size+b]))
				}
			}
		})
	})
}

// staged emits L·d·Lᵀ (L rows×size, d size×size) in two passes through α×α slots
// (matBytes apart, slot α·i + j for entry (i, j), from slot 0 at pp), α the larger
// side of L: the first pass applies L down each column b of d and stores the column of
// L·d into slots α·i + b; the second reads row i of L·d back and applies L along it.
// These are transform2D's operations in its order (the same bits), with a column or a
// row of vectors live at a time where keeping all of d and L·d in locals made V8
// spill most of them. The input and filter-gradient transforms read d from the image
// and store the result into the slots (α = rows); the output transform reads d from
// the slots (α = size) and hands each output row on.
type staged struct {
	f        *w.Func
	ar       arith
	L        [][]float32
	alpha    int
	in, out  []w.Local
	e, o     w.Local
	slot     w.Local
	matBytes w.Value
	rowBytes w.Local // α·matBytes, one slot row
}

func newStaged(f *w.Func, ar arith, L [][]float32, matBytes w.Value) *staged {
	al := max(len(L), len(L[0]))
	st := &staged{f: f, ar: ar, L: L, alpha: al, in: f.Locals(w.V128, len(L[0])), out: f.Locals(w.V128, len(L)),
		e: f.Local(w.V128), o: f.Local(w.V128), slot: f.Local(i32), matBytes: matBytes, rowBytes: f.Local(i32)}
	f.Set(st.rowBytes, w.Mul(matBytes, w.I32c(int32(al))))
	return st
}

// emit runs the two passes for the slots from pp. column(b, d), when not nil, loads
// column b of d into the locals d (nil: from slots α·a + b); row(i, out), when not nil,
// takes row i of the result (nil: stores it into slots α·i + j).
func (st *staged) emit(pp w.Local, column func(b int, d []w.Local), row func(i int, out []w.Local)) {
	f, size := st.f, len(st.L[0])
	at := func(i, j int) { // st.slot = slot (i, j)
		f.Set(st.slot, w.Add(pp, w.Add(w.Mul(st.rowBytes, w.I32c(int32(i))), w.Mul(st.matBytes, w.I32c(int32(j))))))
	}
	// walk loads or stores vs from slot (i, j) on, step bytes apart.
	walk := func(i, j int, step w.Value, vs []w.Local, load bool) {
		at(i, j)
		for k, v := range vs {
			if load {
				f.Set(v, w.LoadV128(st.slot, 0))
			} else {
				f.StoreV128(st.slot, 0, v)
			}
			if k < len(vs)-1 {
				f.Set(st.slot, w.Add(st.slot, step))
			}
		}
	}
	apply := func() { // st.out = L·st.in
		for _, g := range rowGroups(st.L) {
			applyRows(f, st.ar, st.L, g, values(st.in), st.e, st.o, func(i int) w.Local { return st.out[i] })
		}
	}
	for b := 0; b < size; b++ {
		if column != nil {
			column(b, st.in)
		} else {
			walk(0, b, st.rowBytes, st.in, true)
		}
		apply()
		walk(0, b, st.rowBytes, st.out, false)
	}
	for i := range st.L {
		walk(i, 0, st.matBytes, st.in, true)
		apply()
		if row != nil {
			row(i, st.out)
		} else {
			walk(i, 0, st.matBytes, st.out, false)
		}
	}
}

// patchCorner sets h0, w0 to the patch's corner pixel (step·th + off, step·tw + off)
// for tile t = (n·TH + th)·TW + tw of the NHWC tensor x [N][H][W][C], and base to its
// address (outside x when the corner is).
func patchCorner(f *w.Func, x, H, W, C, TH, TW, t w.Value, step int, off int32, h0, w0, base w.Local) {
	tile := w.RemS(t, w.Mul(TH, TW))
	f.Set(h0, w.Add(timesConst(w.DivS(tile, TW), step), w.I32c(off)))
	f.Set(w0, w.Add(timesConst(w.RemS(t, TW), step), w.I32c(off)))
	n := w.DivS(t, w.Mul(TH, TW))
	f.Set(base, at(x, w.Mul(w.Add(w.Mul(w.Add(w.Mul(n, H), h0), W), w0), C)))
}

// patchPointers points ptr[size·a+b] at pixel (h0 + a, w0 + b) of the patch whose
// corner is at base (patchCorner), and sets mask[·] to all ones inside the image, zero
// outside. Pixels outside read x's first pixel through the zero mask, so the channel
// loops that follow have no branches.
func patchPointers(f *w.Func, x, H, W, C, h0, w0, base w.Value, size int, ptr, mask []w.Local) {
	inside := f.Local(i32)
	for a := 0; a < size; a++ {
		for b := 0; b < size; b++ {
			f.Set(inside, w.And(w.LtU(w.Add(h0, w.I32c(int32(a))), H), w.LtU(w.Add(w0, w.I32c(int32(b))), W)))
			o := w.Shl(w.Mul(w.Add(w.Mul(W, w.I32c(int32(a))), w.I32c(int32(b))), C), w.I32c(2))
			f.Set(ptr[size*a+b], w.Select(w.Add(base, o), x, inside))
			f.Set(mask[size*a+b], w.VI32Splat(w.Sub(w.I32c(0), inside)))
		}
	}
}

// winoOutput emits wino_output_<m>(m, T, K, OH, OW, TH, TW, t0, y, matBytes, scale,
// shift, res, relu): for tiles t0 ≤ t < t0+T, Y's m×m block of tile t = Aᵀ M A from the
// α² matrices M_ξ [T][K] (row t-t0); outputs past OH or OW are dropped. K must be a
// multiple of 4. Tiles of 8 tiles. With scale ≠ 0 the outputs go through a batch
// norm's output stage first, y = relu?(y·scale + shift + res?) (res laid out as y, 0
// for none), as gemm's. The M_ξ are left overwritten (staged's first pass).
func (k *kb) winoOutput(a winoAlg) {
	f, p := k.variant("wino_output", a.name(), Parallel,
		"m:addr T K OH OW TH TW t0 y:addr matBytes scale:addr shift:addr res:addr relu:bool")
	m, T, K, OH, OW, TH, TW, t0, y, matBytes := p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]
	scale, shift, res, relu := p[10], p[11], p[12], p[13]
	t := f.Local(i32)
	ot := newOutputTiles(f, a, K, OH, OW, TH, TW, y, matBytes, scale, shift, res, relu)
	chunks(f, T, 8, func(lo, hi w.Local) {
		f.For(t, lo, hi, 1, func() { ot.tile(w.Add(t0, t), at(m, w.Mul(t, K))) })
	})
}

// outputTiles emits wino_output's work for one tile at a time.
type outputTiles struct {
	f                                                 *w.Func
	m                                                 int
	K, OH, OW, TH, TW, y, scale, shift, res, relu     w.Value
	sc, sh                                            w.Local
	dst, tg, n, oh, ow, full, src, y00, kb4, pp, yrow w.Local
	rowBytes, pixBytes                                w.Local
	rowIn, colIn                                      []w.Local
	st                                                *staged
}

func newOutputTiles(f *w.Func, a winoAlg, K, OH, OW, TH, TW, y, matBytes, scale, shift, res, relu w.Value) *outputTiles {
	o := &outputTiles{f: f, m: a.m, K: K, OH: OH, OW: OW, TH: TH, TW: TW, y: y, scale: scale, shift: shift, res: res, relu: relu,
		sc: f.Local(w.V128), sh: f.Local(w.V128), dst: f.Local(i32), tg: f.Local(i32), n: f.Local(i32), oh: f.Local(i32),
		ow: f.Local(i32), full: f.Local(i32), src: f.Local(i32), y00: f.Local(i32), kb4: f.Local(i32), pp: f.Local(i32),
		yrow: f.Local(i32), rowBytes: f.Local(i32), pixBytes: f.Local(i32), rowIn: f.Locals(i32, a.m), colIn: f.Locals(i32, a.m)}
	f.Set(o.pixBytes, w.Shl(K, w.I32c(2)))
	f.Set(o.rowBytes, w.Mul(OW, o.pixBytes))
	o.st = newStaged(f, vectorArith.hoisted(f, a.at), a.at, matBytes)
	return o
}

// put stores v at a, through the output stage when there is one.
func (o *outputTiles) put(a w.Value, v w.Local) {
	f := o.f
	f.Set(o.dst, a)
	f.If(o.scale, func() { bnOutV(f, v, o.sc, o.sh, w.Add(o.dst, w.Sub(o.res, o.y)), o.res, o.relu) })
	f.StoreV128(o.dst, 0, v)
}

// tile writes Y's block of tile tg (counted over the whole batch) from its row of the
// α² matrices M_ξ at src (row stride K, matBytes apart), overwriting that row.
func (o *outputTiles) tile(tg, src w.Value) {
	f, mm := o.f, o.m
	f.Set(o.tg, tg)
	f.Set(o.n, w.DivS(o.tg, w.Mul(o.TH, o.TW)))
	f.Set(o.oh, timesConst(w.DivS(w.RemS(o.tg, w.Mul(o.TH, o.TW)), o.TW), mm))
	f.Set(o.ow, timesConst(w.RemS(o.tg, o.TW), mm))
	for i := 0; i < mm; i++ {
		f.Set(o.rowIn[i], w.LtS(w.Add(o.oh, w.I32c(int32(i))), o.OH))
		f.Set(o.colIn[i], w.LtS(w.Add(o.ow, w.I32c(int32(i))), o.OW))
	}
	f.Set(o.full, w.And(o.rowIn[mm-1], o.colIn[mm-1]))
	f.Set(o.src, src)
	f.Set(o.y00, at(o.y, w.Mul(w.Add(w.Mul(w.Add(w.Mul(o.n, o.OH), o.oh), o.OW), o.ow), o.K)))
	f.For(o.kb4, w.I32c(0), o.pixBytes, 16, func() {
		f.If(o.scale, func() {
			f.Set(o.sc, w.LoadV128(w.Add(o.scale, o.kb4), 0))
			f.Set(o.sh, w.LoadV128(w.Add(o.shift, o.kb4), 0))
		})
		f.Set(o.pp, w.Add(o.src, o.kb4))
		// The tile's α² matrices are this kernel's to overwrite: the first pass
		// stages Aᵀ·M in them.
		o.st.emit(o.pp, nil, func(i int, out []w.Local) {
			f.Set(o.yrow, w.Add(w.Add(o.y00, o.kb4), w.Mul(o.rowBytes, w.I32c(int32(i)))))
			px := func(j int) w.Value { return w.Add(o.yrow, w.Mul(o.pixBytes, w.I32c(int32(j)))) }
			// A whole tile stores every output, through the output stage in
			// straight lines (bnOutV's operations in its order: the same bits);
			// one at the bottom or right edge of the image only those inside it.
			f.IfElse(o.full, func() {
				f.If(o.scale, func() {
					for _, v := range out {
						f.Set(v, w.VAdd(w.VMul(v, o.sc), o.sh))
					}
					f.If(o.res, func() {
						for j, v := range out {
							f.Set(v, w.VAdd(v, w.LoadV128(w.Add(px(j), w.Sub(o.res, o.y)), 0)))
						}
					})
					f.If(o.relu, func() {
						for _, v := range out {
							f.Set(v, w.VMax(v, w.VZero()))
						}
					})
				})
				for j, v := range out {
					f.StoreV128(px(j), 0, v)
				}
			}, func() {
				for j, v := range out {
					f.If(w.And(o.rowIn[i], o.colIn[j]), func() { o.put(px(j), v) })
				}
			})
		})
	})
}
