package main

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"webtune/model"
)

func TestTrainPresetDemo(t *testing.T) {
	f, err := parseTrainFlags([]string{"-preset", "demo"})
	if err != nil {
		t.Fatal(err)
	}
	d := model.BuiltinDemo
	if f.data != filepath.Join("data", "datasets", "shapes") || f.mode != "scratch" || f.epochs != d.Epochs {
		t.Errorf("-preset demo: data %q, mode %q, epochs %d", f.data, f.mode, f.epochs)
	}
	if got, want := f.options(model.Scratch), d.For(model.Scratch); got.Batch != want.Batch || got.Size != want.Size ||
		got.LR != want.LR || got.Momentum != want.Momentum || got.WeightDecay != want.WeightDecay || got.CropMin != want.CropMin {
		t.Errorf("-preset demo options %+v, want %+v", got, want)
	}
	// Flags given win over the preset; the mode picks the preset's lr for it.
	f, err = parseTrainFlags([]string{"-preset", "demo", "-batch", "16", "-mode", "finetune", "-crop-min", "0.3", "some/dir"})
	if err != nil {
		t.Fatal(err)
	}
	if o := f.options(model.Finetune); f.data != "some/dir" || o.Batch != 16 || o.LR != d.FinetuneLR || o.CropMin != 0.3 || o.Size != 64 {
		t.Errorf("-preset demo with flags: data %q, options %+v", f.data, o)
	}
	if _, err := parseTrainFlags([]string{"-preset", "fast", "x"}); err == nil || !strings.Contains(err.Error(), "unknown") {
		t.Errorf("unknown preset: %v", err)
	}
}

// A data directory holding an older drawing of the built-in dataset gets the current
// one; a directory with another dataset and no built-in one is left alone.
func TestBuiltinOlderDrawingRedrawn(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	if err := ensureBuiltinDataset(data, false, testLogger(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(data, "datasets", builtinName)); err == nil {
		t.Fatal("drew the built-in dataset beside another one")
	}
	old := filepath.Join(data, "datasets", builtinName)
	writeFile(t, filepath.Join(old, builtinMark), []byte("Drawn by `webtune serve` (the first drawing)\n"))
	writeFile(t, filepath.Join(old, "train", "circle", "0000.jpg"), jpegBytes(t, color.RGBA{1, 2, 3, 255}))
	if err := ensureBuiltinDataset(data, false, testLogger(t)); err != nil {
		t.Fatal(err)
	}
	mark, err := os.ReadFile(filepath.Join(old, builtinMark))
	if err != nil || !strings.HasPrefix(string(mark), builtinVersion+"\n") {
		t.Errorf("mark after redrawing: %q, %v", mark, err)
	}
	ds, err := model.OpenImageFolder(old)
	if err != nil || len(ds.Train) != len(builtinClasses)*builtinTrain || len(ds.Test) != len(builtinClasses)*builtinTest {
		t.Fatalf("redrawn dataset: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Join(data, "datasets"))
	for _, e := range entries {
		if e.Name() != "pets" && e.Name() != builtinName {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
