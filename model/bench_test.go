package model

import (
	"math/rand/v2"
	"testing"

	"webtune/kernels/ref"
)

// benchRoutine measures one routine of a batch-32 224x224 net on ref, in images/s.
func benchRoutine(b *testing.B, routine string, batch int) {
	net, err := NewNet(ref.New(), Config{Classes: 2, Batch: batch, Height: 224, Width: 224})
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	if err := net.LoadState(InitState(2, 1)); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	pixels := make([]uint8, batch*224*224*3)
	for i := range pixels {
		pixels[i] = uint8(rng.IntN(256))
	}
	labels := make([]int32, batch)
	for i := range labels {
		labels[i] = int32(i % 2)
	}
	if err := net.SetPixels(pixels, labels); err != nil {
		b.Fatal(err)
	}
	if err := net.SetHyper(Hyper{LR: 0.01, WeightDecay: 0.001}, Hyper{LR: 0.1, WeightDecay: 0.001}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := net.Run(routine); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(batch*b.N)/b.Elapsed().Seconds(), "img/s")
}

// Full fine-tuning step (forward, backward, SGD on every layer).
func BenchmarkStepFinetune32(b *testing.B) { benchRoutine(b, RoutineTrain, 32) }

// Head-only step with augmentation (frozen backbone forward, fc backward).
func BenchmarkStepHeadOnly32(b *testing.B) { benchRoutine(b, RoutineTrainHead, 32) }

// Inference, batch 1.
func BenchmarkInference1(b *testing.B) { benchRoutine(b, RoutineEval, 1) }
