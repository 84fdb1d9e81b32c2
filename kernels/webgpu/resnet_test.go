//go:build js

package webgpu

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
	"webtune/model"
)

// One full ResNet-18 training step (64x64, batch 2) on WebGPU, with the subgroup
// reductions where the adapter has them, equals the same step on ref: loss, every
// gradient, every updated parameter and running statistic.
func TestResNet18TrainStep(t *testing.T) {
	cfg := model.Config{Classes: 2, Batch: 2, Height: 64, Width: 64}
	in := newStepInput(cfg, 2)
	want := in.step(t, "ref", ref.New(), cfg)
	in.step(t, "webgpu", backend(t), cfg).equal(t, want, 1e-4)
}

// A step micro-batched (batch 4 as 2 passes of 2 images, gradients accumulated on the
// device) on the shared-memory reductions equals ref micro-batched the same way. This
// is also the ResNet step of the path without subgroups. Its shapes are those of
// TestResNet18TrainStep, whose compiled pipelines it reuses (SwiftShader spends most
// of these tests compiling shaders).
func TestResNet18MicroBatchStep(t *testing.T) {
	cfg := model.Config{Classes: 2, Batch: 4, Height: 64, Width: 64, MicroBatch: 2}
	in := newStepInput(cfg, 2)
	want := in.step(t, "ref", ref.New(), cfg)
	// The batch-norm biases start at 0: after the step they are -lr·gradient and carry
	// the gradients' tolerance (1e-3 of the largest magnitude).
	in.step(t, "webgpu", sharedBackend(t), cfg).equal(t, want, 1e-3)
}

// A device whose binding limit is capped below what ResNet-18's weights need refuses
// the net with a kernels.TooLargeError; model.NewNet tries a smaller micro-batch and
// then says that micro-batching cannot help, since the weights do not shrink with the
// batch. (At sizes SwiftShader can run, no buffer that grows with the batch is larger
// than the weights, so the automatic micro-batching itself is tested natively in
// package model.)
func TestCappedDeviceRefusesWithTooLargeError(t *testing.T) {
	be, err := New(Options{MaxStorageBufferBindingSize: 4 << 20, MaxBufferSize: 64 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	if got := be.Info.Limits["maxStorageBufferBindingSize"]; got != 4<<20 {
		t.Fatalf("capped device has maxStorageBufferBindingSize %d, want %d", got, 4<<20)
	}
	_, err = model.NewNet(be, model.Config{Classes: 2, Batch: 2, Height: 64, Width: 64})
	var tl *kernels.TooLargeError
	if !errors.As(err, &tl) || tl.Limit != 4<<20 || !strings.Contains(err.Error(), "micro-batching cannot help") {
		t.Errorf("NewNet on a capped device: %v, want a TooLargeError of a 4 MiB binding that micro-batching cannot help", err)
	}
}

// stepInput is the starting state and batch of a train-step comparison.
type stepInput struct {
	sd     *model.StateDict
	pixels []uint8
	labels []int32
}

func newStepInput(cfg model.Config, classes int32) stepInput {
	rng := rand.New(rand.NewPCG(5, 6))
	in := stepInput{sd: model.InitState(cfg.Classes, 7), pixels: make([]uint8, cfg.Batch*cfg.Height*cfg.Width*3)}
	for i := range in.pixels {
		in.pixels[i] = uint8(rng.IntN(256))
	}
	for i := 0; i < cfg.Batch; i++ {
		in.labels = append(in.labels, int32(i)%classes)
	}
	return in
}

// stepResult is what one train step gives: metrics, gradients, the state after it.
type stepResult struct {
	cfg     model.Config
	metrics model.Metrics
	grads   map[string][]float32
	state   *model.StateDict
}

// step compiles a net for cfg on be, loads the input's state and runs one train step.
func (in stepInput) step(t *testing.T, name string, be kernels.Backend, cfg model.Config) stepResult {
	t.Helper()
	n, err := model.NewNet(be, cfg)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer n.Close()
	if err := n.LoadState(in.sd); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	h := model.Hyper{LR: 0.01, WeightDecay: 0.001, Momentum: 0.9}
	if err := n.SetHyper(h, model.Hyper{LR: 0.1, WeightDecay: 0.001, Momentum: 0.9}); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := n.SetPixels(in.pixels, in.labels); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m, err := n.Run(model.RoutineTrain)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	grads, err := n.Grads()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	after, err := n.State()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return stepResult{cfg: cfg, metrics: m, grads: grads, state: after}
}

// equal compares r to the reference result want, the state after the step to stateTol
// of each tensor's largest magnitude.
func (r stepResult) equal(t *testing.T, want stepResult, stateTol float64) {
	t.Helper()
	wm, gm := want.metrics, r.metrics
	t.Logf("loss ref %.6f webgpu %.6f; correct %d %d", wm.Loss, gm.Loss, wm.Correct, gm.Correct)
	if math.Abs(float64(wm.Loss-gm.Loss)) > 1e-4*math.Max(1, math.Abs(float64(wm.Loss))) || wm.Correct != gm.Correct {
		t.Errorf("metrics: webgpu %+v, ref %+v", gm, wm)
	}
	// Gradients pass through 20 layers and batch norms over as few as 8 rows: allow
	// 1e-3 of each tensor's largest magnitude.
	for key, w := range want.grads {
		closeTo(t, "grad "+key, r.grads[key], w, 1e-3)
	}
	for _, e := range model.Entries(r.cfg.Classes) {
		if e.Kind == model.BNNumBatches {
			continue
		}
		w, err := want.state.Float32s(e.Key, e.Shape...)
		if err != nil {
			t.Fatal(err)
		}
		g, err := r.state.Float32s(e.Key, e.Shape...)
		if err != nil {
			t.Fatal(err)
		}
		closeTo(t, e.Key, g, w, stateTol)
	}
}

func closeTo(t *testing.T, name string, got, want []float32, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d values, ref %d", name, len(got), len(want))
		return
	}
	scale := 1e-6
	for _, v := range want {
		scale = math.Max(scale, math.Abs(float64(v)))
	}
	worst, at := 0.0, 0
	for i := range want {
		if d := math.Abs(float64(got[i] - want[i])); !(d <= worst) {
			worst, at = d, i
		}
	}
	if worst > tol*scale {
		t.Errorf("%s: [%d] = %g, ref %g: off by %.3g of the largest magnitude %.3g (tolerance %g)",
			name, at, got[at], want[at], worst/scale, scale, tol)
	}
}
