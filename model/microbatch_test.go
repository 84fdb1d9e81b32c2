package model

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

// mbBatch is a random batch of raw pixels and labels, the last label padding.
func mbBatch(rng *rand.Rand, cfg Config) ([]uint8, []int32) {
	pixels := make([]uint8, cfg.Batch*cfg.Height*cfg.Width*3)
	for i := range pixels {
		pixels[i] = uint8(rng.IntN(256))
	}
	labels := make([]int32, cfg.Batch)
	for i := range labels {
		labels[i] = int32(rng.IntN(cfg.Classes))
	}
	labels[len(labels)-1] = -1
	return pixels, labels
}

func mustNet(t *testing.T, be kernels.Backend, cfg Config) *Net {
	t.Helper()
	n, err := NewNet(be, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// sameF32 checks got against want to tol of want's largest magnitude.
func sameF32(t *testing.T, what string, got, want []float32, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	scale := 1e-12
	for _, v := range want {
		scale = math.Max(scale, math.Abs(float64(v)))
	}
	for i := range want {
		if d := math.Abs(float64(got[i] - want[i])); !(d <= tol*scale) {
			t.Errorf("%s[%d] = %g, want %g (off by %.3g of the largest magnitude %.3g)", what, i, got[i], want[i], d/scale, scale)
			return
		}
	}
}

// A Net that micro-batches (12 images as 3 passes of 4) equals gradient accumulation
// done by hand on a Net of batch 4: its SGD made a no-op, the three passes' gradients
// read back and averaged, and SGD with momentum and weight decay applied on the host.
// Two steps, so the velocity carries over; parameters, running statistics,
// num_batches_tracked, velocity, gradients and metrics must agree.
func TestMicroBatchEqualsAccumulationByHand(t *testing.T) {
	const k, m = 3, 4
	cfg := Config{Classes: 3, Batch: k * m, Height: 32, Width: 32, MicroBatch: m}
	micro := mustNet(t, ref.New(), cfg)
	plain := mustNet(t, ref.New(), Config{Classes: 3, Batch: m, Height: 32, Width: 32})
	if micro.MicroBatch != m || micro.mb == nil || micro.mb.k != k {
		t.Fatalf("micro net: MicroBatch %d, %+v", micro.MicroBatch, micro.mb)
	}
	sd := InitState(cfg.Classes, 3)
	for _, n := range []*Net{micro, plain} {
		if err := n.LoadState(sd); err != nil {
			t.Fatal(err)
		}
	}
	hb, hf := Hyper{LR: 0.002, WeightDecay: 0.01, Momentum: 0.9}, Hyper{LR: 0.01, WeightDecay: 0.001, Momentum: 0.5}
	if err := micro.SetHyper(hb, hf); err != nil {
		t.Fatal(err)
	}
	if err := plain.SetHyper(Hyper{}, Hyper{}); err != nil { // lr 0: the device SGD changes nothing
		t.Fatal(err)
	}
	lay, prog := plain.Layout, plain.Program()
	total := lay.Backbone.Len + lay.FC.Len
	vel := make([]float32, total)
	rng := rand.New(rand.NewPCG(8, 9))
	for step := 0; step < 2; step++ {
		pixels, labels := mbBatch(rng, cfg)
		if err := micro.SetPixels(pixels, labels); err != nil {
			t.Fatal(err)
		}
		got, err := micro.Run(RoutineTrain)
		if err != nil {
			t.Fatal(err)
		}

		sum := make([]float32, total)
		var lossSum float64
		valid, correct := 0, 0
		img := cfg.Height * cfg.Width * 3
		for i := 0; i < k; i++ {
			if err := plain.SetPixels(pixels[m*i*img:m*(i+1)*img], labels[m*i:m*(i+1)]); err != nil {
				t.Fatal(err)
			}
			pm, err := plain.Run(RoutineTrain)
			if err != nil {
				t.Fatal(err)
			}
			v := 0
			for _, l := range labels[m*i : m*(i+1)] {
				if l >= 0 {
					v++
				}
			}
			lossSum += float64(pm.Loss) * float64(v)
			valid += v
			correct += pm.Correct
			g, err := kernels.ReadF32(prog, lay.Grads, total)
			if err != nil {
				t.Fatal(err)
			}
			for j := range sum {
				sum[j] += g[j]
			}
		}
		params, err := kernels.ReadF32(prog, lay.Params, total)
		if err != nil {
			t.Fatal(err)
		}
		for j := range params {
			h := hb
			if j >= lay.Backbone.Len {
				h = hf
			}
			vel[j] = h.Momentum*vel[j] + sum[j]/k + h.WeightDecay*params[j]
			params[j] -= h.LR * vel[j]
		}
		if err := kernels.WriteF32(prog, lay.Params, params); err != nil {
			t.Fatal(err)
		}

		t.Logf("step %d: loss %g, correct %d", step, got.Loss, got.Correct)
		// The first step agrees to float32 rounding; the second starts from parameters
		// that differ by that rounding (lr/k·V against lr·v) and amplifies it through
		// the network's gradients.
		tol := 1e-5
		if step > 0 {
			tol = 2e-4
		}
		t.Run(fmt.Sprint("step", step), func(t *testing.T) {
			if want := float32(lossSum / float64(valid)); math.Abs(float64(got.Loss-want)) > tol || got.Correct != correct {
				t.Errorf("metrics %+v, by hand loss %g correct %d", got, want, correct)
			}
			mg, err := kernels.ReadF32(micro.Program(), micro.Layout.Grads, total)
			if err != nil {
				t.Fatal(err)
			}
			sameF32(t, "gradient sum", mg, sum, tol)
			mv, err := micro.Velocity()
			if err != nil {
				t.Fatal(err)
			}
			sameF32(t, "velocity", mv, vel, tol)
			ms, err := micro.State()
			if err != nil {
				t.Fatal(err)
			}
			ps, err := plain.State()
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range Entries(cfg.Classes) {
				if e.Kind == BNNumBatches {
					a, _ := ms.Get(e.Key)
					b, _ := ps.Get(e.Key)
					if a.Data().(int64) != b.Data().(int64) || a.Data().(int64) != int64(k*(step+1)) {
						t.Errorf("%s = %v, by hand %v, want %d", e.Key, a.Data(), b.Data(), k*(step+1))
					}
					continue
				}
				a, _ := ms.Float32s(e.Key, e.Shape...)
				b, _ := ps.Float32s(e.Key, e.Shape...)
				sameF32(t, e.Key, a, b, tol)
			}
		})
	}
}

// The velocity leaves a micro-batching Net unscaled (so checkpoints do not depend on
// the micro-batch), and a checkpoint written by one Net resumes into another exactly:
// the next step of both matches.
func TestMicroBatchVelocityRoundTrip(t *testing.T) {
	cfg := Config{Classes: 2, Batch: 4, Height: 32, Width: 32, MicroBatch: 2}
	a := mustNet(t, ref.New(), cfg)
	rng := rand.New(rand.NewPCG(1, 1))
	h := Hyper{LR: 0.05, WeightDecay: 0.01, Momentum: 0.9}
	step := func(n *Net, pixels []uint8, labels []int32) {
		t.Helper()
		if err := n.SetHyper(h, h); err != nil {
			t.Fatal(err)
		}
		if err := n.SetPixels(pixels, labels); err != nil {
			t.Fatal(err)
		}
		if _, err := n.Run(RoutineTrain); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.LoadState(InitState(cfg.Classes, 5)); err != nil {
		t.Fatal(err)
	}
	p1, l1 := mbBatch(rng, cfg)
	step(a, p1, l1)
	vel, err := a.Velocity()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := kernels.ReadF32(a.Program(), a.Layout.Velocity, len(vel))
	if err != nil {
		t.Fatal(err)
	}
	for i := range vel {
		if raw[i] != 2*vel[i] {
			t.Fatalf("device velocity[%d] = %g, Velocity gives %g: want the device to hold k = 2 times it", i, raw[i], vel[i])
		}
	}

	// Save (one checkpoint generation) and resume into a fresh Net.
	store := DirStore(t.TempDir())
	data := &Dataset{Classes: []string{"a", "b"}}
	opts := TrainOptions{Mode: Scratch, Batch: cfg.Batch, Size: cfg.Height, LR: 0.05}.WithDefaults()
	tr := &Trainer{Net: a, Data: data, Opts: opts, Epoch: 1, Step: 1}
	if err := tr.Save(store, nil); err != nil {
		t.Fatal(err)
	}
	b := mustNet(t, ref.New(), cfg)
	tb := &Trainer{Net: b, Data: data, Opts: opts}
	if _, err := tb.Resume(store); err != nil {
		t.Fatal(err)
	}
	bv, err := b.Velocity()
	if err != nil {
		t.Fatal(err)
	}
	sameF32(t, "resumed velocity", bv, vel, 0)

	p2, l2 := mbBatch(rng, cfg)
	step(a, p2, l2)
	step(b, p2, l2)
	sa, err := a.State()
	if err != nil {
		t.Fatal(err)
	}
	sb, err := b.State()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range Entries(cfg.Classes) {
		if e.Kind == BNNumBatches {
			continue
		}
		x, _ := sa.Float32s(e.Key, e.Shape...)
		y, _ := sb.Float32s(e.Key, e.Shape...)
		sameF32(t, e.Key, y, x, 0)
	}
}

// limited is the ref backend with a device limit on its gradient scratch buffers (the
// largest buffers that grow with the batch; at batch 128 and 224x224 they take 411 MB,
// over many GPUs' 256 MB maxBufferSize, while the parameters take 45 MB). The limit
// applies to buffers whose name has the prefix.
type limited struct {
	kernels.Backend
	prefix string
	limit  int64
}

func (l limited) Compile(p *kernels.Plan) (kernels.Program, error) {
	for _, s := range p.Buffers {
		if bytes := int64(s.Len * s.DType.Size()); s.Parent == kernels.NoBuf && strings.HasPrefix(s.Name, l.prefix) && bytes > l.limit {
			return nil, fmt.Errorf("limited: %w", &kernels.TooLargeError{Buffer: s.Name, Bytes: bytes, Limit: l.limit})
		}
	}
	return l.Backend.Compile(p)
}

// NewNet answers a TooLargeError by micro-batching with the largest divisor of the
// batch that fits, and says so; a buffer that does not shrink with the batch fails
// with a clear error, as does a forced micro-batch that does not divide the batch.
func TestNewNetMicroBatchesWhenTooLarge(t *testing.T) {
	cfg := Config{Classes: 2, Batch: 12, Height: 32, Width: 32}
	perImage := int64(16 * 16 * 64 * 4) // the stem's output, the largest activation
	n := mustNet(t, limited{ref.New(), "scratch", 5 * perImage}, cfg)
	if n.MicroBatch != 4 || n.Batch != 12 || n.mb == nil || n.mb.k != 3 {
		t.Errorf("batch %d: micro-batch %d, want 3 passes of 4", n.Batch, n.MicroBatch)
	}
	whole := mustNet(t, limited{ref.New(), "scratch", 12 * perImage}, cfg)
	if whole.MicroBatch != 12 || whole.mb != nil {
		t.Errorf("a batch that fits: micro-batch %d", whole.MicroBatch)
	}

	var tl *kernels.TooLargeError
	_, err := NewNet(limited{ref.New(), "params", 1 << 20}, cfg)
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), "does not depend on the batch") {
		t.Errorf("parameters over the limit: %v, want a TooLargeError that micro-batching cannot help", err)
	}
	_, err = NewNet(limited{ref.New(), "scratch", perImage / 2}, cfg)
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), "not even a micro-batch of 1") {
		t.Errorf("one image over the limit: %v", err)
	}
	for _, mb := range []int{5, -1, 13} {
		c := cfg
		c.MicroBatch = mb
		if _, err := NewNet(ref.New(), c); err == nil {
			t.Errorf("micro-batch %d of %d accepted", mb, cfg.Batch)
		}
	}
}
