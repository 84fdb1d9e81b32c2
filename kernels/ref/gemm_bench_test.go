package ref

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func randSlice[T Float](rng *rand.Rand, n int) []T {
	v := make([]T, n)
	for i := range v {
		v[i] = T(rng.Float64()*2 - 1)
	}
	return v
}

// BenchmarkGEMM reports float32 GFLOP/s of C = A·B for square sizes.
func BenchmarkGEMM(b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			a, bb, c := randSlice[float32](rng, n*n), randSlice[float32](rng, n*n), make([]float32, n*n)
			var s gemmScratch[float32]
			m := startMeter(b)
			for i := 0; i < b.N; i++ {
				gemm(&s, c, n, rowMajor(a, n, n), rowMajor(bb, n, n), false)
			}
			m.stop(2 * float64(n) * float64(n) * float64(n))
		})
	}
}
