package model

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"webtune/model/torchoracle"
)

// ckptPython is Debian's interpreter, the one that has python3-torch; the python3
// on PATH may be another one without it.
const ckptPython = torchoracle.Python

// requireTorchForCkpt skips (under CI: fails) the test when PyTorch, the oracle, is
// not installed.
func requireTorchForCkpt(t *testing.T) { t.Helper(); torchoracle.Require(t) }

// runCkptScript runs a script from testdata/ckpt with Debian's PyTorch.
func runCkptScript(t *testing.T, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(ckptPython, append([]string{filepath.Join("testdata", "ckpt", script)}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", script, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// torchDump is what make_pth.py says each file holds.
type torchDump map[string]struct {
	Keys    []string
	Tensors map[string]struct {
		DType  string
		Shape  []int
		SHA256 string
		Sum    float64
		First  []float64
	}
}

// TestPthWithPyTorch reads checkpoints that PyTorch wrote at test time, compares
// every tensor with PyTorch's own account of it, and sends Go-written safetensors
// back to PyTorch for a strict load_state_dict into torchvision's resnet18.
func TestPthWithPyTorch(t *testing.T) {
	requireTorchForCkpt(t)
	dir := t.TempDir()
	runCkptScript(t, "make_pth.py", dir)
	raw, err := os.ReadFile(filepath.Join(dir, "dump.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dump torchDump
	if err := json.Unmarshal(raw, &dump); err != nil {
		t.Fatalf("dump.json: %v", err)
	}
	read := func(t *testing.T, name string) *StateDict {
		t.Helper()
		sd, err := ReadPth(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		checkAgainstDump(t, name, sd, dump)
		return sd
	}

	t.Run("resnet18 1000 classes", func(t *testing.T) {
		if c, err := CheckResNet18(read(t, "r1000.pth")); err != nil || c != 1000 {
			t.Fatalf("CheckResNet18 = %d, %v", c, err)
		}
	})
	t.Run("pre-0.4.1 checkpoint without num_batches_tracked", func(t *testing.T) {
		old, err := ReadPth(filepath.Join(dir, "old.pth"))
		if err != nil {
			t.Fatal(err)
		}
		if c, err := CheckResNet18(old); err != nil || c != 1000 {
			t.Fatalf("CheckResNet18 = %d, %v", c, err)
		}
		// r1000 is the same net, fresh, so its counters are 0 as PyTorch fills them.
		r1000, err := ReadPth(filepath.Join(dir, "r1000.pth"))
		if err != nil {
			t.Fatal(err)
		}
		if d := equalStateDicts(r1000, old); d != "" {
			t.Fatalf("old-style checkpoint differs from the current one: %s", d)
		}
		// bn1 recorded at version 2 without num_batches_tracked: PyTorch refuses
		// it, so ReadPth leaves it missing (read checks the keys are exactly
		// PyTorch's).
		if v2 := read(t, "oldv2.pth"); len(v2.Keys) != 4 {
			t.Fatalf("version-2 bn1 state dict read as %v", v2.Keys)
		}
	})
	t.Run("float16 and full checkpoint", func(t *testing.T) {
		for _, name := range []string{"r2h.pth", "full.pth"} {
			if c, err := CheckResNet18(read(t, name)); err != nil || c != 2 {
				t.Fatalf("%s: CheckResNet18 = %d, %v", name, c, err)
			}
		}
	})
	t.Run("shared storage and bfloat16", func(t *testing.T) {
		read(t, "shared.pth")
		read(t, "bf16.pth")
	})
	t.Run("f16 conversion matches torch half", func(t *testing.T) {
		// r2h.pth is r2.pth after PyTorch's .half(): ConvertDType must round alike.
		h, err := ConvertDType(read(t, "r2.pth"), "f16")
		if err != nil {
			t.Fatal(err)
		}
		widened, _ := ConvertDType(h, "f32")
		if d := equalStateDicts(widened, read(t, "r2h.pth")); d != "" {
			t.Fatalf("Go f16 rounding differs from torch .half(): %s", d)
		}
	})
	t.Run("safetensors load in PyTorch", func(t *testing.T) {
		sd := read(t, "r2.pth")
		st := filepath.Join(dir, "r2.safetensors")
		if err := WriteSafetensors(st, sd, map[string]string{"format": "pt"}); err != nil {
			t.Fatal(err)
		}
		t.Log(runCkptScript(t, "load_safetensors.py", st, filepath.Join(dir, "r2.pth"), "2", "F32"))
		back, _, err := ReadSafetensors(st)
		if err != nil {
			t.Fatal(err)
		}
		if d := equalStateDicts(sd, back); d != "" {
			t.Fatalf("safetensors read back differs from the .pth: %s", d)
		}

		h, err := ConvertDType(read(t, "r2h.pth"), "f16")
		if err != nil {
			t.Fatal(err)
		}
		sth := filepath.Join(dir, "r2h.safetensors")
		if err := WriteSafetensors(sth, h, nil); err != nil {
			t.Fatal(err)
		}
		t.Log(runCkptScript(t, "load_safetensors.py", sth, filepath.Join(dir, "r2h.pth"), "2", "F16"))
	})
	t.Run("refused", func(t *testing.T) {
		r2, err := os.ReadFile(filepath.Join(dir, "r2.pth"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile := func(name string, b []byte) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
		cases := map[string]string{
			filepath.Join(dir, "transposed.pth"):            "not contiguous",
			filepath.Join(dir, "legacy.pth"):                "legacy (pre-1.6, non-zip)",
			filepath.Join(dir, "double.pth"):                "torch.DoubleStorage is not supported",
			writeFile("truncated.pth", r2[:len(r2)/2]):      "not a readable zip archive",
			writeFile("garbage.pth", []byte("hello")):       "not a PyTorch zip checkpoint",
			writeFile("dump.pth", raw):                      "not a PyTorch zip checkpoint",
			writeFile("flipped.pth", flipStorage(r2)):       "checksum",
			filepath.Join(dir, "absent.pth"):                "no such file",
			writeFile("empty.pth", nil):                     "file is empty",
			writeFile("safetensors.pth", stFile("{}", nil)): "not a PyTorch zip checkpoint",
		}
		shared, err := os.ReadFile(filepath.Join(dir, "shared.pth"))
		if err != nil {
			t.Fatal(err)
		}
		edit := func(name string, f func(rec string, data []byte) (string, []byte)) string {
			return writeFile(name, rezip(t, shared, f))
		}
		cases[edit("badpickle.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "data.pkl") {
				return rec, []byte("\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01\xff\xfe")
			}
			return rec, b
		})] = "unpickling shared/data.pkl"
		cases[edit("halfpickle.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "data.pkl") {
				return rec, b[:len(b)/2]
			}
			return rec, b
		})] = "unpickling shared/data.pkl"
		cases[edit("shortstorage.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "/data/0") {
				return rec, b[:len(b)-4]
			}
			return rec, b
		})] = "storage record shared/data/0 is 20 bytes, but 6 torch.FloatStorage elements need 24"
		cases[edit("nostorage.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "/data/0") {
				return "", nil
			}
			return rec, b
		})] = "storage record shared/data/0 is missing"
		cases[edit("bigendian.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "/version") {
				return "shared/byteorder", []byte("big")
			}
			return rec, b
		})] = `storages are "big"-endian`
		cases[edit("torchscript.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "/version") {
				return "shared/constants.pkl", b
			}
			return rec, b
		})] = "TorchScript"
		cases[edit("nopickle.pth", func(rec string, b []byte) (string, []byte) {
			if strings.HasSuffix(rec, "data.pkl") {
				return "shared/other.pkl", b
			}
			return rec, b
		})] = "no ARCHIVE/data.pkl record"
		for path, want := range cases {
			sd, err := ReadPth(path)
			if err == nil {
				t.Errorf("%s: read without error: %v...", path, firstKeys(sd.Keys))
				continue
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), want) {
				t.Errorf("error %q should name %s and say %q", err, path, want)
			}
		}
	})
}

// flipStorage changes one byte inside a storage record's data: the checkpoint
// keeps its structure, and the zip CRC check must catch it.
func flipStorage(b []byte) []byte {
	out := append([]byte(nil), b...)
	out[len(out)/3] ^= 0xff
	return out
}

// rezip rewrites a checkpoint zip record by record through edit, which returns
// the record's new name and data, or "" to drop it.
func rezip(t testing.TB, src []byte, edit func(name string, data []byte) (string, []byte)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		name, data := edit(f.Name, data)
		if name == "" {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// checkAgainstDump compares a state dict with PyTorch's description of the file:
// key order, dtype, shape, and the SHA-256 of every tensor's little-endian bytes
// (float tensors widened to float32 on both sides).
func checkAgainstDump(t *testing.T, name string, sd *StateDict, dump torchDump) {
	t.Helper()
	want, ok := dump[name]
	if !ok {
		t.Fatalf("dump.json has no %s", name)
	}
	if !reflect.DeepEqual(sd.Keys, want.Keys) {
		t.Fatalf("%s: keys %v..., PyTorch has %v...", name, firstKeys(sd.Keys), firstKeys(want.Keys))
	}
	for _, k := range sd.Keys {
		tt, w := sd.Tensors[k], want.Tensors[k]
		if shape := []int(tt.Shape()); len(shape) != len(w.Shape) || (len(shape) > 0 && !reflect.DeepEqual(shape, w.Shape)) {
			t.Fatalf("%s %s: shape %v, PyTorch has %v", name, k, shape, w.Shape)
		}
		wantType := "float32"
		if w.DType == "int64" {
			wantType = "int64"
		}
		if tt.Dtype().String() != wantType {
			t.Fatalf("%s %s: %v, want %s for PyTorch's %s", name, k, tt.Dtype(), wantType, w.DType)
		}
		sum := sha256.Sum256(encodeSTTensor(nil, tt))
		if got := hex.EncodeToString(sum[:]); got != w.SHA256 {
			first := tensorElems(tt)
			t.Fatalf("%s %s: data differs from PyTorch's (first values %v, want %v; sum want %v)",
				name, k, firstValues(first), w.First, w.Sum)
		}
	}
}

func firstKeys(s []string) []string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

func firstValues(v any) any {
	if f, ok := v.([]float32); ok && len(f) > 5 {
		return f[:5]
	}
	return v
}

// TestPthTiny reads the small committed checkpoint PyTorch wrote (make_tiny.py):
// every dtype and the shared storage, with exact values.
func TestPthTiny(t *testing.T) {
	sd, err := ReadPth(filepath.Join("testdata", "ckpt", "tiny.pth"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"conv.weight", "bn.num_batches_tracked", "half", "view.a", "view.b"}
	if !reflect.DeepEqual(sd.Keys, want) {
		t.Fatalf("keys %v, want %v", sd.Keys, want)
	}
	f32 := func(key string, shape []int, values []float32) {
		t.Helper()
		got, err := sd.Float32s(key, shape...)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, values) {
			t.Fatalf("%s = %v, want %v", key, got, values)
		}
	}
	f32("conv.weight", []int{2, 1, 1, 2}, []float32{-1, -0.5, 0, 0.5})
	f32("half", []int{4}, []float32{1, 65504, 0x1p-24, -2.5})
	f32("view.a", []int{3}, []float32{0, 1, 2})
	f32("view.b", []int{3}, []float32{3, 4, 5})
	if n := sd.Tensors["bn.num_batches_tracked"]; len(n.Shape()) != 0 || n.Data() != int64(5) {
		t.Fatalf("bn.num_batches_tracked = %v (shape %v), want int64 scalar 5", n.Data(), n.Shape())
	}
}

// A pickle whose string length says 1 GiB must be refused before gopickle
// allocates it.
func TestPthHugeDeclaredLength(t *testing.T) {
	tiny, err := os.ReadFile(filepath.Join("testdata", "ckpt", "tiny.pth"))
	if err != nil {
		t.Fatal(err)
	}
	z := rezip(t, tiny, func(name string, b []byte) (string, []byte) {
		if strings.HasSuffix(name, "data.pkl") {
			return name, bytes.Replace(b, []byte("X\x0b\x00\x00\x00conv.weight"), []byte("X\x0b\x00\x00\x40conv.weight"), 1)
		}
		return name, b
	})
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = readPthZip(zr, int64(len(z)))
	if err == nil || !strings.Contains(err.Error(), "declares 1073741835 bytes but only") {
		t.Fatalf("readPthZip error = %v, want the declared length refused", err)
	}
}

// FuzzReadPth feeds arbitrary pickles, in place of tiny.pth's data.pkl, to the
// checkpoint reader: it must return an error or a state dict, never panic, and
// never allocate more than the archive holds for a storage.
func FuzzReadPth(f *testing.F) {
	tiny, err := os.ReadFile(filepath.Join("testdata", "ckpt", "tiny.pth"))
	if err != nil {
		f.Fatal(err)
	}
	rezip(f, tiny, func(name string, b []byte) (string, []byte) {
		if strings.HasSuffix(name, "data.pkl") {
			f.Add(b)
		}
		return name, b
	})
	f.Fuzz(func(t *testing.T, pkl []byte) {
		z := rezip(t, tiny, func(name string, b []byte) (string, []byte) {
			if strings.HasSuffix(name, "data.pkl") {
				return name, pkl
			}
			return name, b
		})
		zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
		if err != nil {
			t.Fatal(err)
		}
		if sd, err := readPthZip(zr, int64(len(z))); err == nil {
			for _, k := range sd.Keys {
				if n := sd.Tensors[k].Shape().TotalSize(); n > 12 {
					t.Fatalf("%s has %d elements, more than the 24-byte largest storage of tiny.pth holds", k, n)
				}
			}
		}
	})
}
