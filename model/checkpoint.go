package model

// Checkpoint files. webtune stores weights as safetensors (safetensors.go) in
// torchvision's names and layout, so PyTorch loads them with
// safetensors.torch.load_file + load_state_dict, and imports torchvision's own .pth
// zip checkpoints (pth.go). This file holds what both share: the float16 element type,
// dtype conversion, the ResNet-18 shape check and atomic file replacement.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gorgonia.org/tensor"
)

// Float16 is an IEEE 754 binary16 value held as its bits. A state dict tensor of
// Float16 elements is written as safetensors dtype F16; ConvertDType makes them.
// The model itself always computes in float32.
type Float16 uint16

// ConvertDType returns a copy of sd whose floating-point tensors are stored as
// dtype: "f32" (float32) or "f16" (Float16, rounded to nearest, ties to even; a
// finite value that would round to infinity is an error, not silently inf).
// Integer tensors (num_batches_tracked) are copied unchanged. sd is not modified.
func ConvertDType(sd *StateDict, dtype string) (*StateDict, error) {
	var conv func(key string, t *tensor.Dense) (*tensor.Dense, error)
	switch strings.ToLower(dtype) {
	case "f32", "float32":
		conv = toF32
	case "f16", "float16":
		conv = toF16
	default:
		return nil, fmt.Errorf("convert state dict: unknown dtype %q; use f32 or f16", dtype)
	}
	out := NewStateDict()
	for _, k := range sd.Keys {
		t, ok := sd.Tensors[k]
		if !ok || t == nil {
			return nil, fmt.Errorf("convert state dict: key %q is listed but has no tensor", k)
		}
		c, err := conv(k, t)
		if err != nil {
			return nil, fmt.Errorf("convert state dict to %s: %w", dtype, err)
		}
		out.Set(k, c)
	}
	return out, nil
}

func toF16(key string, t *tensor.Dense) (*tensor.Dense, error) {
	switch v := tensorElems(t).(type) {
	case []float32:
		h := make([]Float16, len(v))
		for i, f := range v {
			h[i] = Float16(f32ToF16(f))
			if h[i]&0x7c00 == 0x7c00 && !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
				return nil, fmt.Errorf("%s[%d] = %g is beyond float16's range (±65504); keep this file in f32", key, i, f)
			}
		}
		return denseOf(h, t.Shape()), nil
	case []Float16:
		return denseOf(append([]Float16(nil), v...), t.Shape()), nil
	case []int64:
		return denseOf(append([]int64(nil), v...), t.Shape()), nil
	}
	return nil, fmt.Errorf("%q has unsupported element type %v", key, t.Dtype())
}

func toF32(key string, t *tensor.Dense) (*tensor.Dense, error) {
	switch v := tensorElems(t).(type) {
	case []float32:
		return denseOf(append([]float32(nil), v...), t.Shape()), nil
	case []Float16:
		f := make([]float32, len(v))
		for i, h := range v {
			f[i] = f16ToF32(uint16(h))
		}
		return denseOf(f, t.Shape()), nil
	case []int64:
		return denseOf(append([]int64(nil), v...), t.Shape()), nil
	}
	return nil, fmt.Errorf("%q has unsupported element type %v", key, t.Dtype())
}

// elems returns a tensor's elements as a slice ([]float32, []Float16, []int64, ...),
// also for scalars, whose Data() is a bare value rather than a slice.
func tensorElems(t *tensor.Dense) any {
	if !t.IsScalar() {
		return t.Data()
	}
	switch v := t.Data().(type) {
	case float32:
		return []float32{v}
	case int64:
		return []int64{v}
	case uint16: // gorgonia returns a Float16 scalar as its underlying type
		if t.Dtype().Type == tensor.Uint16.Type {
			return []uint16{v}
		}
		return []Float16{Float16(v)}
	case Float16:
		return []Float16{v}
	}
	return nil
}

// denseOf wraps a slice as a tensor of shape (a scalar when shape is empty).
func denseOf[T float32 | Float16 | int64](data []T, shape tensor.Shape) *tensor.Dense {
	if len(shape) == 0 {
		return tensor.New(tensor.FromScalar(data[0]))
	}
	return tensor.New(tensor.WithShape(shape.Clone()...), tensor.WithBacking(data))
}

// CheckResNet18 checks that sd is a torchvision ResNet-18 state dict: every key of
// Entries present, float32 with the right shape (int64 scalars for
// num_batches_tracked), and no other keys. The class count comes from fc.weight.
// The error lists every problem found.
func CheckResNet18(sd *StateDict) (classes int, err error) {
	return checkResNet18(sd.Keys, func(key string) (entryView, bool) {
		t, ok := sd.Tensors[key]
		if !ok || t == nil {
			return entryView{}, false
		}
		return entryView{shape: t.Shape(), dtype: t.Dtype().Name()}, true
	}, []string{"float32"}, "int64")
}

// CheckResNet18Header is CheckResNet18 on a safetensors header, before any data is
// read: floats may be F32 or F16 (ReadSafetensors widens F16), counters I64.
func CheckResNet18Header(h *SafetensorsHeader) (classes int, err error) {
	byName := map[string]SafetensorsTensor{}
	keys := make([]string, len(h.Tensors))
	for i, t := range h.Tensors {
		byName[t.Name], keys[i] = t, t.Name
	}
	return checkResNet18(keys, func(key string) (entryView, bool) {
		t, ok := byName[key]
		return entryView{shape: tensor.Shape(t.Shape), dtype: t.DType}, ok
	}, []string{"F32", "F16"}, "I64")
}

// entryView is what the ResNet-18 check needs of a tensor.
type entryView struct {
	shape tensor.Shape
	dtype string
}

// checkResNet18 checks the entries that keys and get describe; float entries must
// have one of floatTypes, num_batches_tracked intType.
func checkResNet18(keys []string, get func(string) (entryView, bool), floatTypes []string, intType string) (classes int, err error) {
	fcw, ok := get("fc.weight")
	if !ok {
		return 0, errors.New("not a ResNet-18 state dict: missing fc.weight")
	}
	if s := fcw.shape; len(s) != 2 || s[1] != FeatureDim || s[0] < 1 {
		return 0, fmt.Errorf("fc.weight has shape %v, ResNet-18 needs [classes %d]", []int(s), FeatureDim)
	}
	classes = fcw.shape[0]
	var problems []string
	known := map[string]bool{}
	for _, e := range Entries(classes) {
		known[e.Key] = true
		if p := checkResNetEntry(get, e, fcw.shape, floatTypes, intType); p != "" {
			problems = append(problems, p)
		}
	}
	for _, k := range keys {
		if !known[k] {
			problems = append(problems, "unknown key "+k)
		}
	}
	if len(problems) > 0 {
		const show = 12
		more := ""
		if len(problems) > show {
			more = fmt.Sprintf("; and %d more", len(problems)-show)
			problems = problems[:show]
		}
		return classes, fmt.Errorf("not a ResNet-18 state dict with %d classes: %s%s",
			classes, strings.Join(problems, "; "), more)
	}
	return classes, nil
}

func checkResNetEntry(get func(string) (entryView, bool), e Entry, fcShape tensor.Shape, floatTypes []string, intType string) string {
	t, ok := get(e.Key)
	if !ok {
		return "missing " + e.Key
	}
	if !sameShape(t.shape, e.Shape) {
		if e.Key == "fc.bias" {
			return fmt.Sprintf("fc.weight has shape %v but fc.bias has %v", []int(fcShape), []int(t.shape))
		}
		return fmt.Sprintf("%s has shape %v, want %v", e.Key, []int(t.shape), e.Shape)
	}
	want := floatTypes
	if e.Kind == BNNumBatches {
		want = []string{intType}
	}
	if !slices.Contains(want, t.dtype) {
		return fmt.Sprintf("%s is %v, want %v", e.Key, t.dtype, strings.Join(want, " or "))
	}
	return ""
}

// writeFileAtomic replaces path with what write produces: it writes a temporary
// file in the same directory, syncs it and renames it over path, so a reader sees
// the old file or the new one, never a part. On any error path is untouched and
// the temporary file is removed.
func writeFileAtomic(path string, write func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable where the platform allows it; failure only
// weakens durability, so it is not reported.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// ReadWeights reads a state dict from a .safetensors file (with its metadata) or, for
// any other name, a torchvision .pth zip checkpoint (no metadata).
func ReadWeights(path string) (*StateDict, map[string]string, error) {
	if strings.HasSuffix(strings.ToLower(path), ".safetensors") {
		return ReadSafetensors(path)
	}
	sd, err := ReadPth(path)
	return sd, nil, err
}
