package webgpu

import (
	"fmt"

	"webtune/kernels"
)

// gemm is one tiled matrix product OUT[m][n] = Σ_k A(m, k)·B(k, n) (+ Bias[n]), M×N
// outputs over a reduction of length K. Funcs names the op's WGSL template (rendered
// with Data) for loadA and loadB over the bindings A and B; Out is the [M][N] row-major
// result.
type gemm struct {
	M, N, K            int
	AKContig, BKContig bool // whether A(m, ·) / B(·, n) are contiguous in k
	Bias               *param
	CanSplit           bool // the reduction may be cut into slices summed by a second pass
	Scatter            bool // Funcs has outIndex(m, n): the result is not Out's [M][N]
	Label              string
	Funcs              string
	Data               map[string]any
	A, B               param
	Out                binding
	// AVec and BVec say that A and B may be fetched as vec4 along their contiguous
	// axis: that axis (and so every offset the loaders form) divides by 4. Funcs then
	// has loadA4 and loadB4 over A4 and B4, the same buffers seen as vec4<f32>.
	AVec, BVec bool
	// Tile, when not zero, forces the tile shape (BM, BN, BK, TM, TN).
	Tile [5]int
	// ARow and BCol say that Funcs has aRow/loadAR (bCol/loadBC): the part of an A
	// address that depends on the row (of a B address on the column) is worked out
	// once per fetch slot instead of for each element (the convolutions' im2col).
	ARow, BCol bool
	// Stats, when set, is where the GEMM also writes the batch-norm statistics of its
	// result's columns, one (rows, mean, M2) per column and row tile (see statsChunks).
	Stats *binding
	tune  tuning // set by lower from the layout
}

// statsChunks says whether the GEMM can write its columns' batch-norm statistics in
// its epilogue (Stats), and into how many chunks of rows (one per row tile): only an
// unsplit plain [M][N] result, whose row tile's column sums ([TY][BN] floats) fit in
// the B tiles' workgroup memory and whose threads are at least BN. A split GEMM's
// result exists only after the reduce pass.
func (g gemm) statsChunks() (int, bool) {
	if g.Scatter || g.Bias != nil || g.splits() > 1 {
		return 0, false
	}
	bm, bn, bk, tm, tn := g.tiles()
	if bm/tm > g.bufs()*bk || (bm/tm)*(bn/tn) < bn {
		return 0, false
	}
	return ceilDiv(g.M, bm), true
}

// sharedLimit is WebGPU's guaranteed maxComputeWorkgroupStorageSize in bytes.
const sharedLimit = 16384

// bufs is 2 when two copies of the A and B tiles fit in workgroup memory (double
// buffering), else 1.
func (g gemm) bufs() int {
	bm, bn, bk, _, _ := g.tiles()
	if 2*(bm+bn)*bk*4 <= max(g.tune.SharedBytes, sharedLimit) {
		return 2
	}
	return 1
}

// vecWidth is the floats per fetch of an operand.
func vecWidth(vec bool) int {
	if vec {
		return 4
	}
	return 1
}

// count is 0, 1, ..., n-1 (for template loops that unroll).
func count(n int) []int {
	c := make([]int, n)
	for i := range c {
		c[i] = i
	}
	return c
}

// vec4 is p's buffer range seen as vec4<f32>, named p.Name+"4".
func vec4(p param) param { return param{Name: p.Name + "4", Type: "vec4<f32>", Bind: p.Bind} }

// vecs decides which operands are fetched as vec4: those that may be, unless their
// buffer is also written by the dispatch (it is then bound read_write, and WebGPU
// forbids two overlapping writable bindings).
func (g gemm) vecs(out binding) (aVec, bVec bool) {
	return g.AVec && g.A.Bind.Buffer != out.Buffer, g.BVec && g.B.Bind.Buffer != out.Buffer
}

// tiles picks the tile shape: 128×128 with 8×8 per thread where the output is big
// enough to fill a GPU with such tiles, 64×64 or 32×32 for smaller outputs, and thin
// tiles when one side is tiny (conv1's 3 input channels, a batch of one or two).
// Where the device gives 32 KiB of workgroup memory, the 128×128 tiles step 16 deep
// instead of 8, and a 64-wide side gets 128×64 (or 64×128) tiles with 8×4 (4×8) per
// thread instead of 64×64 with 4×4 (twice the work per shared-memory read) where the
// long side pads no further.
// A side longer than 64 that 64-wide tiles would pad takes narrower tiles of even
// width (evenWidth; tune.PaddedTiles: the former 64).
// Tile, when set, overrides the choice.
func (g gemm) tiles() (bm, bn, bk, tm, tn int) {
	if g.Tile != ([5]int{}) {
		t := g.Tile
		return t[0], t[1], t[2], t[3], t[4]
	}
	wide := g.tune.SharedBytes >= 32768
	big := g.M >= 128 && g.N >= 128 && ceilDiv(g.M, 128)*ceilDiv(g.N, 128) >= 64
	// A side may be 128 long instead of 64 where that pads it no further (the stem's
	// backward filter has N = 147: 192 in 64s, 256 in 128s).
	long := func(n int) bool { return n >= 128 && ceilDiv(n, 128)*2 == ceilDiv(n, 64) }
	switch {
	case g.N <= 8 && g.M > 8:
		return 128, 8, 16, 4, 1
	case g.M <= 8 && g.N > 8:
		return 8, 128, 16, 1, 4
	case big && wide:
		return 128, 128, 16, 8, 8
	case big:
		return 128, 128, 8, 8, 8
	case wide && long(g.M) && g.N >= 64 && g.N < 128:
		return 128, 64, 16, 8, 4
	case wide && long(g.N) && g.M >= 64 && g.M < 128:
		return 64, 128, 16, 4, 8
	case g.M >= 64 && g.N > 64 && !g.tune.PaddedTiles:
		if bn := evenWidth(g.N); bn < 64 {
			return 64, bn, 16, 4, 4
		}
		return 64, 64, 16, 4, 4
	case g.M >= 64 && g.N >= 64:
		return 64, 64, 16, 4, 4
	default:
		return 32, 32, 16, 2, 2
	}
}

// evenWidth is the tile width for a side of n > 64 cut into as many tiles as 64-wide
// ones would take, but as even as multiples of 4 allow: the stem's backward filter has
// n = 147 taps, 3 tiles of 64 compute 192 columns (30 % of them padding), 3 of 52
// compute 156. Returns 64 where that pads no less.
func evenWidth(n int) int {
	return min(64, ceilDiv(ceilDiv(n, ceilDiv(n, 64)), 4)*4)
}

// The split-K model: a large GPU runs about splitWave GEMM workgroups at once (132
// SMs × 2 of 256 threads), each at about splitSlotFLOPs per second, moves
// splitBandwidth bytes per second, and a second dispatch costs splitLaunch seconds.
// Only their ratios matter; they stand for an H100-class GPU.
const (
	splitWave      = 264
	splitSlotFLOPs = 40e12 / splitWave
	splitBandwidth = 2e12
	splitLaunch    = 5e-6
)

// splits chooses how many slices to cut the reduction into: the count that minimizes
// the model's time, whole waves of workgroups for the GEMM plus the reduce pass that
// reads every slice's partial product, each slice at least 512 long (at most 64
// slices). A split must win by 3 % over fewer slices (the model is rough). With
// tune.SplitKWorkgroups set, the former rule: about that many workgroups.
func (g gemm) splits() int {
	if !g.CanSplit || g.Scatter {
		return 1
	}
	bm, bn, bk, _, _ := g.tiles()
	tiles := ceilDiv(g.M, bm) * ceilDiv(g.N, bn)
	slices := func(s int) (n, chunk int) {
		chunk = ceilDiv(ceilDiv(g.K, s), bk) * bk
		return ceilDiv(g.K, chunk), chunk
	}
	if w := g.tune.SplitKWorkgroups; w > 0 {
		n, _ := slices(max(min(ceilDiv(w, tiles), g.K/512), 1))
		return n
	}
	best, bestCost := 1, 0.0
	for s := 1; s <= max(min(64, g.K/512), 1); s++ {
		n, chunk := slices(s)
		if n != s {
			continue // s slices do not come out of whole BK steps
		}
		cost := float64(ceilDiv(tiles*s, splitWave)) * 2 * float64(bm*bn*chunk) / splitSlotFLOPs
		if s > 1 {
			cost += float64((s+1)*g.M*g.N*4)/splitBandwidth + splitLaunch
		}
		if s == 1 || cost < 0.97*bestCost {
			best, bestCost = s, cost
		}
	}
	return best
}

// lower returns the GEMM dispatch, and, when split, the pass that sums the slices
// from scratch into Out.
func (g gemm) lower(l *layout) []dispatch {
	g.tune = l.tune
	bm, bn, bk, tm, tn := g.tiles()
	splits := g.splits()
	chunk := ceilDiv(ceilDiv(g.K, splits), bk) * bk
	var ws binding
	out := g.Out
	if splits > 1 {
		ws = l.scratchBind(splits * g.M * g.N)
		out = ws
	}
	aVec, bVec := g.vecs(out)
	ps := []param{g.A, g.B}
	if aVec {
		ps = append(ps, vec4(g.A))
	}
	if bVec {
		ps = append(ps, vec4(g.B))
	}
	if g.Bias != nil {
		ps = append(ps, *g.Bias)
	}
	vecOut := tn%4 == 0 && g.N%4 == 0 && !g.Scatter
	if vecOut {
		ps = append(ps, param{Name: "out", Type: "vec4<f32>", Bind: out, Write: true})
	} else {
		ps = append(ps, f32w("out", out))
	}
	if g.Stats != nil {
		ps = append(ps, f32w("stats", *g.Stats))
	}
	data := map[string]any{"AVec": aVec, "BVec": bVec}
	for k, v := range g.Data {
		data[k] = v
	}
	threads := (bm / tm) * (bn / tn)
	text := render("gemm", map[string]any{
		"Decls": decls(ps), "Funcs": render(g.Funcs, data),
		"M": g.M, "N": g.N, "K": g.K, "BM": bm, "BN": bn, "BK": bk, "TM": tm, "TN": tn,
		"Threads": (bm / tm) * (bn / tn), "KChunk": chunk,
		"AKContig": g.AKContig, "BKContig": g.BKContig, "Split": splits > 1, "Bias": g.Bias != nil,
		"Scatter": g.Scatter, "Bufs": g.bufs(), "AVec": aVec, "BVec": bVec, "Stats": g.Stats != nil,
		"ARow": g.ARow && !g.tune.PerElementIndex, "BCol": g.BCol && !g.tune.PerElementIndex,
		"VecOut": vecOut, "BsVec4": g.bufs() * bk * bn / 4,
		"AsVec": tm%4 == 0 && !g.tune.ScalarSharedA, "AsVec4": g.bufs() * bk * bm / 4,
		"LA": count(ceilDiv(bm*bk/vecWidth(aVec), threads)), "LB": count(ceilDiv(bn*bk/vecWidth(bVec), threads)),
	})
	ds := []dispatch{{Label: g.Label, WGSL: text, Params: ps,
		Groups: [3]int{ceilDiv(g.N, bn), ceilDiv(g.M, bm), splits},
		Class:  fmt.Sprintf("GEMM %dx%dx%d/%dx%d", bm, bn, bk, tm, tn),
		FLOPs:  2 * float64(g.M) * float64(g.N) * float64(g.K)}}
	if splits > 1 {
		ps := []param{f32p("ws", ws), f32w("out", g.Out)}
		if l.vecEltwise(g.M * g.N) {
			ds = append(ds, eltwise4(g.Label+"_splitk", "splitk_reduce", g.M*g.N, ps, consts("SPLITS", splits), nil))
		} else {
			ds = append(ds, eltwise(g.Label+"_splitk", "splitk_reduce", g.M*g.N, ps, consts("SPLITS", splits), nil))
		}
	}
	return ds
}

func convData(s kernels.ConvShape) map[string]any {
	return map[string]any{
		"N": s.N, "H": s.H, "W": s.W, "C": s.C, "K": s.K, "R": s.R, "S": s.S,
		"OH": s.OutH(), "OW": s.OutW(), "Stride": s.Stride, "Pad": s.Pad,
	}
}

// convForward: implicit GEMM, M = N·OH·OW pixels, N = K filters, K = R·S·C taps; the
// input is gathered straight from NHWC (no im2col buffer).
// With C a multiple of 4 (every ResNet conv but the stem), taps are fetched 4 channels
// at a time from X and W.
func (l *layout) convForward(o kernels.Conv2D) []dispatch {
	return l.convGEMM(o).lower(l)
}

func (l *layout) convGEMM(o kernels.Conv2D) gemm {
	v := o.C%4 == 0
	return gemm{
		M: o.N * o.OutH() * o.OutW(), N: o.K, K: o.R * o.S * o.C,
		AKContig: true, BKContig: true, CanSplit: true, Label: "conv2d",
		Funcs: "conv_fwd", Data: convData(o.ConvShape), AVec: v, BVec: v, ARow: true,
		A: f32p("x", l.bind(o.X)), B: f32p("w", l.bind(o.W)), Out: l.bind(o.Y),
		tune: l.tune,
	}
}

// convBatchNorm lowers a convolution and the training batch norm of its output
// together when the GEMM can write the statistics in its epilogue: the batch norm
// then skips its statistics pass (which reads the whole output) and merges the GEMM's
// per-row-tile partials instead. ok is false where the GEMM cannot (split-K, or tiles
// whose column sums do not fit); the ops are then lowered one by one.
func (l *layout) convBatchNorm(c kernels.Conv2D, bn kernels.BatchNorm) (ds []dispatch, ok bool) {
	if l.tune.SeparateBNStats || !bn.Train || bn.X != c.Y || bn.C != c.K || bn.Rows != c.N*c.OutH()*c.OutW() {
		return nil, false
	}
	g := l.convGEMM(c)
	chunks, ok := g.statsChunks()
	if !ok {
		return nil, false
	}
	part := l.scratchBind(chunks * bn.C * 3)
	g.Stats = &part
	ds = g.lower(l)
	ds[0].Label += "_bnstats"
	return append(ds, l.batchNorm(bn, &bnPartials{part, chunks})...), true
}

// convBackwardData: M = N·H·W input pixels, N = C channels, K = R·S·K (tap, filter).
// A strided convolution is done phase by phase (convBackwardDataPhases).
func (l *layout) convBackwardData(o kernels.Conv2DBackwardData) []dispatch {
	if o.Stride > 1 {
		return l.convBackwardDataPhases(o)
	}
	return gemm{
		M: o.N * o.H * o.ConvShape.W, N: o.C, K: o.R * o.S * o.K,
		AKContig: true, BKContig: false, CanSplit: true, Label: "conv2d_bwd_data",
		Funcs: "conv_bwd_data", Data: convData(o.ConvShape), AVec: o.K%4 == 0, BVec: o.C%4 == 0,
		A: f32p("dy", l.bind(o.DY)), B: f32p("w", l.bind(o.W)), Out: l.bind(o.DX),
	}.lower(l)
}

// convBackwardFilter: M = K filters, N = R·S·C taps, K = N·OH·OW pixels, which is long:
// it is usually split (split-K) and summed by a second pass.
func (l *layout) convBackwardFilter(o kernels.Conv2DBackwardFilter) []dispatch {
	return gemm{
		M: o.K, N: o.R * o.S * o.C, K: o.N * o.OutH() * o.OutW(),
		AKContig: false, BKContig: false, CanSplit: true, Label: "conv2d_bwd_filter",
		Funcs: "conv_bwd_filter", Data: convData(o.ConvShape), AVec: o.K%4 == 0, BVec: o.C%4 == 0, BCol: true,
		A: f32p("dy", l.bind(o.DY)), B: f32p("x", l.bind(o.X)), Out: l.bind(o.DW),
	}.lower(l)
}

func linearData(in, out int) map[string]any { return map[string]any{"In": in, "Out": out} }

func (l *layout) linear(o kernels.Linear) []dispatch {
	bias := f32p("bias", l.bind(o.Bias))
	return gemm{
		M: o.N, N: o.Out, K: o.In, AKContig: true, BKContig: true, Bias: &bias, Label: "linear",
		Funcs: "linear_fwd", Data: linearData(o.In, o.Out), AVec: o.In%4 == 0, BVec: o.In%4 == 0,
		A: f32p("x", l.bind(o.X)), B: f32p("w", l.bind(o.W)), Out: l.bind(o.Y),
	}.lower(l)
}

func (l *layout) linearBackward(o kernels.LinearBackward) []dispatch {
	dy := f32p("dy", l.bind(o.DY))
	ds := gemm{
		M: o.Out, N: o.In, K: o.N, AKContig: false, BKContig: false, CanSplit: true, Label: "linear_bwd_w",
		Funcs: "linear_bwd_w", Data: linearData(o.In, o.Out), AVec: o.Out%4 == 0, BVec: o.In%4 == 0,
		A: dy, B: f32p("x", l.bind(o.X)), Out: l.bind(o.DW),
	}.lower(l)
	ds = append(ds, eltwise("linear_bwd_bias", "colsum", o.Out,
		[]param{f32p("dy", l.bind(o.DY)), f32w("dbias", l.bind(o.DBias))},
		consts("ROWS", o.N, "COLS", o.Out), nil))
	if o.DX != kernels.NoBuf {
		ds = append(ds, gemm{
			M: o.N, N: o.In, K: o.Out, AKContig: true, BKContig: false, CanSplit: true, Label: "linear_bwd_x",
			Funcs: "linear_bwd_x", Data: linearData(o.In, o.Out), AVec: o.Out%4 == 0, BVec: o.In%4 == 0,
			A: dy, B: f32p("w", l.bind(o.W)), Out: l.bind(o.DX),
		}.lower(l)...)
	}
	return ds
}

// MatMul is an op of this backend only (for benchmarks): C = A·B with A [M][K], B [K][N]
// and C [M][N], all row-major float32.
type MatMul struct {
	M, N, K int
	A, B, C kernels.Buf
	// Tile, when not zero, forces the GEMM's tile shape (BM, BN, BK, TM, TN): tests
	// reach every tile shape with it, benchmarks compare them. BM/TM·BN/TN must be at
	// most 256 threads, BK a multiple of 4, TN a multiple of 4 or of nothing.
	Tile [5]int
}

func (o MatMul) Kind() string { return "matmul" }
func (o MatMul) Operands() []kernels.Operand {
	return []kernels.Operand{
		{Role: "a", Buf: o.A, DType: kernels.F32, Len: o.M * o.K},
		{Role: "b", Buf: o.B, DType: kernels.F32, Len: o.K * o.N},
		{Role: "c", Buf: o.C, DType: kernels.F32, Len: o.M * o.N, Written: true},
	}
}

func (l *layout) matMul(o MatMul) []dispatch {
	return gemm{
		M: o.M, N: o.N, K: o.K, AKContig: true, BKContig: false, CanSplit: true, Label: "matmul",
		Funcs: "matmul", AVec: o.K%4 == 0, BVec: o.N%4 == 0, Tile: o.Tile,
		A: f32p("a", l.bind(o.A)), B: f32p("b", l.bind(o.B)), Out: l.bind(o.C),
	}.lower(l)
}

// convBackwardDataPhases splits a strided backward-data into Stride² dense GEMMs, one
// per phase of the input pixels (a stride-blind gather would spend 3/4 of a stride-2
// layer's work on zero taps). Pixels whose phase has no tap (1×1 stride 2) get zeros
// from a fill first.
func (l *layout) convBackwardDataPhases(o kernels.Conv2DBackwardData) []dispatch {
	s := o.ConvShape
	dx := l.bind(o.DX)
	dy, w := f32p("dy", l.bind(o.DY)), f32p("w", l.bind(o.W))
	var ds []dispatch
	for ph := 0; ph < s.Stride; ph++ {
		for pw := 0; pw < s.Stride; pw++ {
			h0, w0 := mod(ph-s.Pad, s.Stride), mod(pw-s.Pad, s.Stride)
			hp, wp := ceilDiv(max(s.H-h0, 0), s.Stride), ceilDiv(max(s.W-w0, 0), s.Stride)
			rp, sp := ceilDiv(max(s.R-ph, 0), s.Stride), ceilDiv(max(s.S-pw, 0), s.Stride)
			if hp == 0 || wp == 0 {
				continue // no input pixel in this phase
			}
			if rp == 0 || sp == 0 {
				if len(ds) == 0 || ds[0].Label != "conv2d_bwd_data_zero" {
					ds = append([]dispatch{l.elementwise("conv2d_bwd_data_zero", "zero", s.XLen(), []param{f32w("out", dx)})}, ds...)
				}
				continue
			}
			d := convData(s)
			d["H0"], d["W0"], d["HP"], d["WP"], d["RP"], d["SP"], d["PH"], d["PW"] = h0, w0, hp, wp, rp, sp, ph, pw
			d["BaseH"], d["BaseW"] = (h0+s.Pad-ph)/s.Stride, (w0+s.Pad-pw)/s.Stride
			ds = append(ds, gemm{
				M: s.N * hp * wp, N: s.C, K: rp * sp * s.K,
				AKContig: true, BKContig: false, Scatter: true, Label: "conv2d_bwd_data_phase",
				Funcs: "conv_bwd_data_phase", Data: d, A: dy, B: w, Out: dx,
				AVec: s.K%4 == 0, BVec: s.C%4 == 0,
			}.lower(l)...)
		}
	}
	return ds
}

// mod is the non-negative remainder.
func mod(a, b int) int { return ((a % b) + b) % b }
