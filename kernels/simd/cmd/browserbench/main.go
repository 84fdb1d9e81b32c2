// Command browserbench measures the simd kernel module's SGEMM in headless Chromium:
// both builds (mul+add, and relaxed-SIMD FMA where WebAssembly.validate accepts it),
// every register tile, 1 and 2 threads (the page plus workers on one shared memory),
// at 256, 512 and 1024. It prints medians in GFLOP/s, with packing, kernel only, and
// kernel with A read in place (row-major, as the backend does for im2col and Winograd
// matrices). Each GEMM tile takes one column strip (group 1): the microkernel and its
// packing, without the backend's choice of strips per tile.
//
//	go run ./kernels/simd/cmd/browserbench [-sizes 256,512,1024] [-threads 1,2] [-reps 5]
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"webtune/kernels/simd"
	"webtune/wasm/browser"
)

var (
	//go:embed bench.html
	benchHTML []byte
	//go:embed bench.js
	benchJS []byte
	//go:embed worker.js
	workerJS []byte
)

type row struct {
	Build        string  `json:"build"`
	Threads      int     `json:"threads"`
	N            int     `json:"n"`
	Tile         string  `json:"tile"`
	TotalMs      float64 `json:"totalMs"`
	KernelMs     float64 `json:"kernelMs"`
	GFLOPS       float64 `json:"gflops"`
	KernelGFLOPS float64 `json:"kernelGflops"`
	InPlace      float64 `json:"inPlaceGflops"` // A read row-major in place (lda = n), no pack_a
	MaxAbsErr    float64 `json:"maxAbsErr"`
}

type result struct {
	Error               string `json:"error"`
	UserAgent           string `json:"userAgent"`
	CrossOriginIsolated bool   `json:"crossOriginIsolated"`
	HardwareConcurrency int    `json:"hardwareConcurrency"`
	RelaxedValid        bool   `json:"relaxedValid"`
	Rows                []row  `json:"rows"`
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || v < 1 {
			return nil, fmt.Errorf("%q is not a list of positive integers", s)
		}
		out = append(out, v)
	}
	return out, nil
}

func main() {
	sizes := flag.String("sizes", "256,512,1024", "matrix sizes n (n×n×n products)")
	threads := flag.String("threads", "1,2", "thread counts (the page plus workers)")
	reps := flag.Int("reps", 5, "timed runs per case (the median is reported)")
	timeout := flag.Duration("timeout", 5*time.Minute, "give up after this long")
	flag.Parse()
	if err := run(*sizes, *threads, *reps, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "browserbench:", err)
		os.Exit(1)
	}
}

func run(sizesFlag, threadsFlag string, reps int, timeout time.Duration) error {
	sizes, err := ints(sizesFlag)
	if err != nil {
		return fmt.Errorf("-sizes: %w", err)
	}
	threads, err := ints(threadsFlag)
	if err != nil {
		return fmt.Errorf("-threads: %w", err)
	}
	tiles := simd.TileNames()
	layout, calls, err := benchCalls(sizes, tiles)
	if err != nil {
		return err
	}
	config, _ := json.Marshal(map[string]any{"sizes": sizes, "threads": threads, "reps": reps, "tiles": tiles,
		"layout": layout, "calls": calls})

	mux := http.NewServeMux()
	static := func(path, ctype string, body []byte) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			// Cross-origin isolation makes SharedArrayBuffer (a shared memory) available.
			w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
			w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
			w.Header().Set("Content-Type", ctype)
			w.Write(body)
		})
	}
	static("/{$}", "text/html; charset=utf-8", benchHTML)
	static("/bench.js", "text/javascript", benchJS)
	static("/worker.js", "text/javascript", workerJS)
	static("/config", "application/json", config)
	static("/kernels.wasm", "application/wasm", simd.Module(false))
	static("/kernels_relaxed.wasm", "application/wasm", simd.Module(true))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	tab, stop, err := browser.Start(ctx)
	if err != nil {
		return err
	}
	defer stop()
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL)); err != nil {
		return fmt.Errorf("loading %s: %w", srv.URL, err)
	}
	res, err := chromedp.Run(tab, chromedp.Evaluate[result]("window.benchResult", chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("running the benchmark page: %w", err)
	}
	if res.Error != "" {
		return fmt.Errorf("benchmark page: %s", res.Error)
	}
	fmt.Printf("Chromium: %s\ncrossOriginIsolated %v, hardwareConcurrency %d, relaxed SIMD valid %v\n",
		res.UserAgent, res.CrossOriginIsolated, res.HardwareConcurrency, res.RelaxedValid)
	sort.SliceStable(res.Rows, func(i, j int) bool { return res.Rows[i].N < res.Rows[j].N })
	fmt.Printf("%-8s %7s %5s %5s %12s %12s %12s %10s\n", "build", "threads", "n", "tile", "GFLOP/s", "kernel only", "A in place", "max err")
	var wrong []string
	for _, r := range res.Rows {
		fmt.Printf("%-8s %7d %5d %5s %12.1f %12.1f %12.1f %10.2g\n", r.Build, r.Threads, r.N, r.Tile, r.GFLOPS, r.KernelGFLOPS, r.InPlace, r.MaxAbsErr)
		// Entries are dot products of n terms in [-0.25, 0.25]; float32 rounding stays
		// far below 1e-3, a wrong index or a lost tile does not.
		if !(r.MaxAbsErr <= 1e-3) {
			wrong = append(wrong, fmt.Sprintf("%s %d threads n=%d tile %s: error %g", r.Build, r.Threads, r.N, r.Tile, r.MaxAbsErr))
		}
	}
	if len(wrong) > 0 {
		return fmt.Errorf("wrong products in the browser:\n%s", strings.Join(wrong, "\n"))
	}
	return nil
}

// call is one export call as the page makes it: [fn, args, scratch index].
type call [3]any

// benchCalls lays out the page's memory (A and B random n×n for the largest n, C, and
// the packed panels and strips) and builds, per "n/tile", the pack_a, pack_b and gemm
// calls by parameter name (simd.ExportArgs), so the page never repeats an export's
// argument order.
func benchCalls(sizes []int, tiles []string) (map[string]float64, map[string][]call, error) {
	maxN := 0
	for _, n := range sizes {
		maxN = max(maxN, n)
	}
	mat, pad := float64(4*maxN*maxN), float64(4*16*maxN)
	a := 65536.0
	b, c := a+mat, a+2*mat
	pa := c + mat
	pb := pa + mat + pad
	scratch := 64.0 // the module's control area ends at 64
	layout := map[string]float64{"a": a, "b": b, "c": c, "end": pb + mat + pad, "scratchBytes": simd.ScratchBytes}
	calls := map[string][]call{}
	for _, n := range sizes {
		for _, tile := range tiles {
			var mr, nr int
			if _, err := fmt.Sscanf(tile, "%dx%d", &mr, &nr); err != nil {
				return nil, nil, fmt.Errorf("tile %q: %v", tile, err)
			}
			f := float64(n)
			var list []call
			for _, k := range []struct {
				fn    string
				named map[string]float64
			}{
				{"pack_a", map[string]float64{"src": a, "M": f, "K": f, "rs": f, "cs": 1, "MR": float64(mr), "dst": pa}},
				{"pack_b", map[string]float64{"src": b, "K": f, "N": f, "rs": f, "cs": 1, "NR": float64(nr), "dst": pb}},
				{"gemm_" + tile, map[string]float64{"pa": pa, "pb": pb, "c": c, "M": f, "N": f, "K": f, "ldc": f,
					"accumulate": 0, "scratch": scratch, "count": 1, "strideA": 0, "strideB": 0, "strideC": 0,
					"scale": 0, "shift": 0, "res": 0, "relu": 0, "lda": 0, "group": 1, "ldat": 0, "segK": 0, "segBytes": 0}},
				{"gemm_" + tile, map[string]float64{"pa": a, "pb": pb, "c": c, "M": f, "N": f, "K": f, "ldc": f,
					"accumulate": 0, "scratch": scratch, "count": 1, "strideA": 0, "strideB": 0, "strideC": 0,
					"scale": 0, "shift": 0, "res": 0, "relu": 0, "lda": f, "group": 1, "ldat": 0, "segK": 0, "segBytes": 0}},
			} {
				args, si, err := simd.ExportArgs(k.fn, k.named)
				if err != nil {
					return nil, nil, err
				}
				list = append(list, call{k.fn, args, si})
			}
			calls[fmt.Sprintf("%d/%s", n, tile)] = list
		}
	}
	return layout, calls, nil
}
