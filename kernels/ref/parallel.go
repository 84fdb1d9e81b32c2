package ref

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers is how many goroutines an op splits its work over.
func workers() int { return runtime.GOMAXPROCS(0) }

// parallelFor splits [0, n) into at most workers() contiguous chunks of at least
// grain items and runs body on each concurrently. Small loops run inline, because a
// goroutine costs more than a few thousand flops.
func parallelFor(n, grain int, body func(lo, hi int)) {
	if n <= 0 {
		return
	}
	parts := min(workers(), (n+grain-1)/max(grain, 1))
	if parts <= 1 {
		body(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		lo, hi := p*n/parts, (p+1)*n/parts
		wg.Add(1)
		go func() {
			defer wg.Done()
			body(lo, hi)
		}()
	}
	wg.Wait()
}

// parallelTasks runs task(worker, i) for every i in [0, n), handing tasks out
// dynamically to workers() goroutines (tasks may take uneven time). worker is in
// [0, workers()) and lets a task use per-worker scratch space.
func parallelTasks(n int, task func(worker, i int)) {
	w := min(workers(), n)
	if w <= 1 {
		for i := 0; i < n; i++ {
			task(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for id := 0; id < w; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				task(id, i)
			}
		}()
	}
	wg.Wait()
}
