//go:build linux || darwin

package ref

import (
	"syscall"
	"time"
)

// processCPU is the user+system CPU time of this process so far. Benchmarks report
// GFLOP per CPU-second beside wall-clock GFLOP/s, because on a shared machine the
// wall clock measures the neighbours as much as the code.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
