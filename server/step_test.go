package main

import (
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"webtune/model/torchoracle"

	"webtune/model"
)

// writeStepInput writes a `webtune step` input: a fresh resnet18 and a random batch.
func writeStepInput(t *testing.T, path string, classes, batch, h, w int) {
	t.Helper()
	sd := model.InitState(classes, 7)
	// Non-trivial BN statistics so eval mode differs from train mode.
	for _, key := range sd.Keys {
		if strings.HasSuffix(key, "running_var") || strings.HasSuffix(key, "running_mean") {
			v := sd.Tensors[key].Data().([]float32)
			for i := range v {
				v[i] += 0.05 * float32(i%7)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	x := make([]float32, batch*3*h*w)
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	y := make([]int64, batch)
	for i := range y {
		y[i] = int64(rng.IntN(classes))
	}
	sd.Set("x", model.F32Tensor(x, batch, 3, h, w))
	sd.Set("y", model.I64Tensor(y, batch))
	if err := model.WriteSafetensors(path, sd, nil); err != nil {
		t.Fatal(err)
	}
}

// The parity contract end to end: the command's output file, checked by PyTorch.
func TestStepMatchesPyTorch(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		classes, batch, h, w int
		eval                 bool
		backend              string
	}{
		{"train_b3_odd_nonsquare", 5, 3, 57, 71, false, "ref"},
		{"eval_b2_64", 2, 2, 64, 64, true, "ref"},
		{"simd_train_b2_odd_nonsquare", 3, 2, 45, 39, false, "simd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in, out := filepath.Join(dir, "in.safetensors"), filepath.Join(dir, "out.safetensors")
			writeStepInput(t, in, tc.classes, tc.batch, tc.h, tc.w)
			args := []string{"-in", in, "-out", out, "-backend", tc.backend}
			if tc.eval {
				args = append(args, "-eval")
			}
			if err := runStep(args); err != nil {
				t.Fatal(err)
			}
			check := []string{"testdata/check_step.py", in, out}
			if tc.eval {
				check = append(check, "--eval")
			}
			torchoracle.Require(t)
			outp, err := exec.Command(torchoracle.Python, check...).CombinedOutput()
			t.Logf("PyTorch check:\n%s", outp)
			if err != nil {
				t.Fatalf("the step differs from PyTorch (needs python3-torch: `make deps`): %v", err)
			}
		})
	}
}

func TestStepRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.safetensors")
	sd := model.InitState(2, 1)
	sd.Set("x", model.F32Tensor(make([]float32, 2*3*32*32), 2, 3, 32, 32))
	sd.Set("y", model.I64Tensor([]int64{0, 5}, 2))
	if err := model.WriteSafetensors(in, sd, nil); err != nil {
		t.Fatal(err)
	}
	err := runStep([]string{"-in", in, "-out", filepath.Join(dir, "out.safetensors")})
	if err == nil || !strings.Contains(err.Error(), "y[1] = 5") {
		t.Fatalf("a label outside the classes must be refused naming it, got %v", err)
	}
	if err := runStep([]string{"-in", filepath.Join(dir, "missing.safetensors"), "-out", filepath.Join(dir, "o")}); err == nil {
		t.Fatal("a missing input file must be an error")
	}
}
