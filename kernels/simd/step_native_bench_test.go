//go:build !js

package simd_test

import (
	"testing"

	"webtune/kernels/simd"
)

// BenchmarkResNet18 is a ResNet-18 train step (batch 8 and 32) and a batch-1 eval at
// 224×224 on wazero.
func BenchmarkResNet18(b *testing.B) { benchResNet(b, simd.NewNative) }
