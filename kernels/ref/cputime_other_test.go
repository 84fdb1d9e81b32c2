//go:build !(linux || darwin)

package ref

import "time"

// processCPU is unknown here; benchmarks then skip the per-CPU-second figure.
func processCPU() time.Duration { return 0 }
