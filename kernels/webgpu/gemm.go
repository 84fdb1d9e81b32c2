package webgpu

import (
	"webtune/kernels"
)

// gemm is one tiled matrix product OUT(m, n) = Σ_k A(m, k)·B(k, n), M×N outputs over
// a reduction of length K. Funcs is the op's WGSL for loadA, loadB and store.
type gemm struct {
	M, N, K            int
	AKContig, BKContig bool // whether A(m, ·) / B(·, n) are contiguous in k
	Splits             int  // split-K slices (wg.z); 1 for none
	Label              string
	Funcs              string
	Params             []param
}

// tiles picks the tile shape: 128×128 with 8×8 per thread where the output is big
// enough to fill a GPU with such tiles, smaller tiles for small outputs.
func (g gemm) tiles() (bm, bn, bk, tm, tn int) {
	switch {
	case g.M >= 128 && g.N >= 128 && ceilDiv(g.M, 128)*ceilDiv(g.N, 128) >= 64:
		return 128, 128, 8, 8, 8
	case g.M >= 64 && g.N >= 64:
		return 64, 64, 16, 4, 4
	default:
		return 32, 32, 16, 2, 2
	}
}

// chunk is the k range of one split, a multiple of BK.
func (g gemm) chunk(bk int) int {
	s := max(g.Splits, 1)
	return ceilDiv(ceilDiv(g.K, s), bk) * bk
}

func (g gemm) dispatch() dispatch {
	bm, bn, bk, tm, tn := g.tiles()
	chunk := g.chunk(bk)
	text := render("gemm", map[string]any{
		"Decls": decls(g.Params), "Funcs": g.Funcs,
		"M": g.M, "N": g.N, "K": g.K, "BM": bm, "BN": bn, "BK": bk, "TM": tm, "TN": tn,
		"Threads": (bm / tm) * (bn / tn), "KChunk": chunk,
		"AKContig": g.AKContig, "BKContig": g.BKContig,
	})
	return dispatch{Label: g.Label, WGSL: text, Params: g.Params,
		Groups: [3]int{ceilDiv(g.N, bn), ceilDiv(g.M, bm), ceilDiv(g.K, chunk)}}
}

// splitsFor chooses how many slices to cut a long reduction into so that the grid has
// enough workgroups (about 512) to fill a large GPU, each slice at least 512 long.
func splitsFor(g gemm) int {
	bm, bn, _, _, _ := g.tiles()
	tiles := ceilDiv(g.M, bm) * ceilDiv(g.N, bn)
	s := min(ceilDiv(512, tiles), g.K/512)
	return max(s, 1)
}

func convData(s kernels.ConvShape, extra map[string]any) map[string]any {
	d := map[string]any{
		"N": s.N, "H": s.H, "W": s.W, "C": s.C, "K": s.K, "R": s.R, "S": s.S,
		"OH": s.OutH(), "OW": s.OutW(), "Stride": s.Stride, "Pad": s.Pad,
	}
	for k, v := range extra {
		d[k] = v
	}
	return d
}

// convForward: implicit GEMM, M = N·OH·OW pixels, N = K filters, K = R·S·C taps.
func (l *layout) convForward(o kernels.Conv2D) dispatch {
	return gemm{
		M: o.N * o.OutH() * o.OutW(), N: o.K, K: o.R * o.S * o.C,
		AKContig: true, BKContig: true, Splits: 1, Label: "conv2d",
		Funcs:  render("conv_fwd", convData(o.ConvShape, nil)),
		Params: []param{f32p("x", l.bind(o.X)), f32p("w", l.bind(o.W)), f32w("y", l.bind(o.Y))},
	}.dispatch()
}

// convBackwardData: M = N·H·W input pixels, N = C channels, K = R·S·K (tap, filter).
func (l *layout) convBackwardData(o kernels.Conv2DBackwardData) dispatch {
	return gemm{
		M: o.N * o.H * o.ConvShape.W, N: o.C, K: o.R * o.S * o.K,
		AKContig: true, BKContig: false, Splits: 1, Label: "conv2d_bwd_data",
		Funcs:  render("conv_bwd_data", convData(o.ConvShape, nil)),
		Params: []param{f32p("dy", l.bind(o.DY)), f32p("w", l.bind(o.W)), f32w("dx", l.bind(o.DX))},
	}.dispatch()
}

// convBackwardFilter: M = K filters, N = R·S·C taps, K = N·OH·OW pixels, split over the
// pixels into scratch and summed by a second pass when one slice would leave the GPU idle.
func (l *layout) convBackwardFilter(o kernels.Conv2DBackwardFilter) []dispatch {
	g := gemm{
		M: o.K, N: o.R * o.S * o.C, K: o.N * o.OutH() * o.OutW(),
		AKContig: false, BKContig: false, Label: "conv2d_bwd_filter",
	}
	g.Splits = splitsFor(g)
	_, _, bk, _, _ := g.tiles()
	g.Splits = ceilDiv(g.K, g.chunk(bk)) // the slices actually dispatched
	dw := l.bind(o.DW)
	g.Params = []param{f32p("x", l.bind(o.X)), f32p("dy", l.bind(o.DY))}
	if g.Splits == 1 {
		g.Params = append(g.Params, f32w("dw", dw))
		g.Funcs = render("conv_bwd_filter", convData(o.ConvShape, map[string]any{"Split": false}))
		return []dispatch{g.dispatch()}
	}
	n := o.WLen()
	ws := l.scratchBind(g.Splits * n)
	g.Params = append(g.Params, f32w("ws", ws))
	g.Funcs = render("conv_bwd_filter", convData(o.ConvShape, map[string]any{"Split": true}))
	reduce := eltwise("splitk_reduce", "splitk_reduce", n, []param{f32p("ws", ws), f32w("dw", dw)},
		consts("SPLITS", g.Splits), nil)
	return []dispatch{g.dispatch(), reduce}
}

func linearData(in, out int) map[string]any { return map[string]any{"In": in, "Out": out} }

func (l *layout) linear(o kernels.Linear) dispatch {
	return gemm{
		M: o.N, N: o.Out, K: o.In, AKContig: true, BKContig: true, Splits: 1, Label: "linear",
		Funcs: render("linear_fwd", linearData(o.In, o.Out)),
		Params: []param{f32p("x", l.bind(o.X)), f32p("w", l.bind(o.W)),
			f32p("bias", l.bind(o.Bias)), f32w("y", l.bind(o.Y))},
	}.dispatch()
}

func (l *layout) linearBackward(o kernels.LinearBackward) []dispatch {
	ds := []dispatch{gemm{
		M: o.Out, N: o.In, K: o.N, AKContig: false, BKContig: false, Splits: 1, Label: "linear_bwd_w",
		Funcs:  render("linear_bwd_w", linearData(o.In, o.Out)),
		Params: []param{f32p("dy", l.bind(o.DY)), f32p("x", l.bind(o.X)), f32w("dw", l.bind(o.DW))},
	}.dispatch()}
	ds = append(ds, eltwise("linear_bwd_bias", "colsum", o.Out,
		[]param{f32p("dy", l.bind(o.DY)), f32w("dbias", l.bind(o.DBias))},
		consts("ROWS", o.N, "COLS", o.Out), nil))
	if o.DX != kernels.NoBuf {
		ds = append(ds, gemm{
			M: o.N, N: o.In, K: o.Out, AKContig: true, BKContig: false, Splits: 1, Label: "linear_bwd_x",
			Funcs:  render("linear_bwd_x", linearData(o.In, o.Out)),
			Params: []param{f32p("dy", l.bind(o.DY)), f32p("w", l.bind(o.W)), f32w("dx", l.bind(o.DX))},
		}.dispatch())
	}
	return ds
}

// MatMul is an op of this backend only (for benchmarks): C = A·B with A [M][K], B [K][N]
// and C [M][N], all row-major float32.
type MatMul struct {
	M, N, K int
	A, B, C kernels.Buf
}

func (o MatMul) Kind() string { return "matmul" }
func (o MatMul) Operands() []kernels.Operand {
	return []kernels.Operand{
		{Role: "a", Buf: o.A, DType: kernels.F32, Len: o.M * o.K},
		{Role: "b", Buf: o.B, DType: kernels.F32, Len: o.K * o.N},
		{Role: "c", Buf: o.C, DType: kernels.F32, Len: o.M * o.N, Written: true},
	}
}

func (l *layout) matMul(o MatMul) dispatch {
	return gemm{
		M: o.M, N: o.N, K: o.K, AKContig: true, BKContig: false, Splits: 1, Label: "matmul",
		Funcs:  render("matmul", nil),
		Params: []param{f32p("a", l.bind(o.A)), f32p("b", l.bind(o.B)), f32w("c", l.bind(o.C))},
	}.dispatch()
}
