package kernelstest

import (
	"fmt"

	"webtune/kernels"
)

// Tolerances, relative to the largest magnitude of the reference's output buffer.
// float32 has a unit roundoff of 6e-8. A backend may sum in any order, use fused
// multiply-add, or multiply by a reciprocal instead of dividing, so results differ
// from the reference by rounding only:
//   - reductions over many terms (convolutions, linear layers: up to 25k terms for the
//     stem's filter gradient; batch-norm statistics over up to 25k rows; the average
//     pool): the error of a float32 sum of n terms grows like sqrt(n)·6e-8 times the
//     terms, which stays below 1e-5 of the output's range for these sizes; worst-case
//     orderings can reach a few 1e-5, so tolReduce = 1e-4 accepts every honest order
//     while an indexing bug (a wrong tap, a missing term) is off by a whole term, ≥ 1e-2.
//   - elementwise ops (ReLU backward, add, SGD, input normalization, the max pool's
//     copied winner): a few roundings per element; tolElementwise = 1e-6.
//   - softmax cross-entropy: exp/log in float32 with a max subtracted, a few ulps of the
//     log-sum-exp; tolSoftmax = 1e-5.
//   - integer outputs (max-pool indices, the correct count) must match exactly.
//
// Measured (TestFloat64WithinTolerance, float64 ref against float32 ref on every case,
// and the 224x224 shapes once by hand): the worst reduction differs by 1.5e-2 of its
// tolerance (1.5e-6 relative), the worst elementwise op by 0.12 (1.2e-7, SGD over
// three steps), so an honest float32 backend has a margin of about 8x and more.
const (
	tolReduce      = 1e-4
	tolElementwise = 1e-6
	tolSoftmax     = 1e-5
)

// tolerance returns the allowed relative error of operand u written by op (0: exact).
func tolerance(op kernels.Op, u kernels.Operand) float64 {
	if u.DType != kernels.F32 {
		return 0
	}
	switch op.(type) {
	case kernels.Conv2D, kernels.Conv2DBackwardData, kernels.Conv2DBackwardFilter,
		kernels.Linear, kernels.LinearBackward, kernels.BatchNorm, kernels.BatchNormBackward,
		kernels.GlobalAvgPool:
		return tolReduce
	case kernels.SoftmaxCrossEntropy:
		return tolSoftmax
	case kernels.MaxPool:
		return 0 // the winner is copied, so the value is exact
	}
	return tolElementwise
}

// describe names an op and its shape for failure messages.
func describe(op kernels.Op) string {
	switch o := op.(type) {
	case kernels.Conv2D:
		return fmt.Sprintf("conv2d %s", convString(o.ConvShape))
	case kernels.Conv2DBackwardData:
		return fmt.Sprintf("conv2d_bwd_data %s", convString(o.ConvShape))
	case kernels.Conv2DBackwardFilter:
		return fmt.Sprintf("conv2d_bwd_filter %s", convString(o.ConvShape))
	case kernels.BatchNorm:
		return fmt.Sprintf("batchnorm rows=%d C=%d train=%v relu=%v residual=%v", o.Rows, o.C, o.Train, o.ReLU, o.Residual != kernels.NoBuf)
	case kernels.BatchNormBackward:
		return fmt.Sprintf("batchnorm_bwd rows=%d C=%d", o.Rows, o.C)
	case kernels.MaxPool:
		return fmt.Sprintf("maxpool %s", poolString(o.PoolShape))
	case kernels.MaxPoolBackward:
		return fmt.Sprintf("maxpool_bwd %s", poolString(o.PoolShape))
	case kernels.GlobalAvgPool:
		return fmt.Sprintf("avgpool N=%d HW=%d C=%d", o.N, o.HW, o.C)
	case kernels.GlobalAvgPoolBackward:
		return fmt.Sprintf("avgpool_bwd N=%d HW=%d C=%d", o.N, o.HW, o.C)
	case kernels.Linear:
		return fmt.Sprintf("linear N=%d In=%d Out=%d", o.N, o.In, o.Out)
	case kernels.LinearBackward:
		return fmt.Sprintf("linear_bwd N=%d In=%d Out=%d dx=%v", o.N, o.In, o.Out, o.DX != kernels.NoBuf)
	case kernels.SoftmaxCrossEntropy:
		return fmt.Sprintf("softmax_xent N=%d classes=%d", o.N, o.Classes)
	case kernels.InputNormalize:
		return fmt.Sprintf("input N=%d H=%d W=%d", o.N, o.H, o.W)
	case kernels.ReLUBackward:
		return fmt.Sprintf("relu_bwd len=%d inplace=%v", o.Len, o.DX == o.DY)
	case kernels.Add:
		return fmt.Sprintf("add len=%d", o.Len)
	case kernels.SGD:
		return fmt.Sprintf("sgd len=%d momentum-buffer=%v", o.Len, o.Velocity != kernels.NoBuf)
	}
	return op.Kind()
}

func convString(s kernels.ConvShape) string {
	return fmt.Sprintf("N=%d H=%d W=%d C=%d K=%d %dx%d stride=%d pad=%d", s.N, s.H, s.W, s.C, s.K, s.R, s.S, s.Stride, s.Pad)
}

func poolString(s kernels.PoolShape) string {
	return fmt.Sprintf("N=%d H=%d W=%d C=%d window=%d stride=%d pad=%d", s.N, s.H, s.W, s.C, s.Window, s.Stride, s.Pad)
}
