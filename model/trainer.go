package model

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Mode is what a training run updates.
type Mode string

const (
	Finetune Mode = "finetune" // pretrained backbone at lr, new fc at 10×lr
	Scratch  Mode = "scratch"  // fresh init, one lr for all
	Linear   Mode = "linear"   // frozen backbone (BN in eval mode), only fc trains
)

// ParseMode checks a mode name.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case Finetune, Scratch, Linear:
		return m, nil
	}
	return "", fmt.Errorf("unknown mode %q (want finetune, scratch or linear)", s)
}

// TrainOptions are a run's settings; zero values take the recipe's.
type TrainOptions struct {
	Mode        Mode
	Batch       int     // default 128
	Size        int     // input side, default 224
	LR          float64 // default 0.01 (finetune), 0.1 (scratch, linear: the fc's lr)
	WeightDecay float64 // default 0.001
	Momentum    float64 // default 0
	Seed        uint64
	Augment     *bool // default on, except linear mode (off, so features can be cached)
	// CropMin is the smallest area fraction RandomResizedCrop keeps, default 0.08 (the
	// recipe's CropScale). A small dataset of centred objects learns faster with a
	// milder crop that keeps the object in view (BuiltinDemo).
	CropMin float64
}

// WithDefaults fills in the recipe's values.
func (o TrainOptions) WithDefaults() TrainOptions {
	if o.Mode == "" {
		o.Mode = Finetune
	}
	if o.Batch == 0 {
		o.Batch = 128
	}
	if o.Size == 0 {
		o.Size = DefaultSize
	}
	if o.LR == 0 {
		o.LR = 0.1
		if o.Mode == Finetune {
			o.LR = 0.01
		}
	}
	if o.WeightDecay == 0 {
		o.WeightDecay = 0.001
	}
	if o.Augment == nil {
		on := o.Mode != Linear
		o.Augment = &on
	}
	if o.CropMin == 0 {
		o.CropMin = CropScale[0]
	}
	return o
}

// Limits of a run's shape: beyond them a run cannot fit any machine webtune targets,
// and the products of the sizes would near integer limits.
const (
	MinSize  = 32   // ResNet-18 downsamples 32 times
	MaxSize  = 1024 // input side; the recipe uses 224
	MaxBatch = 1 << 16
)

// Validate refuses options that cannot train: PyTorch's SGD refuses a negative lr,
// momentum or weight decay; webtune also refuses what cannot be represented in the
// device's float32, a momentum of 1 or more (the velocity then never decays), and a
// shape outside the limits. Call it after WithDefaults.
func (o TrainOptions) Validate() error {
	if _, err := ParseMode(string(o.Mode)); err != nil {
		return err
	}
	if o.Batch < 1 || o.Batch > MaxBatch {
		return fmt.Errorf("batch %d: want 1 to %d", o.Batch, MaxBatch)
	}
	if o.Size < MinSize || o.Size > MaxSize {
		return fmt.Errorf("size %d: want %d to %d pixels", o.Size, MinSize, MaxSize)
	}
	// The fc group of a fine-tune runs at 10 times lr, still in float32.
	if !(o.LR > 0) || !fitsFloat32(10*o.LR) || float32(o.LR) == 0 {
		return fmt.Errorf("learning rate %g: want a positive number that float32 holds (e.g. 0.01)", o.LR)
	}
	if !(o.WeightDecay >= 0) || !fitsFloat32(o.WeightDecay) {
		return fmt.Errorf("weight decay %g: want 0 or a positive number that float32 holds (e.g. 0.001)", o.WeightDecay)
	}
	// float32(0.99999999) is 1: the device must see a momentum below 1 too.
	if !(o.Momentum >= 0 && float32(o.Momentum) < 1) {
		return fmt.Errorf("momentum %g: want at least 0 and below 1 in float32 (e.g. 0.9)", o.Momentum)
	}
	if !(o.CropMin > 0 && o.CropMin <= 1) {
		return fmt.Errorf("smallest crop area %g: want above 0 and at most 1 (the recipe's 0.08)", o.CropMin)
	}
	if o.Augment != nil && o.Mode == Linear && *o.Augment {
		return fmt.Errorf("linear mode caches backbone features, so it needs augmentation off")
	}
	return nil
}

func fitsFloat32(v float64) bool { return !math.IsNaN(v) && math.Abs(v) <= math.MaxFloat32 }

// Contradicts says how o (a checkpoint's options) differs from run (a run's), naming
// both values, or returns nil when they agree.
func (o TrainOptions) Contradicts(run TrainOptions) error {
	o, run = o.WithDefaults(), run.WithDefaults()
	var diffs []string
	add := func(name string, ck, r any) {
		if ck != r {
			diffs = append(diffs, fmt.Sprintf("%s %v (this run: %v)", name, ck, r))
		}
	}
	add("mode", o.Mode, run.Mode)
	add("batch", o.Batch, run.Batch)
	add("size", o.Size, run.Size)
	add("lr", o.LR, run.LR)
	add("weight decay", o.WeightDecay, run.WeightDecay)
	add("momentum", o.Momentum, run.Momentum)
	add("seed", o.Seed, run.Seed)
	add("augment", *o.Augment, *run.Augment)
	add("smallest crop area", o.CropMin, run.CropMin)
	if len(diffs) > 0 {
		return fmt.Errorf("the checkpoint was trained with %s", strings.Join(diffs, ", "))
	}
	return nil
}

// Hypers returns the SGD settings of the backbone and fc groups.
func (o TrainOptions) Hypers() (backbone, fc Hyper) {
	h := func(lr float64) Hyper {
		return Hyper{LR: float32(lr), WeightDecay: float32(o.WeightDecay), Momentum: float32(o.Momentum)}
	}
	switch o.Mode {
	case Finetune:
		return h(o.LR), h(10 * o.LR)
	case Linear:
		return h(0), h(o.LR)
	}
	return h(o.LR), h(o.LR)
}

// EpochStats is one line of the recipe's report.
type EpochStats struct {
	Epoch    int // 1-based
	Loss     float64
	TrainAcc float64
	TestAcc  float64
	Seconds  float64
	Images   int // train images seen
}

func (s EpochStats) String() string {
	return fmt.Sprintf("epoch %d, loss %.4f, train acc %.3f, test acc %.3f, time %.1f sec",
		s.Epoch, s.Loss, s.TrainAcc, s.TestAcc, s.Seconds)
}

// Trainer runs epochs of a mode over a dataset on a compiled Net.
type Trainer struct {
	Net  *Net
	Data *Dataset
	Opts TrainOptions
	// Epoch is the number of completed epochs; Step the number of optimizer steps.
	Epoch, Step int
	// Progress is told after each train batch: batches done and in all, images so far.
	Progress func(done, total, images int)
	// Warn is told about files skipped while loading. Open reads a sample (nil: os.ReadFile).
	Warn func(path string, err error)
	Open func(path string) ([]byte, error)
	// OnStep, when set, is told every optimizer step's number and metrics (the
	// browser's loss chart).
	OnStep func(step int, m Metrics)
	// Stop, when set, is asked after every batch; true ends RunEpoch with ErrStopped
	// (the epoch is abandoned: the net has moved on from the last checkpoint).
	Stop func() bool

	features     map[string][]float32 // linear mode: pooled features per file, computed once
	featuresDone bool                 // linear mode: features of every readable file cached
	partial      EpochProgress        // the epoch in progress, so far
}

// EpochProgress is how far the epoch in progress has come: what a checkpoint taken
// in the middle of an epoch keeps, so that a resume continues the epoch (skipping the
// batches done, in the same order) and reports the same epoch line.
type EpochProgress struct {
	Batches, Images, Correct int
	LossSum                  float64
}

// Partial is the progress of the epoch being trained (zero between epochs).
func (t *Trainer) Partial() EpochProgress { return t.partial }

// ErrStopped is what RunEpoch returns when Trainer.Stop asked it to stop.
var ErrStopped = errors.New("training stopped")

// DivergedError is a run whose loss stopped being a finite number.
type DivergedError struct {
	Epoch, Step int // the epoch being trained (1-based) and the optimizer step that diverged
	Loss        float32
}

func (e *DivergedError) Error() string {
	return fmt.Sprintf("the loss became %v at step %d (epoch %d): the run diverged; lower the learning rate (and momentum)",
		e.Loss, e.Step, e.Epoch)
}

// NewTrainer compiles nothing: net must have been built with the same class count,
// batch and size as opts.
func NewTrainer(net *Net, data *Dataset, opts TrainOptions) (*Trainer, error) {
	opts = opts.WithDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if net.Classes != len(data.Classes) {
		return nil, fmt.Errorf("the network has %d classes, the dataset %d (%v)", net.Classes, len(data.Classes), data.Classes)
	}
	if net.Batch != opts.Batch || net.Height != opts.Size || net.Width != opts.Size || net.FloatInput {
		return nil, fmt.Errorf("network shape %+v does not match batch %d, size %d", net.Config, opts.Batch, opts.Size)
	}
	if opts.Mode != Linear && len(data.Train) < opts.Batch {
		return nil, fmt.Errorf("the train split has %d images, fewer than one batch of %d: lower -batch", len(data.Train), opts.Batch)
	}
	backbone, fc := opts.Hypers()
	if err := net.SetHyper(backbone, fc); err != nil {
		return nil, err
	}
	return &Trainer{Net: net, Data: data, Opts: opts, features: map[string][]float32{}}, nil
}

func (t *Trainer) loader(samples []Sample, train bool) (*Loader, error) {
	return NewLoader(samples, LoaderConfig{
		Batch: t.Opts.Batch, Size: t.Opts.Size, Augment: train && *t.Opts.Augment, CropScale: [2]float64{t.Opts.CropMin, 1},
		Shuffle: train, Seed: t.Opts.Seed, DropLast: train && t.Opts.Mode != Linear,
		Warn: t.Warn, Open: t.Open,
	})
}

// RunEpoch trains one epoch, then evaluates on the test split.
func (t *Trainer) RunEpoch() (EpochStats, error) {
	start := time.Now()
	st := EpochStats{Epoch: t.Epoch + 1}
	p := &t.partial
	err := t.trainBatches(p.Batches, func(m Metrics, n int) error {
		if math.IsNaN(float64(m.Loss)) || math.IsInf(float64(m.Loss), 0) {
			return &DivergedError{Epoch: st.Epoch, Step: t.Step + 1, Loss: m.Loss}
		}
		p.LossSum += float64(m.Loss)
		p.Batches++
		p.Correct += m.Correct
		p.Images += n
		t.Step++
		if t.OnStep != nil {
			t.OnStep(t.Step, m)
		}
		if t.Stop != nil && t.Stop() {
			return ErrStopped
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	if p.Batches == 0 {
		return st, fmt.Errorf("epoch %d trained on no batch: every train image was skipped", st.Epoch)
	}
	st.Images = p.Images
	st.Loss = p.LossSum / float64(p.Batches)
	st.TrainAcc = float64(p.Correct) / float64(p.Images)
	if st.TestAcc, err = t.Evaluate(); err != nil {
		return st, err
	}
	st.Seconds = time.Since(start).Seconds()
	t.Epoch++
	t.partial = EpochProgress{}
	if t.Opts.Mode == Linear {
		t.featuresDone = true // the first epoch cached train and test features
	}
	return st, nil
}

// fillFeatures caches the backbone features of the train and test images (linear
// mode after a resume: the cache is not in the checkpoint). The backbone is frozen,
// so they are the features the first epoch computed.
func (t *Trainer) fillFeatures() error {
	for _, samples := range [][]Sample{t.Data.Train, t.Data.Test} {
		l, err := t.loader(samples, false)
		if err != nil {
			return err
		}
		for b := range l.Epoch(0) {
			if _, err := t.runBatch(b, false); err != nil {
				return err
			}
			if t.Stop != nil && t.Stop() {
				return ErrStopped
			}
		}
	}
	t.featuresDone = true
	return nil
}

// trainBatches runs the epoch's optimizer steps after the first skip (done before a
// mid-epoch checkpoint), calling done after each. Skipped batches are still decoded:
// which images fail to decode decides where each batch starts.
func (t *Trainer) trainBatches(skip int, done func(Metrics, int) error) error {
	if t.Opts.Mode == Linear && t.Epoch > 0 {
		if !t.featuresDone {
			if err := t.fillFeatures(); err != nil {
				return err
			}
		}
		return t.cachedEpoch(t.Data.Train, RoutineHead, true, skip, done)
	}
	l, err := t.loader(t.Data.Train, true)
	if err != nil {
		return err
	}
	total, i := l.NumBatches(), 0
	for b := range l.Epoch(t.Epoch) {
		if i < skip {
			i++
			continue
		}
		m, err := t.runBatch(b, true)
		if err != nil {
			return err
		}
		if err := done(m, b.N); err != nil {
			return err
		}
		i++
		if t.Progress != nil {
			t.Progress(i, total, i*t.Opts.Batch)
		}
	}
	return nil
}

// runBatch runs one loaded batch: a train step, or an evaluation.
func (t *Trainer) runBatch(b Batch, train bool) (Metrics, error) {
	labels := padLabels(b.Labels[:b.N], t.Opts.Batch)
	if err := t.Net.SetPixels(b.Pixels[:t.Opts.Batch*3*t.Opts.Size*t.Opts.Size], labels); err != nil {
		return Metrics{}, err
	}
	if t.Opts.Mode != Linear {
		routine := RoutineEval
		if train {
			routine = RoutineTrain
		}
		return t.Net.Run(routine)
	}
	// Linear: compute and cache the backbone features, then the head.
	if _, err := t.Net.Run(RoutineFeatures); err != nil {
		return Metrics{}, err
	}
	feats, err := t.Net.Features()
	if err != nil {
		return Metrics{}, err
	}
	for i := 0; i < b.N; i++ {
		t.features[b.Paths[i]] = append([]float32(nil), feats[i*FeatureDim:(i+1)*FeatureDim]...)
	}
	if train {
		return t.Net.Run(RoutineHead)
	}
	return t.Net.Run(RoutineHeadEval)
}

// cachedEpoch runs the head over cached features, shuffled when train, from batch
// skip on.
func (t *Trainer) cachedEpoch(samples []Sample, routine string, train bool, skip int, done func(Metrics, int) error) error {
	order := make([]Sample, 0, len(samples))
	for _, s := range samples {
		if _, ok := t.features[s.Path]; ok {
			order = append(order, s)
		}
	}
	if train {
		rng := rand.New(rand.NewPCG(t.Opts.Seed, uint64(t.Epoch)+1))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	bs := t.Opts.Batch
	feats := make([]float32, bs*FeatureDim)
	total := (len(order) + bs - 1) / bs
	for i := skip; i < total; i++ {
		chunk := order[i*bs : min((i+1)*bs, len(order))]
		clear(feats)
		labels := make([]int32, len(chunk))
		for j, s := range chunk {
			copy(feats[j*FeatureDim:], t.features[s.Path])
			labels[j] = int32(s.Label)
		}
		if err := t.Net.SetFeatures(feats, padLabels(labels, bs)); err != nil {
			return err
		}
		m, err := t.Net.Run(routine)
		if err != nil {
			return err
		}
		if err := done(m, len(chunk)); err != nil {
			return err
		}
		if train && t.Progress != nil {
			t.Progress(i+1, total, (i+1)*bs)
		}
	}
	return nil
}

// Evaluate returns the test accuracy with running statistics (eval mode).
func (t *Trainer) Evaluate() (float64, error) {
	var correct, images int
	count := func(m Metrics, n int) error { correct += m.Correct; images += n; return nil }
	if t.Opts.Mode == Linear && t.featuresDone {
		if err := t.cachedEpoch(t.Data.Test, RoutineHeadEval, false, 0, count); err != nil {
			return 0, err
		}
	} else {
		l, err := t.loader(t.Data.Test, false)
		if err != nil {
			return 0, err
		}
		for b := range l.Epoch(0) {
			m, err := t.runBatch(b, false)
			if err != nil {
				return 0, err
			}
			count(m, b.N)
		}
	}
	if images == 0 {
		return 0, fmt.Errorf("evaluated no test image: every test image was skipped")
	}
	return float64(correct) / float64(images), nil
}

// padLabels extends labels to n entries with -1 (padding rows count nowhere).
func padLabels(labels []int32, n int) []int32 {
	out := make([]int32, n)
	copy(out, labels)
	for i := len(labels); i < n; i++ {
		out[i] = -1
	}
	return out
}
