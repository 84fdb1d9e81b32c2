package model

import (
	"fmt"

	"gorgonia.org/tensor"
)

// StateDict is an ordered set of named tensors in torchvision's layout and names
// (conv weights OIHW, `layer1.0.conv1.weight`, ...). Values are *tensor.Dense of
// float32, except num_batches_tracked entries, which are int64 scalars (shape [] ).
type StateDict struct {
	Keys    []string
	Tensors map[string]*tensor.Dense
}

// NewStateDict returns an empty state dict.
func NewStateDict() *StateDict { return &StateDict{Tensors: map[string]*tensor.Dense{}} }

// Set adds or replaces key, keeping first-insertion order.
func (sd *StateDict) Set(key string, t *tensor.Dense) {
	if _, ok := sd.Tensors[key]; !ok {
		sd.Keys = append(sd.Keys, key)
	}
	sd.Tensors[key] = t
}

// Get returns the tensor under key.
func (sd *StateDict) Get(key string) (*tensor.Dense, bool) {
	t, ok := sd.Tensors[key]
	return t, ok
}

// Float32s returns the float32 data of key, checking its shape.
func (sd *StateDict) Float32s(key string, shape ...int) ([]float32, error) {
	t, ok := sd.Tensors[key]
	if !ok {
		return nil, fmt.Errorf("state dict has no %q", key)
	}
	if !sameShape(t.Shape(), shape) {
		return nil, fmt.Errorf("%q has shape %v, ResNet-18 needs %v", key, []int(t.Shape()), shape)
	}
	v, ok := t.Data().([]float32)
	if !ok {
		return nil, fmt.Errorf("%q is %v, want float32", key, t.Dtype())
	}
	return v, nil
}

// F32Tensor wraps data as a float32 tensor of the given shape (shape [] for a scalar).
func F32Tensor(data []float32, shape ...int) *tensor.Dense {
	if len(shape) == 0 {
		return tensor.New(tensor.FromScalar(data[0]))
	}
	return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(data))
}

// I64Scalar wraps v as an int64 scalar tensor (num_batches_tracked).
func I64Scalar(v int64) *tensor.Dense { return tensor.New(tensor.FromScalar(v)) }

func sameShape(have tensor.Shape, want []int) bool {
	if len(have) != len(want) {
		return len(want) == 0 && have.TotalSize() == 1 && len(have) <= 1
	}
	for i := range have {
		if have[i] != want[i] {
			return false
		}
	}
	return true
}

// I64Tensor wraps int64 data (labels) with a shape.
func I64Tensor(data []int64, shape ...int) *tensor.Dense {
	return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(data))
}
