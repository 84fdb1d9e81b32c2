//go:build js

package webgpu

import (
	"testing"

	"webtune/kernels/kernelstest"
)

// TestConformance is the suite every backend passes against ref, with the ResNet-18
// layer shapes at 32x32 (SwiftShader is slow).
func TestConformance(t *testing.T) {
	kernelstest.Run(t, backend(t), kernelstest.Options{Short: true})
}
