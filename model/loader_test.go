package model

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// patternSamples writes n distinct PNG images of varied sizes to dir, labelled i%3.
func patternSamples(t testing.TB, dir string, n int) []Sample {
	t.Helper()
	var ss []Sample
	for i := range n {
		img := patternImage(60+7*i, 45+5*(i%4), uint64(i))
		p := writeFile(t, filepath.Join(dir, fmt.Sprintf("s%02d.png", i)), encodePNG(t, img))
		ss = append(ss, Sample{Path: p, Label: i % 3})
	}
	return ss
}

// epochBytes runs one epoch and returns copies of its batches.
func epochBytes(t *testing.T, samples []Sample, cfg LoaderConfig, epoch int) []Batch {
	t.Helper()
	l, err := NewLoader(samples, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out []Batch
	for b := range l.Epoch(epoch) {
		out = append(out, b.Clone())
	}
	return out
}

func sameBatches(a, b []Batch) bool {
	return slices.EqualFunc(a, b, func(x, y Batch) bool {
		return x.N == y.N && bytes.Equal(x.Pixels, y.Pixels) && slices.Equal(x.Labels, y.Labels) && slices.Equal(x.Paths, y.Paths)
	})
}

func TestLoaderDeterministic(t *testing.T) {
	samples := patternSamples(t, t.TempDir(), 23)
	cfg := LoaderConfig{Batch: 5, Size: 32, Augment: true, Shuffle: true, Seed: 7, Workers: 1}
	base := epochBytes(t, samples, cfg, 0)
	if len(base) != 5 || base[4].N != 3 {
		t.Fatalf("%d batches, last of %d; want 5, the last of 3", len(base), base[len(base)-1].N)
	}
	for _, workers := range []int{1, 2, 3, 8} {
		cfg.Workers = workers
		if !sameBatches(base, epochBytes(t, samples, cfg, 0)) {
			t.Errorf("%d workers: epoch 0 differs from the one with 1 worker", workers)
		}
	}
	if sameBatches(base, epochBytes(t, samples, cfg, 1)) {
		t.Error("epochs 0 and 1 gave the same batches")
	}
	cfg.Seed = 8
	other := epochBytes(t, samples, cfg, 0)
	if sameBatches(base, other) {
		t.Error("seeds 7 and 8 gave the same batches")
	}
	// Same samples in each epoch, only the order and augmentation change.
	var a, b []string
	for i := range base {
		a = append(a, base[i].Paths...)
		b = append(b, other[i].Paths...)
	}
	if slices.Equal(a, b) {
		t.Error("seeds 7 and 8 gave the same order")
	}
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) || len(a) != 23 {
		t.Errorf("an epoch does not visit each of the 23 samples once: %q", a)
	}
}

func TestLoaderEvalIsEvalImage(t *testing.T) {
	samples := patternSamples(t, t.TempDir(), 7)
	batches := epochBytes(t, samples, LoaderConfig{Batch: 3, Size: 24, Workers: 2}, 0)
	i := 0
	for _, b := range batches {
		if len(b.Pixels) != b.N*24*24*3 || len(b.Labels) != b.N || len(b.Paths) != b.N {
			t.Fatalf("batch of %d: %d bytes, %d labels, %d paths", b.N, len(b.Pixels), len(b.Labels), len(b.Paths))
		}
		for k := range b.N {
			s := samples[i]
			want := EvalImage(decodeFile(t, s.Path), 24)
			if b.Paths[k] != s.Path || b.Labels[k] != int32(s.Label) || !bytes.Equal(b.Pixels[k*len(want):(k+1)*len(want)], want) {
				t.Fatalf("batch item %d: %s label %d, want %s label %d with EvalImage's pixels", k, b.Paths[k], b.Labels[k], s.Path, s.Label)
			}
			i++
		}
	}
	if i != len(samples) {
		t.Fatalf("%d images, want %d", i, len(samples))
	}
}

func TestLoaderAugmentKeepsLabels(t *testing.T) {
	// Each class is one flat color, so any crop and flip of an image must still be
	// exactly its class's color: pixels and labels stay together.
	dir := t.TempDir()
	var samples []Sample
	for i := range 12 {
		p := writeFile(t, filepath.Join(dir, fmt.Sprintf("c%d.png", i)), encodePNG(t, solidImage(50+i*9, 80-i*3, classColor(i%3))))
		samples = append(samples, Sample{Path: p, Label: i % 3})
	}
	for b := range mustLoader(t, samples, LoaderConfig{Batch: 4, Size: 16, Augment: true, Shuffle: true, Seed: 3}).Epoch(2) {
		for k := range b.N {
			c := classColor(int(b.Labels[k]))
			for j, v := range b.Pixels[k*16*16*3 : (k+1)*16*16*3] {
				if want := []uint8{c.R, c.G, c.B}[j%3]; v != want {
					t.Fatalf("%s (label %d): byte %d = %d, want %d", b.Paths[k], b.Labels[k], j, v, want)
				}
			}
		}
	}
}

func mustLoader(t *testing.T, samples []Sample, cfg LoaderConfig) *Loader {
	t.Helper()
	l, err := NewLoader(samples, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLoaderSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := patternSamples(t, dir, 9)
	full := encodeJPEG(t, patternImage(200, 150, 1))
	bad := []Sample{
		{Path: writeFile(t, filepath.Join(dir, "truncated.jpg"), full[:len(full)*2/3]), Label: 0},
		{Path: writeFile(t, filepath.Join(dir, "text.jpg"), []byte("this is not a JPEG\n")), Label: 1},
		{Path: writeFile(t, filepath.Join(dir, "empty.jpg"), nil), Label: 2},
		{Path: filepath.Join(dir, "deleted.png"), Label: 0},
	}
	// Bad files at the start, the middle and the end of the order.
	samples := slices.Concat(bad[:1], good[:4], bad[1:3], good[4:], bad[3:])
	for _, dropLast := range []bool{false, true} {
		var warned []string
		cfg := LoaderConfig{Batch: 4, Size: 16, Augment: true, Seed: 1, Workers: 3, DropLast: dropLast,
			Warn: func(path string, err error) {
				if err == nil || !strings.Contains(err.Error(), "image") {
					t.Errorf("warning for %s: %v does not say what failed", path, err)
				}
				warned = append(warned, filepath.Base(path))
			}}
		var sizes []int
		var seen []string
		for b := range mustLoader(t, samples, cfg).Epoch(0) {
			sizes = append(sizes, b.N)
			seen = append(seen, b.Paths...)
		}
		if want := []string{"truncated.jpg", "text.jpg", "empty.jpg", "deleted.png"}; !slices.Equal(warned, want) {
			t.Errorf("DropLast %v: warnings for %q, want %q", dropLast, warned, want)
		}
		// 9 good images in batches of 4: the bad ones' places go to the next samples.
		wantSizes := []int{4, 4, 1}
		if dropLast {
			wantSizes = wantSizes[:2]
		}
		if !slices.Equal(sizes, wantSizes) {
			t.Errorf("DropLast %v: batch sizes %v, want %v", dropLast, sizes, wantSizes)
		}
		if !slices.Equal(seen, samplePaths(good)[:len(seen)]) {
			t.Errorf("DropLast %v: batches hold %q, want the good files in order", dropLast, seen)
		}
	}
}

func TestLoaderOpenHookAndErrors(t *testing.T) {
	// The browser serves bytes from memory through Open.
	files := map[string][]byte{"a.png": encodePNG(t, solidImage(9, 9, classColor(0))), "b.jpg": encodeJPEG(t, solidImage(9, 9, classColor(1)))}
	open := func(path string) ([]byte, error) {
		if data, ok := files[path]; ok {
			return data, nil
		}
		return nil, errors.New("not captured")
	}
	var warned []string
	l := mustLoader(t, []Sample{{"a.png", 0}, {"gone.png", 0}, {"b.jpg", 1}}, LoaderConfig{Batch: 8, Size: 8, Open: open,
		Warn: func(p string, err error) { warned = append(warned, p+": "+err.Error()) }})
	n := 0
	for b := range l.Epoch(0) {
		n += b.N
	}
	if n != 2 || len(warned) != 1 || !strings.Contains(warned[0], "gone.png: reading image: not captured") {
		t.Errorf("%d images, warnings %q; want 2 and one for gone.png", n, warned)
	}
	if l.NumBatches() != 1 {
		t.Errorf("NumBatches %d, want 1", l.NumBatches())
	}
	for _, cfg := range []LoaderConfig{{Batch: 0}, {Batch: 2, Size: -1}} {
		if _, err := NewLoader(nil, cfg); err == nil {
			t.Errorf("NewLoader(%+v) did not fail", cfg)
		}
	}
}

func TestLoaderBreakStopsWorkers(t *testing.T) {
	samples := patternSamples(t, t.TempDir(), 30)
	before := runtime.NumGoroutine()
	l := mustLoader(t, samples, LoaderConfig{Batch: 2, Size: 16, Workers: 4, Augment: true})
	for range l.Epoch(0) {
		break
	}
	// Epoch waits for its goroutines before returning; give the exiting ones a chance
	// to be reaped by the scheduler.
	for i := 0; i < 1000 && runtime.NumGoroutine() > before; i++ {
		runtime.Gosched()
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after breaking out of an epoch, %d before", n, before)
	}
}

func TestLoaderNumBatches(t *testing.T) {
	ss := make([]Sample, 10)
	for _, c := range []struct {
		batch    int
		dropLast bool
		want     int
	}{{4, false, 3}, {4, true, 2}, {5, false, 2}, {5, true, 2}, {20, true, 0}, {20, false, 1}} {
		if got := mustLoader(t, ss, LoaderConfig{Batch: c.batch, DropLast: c.dropLast}).NumBatches(); got != c.want {
			t.Errorf("10 samples, batch %d, DropLast %v: NumBatches %d, want %d", c.batch, c.dropLast, got, c.want)
		}
	}
}

// BenchmarkLoaderTrain measures the train transform through the loader on JPEGs of
// the hotdog dataset's typical size, 500x375, with 1 and 2 decoding workers.
func BenchmarkLoaderTrain(b *testing.B) {
	dir := b.TempDir()
	var samples []Sample
	for i := range 32 {
		p := writeFile(b, filepath.Join(dir, fmt.Sprintf("%02d.jpg", i)), encodeJPEG(b, patternImage(500, 375, uint64(i))))
		samples = append(samples, Sample{Path: p, Label: i % 2})
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			l, err := NewLoader(samples, LoaderConfig{Batch: 16, Augment: true, Shuffle: true, Workers: workers})
			if err != nil {
				b.Fatal(err)
			}
			images := 0
			for e := 0; b.Loop(); e++ {
				for batch := range l.Epoch(e) {
					images += batch.N
				}
			}
			b.ReportMetric(float64(images)/b.Elapsed().Seconds(), "images/s")
		})
	}
}

// BenchmarkEvalImage measures the test transform of one decoded 500x375 image, as
// the webcam classifier runs it.
func BenchmarkEvalImage(b *testing.B) {
	img := decodeFile(b, writeFile(b, filepath.Join(b.TempDir(), "x.jpg"), encodeJPEG(b, patternImage(500, 375, 1))))
	for b.Loop() {
		EvalImage(img, DefaultSize)
	}
}
