package simd

import (
	_ "embed"

	"webtune/kernels/simd/internal/gen"
)

// The committed kernel modules; module_test.go fails when they differ from a fresh
// generation.
var (
	//go:embed kernels.wasm
	kernelsWasm []byte
	//go:embed kernels_relaxed.wasm
	kernelsRelaxedWasm []byte
	//go:embed kernels_unshared.wasm
	kernelsUnsharedWasm []byte
	//go:embed kernels_unshared_relaxed.wasm
	kernelsUnsharedRelaxedWasm []byte
)

// Module returns the kernel module: the relaxed-SIMD build when relaxed is true.
func Module(relaxed bool) []byte {
	if relaxed {
		return kernelsRelaxedWasm
	}
	return kernelsWasm
}

// Files maps the committed module file names to a fresh generation of their contents.
func Files() map[string][]byte {
	return map[string][]byte{
		"kernels.wasm":         gen.Build(false),
		"kernels_relaxed.wasm": gen.Build(true),
		// For pages without cross-origin isolation (no shared memory): one thread.
		"kernels_unshared.wasm":         gen.BuildUnshared(false),
		"kernels_unshared_relaxed.wasm": gen.BuildUnshared(true),
	}
}
