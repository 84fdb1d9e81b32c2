package model

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Prediction is one class of a classification: its index (the fc row) and its softmax
// probability.
type Prediction struct {
	Index int
	Prob  float64
}

// TopK returns the k most probable classes of one image's logits under softmax, most
// probable first (ties by index), computed in float64. The browser's classifier and
// `webtune classify` both use it, so their figures agree.
func TopK(logits []float32, k int) []Prediction {
	mx := math.Inf(-1)
	for _, v := range logits {
		mx = math.Max(mx, float64(v))
	}
	var sum float64
	all := make([]Prediction, len(logits))
	for i, v := range logits {
		p := math.Exp(float64(v) - mx)
		all[i] = Prediction{Index: i, Prob: p}
		sum += p
	}
	for i := range all {
		all[i].Prob /= sum
	}
	slices.SortStableFunc(all, func(a, b Prediction) int { return cmp.Compare(b.Prob, a.Prob) })
	return all[:min(k, len(all))]
}

// EvalImageBytes decodes a JPEG or PNG file held in memory (DecodeImage, with its
// size checks) and applies the test transform at size (EvalImage): the input of one
// classification, the same in the browser worker and in `webtune classify`. name is
// for messages.
func EvalImageBytes(name string, data []byte, size int) ([]uint8, error) {
	img, err := DecodeImage(data, size)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return EvalImage(img, size), nil
}
