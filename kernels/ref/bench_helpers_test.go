package ref

import (
	"testing"
	"time"
)

// flopMeter reports wall-clock GFLOP/s and, where the OS tells CPU time, GFLOP per
// CPU-second (divide by GOMAXPROCS for a per-core figure when nothing else runs).
type flopMeter struct {
	b   *testing.B
	cpu time.Duration
}

func startMeter(b *testing.B) flopMeter {
	b.ResetTimer()
	return flopMeter{b: b, cpu: processCPU()}
}

func (m flopMeter) stop(flopsPerOp float64) {
	m.b.StopTimer()
	total := flopsPerOp * float64(m.b.N)
	m.b.ReportMetric(total/m.b.Elapsed().Seconds()/1e9, "GFLOP/s")
	if cpu := processCPU() - m.cpu; cpu > 0 && m.cpu > 0 {
		m.b.ReportMetric(total/cpu.Seconds()/1e9, "GFLOP/cpu-s")
	}
}
