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

// Tile race: every tile runs the raceShapes products raceRounds times, the tiles
// taking turns, and the least best time wins. The shapes are ResNet-18 convolutions'
// GEMMs at batch 1 (the stem's 147-deep one, a stride-2 layer's, a Winograd product of
// the last stage) and a square 512³ one. Taking turns matters on a shared machine: a
// burst of load slows one run of every tile instead of every run of one. Each tile
// timed 3 times in a row on the 512³ product alone picked 4×8 or 4×16 in 3 of 5
// processes, where 2×16 is faster on every layer in Chromium here; the batch-1 shapes
// without the square one picked 4×16 in 1 of 5; all four picked 2×16 in 10 of 10.
var raceShapes = []struct{ M, N, K int }{{6272, 64, 147}, {784, 128, 576}, {64, 512, 512}, {512, 512, 512}}

const raceRounds = 5

// fastestTile races the GEMM tiles once per process, engine and thread count and
// returns the winner: the best register tile differs by engine (how many vector
// registers its code generator keeps the accumulators in).
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
	best, err := raceTiles(gemmTiles, raceRounds, compile)
	if err != nil {
		return tile{}, err
	}
	tileChoice[key] = best
	if trace {
		fmt.Printf("simd: %s %d threads: GEMM tile %s\n", engine, threads, best)
	}
	return best, nil
}

// raceTiles runs the raceShapes GEMMs with every tile once untimed (an engine that
// compiles in tiers may still be optimizing its code), then rounds timed runs in
// turns, and returns the tile with the least best time.
func raceTiles(ts []tile, rounds int, compile compileFunc) (tile, error) {
	progs := make([]kernels.Program, len(ts))
	defer func() {
		for _, p := range progs {
			if p != nil {
				p.Close()
			}
		}
	}()
	for i, t := range ts {
		p, err := raceProgram(t, compile)
		if err != nil {
			return tile{}, err
		}
		progs[i] = p
		if err := p.Run("mm"); err != nil {
			return tile{}, err
		}
	}
	bestT := make([]time.Duration, len(ts))
	for r := 0; r < rounds; r++ {
		for i, p := range progs {
			start := time.Now()
			if err := p.Run("mm"); err != nil {
				return tile{}, err
			}
			if d := time.Since(start); r == 0 || d < bestT[i] {
				bestT[i] = d
			}
		}
	}
	win := 0
	for i := range ts {
		if bestT[i] < bestT[win] {
			win = i
		}
	}
	return ts[win], nil
}

// raceProgram compiles the raceShapes GEMMs (Linear ops, X read in place) with tile t
// as the routine "mm".
func raceProgram(t tile, compile compileFunc) (kernels.Program, error) {
	p := kernels.NewPlan()
	var ops []kernels.Op
	for i, s := range raceShapes {
		ops = append(ops, linear(p, fmt.Sprint(i), s.M, s.N, s.K))
	}
	p.AddRoutine("mm", ops...)
	return compile(p, t)
}

// linear adds the buffers of an m×n×k GEMM to p and returns it as a Linear op.
func linear(p *kernels.Plan, name string, m, n, k int) kernels.Linear {
	x, w := p.Alloc(name+"x", kernels.F32, m*k), p.Alloc(name+"w", kernels.F32, n*k)
	bias, y := p.Alloc(name+"bias", kernels.F32, n), p.Alloc(name+"y", kernels.F32, m*n)
	return kernels.Linear{N: m, In: k, Out: n, X: x, W: w, Bias: bias, Y: y}
}

// timeGEMM returns the best of reps runs of an n×n×n GEMM with tile t.
func timeGEMM(t tile, n, reps int, compile compileFunc) (time.Duration, error) {
	p := kernels.NewPlan()
	p.AddRoutine("mm", linear(p, "", n, n, n))
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
