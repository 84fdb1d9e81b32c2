//go:build !js

package simd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// opCase is one op over freshly allocated buffers, run on ref and on simd with the
// same random inputs; every buffer is compared afterwards.
type opCase struct {
	name  string
	build func(p *kernels.Plan) kernels.Op
	tol   float64 // relative to the largest reference magnitude of each buffer
}

func runOpCase(t *testing.T, b kernels.Backend, c opCase) {
	p := kernels.NewPlan()
	op := c.build(p)
	p.AddRoutine("step", op)
	want, err := ref.New().Compile(p)
	if err != nil {
		t.Fatalf("ref compile: %v", err)
	}
	defer want.Close()
	got, err := b.Compile(p)
	if err != nil {
		t.Fatalf("simd compile: %v", err)
	}
	defer got.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	for i, s := range p.Buffers {
		if s.Parent != kernels.NoBuf {
			continue
		}
		var data []byte
		switch s.DType {
		case kernels.F32:
			v := make([]float32, s.Len)
			for j := range v {
				v[j] = float32(rng.NormFloat64())
			}
			if s.Name == "hyper" {
				v = []float32{0.1, 0.001, 0.9}
			}
			if s.Name == "runvar" {
				for j := range v {
					v[j] = 0.5 + rng.Float32()
				}
			}
			data = kernels.F32Bytes(v)
		case kernels.I32:
			v := make([]int32, s.Len)
			for j := range v {
				v[j] = int32(rng.IntN(10)) - 1 // labels in [-1, 9)
			}
			data = kernels.I32Bytes(v)
		case kernels.U8:
			data = make([]byte, s.Len)
			for j := range data {
				data[j] = byte(rng.IntN(256))
			}
		}
		for _, prog := range []kernels.Program{want, got} {
			if err := prog.Write(kernels.Buf(i+1), data); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Max-pool backward needs real indices: derive them with a forward pass on ref.
	if mp, ok := op.(kernels.MaxPoolBackward); ok {
		idx := poolIndices(t, mp.PoolShape, rng)
		for _, prog := range []kernels.Program{want, got} {
			if err := kernels.WriteI32(prog, mp.Index, idx); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := want.Run("step"); err != nil {
		t.Fatalf("ref run: %v", err)
	}
	if err := got.Run("step"); err != nil {
		t.Fatalf("simd run: %v", err)
	}
	for i, s := range p.Buffers {
		if s.Parent != kernels.NoBuf {
			continue
		}
		n := s.Len * s.DType.Size()
		wb, gb := make([]byte, n), make([]byte, n)
		if err := want.Read(kernels.Buf(i+1), wb); err != nil {
			t.Fatal(err)
		}
		if err := got.Read(kernels.Buf(i+1), gb); err != nil {
			t.Fatal(err)
		}
		if s.DType != kernels.F32 {
			for j := range wb {
				if wb[j] != gb[j] {
					t.Fatalf("%s: %s differs at byte %d", c.name, s.Name, j)
				}
			}
			continue
		}
		wv, gv := kernels.BytesF32(wb), kernels.BytesF32(gb)
		scale := 0.0
		for _, v := range wv {
			scale = math.Max(scale, math.Abs(float64(v)))
		}
		worst, at := 0.0, -1
		for j := range wv {
			d := math.Abs(float64(wv[j]) - float64(gv[j]))
			if d > worst || (gv[j] != gv[j]) != (wv[j] != wv[j]) {
				worst, at = d, j
			}
		}
		if at >= 0 && (worst > c.tol*scale || gv[at] != gv[at]) {
			t.Errorf("%s: %s[%d] = %v, ref %v (diff %.3g, allowed %.3g of %.3g)", c.name, s.Name, at, gv[at], wv[at], worst, c.tol, scale)
		}
	}
}

// poolIndices runs MaxPool on ref over random input and returns the indices.
func poolIndices(t *testing.T, s kernels.PoolShape, rng *rand.Rand) []int32 {
	p := kernels.NewPlan()
	x, y, idx := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("y", kernels.F32, s.YLen()), p.Alloc("i", kernels.I32, s.YLen())
	p.AddRoutine("f", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
	prog, err := ref.New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	v := make([]float32, s.XLen())
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	if err := kernels.WriteF32(prog, x, v); err != nil {
		t.Fatal(err)
	}
	if err := prog.Run("f"); err != nil {
		t.Fatal(err)
	}
	out, err := kernels.ReadI32(prog, idx, s.YLen())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func f32buf(p *kernels.Plan, name string, n int) kernels.Buf { return p.Alloc(name, kernels.F32, n) }

func opCases() []opCase {
	var cs []opCase
	convs := []kernels.ConvShape{
		{N: 2, H: 7, W: 5, C: 3, K: 5, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 3, H: 9, W: 9, C: 6, K: 17, R: 3, S: 3, Stride: 2, Pad: 1},
		{N: 2, H: 11, W: 11, C: 3, K: 8, R: 7, S: 7, Stride: 2, Pad: 3},
		{N: 2, H: 6, W: 6, C: 8, K: 16, R: 1, S: 1, Stride: 1, Pad: 0},
		{N: 2, H: 6, W: 6, C: 8, K: 12, R: 1, S: 1, Stride: 2, Pad: 0},
		{N: 1, H: 8, W: 8, C: 64, K: 33, R: 3, S: 3, Stride: 1, Pad: 1},
		// Winograd shapes: odd sizes leave partial 2×2 and 4×4 output tiles; 1×1 and 2×2
		// images (F(2×2), the others F(4×4) unless WinogradF2) are all padding but the
		// centre.
		{N: 3, H: 7, W: 5, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 2, H: 1, W: 1, C: 4, K: 4, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 1, H: 10, W: 6, C: 36, K: 20, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 2, H: 2, W: 2, C: 8, K: 4, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 2, H: 3, W: 9, C: 4, K: 8, R: 3, S: 3, Stride: 1, Pad: 1},
		{N: 1, H: 13, W: 11, C: 12, K: 16, R: 3, S: 3, Stride: 1, Pad: 1},
		// Enough tiles that the transforms take chunks of more than the least tiles
		// (tileChunk: 16 at one image per chunk, 32 at two).
		{N: 2, H: 62, W: 63, C: 4, K: 12, R: 3, S: 3, Stride: 1, Pad: 1},
		// Stride-2 Winograd (wino_*_2s2, forward only): partial tiles at the bottom
		// (7×6 outputs), and an even input whose last tile reads the padding past it.
		{N: 3, H: 13, W: 11, C: 8, K: 12, R: 3, S: 3, Stride: 2, Pad: 1},
		{N: 1, H: 16, W: 12, C: 4, K: 20, R: 3, S: 3, Stride: 2, Pad: 1},
	}
	for _, s := range convs {
		s := s
		name := fmt.Sprintf("%dx%dx%dx%d_k%d_%dx%d_s%d_p%d", s.N, s.H, s.W, s.C, s.K, s.R, s.S, s.Stride, s.Pad)
		cs = append(cs,
			opCase{"conv/" + name, func(p *kernels.Plan) kernels.Op {
				return kernels.Conv2D{ConvShape: s, X: f32buf(p, "x", s.XLen()), W: f32buf(p, "w", s.WLen()), Y: f32buf(p, "y", s.YLen())}
			}, 1e-5},
			opCase{"conv_data/" + name, func(p *kernels.Plan) kernels.Op {
				return kernels.Conv2DBackwardData{ConvShape: s, DY: f32buf(p, "dy", s.YLen()), W: f32buf(p, "w", s.WLen()), DX: f32buf(p, "dx", s.XLen())}
			}, 1e-5},
			opCase{"conv_filter/" + name, func(p *kernels.Plan) kernels.Op {
				return kernels.Conv2DBackwardFilter{ConvShape: s, X: f32buf(p, "x", s.XLen()), DY: f32buf(p, "dy", s.YLen()), DW: f32buf(p, "dw", s.WLen())}
			}, 1e-5})
	}
	for _, d := range [][3]int{{1, 7, 3}, {5, 64, 10}, {33, 130, 17}} {
		n, in, out := d[0], d[1], d[2]
		name := fmt.Sprintf("%dx%dx%d", n, in, out)
		cs = append(cs,
			opCase{"linear/" + name, func(p *kernels.Plan) kernels.Op {
				return kernels.Linear{N: n, In: in, Out: out, X: f32buf(p, "x", n*in), W: f32buf(p, "w", out*in), Bias: f32buf(p, "b", out), Y: f32buf(p, "y", n*out)}
			}, 1e-5},
			opCase{"linear_bwd/" + name, func(p *kernels.Plan) kernels.Op {
				return kernels.LinearBackward{N: n, In: in, Out: out, X: f32buf(p, "x", n*in), W: f32buf(p, "w", out*in), DY: f32buf(p, "dy", n*out),
					DX: f32buf(p, "dx", n*in), DW: f32buf(p, "dw", out*in), DBias: f32buf(p, "db", out)}
			}, 1e-5})
	}
	for _, d := range [][2]int{{2, 3}, {130, 7}, {300, 64}, {1100, 12}} { // 1100: several partial sums
		rows, c := d[0], d[1]
		for _, v := range []struct{ train, relu, res bool }{{true, false, false}, {true, true, true}, {false, true, false}} {
			v := v
			cs = append(cs, opCase{fmt.Sprintf("bn/%dx%d_%+v", rows, c, v), func(p *kernels.Plan) kernels.Op {
				o := kernels.BatchNorm{Rows: rows, C: c, Train: v.train, ReLU: v.relu, Eps: 1e-5, Momentum: 0.1,
					X: f32buf(p, "x", rows*c), Gamma: f32buf(p, "g", c), Beta: f32buf(p, "b", c),
					RunMean: f32buf(p, "rm", c), RunVar: f32buf(p, "runvar", c), Y: f32buf(p, "y", rows*c)}
				if v.train {
					o.SaveMean, o.SaveInvStd = f32buf(p, "sm", c), f32buf(p, "si", c)
				}
				if v.res {
					o.Residual = f32buf(p, "res", rows*c)
				}
				return o
			}, 1e-6})
		}
		cs = append(cs, opCase{fmt.Sprintf("bn_bwd/%dx%d", rows, c), func(p *kernels.Plan) kernels.Op {
			return kernels.BatchNormBackward{Rows: rows, C: c, X: f32buf(p, "x", rows*c), DY: f32buf(p, "dy", rows*c),
				Gamma: f32buf(p, "g", c), SaveMean: f32buf(p, "sm", c), SaveInvStd: f32buf(p, "runvar", c),
				DX: f32buf(p, "dx", rows*c), DGamma: f32buf(p, "dg", c), DBeta: f32buf(p, "db", c)}
		}, 1e-6})
	}
	for _, s := range []kernels.PoolShape{
		{N: 2, H: 9, W: 7, C: 6, Window: 3, Stride: 2, Pad: 1},
		{N: 1, H: 8, W: 8, C: 3, Window: 2, Stride: 2, Pad: 0},
	} {
		s := s
		cs = append(cs,
			opCase{fmt.Sprintf("maxpool/%+v", s), func(p *kernels.Plan) kernels.Op {
				return kernels.MaxPool{PoolShape: s, X: f32buf(p, "x", s.XLen()), Y: f32buf(p, "y", s.YLen()), Index: p.Alloc("i", kernels.I32, s.YLen())}
			}, 0},
			opCase{fmt.Sprintf("maxpool_bwd/%+v", s), func(p *kernels.Plan) kernels.Op {
				return kernels.MaxPoolBackward{PoolShape: s, DY: f32buf(p, "dy", s.YLen()), Index: p.Alloc("i", kernels.I32, s.YLen()), DX: f32buf(p, "dx", s.XLen())}
			}, 1e-6})
	}
	cs = append(cs,
		opCase{"avgpool", func(p *kernels.Plan) kernels.Op {
			return kernels.GlobalAvgPool{N: 3, HW: 10, C: 7, X: f32buf(p, "x", 210), Y: f32buf(p, "y", 21)}
		}, 0},
		opCase{"avgpool_bwd", func(p *kernels.Plan) kernels.Op {
			return kernels.GlobalAvgPoolBackward{N: 3, HW: 10, C: 7, DY: f32buf(p, "dy", 21), DX: f32buf(p, "dx", 210)}
		}, 0},
		opCase{"softmax_xent", func(p *kernels.Plan) kernels.Op {
			return kernels.SoftmaxCrossEntropy{N: 7, Classes: 9, Logits: f32buf(p, "l", 63), Labels: p.Alloc("lab", kernels.I32, 7),
				DLogits: f32buf(p, "dl", 63), Loss: f32buf(p, "loss", 1), Correct: p.Alloc("c", kernels.I32, 1)}
		}, 0},
		opCase{"sgd", func(p *kernels.Plan) kernels.Op {
			return kernels.SGD{Len: 1003, Param: f32buf(p, "p", 1003), Grad: f32buf(p, "g", 1003), Velocity: f32buf(p, "v", 1003), Hyper: f32buf(p, "hyper", 3)}
		}, 0},
		opCase{"add", func(p *kernels.Plan) kernels.Op {
			return kernels.Add{Len: 1003, A: f32buf(p, "a", 1003), B: f32buf(p, "b", 1003), Y: f32buf(p, "y", 1003)}
		}, 0},
		opCase{"relu_bwd", func(p *kernels.Plan) kernels.Op {
			return kernels.ReLUBackward{Len: 1003, Y: f32buf(p, "y", 1003), DY: f32buf(p, "dy", 1003), DX: f32buf(p, "dx", 1003)}
		}, 0},
		opCase{"input", func(p *kernels.Plan) kernels.Op {
			return kernels.InputNormalize{N: 2, H: 5, W: 7, Mean: [3]float32{0.485, 0.456, 0.406}, Std: [3]float32{0.229, 0.224, 0.225},
				Src: p.Alloc("src", kernels.U8, 210), Dst: f32buf(p, "dst", 210)}
		}, 0},
	)
	return cs
}

// TestOpsAgainstRef runs every op on small odd shapes against kernels/ref, with one
// to four instances, each tile, with a tiny im2col budget so that
// convolutions take several chunks (one image each: odd Winograd tile counts, a
// partial last chunk of tiles in wino_dy), with Winograd F(2×2) only, with Winograd
// off (3×3 stride-1 convolutions then go through im2col like the others), and with
// GEMM tiles taking every strip of their block however few blocks there are.
func TestOpsAgainstRef(t *testing.T) {
	oldBudget, oldGroup := colBudget, minTilesPerThread
	defer func() { colBudget, minTilesPerThread = oldBudget, oldGroup }()
	old := oldBudget
	for _, cfg := range []struct {
		threads    int
		tile       string
		budget     int
		unshared   bool
		noWinograd bool
		winoF2     bool
		grouped    bool
	}{{1, "2x16", old, false, false, false, false}, {3, "4x8", 300, false, false, false, false}, {2, "4x16", old, false, false, false, false},
		{4, "8x8", 300, false, false, false, true}, {1, "4x8", 300, true, false, false, false}, {2, "4x8", 300, false, true, false, false},
		{2, "4x16", 300, false, false, true, false}, {3, "2x16", 300, false, false, false, true}, {2, "2x16", 300, false, false, true, false}} {
		colBudget, minTilesPerThread = cfg.budget, oldGroup
		if cfg.grouped {
			minTilesPerThread = 0
		}
		b := NewNativeWith(Options{Threads: cfg.threads, Tile: cfg.tile, Unshared: cfg.unshared, NoWinograd: cfg.noWinograd,
			WinogradF2: cfg.winoF2})
		for _, c := range opCases() {
			name := fmt.Sprintf("t%d_%s_b%d_unshared%v_nowino%v_f2%v_grouped%v/%s", cfg.threads, cfg.tile, cfg.budget, cfg.unshared,
				cfg.noWinograd, cfg.winoF2, cfg.grouped, c.name)
			t.Run(name, func(t *testing.T) { runOpCase(t, b, c) })
		}
	}
}

// A max-pool backward refuses an index outside its output's image or channel, as ref
// does, naming the output.
func TestMaxPoolBackwardRefusesForeignIndex(t *testing.T) {
	s := kernels.PoolShape{N: 2, H: 9, W: 7, C: 6, Window: 3, Stride: 2, Pad: 1}
	inLen := s.H * s.W * s.C
	const j = 40 // an output of image 0, channel 4
	for name, move := range map[string]func(i int32) int32{
		"next channel":    func(i int32) int32 { return i + 1 },
		"previous pixel":  func(i int32) int32 { return i - int32(s.C) + 1 },
		"other image":     func(i int32) int32 { return i + int32(inLen) },
		"before the data": func(int32) int32 { return -3 },
	} {
		t.Run(name, func(t *testing.T) {
			p := kernels.NewPlan()
			op := kernels.MaxPoolBackward{PoolShape: s, DY: f32buf(p, "dy", s.YLen()), Index: p.Alloc("i", kernels.I32, s.YLen()), DX: f32buf(p, "dx", s.XLen())}
			p.AddRoutine("step", op)
			idx := poolIndices(t, s, rand.New(rand.NewPCG(3, 4)))
			idx[j] = move(idx[j])
			for _, b := range []kernels.Backend{ref.New(), NewNativeWith(Options{Threads: 2})} {
				prog, err := b.Compile(p)
				if err != nil {
					t.Fatal(err)
				}
				defer prog.Close()
				if err := kernels.WriteI32(prog, op.Index, idx); err != nil {
					t.Fatal(err)
				}
				if err := prog.Run("step"); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("index[%d]", j)) {
					t.Errorf("%T: run with index[%d] = %d gave %v, want a refusal naming index[%d]", b, j, idx[j], err, j)
				}
			}
		})
	}
}
