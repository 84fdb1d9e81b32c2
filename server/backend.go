package main

import (
	"fmt"
	"runtime"

	"webtune/kernels"
	"webtune/kernels/ref"
	"webtune/kernels/simd"
)

// nativeBackend returns the backend named by a -backend flag: ref (pure Go) or simd
// (the WebAssembly SIMD kernel module on wazero, one instance per core).
func nativeBackend(name string) (kernels.Backend, error) {
	switch name {
	case "ref":
		return ref.New(), nil
	case "simd":
		return simd.NewNative(runtime.GOMAXPROCS(0)), nil
	}
	return nil, fmt.Errorf("unknown backend %q (native backends: ref, simd)", name)
}
