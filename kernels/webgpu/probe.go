package webgpu

import "webtune/kernels"

// RobustnessProbe is an op of this backend only (for the benchmark): it tells whether
// the implementation checks buffer bounds in shaders (Dawn's robustness), which no
// WebGPU API reports and which Dawn's disable_robustness toggle turns off without a
// word (an unknown toggle name is ignored just as silently). Buf holds 128 floats; the
// kernel binds floats 64..67 of it as a 4-float array, reads that array at the index
// held in float 1 (the caller writes 8 there) and stores what it got in float 0. With
// bounds checks the read is clamped into the binding or gives 0; without them it reads
// float 72 of the buffer. See RobustnessOff.
type RobustnessProbe struct {
	Buf kernels.Buf
}

// ProbeLen is the length of a RobustnessProbe's buffer.
const ProbeLen = 128

func (o RobustnessProbe) Kind() string { return "robustness_probe" }
func (o RobustnessProbe) Operands() []kernels.Operand {
	return []kernels.Operand{{Role: "buf", Buf: o.Buf, DType: kernels.F32, Len: ProbeLen, Written: true}}
}

// RobustnessOff reads a probe's result: the buffer was filled with b[i] = i and b[1]
// = 8 before the run. It says whether the out-of-bounds read reached float 72.
func RobustnessOff(after []float32) bool { return after[0] == 72 }

func (l *layout) robustnessProbe(o RobustnessProbe) dispatch {
	buf, off := l.place(o.Buf)
	ps := []param{
		f32w("dst", binding{Buffer: buf, Offset: off, Size: 16}),
		f32w("src", binding{Buffer: buf, Offset: off + 256, Size: 16}),
	}
	text := decls(ps) + `
@compute @workgroup_size(1)
fn main() {
	let i = u32(dst[1]);
	dst[0] = src[i];
}
`
	return dispatch{Label: "robustness_probe", WGSL: text, Params: ps, Groups: [3]int{1, 1, 1}}
}
