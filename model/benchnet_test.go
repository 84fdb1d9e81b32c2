package model

import (
	"testing"
	"time"

	"webtune/kernels/ref"
)

func TestMedianDuration(t *testing.T) {
	ms := time.Millisecond
	for _, c := range []struct {
		in   []time.Duration
		want time.Duration
	}{
		{[]time.Duration{7 * ms}, 7 * ms},
		{[]time.Duration{90 * ms, 10 * ms, 30 * ms}, 30 * ms},           // a stall does not count
		{[]time.Duration{40 * ms, 10 * ms, 20 * ms, 900 * ms}, 30 * ms}, // the middle two's mean
	} {
		if got := medianDuration(c.in); got != c.want {
			t.Errorf("medianDuration = %v, want %v", got, c.want)
		}
	}
}

// The benchmarks' net runs every routine they time, and MedianRun refuses no runs.
func TestBenchNet(t *testing.T) {
	net, err := NewBenchNet(ref.New(), 2, 32)
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	for _, r := range []string{RoutineTrain, RoutineTrainHead, RoutineEval} {
		if d, err := MedianRun(net, r, 2); err != nil || d <= 0 {
			t.Errorf("MedianRun(%q) = %v, %v; want a positive time", r, d, err)
		}
	}
	if _, err := MedianRun(net, RoutineEval, 0); err == nil {
		t.Error("MedianRun with 0 runs gave no error")
	}
}
