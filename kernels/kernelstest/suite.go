package kernelstest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// Options tunes the suite for a backend.
type Options struct {
	// Short runs the ResNet-18 layer shapes at a 32x32 input (or ShortSize) instead of
	// 224x224 (same layer kinds, channel counts and strides; at 32, spatial sizes 16, 8,
	// 4, 2, 1), for slow backends such as SwiftShader or wazero. The small odd shapes
	// always run.
	Short bool
	// ShortSize, with Short, is the input's side instead of 32: the WebGPU suite runs
	// at 64, the size of its whole-network training test, so that the two compile the
	// same convolution shaders once (SwiftShader spends seconds on each).
	ShortSize int
	// Batch is the batch of the ResNet-18 layer shapes; 0 means 2. The small shapes
	// use batches 1, 2 and 3 regardless.
	Batch int
	// TolScale multiplies every tolerance; 0 means 1. Leave it at 1 for float32
	// backends: the tolerances already allow for any summation order.
	TolScale float64
	// Reference is the backend taken as correct; nil means ref.New().
	Reference kernels.Backend
	// Filter, when set, runs only the cases whose name contains it (as does go test
	// -run Conformance/NAME).
	Filter string
}

func (o Options) withDefaults() Options {
	if o.Batch == 0 {
		o.Batch = 2
	}
	if o.ShortSize == 0 {
		o.ShortSize = 32
	}
	if o.TolScale == 0 {
		o.TolScale = 1
	}
	if o.Reference == nil {
		o.Reference = ref.New()
	}
	return o
}

// reporter is the part of *testing.T the suite uses (so that the suite's own tests
// can check that it reports a broken backend).
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// testCase is one plan, usually of a single op, with its inputs and the routines to
// compare.
type testCase struct {
	name   string
	plan   *kernels.Plan
	fills  map[kernels.Buf]fill
	derive []string // run on the reference only; its buffers then seed both programs
	steps  []string // run on both, in order; all buffers compared after each
}

// Run checks backend b against the reference on every case, each as a subtest named
// after the op, the shape and the variant (e.g. "conv2d/resnet_layer2.0.conv1/fwd").
func Run(t *testing.T, b kernels.Backend, opts Options) {
	opts = opts.withDefaults()
	for i, c := range cases(opts) {
		if opts.Filter != "" && !strings.Contains(c.name, opts.Filter) {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			runCase(t, b, opts, c, uint64(i))
		})
	}
}

func runCase(t reporter, b kernels.Backend, opts Options, c testCase, seed uint64) {
	want, err := opts.Reference.Compile(c.plan)
	if err != nil {
		t.Fatalf("reference %s: compile: %v", opts.Reference.Name(), err)
	}
	defer want.Close()
	got, err := b.Compile(c.plan)
	if err != nil {
		t.Fatalf("%s: compile: %v", b.Name(), err)
	}
	defer got.Close()

	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	initial := initialContents(rng, c)
	for r, data := range initial {
		write(t, want, c.plan, r, data, opts.Reference.Name())
	}
	for _, routine := range c.derive {
		if err := want.Run(routine); err != nil {
			t.Fatalf("reference %s: run %q: %v", opts.Reference.Name(), routine, err)
		}
	}
	for r := range initial {
		write(t, got, c.plan, r, read(t, want, c.plan, r, opts.Reference.Name()), b.Name())
	}

	tol := map[kernels.Buf][]segment{}
	for _, routine := range c.steps {
		if err := want.Run(routine); err != nil {
			t.Fatalf("reference %s: run %q: %v", opts.Reference.Name(), routine, err)
		}
		if err := got.Run(routine); err != nil {
			t.Fatalf("%s: run %q: %v", b.Name(), routine, err)
		}
		r, _ := c.plan.Routine(routine)
		for _, op := range r.Ops {
			addSegments(tol, c.plan, op, opts.TolScale)
		}
		for root := range initial {
			compare(t, c.plan, root, tol[root], read(t, want, c.plan, root, opts.Reference.Name()),
				read(t, got, c.plan, root, b.Name()), routine)
		}
	}
}

// initialContents fills every root buffer: with its default random data, then with
// the case's fill for itself or for any view into it.
func initialContents(rng *rand.Rand, c testCase) map[kernels.Buf][]byte {
	out := map[kernels.Buf][]byte{}
	for i, s := range c.plan.Buffers {
		if s.Parent == kernels.NoBuf {
			id := kernels.Buf(i + 1)
			f := c.fills[id]
			if f == nil {
				f = defaultFill(s.DType)
			}
			out[id] = f(rng, s.Len)
		}
	}
	for i, s := range c.plan.Buffers {
		if f := c.fills[kernels.Buf(i+1)]; f != nil && s.Parent != kernels.NoBuf {
			sz := s.DType.Size()
			copy(out[s.Parent][s.Offset*sz:], f(rng, s.Len))
		}
	}
	return out
}

func write(t reporter, prog kernels.Program, p *kernels.Plan, b kernels.Buf, data []byte, who string) {
	t.Helper()
	if err := prog.Write(b, data); err != nil {
		t.Fatalf("%s: write %q: %v", who, p.Spec(b).Name, err)
	}
}

func read(t reporter, prog kernels.Program, p *kernels.Plan, b kernels.Buf, who string) []byte {
	t.Helper()
	s := p.Spec(b)
	data := make([]byte, s.Len*s.DType.Size())
	if err := prog.Read(b, data); err != nil {
		t.Fatalf("%s: read %q: %v", who, s.Name, err)
	}
	return data
}

// segment is a range of a root buffer written by an op, compared within tol times the
// largest magnitude the reference holds in that range. Elements of a root outside
// every segment must not change at all.
type segment struct {
	lo, hi int // elements
	tol    float64
	what   string // op and operand, for messages
	buf    string // the operand's buffer name
}

func addSegments(tol map[kernels.Buf][]segment, p *kernels.Plan, op kernels.Op, scale float64) {
	for _, u := range op.Operands() {
		if !u.Written || u.Buf == kernels.NoBuf {
			continue
		}
		s := p.Spec(u.Buf)
		root, lo := u.Buf, 0
		if s.Parent != kernels.NoBuf {
			root, lo = s.Parent, s.Offset
		}
		tol[root] = append(tol[root], segment{lo: lo, hi: lo + s.Len, tol: tolerance(op, u) * scale,
			what: fmt.Sprintf("%s %s", describe(op), u.Role), buf: s.Name})
	}
}

// compare checks one root buffer after a step and reports the worst element of each
// failing segment, or the first changed element outside all segments.
func compare(t reporter, p *kernels.Plan, root kernels.Buf, segs []segment, want, got []byte, step string) {
	t.Helper()
	s := p.Spec(root)
	covered := make([]bool, s.Len)
	for _, sg := range segs {
		for i := sg.lo; i < sg.hi; i++ {
			covered[i] = true
		}
		checkSegment(t, s, sg, want, got, step)
	}
	for i := 0; i < s.Len; i++ {
		if covered[i] {
			continue
		}
		if !sameElement(s.DType, want, got, i) {
			t.Errorf("after %q: buffer %q element %d was changed though no op writes it (or its inputs differ): got %s, want %s",
				step, s.Name, i, element(s.DType, got, i), element(s.DType, want, i))
			return
		}
	}
}

func checkSegment(t reporter, s kernels.BufferSpec, sg segment, want, got []byte, step string) {
	t.Helper()
	if s.DType != kernels.F32 || sg.tol == 0 {
		for i := sg.lo; i < sg.hi; i++ {
			if !sameElement(s.DType, want, got, i) {
				t.Errorf("after %q: %s: buffer %q index %d: got %s, want %s (must match exactly)",
					step, sg.what, sg.buf, i-sg.lo, element(s.DType, got, i), element(s.DType, want, i))
				return
			}
		}
		return
	}
	scale := 0.0
	for i := sg.lo; i < sg.hi; i++ {
		scale = max(scale, math.Abs(float64(f32Bits(want, i))))
	}
	limit := sg.tol * max(scale, 1e-30)
	worst, worstDiff, bad := -1, 0.0, 0
	for i := sg.lo; i < sg.hi; i++ {
		w, g := float64(f32Bits(want, i)), float64(f32Bits(got, i))
		d := math.Abs(w - g)
		if math.IsNaN(w) != math.IsNaN(g) || math.IsInf(g, 0) != math.IsInf(w, 0) {
			d = math.Inf(1)
		} else if math.IsNaN(w) {
			d = 0
		}
		if d > limit {
			bad++
			if d > worstDiff || worst < 0 {
				worst, worstDiff = i, d
			}
		}
	}
	if bad > 0 {
		t.Errorf("after %q: %s: buffer %q: %d of %d elements off; worst index %d: got %.9g, want %.9g (|diff| %.3g > tol %.1g × max|want| %.4g)",
			step, sg.what, sg.buf, bad, sg.hi-sg.lo, worst-sg.lo, f32Bits(got, worst), f32Bits(want, worst), worstDiff, sg.tol, scale)
	}
}

func sameElement(dt kernels.DType, a, b []byte, i int) bool {
	switch dt {
	case kernels.F32:
		x, y := f32Bits(a, i), f32Bits(b, i)
		return x == y || (x != x && y != y)
	case kernels.I32:
		return i32At(a, i) == i32At(b, i)
	}
	return a[i] == b[i]
}

func element(dt kernels.DType, b []byte, i int) string {
	switch dt {
	case kernels.F32:
		return fmt.Sprintf("%.9g", f32Bits(b, i))
	case kernels.I32:
		return fmt.Sprint(i32At(b, i))
	}
	return fmt.Sprint(b[i])
}
