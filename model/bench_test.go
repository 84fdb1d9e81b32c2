package model

import (
	"testing"

	"webtune/kernels/ref"
)

// benchRoutine measures one routine of a 224x224 net on ref, in images/s: the median
// step (MedianRun), as PyTorch's figures are.
func benchRoutine(b *testing.B, routine string, batch int) {
	net, err := NewBenchNet(ref.New(), batch, 224)
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	b.ResetTimer()
	step, err := MedianRun(net, routine, b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(batch)/step.Seconds(), "img/s")
}

// Full fine-tuning step (forward, backward, SGD on every layer).
func BenchmarkStepFinetune32(b *testing.B) { benchRoutine(b, RoutineTrain, 32) }

// Head-only step with augmentation (frozen backbone forward, fc backward).
func BenchmarkStepHeadOnly32(b *testing.B) { benchRoutine(b, RoutineTrainHead, 32) }

// Inference, batch 1.
func BenchmarkInference1(b *testing.B) { benchRoutine(b, RoutineEval, 1) }
