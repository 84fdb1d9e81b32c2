//go:build !js

package simd_test

import (
	"testing"

	"webtune/kernels/simd"
)

func TestPackedWeightsFollowUpdatesNative(t *testing.T) {
	checkPackedWeightsFollowUpdates(t, simd.NewNativeWith(simd.Options{Threads: 2, Tile: "4x8"}))
}
