//go:build js

package webgpu

import (
	"testing"

	"webtune/kernels/kernelstest"
)

// TestConformance is the suite every backend passes against ref, with the ResNet-18
// layer shapes at 64x64, batch 2: those of TestResNet18TrainStep, which then finds
// most of its convolution pipelines compiled (SwiftShader takes seconds for each).
func TestConformance(t *testing.T) {
	kernelstest.Run(t, backend(t), kernelstest.Options{Short: true, ShortSize: 64})
}
