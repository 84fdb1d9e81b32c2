package kernels

import "fmt"

// The ops of a plan. Each is a plain struct: a shape plus the buffers it reads and
// writes. Activations are channels-last (NHWC); convolution filters are stored OHWI
// ([K][R][S][C]); fully connected weights are [Out][In] as in torchvision. Every op
// overwrites its outputs (nothing accumulates) unless its doc says otherwise.

// Op is one step of a routine.
type Op interface {
	// Kind is a short stable name, used in errors, logs and kernel caches.
	Kind() string
	// Operands lists every buffer the op touches, with the dtype and length its shape needs.
	Operands() []Operand
}

// Operand is one buffer use of an op.
type Operand struct {
	Role     string // e.g. "x", "w", "dy"
	Buf      Buf
	DType    DType
	Len      int
	Written  bool
	Optional bool // Buf may be NoBuf
}

func in(role string, b Buf, dt DType, n int) Operand {
	return Operand{Role: role, Buf: b, DType: dt, Len: n}
}
func out(role string, b Buf, dt DType, n int) Operand {
	return Operand{Role: role, Buf: b, DType: dt, Len: n, Written: true}
}
func opt(o Operand) Operand { o.Optional = true; return o }

// ConvShape is a 2-D convolution: input N×H×W×C, K filters of R×S×C, square stride and
// zero padding, no bias, no dilation, no groups.
type ConvShape struct {
	N, H, W, C  int
	K, R, S     int
	Stride, Pad int
}

// Check rejects shapes the op definition does not cover; Plan.Validate runs it, so no
// backend sees such a shape.
func (s ConvShape) Check() error {
	switch {
	case s.N < 1 || s.H < 1 || s.W < 1 || s.C < 1 || s.K < 1 || s.R < 1 || s.S < 1:
		return fmt.Errorf("conv shape %+v: every size must be at least 1", s)
	case s.Stride < 1 || s.Pad < 0:
		return fmt.Errorf("conv shape %+v: stride must be at least 1 and pad non-negative", s)
	case s.H+2*s.Pad < s.R || s.W+2*s.Pad < s.S:
		return fmt.Errorf("conv shape %+v: the %dx%d filter is larger than the padded %dx%d input", s, s.R, s.S, s.H+2*s.Pad, s.W+2*s.Pad)
	}
	return nil
}

// OutH is the output height.
func (s ConvShape) OutH() int { return (s.H+2*s.Pad-s.R)/s.Stride + 1 }

// OutW is the output width.
func (s ConvShape) OutW() int { return (s.W+2*s.Pad-s.S)/s.Stride + 1 }

// Pointwise reports whether the convolution is 1×1 at stride 1 without padding: X is
// then its own im2col matrix.
func (s ConvShape) Pointwise() bool { return s.R == 1 && s.S == 1 && s.Stride == 1 && s.Pad == 0 }

// ColLen is the element count of one image's im2col matrix: a row per output pixel, a
// column per filter tap (r, s, c).
func (s ConvShape) ColLen() int { return s.OutH() * s.OutW() * s.R * s.S * s.C }

// ImagesPerChunk is how many images one im2col pass covers when its matrix may hold
// at most budget elements: as many as fit, at least 1, at most N. Backends run a
// convolution chunk by chunk so the GEMMs see many rows while the workspace stays
// bounded.
func (s ConvShape) ImagesPerChunk(budget int) int { return max(1, min(s.N, budget/s.ColLen())) }

// XLen, WLen and YLen are the element counts of input, filter and output.
func (s ConvShape) XLen() int { return s.N * s.H * s.W * s.C }
func (s ConvShape) WLen() int { return s.K * s.R * s.S * s.C }
func (s ConvShape) YLen() int { return s.N * s.OutH() * s.OutW() * s.K }

// FLOPs is the multiply-add count ×2 of one forward pass (the same for each backward).
func (s ConvShape) FLOPs() float64 {
	return 2 * float64(s.N) * float64(s.OutH()*s.OutW()) * float64(s.K) * float64(s.R*s.S*s.C)
}

// Conv2D: Y[n,oh,ow,k] = Σ_{r,s,c} X[n, oh*stride-pad+r, ow*stride-pad+s, c] · W[k,r,s,c].
type Conv2D struct {
	ConvShape
	X, W, Y Buf
}

func (o Conv2D) Kind() string { return "conv2d" }
func (o Conv2D) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.XLen()), in("w", o.W, F32, o.WLen()), out("y", o.Y, F32, o.YLen())}
}

// Conv2DBackwardData: DX = ∂L/∂X given DY = ∂L/∂Y and W.
type Conv2DBackwardData struct {
	ConvShape
	DY, W, DX Buf
}

func (o Conv2DBackwardData) Kind() string { return "conv2d_bwd_data" }
func (o Conv2DBackwardData) Operands() []Operand {
	return []Operand{in("dy", o.DY, F32, o.YLen()), in("w", o.W, F32, o.WLen()), out("dx", o.DX, F32, o.XLen())}
}

// Conv2DBackwardFilter: DW = ∂L/∂W given X and DY.
type Conv2DBackwardFilter struct {
	ConvShape
	X, DY, DW Buf
}

func (o Conv2DBackwardFilter) Kind() string { return "conv2d_bwd_filter" }
func (o Conv2DBackwardFilter) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.XLen()), in("dy", o.DY, F32, o.YLen()), out("dw", o.DW, F32, o.WLen())}
}

// BatchNorm normalizes X ([Rows][C], Rows = N·H·W) per channel, then optionally adds
// Residual and applies ReLU: Y = relu?(γ·(X-μ)·invstd + β + residual?).
//
// Train: μ and σ² are the batch mean and biased variance over Rows; invstd =
// 1/sqrt(σ²+Eps); SaveMean and SaveInvStd receive μ and invstd for the backward pass;
// RunMean = (1-Momentum)·RunMean + Momentum·μ and RunVar = (1-Momentum)·RunVar +
// Momentum·σ²·Rows/(Rows-1) (unbiased), as PyTorch.
// Eval (Train false): μ = RunMean, invstd = 1/sqrt(RunVar+Eps); nothing else is written
// and SaveMean/SaveInvStd may be NoBuf.
type BatchNorm struct {
	Rows, C                         int
	Train                           bool
	ReLU                            bool
	Eps, Momentum                   float32
	X, Gamma, Beta, RunMean, RunVar Buf
	SaveMean, SaveInvStd            Buf
	Residual                        Buf // optional, [Rows][C]
	Y                               Buf
}

func (o BatchNorm) Kind() string { return "batchnorm" }
func (o BatchNorm) Operands() []Operand {
	n, c := o.Rows*o.C, o.C
	ops := []Operand{
		in("x", o.X, F32, n), in("gamma", o.Gamma, F32, c), in("beta", o.Beta, F32, c),
		opt(in("residual", o.Residual, F32, n)), out("y", o.Y, F32, n),
	}
	if o.Train {
		return append(ops, out("run_mean", o.RunMean, F32, c), out("run_var", o.RunVar, F32, c),
			out("save_mean", o.SaveMean, F32, c), out("save_invstd", o.SaveInvStd, F32, c))
	}
	return append(ops, in("run_mean", o.RunMean, F32, c), in("run_var", o.RunVar, F32, c))
}

// BatchNormBackward is the train-mode backward of the normalization (without the
// residual and ReLU, which have their own backward ops): with x̂ = (X-μ)·invstd,
// DGamma = Σ DY·x̂, DBeta = Σ DY, DX = γ·invstd·(DY - mean(DY) - x̂·mean(DY·x̂)).
type BatchNormBackward struct {
	Rows, C                            int
	X, DY, Gamma, SaveMean, SaveInvStd Buf
	DX, DGamma, DBeta                  Buf
}

func (o BatchNormBackward) Kind() string { return "batchnorm_bwd" }
func (o BatchNormBackward) Operands() []Operand {
	n, c := o.Rows*o.C, o.C
	return []Operand{
		in("x", o.X, F32, n), in("dy", o.DY, F32, n), in("gamma", o.Gamma, F32, c),
		in("save_mean", o.SaveMean, F32, c), in("save_invstd", o.SaveInvStd, F32, c),
		out("dx", o.DX, F32, n), out("dgamma", o.DGamma, F32, c), out("dbeta", o.DBeta, F32, c),
	}
}

// ReLUBackward: DX = DY where Y > 0, else 0. Y is the ReLU's output. DX may be DY.
type ReLUBackward struct {
	Len       int
	Y, DY, DX Buf
}

func (o ReLUBackward) Kind() string { return "relu_bwd" }
func (o ReLUBackward) Operands() []Operand {
	return []Operand{in("y", o.Y, F32, o.Len), in("dy", o.DY, F32, o.Len), out("dx", o.DX, F32, o.Len)}
}

// Add: Y = A + B elementwise. Y may be A or B.
type Add struct {
	Len     int
	A, B, Y Buf
}

func (o Add) Kind() string { return "add" }
func (o Add) Operands() []Operand {
	return []Operand{in("a", o.A, F32, o.Len), in("b", o.B, F32, o.Len), out("y", o.Y, F32, o.Len)}
}

// PoolShape is a max pool over N×H×W×C with a square window, stride and padding
// (padding never wins: it is -inf).
type PoolShape struct {
	N, H, W, C          int
	Window, Stride, Pad int
}

// Check rejects pool shapes the op definition does not cover (Plan.Validate runs it).
func (s PoolShape) Check() error {
	switch {
	case s.N < 1 || s.H < 1 || s.W < 1 || s.C < 1 || s.Window < 1 || s.Stride < 1:
		return fmt.Errorf("pool shape %+v: sizes, window and stride must be at least 1", s)
	case s.Pad < 0 || 2*s.Pad > s.Window:
		return fmt.Errorf("pool shape %+v: pad must be between 0 and half the window, so every window holds a real input", s)
	case s.H+2*s.Pad < s.Window || s.W+2*s.Pad < s.Window:
		return fmt.Errorf("pool shape %+v: the window is larger than the padded input", s)
	}
	return nil
}

func (s PoolShape) OutH() int { return (s.H+2*s.Pad-s.Window)/s.Stride + 1 }
func (s PoolShape) OutW() int { return (s.W+2*s.Pad-s.Window)/s.Stride + 1 }
func (s PoolShape) XLen() int { return s.N * s.H * s.W * s.C }
func (s PoolShape) YLen() int { return s.N * s.OutH() * s.OutW() * s.C }

// MaxPool: Y is the window maximum; Index receives, per output, the flat NHWC index into
// X of the winner: the first maximum in row-major window order (PyTorch's choice).
type MaxPool struct {
	PoolShape
	X, Y, Index Buf
}

func (o MaxPool) Kind() string { return "maxpool" }
func (o MaxPool) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.XLen()), out("y", o.Y, F32, o.YLen()), out("index", o.Index, I32, o.YLen())}
}

// MaxPoolBackward: DX[i] = Σ DY[j] over outputs j whose Index[j] == i.
type MaxPoolBackward struct {
	PoolShape
	DY, Index, DX Buf
}

func (o MaxPoolBackward) Kind() string { return "maxpool_bwd" }
func (o MaxPoolBackward) Operands() []Operand {
	return []Operand{in("dy", o.DY, F32, o.YLen()), in("index", o.Index, I32, o.YLen()), out("dx", o.DX, F32, o.XLen())}
}

// GlobalAvgPool: Y[n,c] = mean over HW of X[n,hw,c].
type GlobalAvgPool struct {
	N, HW, C int
	X, Y     Buf
}

func (o GlobalAvgPool) Kind() string { return "avgpool" }
func (o GlobalAvgPool) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.N*o.HW*o.C), out("y", o.Y, F32, o.N*o.C)}
}

// GlobalAvgPoolBackward: DX[n,hw,c] = DY[n,c] / HW.
type GlobalAvgPoolBackward struct {
	N, HW, C int
	DY, DX   Buf
}

func (o GlobalAvgPoolBackward) Kind() string { return "avgpool_bwd" }
func (o GlobalAvgPoolBackward) Operands() []Operand {
	return []Operand{in("dy", o.DY, F32, o.N*o.C), out("dx", o.DX, F32, o.N*o.HW*o.C)}
}

// Linear: Y[n,o] = Σ_i X[n,i]·W[o,i] + Bias[o].
type Linear struct {
	N, In, Out    int
	X, W, Bias, Y Buf
}

func (o Linear) Kind() string { return "linear" }
func (o Linear) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.N*o.In), in("w", o.W, F32, o.Out*o.In),
		in("bias", o.Bias, F32, o.Out), out("y", o.Y, F32, o.N*o.Out)}
}

// LinearBackward: DW = DYᵀ·X, DBias = Σ_n DY, and, when DX is set, DX = DY·W.
type LinearBackward struct {
	N, In, Out    int
	X, W, DY      Buf
	DX, DW, DBias Buf
}

func (o LinearBackward) Kind() string { return "linear_bwd" }
func (o LinearBackward) Operands() []Operand {
	return []Operand{in("x", o.X, F32, o.N*o.In), in("w", o.W, F32, o.Out*o.In), in("dy", o.DY, F32, o.N*o.Out),
		opt(out("dx", o.DX, F32, o.N*o.In)), out("dw", o.DW, F32, o.Out*o.In), out("dbias", o.DBias, F32, o.Out)}
}

// SoftmaxCrossEntropy over Logits [N][Classes] with Labels (int32; a negative label marks
// a padding row that counts nowhere). V = number of valid rows. Loss[0] = mean over
// valid rows of -log softmax(logits)[label] (0 when V = 0); Correct[0] = number of valid
// rows whose first maximal logit is at the label; DLogits (optional) = (softmax -
// onehot)/V on valid rows, 0 on padding rows.
type SoftmaxCrossEntropy struct {
	N, Classes     int
	Logits, Labels Buf
	DLogits        Buf
	Loss, Correct  Buf
}

func (o SoftmaxCrossEntropy) Kind() string { return "softmax_xent" }
func (o SoftmaxCrossEntropy) Operands() []Operand {
	n := o.N * o.Classes
	return []Operand{in("logits", o.Logits, F32, n), in("labels", o.Labels, I32, o.N),
		opt(out("dlogits", o.DLogits, F32, n)), out("loss", o.Loss, F32, 1), out("correct", o.Correct, I32, 1)}
}

// SGD updates Param in place from Grad with Hyper = [lr, weight_decay, momentum]
// (a buffer, so the learning rate can change without recompiling), as torch.optim.SGD
// with dampening 0 and no Nesterov: g = Grad + wd·Param; if momentum ≠ 0 then
// Velocity = momentum·Velocity + g (Velocity starts at zero, which equals PyTorch's
// first-step copy) and g = Velocity; Param -= lr·g. Velocity may be NoBuf only when
// momentum is 0.
type SGD struct {
	Len                          int
	Param, Grad, Velocity, Hyper Buf
}

func (o SGD) Kind() string { return "sgd" }
func (o SGD) Operands() []Operand {
	return []Operand{out("param", o.Param, F32, o.Len), in("grad", o.Grad, F32, o.Len),
		opt(out("velocity", o.Velocity, F32, o.Len)), in("hyper", o.Hyper, F32, 3)}
}

// InputNormalize turns raw RGB pixels (uint8, NHWC, 3 channels) into normalized floats:
// Dst = (Src/255 - Mean[c]) / Std[c].
type InputNormalize struct {
	N, H, W   int
	Mean, Std [3]float32
	Src, Dst  Buf
}

func (o InputNormalize) Kind() string { return "input" }
func (o InputNormalize) Operands() []Operand {
	n := o.N * o.H * o.W * 3
	return []Operand{in("src", o.Src, U8, n), out("dst", o.Dst, F32, n)}
}
