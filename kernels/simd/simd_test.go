//go:build !js

package simd_test

import (
	"testing"

	"webtune/kernels/kernelstest"
	"webtune/kernels/simd"
)

// The conformance suite against kernels/ref, natively on wazero, with one instance
// and with several sharing the memory (the tile queue under contention), and with
// every GEMM register tile.
func TestConformanceOneThread(t *testing.T) {
	kernelstest.Run(t, simd.NewNativeWith(simd.Options{Threads: 1, Tile: "2x16"}), kernelstest.Options{Short: true})
}

func TestConformanceThreads(t *testing.T) {
	kernelstest.Run(t, simd.NewNativeWith(simd.Options{Threads: 3, Tile: "4x8"}), kernelstest.Options{Short: true})
}
