package webgpu

import "webtune/kernels"

// bnGrid is how the batch-norm reductions cut [Rows][C]: CB channels per workgroup with
// Lanes threads each, rows in Chunks chunks of Chunk rows.
type bnGrid struct {
	Rows, C, CB, Lanes, Chunk, Chunks, Threads int
}

func newBNGrid(rows, c int) bnGrid {
	cb := min(c, 64)
	lanes := 256 / cb
	// About 16 rows per thread per chunk, at most 256 chunks (merged serially later).
	chunks := min(max(ceilDiv(rows, lanes*16), 1), 256)
	chunk := ceilDiv(rows, chunks)
	chunks = ceilDiv(rows, chunk)
	return bnGrid{Rows: rows, C: c, CB: cb, Lanes: lanes, Chunk: chunk, Chunks: chunks, Threads: cb * lanes}
}

func (g bnGrid) data(ps []param) map[string]any {
	return map[string]any{"Decls": decls(ps), "Rows": g.Rows, "C": g.C, "CB": g.CB, "Lanes": g.Lanes,
		"Chunk": g.Chunk, "Chunks": g.Chunks, "Threads": g.Threads}
}

func (g bnGrid) groups() [3]int { return [3]int{ceilDiv(g.C, g.CB), g.Chunks, 1} }

// sgGrid is how the subgroup form of the batch-norm sums cuts [Rows][C] when C divides
// by 4: NV vec4 columns per workgroup of 256 threads, rows in Chunks chunks of Chunk.
type sgGrid struct {
	Rows, C, NV, Chunk, Chunks int
}

// sgThreads is the subgroup kernels' workgroup size; sgSlots the most subgroups it can
// hold (WebGPU's smallest subgroup has 4 invocations).
const (
	sgThreads = 256
	sgSlots   = sgThreads / 4
)

// sgGrid returns the subgroup grid of the batch-norm sums over [rows][c], or false
// when they take the shared-memory form: no subgroups, or c does not divide by 4.
func (l *layout) sgGrid(rows, c int) (sgGrid, bool) {
	if !l.subgroups || c%4 != 0 {
		return sgGrid{}, false
	}
	nv := 1
	for _, v := range []int{4, 2} {
		if (c/4)%v == 0 {
			nv = v
			break
		}
	}
	chunks := min(max(ceilDiv(rows, sgThreads*16), 1), 256)
	chunk := ceilDiv(rows, chunks)
	return sgGrid{Rows: rows, C: c, NV: nv, Chunk: chunk, Chunks: ceilDiv(rows, chunk)}, true
}

// sums is the subgroup sums dispatch: forward statistics, or the backward's sums if
// bwd (with the ReLU mask folded in if mask: ps then binds dy writable and y).
func (g sgGrid) sums(ps []param, bwd, mask bool) dispatch {
	label := "batchnorm_stats_sg"
	if bwd {
		label = "batchnorm_bwd_sums_sg"
	}
	text := render("bn_sums_sg", map[string]any{"Decls": decls(ps), "Rows": g.Rows, "C": g.C, "NV": g.NV,
		"Chunk": g.Chunk, "Slots": sgSlots * g.NV, "Bwd": bwd, "Mask": mask})
	return dispatch{Label: label, WGSL: text, Params: ps, Groups: [3]int{g.C / 4 / g.NV, g.Chunks, 1}}
}

// v4p is a read-only binding seen as vec4<f32>.
func v4p(name string, b binding) param { return param{Name: name, Type: "vec4<f32>", Bind: b} }

// bnPartials are a training batch norm's per-chunk statistics written by the op
// before it (a GEMM epilogue, see convBatchNorm): Chunks of (count, mean, M2) per
// channel at Part, as the statistics pass would write them.
type bnPartials struct {
	Part   binding
	Chunks int
}

// batchNorm: in training, per-chunk statistics (unless pre has them already), a
// per-channel merge that also updates the running statistics, then the fused
// normalize (+ residual) (+ ReLU).
func (l *layout) batchNorm(o kernels.BatchNorm, pre *bnPartials) []dispatch {
	var ds []dispatch
	apply := []param{f32p("x", l.bind(o.X)), f32p("gamma", l.bind(o.Gamma)), f32p("beta", l.bind(o.Beta))}
	if o.Train {
		var part binding
		var chunks int
		if pre != nil {
			part, chunks = pre.Part, pre.Chunks
		} else {
			g := newBNGrid(o.Rows, o.C)
			sg, useSG := l.sgGrid(o.Rows, o.C)
			if useSG {
				g.Chunks = sg.Chunks // bn_final merges the chunks either way
			}
			chunks = g.Chunks
			part = l.scratchBind(g.Chunks * o.C * 3)
			if useSG {
				ds = append(ds, sg.sums([]param{v4p("x", l.bind(o.X)), f32w("partial", part)}, false, false))
			} else {
				stats := []param{f32p("x", l.bind(o.X)), f32w("partial", part)}
				ds = append(ds, dispatch{Label: "batchnorm_stats", WGSL: render("bn_stats", g.data(stats)),
					Params: stats, Groups: g.groups()})
			}
		}
		final := []param{f32p("partial", part), f32w("run_mean", l.bind(o.RunMean)), f32w("run_var", l.bind(o.RunVar)),
			f32w("save_mean", l.bind(o.SaveMean)), f32w("save_invstd", l.bind(o.SaveInvStd))}
		ds = append(ds, bnFinal(final, o, chunks))
		apply = append(apply, f32p("mean", l.bind(o.SaveMean)), f32p("invstd", l.bind(o.SaveInvStd)))
	} else {
		apply = append(apply, f32p("run_mean", l.bind(o.RunMean)), f32p("run_var", l.bind(o.RunVar)))
	}
	if o.Residual != kernels.NoBuf {
		apply = append(apply, f32p("residual", l.bind(o.Residual)))
	}
	apply = append(apply, f32w("y", l.bind(o.Y)))
	eps := "const EPS = bitcast<f32>(" + u32s(f32bits(o.Eps)) + ");\n"
	data := map[string]any{"Train": o.Train, "Residual": o.Residual != kernels.NoBuf, "ReLU": o.ReLU}
	if l.vecEltwise(o.C) {
		return append(ds, eltwise4("batchnorm_apply", "bn_apply", o.Rows*o.C, apply, consts("C", o.C/4)+eps, data))
	}
	return append(ds, eltwise("batchnorm_apply", "bn_apply", o.Rows*o.C, apply, consts("C", o.C)+eps, data))
}

// bnFinal merges a training batch norm's chunks per channel. A GEMM epilogue writes a
// chunk per row tile (thousands for the stem at batch 32), more than one thread per
// channel should merge one after another: Lanes threads per channel each merge every
// Lanes-th chunk, about 16 each, and the first merges the lanes' results.
func bnFinal(ps []param, o kernels.BatchNorm, chunks int) dispatch {
	lanes := 1
	for lanes < 64 && lanes*16 < chunks {
		lanes *= 2
	}
	cb := min(64, 256/lanes)
	d := map[string]any{"Decls": decls(ps), "C": o.C, "Chunks": chunks, "Rows": o.Rows,
		"Lanes": lanes, "CB": cb, "Threads": lanes * cb,
		"Eps": f32bits(o.Eps), "Momentum": f32bits(o.Momentum)}
	return dispatch{Label: "batchnorm_final", WGSL: render("bn_final", d), Params: ps,
		Groups: [3]int{ceilDiv(o.C, cb), 1, 1}}
}

// batchNormBackward: per-chunk sums of DY and DY·x̂, their per-channel totals (DBeta,
// DGamma), then DX elementwise. With mask (the output of the ReLU whose backward was
// folded in, see masksBNBackward), the sums pass first masks DY in place
// (DY = DY where mask > 0, else 0), reading each element once: the final and DX passes
// then read the masked DY, as after a separate ReLU backward.
func (l *layout) batchNormBackward(o kernels.BatchNormBackward, mask kernels.Buf) []dispatch {
	g := newBNGrid(o.Rows, o.C)
	sg, useSG := l.sgGrid(o.Rows, o.C)
	if useSG {
		g.Chunks = sg.Chunks // bn_bwd_final merges the chunks either way
	}
	masked := mask != kernels.NoBuf
	part := l.scratchBind(g.Chunks * o.C * 2)
	var sumsDispatch dispatch
	if useSG {
		ps := []param{v4p("x", l.bind(o.X)), v4p("dy", l.bind(o.DY)), v4p("mean", l.bind(o.SaveMean)),
			v4p("invstd", l.bind(o.SaveInvStd)), f32w("partial", part)}
		if masked {
			ps[1].Write = true
			ps = append(ps, v4p("y", l.bind(mask)))
		}
		sumsDispatch = sg.sums(ps, true, masked)
	} else {
		ps := []param{f32p("x", l.bind(o.X)), f32p("dy", l.bind(o.DY)), f32p("mean", l.bind(o.SaveMean)),
			f32p("invstd", l.bind(o.SaveInvStd)), f32w("partial", part)}
		if masked {
			ps[1].Write = true
			ps = append(ps, f32p("y", l.bind(mask)))
		}
		d := g.data(ps)
		d["Mask"] = masked
		sumsDispatch = dispatch{Label: "batchnorm_bwd_sums", WGSL: render("bn_bwd_sums", d), Params: ps, Groups: g.groups()}
	}
	if masked {
		sumsDispatch.Label += "_relu"
	}
	final := []param{f32p("partial", part), f32w("dgamma", l.bind(o.DGamma)), f32w("dbeta", l.bind(o.DBeta))}
	dx := []param{f32p("x", l.bind(o.X)), f32p("dy", l.bind(o.DY)), f32p("gamma", l.bind(o.Gamma)),
		f32p("mean", l.bind(o.SaveMean)), f32p("invstd", l.bind(o.SaveInvStd)),
		f32p("dgamma", l.bind(o.DGamma)), f32p("dbeta", l.bind(o.DBeta)), f32w("dx", l.bind(o.DX))}
	dxDispatch := eltwise("batchnorm_bwd_dx", "bn_bwd_dx", o.Rows*o.C, dx, consts("C", o.C, "ROWS", o.Rows), nil)
	if l.vecEltwise(o.C) {
		dxDispatch = eltwise4("batchnorm_bwd_dx", "bn_bwd_dx", o.Rows*o.C, dx, consts("C", o.C/4, "ROWS", o.Rows), nil)
	}
	return []dispatch{
		sumsDispatch,
		{Label: "batchnorm_bwd_final", WGSL: render("bn_bwd_final", g.data(final)), Params: final,
			Groups: [3]int{ceilDiv(o.C, 64), 1, 1}},
		dxDispatch,
	}
}
