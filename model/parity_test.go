package model

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// Parity with PyTorch: testdata/gen_fixtures.py ran torchvision's resnet18 in float64 on
// weights and inputs from fixtureUniform; these tests run webtune's ref engine on the
// same numbers, in float64 (ref64: the math must agree almost exactly, 1e-6) and in
// float32 (the engine users run). Tolerances for float32 (the issue's: logits and loss
// 1e-4, gradients 1e-3 of their largest magnitude, state after the step 1e-4) are scaled
// by max(1, |expected|) for logits, loss and state so large values compare relatively.
//
// At 224x224 a float32 forward has millions of pre-activations, and some lie closer to
// zero than float32 rounding: their ReLU flips, and the BN gradients, sums over every
// row, move by more than 1e-3 of their maximum (measured: up to 1.5e-3 for ref; PyTorch's
// own float32 CPU step differs from its float64 one by up to 8.7e-2 on the same case).
// That case's float32 gradients are held to 5e-3; float64 proves the math there.
type tolerances struct{ logits, grad, after float64 }

var (
	tolFloat32      = tolerances{logits: 1e-4, grad: 1e-3, after: 1e-4}
	tolFloat32Large = tolerances{logits: 1e-4, grad: 5e-3, after: 1e-4}
	tolFloat64      = tolerances{logits: 1e-6, grad: 1e-6, after: 1e-6}
)

type paritySummary struct {
	Norm   float64   `json:"norm"`
	MaxAbs float64   `json:"maxabs"`
	Index  []int     `json:"index"`
	Values []float64 `json:"values"`
}

type parityCase struct {
	Name, path      string
	Train           bool
	Batch, Size     int
	Classes, Seed   int
	LR, FCLR, WD    float64 `json:"-"`
	Labels          []int32
	Logits          []float64
	Loss            float64
	Grad            map[string]paritySummary
	After           map[string]paritySummary
	AfterNumBatches int64 `json:"after_num_batches_tracked"`
}

// fixtureUniform mirrors fixture_uniform in gen_fixtures.py.
func fixtureUniform(n, seed, stream int) []float64 {
	u := make([]float64, n)
	for i := range u {
		k := float64(i)*0.7548776662 + float64(seed)*12.9898 + float64(stream)*78.233
		v := math.Sin(k) * 43758.5453
		u[i] = v - math.Floor(v)
	}
	return u
}

// fixtureState mirrors entry_values in gen_fixtures.py.
func fixtureState(classes, seed int) *StateDict {
	sd := NewStateDict()
	for stream, e := range Entries(classes) {
		if e.Kind == BNNumBatches {
			sd.Set(e.Key, I64Scalar(int64(seed)))
			continue
		}
		u := fixtureUniform(e.Numel(), seed, stream)
		v := make([]float32, len(u))
		for i, ui := range u {
			s := 2*ui - 1
			var x float64
			switch e.Kind {
			case ConvWeight:
				fanOut := e.Shape[0] * e.Shape[2] * e.Shape[3]
				x = s * math.Sqrt(2.0/float64(fanOut)) * math.Sqrt(3.0)
			case FCWeight, FCBias:
				x = s / math.Sqrt(512)
			case BNRunVar:
				x = 1 + 0.5*ui
			case BNRunMean:
				x = 0.1 * s
			case BNWeight:
				x = 1 + 0.2*s
			case BNBias:
				x = 0.1 * s
			}
			v[i] = float32(x)
		}
		sd.Set(e.Key, F32Tensor(v, e.Shape...))
	}
	return sd
}

func fixtureInput(batch, size, seed int) []float32 {
	u := fixtureUniform(batch*3*size*size, seed, 1000)
	x := make([]float32, len(u))
	for i, ui := range u {
		x[i] = float32((2*ui - 1) * 2)
	}
	return x
}

func loadParityCases(t *testing.T) []parityCase {
	paths, err := filepath.Glob("testdata/parity/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no parity fixtures in testdata/parity (run `make fixtures`): %v", err)
	}
	var cases []parityCase
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var c parityCase
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var h struct{ LR, FC_LR, WD float64 }
		if err := json.Unmarshal(raw, &h); err != nil {
			t.Fatal(err)
		}
		c.LR, c.FCLR, c.WD, c.path = h.LR, h.FC_LR, h.WD, p
		cases = append(cases, c)
	}
	return cases
}

func TestParityWithPyTorch(t *testing.T) {
	for _, c := range loadParityCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			if testing.Short() && c.Size > 64 {
				t.Skip("224x224 case skipped in -short mode")
			}
			t.Run("float64", func(t *testing.T) { checkParity(t, ref.New64(), c, tolFloat64) })
			tol := tolFloat32
			if c.Size > 64 {
				tol = tolFloat32Large
			}
			t.Run("float32", func(t *testing.T) { checkParity(t, ref.New(), c, tol) })
		})
	}
}

// checkParity runs one fixture case on backend and compares with PyTorch.
func checkParity(t *testing.T, backend kernels.Backend, c parityCase, tol tolerances) {
	net, err := NewNet(backend, Config{Classes: c.Classes, Batch: c.Batch, Height: c.Size, Width: c.Size, FloatInput: true})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	if err := net.LoadState(fixtureState(c.Classes, c.Seed)); err != nil {
		t.Fatal(err)
	}
	if err := net.SetInputNCHW(fixtureInput(c.Batch, c.Size, c.Seed), c.Labels); err != nil {
		t.Fatal(err)
	}
	if err := net.SetHyper(Hyper{LR: float32(c.LR), WeightDecay: float32(c.WD)},
		Hyper{LR: float32(c.FCLR), WeightDecay: float32(c.WD)}); err != nil {
		t.Fatal(err)
	}
	routine := RoutineEval
	if c.Train {
		routine = RoutineTrain
	}
	m, err := net.Run(routine)
	if err != nil {
		t.Fatal(err)
	}
	logits, err := net.Logits()
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range c.Logits {
		closeTo(t, "logits", i, float64(logits[i]), want, tol.logits*math.Max(1, math.Abs(want)))
	}
	closeTo(t, "loss", 0, float64(m.Loss), c.Loss, tol.logits*math.Max(1, c.Loss))
	if !c.Train {
		return
	}
	grads, err := net.Grads()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range c.Grad {
		g, ok := grads[key]
		if !ok {
			t.Errorf("no gradient for %s", key)
			continue
		}
		compareSummary(t, "grad."+key, g, want, tol.grad*want.MaxAbs)
	}
	after, err := net.State()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range c.After {
		v, err := after.Float32s(key, after.Tensors[key].Shape()...)
		if err != nil {
			t.Fatal(err)
		}
		compareSummary(t, "after."+key, v, want, tol.after*math.Max(1, want.MaxAbs))
	}
	nbt, _ := after.Get("bn1.num_batches_tracked")
	if got := nbt.Data().(int64); got != c.AfterNumBatches {
		t.Errorf("num_batches_tracked after the step = %d, PyTorch has %d", got, c.AfterNumBatches)
	}
}

func compareSummary(t *testing.T, what string, got []float32, want paritySummary, tol float64) {
	t.Helper()
	var sum float64
	for _, x := range got {
		sum += float64(x) * float64(x)
	}
	closeTo(t, what+" norm", 0, math.Sqrt(sum), want.Norm, tol*math.Sqrt(float64(len(got))))
	for j, i := range want.Index {
		closeTo(t, what, i, float64(got[i]), want.Values[j], tol)
	}
}

func closeTo(t *testing.T, what string, i int, got, want, tol float64) {
	t.Helper()
	if d := math.Abs(got - want); !(d <= tol) {
		t.Errorf("%s[%d] = %.7g, PyTorch (float64) %.7g: off by %.3g, tolerance %.3g", what, i, got, want, d, tol)
	}
}
