package model

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"testing"

	"webtune/kernels/ref"
)

// torchLogits asks PyTorch for the eval logits of weights on the x stored in input.
func torchLogits(t *testing.T, weights, input string) []float64 {
	t.Helper()
	out, err := exec.Command(ckptPython, "testdata/roundtrip.py", "logits", weights, input).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("PyTorch could not load %s: %v\n%s", weights, err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var v []float64
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("PyTorch output %q: %v", out, err)
	}
	return v
}

// webtuneLogits runs the eval routine of a ref net loaded with sd.
func webtuneLogits(t *testing.T, sd *StateDict, classes int, x []float32, batch, size int) []float32 {
	t.Helper()
	net, err := NewNet(ref.New(), Config{Classes: classes, Batch: batch, Height: size, Width: size, FloatInput: true})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.LoadState(sd); err != nil {
		t.Fatal(err)
	}
	if err := net.SetInputNCHW(x, make([]int32, batch)); err != nil {
		t.Fatal(err)
	}
	if _, err := net.Run(RoutineEval); err != nil {
		t.Fatal(err)
	}
	logits, err := net.Logits()
	if err != nil {
		t.Fatal(err)
	}
	return logits
}

func writeInput(t *testing.T, path string, batch, size int) []float32 {
	t.Helper()
	rng := rand.New(rand.NewPCG(5, 6))
	x := make([]float32, batch*3*size*size)
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	sd := NewStateDict()
	sd.Set("x", F32Tensor(x, batch, 3, size, size))
	if err := WriteSafetensors(path, sd, nil); err != nil {
		t.Fatal(err)
	}
	return x
}

func compareLogits(t *testing.T, got []float32, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d logits, PyTorch has %d", len(got), len(want))
	}
	for i := range want {
		if d := math.Abs(float64(got[i]) - want[i]); !(d <= 1e-4*math.Max(1, math.Abs(want[i]))) {
			t.Errorf("logit %d: webtune %.6g, PyTorch %.6g", i, got[i], want[i])
		}
	}
}

// A checkpoint webtune trained and exported loads strictly into PyTorch and gives the
// same eval logits there.
func TestExportedCheckpointRunsInPyTorch(t *testing.T) {
	requireTorchForCkpt(t)
	dir := t.TempDir()
	const classes, batch, size = 3, 2, 64
	net, err := NewNet(ref.New(), Config{Classes: classes, Batch: batch, Height: size, Width: size, FloatInput: true})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.LoadState(InitState(classes, 3)); err != nil {
		t.Fatal(err)
	}
	x := writeInput(t, filepath.Join(dir, "x.safetensors"), batch, size)
	// Two train steps move weights and running stats away from their init.
	if err := net.SetInputNCHW(x, []int32{0, 2}); err != nil {
		t.Fatal(err)
	}
	if err := net.SetHyper(Hyper{LR: 0.05, WeightDecay: 0.001}, Hyper{LR: 0.5, WeightDecay: 0.001}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if _, err := net.Run(RoutineTrain); err != nil {
			t.Fatal(err)
		}
	}
	sd, err := net.State()
	if err != nil {
		t.Fatal(err)
	}
	weights := filepath.Join(dir, "model.safetensors")
	if err := WriteSafetensors(weights, sd, map[string]string{"epoch": "1"}); err != nil {
		t.Fatal(err)
	}
	compareLogits(t, webtuneLogits(t, sd, classes, x, batch, size), torchLogits(t, weights, filepath.Join(dir, "x.safetensors")))
}

// A .pth that PyTorch wrote, imported by webtune, gives PyTorch's eval logits.
func TestImportedPthGivesPyTorchLogits(t *testing.T) {
	requireTorchForCkpt(t)
	dir := t.TempDir()
	pth := filepath.Join(dir, "resnet18.pth")
	if out, err := exec.Command(ckptPython, "testdata/roundtrip.py", "make-pth", pth, "4").CombinedOutput(); err != nil {
		t.Fatalf("making %s: %v\n%s", pth, err, out)
	}
	sd, err := ReadPth(pth)
	if err != nil {
		t.Fatal(err)
	}
	x := writeInput(t, filepath.Join(dir, "x.safetensors"), 2, 96)
	compareLogits(t, webtuneLogits(t, sd, 4, x, 2, 96), torchLogits(t, pth, filepath.Join(dir, "x.safetensors")))
}
