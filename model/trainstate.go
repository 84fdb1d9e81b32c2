package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A run's checkpoints live in a CheckpointStore. Each checkpoint is one safetensors
// file, a "generation", named after its optimizer step (GenerationName): the
// torchvision state dict under its own keys plus the SGD velocity as optim.velocity,
// and in its metadata everything a resume needs (the options, class names, epoch and
// step) and the sha256 of its data section, so a torn or corrupted file is detected
// wherever it lies. Save writes a generation atomically and only then removes all but
// it and the one before; Resume takes the newest generation that checks out. The
// browser worker uses the same format over its own store.
//
// ModelFile (beside the generations, written by ExportModel) is a plain state dict
// for users and PyTorch; resume never reads it.
const (
	CheckpointFormat = "webtune-checkpoint-1"
	ModelFile        = "model.safetensors"
	// OptimizerFile is the second file of the old two-file checkpoints, recognised only
	// to explain that they cannot be resumed.
	OptimizerFile = "optimizer.safetensors"
	velocityKey   = "optim.velocity"
	extraPrefix   = "x."
)

// GenerationName is the file name of the checkpoint at an optimizer step.
func GenerationName(step int) string { return fmt.Sprintf("checkpoint-%09d.safetensors", step) }

// parseGeneration returns the step a generation name carries.
func parseGeneration(name string) (int, bool) {
	s, ok := strings.CutPrefix(name, "checkpoint-")
	if !ok {
		return 0, false
	}
	if s, ok = strings.CutSuffix(s, ".safetensors"); !ok || len(s) < 9 {
		return 0, false
	}
	step, err := strconv.Atoi(s)
	if err != nil || step < 0 || s[0] == '+' {
		return 0, false
	}
	return step, true
}

// generations lists the generation names among names, newest (highest step) first.
func generations(names []string) []string {
	type gen struct {
		name string
		step int
	}
	var gs []gen
	for _, n := range names {
		if step, ok := parseGeneration(n); ok {
			gs = append(gs, gen{n, step})
		}
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].step != gs[j].step {
			return gs[i].step > gs[j].step
		}
		return gs[i].name > gs[j].name
	})
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = g.name
	}
	return out
}

// CheckpointBytes is about the size of one generation of a net with this many
// classes (its data; the header adds a few KB), and StateBytes that of ModelFile:
// what a store must have room for.
func CheckpointBytes(classes int) int64 { return StateBytes(classes) + 4*int64(velocityLen(classes)) }

// StateBytes is the size of a state dict's data.
func StateBytes(classes int) int64 {
	var n int64
	for _, e := range Entries(classes) {
		size := int64(4)
		if e.Kind == BNNumBatches {
			size = 8
		}
		n += size * int64(e.Numel())
	}
	return n
}

// Generations lists the checkpoint generations in s, newest first.
func Generations(s CheckpointStore) ([]string, error) {
	names, err := s.List()
	if err != nil {
		return nil, err
	}
	return generations(names), nil
}

// Checkpoint is the content of one generation.
type Checkpoint struct {
	Epoch, Step int
	Options     TrainOptions // with defaults filled in
	Classes     []string
	State       *StateDict    // torchvision state dict, float32 (num_batches_tracked int64)
	Velocity    []float32     // SGD velocity in Net's order, independent of micro-batching
	Partial     EpochProgress // of epoch Epoch+1, when taken in its middle
	Extra       map[string]string
}

// EncodeCheckpoint writes c as one safetensors file.
func EncodeCheckpoint(w io.Writer, c *Checkpoint) error {
	if err := checkFinite(c.State, c.Velocity); err != nil {
		return fmt.Errorf("refusing to checkpoint a diverged net: %w", err)
	}
	sd := NewStateDict()
	for _, k := range c.State.Keys {
		sd.Set(k, c.State.Tensors[k])
	}
	sd.Set(velocityKey, F32Tensor(c.Velocity, len(c.Velocity)))
	meta, err := c.metadata()
	if err != nil {
		return err
	}
	h := sha256.New()
	if err := writeSafetensorsData(h, sd); err != nil {
		return err
	}
	meta["payload_sha256"] = hex.EncodeToString(h.Sum(nil))
	header, err := safetensorsHeader(sd, meta)
	if err != nil {
		return err
	}
	return writeSafetensorsTo(w, header, sd)
}

func (c *Checkpoint) metadata() (map[string]string, error) {
	o := c.Options.WithDefaults()
	ff := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	meta := map[string]string{
		"format": CheckpointFormat, "epoch": strconv.Itoa(c.Epoch), "step": strconv.Itoa(c.Step),
		"mode": string(o.Mode), "seed": strconv.FormatUint(o.Seed, 10),
		"classes": strings.Join(c.Classes, "\n"), "batch": strconv.Itoa(o.Batch), "size": strconv.Itoa(o.Size),
		"lr": ff(o.LR), "weight_decay": ff(o.WeightDecay), "momentum": ff(o.Momentum),
		"augment": strconv.FormatBool(*o.Augment), "crop_min": ff(o.CropMin),
	}
	if p := c.Partial; p.Batches > 0 {
		meta["partial_batches"], meta["partial_images"] = strconv.Itoa(p.Batches), strconv.Itoa(p.Images)
		meta["partial_correct"], meta["partial_loss_sum"] = strconv.Itoa(p.Correct), ff(p.LossSum)
	}
	for k, v := range c.Extra {
		meta[extraPrefix+k] = v
	}
	if err := CheckClassNames(c.Classes); err != nil {
		return nil, err
	}
	return meta, nil
}

// CheckClassNames checks that class names can be stored in a checkpoint (newline-
// joined): at least one, none empty, none with a newline. Call it before training
// so that a bad name does not fail the first save, an epoch later.
func CheckClassNames(classes []string) error {
	if len(classes) == 0 {
		return errors.New("no classes")
	}
	for _, cl := range classes {
		if cl == "" || strings.ContainsAny(cl, "\r\n") {
			return fmt.Errorf("class name %q cannot be stored in a checkpoint (empty or with a line break): rename it", cl)
		}
	}
	return nil
}

// DecodeCheckpoint parses and checks a generation: its header, the sha256 of its
// data, its metadata and its state dict (a ResNet-18 of as many classes as it names).
func DecodeCheckpoint(data []byte) (*Checkpoint, error) {
	sd, meta, err := readSafetensors(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if meta["format"] != CheckpointFormat {
		return nil, fmt.Errorf("not a webtune checkpoint (format %q, want %q)", meta["format"], CheckpointFormat)
	}
	n := binary.LittleEndian.Uint64(data) // checked by readSafetensors
	sum := sha256.Sum256(data[8+n:])
	if got := hex.EncodeToString(sum[:]); got != meta["payload_sha256"] {
		return nil, errors.New("incomplete or corrupted (payload sha256 mismatch)")
	}
	c, err := checkpointFromMeta(meta)
	if err != nil {
		return nil, err
	}
	vt, ok := sd.Tensors[velocityKey]
	if !ok {
		return nil, fmt.Errorf("no %s tensor", velocityKey)
	}
	c.Velocity, _ = vt.Data().([]float32)
	c.State = NewStateDict()
	for _, k := range sd.Keys {
		if k != velocityKey {
			c.State.Set(k, sd.Tensors[k])
		}
	}
	classes, err := CheckResNet18(c.State)
	if err != nil {
		return nil, err
	}
	if classes != len(c.Classes) {
		return nil, fmt.Errorf("fc has %d classes but the metadata names %d", classes, len(c.Classes))
	}
	if want := velocityLen(classes); len(c.Velocity) != want || vt.Dtype().Name() != "float32" || len(vt.Shape()) != 1 {
		return nil, fmt.Errorf("%s has shape %v (%v), want [%d] float32", velocityKey, []int(vt.Shape()), vt.Dtype(), want)
	}
	if err := checkFinite(c.State, c.Velocity); err != nil {
		return nil, err
	}
	return c, nil
}

// velocityLen is the length of a net's velocity buffer: the trainable entries in
// state dict order, each padded as the plan lays them out (see BuildPlan).
func velocityLen(classes int) int {
	total := 0
	for _, e := range Entries(classes) {
		if e.Kind.Trainable() {
			total = alignUp(total + e.Numel())
		}
	}
	return total
}

// checkpointFromMeta parses the metadata of a generation.
func checkpointFromMeta(meta map[string]string) (*Checkpoint, error) {
	c := &Checkpoint{Extra: map[string]string{}}
	var errs []string
	num := func(key string) int {
		v, err := strconv.Atoi(meta[key])
		if err != nil || v < 0 {
			errs = append(errs, fmt.Sprintf("%s %q", key, meta[key]))
		}
		return v
	}
	float := func(key string) float64 {
		v, err := strconv.ParseFloat(meta[key], 64)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s %q", key, meta[key]))
		}
		return v
	}
	c.Epoch, c.Step = num("epoch"), num("step")
	o := &c.Options
	o.Mode = Mode(meta["mode"])
	o.Batch, o.Size = num("batch"), num("size")
	o.LR, o.WeightDecay, o.Momentum = float("lr"), float("weight_decay"), float("momentum")
	seed, err := strconv.ParseUint(meta["seed"], 10, 64)
	if err != nil {
		errs = append(errs, fmt.Sprintf("seed %q", meta["seed"]))
	}
	o.Seed = seed
	aug, err := strconv.ParseBool(meta["augment"])
	if err != nil {
		errs = append(errs, fmt.Sprintf("augment %q", meta["augment"]))
	}
	o.Augment = &aug
	o.CropMin = CropScale[0] // checkpoints written before crop_min existed used the recipe's
	if _, ok := meta["crop_min"]; ok {
		o.CropMin = float("crop_min")
	}
	if _, ok := meta["partial_batches"]; ok {
		c.Partial = EpochProgress{Batches: num("partial_batches"), Images: num("partial_images"),
			Correct: num("partial_correct"), LossSum: float("partial_loss_sum")}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("bad metadata: %s", strings.Join(errs, ", "))
	}
	if err := o.Validate(); err != nil {
		return nil, fmt.Errorf("bad options in metadata: %w", err)
	}
	c.Classes = strings.Split(meta["classes"], "\n")
	for k, v := range meta {
		if x, ok := strings.CutPrefix(k, extraPrefix); ok {
			c.Extra[x] = v
		}
	}
	return c, nil
}

// CheckFinite fails on the first NaN or infinity in a state dict's float tensors:
// weights that cannot train or classify.
func CheckFinite(sd *StateDict) error { return checkFinite(sd, nil) }

// checkFinite fails on the first NaN or infinity in a state dict or velocity.
func checkFinite(sd *StateDict, velocity []float32) error {
	for _, k := range sd.Keys {
		if v, ok := tensorElems(sd.Tensors[k]).([]float32); ok {
			if i := firstNonFinite(v); i >= 0 {
				return fmt.Errorf("%s[%d] is %v", k, i, v[i])
			}
		}
	}
	if i := firstNonFinite(velocity); i >= 0 {
		return fmt.Errorf("%s[%d] is %v", velocityKey, i, velocity[i])
	}
	return nil
}

func firstNonFinite(v []float32) int {
	for i, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return i
		}
	}
	return -1
}

// ResumeInfo tells what Resume used.
type ResumeInfo struct {
	Name        string // the generation resumed from
	Epoch, Step int
	Extra       map[string]string
	// Note names the newer generations that were skipped and why; "" when the
	// newest was used.
	Note string
}

// storeName describes a store in messages: its String method if it has one.
func storeName(s CheckpointStore) string {
	if n, ok := s.(fmt.Stringer); ok {
		return n.String()
	}
	return "the checkpoint store"
}

// LoadCheckpoint finds the newest usable generation in s: one that decodes, whose
// digest matches and, when classes is not nil, that was trained on those classes.
// Leftover temporary files are removed. The note names newer generations that were
// skipped, and why.
func LoadCheckpoint(s CheckpointStore, classes []string) (*Checkpoint, ResumeInfo, error) {
	names, err := s.List()
	if err != nil {
		return nil, ResumeInfo{}, fmt.Errorf("%s: %w", storeName(s), err)
	}
	removeLeftovers(s, names)
	gens := generations(names)
	if len(gens) == 0 {
		if slices.Contains(names, ModelFile) && slices.Contains(names, OptimizerFile) {
			return nil, ResumeInfo{}, fmt.Errorf("%s holds an old two-file checkpoint (%s + %s) that cannot be resumed; "+
				"start a new run from its weights instead: -weights %s -mode finetune", storeName(s), ModelFile, OptimizerFile, ModelFile)
		}
		return nil, ResumeInfo{}, fmt.Errorf("%s has no checkpoint (no checkpoint-*.safetensors file)", storeName(s))
	}
	var skipped []string
	for _, name := range gens {
		c, err := readGeneration(s, name, classes)
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		info := ResumeInfo{Name: name, Epoch: c.Epoch, Step: c.Step, Extra: c.Extra}
		if len(skipped) > 0 {
			info.Note = fmt.Sprintf("%s; resumed from %s (epoch %d, step %d)", strings.Join(skipped, "; "), name, c.Epoch, c.Step)
		}
		return c, info, nil
	}
	return nil, ResumeInfo{}, fmt.Errorf("%s has no usable checkpoint: %s", storeName(s), strings.Join(skipped, "; "))
}

func readGeneration(s CheckpointStore, name string, classes []string) (*Checkpoint, error) {
	data, err := s.Read(name)
	if err != nil {
		return nil, fmt.Errorf("unreadable: %w", err)
	}
	c, err := DecodeCheckpoint(data)
	if err != nil {
		return nil, err
	}
	if classes != nil && !slices.Equal(c.Classes, classes) {
		return nil, fmt.Errorf("trained on classes %q, the dataset has %q", c.Classes, classes)
	}
	return c, nil
}

// Save writes the run's state as a new generation in s, atomically, then removes
// every other generation but the newest one before it, and any temporary leftovers.
// extra is stored as is (under "x." keys) and given back by Resume.
func (t *Trainer) Save(s CheckpointStore, extra map[string]string) error {
	names, err := s.List()
	if err != nil {
		names = nil // a store not yet created has nothing to clean
	}
	removeLeftovers(s, names)
	c := &Checkpoint{Epoch: t.Epoch, Step: t.Step, Options: t.Opts, Classes: t.Data.Classes, Partial: t.partial, Extra: extra}
	if c.State, err = t.Net.State(); err != nil {
		return err
	}
	if c.Velocity, err = t.Net.Velocity(); err != nil {
		return err
	}
	name := GenerationName(t.Step)
	if err := s.WriteAtomic(name, func(w io.Writer) error { return EncodeCheckpoint(w, c) }); err != nil {
		return fmt.Errorf("checkpoint %s in %s: %w", name, storeName(s), err)
	}
	keepPrevious := ""
	for _, g := range generations(names) {
		if step, _ := parseGeneration(g); step < t.Step {
			keepPrevious = g
			break
		}
	}
	for _, g := range generations(names) {
		if g != name && g != keepPrevious {
			s.Remove(g)
		}
	}
	return nil
}

// Resume loads the newest usable generation of s (see LoadCheckpoint) into the
// trainer, whose options must be the checkpoint's.
func (t *Trainer) Resume(s CheckpointStore) (ResumeInfo, error) {
	c, info, err := LoadCheckpoint(s, t.Data.Classes)
	if err != nil {
		return info, err
	}
	if err := t.ResumeFrom(c); err != nil {
		return info, fmt.Errorf("%s in %s: %w", info.Name, storeName(s), err)
	}
	return info, nil
}

// ResumeFrom loads a decoded checkpoint into the trainer's net and counters. The
// trainer's options and classes must be the checkpoint's.
func (t *Trainer) ResumeFrom(c *Checkpoint) error {
	if err := c.Options.Contradicts(t.Opts); err != nil {
		return err
	}
	if !slices.Equal(c.Classes, t.Data.Classes) {
		return fmt.Errorf("trained on classes %q, the dataset has %q", c.Classes, t.Data.Classes)
	}
	if err := t.Net.LoadState(c.State); err != nil {
		return err
	}
	if err := t.Net.SetVelocity(c.Velocity); err != nil {
		return err
	}
	t.Epoch, t.Step, t.partial = c.Epoch, c.Step, c.Partial
	t.features, t.featuresDone = map[string][]float32{}, false
	return nil
}

// ExportModel writes ModelFile into s: the plain torchvision state dict, with the
// class names and the run's epoch, step, mode and seed as metadata.
func (t *Trainer) ExportModel(s CheckpointStore) error {
	sd, err := t.Net.State()
	if err != nil {
		return err
	}
	meta := map[string]string{
		"epoch": strconv.Itoa(t.Epoch), "step": strconv.Itoa(t.Step),
		"mode": string(t.Opts.Mode), "seed": strconv.FormatUint(t.Opts.Seed, 10),
		"classes": strings.Join(t.Data.Classes, "\n"),
	}
	header, err := safetensorsHeader(sd, meta)
	if err != nil {
		return err
	}
	if err := s.WriteAtomic(ModelFile, func(w io.Writer) error { return writeSafetensorsTo(w, header, sd) }); err != nil {
		return fmt.Errorf("exporting %s: %w", ModelFile, err)
	}
	return nil
}
