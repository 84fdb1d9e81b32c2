package simd_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"webtune/kernels"
	"webtune/model"
)

// benchStep times one ResNet-18 routine at 224×224 on backend b and reports img/s.
func benchStep(b *testing.B, backend kernels.Backend, routine string, batch int) {
	benchStepAt(b, backend, routine, batch, 224)
}

// benchStepAt is benchStep at size×size (the offline demo trains at 64²).
func benchStepAt(b *testing.B, backend kernels.Backend, routine string, batch, size int) {
	cfg := model.Config{Classes: 2, Batch: batch, Height: size, Width: size}
	net, err := model.NewNet(backend, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	if err := net.LoadState(model.InitState(2, 1)); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	px := make([]uint8, batch*size*size*3)
	for i := range px {
		px[i] = uint8(rng.IntN(256))
	}
	labels := make([]int32, batch)
	for i := range labels {
		labels[i] = int32(i % 2)
	}
	if err := net.SetPixels(px, labels); err != nil {
		b.Fatal(err)
	}
	h := model.Hyper{LR: 0.01, WeightDecay: 0.001}
	if err := net.SetHyper(h, h); err != nil {
		b.Fatal(err)
	}
	if _, err := net.Run(routine); err != nil { // warm-up
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := net.Run(routine); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(batch*b.N)/b.Elapsed().Seconds(), "img/s")
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/step")
}

func benchResNet(b *testing.B, newBackend func(threads int) kernels.Backend) {
	for _, threads := range []int{1, 2} {
		for _, batch := range []int{8, 32} {
			b.Run(fmt.Sprintf("train_batch%d_threads%d", batch, threads), func(b *testing.B) {
				benchStep(b, newBackend(threads), model.RoutineTrain, batch)
			})
		}
		// The head-only step: frozen backbone in eval mode, fc backward and SGD on fc
		// (PyTorch's head-only figure in model/testdata/bench_torch.py).
		b.Run(fmt.Sprintf("train_head_batch32_threads%d", threads), func(b *testing.B) {
			benchStep(b, newBackend(threads), model.RoutineTrainHead, 32)
		})
		b.Run(fmt.Sprintf("eval_batch1_threads%d", threads), func(b *testing.B) {
			benchStep(b, newBackend(threads), model.RoutineEval, 1)
		})
		// The offline demo's step (model.BuiltinDemo: batch 32 at 64²), for the Train
		// page's img/s to be compared with.
		b.Run(fmt.Sprintf("train_64px_batch32_threads%d", threads), func(b *testing.B) {
			benchStepAt(b, newBackend(threads), model.RoutineTrain, 32, 64)
		})
	}
}
