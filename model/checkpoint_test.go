package model

import (
	"errors"
	"io"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gorgonia.org/tensor"
)

// f16Value is an independent definition of a binary16's value, from the formula.
func f16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10)&0x1f, float64(h&0x3ff)
	switch e {
	case 0x1f:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	case 0:
		return sign * math.Ldexp(m, -24)
	}
	return sign * math.Ldexp(1024+m, e-25)
}

func TestCheckpointF16WidenAll(t *testing.T) {
	for i := 0; i < 1<<16; i++ {
		h := uint16(i)
		f := f16ToF32(h)
		want := f16Value(h)
		if math.IsNaN(want) {
			if !math.IsNaN(float64(f)) {
				t.Fatalf("f16ToF32(%#04x) = %v, want NaN", h, f)
			}
		} else if float64(f) != want || math.Signbit(float64(f)) != (h&0x8000 != 0) {
			t.Fatalf("f16ToF32(%#04x) = %v, want %v", h, f, want)
		}
		if back := f32ToF16(f); back != h {
			t.Fatalf("f32ToF16(f16ToF32(%#04x)) = %#04x", h, back)
		}
	}
}

// nearestF16 rounds x to binary16 by search over all finite non-negative values,
// ties to the even bit pattern: an algorithm independent of f32ToF16's bit tricks.
func nearestF16(x float32, table []float64) uint16 {
	a := math.Abs(float64(x))
	var sign uint16
	if math.Signbit(float64(x)) {
		sign = 0x8000
	}
	if a >= 65520 { // 65504 + half an ulp rounds to infinity
		return sign | 0x7c00
	}
	i := sort.SearchFloat64s(table, a) // table[i] >= a
	if table[i] == a {
		return sign | uint16(i)
	}
	lo, hi := table[i-1], table[i]
	switch {
	case a-lo < hi-a:
		return sign | uint16(i-1)
	case a-lo > hi-a:
		return sign | uint16(i)
	case (i-1)%2 == 0:
		return sign | uint16(i-1)
	}
	return sign | uint16(i)
}

func TestCheckpointF16Rounding(t *testing.T) {
	// Bit patterns 0..0x7bff are increasing values; 0x7c00 (infinity) stands in as
	// 2^16 for rounding, as IEEE round-to-nearest-even treats overflow.
	table := make([]float64, 0x7c01)
	for i := range table {
		table[i] = f16Value(uint16(i))
	}
	table[0x7c00] = 65536
	check := func(x float32) {
		t.Helper()
		if got, want := f32ToF16(x), nearestF16(x, table); got != want {
			t.Fatalf("f32ToF16(%g, bits %#08x) = %#04x, want %#04x", x, math.Float32bits(x), got, want)
		}
	}
	// Every tie and near-tie: midpoints between neighbours, and one float32 ulp off.
	for i := 0; i+2 < len(table); i++ {
		mid := float32((table[i] + table[i+1]) / 2)
		for _, x := range []float32{mid, math.Nextafter32(mid, 0), math.Nextafter32(mid, 1e9)} {
			check(x)
			check(-x)
		}
	}
	for _, x := range []float32{0, 65504, 65519.99, 65520, 65536, 1e30, 1e-8, 2.98e-8, 2.99e-8, 5.96e-8, 6.1e-5} {
		check(x)
		check(-x)
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		x := math.Float32frombits(rng.Uint32())
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			continue
		}
		check(x)
	}
	if h := f32ToF16(float32(math.Inf(-1))); h != 0xfc00 {
		t.Fatalf("f32ToF16(-Inf) = %#04x", h)
	}
	if h := f32ToF16(math.Float32frombits(0x7f800001)); h&0x7c00 != 0x7c00 || h&0x3ff == 0 {
		t.Fatalf("f32ToF16(NaN with low payload) = %#04x, not a NaN", h)
	}
}

// testStateDict builds a ResNet-18 state dict of the given class count with
// deterministic pseudo-random values.
func testStateDict(classes int, seed int64) *StateDict {
	rng := rand.New(rand.NewSource(seed))
	sd := NewStateDict()
	for _, e := range Entries(classes) {
		if e.Kind == BNNumBatches {
			sd.Set(e.Key, I64Scalar(rng.Int63n(1000)))
			continue
		}
		v := make([]float32, e.Numel())
		for i := range v {
			v[i] = float32(rng.NormFloat64() * 0.1)
		}
		sd.Set(e.Key, F32Tensor(v, e.Shape...))
	}
	return sd
}

func TestCheckpointConvertDType(t *testing.T) {
	sd := testStateDict(3, 1)
	before, _ := sd.Float32s("fc.weight", 3, 512)
	keep := append([]float32(nil), before...)
	h, err := ConvertDType(sd, "f16")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(h.Keys, ",") != strings.Join(sd.Keys, ",") {
		t.Fatalf("ConvertDType changed the key order")
	}
	if hv, ok := h.Tensors["fc.weight"].Data().([]Float16); !ok || len(hv) != 3*512 {
		t.Fatalf("fc.weight after f16 conversion is %T", h.Tensors["fc.weight"].Data())
	}
	if v := h.Tensors["bn1.num_batches_tracked"]; v.Dtype() != tensor.Int64 || v.Data() != sd.Tensors["bn1.num_batches_tracked"].Data() {
		t.Fatalf("num_batches_tracked changed: %v", v)
	}
	back, err := ConvertDType(h, "f32")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CheckResNet18(back); err != nil {
		t.Fatalf("f16 -> f32 state dict fails the ResNet-18 check: %v", err)
	}
	got, _ := back.Float32s("fc.weight", 3, 512)
	for i, x := range keep {
		if want := f16ToF32(f32ToF16(x)); got[i] != want {
			t.Fatalf("fc.weight[%d] = %v after f16 round trip, want %v", i, got[i], want)
		}
		if before[i] != x {
			t.Fatalf("ConvertDType modified its input at fc.weight[%d]", i)
		}
	}
	if _, err := ConvertDType(sd, "bf16"); err == nil || !strings.Contains(err.Error(), "bf16") {
		t.Fatalf("ConvertDType(bf16) error = %v, want one naming bf16", err)
	}
}

func TestCheckpointCheckResNet18(t *testing.T) {
	sd := testStateDict(10, 2)
	if c, err := CheckResNet18(sd); err != nil || c != 10 {
		t.Fatalf("CheckResNet18 = %d, %v; want 10, nil", c, err)
	}
	cases := []struct {
		name string
		edit func(sd *StateDict)
		want []string
	}{
		{"missing", func(sd *StateDict) { delete(sd.Tensors, "layer3.1.bn2.running_var") },
			[]string{"missing layer3.1.bn2.running_var"}},
		{"fc bias", func(sd *StateDict) { sd.Set("fc.bias", F32Tensor(make([]float32, 2), 2)) },
			[]string{"fc.weight has shape [10 512] but fc.bias has [2]"}},
		{"conv shape", func(sd *StateDict) { sd.Set("conv1.weight", F32Tensor(make([]float32, 64*3*3*3), 64, 3, 3, 3)) },
			[]string{"conv1.weight has shape [64 3 3 3], want [64 3 7 7]"}},
		{"unknown and dtype", func(sd *StateDict) {
			sd.Set("head.weight", F32Tensor([]float32{1}, 1))
			sd.Set("bn1.num_batches_tracked", F32Tensor([]float32{1}))
		}, []string{"unknown key head.weight", "bn1.num_batches_tracked is float32, want int64"}},
		{"fc width", func(sd *StateDict) { sd.Set("fc.weight", F32Tensor(make([]float32, 10*256), 10, 256)) },
			[]string{"fc.weight has shape [10 256]"}},
		{"no fc", func(sd *StateDict) { delete(sd.Tensors, "fc.weight") }, []string{"missing fc.weight"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sd := testStateDict(10, 2)
			c.edit(sd)
			_, err := CheckResNet18(sd)
			if err == nil {
				t.Fatal("CheckResNet18 accepted a broken state dict")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestCheckpointAtomicWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.safetensors")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk on fire")
	err := writeFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half a new fi"))
		return boom
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Fatalf("writeFileAtomic error = %v, want one wrapping %v and naming %s", err, boom, path)
	}
	assertOnlyFile(t, dir, "w.safetensors", "old")
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	assertOnlyFile(t, dir, "w.safetensors", "new")
}

// assertOnlyFile checks that dir holds exactly the file name, with content want.
func assertOnlyFile(t *testing.T, dir, name, want string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != name {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("directory holds %v, want only %s", names, name)
	}
	if want == "" {
		return
	}
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != want {
		t.Fatalf("%s holds %q, want %q", name, b, want)
	}
}
