package simd_test

import (
	"fmt"
	"testing"

	"webtune/kernels"
	"webtune/model"
)

// benchStep times one ResNet-18 routine at 224×224 on backend b and reports img/s.
func benchStep(b *testing.B, backend kernels.Backend, routine string, batch int) {
	benchStepAt(b, backend, routine, batch, 224)
}

// benchStepAt is benchStep at size×size (the offline demo trains at 64²). img/s and
// ms/step are of the median step (model.MedianRun), as PyTorch's figures in
// model/testdata/bench_torch.py are; ns/op stays Go's mean.
func benchStepAt(b *testing.B, backend kernels.Backend, routine string, batch, size int) {
	net, err := model.NewBenchNet(backend, batch, size)
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	if _, err := net.Run(routine); err != nil { // warm-up
		b.Fatal(err)
	}
	b.ResetTimer()
	step, err := model.MedianRun(net, routine, b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(batch)/step.Seconds(), "img/s")
	b.ReportMetric(step.Seconds()*1000, "ms/step")
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
