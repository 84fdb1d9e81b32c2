package webgpu

import (
	"fmt"

	"webtune/kernels"
)

// layout maps a plan's buffers onto device buffers: one per root buffer, plus one
// scratch buffer (split-K partials, batch-norm partial statistics) shared by all ops,
// since the ops of a routine run one after another.
type layout struct {
	plan         *kernels.Plan
	sizes        []int // bytes of each device buffer; the last one is scratch
	index        map[kernels.Buf]int
	scratch      int
	scratchBytes int
	// subgroups selects the kernels that reduce with WGSL subgroup operations (the
	// device has the feature and the caller did not turn it off).
	subgroups bool
	tune      tuning
}

func pad4(n int) int { return (n + 3) &^ 3 }

func newLayout(p *kernels.Plan) *layout {
	l := &layout{plan: p, index: map[kernels.Buf]int{}}
	for i, s := range p.Buffers {
		if s.Parent == kernels.NoBuf {
			l.index[kernels.Buf(i+1)] = len(l.sizes)
			l.sizes = append(l.sizes, pad4(s.Len*s.DType.Size()))
		}
	}
	l.scratch = len(l.sizes)
	l.sizes = append(l.sizes, 4)
	return l
}

// place returns the device buffer and byte offset of b's first element.
func (l *layout) place(b kernels.Buf) (buffer, offset int) {
	s := l.plan.Spec(b)
	if s.Parent == kernels.NoBuf {
		return l.index[b], 0
	}
	return l.index[s.Parent], s.Offset * s.DType.Size()
}

// bind is the binding of a whole f32 or i32 buffer (views bind at their offset, which
// ViewAlign keeps at a multiple of 256 bytes).
func (l *layout) bind(b kernels.Buf) binding {
	buf, off := l.place(b)
	s := l.plan.Spec(b)
	return binding{Buffer: buf, Offset: off, Size: pad4(s.Len * s.DType.Size())}
}

// bindBytes binds a U8 buffer as u32 words. A view's byte offset need not be a
// multiple of the 256-byte binding alignment, so the binding starts at the aligned
// offset below it and base says how many bytes into the binding the data begins.
func (l *layout) bindBytes(b kernels.Buf) (bind binding, base int) {
	buf, off := l.place(b)
	aligned := off &^ 255
	base = off - aligned
	return binding{Buffer: buf, Offset: aligned, Size: pad4(base + l.plan.Spec(b).Len)}, base
}

// scratchBind reserves n floats of scratch.
func (l *layout) scratchBind(n int) binding {
	if 4*n > l.scratchBytes {
		l.scratchBytes = 4 * n
	}
	return binding{Buffer: l.scratch, Offset: 0, Size: 4 * n}
}

// finish fixes the scratch buffer's size once every op is lowered.
func (l *layout) finish() {
	if l.scratchBytes > l.sizes[l.scratch] {
		l.sizes[l.scratch] = l.scratchBytes
	}
}

func f32p(name string, b binding) param { return param{Name: name, Type: "f32", Bind: b} }
func i32p(name string, b binding) param { return param{Name: name, Type: "i32", Bind: b} }
func f32w(name string, b binding) param { return param{Name: name, Type: "f32", Bind: b, Write: true} }
func i32w(name string, b binding) param { return param{Name: name, Type: "i32", Bind: b, Write: true} }

// tuning holds the lowering choices that depend on the device, and the ones the
// benchmark can switch back to their former rule for an A/B comparison on a GPU.
type tuning struct {
	// Subgroups selects the kernels that reduce with WGSL subgroup operations.
	Subgroups bool
	// SharedBytes is the workgroup memory a GEMM's tiles may take: the device's
	// maxComputeWorkgroupStorageSize (larger tiles where it allows 32 KiB), or 16 KiB,
	// which every device has (the former tiles).
	SharedBytes int
	// SplitKWorkgroups, when not 0, is the former split-K rule: cut the reduction so
	// that the grid has about that many workgroups (it was 512). 0 sizes the split
	// from the problem (gemm.splits).
	SplitKWorkgroups int
	// ScalarElementwise keeps elementwise passes one float per thread (the former
	// kernels) where they could take vec4s (eltwise4).
	ScalarElementwise bool
	// ScalarSharedA reads a GEMM's A tile from workgroup memory one float at a time
	// (the former kernel) where it could read vec4s (TM divides by 4).
	ScalarSharedA bool
	// SeparateReLUMask keeps a ReLU backward that a batch-norm backward follows as its
	// own pass (the former lowering) instead of folding it into the BN sums.
	SeparateReLUMask bool
	// SeparateBNStats keeps a training batch norm's statistics pass even where the
	// convolution before it could write them in its GEMM epilogue (the former lowering).
	SeparateBNStats bool
	// PerElementIndex has the convolutions work out both parts of an im2col address
	// for each element instead of the pixel's or tap's part once per fetch slot.
	PerElementIndex bool
	// PaddedTiles keeps 64-wide GEMM tiles on a side that narrower tiles would cover
	// with less padding (the former choice; see evenWidth).
	PaddedTiles bool
}

// lowerPlan validates p and lowers every routine into its dispatches over the layout's
// device buffers, as t says.
func lowerPlan(p *kernels.Plan, t tuning) (*layout, [][]dispatch, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	if t.SharedBytes < sharedLimit {
		t.SharedBytes = sharedLimit
	}
	l := newLayout(p)
	l.subgroups = t.Subgroups
	l.tune = t
	routines := make([][]dispatch, len(p.Routines))
	for i, r := range p.Routines {
		for j := 0; j < len(r.Ops); {
			op := r.Ops[j]
			ds, n, err := l.lowerAt(r.Ops, j)
			if err != nil {
				return nil, nil, fmt.Errorf("webgpu: routine %q op %d: %w", r.Name, j, err)
			}
			for k := range ds {
				ds[k].shareWrites()
				if err := ds[k].checkAliasing(); err != nil {
					return nil, nil, fmt.Errorf("webgpu: routine %q op %d (%s): %w", r.Name, j, op.Kind(), err)
				}
			}
			routines[i] = append(routines[i], ds...)
			j += n
		}
	}
	l.finish()
	return l, routines, nil
}

// lowerAt lowers ops[j], or ops[j] together with the ops after it where one kernel
// can do the work of both and save a pass over memory; it returns how many ops its
// dispatches cover. Every op's outputs end as the op alone would leave them, so a fused
// pair is exactly the two ops in sequence (later ops may read what the first wrote).
func (l *layout) lowerAt(ops []kernels.Op, j int) ([]dispatch, int, error) {
	if j+1 < len(ops) {
		if c, ok := ops[j].(kernels.Conv2D); ok {
			if bn, ok := ops[j+1].(kernels.BatchNorm); ok {
				if ds, ok := l.convBatchNorm(c, bn); ok {
					return ds, 2, nil
				}
			}
		}
		if relu, ok := ops[j].(kernels.ReLUBackward); ok {
			if bn, ok := ops[j+1].(kernels.BatchNormBackward); ok && l.masksBNBackward(relu, bn) {
				return l.batchNormBackward(bn, relu.Y), 2, nil
			}
		}
	}
	ds, err := l.lower(ops[j])
	return ds, 1, err
}

// masksBNBackward says whether a ReLU backward folds into the batch-norm backward
// after it (as the model records every BN+ReLU pair): the mask works in place on the
// very gradient the BN backward reads, which its sums pass then masks as it reads and
// writes back (one pass over the gradient instead of two, and one dispatch fewer).
func (l *layout) masksBNBackward(relu kernels.ReLUBackward, bn kernels.BatchNormBackward) bool {
	return !l.tune.SeparateReLUMask && relu.DX == relu.DY && bn.DY == relu.DX && relu.Len == bn.Rows*bn.C
}

// lower turns one op into its dispatches.
func (l *layout) lower(op kernels.Op) ([]dispatch, error) {
	switch o := op.(type) {
	case kernels.Conv2D:
		return l.convForward(o), nil
	case kernels.Conv2DBackwardData:
		return l.convBackwardData(o), nil
	case kernels.Conv2DBackwardFilter:
		return l.convBackwardFilter(o), nil
	case kernels.BatchNorm:
		return l.batchNorm(o, nil), nil
	case kernels.BatchNormBackward:
		return l.batchNormBackward(o, kernels.NoBuf), nil
	case kernels.ReLUBackward:
		if o.DX == o.DY { // in place: one binding
			ps := []param{f32p("y", l.bind(o.Y)), f32w("dx", l.bind(o.DX))}
			return []dispatch{l.elementwise("relu_bwd", "relu_bwd_inplace", o.Len, ps)}, nil
		}
		ps := []param{f32p("y", l.bind(o.Y)), f32p("dy", l.bind(o.DY)), f32w("dx", l.bind(o.DX))}
		return []dispatch{l.elementwise("relu_bwd", "relu_bwd", o.Len, ps)}, nil
	case kernels.Add:
		a, b := o.A, o.B
		if b == o.Y {
			a, b = b, a
		}
		if a == o.Y { // in place: y += b, or y = y + y
			ps := []param{f32w("y", l.bind(o.Y))}
			body := "add_self"
			if b != o.Y {
				ps = append(ps, f32p("b", l.bind(b)))
				body = "add_inplace"
			}
			return []dispatch{l.elementwise("add", body, o.Len, ps)}, nil
		}
		ps := []param{f32p("a", l.bind(a)), f32p("b", l.bind(b)), f32w("y", l.bind(o.Y))}
		return []dispatch{l.elementwise("add", "add", o.Len, ps)}, nil
	case kernels.MaxPool:
		return []dispatch{l.maxPool(o)}, nil
	case kernels.MaxPoolBackward:
		return []dispatch{l.maxPoolBackward(o)}, nil
	case kernels.GlobalAvgPool:
		ps := []param{f32p("x", l.bind(o.X)), f32w("y", l.bind(o.Y))}
		return []dispatch{eltwise("avgpool", "avgpool", o.N*o.C, ps, consts("C", o.C, "HW", o.HW), nil)}, nil
	case kernels.GlobalAvgPoolBackward:
		ps := []param{f32p("dy", l.bind(o.DY)), f32w("dx", l.bind(o.DX))}
		if l.vecEltwise(o.C) {
			return []dispatch{eltwise4("avgpool_bwd", "avgpool_bwd", o.N*o.HW*o.C, ps, consts("C", o.C/4, "HW", o.HW), nil)}, nil
		}
		return []dispatch{eltwise("avgpool_bwd", "avgpool_bwd", o.N*o.HW*o.C, ps, consts("C", o.C, "HW", o.HW), nil)}, nil
	case kernels.Linear:
		return l.linear(o), nil
	case kernels.LinearBackward:
		return l.linearBackward(o), nil
	case kernels.SoftmaxCrossEntropy:
		return []dispatch{l.softmaxXent(o)}, nil
	case kernels.SGD:
		return []dispatch{l.sgd(o)}, nil
	case kernels.InputNormalize:
		return []dispatch{l.inputNormalize(o)}, nil
	case MatMul:
		return l.matMul(o), nil
	case RobustnessProbe:
		return []dispatch{l.robustnessProbe(o)}, nil
	}
	return nil, fmt.Errorf("webgpu: op %s (%T) has no kernel", op.Kind(), op)
}

// elementwise is a pass over n floats of same-length operands: vec4 where n allows.
func (l *layout) elementwise(label, body string, n int, ps []param) dispatch {
	if l.vecEltwise(n) {
		return eltwise4(label, body, n, ps, "", nil)
	}
	return eltwise(label, body, n, ps, "", nil)
}

func (l *layout) maxPool(o kernels.MaxPool) dispatch {
	ps := []param{f32p("x", l.bind(o.X)), f32w("y", l.bind(o.Y)), i32w("index", l.bind(o.Index))}
	return eltwise("maxpool", "maxpool", o.YLen(), ps, poolConsts(o.PoolShape), nil)
}

func (l *layout) maxPoolBackward(o kernels.MaxPoolBackward) dispatch {
	ps := []param{f32p("dy", l.bind(o.DY)), i32p("index", l.bind(o.Index)), f32w("dx", l.bind(o.DX))}
	return eltwise("maxpool_bwd", "maxpool_bwd", o.XLen(), ps, poolConsts(o.PoolShape), nil)
}

func poolConsts(s kernels.PoolShape) string {
	return consts("H", s.H, "W", s.W, "C", s.C, "OH", s.OutH(), "OW", s.OutW(), "WIN", s.Window, "STRIDE", s.Stride) +
		fmt.Sprintf("const PAD = %di;\n", s.Pad)
}

func (l *layout) softmaxXent(o kernels.SoftmaxCrossEntropy) dispatch {
	ps := []param{f32p("logits", l.bind(o.Logits)), i32p("labels", l.bind(o.Labels))}
	if o.DLogits != kernels.NoBuf {
		ps = append(ps, f32w("dlogits", l.bind(o.DLogits)))
	}
	ps = append(ps, f32w("loss", l.bind(o.Loss)), i32w("correct", l.bind(o.Correct)))
	text := render("softmax_xent", map[string]any{
		"Decls": decls(ps), "N": o.N, "Classes": o.Classes, "DLogits": o.DLogits != kernels.NoBuf,
		"Subgroups": l.subgroups,
	})
	return dispatch{Label: "softmax_xent", WGSL: text, Params: ps, Groups: [3]int{1, 1, 1}}
}

func (l *layout) sgd(o kernels.SGD) dispatch {
	ps := []param{f32w("param", l.bind(o.Param)), f32p("grad", l.bind(o.Grad)), f32p("hyper", l.bind(o.Hyper))}
	hasV := o.Velocity != kernels.NoBuf
	if hasV {
		ps = append(ps, f32w("velocity", l.bind(o.Velocity)))
	}
	data := map[string]any{"Velocity": hasV}
	if l.vecEltwise(o.Len) {
		return eltwise4("sgd", "sgd", o.Len, ps, "", data, "hyper")
	}
	return eltwise("sgd", "sgd", o.Len, ps, "", data)
}

func (l *layout) inputNormalize(o kernels.InputNormalize) dispatch {
	src, base := l.bindBytes(o.Src)
	ps := []param{{Name: "src", Type: "u32", Bind: src}, f32w("dst", l.bind(o.Dst))}
	c := consts("BASE", base) + fmt.Sprintf(
		"var<private> MEAN: array<f32, 3> = array<f32, 3>(bitcast<f32>(%du), bitcast<f32>(%du), bitcast<f32>(%du));\n"+
			"var<private> STD: array<f32, 3> = array<f32, 3>(bitcast<f32>(%du), bitcast<f32>(%du), bitcast<f32>(%du));\n",
		f32bits(o.Mean[0]), f32bits(o.Mean[1]), f32bits(o.Mean[2]), f32bits(o.Std[0]), f32bits(o.Std[1]), f32bits(o.Std[2]))
	return eltwise("input", "input", o.N*o.H*o.W*3, ps, c, nil)
}
