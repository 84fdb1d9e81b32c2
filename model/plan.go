package model

import (
	"fmt"

	"webtune/kernels"
)

// Config fixes every shape of a network plan.
type Config struct {
	Classes int
	Batch   int
	Height  int // input height
	Width   int // input width
	// FloatInput makes the routines start from the normalized float32 input buffer
	// (written by the host, as `webtune step` does) instead of raw uint8 pixels.
	FloatInput bool
	// MicroBatch, when not 0, makes NewNet run each batch as Batch/MicroBatch passes of
	// MicroBatch images with gradient accumulation (see Net). BuildPlan ignores it.
	MicroBatch int
}

// Routine names of a ResNet-18 plan.
const (
	RoutineTrain     = "train"      // forward (BN batch stats), loss, backward, SGD on both groups
	RoutineTrainHead = "train_head" // frozen backbone (BN eval), loss, fc backward, SGD on fc
	RoutineEval      = "eval"       // forward with running stats, loss and correct count
	RoutineFeatures  = "features"   // frozen backbone only: pooled features into Features
	RoutineHead      = "head"       // fc on host-written Features, loss, fc backward, SGD on fc
	RoutineHeadEval  = "head_eval"  // fc on host-written Features, loss and correct count
)

// Normalization of the recipe (ImageNet statistics).
var (
	InputMean = [3]float32{0.485, 0.456, 0.406}
	InputStd  = [3]float32{0.229, 0.224, 0.225}
)

// BatchNorm hyper-parameters of torchvision's ResNet.
const (
	bnEps      = 1e-5
	bnMomentum = 0.1
)

// Layout is where each state dict entry lives in the plan: trainable tensors are views
// of one "params" buffer (with a mirror in "grads" and "velocity"), running statistics
// views of one "stats" buffer. The fc group is last, so each SGD group is one view.
type Layout struct {
	Param    map[string]kernels.Buf // trainable key -> view of params
	Grad     map[string]kernels.Buf // trainable key -> view of grads
	Stat     map[string]kernels.Buf // running_mean/var key -> view of stats
	Velocity kernels.Buf

	Params, Grads, Stats kernels.Buf // roots

	Backbone, FC            Group
	Pixels, Input           kernels.Buf // uint8 NHWC, float32 NHWC
	Labels, Logits, DLogits kernels.Buf
	Features                kernels.Buf // pooled features [Batch][512]
	Loss, Correct           kernels.Buf
}

// Group is an SGD parameter group: views over params, grads and velocity, and its own
// [lr, weight_decay, momentum] buffer.
type Group struct {
	Param, Grad, Velocity, Hyper kernels.Buf
	Len                          int
}

// builder records the plan; it exists only while BuildPlan runs.
type builder struct {
	cfg     Config
	p       *kernels.Plan
	lay     *Layout
	scratch [4]kernels.Buf // gradient scratch roots, each of the largest activation's size
	views   int
	acts    map[string]kernels.Buf // activations, shared by the train and eval forwards
}

// BuildPlan records ResNet-18's routines for cfg.
func BuildPlan(cfg Config) (*kernels.Plan, *Layout, error) {
	if cfg.Classes < 1 || cfg.Batch < 1 || cfg.Height < MinSize || cfg.Width < MinSize {
		return nil, nil, fmt.Errorf("network config %+v: need classes >= 1, batch >= 1, an input of at least %dx%d", cfg, MinSize, MinSize)
	}
	if cfg.Classes > MaxClasses || cfg.Batch > MaxBatch || cfg.Height > MaxSize || cfg.Width > MaxSize {
		return nil, nil, fmt.Errorf("network config %+v: the limits are %d classes, batch %d, an input of %dx%d",
			cfg, MaxClasses, MaxBatch, MaxSize, MaxSize)
	}
	b := &builder{cfg: cfg, p: kernels.NewPlan(), lay: &Layout{}, acts: map[string]kernels.Buf{}}
	b.allocParams()
	b.allocIO()
	b.allocScratch()

	fwdTrain := b.newForward(true)
	fwdEval := b.newForward(false)

	train := append(b.inputOps(), fwdTrain.ops...)
	train = append(train, b.lossOp(fwdTrain.logits, true))
	train = append(train, b.backward(fwdTrain)...)
	train = append(train, b.sgd(b.lay.Backbone), b.sgd(b.lay.FC))
	b.p.AddRoutine(RoutineTrain, train...)

	eval := append(b.inputOps(), fwdEval.ops...)
	eval = append(eval, b.lossOp(fwdEval.logits, false))
	b.p.AddRoutine(RoutineEval, eval...)

	trainHead := append(b.inputOps(), fwdEval.ops...)
	trainHead = append(trainHead, b.lossOp(fwdEval.logits, true))
	trainHead = append(trainHead, b.fcBackward(fwdEval.features)...)
	trainHead = append(trainHead, b.sgd(b.lay.FC))
	b.p.AddRoutine(RoutineTrainHead, trainHead...)

	b.p.AddRoutine(RoutineFeatures, append(b.inputOps(), fwdEval.backboneOps...)...)

	head := []kernels.Op{fwdEval.fcOp, b.lossOp(fwdEval.logits, true)}
	head = append(head, b.fcBackward(fwdEval.features)...)
	head = append(head, b.sgd(b.lay.FC))
	b.p.AddRoutine(RoutineHead, head...)
	b.p.AddRoutine(RoutineHeadEval, fwdEval.fcOp, b.lossOp(fwdEval.logits, false))

	if err := b.p.Validate(); err != nil {
		return nil, nil, fmt.Errorf("recording ResNet-18 plan: %w", err)
	}
	return b.p, b.lay, nil
}

// MaxClasses bounds the fc layer (ImageNet-21k has 21,841 classes).
const MaxClasses = 1 << 17

// PlanBytes is the memory a backend allocates for cfg's plan: the sum of its root
// buffers, known before anything is compiled. Callers compare it with what the
// machine has, to refuse a batch or size that cannot fit with a clear error instead
// of running out of memory.
func PlanBytes(cfg Config) (int64, error) {
	if cfg.MicroBatch > 0 {
		cfg.Batch = cfg.MicroBatch
	}
	p, _, err := BuildPlan(cfg)
	if err != nil {
		return 0, err
	}
	var n int64
	for _, b := range p.Buffers {
		if b.Parent == kernels.NoBuf {
			n += int64(b.Len) * int64(b.DType.Size())
		}
	}
	return n, nil
}

func alignUp(n int) int { return (n + kernels.ViewAlign - 1) / kernels.ViewAlign * kernels.ViewAlign }

// allocParams lays out trainable entries (backbone first, fc last) and running stats.
func (b *builder) allocParams() {
	entries := Entries(b.cfg.Classes)
	offsets := map[string]int{}
	total, fcStart := 0, 0
	statOffsets := map[string]int{}
	statTotal := 0
	for _, e := range entries {
		switch {
		case e.Kind == FCWeight:
			fcStart = total
			fallthrough
		case e.Kind.Trainable():
			offsets[e.Key] = total
			total = alignUp(total + e.Numel())
		case e.Kind == BNRunMean || e.Kind == BNRunVar:
			statOffsets[e.Key] = statTotal
			statTotal = alignUp(statTotal + e.Numel())
		}
	}
	lay := b.lay
	lay.Params = b.p.Alloc("params", kernels.F32, total)
	lay.Grads = b.p.Alloc("grads", kernels.F32, total)
	lay.Velocity = b.p.Alloc("velocity", kernels.F32, total)
	lay.Stats = b.p.Alloc("stats", kernels.F32, statTotal)
	lay.Param, lay.Grad, lay.Stat = map[string]kernels.Buf{}, map[string]kernels.Buf{}, map[string]kernels.Buf{}
	for _, e := range entries {
		if off, ok := offsets[e.Key]; ok {
			lay.Param[e.Key] = b.p.View(e.Key, lay.Params, off, e.Numel())
			lay.Grad[e.Key] = b.p.View("grad."+e.Key, lay.Grads, off, e.Numel())
		}
		if off, ok := statOffsets[e.Key]; ok {
			lay.Stat[e.Key] = b.p.View(e.Key, lay.Stats, off, e.Numel())
		}
	}
	lay.Backbone = b.group("backbone", 0, fcStart)
	lay.FC = b.group("fc", fcStart, total-fcStart)
}

func (b *builder) group(name string, off, n int) Group {
	lay := b.lay
	return Group{
		Param:    b.p.View("group."+name+".param", lay.Params, off, n),
		Grad:     b.p.View("group."+name+".grad", lay.Grads, off, n),
		Velocity: b.p.View("group."+name+".velocity", lay.Velocity, off, n),
		Hyper:    b.p.Alloc("group."+name+".hyper", kernels.F32, 3),
		Len:      n,
	}
}

func (b *builder) allocIO() {
	c, lay := b.cfg, b.lay
	n := c.Batch * c.Height * c.Width * 3
	lay.Pixels = b.p.Alloc("pixels", kernels.U8, n)
	lay.Input = b.p.Alloc("input", kernels.F32, n)
	lay.Labels = b.p.Alloc("labels", kernels.I32, c.Batch)
	lay.Logits = b.p.Alloc("logits", kernels.F32, c.Batch*c.Classes)
	lay.DLogits = b.p.Alloc("dlogits", kernels.F32, c.Batch*c.Classes)
	lay.Features = b.p.Alloc("features", kernels.F32, c.Batch*FeatureDim)
	lay.Loss = b.p.Alloc("loss", kernels.F32, 1)
	lay.Correct = b.p.Alloc("correct", kernels.I32, 1)
}

// allocScratch makes the backward pass's gradient buffers: four roots, each as large as
// the largest activation; each gradient is a view at offset 0 of one of them. No op
// reads and writes the same root (WebGPU forbids that within a dispatch) except the
// in-place cases the op contract allows.
func (b *builder) allocScratch() {
	out := func(s int) int { return (s+2*Stem.Pad-Stem.Kernel)/Stem.Stride + 1 }
	largest := b.cfg.Batch * out(b.cfg.Height) * out(b.cfg.Width) * Stem.Out
	for i := range b.scratch {
		b.scratch[i] = b.p.Alloc(fmt.Sprintf("scratch%d", i), kernels.F32, largest)
	}
}

// scratchView names a gradient of n floats in scratch root i.
func (b *builder) scratchView(i int, name string, n int) kernels.Buf {
	b.views++
	return b.p.View(fmt.Sprintf("scratch%d.%d.%s", i, b.views, name), b.scratch[i], 0, n)
}

func (b *builder) inputOps() []kernels.Op {
	if b.cfg.FloatInput {
		return nil
	}
	return []kernels.Op{kernels.InputNormalize{N: b.cfg.Batch, H: b.cfg.Height, W: b.cfg.Width,
		Mean: InputMean, Std: InputStd, Src: b.lay.Pixels, Dst: b.lay.Input}}
}

func (b *builder) lossOp(logits kernels.Buf, withGrad bool) kernels.Op {
	op := kernels.SoftmaxCrossEntropy{N: b.cfg.Batch, Classes: b.cfg.Classes, Logits: logits,
		Labels: b.lay.Labels, Loss: b.lay.Loss, Correct: b.lay.Correct}
	if withGrad {
		op.DLogits = b.lay.DLogits
	}
	return op
}

func (b *builder) sgd(g Group) kernels.Op {
	return kernels.SGD{Len: g.Len, Param: g.Param, Grad: g.Grad, Velocity: g.Velocity, Hyper: g.Hyper}
}
