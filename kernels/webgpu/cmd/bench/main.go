//go:build js

// Command bench times the WebGPU backend: every ResNet-18 convolution shape (forward,
// backward-data, backward-filter), SGEMM, the full training step and inference at
// batch 1. Build it with GOOS=js GOARCH=wasm and run it in a browser page
// (wasm/testrunner) or under node with Dawn (see the gpu-bundle's run.sh).
//
// Times are wall-clock per replay with the GPU kept busy: a routine is submitted
// -iters times and then one small buffer is read back, which waits for all of them.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"webtune/kernels"
	"webtune/kernels/webgpu"
	"webtune/model"
)

func main() {
	batch := flag.Int("batch", 32, "batch of the convolutions and the training step")
	size := flag.Int("size", 224, "input image size")
	gemm := flag.Int("gemm", 4096, "SGEMM size (M = N = K)")
	iters := flag.Int("iters", 20, "timed replays per measurement")
	tiny := flag.Bool("tiny", false, "tiny sizes that only check the benchmark runs (batch 2, 32x32, SGEMM 256, 1 iteration)")
	only := flag.String("only", "conv,gemm,train,infer,profile", "comma-separated parts to run: conv, gemm, train, infer, profile (time per kernel class of the training step and of inference); none only prints the adapter")
	replays := flag.Int("replays", 5, "replays per kernel profile")
	wallClock := flag.Bool("wall-clock", false, "profile by the wall clock per kernel class even where the device has GPU timestamps")
	noSubgroups := flag.Bool("no-subgroups", false, "use the shared-memory reductions even where the device has subgroups")
	gemmShared := flag.Int("gemm-shared", 0, "cap the workgroup memory of GEMM tiles (16384: the former tiles); 0 takes the device's limit")
	scalarEltwise := flag.Bool("scalar-eltwise", false, "elementwise passes one float per thread (the former kernels) instead of vec4s")
	scalarSharedA := flag.Bool("scalar-shared-a", false, "GEMMs read A from workgroup memory one float at a time (the former kernel) instead of vec4s")
	splitKGroups := flag.Int("splitk-workgroups", 0, "split long GEMM reductions for a grid of about this many workgroups (512: the former rule); 0 sizes the split from the problem")
	separateReLU := flag.Bool("separate-relu-mask", false, "each ReLU backward as its own pass (the former lowering) instead of folded into the batch-norm backward after it")
	separateBNStats := flag.Bool("separate-bn-stats", false, "batch-norm statistics in their own pass (the former lowering) instead of in the convolution's GEMM epilogue")
	perElementIndex := flag.Bool("per-element-index", false, "convolution GEMMs work out each im2col address whole per element, not the pixel's or tap's part once per fetch slot")
	paddedTiles := flag.Bool("padded-tiles", false, "64-wide GEMM tiles where narrower ones pad less (the former choice; the stem's backward filter)")
	flag.Parse()
	if *tiny {
		*batch, *size, *gemm, *iters, *replays = 2, 32, 256, 1, 1
	}
	opts := webgpu.Options{DisableSubgroups: *noSubgroups, GEMMSharedBytes: *gemmShared,
		SplitKWorkgroups: *splitKGroups, ScalarElementwise: *scalarEltwise,
		ScalarSharedA: *scalarSharedA, SeparateReLUMask: *separateReLU, SeparateBNStats: *separateBNStats,
		PerElementIndex: *perElementIndex, PaddedTiles: *paddedTiles}
	be, err := webgpu.New(opts)
	if err != nil {
		fail(err)
	}
	fmt.Printf("options: %+v\n", opts)
	fmt.Printf("adapter: %s %s %s %s; subgroups: device %v, used %v; timestamp-query %v\n", be.Info.Vendor, be.Info.Architecture,
		be.Info.Device, be.Info.Description, be.HasSubgroups(), be.UsesSubgroups(), be.HasTimestamps())
	fmt.Printf("limits: %v\n", be.Info.Limits)
	fmt.Println(robustness(be))
	b := bench{be: be, iters: *iters, replays: *replays, wallClock: *wallClock}
	parts := map[string]bool{}
	for _, p := range splitComma(*only) {
		parts[p] = true
	}
	if parts["conv"] {
		fmt.Printf("\nResNet-18 convolutions, batch %d, %dx%d input\n", *batch, *size, *size)
		fmt.Printf("%-24s %-26s %10s %10s %10s %8s %8s %8s\n", "layer", "shape", "fwd ms", "bwd-d ms", "bwd-f ms", "fwd TF", "bwd-d TF", "bwd-f TF")
		for _, c := range convShapes(*batch, *size) {
			b.conv(c.name, c.shape)
		}
	}
	if parts["gemm"] {
		b.sgemm(*gemm)
	}
	if parts["train"] {
		b.step("training step", model.Config{Classes: 1000, Batch: *batch, Height: *size, Width: *size}, model.RoutineTrain)
	}
	if parts["infer"] {
		b.step("inference", model.Config{Classes: 1000, Batch: 1, Height: *size, Width: *size}, model.RoutineEval)
	}
	if parts["profile"] {
		b.profile(model.Config{Classes: 1000, Batch: *batch, Height: *size, Width: *size}, model.RoutineTrain)
		b.profile(model.Config{Classes: 1000, Batch: 1, Height: *size, Width: *size}, model.RoutineEval)
	}
}

// robustness says whether shaders check buffer bounds here (Dawn's robustness), from a
// webgpu.RobustnessProbe: no API reports it, and Dawn ignores a toggle it does not know
// without a word, so the A/B run without robustness checks it took effect.
func robustness(be *webgpu.Backend) string {
	p := kernels.NewPlan()
	buf := p.Alloc("probe", kernels.F32, webgpu.ProbeLen)
	p.AddRoutine("probe", webgpu.RobustnessProbe{Buf: buf})
	prog, err := be.Compile(p)
	if err != nil {
		return fmt.Sprintf("robustness: probe failed: %v", err)
	}
	defer prog.Close()
	v := make([]float32, webgpu.ProbeLen)
	for i := range v {
		v[i] = float32(i)
	}
	v[1] = 8
	if err := kernels.WriteF32(prog, buf, v); err != nil {
		return fmt.Sprintf("robustness: probe failed: %v", err)
	}
	if err := prog.Run("probe"); err != nil {
		return fmt.Sprintf("robustness: probe failed: %v", err)
	}
	got, err := kernels.ReadF32(prog, buf, webgpu.ProbeLen)
	if err != nil {
		return fmt.Sprintf("robustness: probe failed: %v", err)
	}
	if webgpu.RobustnessOff(got) {
		return fmt.Sprintf("robustness: off (an out-of-bounds read reached float %g of the buffer)", got[0])
	}
	return fmt.Sprintf("robustness: on (an out-of-bounds read gave %g, not 72)", got[0])
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

type namedConv struct {
	name  string
	shape kernels.ConvShape
}

// convShapes lists ResNet-18's distinct convolutions at the given batch and input size,
// following the spatial size through the stem, the max pool and the blocks.
func convShapes(batch, size int) []namedConv {
	shape := func(l model.ConvLayer, h int) kernels.ConvShape {
		return kernels.ConvShape{N: batch, H: h, W: h, C: l.In, K: l.Out, R: l.Kernel, S: l.Kernel, Stride: l.Stride, Pad: l.Pad}
	}
	var out []namedConv
	seen := map[kernels.ConvShape]bool{}
	add := func(l model.ConvLayer, h int) int {
		s := shape(l, h)
		if !seen[s] {
			seen[s] = true
			out = append(out, namedConv{l.Name, s})
		}
		return s.OutH()
	}
	h := add(model.Stem, size)
	h = (h+2-3)/2 + 1 // max pool 3x3/2 pad 1
	for _, blk := range model.Blocks() {
		if blk.Downsample != nil {
			add(*blk.Downsample, h)
		}
		h1 := add(blk.Conv1, h)
		h = add(blk.Conv2, h1)
	}
	return out
}

type bench struct {
	be        *webgpu.Backend
	iters     int
	replays   int
	wallClock bool
}

func randomF32(n int, rng *rand.Rand) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}

// time replays routine iters times after one warm-up and returns ms per replay; reading
// sync back waits for the GPU to finish them all.
func (b bench) time(prog kernels.Program, routine string, sync kernels.Buf, syncBytes int) float64 {
	dst := make([]byte, syncBytes)
	if err := prog.Run(routine); err != nil {
		fail(err)
	}
	if err := prog.Read(sync, dst); err != nil {
		fail(err)
	}
	start := time.Now()
	for i := 0; i < b.iters; i++ {
		if err := prog.Run(routine); err != nil {
			fail(err)
		}
	}
	if err := prog.Read(sync, dst); err != nil {
		fail(err)
	}
	return float64(time.Since(start).Microseconds()) / 1000 / float64(b.iters)
}

func (b bench) conv(name string, s kernels.ConvShape) {
	p := kernels.NewPlan()
	x, w, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("w", kernels.F32, s.WLen()), p.Alloc("y", kernels.F32, s.YLen())
	dx, dw := p.Alloc("dx", kernels.F32, s.XLen()), p.Alloc("dw", kernels.F32, s.WLen())
	sync := p.Alloc("sync", kernels.F32, 1)
	p.AddRoutine("fwd", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
	p.AddRoutine("data", kernels.Conv2DBackwardData{ConvShape: s, DY: y, W: w, DX: dx})
	p.AddRoutine("filter", kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: y, DW: dw})
	prog, err := b.be.Compile(p)
	if err != nil {
		fail(fmt.Errorf("%s: %w", name, err))
	}
	defer prog.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, buf := range []kernels.Buf{x, w, y} {
		if err := kernels.WriteF32(prog, buf, randomF32(p.Spec(buf).Len, rng)); err != nil {
			fail(err)
		}
	}
	var ms [3]float64
	for i, r := range []string{"fwd", "data", "filter"} {
		ms[i] = b.time(prog, r, sync, 4)
	}
	tf := func(ms float64) float64 { return s.FLOPs() / (ms / 1000) / 1e12 }
	shape := fmt.Sprintf("%dx%dx%d k%d %dx%d/%d", s.H, s.W, s.C, s.K, s.R, s.S, s.Stride)
	fmt.Printf("%-24s %-26s %10.3f %10.3f %10.3f %8.2f %8.2f %8.2f\n", name, shape, ms[0], ms[1], ms[2], tf(ms[0]), tf(ms[1]), tf(ms[2]))
}

func (b bench) sgemm(n int) {
	p := kernels.NewPlan()
	a, bb, c := p.Alloc("a", kernels.F32, n*n), p.Alloc("b", kernels.F32, n*n), p.Alloc("c", kernels.F32, n*n)
	sync := p.Alloc("sync", kernels.F32, 1)
	p.AddRoutine("mm", webgpu.MatMul{M: n, N: n, K: n, A: a, B: bb, C: c})
	prog, err := b.be.Compile(p)
	if err != nil {
		fail(fmt.Errorf("sgemm: %w", err))
	}
	defer prog.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, buf := range []kernels.Buf{a, bb} {
		if err := kernels.WriteF32(prog, buf, randomF32(n*n, rng)); err != nil {
			fail(err)
		}
	}
	ms := b.time(prog, "mm", sync, 4)
	fmt.Printf("\nSGEMM %d^3: %.3f ms, %.2f TFLOP/s\n", n, ms, 2*float64(n)*float64(n)*float64(n)/(ms/1000)/1e12)
}

// profile prints where a routine's time goes per kernel class.
func (b bench) profile(cfg model.Config, routine string) {
	net := b.newNet(cfg)
	defer net.Close()
	if net.MicroBatch < cfg.Batch {
		fmt.Printf("\nprofile of %s, batch %d: skipped, the device micro-batches this plan\n", routine, cfg.Batch)
		return
	}
	prof, err := webgpu.ProfileRoutine(net.Program(), routine, b.replays, b.wallClock)
	if err != nil {
		fail(err)
	}
	prof.Routine = fmt.Sprintf("%s, batch %d, %dx%d", routine, cfg.Batch, cfg.Height, cfg.Width)
	fmt.Println()
	prof.Write(os.Stdout)
}

// newNet builds ResNet-18 on the device with initial weights, the SGD settings of
// fine-tuning and a random batch.
func (b bench) newNet(cfg model.Config) *model.Net {
	net, err := model.NewNet(b.be, cfg)
	if err != nil {
		fail(err)
	}
	if err := net.LoadState(model.InitState(cfg.Classes, 1)); err != nil {
		fail(err)
	}
	if err := net.SetHyper(model.Hyper{LR: 0.01, WeightDecay: 0.001}, model.Hyper{LR: 0.1, WeightDecay: 0.001}); err != nil {
		fail(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pixels := make([]uint8, cfg.Batch*cfg.Height*cfg.Width*3)
	for i := range pixels {
		pixels[i] = uint8(rng.IntN(256))
	}
	labels := make([]int32, cfg.Batch)
	for i := range labels {
		labels[i] = int32(rng.IntN(cfg.Classes))
	}
	if err := net.SetPixels(pixels, labels); err != nil {
		fail(err)
	}
	return net
}

// step times a whole routine of the ResNet-18 plan: replays back to back (the GPU's
// rate), and one replay with its metrics read back (what a training loop that waits
// for each loss sees).
func (b bench) step(what string, cfg model.Config, routine string) {
	net := b.newNet(cfg)
	defer net.Close()
	if net.MicroBatch < cfg.Batch {
		// The device's limits made NewNet split the batch: a replay of the routine
		// alone would be one micro-batch, so only whole steps through Net are timed.
		fmt.Printf("\n%s: the device micro-batches this plan (%d passes of %d images)\n", what, cfg.Batch/net.MicroBatch, net.MicroBatch)
		if _, err := net.Run(routine); err != nil {
			fail(err)
		}
		start := time.Now()
		for i := 0; i < b.iters; i++ {
			if _, err := net.Run(routine); err != nil {
				fail(err)
			}
		}
		ms := float64(time.Since(start).Microseconds()) / 1000 / float64(b.iters)
		fmt.Printf("%s (%s), batch %d, %dx%d: %.3f ms (%.1f img/s) with the loss read each step\n",
			what, routine, cfg.Batch, cfg.Height, cfg.Width, ms, float64(cfg.Batch)/(ms/1000))
		return
	}
	ms := b.time(net.Program(), routine, net.Layout.Loss, 4)
	start := time.Now()
	for i := 0; i < b.iters; i++ {
		if _, err := net.Run(routine); err != nil {
			fail(err)
		}
	}
	synced := float64(time.Since(start).Microseconds()) / 1000 / float64(b.iters)
	fmt.Printf("\n%s (%s), batch %d, %dx%d: %.3f ms (%.1f img/s) back to back; %.3f ms with the loss read each step\n",
		what, routine, cfg.Batch, cfg.Height, cfg.Width, ms, float64(cfg.Batch)/(ms/1000), synced)
}
