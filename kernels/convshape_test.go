package kernels

import "testing"

func TestImagesPerChunk(t *testing.T) {
	s := ConvShape{N: 10, H: 8, W: 8, C: 4, K: 2, R: 3, S: 3, Stride: 1, Pad: 1}
	per := s.ColLen() // 64 pixels × 36 taps
	if per != 64*36 {
		t.Fatalf("ColLen = %d, want %d", per, 64*36)
	}
	for _, c := range []struct{ budget, want int }{
		{0, 1},          // nothing fits: still one image per pass
		{per - 1, 1},    // less than one image
		{3*per + 5, 3},  // whole images only
		{100 * per, 10}, // never more than N
		{10 * per, 10},
	} {
		if got := s.ImagesPerChunk(c.budget); got != c.want {
			t.Errorf("ImagesPerChunk(%d) = %d, want %d", c.budget, got, c.want)
		}
	}
	if !(ConvShape{N: 1, H: 2, W: 2, C: 3, K: 4, R: 1, S: 1, Stride: 1}).Pointwise() {
		t.Error("a 1×1 stride-1 unpadded convolution is pointwise")
	}
	if (ConvShape{N: 1, H: 2, W: 2, C: 3, K: 4, R: 1, S: 1, Stride: 2}).Pointwise() {
		t.Error("a strided 1×1 convolution is not pointwise (its col matrix skips pixels)")
	}
}
