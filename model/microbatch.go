package model

import (
	"fmt"

	"webtune/kernels"
)

// microBatches is the host side of a Net whose batch runs as k passes of the plan's
// batch m: the routines of each pass, the whole batch's inputs (written one slice per
// pass) and its gathered outputs.
type microBatches struct {
	k, m int
	// passes names, per routine of the plan, the routine to run for the first, the
	// middle and the last micro-batch (the same name thrice for routines without SGD).
	passes map[string][3]string

	pixels   []uint8   // the whole batch, NHWC
	input    []float32 // the whole batch, normalized NHWC (FloatInput nets)
	feats    []float32 // host-written features (head routines)
	labels   []int32
	logits   []float32 // of the last Run, the whole batch
	features []float32 // of the last Run, the whole batch
}

// addMicroRoutines adds to p, for every routine that ends in SGD steps, three routines
// that accumulate the gradient over k micro-batches from existing ops: the first pass
// copies its gradient into an accumulator (Add with a never-written zero buffer), the
// middle ones add theirs to it, and the last adds the accumulator into the gradient
// buffer and runs the routine's SGD ops on that sum (see sumHyper).
func addMicroRoutines(p *kernels.Plan, lay *Layout, k, m int) (*microBatches, error) {
	gradLen := p.Spec(lay.Grads).Len
	sum := p.Alloc("microbatch.grad_sum", kernels.F32, gradLen)
	zeros := p.Alloc("microbatch.zeros", kernels.F32, gradLen) // buffers start zeroed
	type pair struct{ sum, zero kernels.Buf }
	views := map[kernels.Buf]pair{}
	mb := &microBatches{k: k, m: m, passes: map[string][3]string{}}
	routines := append([]kernels.Routine(nil), p.Routines...)
	for _, r := range routines {
		j := len(r.Ops)
		for j > 0 && r.Ops[j-1].Kind() == (kernels.SGD{}).Kind() {
			j--
		}
		if j == len(r.Ops) {
			mb.passes[r.Name] = [3]string{r.Name, r.Name, r.Name}
			continue
		}
		first := append([]kernels.Op(nil), r.Ops[:j]...)
		mid := append([]kernels.Op(nil), r.Ops[:j]...)
		last := append([]kernels.Op(nil), r.Ops[:j]...)
		for _, op := range r.Ops[j:] {
			sgd := op.(kernels.SGD)
			g := p.Spec(sgd.Grad)
			if g.Parent != lay.Grads {
				return nil, fmt.Errorf("micro-batching routine %q: SGD gradient %q is not a view of the grads buffer", r.Name, g.Name)
			}
			v, ok := views[sgd.Grad]
			if !ok {
				v = pair{p.View("microbatch.sum."+g.Name, sum, g.Offset, g.Len), p.View("microbatch.zeros."+g.Name, zeros, g.Offset, g.Len)}
				views[sgd.Grad] = v
			}
			first = append(first, kernels.Add{Len: sgd.Len, A: sgd.Grad, B: v.zero, Y: v.sum})
			mid = append(mid, kernels.Add{Len: sgd.Len, A: v.sum, B: sgd.Grad, Y: v.sum})
			last = append(last, kernels.Add{Len: sgd.Len, A: v.sum, B: sgd.Grad, Y: sgd.Grad})
		}
		last = append(last, r.Ops[j:]...)
		names := [3]string{r.Name + "/micro-first", r.Name + "/micro-middle", r.Name + "/micro-last"}
		p.AddRoutine(names[0], first...)
		p.AddRoutine(names[1], mid...)
		p.AddRoutine(names[2], last...)
		mb.passes[r.Name] = names
	}
	return mb, nil
}

// sumHyper is the SGD setting that, applied to the sum S of the k micro-batch gradients
// with the velocity kept k times larger (V = k·v), gives exactly torch.optim.SGD on
// their mean: with [lr/k, k·wd, momentum], V = mom·V + S + k·wd·p = k·(mom·v + S/k +
// wd·p) and p -= (lr/k)·V = lr·v. Net.Velocity and SetVelocity convert between V and v.
func (mb *microBatches) sumHyper(h Hyper) Hyper {
	k := float32(mb.k)
	return Hyper{LR: h.LR / k, WeightDecay: h.WeightDecay * k, Momentum: h.Momentum}
}

func (mb *microBatches) setLabels(labels []int32, batch int) error {
	if len(labels) != batch {
		return fmt.Errorf("%d labels for a batch of %d", len(labels), batch)
	}
	mb.labels = append(mb.labels[:0], labels...)
	return nil
}

func (mb *microBatches) setPixels(pixels []uint8, labels []int32, want int) error {
	if len(pixels) != want {
		return fmt.Errorf("pixels: %d bytes, the net takes %d", len(pixels), want)
	}
	mb.pixels = append(mb.pixels[:0], pixels...)
	return mb.setLabels(labels, mb.k*mb.m)
}

func (mb *microBatches) setInput(nhwc []float32, labels []int32, batch int) error {
	mb.input = nhwc
	return mb.setLabels(labels, batch)
}

func (mb *microBatches) setFeatures(f []float32, labels []int32, batch int) error {
	if len(f) != batch*FeatureDim {
		return fmt.Errorf("features: %d floats, the net takes %d (batch %d x %d)", len(f), batch*FeatureDim, batch, FeatureDim)
	}
	mb.feats = append(mb.feats[:0], f...)
	return mb.setLabels(labels, batch)
}

// writePass writes micro-batch i's slice of the inputs routine reads.
func (n *Net) writePass(routine string, i int) error {
	mb := n.mb
	m := mb.m
	if mb.labels == nil {
		return fmt.Errorf("running %s: no batch was written (SetPixels, SetInputNCHW or SetFeatures first)", routine)
	}
	if err := kernels.WriteI32(n.prog, n.Layout.Labels, mb.labels[i*m:(i+1)*m]); err != nil {
		return err
	}
	img := n.Height * n.Width * 3
	switch {
	case routine == RoutineHead || routine == RoutineHeadEval:
		if mb.feats == nil {
			return fmt.Errorf("running %s: no features were written (SetFeatures first)", routine)
		}
		return kernels.WriteF32(n.prog, n.Layout.Features, mb.feats[i*m*FeatureDim:(i+1)*m*FeatureDim])
	case n.FloatInput:
		if mb.input == nil {
			return fmt.Errorf("running %s: no input was written (SetInputNCHW first)", routine)
		}
		return kernels.WriteF32(n.prog, n.Layout.Input, mb.input[i*m*img:(i+1)*m*img])
	default:
		if mb.pixels == nil {
			return fmt.Errorf("running %s: no pixels were written (SetPixels first)", routine)
		}
		return n.prog.Write(n.Layout.Pixels, mb.pixels[i*m*img:(i+1)*m*img])
	}
}

// runMicro runs routine over the k micro-batches and combines their metrics: the loss
// is the mean over all valid rows of the batch, correct their sum.
func (n *Net) runMicro(routine string) (Metrics, error) {
	mb := n.mb
	passes, ok := mb.passes[routine]
	if !ok {
		return Metrics{}, fmt.Errorf("no routine %q in the plan", routine)
	}
	head := routine == RoutineHead || routine == RoutineHeadEval
	mb.logits, mb.features = mb.logits[:0], mb.features[:0]
	var lossSum float64
	valid, correct := 0, 0
	for i := 0; i < mb.k; i++ {
		if err := n.writePass(routine, i); err != nil {
			return Metrics{}, err
		}
		name := passes[1]
		if i == 0 {
			name = passes[0]
		} else if i == mb.k-1 {
			name = passes[2]
		}
		if err := n.prog.Run(name); err != nil {
			return Metrics{}, fmt.Errorf("running %s (micro-batch %d of %d): %w", routine, i+1, mb.k, err)
		}
		if !head {
			f, err := kernels.ReadF32(n.prog, n.Layout.Features, mb.m*FeatureDim)
			if err != nil {
				return Metrics{}, err
			}
			mb.features = append(mb.features, f...)
		}
		if routine == RoutineFeatures {
			continue
		}
		lg, err := kernels.ReadF32(n.prog, n.Layout.Logits, mb.m*n.Classes)
		if err != nil {
			return Metrics{}, err
		}
		mb.logits = append(mb.logits, lg...)
		loss, err := kernels.ReadF32(n.prog, n.Layout.Loss, 1)
		if err != nil {
			return Metrics{}, err
		}
		c, err := kernels.ReadI32(n.prog, n.Layout.Correct, 1)
		if err != nil {
			return Metrics{}, err
		}
		v := 0
		for _, l := range mb.labels[i*mb.m : (i+1)*mb.m] {
			if l >= 0 {
				v++
			}
		}
		lossSum += float64(loss[0]) * float64(v)
		valid += v
		correct += int(c[0])
	}
	if head {
		mb.features = append(mb.features, mb.feats...)
	}
	if routine == RoutineTrain {
		n.steps += int64(mb.k) // batch norm saw k batches
	}
	if valid == 0 {
		return Metrics{Correct: correct}, nil
	}
	return Metrics{Loss: float32(lossSum / float64(valid)), Correct: correct}, nil
}

// smallerMicroBatch is the largest divisor of batch below m that the sizes in tl allow,
// taking the buffer that did not fit to grow with the batch; 0 when none does.
func smallerMicroBatch(batch, m int, tl *kernels.TooLargeError) int {
	fit := m - 1
	if tl.Bytes > 0 {
		fit = min(fit, int(int64(m)*tl.Limit/tl.Bytes))
	}
	for d := fit; d >= 1; d-- {
		if batch%d == 0 {
			return d
		}
	}
	return 0
}
