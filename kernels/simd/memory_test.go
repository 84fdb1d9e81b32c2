//go:build !js

package simd

import (
	"errors"
	"fmt"
	"testing"

	"webtune/kernels"
	"webtune/model"
)

// The ResNet-18 training plan at 224×224 fits one WebAssembly memory at batch 8 and
// 32; batch 128 (the recipe's) does not fit 4 GiB and is refused with a
// kernels.TooLargeError, so model.NewNet runs it in micro-batches, which fit. The
// figures are logged for the README (go test -v -run TrainMemory ./kernels/simd).
func TestTrainMemory(t *testing.T) {
	size := func(batch int) (uint64, int, error) {
		p, lay, err := model.BuildPlan(model.Config{Classes: 2, Batch: batch, Height: 224, Width: 224})
		if err != nil {
			t.Fatal(err)
		}
		l, _, err := compileRoutines(p, tile{4, 16}, winoAuto, maxMemory, 2)
		if err != nil {
			return 0, 0, err
		}
		return l.totalSize, 4 * p.Spec(lay.Grads).Len, nil
	}
	for _, batch := range []int{8, 32} {
		n, _, err := size(batch)
		if err != nil {
			t.Fatalf("batch %d: %v", batch, err)
		}
		t.Logf("batch %3d: %7.1f MiB", batch, float64(n)/(1<<20))
	}
	_, _, err := size(128)
	var tl *kernels.TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("batch 128: got %v, want a TooLargeError", err)
	}
	// model.NewNet's retry: the largest divisor that fits, plus its two gradient-sized
	// accumulation buffers (model/microbatch.go).
	for m := 64; m >= 1; m /= 2 {
		n, grads, err := size(m)
		if err == nil && n+uint64(2*grads) <= maxMemory {
			t.Logf("batch 128: %v; as %d micro-batches of %d: %7.1f MiB", tl, 128/m, m, float64(n+uint64(2*grads))/(1<<20))
			return
		}
	}
	t.Fatal("batch 128 does not fit even in micro-batches of 1")
}

// A plan larger than the memory limit is refused with a kernels.TooLargeError, which
// model.NewNet answers by micro-batching; the micro-batched net then compiles.
func TestTooLargeMicroBatches(t *testing.T) {
	// Large enough that half the batch's activations outweigh the two gradient-sized
	// buffers micro-batching adds.
	cfg := model.Config{Classes: 2, Batch: 32, Height: 112, Width: 112}
	p, _, err := model.BuildPlan(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := compileRoutines(p, tile{4, 8}, winoAuto, maxMemory, 2)
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(l.totalSize) - 20<<20 // the whole batch does not fit, half of it does
	b := NewNativeWith(Options{Threads: 1, Tile: "4x8", MaxMemory: limit})
	_, err = b.Compile(p)
	var tl *kernels.TooLargeError
	if !errors.As(err, &tl) || tl.Limit != limit || tl.Bytes <= limit {
		t.Fatalf("compiling %d bytes under a limit of %d: got %v, want a TooLargeError", l.totalSize, limit, err)
	}
	net, err := model.NewNet(b, cfg)
	if err != nil {
		t.Fatalf("NewNet did not micro-batch around the limit: %v", err)
	}
	defer net.Close()
	if err := net.SetPixels(make([]uint8, cfg.Batch*cfg.Height*cfg.Width*3), make([]int32, cfg.Batch)); err != nil {
		t.Fatal(err)
	}
	if _, err := net.Run(model.RoutineEval); err != nil {
		t.Fatal(fmt.Errorf("the micro-batched net does not run: %w", err))
	}
}
