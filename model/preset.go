package model

// Preset is a named set of training defaults for one kind of dataset: the options a run
// starts from (Options.Mode is the mode to use when none is asked for; LR is set by For)
// and how many epochs it takes.
type Preset struct {
	Name    string
	Epochs  int
	Options TrainOptions
	// LR per mode; 0 takes the recipe's for that mode.
	ScratchLR, FinetuneLR, LinearLR float64
}

// For returns the preset's options for a run in mode, with the recipe's defaults
// filled in where the preset has none.
func (p Preset) For(mode Mode) TrainOptions {
	o := p.Options
	o.Mode = mode
	switch mode {
	case Scratch:
		o.LR = p.ScratchLR
	case Finetune:
		o.LR = p.FinetuneLR
	case Linear:
		o.LR = p.LinearLR
	}
	return o.WithDefaults()
}

// BuiltinDemo is the offline demo on the built-in shapes dataset (4 classes, 1000 train
// and 400 test images that `webtune serve` draws): the defaults the browser worker and
// `webtune train -preset demo` use for it. The recipe's settings (no momentum, crops
// down to 8% of the image) left ResNet-18 from scratch at chance on it for the first
// epochs; a visitor without the real weights would have watched nothing learn. At 64²,
// batch 32, with momentum and a crop that keeps the shape in view, it passes 0.8 test
// accuracy within 2 to 3 epochs; 4 epochs (4000 train and 1600 test images) take about
// two minutes of SIMD training in Chromium on a 2-core machine.
// server/testdata/demo_torch.py is the PyTorch run of the same settings. Real datasets
// keep the recipe's defaults.
var BuiltinDemo = Preset{
	Name:   "demo",
	Epochs: 4,
	Options: TrainOptions{
		Mode:        Scratch, // offline there are no pretrained weights
		Batch:       32,
		Size:        64,
		WeightDecay: 0.001,
		Momentum:    0.9,
		CropMin:     0.7,
	},
	ScratchLR:  0.01,
	FinetuneLR: 0.002, // a fifth of scratch's; the new fc at 10x, 0.02
	LinearLR:   0.01,
}

// Presets are the presets by name.
var Presets = map[string]Preset{BuiltinDemo.Name: BuiltinDemo}
