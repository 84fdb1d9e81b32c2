//go:build js

package simd_test

import (
	"math/rand/v2"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"webtune/kernels"
	"webtune/kernels/kernelstest"
	"webtune/kernels/ref"
	"webtune/kernels/simd"
)

// The conformance suite inside Chromium (through wasm/testrunner): the kernel module
// on V8, relaxed-SIMD build where validated, on this page's thread and one worker.
func TestConformanceBrowser(t *testing.T) {
	kernelstest.Run(t, simd.NewBrowser(2), kernelstest.Options{Short: true})
}

func TestPackedWeightsFollowUpdatesBrowser(t *testing.T) {
	checkPackedWeightsFollowUpdates(t, simd.NewBrowser(2))
}

// A kernel's refusal on one thread ends the run on both; the pool's parked worker then
// takes the next runs of the same program, which give ref's results again.
func TestRunsAfterARefusalBrowser(t *testing.T) {
	s := kernels.PoolShape{N: 2, H: 9, W: 7, C: 6, Window: 3, Stride: 2, Pad: 1}
	p := kernels.NewPlan()
	x, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("y", kernels.F32, s.YLen())
	idx, dy, dx := p.Alloc("i", kernels.I32, s.YLen()), p.Alloc("dy", kernels.F32, s.YLen()), p.Alloc("dx", kernels.F32, s.XLen())
	p.AddRoutine("fwd", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
	p.AddRoutine("bwd", kernels.MaxPoolBackward{PoolShape: s, DY: dy, Index: idx, DX: dx})
	rng := rand.New(rand.NewPCG(5, 6))
	xs, dys := make([]float32, s.XLen()), make([]float32, s.YLen())
	for i := range xs {
		xs[i] = float32(rng.NormFloat64())
	}
	for i := range dys {
		dys[i] = float32(rng.NormFloat64())
	}
	var progs []kernels.Program
	for _, b := range []kernels.Backend{ref.New(), simd.NewBrowser(2)} {
		prog, err := b.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		defer prog.Close()
		if err := kernels.WriteF32(prog, x, xs); err != nil {
			t.Fatal(err)
		}
		if err := kernels.WriteF32(prog, dy, dys); err != nil {
			t.Fatal(err)
		}
		if err := prog.Run("fwd"); err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog)
	}
	want, got := progs[0], progs[1]
	good, err := kernels.ReadI32(got, idx, s.YLen())
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]int32(nil), good...)
	bad[len(bad)-1] = -3
	if err := kernels.WriteI32(got, idx, bad); err != nil {
		t.Fatal(err)
	}
	if err := got.Run("bwd"); err == nil || !strings.Contains(err.Error(), "index") {
		t.Fatalf("bwd with index %d: got %v, want a refusal naming the index", bad[len(bad)-1], err)
	}
	if err := kernels.WriteI32(got, idx, good); err != nil {
		t.Fatal(err)
	}
	if err := want.Run("bwd"); err != nil {
		t.Fatal(err)
	}
	wantDX, err := kernels.ReadF32(want, dx, s.XLen())
	if err != nil {
		t.Fatal(err)
	}
	for round := range 5 {
		for _, routine := range []string{"fwd", "bwd"} {
			if err := got.Run(routine); err != nil {
				t.Fatalf("round %d, %s after the refusal: %v", round, routine, err)
			}
		}
		gotDX, err := kernels.ReadF32(got, dx, s.XLen())
		if err != nil {
			t.Fatal(err)
		}
		for i := range wantDX {
			if gotDX[i] != wantDX[i] {
				t.Fatalf("round %d: dx[%d] = %v, ref gives %v", round, i, gotDX[i], wantDX[i])
			}
		}
	}
}

// A run lets its thread's message loop run: a compute worker in a long training loop
// must still take the page's pings and its pause and stop requests between runs.
func TestRunsLetMessagesInBrowser(t *testing.T) {
	s := kernels.PoolShape{N: 1, H: 8, W: 8, C: 4, Window: 3, Stride: 2, Pad: 1}
	p := kernels.NewPlan()
	p.AddRoutine("fwd", kernels.MaxPool{PoolShape: s, X: p.Alloc("x", kernels.F32, s.XLen()),
		Y: p.Alloc("y", kernels.F32, s.YLen()), Index: p.Alloc("i", kernels.I32, s.YLen())})
	prog, err := simd.NewBrowser(2).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	got := false
	ch := js.Global().Get("MessageChannel").New()
	handler := js.FuncOf(func(js.Value, []js.Value) any { got = true; return nil })
	defer handler.Release()
	ch.Get("port1").Set("onmessage", handler)
	start := time.Now()
	var posted time.Time
	for run := 0; time.Since(start) < 5*time.Second; run++ {
		if run == 10 { // after the first runs, which may yield anyway
			posted = time.Now()
			ch.Get("port2").Call("postMessage", 0)
		}
		if err := prog.Run("fwd"); err != nil {
			t.Fatal(err)
		}
		if got {
			t.Logf("the message was taken %v after it was posted, after run %d", time.Since(posted).Round(time.Millisecond), run+1)
			return
		}
	}
	t.Fatal("5 s of runs in a row took no message: a loop of runs would shut out the thread's messages")
}
