//go:build !js

package simd

import (
	"bytes"
	"os"
	"testing"
)

// TestModulesFresh fails when a committed module differs from what the generator
// writes now: run `go generate ./kernels/simd` and commit the result.
func TestModulesFresh(t *testing.T) {
	for name, want := range Files() {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale (%d bytes committed, %d generated); run go generate ./kernels/simd", name, len(got), len(want))
		}
	}
	embedded := map[string][]byte{"kernels.wasm": kernelsWasm, "kernels_relaxed.wasm": kernelsRelaxedWasm,
		"kernels_unshared.wasm": kernelsUnsharedWasm, "kernels_unshared_relaxed.wasm": kernelsUnsharedRelaxedWasm}
	if len(embedded) != len(Files()) {
		t.Fatalf("module.go embeds %d modules, the generator writes %d", len(embedded), len(Files()))
	}
	for name, b := range embedded {
		if !bytes.Equal(b, Files()[name]) {
			t.Errorf("the embedded %s differs from a fresh generation; rebuild after go generate ./kernels/simd", name)
		}
	}
	if !bytes.Equal(Module(false), kernelsWasm) || !bytes.Equal(Module(true), kernelsRelaxedWasm) {
		t.Errorf("the embedded modules differ from a fresh generation; rebuild after go generate ./kernels/simd")
	}
	// Generation is deterministic: two builds are byte-identical.
	a, b := Files(), Files()
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s: two generations differ", name)
		}
	}
}
