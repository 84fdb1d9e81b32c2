//go:build !js

package simd

import (
	"fmt"
	"testing"
	"time"

	"webtune/kernels"
)

// BenchmarkSGEMM times an n×n×n product (a Linear op: packing both operands, then the
// tiled GEMM) per register tile and thread count, and reports GFLOP/s.
func BenchmarkSGEMM(b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		for _, threads := range []int{1, 2} {
			for _, t := range gemmTiles {
				b.Run(fmt.Sprintf("n%d/threads%d/%s", n, threads, t), func(b *testing.B) {
					var total time.Duration
					for i := 0; i < b.N; i++ {
						d, err := timeGEMM(t, n, 1, func(p *kernels.Plan, t tile) (kernels.Program, error) {
							return compileNative(p, t, Options{Threads: threads})
						})
						if err != nil {
							b.Fatal(err)
						}
						total += d
					}
					b.ReportMetric(2*float64(n)*float64(n)*float64(n)*float64(b.N)/total.Seconds()/1e9, "GFLOP/s")
				})
			}
		}
	}
}
