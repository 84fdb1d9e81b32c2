//go:build js

package simd

import (
	"syscall/js"
	"testing"

	"webtune/kernels"
	"webtune/kernels/kernelstest"
)

// A page without cross-origin isolation has no shared memory: the backend must take
// the unshared build on one thread, say so, and still pass the conformance suite.
// make test-simd runs this with WASM_TESTRUNNER_NOT_ISOLATED=1; on an isolated page it
// skips.
func TestNotIsolatedRunsOnOneThread(t *testing.T) {
	if js.Global().Get("crossOriginIsolated").Bool() {
		t.Skip("the page is cross-origin isolated; run with WASM_TESTRUNNER_NOT_ISOLATED=1")
	}
	p := kernels.NewPlan()
	x, y := p.Alloc("x", kernels.F32, 8), p.Alloc("y", kernels.F32, 8)
	p.AddRoutine("add", kernels.Add{Len: 8, A: x, B: x, Y: y})
	prog, err := NewBrowser(2).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	pool := prog.(*program).h.(*browserHost).pool
	if n := pool.Get("threads").Int(); n != 1 {
		t.Errorf("threads = %d without cross-origin isolation, want 1", n)
	}
	if note := pool.Get("note").String(); note == "" {
		t.Error("no note says why the backend runs on one thread")
	}
	// Chromium hides SharedArrayBuffer itself on such pages.
	if sab := js.Global().Get("SharedArrayBuffer"); sab.Truthy() && pool.Get("memory").Get("buffer").InstanceOf(sab) {
		t.Error("the memory is shared on a page that is not cross-origin isolated")
	}
	kernelstest.Run(t, NewBrowser(2), kernelstest.Options{Short: true})
}
