package model

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A training checkpoint is a directory of two safetensors files:
//   - model.safetensors: the torchvision state dict alone (PyTorch's strict
//     load_state_dict takes it), with the run's epoch, step, mode and class names as
//     metadata;
//   - optimizer.safetensors: the SGD velocity, with the same epoch and step.
//
// Each file is written atomically, optimizer first; a resume refuses a pair whose
// epochs differ (a crash between the two writes) rather than mixing them.
const (
	ModelFile     = "model.safetensors"
	OptimizerFile = "optimizer.safetensors"
)

// Save writes a checkpoint of the run into dir.
func (t *Trainer) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("checkpoint dir: %w", err)
	}
	meta := map[string]string{
		"epoch": strconv.Itoa(t.Epoch), "step": strconv.Itoa(t.Step),
		"mode": string(t.Opts.Mode), "seed": strconv.FormatUint(t.Opts.Seed, 10),
		"classes": strings.Join(t.Data.Classes, "\n"),
	}
	vel, err := t.Net.Velocity()
	if err != nil {
		return err
	}
	opt := NewStateDict()
	opt.Set("velocity", F32Tensor(vel, len(vel)))
	if err := WriteSafetensors(filepath.Join(dir, OptimizerFile), opt, meta); err != nil {
		return err
	}
	sd, err := t.Net.State()
	if err != nil {
		return err
	}
	return WriteSafetensors(filepath.Join(dir, ModelFile), sd, meta)
}

// Resume loads a checkpoint written by Save into the trainer's net and counters.
func (t *Trainer) Resume(dir string) error {
	sd, meta, err := ReadSafetensors(filepath.Join(dir, ModelFile))
	if err != nil {
		return err
	}
	opt, optMeta, err := ReadSafetensors(filepath.Join(dir, OptimizerFile))
	if err != nil {
		return err
	}
	if meta["epoch"] != optMeta["epoch"] || meta["step"] != optMeta["step"] {
		return fmt.Errorf("checkpoint %s is inconsistent: model at epoch %s step %s, optimizer at epoch %s step %s (a write was interrupted; use an older checkpoint)",
			dir, meta["epoch"], meta["step"], optMeta["epoch"], optMeta["step"])
	}
	if got := strings.Join(t.Data.Classes, "\n"); meta["classes"] != got {
		return fmt.Errorf("checkpoint %s was trained on classes %q, the dataset has %q", dir,
			strings.Split(meta["classes"], "\n"), t.Data.Classes)
	}
	epoch, err1 := strconv.Atoi(meta["epoch"])
	step, err2 := strconv.Atoi(meta["step"])
	if err1 != nil || err2 != nil {
		return fmt.Errorf("checkpoint %s: bad epoch/step metadata %q/%q", dir, meta["epoch"], meta["step"])
	}
	if err := t.Net.LoadState(sd); err != nil {
		return fmt.Errorf("checkpoint %s: %w", dir, err)
	}
	vel, err := opt.Float32s("velocity", t.Net.velocityLen())
	if err != nil {
		return fmt.Errorf("checkpoint %s: %w", dir, err)
	}
	if err := t.Net.SetVelocity(vel); err != nil {
		return err
	}
	t.Epoch, t.Step = epoch, step
	return nil
}
