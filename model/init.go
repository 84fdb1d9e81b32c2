package model

import (
	"math"
	"math/rand/v2"
)

// InitState returns a freshly initialized ResNet-18 as torchvision does: convs
// kaiming_normal(fan_out, relu), BN weight 1 and bias 0, running mean 0 and var 1, and fc
// with PyTorch's Linear default U(-1/sqrt(512), 1/sqrt(512)). The seed makes it repeatable.
func InitState(classes int, seed uint64) *StateDict {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	sd := NewStateDict()
	for _, e := range Entries(classes) {
		if e.Kind == BNNumBatches {
			sd.Set(e.Key, I64Scalar(0))
			continue
		}
		sd.Set(e.Key, F32Tensor(initValues(e, rng), e.Shape...))
	}
	return sd
}

func initValues(e Entry, rng *rand.Rand) []float32 {
	v := make([]float32, e.Numel())
	switch e.Kind {
	case ConvWeight:
		fanOut := e.Shape[0] * e.Shape[2] * e.Shape[3]
		std := math.Sqrt(2 / float64(fanOut))
		for i := range v {
			v[i] = float32(rng.NormFloat64() * std)
		}
	case BNWeight, BNRunVar:
		for i := range v {
			v[i] = 1
		}
	case FCWeight, FCBias:
		bound := 1 / math.Sqrt(FeatureDim)
		for i := range v {
			v[i] = float32((2*rng.Float64() - 1) * bound)
		}
	}
	return v
}

// WithNewHead returns sd with fc replaced by a fresh init for a new class count: the
// fine-tuning recipe keeps the pretrained backbone and learns a new output layer.
func WithNewHead(sd *StateDict, classes int, seed uint64) *StateDict {
	fresh := InitState(classes, seed)
	out := NewStateDict()
	for _, key := range sd.Keys {
		if key == "fc.weight" || key == "fc.bias" {
			continue
		}
		out.Set(key, sd.Tensors[key])
	}
	out.Set("fc.weight", fresh.Tensors["fc.weight"])
	out.Set("fc.bias", fresh.Tensors["fc.bias"])
	return out
}
