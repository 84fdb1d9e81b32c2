package model

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"webtune/kernels/ref"
)

// ckTrainer is a 2-class trainer on a small net, for checkpoint tests; its velocity
// is filled with a recognisable pattern so that a resume can be checked exactly.
func ckTrainer(t *testing.T, seed uint64) *Trainer {
	t.Helper()
	cfg := Config{Classes: 2, Batch: 2, Height: 32, Width: 32}
	n := mustNet(t, ref.New(), cfg)
	if err := n.LoadState(InitState(2, seed)); err != nil {
		t.Fatal(err)
	}
	vel := make([]float32, n.velocityLen())
	for i := range vel {
		vel[i] = float32(seed) + float32(i%97)/97
	}
	if err := n.SetVelocity(vel); err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{Mode: Scratch, Batch: 2, Size: 32, LR: 0.05, Momentum: 0.9, Seed: 1}.WithDefaults()
	return &Trainer{Net: n, Data: &Dataset{Classes: []string{"cat", "dog"}}, Opts: opts}
}

func storeNames(t *testing.T, s CheckpointStore) []string {
	t.Helper()
	names, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return names
}

// A run saved at three steps keeps the newest two generations; a resume into a fresh
// trainer restores weights, velocity, counters and extras exactly.
func TestCheckpointGenerationsRoundTrip(t *testing.T) {
	s := memStore{}
	tr := ckTrainer(t, 3)
	for _, step := range []int{5, 10, 15} {
		tr.Epoch, tr.Step = step/5, step
		if err := tr.Save(s, map[string]string{"history": `[{"epoch":1}]`, "dataset": "colors"}); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := storeNames(t, s), []string{GenerationName(10), GenerationName(15)}; !slices.Equal(got, want) {
		t.Fatalf("store holds %v, want %v", got, want)
	}
	if GenerationName(15) != "checkpoint-000000015.safetensors" {
		t.Fatalf("generation name %q", GenerationName(15))
	}
	fresh := ckTrainer(t, 4)
	info, err := fresh.Resume(s)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != GenerationName(15) || info.Epoch != 3 || info.Step != 15 || info.Note != "" ||
		info.Extra["history"] != `[{"epoch":1}]` || info.Extra["dataset"] != "colors" || fresh.Step != 15 || fresh.Epoch != 3 {
		t.Fatalf("resume info %+v, trainer at epoch %d step %d", info, fresh.Epoch, fresh.Step)
	}
	sameNets(t, fresh.Net, tr.Net)
}

func sameNets(t *testing.T, got, want *Net) {
	t.Helper()
	a, err := got.State()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := want.State()
	for _, e := range Entries(2) {
		if e.Kind == BNNumBatches {
			if a.Tensors[e.Key].Data() != b.Tensors[e.Key].Data() {
				t.Fatalf("%s differs", e.Key)
			}
			continue
		}
		x, _ := a.Float32s(e.Key, e.Shape...)
		y, _ := b.Float32s(e.Key, e.Shape...)
		sameF32(t, e.Key, x, y, 0)
	}
	va, _ := got.Velocity()
	vb, _ := want.Velocity()
	sameF32(t, "velocity", va, vb, 0)
}

// Every way a newest generation can be damaged (a torn write where rename is weak,
// flipped data, a broken header, a file of another run, a crash's .tmp) leaves the
// previous generation usable: Resume names what it skipped and why.
func TestCheckpointResumeFallsBack(t *testing.T) {
	damage := []struct {
		name string
		edit func(b []byte) []byte
		want string
	}{
		{"torn", func(b []byte) []byte { return b[:len(b)/2] }, "lie outside"},
		{"flipped data byte", func(b []byte) []byte { b[len(b)-100] ^= 1; return b }, "payload sha256 mismatch"},
		{"flipped header length", func(b []byte) []byte { b[3] = 0x7f; return b }, "header length"},
		{"empty", func(b []byte) []byte { return nil }, "too short"},
		{"digest removed", func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"payload_sha256":"`, `"payload_sha256":"0`, 1))
		}, "truncated or padded"},
	}
	// One run saved at steps 60 and 120 (a zero velocity at 120), then each damage
	// applied to a copy of the newest generation.
	saved := memStore{}
	tr := ckTrainer(t, 5)
	tr.Epoch, tr.Step = 1, 60
	if err := tr.Save(saved, nil); err != nil {
		t.Fatal(err)
	}
	tr.Epoch, tr.Step = 2, 120
	if err := tr.Net.SetVelocity(make([]float32, tr.Net.velocityLen())); err != nil {
		t.Fatal(err)
	}
	if err := tr.Save(saved, nil); err != nil {
		t.Fatal(err)
	}
	fresh := ckTrainer(t, 5)
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			s := memStore{}
			for name, b := range saved {
				s[name] = append([]byte(nil), b...)
			}
			s[GenerationName(120)] = d.edit(s[GenerationName(120)])
			s[GenerationName(180)+TmpSuffix] = s[GenerationName(60)][:1000] // a crash mid-write
			info, err := fresh.Resume(s)
			if err != nil {
				t.Fatal(err)
			}
			if info.Name != GenerationName(60) || fresh.Step != 60 || fresh.Epoch != 1 {
				t.Fatalf("resumed from %s at step %d, want %s", info.Name, fresh.Step, GenerationName(60))
			}
			for _, w := range []string{GenerationName(120), d.want, "resumed from " + GenerationName(60) + " (epoch 1, step 60)"} {
				if !strings.Contains(info.Note, w) {
					t.Errorf("note %q does not say %q", info.Note, w)
				}
			}
			if _, ok := s[GenerationName(180)+TmpSuffix]; ok {
				t.Errorf("Resume left the crash's temporary file")
			}
			va, _ := fresh.Net.Velocity()
			if va[1] == 0 {
				t.Errorf("velocity is the damaged generation's (zeros)")
			}
		})
	}
}

// memStore is a CheckpointStore in memory: a write replaces a file whole or not at
// all, as WriteAtomic promises (the browser's OPFS store is another such store).
type memStore map[string][]byte

func (m memStore) List() ([]string, error) {
	var names []string
	for n := range m {
		names = append(names, n)
	}
	return names, nil
}

func (m memStore) Read(name string) ([]byte, error) {
	b, ok := m[name]
	if !ok {
		return nil, os.ErrNotExist
	}
	return b, nil
}

func (m memStore) WriteAtomic(name string, write func(io.Writer) error) error {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	m[name] = b.Bytes()
	return nil
}

func (m memStore) Remove(name string) error { delete(m, name); return nil }

// failingStore fails every write after some bytes, like a full disk.
type failingStore struct {
	CheckpointStore
	after int
}

type limitWriter struct {
	w    io.Writer
	left int
}

var errDiskFull = errors.New("no space left on device")

func (l *limitWriter) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n, _ := l.w.Write(p[:l.left])
		l.left = 0
		return n, errDiskFull
	}
	l.left -= len(p)
	return l.w.Write(p)
}

func (f failingStore) WriteAtomic(name string, write func(io.Writer) error) error {
	return f.CheckpointStore.WriteAtomic(name, func(w io.Writer) error { return write(&limitWriter{w, f.after}) })
}

// A save that fails (full disk) or that would store non-finite numbers (a diverged
// run) leaves the store as it was: the previous generation, no temporary file.
func TestCheckpointFailedSaveKeepsPrevious(t *testing.T) {
	dir := t.TempDir()
	s := DirStore(dir)
	tr := ckTrainer(t, 7)
	tr.Epoch, tr.Step = 1, 8
	if err := tr.Save(s, nil); err != nil {
		t.Fatal(err)
	}
	before := storeNames(t, s)
	tr.Epoch, tr.Step = 2, 16
	err := tr.Save(failingStore{s, 1 << 20}, nil)
	if !errors.Is(err, errDiskFull) || !strings.Contains(err.Error(), GenerationName(16)) {
		t.Fatalf("save on a full disk: %v", err)
	}
	if got := storeNames(t, s); !slices.Equal(got, before) {
		t.Fatalf("after a failed save the store holds %v, want %v", got, before)
	}
	vel := make([]float32, tr.Net.velocityLen())
	vel[5] = float32(math.NaN())
	if err := tr.Net.SetVelocity(vel); err != nil {
		t.Fatal(err)
	}
	if err := tr.Save(s, nil); err == nil || !strings.Contains(err.Error(), "optim.velocity[5] is NaN") {
		t.Fatalf("save of a NaN velocity: %v", err)
	}
	if got := storeNames(t, s); !slices.Equal(got, before) {
		t.Fatalf("after a refused save the store holds %v, want %v", got, before)
	}
}

// Resume refuses, with a message naming the store, a store with no usable
// generation, an old two-file checkpoint, another dataset's classes and a run whose
// options contradict the checkpoint's.
func TestCheckpointResumeRefuses(t *testing.T) {
	dir := t.TempDir()
	s := DirStore(dir)
	if _, err := ckTrainer(t, 1).Resume(s); err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("empty store: %v", err)
	}
	os.WriteFile(filepath.Join(dir, ModelFile), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, OptimizerFile), []byte("x"), 0o644)
	if _, err := ckTrainer(t, 1).Resume(s); err == nil || !strings.Contains(err.Error(), "old two-file checkpoint") {
		t.Fatalf("old-style store: %v", err)
	}
	os.WriteFile(filepath.Join(dir, GenerationName(3)), []byte("garbage garbage"), 0o644)
	if _, err := ckTrainer(t, 1).Resume(s); err == nil || !strings.Contains(err.Error(), "no usable checkpoint") ||
		!strings.Contains(err.Error(), GenerationName(3)) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("only a broken generation: %v", err)
	}
	tr := ckTrainer(t, 1)
	tr.Step = 9
	if err := tr.Save(s, nil); err != nil {
		t.Fatal(err)
	}
	other := ckTrainer(t, 1)
	other.Data = &Dataset{Classes: []string{"cat", "cow"}}
	if _, err := other.Resume(s); err == nil || !strings.Contains(err.Error(), `"dog"`) || !strings.Contains(err.Error(), `"cow"`) {
		t.Fatalf("other classes: %v", err)
	}
	lr := ckTrainer(t, 1)
	lr.Opts.LR = 0.2
	if _, err := lr.Resume(s); err == nil || !strings.Contains(err.Error(), "lr 0.05 (this run: 0.2)") {
		t.Fatalf("contradicting lr: %v", err)
	}
}

// The store refuses names that are not plain file names, and a FIFO among the files
// is neither listed nor read (it would block).
func TestCheckpointDirStoreNames(t *testing.T) {
	dir := t.TempDir()
	s := DirStore(dir)
	for _, name := range []string{"", "..", "a/b", `a\b`} {
		if err := s.WriteAtomic(name, func(io.Writer) error { return nil }); err == nil {
			t.Errorf("WriteAtomic(%q) accepted", name)
		}
	}
	if mkfifo(filepath.Join(dir, GenerationName(1))) == nil {
		if names := storeNames(t, s); len(names) != 0 {
			t.Errorf("List shows %v, want no FIFO", names)
		}
		if _, err := s.Read(GenerationName(1)); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("Read of a FIFO: %v", err)
		}
	}
}
