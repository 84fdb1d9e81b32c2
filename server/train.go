package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	epochs, batch, size                       int
	lr, wd, momentum                          float64
	seed                                      uint64
	quiet                                     bool
}

func parseTrainFlags(args []string) (*trainFlags, error) {
	f := &trainFlags{}
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", "dataset root: DIR/train/<class>/* and DIR/test/<class>/*")
	fs.StringVar(&f.weights, "weights", "", "pretrained weights, .safetensors or torchvision .pth (finetune, linear)")
	fs.StringVar(&f.mode, "mode", "finetune", "finetune | scratch | linear")
	fs.IntVar(&f.epochs, "epochs", 5, "epochs to train")
	fs.IntVar(&f.batch, "batch", 128, "batch size")
	fs.Float64Var(&f.lr, "lr", 0, "learning rate (0: the recipe's, 0.01 finetune with fc at 10x, 0.1 scratch and linear)")
	fs.Float64Var(&f.wd, "wd", 0.001, "weight decay")
	fs.Float64Var(&f.momentum, "momentum", 0, "SGD momentum")
	fs.IntVar(&f.size, "size", 224, "input size in pixels")
	fs.StringVar(&f.out, "out", "", "checkpoint directory, written after every epoch (empty: none)")
	fs.StringVar(&f.resume, "resume", "", "checkpoint directory to continue from")
	fs.StringVar(&f.backend, "backend", "ref", "compute backend")
	fs.Uint64Var(&f.seed, "seed", 1, "seed for init, shuffling and augmentation")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if f.data == "" && fs.NArg() == 1 {
		f.data = fs.Arg(0)
	}
	if f.data == "" {
		return nil, fmt.Errorf("need -data DIR (an ImageFolder with train/ and test/)")
	}
	if f.epochs < 1 || f.batch < 1 || f.size < 32 {
		return nil, fmt.Errorf("-epochs and -batch must be at least 1 and -size at least 32")
	}
	return f, nil
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
	data, err := model.OpenImageFolder(f.data)
	if err != nil {
		return err
	}
	for _, s := range data.Skipped {
		fmt.Fprintf(os.Stderr, "warning: skipping %s: %s\n", s.Path, s.Reason)
	}
	state, err := initialState(f, mode, len(data.Classes))
	if err != nil {
		return err
	}
	backend, err := nativeBackend(f.backend)
	if err != nil {
		return err
	}
	opts := model.TrainOptions{Mode: mode, Batch: f.batch, Size: f.size, LR: f.lr,
		WeightDecay: f.wd, Momentum: f.momentum, Seed: f.seed}.WithDefaults()
	net, err := model.NewNet(backend, model.Config{Classes: len(data.Classes), Batch: f.batch, Height: f.size, Width: f.size})
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
	if f.resume != "" {
		if err := tr.Resume(f.resume); err != nil {
			return err
		}
		fmt.Printf("resumed from %s at epoch %d (step %d)\n", f.resume, tr.Epoch, tr.Step)
	}
	tr.Warn = func(path string, err error) { fmt.Fprintf(os.Stderr, "\nwarning: skipping %s: %v\n", path, err) }
	fmt.Printf("training %s on %s: %d classes %v, %d train / %d test images, batch %d, %dx%d, lr %g, backend %s\n",
		mode, f.data, len(data.Classes), data.Classes, len(data.Train), len(data.Test), f.batch, f.size, f.size, opts.LR, backend.Name())
	for tr.Epoch < f.epochs {
		finish := epochBar(tr, f.quiet)
		st, err := tr.RunEpoch()
		finish()
		if err != nil {
			return err
		}
		fmt.Println(st)
		if f.out != "" {
			if err := tr.Save(f.out); err != nil {
				return fmt.Errorf("checkpoint after epoch %d: %w", st.Epoch, err)
			}
		}
	}
	if f.out != "" {
		fmt.Printf("checkpoint: %s\n", filepath.Join(f.out, model.ModelFile))
	}
	return nil
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
