package model

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestBuiltinDemoPreset(t *testing.T) {
	for _, tc := range []struct {
		mode    Mode
		lr      float64
		augment bool
	}{
		{Scratch, BuiltinDemo.ScratchLR, true},
		{Finetune, BuiltinDemo.FinetuneLR, true},
		{Linear, BuiltinDemo.LinearLR, false}, // features are cached: no augmentation
	} {
		o := BuiltinDemo.For(tc.mode)
		if err := o.Validate(); err != nil {
			t.Errorf("%s: %v", tc.mode, err)
		}
		if o.Mode != tc.mode || o.LR != tc.lr || *o.Augment != tc.augment || o.Batch != 32 || o.Size != 64 ||
			o.CropMin != BuiltinDemo.Options.CropMin || o.Momentum != BuiltinDemo.Options.Momentum {
			t.Errorf("BuiltinDemo.For(%s) = %+v", tc.mode, o)
		}
	}
	if p, ok := Presets["demo"]; !ok || p.Epochs != BuiltinDemo.Epochs {
		t.Errorf("Presets[demo] = %+v, %v", p, ok)
	}
	// The recipe keeps its crop.
	if o := (TrainOptions{}).WithDefaults(); o.CropMin != 0.08 {
		t.Errorf("default smallest crop %g, want the recipe's 0.08", o.CropMin)
	}
}

func TestCropMinValidatedAndCheckpointed(t *testing.T) {
	for _, bad := range []float64{-0.1, 1.5} {
		o := TrainOptions{CropMin: bad}.WithDefaults()
		if err := o.Validate(); err == nil || !strings.Contains(err.Error(), "smallest crop area") {
			t.Errorf("CropMin %g: %v", bad, err)
		}
	}
	o := BuiltinDemo.For(Scratch)
	c := &Checkpoint{Options: o, Classes: []string{"a", "b"}}
	meta, err := c.metadata()
	if err != nil {
		t.Fatal(err)
	}
	back, err := checkpointFromMeta(meta)
	if err != nil || back.Options.CropMin != o.CropMin {
		t.Fatalf("CropMin through checkpoint metadata: %v, %v, want %g", back, err, o.CropMin)
	}
	if err := back.Options.Contradicts(o); err != nil {
		t.Errorf("the same options contradict: %v", err)
	}
	if err := back.Options.Contradicts(TrainOptions{Mode: Scratch, Batch: 32, Size: 64, LR: o.LR, Momentum: o.Momentum}); err == nil ||
		!strings.Contains(err.Error(), fmt.Sprintf("smallest crop area %g (this run: 0.08)", o.CropMin)) {
		t.Errorf("a run with the recipe's crop resumes the demo's checkpoint: %v", err)
	}
	// A checkpoint written before crop_min existed trained with the recipe's crop.
	delete(meta, "crop_min")
	if old, err := checkpointFromMeta(meta); err != nil || old.Options.CropMin != CropScale[0] {
		t.Errorf("checkpoint without crop_min: %+v, %v", old, err)
	}
}

// With a crop area of exactly the whole (square) image, no aspect ratio but 1 fits and
// RandomResizedCrop takes the whole image: the scale given is the one used.
func TestTrainImageScaleAndLoaderCrop(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 40))
	for y := range 40 {
		for x := range 40 {
			img.Set(x, y, color.RGBA{uint8(6 * x), uint8(6 * y), 0, 255})
		}
	}
	whole := [][]uint8{ResizedCrop(img, img.Bounds(), 32, false), ResizedCrop(img, img.Bounds(), 32, true)}
	for seed := range uint64(5) {
		got := TrainImageScale(img, 32, [2]float64{1, 1}, rand.New(rand.NewPCG(seed, 1)))
		if !bytes.Equal(got, whole[0]) && !bytes.Equal(got, whole[1]) {
			t.Fatalf("seed %d: a crop of scale 1..1 is not the whole image", seed)
		}
	}
	tr := &Trainer{Opts: TrainOptions{Batch: 1, Size: 32, CropMin: 0.5}.WithDefaults()}
	l, err := tr.loader(nil, true)
	if err != nil || l.cfg.CropScale != [2]float64{0.5, 1} {
		t.Errorf("the trainer's loader crops %v (%v), want 0.5..1", l.cfg.CropScale, err)
	}
	if l, _ := NewLoader(nil, LoaderConfig{Batch: 1}); l.cfg.CropScale != CropScale {
		t.Errorf("a loader's default crop %v, want the recipe's %v", l.cfg.CropScale, CropScale)
	}
}
