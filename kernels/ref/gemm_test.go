package ref

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// naiveMul is the textbook triple loop over logical elements.
func naiveMul(a, b matrix[float64]) []float64 {
	at := func(m matrix[float64], i, j int) float64 {
		if m.trans {
			return m.data[j*m.stride+i]
		}
		return m.data[i*m.stride+j]
	}
	c := make([]float64, a.rows*b.cols)
	for i := 0; i < a.rows; i++ {
		for j := 0; j < b.cols; j++ {
			var s float64
			for p := 0; p < a.cols; p++ {
				s += at(a, i, p) * at(b, p, j)
			}
			c[i*b.cols+j] = s
		}
	}
	return c
}

// TestGEMMMatchesNaive covers every transpose combination, ragged edges (sizes that
// are not multiples of the register tile or the cache blocks), depth beyond one kc
// slice, width beyond one nc slab, and accumulation.
func TestGEMMMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	sizes := [][3]int{{1, 1, 1}, {3, 5, 7}, {4, 4, 4}, {17, 9, 33}, {65, 70, 300}, {130, 3, 2}, {5, nc + 9, 6}}
	var s gemmScratch[float64]
	for _, sz := range sizes {
		m, n, k := sz[0], sz[1], sz[2]
		for _, ta := range []bool{false, true} {
			for _, tb := range []bool{false, true} {
				for _, acc := range []bool{false, true} {
					name := fmt.Sprintf("m%d_n%d_k%d_ta%v_tb%v_acc%v", m, n, k, ta, tb, acc)
					a := rowMajor(randSlice[float64](rng, m*k), m, k)
					if ta {
						a = rowMajor(randSlice[float64](rng, m*k), k, m).t()
					}
					b := rowMajor(randSlice[float64](rng, k*n), k, n)
					if tb {
						b = rowMajor(randSlice[float64](rng, k*n), n, k).t()
					}
					c := randSlice[float64](rng, m*n)
					want := naiveMul(a, b)
					if acc {
						for i := range want {
							want[i] += c[i]
						}
					}
					gemm(&s, c, n, a, b, acc)
					for i := range c {
						if math.Abs(c[i]-want[i]) > 1e-12*float64(k+1) {
							t.Fatalf("%s: C[%d] = %v, want %v", name, i, c[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestGEMMStridedC writes into a sub-block of a wider C and leaves the rest alone.
func TestGEMMStridedC(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 9))
	const m, n, k, ldc = 9, 6, 5, 11
	a := rowMajor(randSlice[float64](rng, m*k), m, k)
	b := rowMajor(randSlice[float64](rng, k*n), k, n)
	c := make([]float64, m*ldc)
	for i := range c {
		c[i] = -7
	}
	var s gemmScratch[float64]
	gemm(&s, c, ldc, a, b, false)
	want := naiveMul(a, b)
	for i := 0; i < m; i++ {
		for j := 0; j < ldc; j++ {
			got := c[i*ldc+j]
			if j >= n {
				if got != -7 {
					t.Fatalf("C[%d,%d] outside the product was changed to %v", i, j, got)
				}
				continue
			}
			if math.Abs(got-want[i*n+j]) > 1e-12 {
				t.Fatalf("C[%d,%d] = %v, want %v", i, j, got, want[i*n+j])
			}
		}
	}
}
