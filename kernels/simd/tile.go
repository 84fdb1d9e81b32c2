package simd

import (
	"fmt"
	"math"
	"os"
	"sync"
	"time"

	"webtune/kernels"
)

// tile is a GEMM register tile: MR rows of A by NR columns of B, exported by the module
// as gemm_<MR>x<NR> (gemmTiles lists them).
type tile struct{ MR, NR int }

func (t tile) String() string { return fmt.Sprintf("%dx%d", t.MR, t.NR) }

// TileNames lists the module's GEMM register tiles, such as "4x8".
func TileNames() []string {
	var out []string
	for _, t := range gemmTiles {
		out = append(out, t.String())
	}
	return out
}

// compileFunc compiles a plan with a given GEMM tile.
type compileFunc func(p *kernels.Plan, t tile) (kernels.Program, error)

// trace, set by SIMD_TRACE=1, prints the GEMM tile chosen and, natively, every kernel
// call (a hang shows its last call).
var trace = os.Getenv("SIMD_TRACE") != ""

var (
	tileMu     sync.Mutex
	tileChoice = map[string]tile{}
)

// parseTile finds the module's tile called s (such as "4x8").
func parseTile(s string) (tile, error) {
	for _, t := range gemmTiles {
		if t.String() == s {
			return t, nil
		}
	}
	return tile{}, fmt.Errorf("simd: no GEMM tile %q; the module has %v", s, gemmTiles)
}

// fastestTile times every GEMM tile once per process, engine and thread count on a
// 512³ product (best of 3) and returns the quickest: the best register tile differs by
// engine. A 256³ product took about half a millisecond on two threads, short enough for
// a thread wake-up to decide the pick on a busy machine.
func fastestTile(engine string, threads int, compile compileFunc) (tile, error) {
	tileMu.Lock()
	defer tileMu.Unlock()
	key := fmt.Sprintf("%s/%d", engine, threads)
	if t, ok := tileChoice[key]; ok {
		return t, nil
	}
	if name := os.Getenv("SIMD_TILE"); name != "" { // a fixed tile, for benchmarks
		return parseTile(name)
	}
	best, bestT := gemmTiles[0], time.Duration(math.MaxInt64)
	for _, t := range gemmTiles {
		d, err := timeGEMM(t, 512, 3, compile)
		if err != nil {
			return tile{}, err
		}
		if d < bestT {
			best, bestT = t, d
		}
	}
	tileChoice[key] = best
	if trace {
		fmt.Printf("simd: %s %d threads: GEMM tile %s\n", engine, threads, best)
	}
	return best, nil
}

// timeGEMM returns the best of reps runs of an n×n×n GEMM (a Linear op) with tile t.
func timeGEMM(t tile, n, reps int, compile compileFunc) (time.Duration, error) {
	p := kernels.NewPlan()
	x, w := p.Alloc("x", kernels.F32, n*n), p.Alloc("w", kernels.F32, n*n)
	bias, y := p.Alloc("bias", kernels.F32, n), p.Alloc("y", kernels.F32, n*n)
	p.AddRoutine("mm", kernels.Linear{N: n, In: n, Out: n, X: x, W: w, Bias: bias, Y: y})
	prog, err := compile(p, t)
	if err != nil {
		return 0, err
	}
	defer prog.Close()
	best := time.Duration(math.MaxInt64)
	for i := 0; i < reps; i++ {
		start := time.Now()
		if err := prog.Run("mm"); err != nil {
			return 0, err
		}
		best = min(best, time.Since(start))
	}
	return best, nil
}
