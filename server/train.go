package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"

	"webtune/model"
)

// `webtune train` fine-tunes ResNet-18 natively on an ImageFolder dataset, reporting
// each epoch as the recipe does and checkpointing after every epoch.
func init() {
	register("train", "train ResNet-18 natively on an ImageFolder dataset", runTrain)
}

type trainFlags struct {
	data, weights, mode, out, resume, backend string
	preset                                    string
	epochs, batch, size                       int
	lr, wd, momentum, cropMin                 float64
	seed                                      uint64
	quiet                                     bool
	set                                       map[string]bool // flags given on the command line
}

func parseTrainFlags(args []string) (*trainFlags, error) {
	f := &trainFlags{set: map[string]bool{}}
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", "dataset root: DIR/train/<class>/* and DIR/test/<class>/*")
	fs.StringVar(&f.weights, "weights", "", "pretrained weights, .safetensors or torchvision .pth (finetune, linear)")
	fs.StringVar(&f.mode, "mode", "finetune", "finetune | scratch | linear")
	fs.IntVar(&f.epochs, "epochs", 5, "epochs to train (in all, counting those of a resumed run)")
	fs.IntVar(&f.batch, "batch", 128, "batch size")
	fs.Float64Var(&f.lr, "lr", 0, "learning rate (0: the recipe's, 0.01 finetune with fc at 10x, 0.1 scratch and linear)")
	fs.Float64Var(&f.wd, "wd", 0.001, "weight decay")
	fs.Float64Var(&f.momentum, "momentum", 0, "SGD momentum")
	fs.IntVar(&f.size, "size", 224, "input size in pixels")
	fs.Float64Var(&f.cropMin, "crop-min", 0, "smallest area fraction the train crop keeps (0: the recipe's 0.08)")
	fs.StringVar(&f.preset, "preset", "", "start from a preset's settings, overridden by the flags given: "+
		"demo = the offline demo on the built-in shapes dataset (model.BuiltinDemo; -data defaults to it, drawn if missing)")
	fs.StringVar(&f.out, "out", "", "checkpoint directory, written after every epoch (empty: none; with -resume: the resumed directory)")
	fs.StringVar(&f.resume, "resume", "", "checkpoint directory to continue from (the checkpoint holds the weights, mode and settings)")
	fs.StringVar(&f.backend, "backend", "ref", "compute backend")
	fs.Uint64Var(&f.seed, "seed", 1, "seed for init, shuffling and augmentation")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	if f.data == "" && fs.NArg() == 1 {
		f.data = fs.Arg(0)
	}
	if err := f.applyPreset(); err != nil {
		return nil, err
	}
	if f.data == "" {
		return nil, fmt.Errorf("need -data DIR (an ImageFolder with train/ and test/)")
	}
	if fs.NArg() > 1 || (fs.NArg() == 1 && f.set["data"]) {
		return nil, fmt.Errorf("unexpected arguments %q: flags go before the dataset directory", fs.Args())
	}
	if f.epochs < 1 {
		return nil, fmt.Errorf("-epochs %d: want at least 1", f.epochs)
	}
	if f.batch < 1 || f.size < 1 { // 0 would silently mean the default in TrainOptions
		return nil, fmt.Errorf("-batch %d, -size %d: want positive numbers", f.batch, f.size)
	}
	if f.out == "" {
		f.out = f.resume // a resumed run goes on checkpointing where it was
	}
	return f, nil
}

// applyPreset puts a -preset's values into the flags not given, including -epochs and,
// for the demo, -data (the built-in dataset under ./data).
func (f *trainFlags) applyPreset() error {
	if f.preset == "" {
		return nil
	}
	p, ok := model.Presets[f.preset]
	if !ok {
		return fmt.Errorf("-preset %q: unknown (known: %s)", f.preset, model.BuiltinDemo.Name)
	}
	mode, err := model.ParseMode(f.mode)
	if err != nil {
		return err
	}
	if !f.set["mode"] {
		mode = p.Options.Mode
	}
	o := p.For(mode)
	defaults := []struct {
		name string
		set  func()
	}{
		{"mode", func() { f.mode = string(mode) }},
		{"epochs", func() { f.epochs = p.Epochs }},
		{"batch", func() { f.batch = o.Batch }},
		{"size", func() { f.size = o.Size }},
		{"lr", func() { f.lr = o.LR }},
		{"wd", func() { f.wd = o.WeightDecay }},
		{"momentum", func() { f.momentum = o.Momentum }},
		{"crop-min", func() { f.cropMin = o.CropMin }},
	}
	for _, d := range defaults {
		if !f.set[d.name] {
			d.set()
		}
	}
	if f.data == "" && p.Name == model.BuiltinDemo.Name {
		f.data = filepath.Join("data", datasetsDir, builtinName)
	}
	return nil
}

// options are the run's settings from the flags; validated by the caller.
func (f *trainFlags) options(mode model.Mode) model.TrainOptions {
	return model.TrainOptions{Mode: mode, Batch: f.batch, Size: f.size, LR: f.lr,
		WeightDecay: f.wd, Momentum: f.momentum, Seed: f.seed, CropMin: f.cropMin}.WithDefaults()
}

// resumedOptions takes a checkpoint's options, refusing any flag given that says
// otherwise.
func (f *trainFlags) resumedOptions(ck model.TrainOptions, where string) (model.TrainOptions, error) {
	var diffs []string
	check := func(flagName string, given, has any) {
		if f.set[flagName] && given != has {
			diffs = append(diffs, fmt.Sprintf("-%s %v, but the checkpoint has %v", flagName, given, has))
		}
	}
	check("mode", model.Mode(f.mode), ck.Mode)
	check("batch", f.batch, ck.Batch)
	check("size", f.size, ck.Size)
	check("wd", f.wd, ck.WeightDecay)
	check("momentum", f.momentum, ck.Momentum)
	check("seed", f.seed, ck.Seed)
	if f.set["crop-min"] && f.cropMin != 0 {
		check("crop-min", f.cropMin, ck.CropMin)
	}
	if f.set["lr"] && f.lr != 0 {
		check("lr", f.lr, ck.LR)
	}
	if len(diffs) > 0 {
		return ck, fmt.Errorf("resuming %s: %s (drop the flag, or start a new run)", where, strings.Join(diffs, "; "))
	}
	return ck, nil
}

func runTrain(args []string) error {
	f, err := parseTrainFlags(args)
	if err != nil {
		return err
	}
	mode, err := model.ParseMode(f.mode)
	if err != nil {
		return err
	}
	if err := drawDemoData(f); err != nil {
		return err
	}
	data, err := model.OpenImageFolder(f.data)
	if err != nil {
		return err
	}
	for _, s := range data.Skipped {
		fmt.Fprintf(os.Stderr, "warning: skipping %s: %s\n", s.Path, s.Reason)
	}
	opts, state, ck, err := trainStart(f, mode, data.Classes)
	if err != nil {
		return err
	}
	var store model.CheckpointStore
	if f.out != "" {
		store = model.DirStore(f.out)
		if err := checkWritable(f.out); err != nil {
			return err
		}
		if err := checkOtherRun(f); err != nil {
			return err
		}
		if err := checkRoom(f.out, len(data.Classes)); err != nil {
			return err
		}
		if err := model.CheckClassNames(data.Classes); err != nil {
			return fmt.Errorf("dataset %s: %w", f.data, err)
		}
	}
	backend, err := nativeBackend(f.backend)
	if err != nil {
		return err
	}
	cfg := model.Config{Classes: len(data.Classes), Batch: opts.Batch, Height: opts.Size, Width: opts.Size}
	if err := checkMemory(cfg); err != nil {
		return err
	}
	net, err := model.NewNet(backend, cfg)
	if err != nil {
		return err
	}
	defer net.Close()
	if err := net.LoadState(state); err != nil {
		return err
	}
	tr, err := model.NewTrainer(net, data, opts)
	if err != nil {
		return err
	}
	if ck != nil {
		if err := tr.ResumeFrom(ck); err != nil {
			return fmt.Errorf("resuming %s: %w", f.resume, err)
		}
	}
	tr.Warn = func(path string, err error) { fmt.Fprintf(os.Stderr, "\nwarning: skipping %s: %v\n", path, err) }
	stop := stopOnSignal()
	defer stop()
	tr.Stop = stopped.Load
	fmt.Printf("training %s on %s: %d classes %v, %d train / %d test images, batch %d, %dx%d, lr %g, backend %s\n",
		opts.Mode, f.data, len(data.Classes), data.Classes, len(data.Train), len(data.Test), opts.Batch, opts.Size, opts.Size, opts.LR, backend.Name())
	if tr.Epoch >= f.epochs {
		fmt.Printf("the run has done %d epochs, -epochs asks for %d: nothing to train (raise -epochs)\n", tr.Epoch, f.epochs)
	}
	for tr.Epoch < f.epochs {
		finish := epochBar(tr, f.quiet)
		st, err := tr.RunEpoch()
		finish()
		if err != nil {
			return trainFailure(err, f, store, st.Epoch)
		}
		fmt.Println(st)
		if store != nil {
			if err := tr.Save(store, nil); err != nil {
				return fmt.Errorf("checkpoint after epoch %d: %w; %s", st.Epoch, err, resumeHint(f, store))
			}
			if err := tr.ExportModel(store); err != nil {
				return fmt.Errorf("after epoch %d: %w (the checkpoint itself was written)", st.Epoch, err)
			}
		}
		if stopped.Load() {
			return fmt.Errorf("stopped after epoch %d; %s", st.Epoch, resumeHint(f, store))
		}
	}
	if store != nil {
		fmt.Printf("checkpoint: %s (continue with -resume %s); weights for PyTorch: %s\n",
			filepath.Join(f.out, model.GenerationName(tr.Step)), f.out, filepath.Join(f.out, model.ModelFile))
	}
	return nil
}

// trainStart returns the run's options and first state: from the checkpoint when
// resuming (ck then holds it), else from the flags and initialState.
func trainStart(f *trainFlags, mode model.Mode, classes []string) (model.TrainOptions, *model.StateDict, *model.Checkpoint, error) {
	if f.resume == "" {
		opts := f.options(mode)
		if err := opts.Validate(); err != nil {
			return opts, nil, nil, err
		}
		state, err := initialState(f, mode, len(classes))
		return opts, state, nil, err
	}
	ck, info, err := model.LoadCheckpoint(model.DirStore(f.resume), classes)
	if err != nil {
		return model.TrainOptions{}, nil, nil, fmt.Errorf("resuming: %w", err)
	}
	if info.Note != "" {
		fmt.Fprintf(os.Stderr, "warning: %s\n", info.Note)
	}
	opts, err := f.resumedOptions(ck.Options, filepath.Join(f.resume, info.Name))
	if err != nil {
		return opts, nil, nil, err
	}
	if f.weights != "" {
		fmt.Fprintf(os.Stderr, "note: -weights %s is not used: the checkpoint holds the weights\n", f.weights)
	}
	fmt.Printf("resumed from %s at epoch %d (step %d)\n", filepath.Join(f.resume, info.Name), ck.Epoch, ck.Step)
	return opts, ck.State, ck, nil
}

// trainFailure explains a failed epoch, with where the run can be resumed from.
func trainFailure(err error, f *trainFlags, store model.CheckpointStore, epoch int) error {
	var div *model.DivergedError
	switch {
	case errors.Is(err, model.ErrStopped):
		return fmt.Errorf("stopped during epoch %d (its progress is dropped); %s", epoch, resumeHint(f, store))
	case errors.As(err, &div):
		return fmt.Errorf("%w; nothing of this epoch was saved; %s", err, resumeHint(f, store))
	}
	return err
}

// resumeHint says where the run can be resumed from.
func resumeHint(f *trainFlags, store model.CheckpointStore) string {
	if store == nil {
		return "no checkpoint was written (no -out)"
	}
	_, info, err := model.LoadCheckpoint(store, nil)
	if err != nil {
		return fmt.Sprintf("no checkpoint in %s yet", f.out)
	}
	return fmt.Sprintf("the last checkpoint is %s (epoch %d): continue with `webtune train -data %s -resume %s -epochs %d`",
		filepath.Join(f.out, info.Name), info.Epoch, f.data, f.out, f.epochs)
}

// checkWritable creates dir and writes and removes a file in it, so that a bad -out
// fails before hours of training rather than after the first epoch.
func checkWritable(dir string) error {
	s := model.DirStore(dir)
	probe := ".webtune-write-test"
	if err := s.WriteAtomic(probe, func(w io.Writer) error { _, err := w.Write([]byte("ok")); return err }); err != nil {
		return fmt.Errorf("-out %s is not a writable directory: %w", dir, err)
	}
	return s.Remove(probe)
}

// checkOtherRun refuses to write a run's checkpoints where another run's are: saving
// prunes all generations but the newest two, so the other run would be lost.
func checkOtherRun(f *trainFlags) error {
	if f.out == f.resume {
		return nil
	}
	gens, err := model.Generations(model.DirStore(f.out))
	if err != nil || len(gens) == 0 {
		return nil
	}
	return fmt.Errorf("-out %s already holds another run's checkpoints (newest %s): continue that run with -resume %s, or choose another -out",
		f.out, gens[0], f.out)
}

// checkRoom refuses an -out whose file system cannot hold the run's checkpoints at
// their peak: two generations and a third being written, plus the exported
// ModelFile (such files already there count as room: they are replaced).
func checkRoom(dir string, classes int) error {
	free, ok := diskFree(dir)
	if !ok {
		return nil
	}
	need := 3*model.CheckpointBytes(classes) + model.StateBytes(classes)
	if ents, err := os.ReadDir(dir); err == nil {
		for _, e := range ents {
			replaced := e.Name() == model.ModelFile || strings.HasSuffix(e.Name(), model.TmpSuffix) ||
				(strings.HasPrefix(e.Name(), "checkpoint-") && strings.HasSuffix(e.Name(), ".safetensors"))
			if info, err := e.Info(); err == nil && info.Mode().IsRegular() && replaced {
				need -= info.Size()
			}
		}
	}
	if need > free {
		return fmt.Errorf("-out %s has %d MB free, the run's checkpoints need about %d MB more (two %d MB generations, a third while it is written, and %s): free some space or choose another -out",
			dir, free>>20, need>>20, model.CheckpointBytes(classes)>>20, model.ModelFile)
	}
	return nil
}

// checkMemory refuses a batch and size whose buffers cannot fit this machine's
// memory, before any is allocated (the Go runtime would die of it).
func checkMemory(cfg model.Config) error {
	need, err := model.PlanBytes(cfg)
	if err != nil {
		return err
	}
	have, ok := machineMemory()
	if ok && need > have {
		return fmt.Errorf("batch %d at %dx%d needs %.1f GB for the network's buffers, more than this machine's %.1f GB of memory: lower -batch or -size",
			cfg.Batch, cfg.Height, cfg.Width, float64(need)/1e9, float64(have)/1e9)
	}
	return nil
}

// machineMemory is the machine's physical memory (Linux: /proc/meminfo's MemTotal).
func machineMemory() (int64, bool) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			var kb int64
			if _, err := fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), &kb); err == nil && kb > 0 {
				return kb << 10, true
			}
		}
	}
	return 0, false
}

// stopped is set by the first SIGINT or SIGTERM of a training run.
var stopped atomic.Bool

// stopOnSignal makes the first SIGINT/SIGTERM ask the trainer to stop after its
// current step (a checkpoint being written is finished), and a second one quit at
// once: checkpoints are written atomically, so that too leaves the previous one.
func stopOnSignal() (release func()) {
	stopped.Store(false)
	c := make(chan os.Signal, 2)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-c:
		case <-done:
			return
		}
		stopped.Store(true)
		fmt.Fprintln(os.Stderr, "\nstopping after the current step (a checkpoint being written is finished); interrupt again to quit now")
		select {
		case <-c:
			fmt.Fprintln(os.Stderr, "quit: the last complete checkpoint is kept")
			os.Exit(130)
		case <-done:
		}
	}()
	return func() { signal.Stop(c); close(done) }
}

// epochBar shows batches done, images/s and the time left of the epoch's training;
// the returned func clears it.
func epochBar(tr *model.Trainer, quiet bool) (finish func()) {
	tr.Progress = nil
	if quiet {
		return func() {}
	}
	var bar *progressbar.ProgressBar
	start := time.Now()
	tr.Progress = func(done, total, images int) {
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
				progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true),
				progressbar.OptionClearOnFinish())
		}
		rate := float64(images) / time.Since(start).Seconds()
		bar.Describe(fmt.Sprintf("epoch %d  %.1f img/s", tr.Epoch+1, rate))
		bar.Set(done)
	}
	return func() {
		if bar != nil {
			bar.Finish()
		}
	}
}

// initialState picks the weights a run starts from: fresh init for scratch; for
// finetune and linear, the given weights, with a new fc when they were trained on
// ImageNet's 1000 classes.
func initialState(f *trainFlags, mode model.Mode, classes int) (*model.StateDict, error) {
	if mode == model.Scratch {
		if f.weights != "" {
			return nil, fmt.Errorf("-mode scratch trains from random init; drop -weights or use -mode finetune")
		}
		return model.InitState(classes, f.seed), nil
	}
	if f.weights == "" {
		return nil, fmt.Errorf("-mode %s needs -weights (pretrained ResNet-18: run `webtune fetch`, or use -mode scratch)", mode)
	}
	sd, _, err := model.ReadWeights(f.weights)
	if err != nil {
		return nil, err
	}
	have, err := model.CheckResNet18(sd)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.weights, err)
	}
	if err := model.CheckFinite(sd); err != nil {
		return nil, fmt.Errorf("%s cannot be trained from: %w", f.weights, err)
	}
	switch {
	case have == classes:
		return sd, nil
	case have == 1000:
		fmt.Printf("new fc head: %d ImageNet classes -> %d\n", have, classes)
		return model.WithNewHead(sd, classes, f.seed), nil
	}
	return nil, fmt.Errorf("%s has %d classes but the dataset has %d: use ImageNet weights (1000 classes) or a checkpoint trained on this dataset",
		f.weights, have, classes)
}

// drawDemoData draws the built-in dataset where -preset demo expects it by default
// (./data/datasets/shapes), as `webtune serve` would, when it is not there yet or is
// an older drawing.
func drawDemoData(f *trainFlags) error {
	if f.preset != model.BuiltinDemo.Name || f.data != filepath.Join("data", datasetsDir, builtinName) {
		return nil
	}
	dataDir := filepath.Dir(filepath.Dir(f.data))
	if err := os.MkdirAll(filepath.Join(dataDir, datasetsDir), 0o755); err != nil {
		return fmt.Errorf("creating %s for the built-in dataset: %w", dataDir, err)
	}
	return ensureBuiltinDataset(dataDir, true, slog.New(slog.NewTextHandler(os.Stdout, nil)))
}
