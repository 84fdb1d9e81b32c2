package simd

import _ "embed"

// The committed kernel modules, written by `go generate ./kernels/simd` with the rest of
// the generated files; module_test.go fails when they differ from a fresh generation.
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
