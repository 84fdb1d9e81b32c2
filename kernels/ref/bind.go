package ref

import (
	"fmt"
	"reflect"

	"webtune/kernels"
)

// bind checks op's shape beyond what Plan.Validate covers and returns it bound to
// this program's slices.
func (p *program[T]) bind(op kernels.Op) (step, error) {
	if v := reflect.ValueOf(op); v.Kind() == reflect.Pointer && !v.IsNil() {
		if o, ok := v.Elem().Interface().(kernels.Op); ok {
			op = o // a plan may hold *kernels.Conv2D as well as kernels.Conv2D
		}
	}
	switch o := op.(type) {
	case kernels.Conv2D:
		return p.bindConv(o)
	case kernels.Conv2DBackwardData:
		return p.bindConvData(o)
	case kernels.Conv2DBackwardFilter:
		return p.bindConvFilter(o)
	case kernels.BatchNorm:
		return p.bindBatchNorm(o)
	case kernels.BatchNormBackward:
		return p.bindBatchNormBackward(o)
	case kernels.ReLUBackward:
		return p.bindReLUBackward(o)
	case kernels.Add:
		return p.bindAdd(o)
	case kernels.MaxPool:
		return p.bindMaxPool(o)
	case kernels.MaxPoolBackward:
		return p.bindMaxPoolBackward(o)
	case kernels.GlobalAvgPool:
		return p.bindAvgPool(o)
	case kernels.GlobalAvgPoolBackward:
		return p.bindAvgPoolBackward(o)
	case kernels.Linear:
		return p.bindLinear(o)
	case kernels.LinearBackward:
		return p.bindLinearBackward(o)
	case kernels.SoftmaxCrossEntropy:
		return p.bindSoftmaxXent(o)
	case kernels.SGD:
		return p.bindSGD(o)
	case kernels.InputNormalize:
		return p.bindInputNormalize(o)
	}
	return nil, fmt.Errorf("the ref backend has no kernel for op %T; add one to kernels/ref/bind.go", op)
}
