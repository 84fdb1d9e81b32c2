package model

import (
	"errors"
	"fmt"
	"log"

	"webtune/kernels"
)

// Net is ResNet-18 compiled on a backend: the host side of a device-resident network.
// The host writes batches and reads metrics; weights, gradients and optimizer state stay
// on the device until State is called.
//
// Micro-batching: when Config.MicroBatch is below Batch (set by the caller, or by
// NewNet because the device cannot hold a buffer of the whole batch), the plan is
// compiled for MicroBatch images and every Run covers the batch in k = Batch/MicroBatch
// passes. Training routines accumulate the k micro-batch gradients on the device and
// apply one SGD step with their mean; each micro-batch's loss gradient is the mean over
// its own valid rows. Batch norm normalizes each micro-batch with its own statistics and
// updates the running statistics (and num_batches_tracked) once per micro-batch: the
// usual semantics of gradient accumulation, not bit-equal to one pass over the whole
// batch. Loss and correct count, logits and features cover the whole batch.
type Net struct {
	Config         // MicroBatch is the plan's batch after NewNet (equal to Batch when not split)
	Layout *Layout // buffers of the compiled plan, at MicroBatch images
	prog   kernels.Program
	// numBatches counts train-mode steps since the loaded state, for num_batches_tracked.
	baseBatches map[string]int64
	steps       int64
	mb          *microBatches // nil when the batch runs in one pass
}

// NewNet records the plan for cfg and compiles it on backend. When the backend refuses
// the plan with a *kernels.TooLargeError and cfg.MicroBatch is 0, it retries with the
// largest micro-batch (a divisor of Batch) that the sizes in the error allow, and logs
// that micro-batching is on.
func NewNet(backend kernels.Backend, cfg Config) (*Net, error) {
	if cfg.MicroBatch < 0 || cfg.MicroBatch > cfg.Batch || (cfg.MicroBatch > 0 && cfg.Batch%cfg.MicroBatch != 0) {
		return nil, fmt.Errorf("micro-batch %d of a batch of %d: want 0 (whole batch) or a divisor of the batch", cfg.MicroBatch, cfg.Batch)
	}
	m := cfg.MicroBatch
	if m == 0 {
		m = cfg.Batch
	}
	var prev *kernels.TooLargeError
	for {
		n, err := compileNet(backend, cfg, m)
		var tl *kernels.TooLargeError
		if err == nil || cfg.MicroBatch != 0 || !errors.As(err, &tl) {
			return n, err
		}
		if prev != nil && prev.Buffer == tl.Buffer && prev.Bytes == tl.Bytes {
			return nil, fmt.Errorf("%w (its size does not depend on the batch, so micro-batching cannot help)", err)
		}
		next := smallerMicroBatch(cfg.Batch, m, tl)
		if next == 0 && m > 1 {
			next = 1 // the buffer may not grow with the batch: one try tells
		}
		if next == 0 {
			return nil, fmt.Errorf("%w (not even a micro-batch of 1 image fits)", err)
		}
		log.Printf("model: %v; micro-batching on: %d passes of %d images per batch of %d, gradients accumulated, "+
			"batch norm statistics per micro-batch", err, cfg.Batch/next, next, cfg.Batch)
		prev, m = tl, next
	}
}

// compileNet compiles the plan for micro-batches of m images of cfg's batch.
func compileNet(backend kernels.Backend, cfg Config, m int) (*Net, error) {
	pc := cfg
	pc.Batch, pc.MicroBatch = m, m
	plan, lay, err := BuildPlan(pc)
	if err != nil {
		return nil, err
	}
	var mb *microBatches
	if k := cfg.Batch / m; k > 1 {
		if mb, err = addMicroRoutines(plan, lay, k, m); err != nil {
			return nil, err
		}
	}
	prog, err := backend.Compile(plan)
	if err != nil {
		batch := fmt.Sprint("batch ", cfg.Batch)
		if m < cfg.Batch {
			batch += fmt.Sprint(" in micro-batches of ", m)
		}
		return nil, fmt.Errorf("compiling ResNet-18 (%d classes, %s, %dx%d) on %s: %w",
			cfg.Classes, batch, cfg.Height, cfg.Width, backend.Name(), err)
	}
	cfg.MicroBatch = m
	return &Net{Config: cfg, Layout: lay, prog: prog, baseBatches: map[string]int64{}, mb: mb}, nil
}

// Close releases the device resources.
func (n *Net) Close() error { return n.prog.Close() }

// Program exposes the compiled program (for benchmarks and backend tests).
func (n *Net) Program() kernels.Program { return n.prog }

// LoadState uploads a torchvision state dict; its class count must match the net's.
func (n *Net) LoadState(sd *StateDict) error {
	if err := checkEntries(sd, n.Classes); err != nil {
		return err
	}
	for _, e := range Entries(n.Classes) {
		if e.Kind == BNNumBatches {
			t, _ := sd.Get(e.Key)
			v, _ := t.Data().(int64)
			n.baseBatches[e.Key] = v
			continue
		}
		data, err := sd.Float32s(e.Key, e.Shape...)
		if err != nil {
			return err
		}
		buf, ok := n.Layout.Param[e.Key]
		if !ok {
			buf = n.Layout.Stat[e.Key]
		}
		if e.Kind == ConvWeight {
			data = oihwToOHWI(data, e.Shape)
		}
		if err := kernels.WriteF32(n.prog, buf, data); err != nil {
			return fmt.Errorf("uploading %s: %w", e.Key, err)
		}
	}
	n.steps = 0
	return nil
}

// checkEntries verifies every ResNet-18 key is present with its shape, before any upload.
func checkEntries(sd *StateDict, classes int) error {
	for _, e := range Entries(classes) {
		t, ok := sd.Get(e.Key)
		if !ok {
			return fmt.Errorf("weights lack %q (not a torchvision resnet18 state dict?)", e.Key)
		}
		if e.Kind == BNNumBatches {
			if _, ok := t.Data().(int64); !ok {
				return fmt.Errorf("%q is %v, want an int64 scalar", e.Key, t.Dtype())
			}
			continue
		}
		if _, err := sd.Float32s(e.Key, e.Shape...); err != nil {
			if e.Kind == FCWeight || e.Kind == FCBias {
				return fmt.Errorf("%w (the net has %d classes)", err, classes)
			}
			return err
		}
	}
	return nil
}

// State downloads the network as a torchvision state dict (OIHW conv weights).
func (n *Net) State() (*StateDict, error) {
	sd := NewStateDict()
	for _, e := range Entries(n.Classes) {
		if e.Kind == BNNumBatches {
			sd.Set(e.Key, I64Scalar(n.baseBatches[e.Key]+n.steps))
			continue
		}
		buf, ok := n.Layout.Param[e.Key]
		if !ok {
			buf = n.Layout.Stat[e.Key]
		}
		data, err := kernels.ReadF32(n.prog, buf, e.Numel())
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", e.Key, err)
		}
		if e.Kind == ConvWeight {
			data = ohwiToOIHW(data, e.Shape)
		}
		sd.Set(e.Key, F32Tensor(data, e.Shape...))
	}
	return sd, nil
}

// Grads downloads dLoss/dparam of the last train step for every trainable entry, in
// torchvision layout (with micro-batching, the mean of the micro-batch gradients).
func (n *Net) Grads() (map[string][]float32, error) {
	out := map[string][]float32{}
	for _, e := range Entries(n.Classes) {
		buf, ok := n.Layout.Grad[e.Key]
		if !ok {
			continue
		}
		data, err := kernels.ReadF32(n.prog, buf, e.Numel())
		if err != nil {
			return nil, fmt.Errorf("reading grad of %s: %w", e.Key, err)
		}
		if n.mb != nil { // the device holds the sum of the micro-batch gradients
			divide(data, float32(n.mb.k))
		}
		if e.Kind == ConvWeight {
			data = ohwiToOIHW(data, e.Shape)
		}
		out[e.Key] = data
	}
	return out, nil
}

// Hyper is one SGD parameter group's settings.
type Hyper struct{ LR, WeightDecay, Momentum float32 }

// SetHyper sets the backbone and fc groups' SGD settings.
func (n *Net) SetHyper(backbone, fc Hyper) error {
	for _, g := range []struct {
		buf kernels.Buf
		h   Hyper
	}{{n.Layout.Backbone.Hyper, backbone}, {n.Layout.FC.Hyper, fc}} {
		h := g.h
		if n.mb != nil {
			h = n.mb.sumHyper(h)
		}
		if err := kernels.WriteF32(n.prog, g.buf, []float32{h.LR, h.WeightDecay, h.Momentum}); err != nil {
			return err
		}
	}
	return nil
}

// SetPixels writes a batch of raw RGB pixels (NHWC uint8, exactly Batch images) and labels
// (-1 marks a padding row).
func (n *Net) SetPixels(pixels []uint8, labels []int32) error {
	if n.mb != nil {
		return n.mb.setPixels(pixels, labels, n.Batch*n.Height*n.Width*3)
	}
	if err := n.prog.Write(n.Layout.Pixels, pixels); err != nil {
		return err
	}
	return kernels.WriteI32(n.prog, n.Layout.Labels, labels)
}

// SetInputNCHW writes an already normalized float batch in PyTorch's NCHW layout (for
// FloatInput nets) and its labels.
func (n *Net) SetInputNCHW(x []float32, labels []int32) error {
	want := n.Batch * 3 * n.Height * n.Width
	if len(x) != want {
		return fmt.Errorf("input has %d floats, the net takes %d (batch %d, 3x%dx%d)", len(x), want, n.Batch, n.Height, n.Width)
	}
	nhwc := make([]float32, len(x))
	hw := n.Height * n.Width
	for b := 0; b < n.Batch; b++ {
		for c := 0; c < 3; c++ {
			for i := 0; i < hw; i++ {
				nhwc[(b*hw+i)*3+c] = x[(b*3+c)*hw+i]
			}
		}
	}
	if n.mb != nil {
		return n.mb.setInput(nhwc, labels, n.Batch)
	}
	if err := kernels.WriteF32(n.prog, n.Layout.Input, nhwc); err != nil {
		return err
	}
	return kernels.WriteI32(n.prog, n.Layout.Labels, labels)
}

// SetFeatures writes cached pooled features (Batch × 512) for the head routine.
func (n *Net) SetFeatures(f []float32, labels []int32) error {
	if n.mb != nil {
		return n.mb.setFeatures(f, labels, n.Batch)
	}
	if err := kernels.WriteF32(n.prog, n.Layout.Features, f); err != nil {
		return err
	}
	return kernels.WriteI32(n.prog, n.Layout.Labels, labels)
}

// Metrics is what one step reports.
type Metrics struct {
	Loss    float32
	Correct int
}

// Run replays a routine and reads back its loss and correct count.
func (n *Net) Run(routine string) (Metrics, error) {
	if n.mb != nil {
		return n.runMicro(routine)
	}
	if err := n.prog.Run(routine); err != nil {
		return Metrics{}, fmt.Errorf("running %s: %w", routine, err)
	}
	if routine == RoutineTrain {
		n.steps++
	}
	if routine == RoutineFeatures {
		return Metrics{}, nil
	}
	loss, err := kernels.ReadF32(n.prog, n.Layout.Loss, 1)
	if err != nil {
		return Metrics{}, err
	}
	correct, err := kernels.ReadI32(n.prog, n.Layout.Correct, 1)
	if err != nil {
		return Metrics{}, err
	}
	return Metrics{Loss: loss[0], Correct: int(correct[0])}, nil
}

// Logits reads the logits of the last forward pass (Batch × Classes).
func (n *Net) Logits() ([]float32, error) {
	if n.mb != nil {
		return append([]float32(nil), n.mb.logits...), nil
	}
	return kernels.ReadF32(n.prog, n.Layout.Logits, n.Batch*n.Classes)
}

// Features reads the pooled features of the last forward pass (Batch × 512).
func (n *Net) Features() ([]float32, error) {
	if n.mb != nil {
		return append([]float32(nil), n.mb.features...), nil
	}
	return kernels.ReadF32(n.prog, n.Layout.Features, n.Batch*FeatureDim)
}

// oihwToOHWI converts a torchvision conv weight to the device layout.
func oihwToOHWI(src []float32, shape []int) []float32 { return permuteConv(src, shape, true) }

// ohwiToOIHW converts a device conv weight back to torchvision's layout.
func ohwiToOIHW(src []float32, shape []int) []float32 { return permuteConv(src, shape, false) }

// permuteConv moves a [K][C][R][S] weight (shape in that order) between OIHW and OHWI.
func permuteConv(src []float32, shape []int, toOHWI bool) []float32 {
	k, c, r, s := shape[0], shape[1], shape[2], shape[3]
	dst := make([]float32, len(src))
	for ki := 0; ki < k; ki++ {
		for ci := 0; ci < c; ci++ {
			for ri := 0; ri < r; ri++ {
				for si := 0; si < s; si++ {
					oihw, ohwi := ((ki*c+ci)*r+ri)*s+si, ((ki*r+ri)*s+si)*c+ci
					if toOHWI {
						dst[ohwi] = src[oihw]
					} else {
						dst[oihw] = src[ohwi]
					}
				}
			}
		}
	}
	return dst
}

// Velocity reads the SGD momentum buffers of all trainable entries (in the device's
// internal order, which depends only on the class count). With micro-batching the
// device keeps them k times larger (see microBatches.sumHyper); Velocity undoes that, so
// checkpoints do not depend on the micro-batch.
func (n *Net) Velocity() ([]float32, error) {
	v, err := kernels.ReadF32(n.prog, n.Layout.Velocity, n.velocityLen())
	if err == nil && n.mb != nil {
		divide(v, float32(n.mb.k))
	}
	return v, err
}

// SetVelocity restores what Velocity returned.
func (n *Net) SetVelocity(v []float32) error {
	if len(v) != n.velocityLen() {
		return fmt.Errorf("optimizer state has %d values, a %d-class net needs %d", len(v), n.Classes, n.velocityLen())
	}
	if n.mb != nil {
		v = append([]float32(nil), v...)
		multiply(v, float32(n.mb.k))
	}
	return kernels.WriteF32(n.prog, n.Layout.Velocity, v)
}

func multiply(v []float32, f float32) {
	for i := range v {
		v[i] *= f
	}
}

func divide(v []float32, f float32) {
	for i := range v {
		v[i] /= f
	}
}

func (n *Net) velocityLen() int { return n.Layout.Backbone.Len + n.Layout.FC.Len }
