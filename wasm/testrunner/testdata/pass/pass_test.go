// Package pass is a wasm test that passes, for the test runner's own tests.
package pass

import (
	"syscall/js"
	"testing"
)

func TestInBrowser(t *testing.T) {
	// A real browser global, so the test proves it ran in the page.
	if js.Global().Get("document").IsUndefined() {
		t.Fatal("no document: not running in a browser page")
	}
	if !js.Global().Get("crossOriginIsolated").Bool() {
		t.Fatal("page is not cross-origin isolated")
	}
	t.Log("marker-pass-ran")
}
