//go:build !js

package simd

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
	"webtune/model"
)

// The ResNet-18 eval routine with every batch norm fused into its convolution gives
// the same bits as with separate batch-norm passes (Winograd and im2col paths, odd
// sizes, chunked im2col), and ref's logits within tolerance; after new running
// statistics are written, the fused coefficients follow them. Eval's max pool skips the
// argmax indices that only training's backward reads; training's writes them.
func TestFusedBatchNormEval(t *testing.T) {
	old := colBudget
	defer func() { colBudget, noFusion = old, false }()
	colBudget = 5000 // several chunks per convolution
	cfg := model.Config{Classes: 3, Batch: 2, Height: 37, Width: 45, FloatInput: true}
	p, lay, err := model.BuildPlan(cfg)
	if err != nil {
		t.Fatal(err)
	}
	compile := func(fused bool) kernels.Program {
		noFusion = !fused
		prog, err := NewNativeWith(Options{Threads: 2, Tile: "4x8"}).Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		return prog
	}
	fused, plain := compile(true), compile(false)
	defer fused.Close()
	defer plain.Close()
	want, err := ref.New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	progs := []kernels.Program{want, fused, plain}

	eval := fused.(*program).routines[model.RoutineEval]
	nFused := 0
	for _, c := range eval {
		if c.fn == "bn_apply" {
			t.Errorf("eval still runs a separate bn_apply (%s)", c.what)
		}
		if strings.Contains(c.what, "fused") {
			nFused++
		}
	}
	if nFused == 0 {
		t.Fatal("no batch norm was fused into the eval routine")
	}
	withoutIndex := func(c call) bool { return c.fn == "maxpool" && strings.Contains(c.what, "without its indices") }
	if !slices.ContainsFunc(eval, withoutIndex) {
		t.Error("eval's max pool writes the indices only training's backward reads")
	}
	if slices.ContainsFunc(fused.(*program).routines[model.RoutineTrain], withoutIndex) {
		t.Error("training's max pool runs without the indices its backward reads")
	}

	rng := rand.New(rand.NewPCG(5, 6))
	fill := func(b kernels.Buf, f func() float32) {
		v := make([]float32, p.Spec(b).Len)
		for i := range v {
			v[i] = f()
		}
		for _, prog := range progs {
			if err := kernels.WriteF32(prog, b, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	normal := func() float32 { return float32(rng.NormFloat64()) * 0.1 }
	fill(lay.Params, normal)
	fill(lay.Input, func() float32 { return float32(rng.NormFloat64()) })
	for key, b := range lay.Stat {
		if strings.HasSuffix(key, "running_var") {
			fill(b, func() float32 { return 0.5 + rng.Float32() })
		} else {
			fill(b, normal)
		}
	}
	if err := kernels.WriteI32(want, lay.Labels, []int32{0, 2}); err != nil {
		t.Fatal(err)
	}
	for _, prog := range progs[1:] {
		if err := kernels.WriteI32(prog, lay.Labels, []int32{0, 2}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		var logits [3][]float32
		for i, prog := range progs {
			if err := prog.Run(model.RoutineEval); err != nil {
				t.Fatalf("%s: %v", when, err)
			}
			if logits[i], err = kernels.ReadF32(prog, lay.Logits, cfg.Batch*cfg.Classes); err != nil {
				t.Fatal(err)
			}
		}
		scale := 0.0
		for _, v := range logits[0] {
			scale = math.Max(scale, math.Abs(float64(v)))
		}
		for j := range logits[0] {
			if math.Float32bits(logits[1][j]) != math.Float32bits(logits[2][j]) {
				t.Errorf("%s: fused logit %d = %v, unfused %v", when, j, logits[1][j], logits[2][j])
			}
			if d := math.Abs(float64(logits[1][j] - logits[0][j])); !(d <= 1e-4*scale) {
				t.Errorf("%s: logit %d = %v, ref %v", when, j, logits[1][j], logits[0][j])
			}
		}
	}
	check("first run")
	for key, b := range lay.Stat {
		if strings.HasSuffix(key, "running_mean") {
			fill(b, normal)
		}
	}
	check("after new running means")
}

// 3×3 stride-1 filter gradients run as Winograd F(3×3, m×m) with the forward
// convolution's m (TestOpsAgainstRef checks their values), other shapes and
// NoWinograd as im2col GEMMs.
func TestFilterGradientPath(t *testing.T) {
	for _, c := range []struct {
		s                  kernels.ConvShape
		noWinograd, winoF2 bool
		want               string // the Winograd output transform called, "" for none
	}{
		{kernels.ConvShape{N: 2, H: 7, W: 5, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}, false, false, "wino_wgrad_4"},
		{kernels.ConvShape{N: 2, H: 7, W: 5, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}, false, true, "wino_wgrad_2"},
		{kernels.ConvShape{N: 2, H: 2, W: 2, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}, false, false, "wino_wgrad_2"},
		{kernels.ConvShape{N: 2, H: 7, W: 5, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}, true, false, ""},
		{kernels.ConvShape{N: 2, H: 7, W: 5, C: 8, K: 12, R: 3, S: 3, Stride: 2, Pad: 1}, false, false, ""},
	} {
		p := kernels.NewPlan()
		p.AddRoutine("step", kernels.Conv2DBackwardFilter{ConvShape: c.s, X: f32buf(p, "x", c.s.XLen()),
			DY: f32buf(p, "dy", c.s.YLen()), DW: f32buf(p, "dw", c.s.WLen())})
		prog, err := NewNativeWith(Options{Threads: 1, Tile: "4x8", NoWinograd: c.noWinograd, WinogradF2: c.winoF2}).Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, k := range prog.(*program).routines["step"] {
			if strings.HasPrefix(k.fn, "wino_wgrad_") {
				got = k.fn
			}
		}
		prog.Close()
		if got != c.want {
			t.Errorf("%+v (NoWinograd %v, WinogradF2 %v): filter gradient output transform %q, want %q", c.s, c.noWinograd, c.winoF2, got, c.want)
		}
	}
}

// A ResNet-18 train step with the ReLU backwards fused into the batch-norm backwards
// leaves every parameter, gradient, velocity and running statistic with the same bits
// as with separate passes.
func TestFusedReLUBackwardTrain(t *testing.T) {
	defer func() { noFusion = false }()
	cfg := model.Config{Classes: 3, Batch: 2, Height: 37, Width: 45, FloatInput: true}
	p, lay, err := model.BuildPlan(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var progs [2]kernels.Program
	for i, fused := range []bool{true, false} {
		noFusion = !fused
		if progs[i], err = NewNativeWith(Options{Threads: 2, Tile: "4x8"}).Compile(p); err != nil {
			t.Fatal(err)
		}
		defer progs[i].Close()
	}
	n := 0
	for _, c := range progs[0].(*program).routines[model.RoutineTrain] {
		if c.fn == "relu_bwd" && strings.Contains(c.what, "fused") {
			t.Errorf("a fused op still runs relu_bwd: %s", c.what)
		}
		if strings.Contains(c.what, "relu_bwd into") {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no ReLU backward was fused into the train routine")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for i, s := range p.Buffers {
		if s.Parent != kernels.NoBuf || s.DType != kernels.F32 {
			continue
		}
		v := make([]float32, s.Len)
		for j := range v {
			v[j] = float32(rng.NormFloat64()) * 0.1
		}
		for _, prog := range progs {
			if err := kernels.WriteF32(prog, kernels.Buf(i+1), v); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, prog := range progs {
		if err := kernels.WriteI32(prog, lay.Labels, []int32{0, 2}); err != nil {
			t.Fatal(err)
		}
		if err := prog.Run(model.RoutineTrain); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range []kernels.Buf{lay.Params, lay.Grads, lay.Velocity, lay.Stats, lay.Loss} {
		s := p.Spec(b)
		var got [2][]byte
		for i, prog := range progs {
			got[i] = make([]byte, s.Len*s.DType.Size())
			if err := prog.Read(b, got[i]); err != nil {
				t.Fatal(err)
			}
		}
		if string(got[0]) != string(got[1]) {
			t.Errorf("%s differs between the fused and the unfused train step", s.Name)
		}
	}
}

// 3×3 stride-1 convolutions and their backward data run as Winograd F(4×4, 3×3) where
// that takes fewer products than F(2×2) (outputs larger than 2×2), else as F(2×2);
// WinogradF2 keeps F(2×2) everywhere (TestOpsAgainstRef checks the values of both).
func TestWinogradTilePath(t *testing.T) {
	for _, c := range []struct {
		h, w   int
		winoF2 bool
		want   string
	}{{56, 56, false, "4"}, {7, 7, false, "4"}, {3, 9, false, "4"}, {2, 2, false, "2"}, {1, 1, false, "2"}, {56, 56, true, "2"}} {
		s := kernels.ConvShape{N: 2, H: c.h, W: c.w, C: 8, K: 12, R: 3, S: 3, Stride: 1, Pad: 1}
		p := kernels.NewPlan()
		w := f32buf(p, "w", s.WLen())
		p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: f32buf(p, "x", s.XLen()), W: w, Y: f32buf(p, "y", s.YLen())})
		p.AddRoutine("data", kernels.Conv2DBackwardData{ConvShape: s, DY: f32buf(p, "dy", s.YLen()), W: w, DX: f32buf(p, "dx", s.XLen())})
		prog, err := NewNativeWith(Options{Threads: 1, Tile: "4x8", WinogradF2: c.winoF2}).Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []string{"fwd", "data"} {
			var got []string
			for _, k := range append(prog.(*program).routines[r], prog.(*program).routines[prepName(r)]...) {
				if strings.HasPrefix(k.fn, "wino_") {
					got = append(got, k.fn)
				}
			}
			want := []string{"wino_input_" + c.want, "wino_output_" + c.want, "wino_filter_" + c.want}
			if !slices.Equal(got, want) {
				t.Errorf("%dx%d (WinogradF2 %v) %s: Winograd calls %v, want %v", c.h, c.w, c.winoF2, r, got, want)
			}
		}
		prog.Close()
	}
}

// Convolutions with few Winograd F(4×4) tiles multiply by filters transformed on the
// fly (wino_fused) and give the same bits as with the transformed copy: edge row panels
// (4 tiles under an 8-row tile), channels deeper than one K chunk, 1 and 3 threads.
func TestWinogradFusedSameBits(t *testing.T) {
	defer func(old int) { fusedMaxTiles = old }(fusedMaxTiles)
	for _, c := range []struct {
		s       kernels.ConvShape
		threads int
		tile    string
	}{
		{kernels.ConvShape{N: 1, H: 7, W: 7, C: 264, K: 32, R: 3, S: 3, Stride: 1, Pad: 1}, 1, "2x16"},
		{kernels.ConvShape{N: 1, H: 7, W: 7, C: 264, K: 48, R: 3, S: 3, Stride: 1, Pad: 1}, 3, "8x8"},
		{kernels.ConvShape{N: 2, H: 5, W: 9, C: 20, K: 16, R: 3, S: 3, Stride: 1, Pad: 1}, 3, "4x16"},
		{kernels.ConvShape{N: 1, H: 14, W: 13, C: 8, K: 64, R: 3, S: 3, Stride: 1, Pad: 1}, 2, "4x8"},
	} {
		sameBitsEitherWay(t, c.s, Options{Threads: c.threads, Tile: c.tile}, "wino_fused_4_"+c.tile, func(on bool) {
			fusedMaxTiles = 0
			if on {
				fusedMaxTiles = 16
			}
		})
	}
}

// TestDirectConvSameBits checks that a convolution with few input channels, run from a
// padded copy of its input (pad, gemm's segmented A), gives the same bits as from its
// im2col matrix: edge panels (OW not a multiple of MR), edge strips (K not a multiple
// of NR), several images and threads, a residual-free output stage.
func TestDirectConvSameBits(t *testing.T) {
	defer func(old int) { directMaxC = old }(directMaxC)
	for _, c := range []struct {
		s       kernels.ConvShape
		threads int
		tile    string
	}{
		{kernels.ConvShape{N: 2, H: 23, W: 21, C: 3, K: 20, R: 7, S: 7, Stride: 2, Pad: 3}, 1, "2x16"},
		{kernels.ConvShape{N: 3, H: 16, W: 16, C: 3, K: 64, R: 7, S: 7, Stride: 2, Pad: 3}, 3, "8x8"},
		{kernels.ConvShape{N: 1, H: 9, W: 11, C: 5, K: 24, R: 3, S: 3, Stride: 1, Pad: 1}, 2, "4x8"},
		{kernels.ConvShape{N: 2, H: 10, W: 7, C: 8, K: 16, R: 3, S: 3, Stride: 2, Pad: 0}, 2, "4x16"},
	} {
		// Without Winograd: the stem's shapes (7×7 at stride 2) run as F(3×3, 4×4) in a
		// default program (TestStemWinograd).
		sameBitsEitherWay(t, c.s, Options{Threads: c.threads, Tile: c.tile, NoWinograd: true}, "pad", func(on bool) {
			directMaxC = 0
			if on {
				directMaxC = 16
			}
		})
	}
}

// The stem's shape (7×7 at stride 2) runs forward as Winograd F(3×3, 4×4) over its
// input's space-to-depth form in a default program, direct from a padded copy with
// WinogradF2 or NoWinograd, or when its 4C channels exceed a GEMM depth chunk; the two
// agree within the conformance tolerance (1e-4 of the largest output) at odd sizes,
// paddings 0 to 3, 1 to 5 channels, K off multiples of NR, several images and chunks of
// them, 1 to 3 threads.
func TestStemWinograd(t *testing.T) {
	defer func(old int) { colBudget = old }(colBudget)
	for _, c := range []struct {
		s       kernels.ConvShape
		threads int
		tile    string
		budget  int
	}{
		{kernels.ConvShape{N: 2, H: 23, W: 21, C: 3, K: 20, R: 7, S: 7, Stride: 2, Pad: 3}, 1, "2x16", 1 << 22},
		{kernels.ConvShape{N: 3, H: 32, W: 32, C: 3, K: 64, R: 7, S: 7, Stride: 2, Pad: 3}, 3, "8x8", 5000},
		{kernels.ConvShape{N: 1, H: 9, W: 11, C: 5, K: 24, R: 7, S: 7, Stride: 2, Pad: 2}, 2, "4x8", 1 << 22},
		{kernels.ConvShape{N: 2, H: 30, W: 17, C: 1, K: 8, R: 7, S: 7, Stride: 2, Pad: 0}, 2, "4x16", 1 << 22},
		{kernels.ConvShape{N: 1, H: 64, W: 64, C: 3, K: 64, R: 7, S: 7, Stride: 2, Pad: 3}, 2, "2x16", 1 << 22},
	} {
		colBudget = c.budget
		got, fns := runConv(t, c.s, Options{Threads: c.threads, Tile: c.tile})
		deep := c.s // 4C past one GEMM depth chunk: the im2col form
		deep.C = gemmKC/4 + 1
		if _, fns := runConv(t, deep, Options{Threads: c.threads, Tile: c.tile}); slices.Contains(fns, "space_to_depth") {
			t.Errorf("%+v: calls %v, want no space_to_depth (4C > %d)", deep, fns, gemmKC)
		}
		for _, fn := range []string{"space_to_depth", "wino_conv_s2d_" + c.tile, "wino_filter_s2d"} {
			if !slices.Contains(fns, fn) {
				t.Errorf("%+v: calls %v, want %s", c.s, fns, fn)
			}
		}
		for _, o := range []Options{{NoWinograd: true}, {WinogradF2: true}} {
			o.Threads, o.Tile = c.threads, c.tile
			want, fns := runConv(t, c.s, o)
			if !slices.Contains(fns, "pad") || slices.Contains(fns, "space_to_depth") {
				t.Errorf("%+v %+v: calls %v, want the direct stem (pad, no space_to_depth)", c.s, o, fns)
			}
			var worst, largest float64
			for i := range want {
				worst = max(worst, math.Abs(float64(got[i]-want[i])))
				largest = max(largest, math.Abs(float64(want[i])))
			}
			if worst > 1e-4*largest {
				t.Errorf("%+v: F(3×3, 4×4) off the direct stem by %g, more than 1e-4 of the largest output %g", c.s, worst, largest)
			}
			t.Logf("%+v: F(3×3, 4×4) off the direct stem by %.2g of the largest output", c.s, worst/largest)
		}
	}
}

// sameBitsEitherWay runs convolution s with set(true), then with set(false), checks that
// the first routine calls fn and the second does not, and that both give the same bits.
func sameBitsEitherWay(t *testing.T, s kernels.ConvShape, o Options, fn string, set func(on bool)) {
	t.Helper()
	var ys [2][]float32
	for i, on := range []bool{true, false} {
		set(on)
		y, fns := runConv(t, s, o)
		if slices.Contains(fns, fn) != on {
			t.Fatalf("%+v: calls %v, want %s called: %v", s, fns, fn, on)
		}
		ys[i] = y
	}
	for j := range ys[0] {
		if math.Float32bits(ys[0][j]) != math.Float32bits(ys[1][j]) {
			t.Fatalf("%+v on %d threads, tile %s: y[%d] = %v with %s, %v without", s, o.Threads, o.Tile, j, ys[0][j], fn, ys[1][j])
		}
	}
}

// runConv runs convolution s on random input and filters and returns its output and
// the kernels its routine and their prep called.
func runConv(t *testing.T, s kernels.ConvShape, o Options) ([]float32, []string) {
	t.Helper()
	p := kernels.NewPlan()
	x, w, y := f32buf(p, "x", s.XLen()), f32buf(p, "w", s.WLen()), f32buf(p, "y", s.YLen())
	p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	prog, err := NewNativeWith(o).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	for _, b := range []kernels.Buf{x, w} {
		v := make([]float32, p.Spec(b).Len)
		for j := range v {
			v[j] = float32(rng.NormFloat64())
		}
		if err := kernels.WriteF32(prog, b, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := prog.Run("fwd"); err != nil {
		t.Fatal(err)
	}
	out, err := kernels.ReadF32(prog, y, s.YLen())
	if err != nil {
		t.Fatal(err)
	}
	var fns []string
	for _, k := range append(prog.(*program).routines["fwd"], prog.(*program).routines[prepName("fwd")]...) {
		fns = append(fns, k.fn)
	}
	return out, fns
}
