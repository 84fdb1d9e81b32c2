package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"webtune/kernels"
)

// NewBenchNet is the net the step benchmarks time on a backend: ResNet-18 with 2
// classes at batch×size×size, its initial state (seed 1), seeded random pixels,
// alternating labels and SGD settings loaded, ready to run any routine. The ref and
// simd step benchmarks, whose figures the README compares with PyTorch's, both run it.
func NewBenchNet(backend kernels.Backend, batch, size int) (*Net, error) {
	net, err := NewNet(backend, Config{Classes: 2, Batch: batch, Height: size, Width: size})
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(1, 1))
	pixels := make([]uint8, batch*size*size*3)
	for i := range pixels {
		pixels[i] = uint8(rng.IntN(256))
	}
	labels := make([]int32, batch)
	for i := range labels {
		labels[i] = int32(i % 2)
	}
	err = net.LoadState(InitState(2, 1))
	if err == nil {
		err = net.SetPixels(pixels, labels)
	}
	if err == nil {
		err = net.SetHyper(Hyper{LR: 0.01, WeightDecay: 0.001}, Hyper{LR: 0.1, WeightDecay: 0.001})
	}
	if err != nil {
		net.Close()
		return nil, err
	}
	return net, nil
}

// MedianRun runs routine n times (n ≥ 1) and returns the median time of one run
// (medianDuration). model/testdata/bench_torch.py reports
// PyTorch's medians the same way: on a shared machine another tenant stalls a run now
// and then, and a mean would count those stalls on one side only.
func MedianRun(net *Net, routine string, n int) (time.Duration, error) {
	if n < 1 {
		return 0, fmt.Errorf("MedianRun: %d runs of %q; want at least 1", n, routine)
	}
	times := make([]time.Duration, n)
	for i := range times {
		start := time.Now()
		if _, err := net.Run(routine); err != nil {
			return 0, err
		}
		times[i] = time.Since(start)
	}
	return medianDuration(times), nil
}

// medianDuration is the median of ds (not empty; sorted in place): the mean of the
// middle two when there is an even number, as Python's statistics.median takes it.
func medianDuration(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return (ds[(len(ds)-1)/2] + ds[len(ds)/2]) / 2
}
