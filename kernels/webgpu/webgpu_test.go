//go:build js

package webgpu

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

var gpu, gpuShared *Backend

// backend is the device with every feature the adapter offers (subgroups included
// where it has them).
func backend(t *testing.T) *Backend {
	t.Helper()
	if gpu == nil {
		b, err := New()
		if err != nil {
			t.Fatalf("no WebGPU: %v", err)
		}
		gpu = b
		t.Logf("adapter: %+v", b.Info)
	}
	return gpu
}

// sharedBackend lowers the reductions to workgroup memory only, the path of adapters
// without subgroups, on the default device (whose compiled pipelines it shares: the
// shaders other than the reductions are the same text).
func sharedBackend(t *testing.T) *Backend {
	t.Helper()
	if gpuShared == nil {
		gpuShared = backend(t).WithoutSubgroups()
	}
	return gpuShared
}

// bothReductions runs f on the default device and on the shared-memory one.
func bothReductions(t *testing.T, f func(t *testing.T, be *Backend)) {
	t.Run("subgroups", func(t *testing.T) {
		be := backend(t)
		if !be.UsesSubgroups() {
			t.Log("the adapter has no subgroups: this runs the shared-memory kernels too")
		}
		f(t, be)
	})
	t.Run("shared", func(t *testing.T) { f(t, sharedBackend(t)) })
}

// fill gives the root buffers of p their starting values: init[name] where set, else
// random normal floats, small random ints, random bytes.
func fill(p *kernels.Plan, rng *rand.Rand, init map[string][]byte) map[kernels.Buf][]byte {
	data := map[kernels.Buf][]byte{}
	for i, s := range p.Buffers {
		b := kernels.Buf(i + 1)
		if s.Parent != kernels.NoBuf {
			continue
		}
		if v, ok := init[s.Name]; ok {
			data[b] = v
			continue
		}
		switch s.DType {
		case kernels.F32:
			v := make([]float32, s.Len)
			for j := range v {
				v[j] = float32(rng.NormFloat64())
			}
			data[b] = kernels.F32Bytes(v)
		case kernels.I32:
			v := make([]int32, s.Len)
			for j := range v {
				v[j] = int32(rng.IntN(3))
			}
			data[b] = kernels.I32Bytes(v)
		case kernels.U8:
			v := make([]byte, s.Len)
			for j := range v {
				v[j] = byte(rng.IntN(256))
			}
			data[b] = v
		}
	}
	return data
}

// runBoth runs routine "r" of p on ref64 (the reference computing in float64, so the
// comparison measures this backend's rounding alone) and on WebGPU from the same start and returns
// every root buffer of both afterwards.
func runBoth(t *testing.T, p *kernels.Plan, init map[string][]byte) (want, got map[kernels.Buf][]byte) {
	t.Helper()
	return runOn(t, backend(t), p, init)
}

// runOn is runBoth on the WebGPU backend be.
func runOn(t *testing.T, be *Backend, p *kernels.Plan, init map[string][]byte) (want, got map[kernels.Buf][]byte) {
	t.Helper()
	data := fill(p, rand.New(rand.NewPCG(1, 2)), init)
	run := func(be kernels.Backend) map[kernels.Buf][]byte {
		prog, err := be.Compile(p)
		if err != nil {
			t.Fatalf("%s: compile: %v", be.Name(), err)
		}
		defer prog.Close()
		for b, v := range data {
			if err := prog.Write(b, v); err != nil {
				t.Fatalf("%s: write %q: %v", be.Name(), p.Spec(b).Name, err)
			}
		}
		if err := prog.Run("r"); err != nil {
			t.Fatalf("%s: run: %v", be.Name(), err)
		}
		out := map[kernels.Buf][]byte{}
		for b := range data {
			s := p.Spec(b)
			out[b] = make([]byte, s.Len*s.DType.Size())
			if err := prog.Read(b, out[b]); err != nil {
				t.Fatalf("%s: read %q: %v", be.Name(), s.Name, err)
			}
		}
		return out
	}
	return run(ref.New64()), run(be)
}

// compare checks every buffer: ints exactly, floats to tol relative to the buffer's
// largest magnitude (sums of many products round differently in another order).
func compare(t *testing.T, p *kernels.Plan, want, got map[kernels.Buf][]byte, tol float64) {
	t.Helper()
	for b, w := range want {
		s := p.Spec(b)
		g := got[b]
		switch s.DType {
		case kernels.F32:
			wf, gf := kernels.BytesF32(w), kernels.BytesF32(g)
			scale := 1.0
			for _, v := range wf {
				scale = math.Max(scale, math.Abs(float64(v)))
			}
			bad := 0
			for i := range wf {
				d := math.Abs(float64(wf[i] - gf[i]))
				if !(d <= tol*scale) {
					if bad < 5 {
						t.Errorf("%s[%d] = %g, ref %g (diff %.3g, scale %.3g)", s.Name, i, gf[i], wf[i], d, scale)
					}
					bad++
				}
			}
			if bad > 0 {
				t.Errorf("%s: %d of %d values differ from ref", s.Name, bad, len(wf))
			}
		default:
			for i := range w {
				if w[i] != g[i] {
					t.Errorf("%s (%s): byte %d = %d, ref %d", s.Name, s.DType, i, g[i], w[i])
					break
				}
			}
		}
	}
}

func convPlan(s kernels.ConvShape, kind string) *kernels.Plan {
	p := kernels.NewPlan()
	x := p.Alloc("x", kernels.F32, s.XLen())
	w := p.Alloc("w", kernels.F32, s.WLen())
	y := p.Alloc("y", kernels.F32, s.YLen())
	switch kind {
	case "fwd":
		p.AddRoutine("r", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	case "data":
		p.AddRoutine("r", kernels.Conv2DBackwardData{ConvShape: s, DY: y, W: w, DX: x})
	case "filter":
		p.AddRoutine("r", kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: y, DW: w})
	}
	return p
}

var convShapes = []kernels.ConvShape{
	{N: 2, H: 9, W: 7, C: 3, K: 5, R: 3, S: 3, Stride: 1, Pad: 1},
	{N: 1, H: 9, W: 9, C: 3, K: 64, R: 7, S: 7, Stride: 2, Pad: 3}, // the stem's 147 taps: backward filter in 52-wide tiles
	{N: 2, H: 16, W: 16, C: 3, K: 8, R: 7, S: 7, Stride: 2, Pad: 3},
	{N: 1, H: 8, W: 8, C: 16, K: 32, R: 1, S: 1, Stride: 2, Pad: 0},
	{N: 2, H: 10, W: 10, C: 24, K: 70, R: 3, S: 3, Stride: 2, Pad: 1},
	{N: 2, H: 8, W: 8, C: 64, K: 64, R: 3, S: 3, Stride: 1, Pad: 1},
	{N: 1, H: 2, W: 2, C: 256, K: 40, R: 3, S: 3, Stride: 1, Pad: 1},  // long taps, few pixels: split-K forward
	{N: 8, H: 32, W: 32, C: 16, K: 16, R: 3, S: 3, Stride: 1, Pad: 1}, // long reduction: split-K
	{N: 1, H: 7, W: 9, C: 5, K: 6, R: 3, S: 3, Stride: 2, Pad: 1},     // odd sizes, backward-data phases
	{N: 2, H: 8, W: 7, C: 4, K: 3, R: 2, S: 2, Stride: 3, Pad: 0},     // phases without taps
}

func TestConv(t *testing.T) {
	for _, s := range convShapes {
		for _, kind := range []string{"fwd", "data", "filter"} {
			t.Run(fmt.Sprintf("%s/%dx%dx%dx%d_k%d_%dx%d_s%dp%d", kind, s.N, s.H, s.W, s.C, s.K, s.R, s.S, s.Stride, s.Pad), func(t *testing.T) {
				p := convPlan(s, kind)
				want, got := runBoth(t, p, nil)
				compare(t, p, want, got, 1e-5)
			})
		}
	}
}

// Views bind at offsets inside one root buffer, as the model's parameter buffer does.
func TestConvOnViews(t *testing.T) {
	s := kernels.ConvShape{N: 2, H: 6, W: 6, C: 4, K: 8, R: 3, S: 3, Stride: 1, Pad: 1}
	p := kernels.NewPlan()
	all := p.Alloc("all", kernels.F32, 64*200)
	x := p.View("x", all, 64, s.XLen())
	w := p.View("w", all, 64*10, s.WLen())
	y := p.View("y", all, 64*40, s.YLen())
	p.AddRoutine("r", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	want, got := runBoth(t, p, nil)
	compare(t, p, want, got, 1e-5)
}

func f32s(v ...float32) []byte { return kernels.F32Bytes(v) }

func positive(n int, lo float32) []byte {
	v := make([]float32, n)
	for i := range v {
		v[i] = lo + float32(i%7)*0.25
	}
	return kernels.F32Bytes(v)
}

// The batch-norm cases cover both reduction forms: channel counts that divide by 4 take
// the subgroup kernels (16, 8 and 4 channels per workgroup: 64, 8, 12), others the
// shared-memory ones; 9000 rows make several chunks.
func TestBatchNorm(t *testing.T) { bothReductions(t, testBatchNorm) }

func testBatchNorm(t *testing.T, be *Backend) {
	for _, tc := range []struct {
		rows, c            int
		train, relu, resid bool
	}{
		{6, 3, true, false, false}, {50, 64, true, true, true}, {2000, 5, true, true, false},
		{37, 130, true, false, true}, {50, 64, false, true, true}, {9, 3, false, false, false},
		{9000, 8, true, false, false}, {300, 12, true, true, false}, {2, 4, true, false, false},
	} {
		t.Run(fmt.Sprintf("rows%d_c%d_train%v_relu%v_res%v", tc.rows, tc.c, tc.train, tc.relu, tc.resid), func(t *testing.T) {
			p := kernels.NewPlan()
			n := tc.rows * tc.c
			op := kernels.BatchNorm{Rows: tc.rows, C: tc.c, Train: tc.train, ReLU: tc.relu, Eps: 1e-5, Momentum: 0.1,
				X: p.Alloc("x", kernels.F32, n), Gamma: p.Alloc("gamma", kernels.F32, tc.c), Beta: p.Alloc("beta", kernels.F32, tc.c),
				RunMean: p.Alloc("rm", kernels.F32, tc.c), RunVar: p.Alloc("rv", kernels.F32, tc.c), Y: p.Alloc("y", kernels.F32, n)}
			if tc.train {
				op.SaveMean, op.SaveInvStd = p.Alloc("sm", kernels.F32, tc.c), p.Alloc("si", kernels.F32, tc.c)
			}
			if tc.resid {
				op.Residual = p.Alloc("res", kernels.F32, n)
			}
			p.AddRoutine("r", op)
			init := map[string][]byte{"rv": positive(tc.c, 0.5)}
			// An offset mean checks that the variance does not cancel.
			x := make([]float32, n)
			for i := range x {
				x[i] = 100 + float32(i%tc.c) + float32(uint32(i)*2654435761>>20)/4096
			}
			init["x"] = kernels.F32Bytes(x)
			want, got := runOn(t, be, p, init)
			compare(t, p, want, got, 2e-4)
		})
	}
}

func TestBatchNormBackward(t *testing.T) { bothReductions(t, testBatchNormBackward) }

func testBatchNormBackward(t *testing.T, be *Backend) {
	for _, tc := range []struct{ rows, c int }{{6, 3}, {300, 64}, {2000, 5}, {45, 130}, {9000, 8}, {77, 12}, {1, 4}} {
		t.Run(fmt.Sprintf("rows%d_c%d", tc.rows, tc.c), func(t *testing.T) {
			p := kernels.NewPlan()
			n := tc.rows * tc.c
			p.AddRoutine("r", kernels.BatchNormBackward{Rows: tc.rows, C: tc.c,
				X: p.Alloc("x", kernels.F32, n), DY: p.Alloc("dy", kernels.F32, n), Gamma: p.Alloc("gamma", kernels.F32, tc.c),
				SaveMean: p.Alloc("sm", kernels.F32, tc.c), SaveInvStd: p.Alloc("si", kernels.F32, tc.c),
				DX: p.Alloc("dx", kernels.F32, n), DGamma: p.Alloc("dg", kernels.F32, tc.c), DBeta: p.Alloc("db", kernels.F32, tc.c)})
			want, got := runOn(t, be, p, map[string][]byte{"si": positive(tc.c, 0.5)})
			compare(t, p, want, got, 1e-4)
		})
	}
}

// A ReLU backward in place followed by the batch-norm backward of the same gradient
// (the model's BN+ReLU pairs) lowers to one fused sums pass; the masked gradient it
// writes back, and every BN gradient, equal ref's two ops. Channel counts that divide
// by 4 take the subgroup sums, the others the shared-memory ones.
func TestReLUFoldedIntoBatchNormBackward(t *testing.T) { bothReductions(t, testReLUFolded) }

func testReLUFolded(t *testing.T, be *Backend) {
	for _, tc := range []struct{ rows, c int }{{6, 3}, {300, 64}, {2000, 5}, {77, 12}, {9000, 8}} {
		t.Run(fmt.Sprintf("rows%d_c%d", tc.rows, tc.c), func(t *testing.T) {
			p := kernels.NewPlan()
			n := tc.rows * tc.c
			dy := p.Alloc("dy", kernels.F32, n)
			relu := kernels.ReLUBackward{Len: n, Y: p.Alloc("y", kernels.F32, n), DY: dy, DX: dy}
			bn := kernels.BatchNormBackward{Rows: tc.rows, C: tc.c,
				X: p.Alloc("x", kernels.F32, n), DY: dy, Gamma: p.Alloc("gamma", kernels.F32, tc.c),
				SaveMean: p.Alloc("sm", kernels.F32, tc.c), SaveInvStd: p.Alloc("si", kernels.F32, tc.c),
				DX: p.Alloc("dx", kernels.F32, n), DGamma: p.Alloc("dg", kernels.F32, tc.c), DBeta: p.Alloc("db", kernels.F32, tc.c)}
			p.AddRoutine("r", relu, bn)
			_, routines, err := lowerPlan(p, be.tuning())
			if err != nil {
				t.Fatal(err)
			}
			if len(routines[0]) != 3 || !strings.HasSuffix(routines[0][0].Label, "_relu") {
				t.Errorf("ReLU backward + BN backward lowered to %d dispatches starting with %s, want 3 starting with the fused sums", len(routines[0]), routines[0][0].Label)
			}
			want, got := runOn(t, be, p, map[string][]byte{"si": positive(tc.c, 0.5)})
			compare(t, p, want, got, 1e-4)
		})
	}
}

// The convolutions with the im2col address worked out whole for each element
// (Options.PerElementIndex, the A/B switch of the per-slot form the other tests run),
// and with the former 64-wide tiles on a 147-wide backward filter (Options.PaddedTiles).
func TestConvFormerChoices(t *testing.T) {
	be, err := New(Options{PerElementIndex: true, PaddedTiles: true})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	for _, s := range []kernels.ConvShape{
		{N: 2, H: 16, W: 16, C: 3, K: 8, R: 7, S: 7, Stride: 2, Pad: 3},
		{N: 1, H: 9, W: 9, C: 3, K: 64, R: 7, S: 7, Stride: 2, Pad: 3},
		{N: 2, H: 10, W: 10, C: 24, K: 70, R: 3, S: 3, Stride: 2, Pad: 1},
	} {
		for _, kind := range []string{"fwd", "filter"} {
			t.Run(fmt.Sprintf("%s/%dx%dx%dx%d_k%d_%dx%d_s%dp%d", kind, s.N, s.H, s.W, s.C, s.K, s.R, s.S, s.Stride, s.Pad), func(t *testing.T) {
				p := convPlan(s, kind)
				want, got := runOn(t, be, p, nil)
				compare(t, p, want, got, 1e-5)
			})
		}
	}
}

// A convolution followed by the training batch norm of its output lowers to a GEMM
// that writes the statistics in its epilogue (every tile shape a convolution can take
// here: thin, 32x32, 64x64, 128x64, 128x128; partial row tiles; enough row tiles that
// the merge takes several lanes), except where the GEMM is split (then the statistics
// pass stays). Outputs off-centre (inputs near 3) check that the variance does not
// cancel. Everything equals ref's two ops.
func TestConvBatchNormStats(t *testing.T) {
	for _, tc := range []struct {
		s     kernels.ConvShape
		fused bool
	}{
		{kernels.ConvShape{N: 2, H: 16, W: 16, C: 3, K: 8, R: 7, S: 7, Stride: 2, Pad: 3}, true},
		{kernels.ConvShape{N: 1, H: 5, W: 7, C: 4, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}, true},
		{kernels.ConvShape{N: 2, H: 12, W: 12, C: 16, K: 64, R: 3, S: 3, Stride: 1, Pad: 1}, true},
		{kernels.ConvShape{N: 1, H: 16, W: 16, C: 8, K: 64, R: 3, S: 3, Stride: 1, Pad: 1}, true},
		{kernels.ConvShape{N: 4, H: 20, W: 20, C: 4, K: 16, R: 3, S: 3, Stride: 1, Pad: 1}, true},
		{kernels.ConvShape{N: 1, H: 32, W: 32, C: 4, K: 1024, R: 1, S: 1, Stride: 1}, true},
		{kernels.ConvShape{N: 1, H: 2, W: 2, C: 256, K: 40, R: 3, S: 3, Stride: 1, Pad: 1}, false},
	} {
		s := tc.s
		t.Run(fmt.Sprintf("%dx%dx%dx%d_k%d_%dx%d_s%dp%d", s.N, s.H, s.W, s.C, s.K, s.R, s.S, s.Stride, s.Pad), func(t *testing.T) {
			p := kernels.NewPlan()
			c := func(name string) kernels.Buf { return p.Alloc(name, kernels.F32, s.K) }
			x, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("conv", kernels.F32, s.YLen())
			conv := kernels.Conv2D{ConvShape: s, X: x, W: p.Alloc("w", kernels.F32, s.WLen()), Y: y}
			bn := kernels.BatchNorm{Rows: s.N * s.OutH() * s.OutW(), C: s.K, Train: true, ReLU: true, Eps: 1e-5, Momentum: 0.1,
				X: y, Gamma: c("gamma"), Beta: c("beta"), RunMean: c("rm"), RunVar: c("rv"), SaveMean: c("sm"), SaveInvStd: c("si"),
				Y: p.Alloc("y", kernels.F32, s.YLen())}
			p.AddRoutine("r", conv, bn)
			_, routines, err := lowerPlan(p, backend(t).tuning())
			if err != nil {
				t.Fatal(err)
			}
			if fused := strings.HasSuffix(routines[0][0].Label, "_bnstats"); fused != tc.fused {
				t.Errorf("first dispatch %s: statistics in the GEMM epilogue %v, want %v", routines[0][0].Label, fused, tc.fused)
			}
			xs := make([]float32, s.XLen())
			rng := rand.New(rand.NewPCG(7, 8))
			for i := range xs {
				xs[i] = 3 + 0.1*float32(rng.NormFloat64())
			}
			want, got := runBoth(t, p, map[string][]byte{"x": kernels.F32Bytes(xs), "rv": positive(s.K, 0.5)})
			compare(t, p, want, got, 2e-4)
		})
	}
}

func TestElementwise(t *testing.T) {
	const n = 1000
	p := kernels.NewPlan()
	a, b, c := p.Alloc("a", kernels.F32, n), p.Alloc("b", kernels.F32, n), p.Alloc("c", kernels.F32, n)
	d := p.Alloc("d", kernels.F32, n)
	p.AddRoutine("r",
		kernels.Add{Len: n, A: a, B: b, Y: c},
		kernels.Add{Len: n, A: a, B: b, Y: a}, // in place
		kernels.ReLUBackward{Len: n, Y: b, DY: c, DX: d},
		kernels.ReLUBackward{Len: n, Y: b, DY: c, DX: c}, // in place
	)
	want, got := runBoth(t, p, nil)
	compare(t, p, want, got, 1e-6)
}

func TestPools(t *testing.T) {
	for _, s := range []kernels.PoolShape{
		{N: 2, H: 9, W: 9, C: 5, Window: 3, Stride: 2, Pad: 1},
		{N: 1, H: 8, W: 6, C: 64, Window: 3, Stride: 2, Pad: 1},
		{N: 2, H: 5, W: 5, C: 3, Window: 2, Stride: 1, Pad: 0},
	} {
		t.Run(fmt.Sprintf("max_%dx%dx%dx%d_w%ds%dp%d", s.N, s.H, s.W, s.C, s.Window, s.Stride, s.Pad), func(t *testing.T) {
			p := kernels.NewPlan()
			x, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("y", kernels.F32, s.YLen())
			idx := p.Alloc("idx", kernels.I32, s.YLen())
			dy, dx := p.Alloc("dy", kernels.F32, s.YLen()), p.Alloc("dx", kernels.F32, s.XLen())
			p.AddRoutine("r", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx},
				kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
			// Ties: quantized inputs make the first-maximum rule matter.
			v := make([]float32, s.XLen())
			for i := range v {
				v[i] = float32((i * 37) % 5)
			}
			want, got := runBoth(t, p, map[string][]byte{"x": kernels.F32Bytes(v)})
			compare(t, p, want, got, 1e-6)
		})
	}
	t.Run("avg", func(t *testing.T) {
		p := kernels.NewPlan()
		x, y := p.Alloc("x", kernels.F32, 3*49*70), p.Alloc("y", kernels.F32, 3*70)
		dy, dx := p.Alloc("dy", kernels.F32, 3*70), p.Alloc("dx", kernels.F32, 3*49*70)
		p.AddRoutine("r", kernels.GlobalAvgPool{N: 3, HW: 49, C: 70, X: x, Y: y},
			kernels.GlobalAvgPoolBackward{N: 3, HW: 49, C: 70, DY: dy, DX: dx})
		want, got := runBoth(t, p, nil)
		compare(t, p, want, got, 1e-6)
	})
}

func TestLinear(t *testing.T) {
	for _, s := range [][3]int{{2, 512, 2}, {5, 70, 33}, {9, 300, 130}, {6, 64, 12}} {
		n, in, out := s[0], s[1], s[2]
		for _, withDX := range []bool{true, false} {
			t.Run(fmt.Sprintf("n%d_in%d_out%d_dx%v", n, in, out, withDX), func(t *testing.T) {
				p := kernels.NewPlan()
				x, w, bias := p.Alloc("x", kernels.F32, n*in), p.Alloc("w", kernels.F32, out*in), p.Alloc("bias", kernels.F32, out)
				y, dy := p.Alloc("y", kernels.F32, n*out), p.Alloc("dy", kernels.F32, n*out)
				dw, db := p.Alloc("dw", kernels.F32, out*in), p.Alloc("db", kernels.F32, out)
				bw := kernels.LinearBackward{N: n, In: in, Out: out, X: x, W: w, DY: dy, DW: dw, DBias: db}
				if withDX {
					bw.DX = p.Alloc("dx", kernels.F32, n*in)
				}
				p.AddRoutine("r", kernels.Linear{N: n, In: in, Out: out, X: x, W: w, Bias: bias, Y: y}, bw)
				want, got := runBoth(t, p, nil)
				compare(t, p, want, got, 1e-5)
			})
		}
	}
}

func TestSoftmaxCrossEntropy(t *testing.T) { bothReductions(t, testSoftmaxCrossEntropy) }

func testSoftmaxCrossEntropy(t *testing.T, be *Backend) {
	for _, s := range []struct {
		n, classes int
		labels     []int32
	}{
		{4, 2, []int32{0, 1, 1, -1}},
		{3, 10, []int32{-1, -1, -1}},
		{300, 1000, nil},
	} {
		t.Run(fmt.Sprintf("n%d_c%d", s.n, s.classes), func(t *testing.T) {
			p := kernels.NewPlan()
			logits, labels := p.Alloc("logits", kernels.F32, s.n*s.classes), p.Alloc("labels", kernels.I32, s.n)
			dl, loss, corr := p.Alloc("dl", kernels.F32, s.n*s.classes), p.Alloc("loss", kernels.F32, 1), p.Alloc("correct", kernels.I32, 1)
			loss2, corr2 := p.Alloc("loss2", kernels.F32, 1), p.Alloc("correct2", kernels.I32, 1)
			p.AddRoutine("r",
				kernels.SoftmaxCrossEntropy{N: s.n, Classes: s.classes, Logits: logits, Labels: labels, DLogits: dl, Loss: loss, Correct: corr},
				kernels.SoftmaxCrossEntropy{N: s.n, Classes: s.classes, Logits: logits, Labels: labels, Loss: loss2, Correct: corr2})
			lab := s.labels
			if lab == nil {
				lab = make([]int32, s.n)
				for i := range lab {
					lab[i] = int32((i*131)%(s.classes+1)) - 1
				}
			}
			// A few exact copies of the label's logit check the first-maximum rule.
			v := make([]float32, s.n*s.classes)
			for i := range v {
				v[i] = float32((i*7919)%23) / 4
			}
			want, got := runOn(t, be, p, map[string][]byte{"labels": kernels.I32Bytes(lab), "logits": kernels.F32Bytes(v)})
			compare(t, p, want, got, 1e-5)
		})
	}
}

func TestSGD(t *testing.T) {
	for _, mom := range []float32{0, 0.9} {
		t.Run(fmt.Sprint("momentum", mom), func(t *testing.T) {
			p := kernels.NewPlan()
			params := p.Alloc("params", kernels.F32, 64*4)
			grads := p.Alloc("grads", kernels.F32, 64*4)
			vel := p.Alloc("vel", kernels.F32, 64*4)
			hyper := p.Alloc("hyper", kernels.F32, 3)
			w1, g1 := p.View("w1", params, 0, 100), p.View("g1", grads, 0, 100)
			w2, g2 := p.View("w2", params, 128, 77), p.View("g2", grads, 128, 77)
			v1, v2 := p.View("v1", vel, 0, 100), p.View("v2", vel, 128, 77)
			o1 := kernels.SGD{Len: 100, Param: w1, Grad: g1, Hyper: hyper}
			o2 := kernels.SGD{Len: 77, Param: w2, Grad: g2, Hyper: hyper}
			if mom != 0 {
				o1.Velocity, o2.Velocity = v1, v2
			}
			p.AddRoutine("r", o1, o2)
			want, got := runBoth(t, p, map[string][]byte{"hyper": f32s(0.1, 0.001, mom)})
			compare(t, p, want, got, 1e-6)
		})
	}
}

func TestInputNormalize(t *testing.T) {
	p := kernels.NewPlan()
	raw := p.Alloc("raw", kernels.U8, 64*3+2*5*6*3)
	src := p.View("src", raw, 64, 2*5*6*3) // a U8 view 64 bytes in: not 256-aligned
	dst := p.Alloc("dst", kernels.F32, 2*5*6*3)
	p.AddRoutine("r", kernels.InputNormalize{N: 2, H: 5, W: 6,
		Mean: [3]float32{0.485, 0.456, 0.406}, Std: [3]float32{0.229, 0.224, 0.225}, Src: src, Dst: dst})
	want, got := runBoth(t, p, nil)
	compare(t, p, want, got, 1e-6)
}

// MatMul at sizes that pick different tiles, and at every tile shape the lowering can
// choose (forced), with sizes that leave partial tiles on every side.
func TestMatMul(t *testing.T) {
	cases := []struct {
		m, n, k int
		tile    [5]int
	}{{7, 9, 5, [5]int{}}, {130, 260, 70, [5]int{}}, {256, 256, 64, [5]int{}}}
	for _, tile := range [][5]int{{128, 128, 16, 8, 8}, {128, 128, 8, 8, 8}, {128, 64, 16, 8, 4}, {64, 128, 16, 4, 8}, {64, 64, 16, 4, 4}, {64, 52, 16, 4, 4}} {
		cases = append(cases, struct {
			m, n, k int
			tile    [5]int
		}{130, 196, 36, tile})
	}
	for _, tc := range cases {
		m, n, k := tc.m, tc.n, tc.k
		t.Run(fmt.Sprintf("%dx%dx%d tile %v", m, n, k, tc.tile), func(t *testing.T) {
			p := kernels.NewPlan()
			a, b, c := p.Alloc("a", kernels.F32, m*k), p.Alloc("b", kernels.F32, k*n), p.Alloc("c", kernels.F32, m*n)
			p.AddRoutine("r", MatMul{M: m, N: n, K: k, A: a, B: b, C: c, Tile: tc.tile})
			prog, err := backend(t).Compile(p)
			if err != nil {
				t.Fatal(err)
			}
			defer prog.Close()
			rng := rand.New(rand.NewPCG(3, 4))
			av, bv := make([]float32, m*k), make([]float32, k*n)
			for i := range av {
				av[i] = float32(rng.NormFloat64())
			}
			for i := range bv {
				bv[i] = float32(rng.NormFloat64())
			}
			if err := kernels.WriteF32(prog, a, av); err != nil {
				t.Fatal(err)
			}
			if err := kernels.WriteF32(prog, b, bv); err != nil {
				t.Fatal(err)
			}
			if err := prog.Run("r"); err != nil {
				t.Fatal(err)
			}
			cv, err := kernels.ReadF32(prog, c, m*n)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					var want float64
					for q := 0; q < k; q++ {
						want += float64(av[i*k+q]) * float64(bv[q*n+j])
					}
					if d := math.Abs(want - float64(cv[i*n+j])); d > 1e-4*math.Sqrt(float64(k)) {
						t.Fatalf("c[%d][%d] = %g, want %g", i, j, cv[i*n+j], want)
					}
				}
			}
		})
	}
}

// Errors must come back as Go errors naming what failed.
func TestErrors(t *testing.T) {
	p := kernels.NewPlan()
	a := p.Alloc("a", kernels.F32, 4)
	p.AddRoutine("r", kernels.Add{Len: 4, A: a, B: a, Y: a})
	prog, err := backend(t).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	if err := prog.Run("nope"); err == nil {
		t.Error("Run of an unknown routine succeeded")
	}
	if err := prog.Write(a, make([]byte, 3)); err == nil {
		t.Error("Write of the wrong length succeeded")
	}
	if err := prog.Read(a, make([]byte, 20)); err == nil {
		t.Error("Read of the wrong length succeeded")
	}
	prog.Close()
	if err := prog.Run("r"); err == nil {
		t.Error("Run after Close succeeded")
	}

	// A buffer beyond the device's maxBufferSize is refused before WebGPU sees it.
	huge := kernels.NewPlan()
	n := backend(t).Info.Limits["maxBufferSize"]/4 + 64
	h := huge.Alloc("huge", kernels.F32, n)
	huge.AddRoutine("r", kernels.Add{Len: n, A: h, B: h, Y: h})
	var tl *kernels.TooLargeError
	if _, err := backend(t).Compile(huge); !errors.As(err, &tl) || !strings.Contains(err.Error(), "smaller batch") {
		t.Errorf("Compile of a %d-byte buffer: %v, want a TooLargeError", 4*n, err)
	} else if tl.Bytes != int64(4*n) || !strings.Contains(tl.Buffer, "huge") {
		t.Errorf("TooLargeError %+v, want buffer huge of %d bytes", tl, 4*n)
	}
}

// A lost device (here destroyed on purpose) comes back as ErrDeviceLost from every call,
// never as silent zeros.
func TestDeviceLost(t *testing.T) {
	be, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p := kernels.NewPlan()
	a := p.Alloc("a", kernels.F32, 4)
	p.AddRoutine("r", kernels.Add{Len: 4, A: a, B: a, Y: a})
	prog, err := be.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := prog.Run("r"); err != nil {
		t.Fatal(err)
	}
	be.Close()
	if err := prog.Run("r"); !errors.Is(err, ErrDeviceLost) {
		t.Errorf("Run after the device was lost: %v, want ErrDeviceLost", err)
	}
	if err := prog.Read(a, make([]byte, 16)); !errors.Is(err, ErrDeviceLost) {
		t.Errorf("Read after the device was lost: %v, want ErrDeviceLost", err)
	}
	if _, err := be.Compile(p); !errors.Is(err, ErrDeviceLost) {
		t.Errorf("Compile after the device was lost: %v, want ErrDeviceLost", err)
	}
	// The shared backend of the other tests still works.
	TestElementwise(t)
}

// Where the adapter has subgroups, the default device compiles the subgroup kernels
// (so the tests above exercise them), and the DisableSubgroups device does not.
func TestSubgroupsChosenAtCompile(t *testing.T) {
	be := backend(t)
	t.Logf("adapter features %v: subgroups %v", be.Info.Features, be.HasSubgroups())
	if !be.HasSubgroups() {
		t.Skip("the adapter has no subgroups feature: only the shared-memory kernels can run here")
	}
	p := kernels.NewPlan()
	x, y := p.Alloc("x", kernels.F32, 64*8), p.Alloc("y", kernels.F32, 64*8)
	c := func(name string) kernels.Buf { return p.Alloc(name, kernels.F32, 8) }
	p.AddRoutine("r", kernels.BatchNorm{Rows: 64, C: 8, Train: true, Eps: 1e-5, Momentum: 0.1, X: x, Y: y,
		Gamma: c("g"), Beta: c("b"), RunMean: c("rm"), RunVar: c("rv"), SaveMean: c("sm"), SaveInvStd: c("si")})
	viaNew, err := New(Options{DisableSubgroups: true})
	if err != nil {
		t.Fatal(err)
	}
	defer viaNew.Close()
	for _, tc := range []struct {
		be   *Backend
		want bool
	}{{be, true}, {sharedBackend(t), false}, {viaNew, false}} {
		_, routines, err := lowerPlan(p, tc.be.tuning())
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.HasSuffix(routines[0][0].Label, "_sg"); got != tc.want {
			t.Errorf("DisableSubgroups %v: first kernel %s, want the subgroup form %v", tc.be.opts.DisableSubgroups, routines[0][0].Label, tc.want)
		}
	}
}
