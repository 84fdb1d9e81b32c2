package model

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gorgonia.org/tensor"
)

// stFile assembles a safetensors file from a header and data, as a writer that
// gets things wrong would.
func stFile(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	return append(append(b, header...), data...)
}

// equalStateDicts reports the first difference between two state dicts: keys,
// order, dtypes, shapes and every bit of every element.
func equalStateDicts(a, b *StateDict) string {
	if !reflect.DeepEqual(a.Keys, b.Keys) {
		return "keys differ"
	}
	for _, k := range a.Keys {
		x, y := a.Tensors[k], b.Tensors[k]
		if x.Dtype() != y.Dtype() || !x.Shape().Eq(y.Shape()) || len(x.Shape()) != len(y.Shape()) {
			return fmt.Sprintf("%s: %v%v vs %v%v", k, x.Dtype(), x.Shape(), y.Dtype(), y.Shape())
		}
		xb := encodeSTTensor(nil, x)
		if !bytes.Equal(xb, encodeSTTensor(nil, y)) {
			return k + ": values differ"
		}
	}
	return ""
}

func TestSafetensorsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	sd := testStateDict(3, 7)
	sd.Set("extra.scalar", F32Tensor([]float32{float32(math.Inf(-1))}))
	sd.Set("extra.ints", tensor.New(tensor.WithShape(2, 2), tensor.WithBacking([]int64{-1, 0, 1 << 40, math.MaxInt64})))
	meta := map[string]string{"format": "pt", "epoch": "4"}
	path := filepath.Join(dir, "m.safetensors")
	if err := WriteSafetensors(path, sd, meta); err != nil {
		t.Fatal(err)
	}
	assertOnlyFile(t, dir, "m.safetensors", "")
	f32Info, _ := os.Stat(path)
	got, gotMeta, err := ReadSafetensors(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := equalStateDicts(sd, got); d != "" {
		t.Fatalf("read back differs from written: %s", d)
	}
	if !reflect.DeepEqual(meta, gotMeta) {
		t.Fatalf("metadata %v, want %v", gotMeta, meta)
	}
	raw, _ := os.ReadFile(path)
	if n := binary.LittleEndian.Uint64(raw); (8+n)%8 != 0 || !bytes.HasPrefix(raw[8:], []byte(`{"__metadata__":{"epoch":"4","format":"pt"},"conv1.weight":{"dtype":"F32","shape":[64,3,7,7],"data_offsets":[0,37632]}`)) {
		t.Fatalf("header starts %q (length %d)", raw[8:120], n)
	}

	// F16: written as F16 (half the bytes), read back widened to float32.
	h, err := ConvertDType(sd, "f16")
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteSafetensors(path, h, nil); err != nil {
		t.Fatal(err)
	}
	got, gotMeta, err = ReadSafetensors(path)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ConvertDType(h, "f32")
	if d := equalStateDicts(want, got); d != "" || gotMeta != nil {
		t.Fatalf("F16 file read back differs: %s (metadata %v)", d, gotMeta)
	}
	if st, _ := os.Stat(path); st.Size() > f32Info.Size()/2+10_000 {
		t.Fatalf("F16 file is %d bytes, not half of the F32 file's %d", st.Size(), f32Info.Size())
	}
	assertOnlyFile(t, dir, "m.safetensors", "")
}

func TestSafetensorsWriteRefusesAndKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.safetensors")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f64 := NewStateDict()
	f64.Set("w", tensor.New(tensor.WithShape(2), tensor.WithBacking([]float64{1, 2})))
	dangling := NewStateDict()
	dangling.Keys = []string{"ghost"}
	named := NewStateDict()
	named.Set("__metadata__", F32Tensor([]float32{1}, 1))
	for _, c := range []struct {
		sd   *StateDict
		want string
	}{{f64, `"w" has element type float64`}, {dangling, `"ghost" is listed but has no tensor`}, {named, "__metadata__"}} {
		err := WriteSafetensors(path, c.sd, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("WriteSafetensors error = %v, want one naming %s and saying %s", err, path, c.want)
		}
		assertOnlyFile(t, dir, "m.safetensors", "old")
	}
	if err := WriteSafetensors(filepath.Join(dir, "no/such/dir/m.safetensors"), testStateDict(2, 1), nil); err == nil {
		t.Error("WriteSafetensors into a missing directory succeeded")
	}
	assertOnlyFile(t, dir, "m.safetensors", "old")
}

// Corrupt files: each must give an error naming the file and the problem.
func TestSafetensorsCorrupt(t *testing.T) {
	f32x2 := make([]byte, 8)
	good := `{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`
	huge := binary.LittleEndian.AppendUint64(nil, 1<<62)
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "too short"},
		{"header length absurd", append(huge, good...), "header length 4611686018427387904 is impossible"},
		{"header length past end", stFile(good, f32x2)[:20], "impossible"},
		{"truncated data", stFile(good, f32x2[:5]), "lie outside the 5 data bytes"},
		{"trailing data", stFile(good, make([]byte, 12)), "the tensors cover 8"},
		{"bad JSON", stFile(`{"a":{"dtype":"F32",`, f32x2), "header JSON"},
		{"not an object", stFile(`[1,2]`, f32x2), "not a JSON object"},
		{"junk after JSON", stFile(good+"xx", f32x2), "bytes after the JSON object"},
		{"offsets out of range", stFile(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}`, f32x2), "lie outside"},
		{"offsets reversed", stFile(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}}`, f32x2), "lie outside"},
		{"overlap", stFile(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, f32x2), "overlaps"},
		{"hole", stFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, f32x2), "belong to no tensor"},
		{"unknown dtype", stFile(`{"a":{"dtype":"Q8","shape":[2],"data_offsets":[0,8]}}`, f32x2), `dtype "Q8"`},
		{"size mismatch", stFile(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, f32x2), "needs 12 bytes"},
		{"shape overflow", stFile(`{"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}}`, f32x2), "more elements than the file has bytes"},
		{"negative dim", stFile(`{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}`, f32x2), "bad header entry"},
		{"empty tensor", stFile(`{"a":{"dtype":"F32","shape":[0,2],"data_offsets":[0,0]}}`, nil), "no elements"},
		{"missing field", stFile(`{"a":{"dtype":"F32","data_offsets":[0,8]}}`, f32x2), "lacks dtype, shape or data_offsets"},
		{"three offsets", stFile(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4,8]}}`, f32x2), "data_offsets has 3 numbers"},
		{"duplicate name", stFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, f32x2), `names "a" twice`},
		{"metadata not strings", stFile(`{"__metadata__":{"epoch":3},`+good[1:], f32x2), "__metadata__ must map strings to strings"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".safetensors")
			if err := os.WriteFile(path, c.file, 0o644); err != nil {
				t.Fatal(err)
			}
			sd, _, err := ReadSafetensors(path)
			if err == nil {
				t.Fatalf("read a corrupt file without error: %v", sd.Keys)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q should name %s and say %q", err, path, c.want)
			}
		})
	}
	if _, _, err := ReadSafetensors(filepath.Join(dir, "absent.safetensors")); err == nil || !os.IsNotExist(innermostError(err)) {
		t.Fatalf("missing file error = %v, want a not-exist error", err)
	}
}

func innermostError(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok || u.Unwrap() == nil {
			return err
		}
		err = u.Unwrap()
	}
}

// FuzzReadSafetensors checks that no input makes the reader panic or allocate
// beyond the input, and that whatever it accepts writes back to a file that reads
// the same.
func FuzzReadSafetensors(f *testing.F) {
	f.Add(stFile(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)))
	f.Add(stFile(`{"__metadata__":{"k":"v"},"n":{"dtype":"I64","shape":[],"data_offsets":[0,8]},"h":{"dtype":"F16","shape":[1,2],"data_offsets":[8,12]}}    `, make([]byte, 12)))
	f.Add(stFile(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},"b":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}`, []byte{0, 0x7c, 0xff, 0xff, 1, 2, 3, 4}))
	f.Fuzz(func(t *testing.T, b []byte) {
		sd, meta, err := readSafetensors(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		header, err := safetensorsHeader(sd, meta)
		if err != nil {
			t.Fatalf("accepted file does not write back: %v", err)
		}
		var out bytes.Buffer
		if err := writeSafetensorsTo(&out, header, sd); err != nil {
			t.Fatal(err)
		}
		sd2, meta2, err := readSafetensors(bytes.NewReader(out.Bytes()), int64(out.Len()))
		if err != nil {
			t.Fatalf("written file does not read back: %v", err)
		}
		if d := equalStateDicts(sd, sd2); d != "" || len(meta) != len(meta2) {
			t.Fatalf("written file reads back different: %s", d)
		}
	})
}
