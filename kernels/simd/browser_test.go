//go:build js

package simd_test

import (
	"testing"

	"webtune/kernels/kernelstest"
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
