package model

import (
	"fmt"

	"webtune/kernels"
)

// Net is ResNet-18 compiled on a backend: the host side of a device-resident network.
// The host writes batches and reads metrics; weights, gradients and optimizer state stay
// on the device until State is called.
type Net struct {
	Config
	Layout *Layout
	prog   kernels.Program
	// numBatches counts train-mode steps since the loaded state, for num_batches_tracked.
	baseBatches map[string]int64
	steps       int64
}

// NewNet records the plan for cfg and compiles it on backend.
func NewNet(backend kernels.Backend, cfg Config) (*Net, error) {
	plan, lay, err := BuildPlan(cfg)
	if err != nil {
		return nil, err
	}
	prog, err := backend.Compile(plan)
	if err != nil {
		return nil, fmt.Errorf("compiling ResNet-18 (%d classes, batch %d, %dx%d) on %s: %w",
			cfg.Classes, cfg.Batch, cfg.Height, cfg.Width, backend.Name(), err)
	}
	return &Net{Config: cfg, Layout: lay, prog: prog, baseBatches: map[string]int64{}}, nil
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
// torchvision layout.
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
		if err := kernels.WriteF32(n.prog, g.buf, []float32{g.h.LR, g.h.WeightDecay, g.h.Momentum}); err != nil {
			return err
		}
	}
	return nil
}

// SetPixels writes a batch of raw RGB pixels (NHWC uint8, exactly Batch images) and labels
// (-1 marks a padding row).
func (n *Net) SetPixels(pixels []uint8, labels []int32) error {
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
	if err := kernels.WriteF32(n.prog, n.Layout.Input, nhwc); err != nil {
		return err
	}
	return kernels.WriteI32(n.prog, n.Layout.Labels, labels)
}

// SetFeatures writes cached pooled features (Batch × 512) for the head routine.
func (n *Net) SetFeatures(f []float32, labels []int32) error {
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
	return kernels.ReadF32(n.prog, n.Layout.Logits, n.Batch*n.Classes)
}

// Features reads the pooled features of the last forward pass (Batch × 512).
func (n *Net) Features() ([]float32, error) {
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
// internal order, which depends only on the class count).
func (n *Net) Velocity() ([]float32, error) {
	return kernels.ReadF32(n.prog, n.Layout.Velocity, n.velocityLen())
}

// SetVelocity restores what Velocity returned.
func (n *Net) SetVelocity(v []float32) error {
	if len(v) != n.velocityLen() {
		return fmt.Errorf("optimizer state has %d values, a %d-class net needs %d", len(v), n.Classes, n.velocityLen())
	}
	return kernels.WriteF32(n.prog, n.Layout.Velocity, v)
}

func (n *Net) velocityLen() int { return n.Layout.Backbone.Len + n.Layout.FC.Len }
