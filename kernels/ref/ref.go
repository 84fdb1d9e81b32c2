package ref

import (
	"encoding/binary"
	"fmt"
	"math"

	"webtune/kernels"
)

// New returns the float32 reference backend, named "ref".
func New() kernels.Backend { return backend[float32]{name: "ref"} }

// New64 returns the reference backend computing in float64, named "ref64". Its
// programs' Write and Read still take float32 bytes (values are widened on Write and
// rounded on Read); they also implement Float64IO, which moves float64 values
// unrounded, for finite-difference tests.
func New64() kernels.Backend { return backend[float64]{name: "ref64"} }

// Float64IO is implemented by New64's programs: Write and Read of an f32 buffer in
// float64, without rounding to float32.
type Float64IO interface {
	WriteFloat64(b kernels.Buf, src []float64) error
	ReadFloat64(b kernels.Buf, dst []float64) error
}

type backend[T Float] struct{ name string }

func (b backend[T]) Name() string { return b.name }

// Compile validates p, allocates one zeroed storage per root buffer (views are
// windows into their parent's storage) and binds every op of every routine to its
// slices, so Run only executes.
func (b backend[T]) Compile(p *kernels.Plan) (kernels.Program, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	prog := &program[T]{
		plan:     p,
		f:        make([][]T, len(p.Buffers)+1),
		i32:      make([][]int32, len(p.Buffers)+1),
		u8:       make([][]uint8, len(p.Buffers)+1),
		routines: map[string][]step{},
	}
	if err := prog.allocate(); err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	for _, r := range p.Routines {
		steps := make([]step, len(r.Ops))
		for i, op := range r.Ops {
			s, err := prog.bind(op)
			if err != nil {
				return nil, fmt.Errorf("%s: routine %q op %d (%s): %w", b.name, r.Name, i, op.Kind(), err)
			}
			steps[i] = s
		}
		prog.routines[r.Name] = steps
	}
	return prog, nil
}

// step is one bound op; it returns an error only for data the op cannot accept
// (a label out of range, a max-pool index outside its channel).
type step func() error

// program is a compiled plan. Buffers are held as typed slices indexed by Buf: f for
// f32 buffers (in T), i32 and u8 for the others. A Program must not be used from
// several goroutines at once; its ops themselves run in parallel.
type program[T Float] struct {
	plan     *kernels.Plan
	f        [][]T
	i32      [][]int32
	u8       [][]uint8
	routines map[string][]step
	gemm     gemmScratch[T]
	col      []T // im2col workspace shared by the convolutions (ops run one at a time)
	closed   bool
}

func (p *program[T]) allocate() error {
	for i, s := range p.plan.Buffers {
		id := kernels.Buf(i + 1)
		lo, hi := 0, s.Len
		root := id
		if s.Parent != kernels.NoBuf {
			if err := checkView(p.plan, s, i); err != nil {
				return err
			}
			root = s.Parent
			lo, hi = s.Offset, s.Offset+s.Len
		}
		switch s.DType {
		case kernels.F32:
			if root == id {
				p.f[id] = make([]T, s.Len)
			} else {
				p.f[id] = p.f[root][lo:hi:hi]
			}
		case kernels.I32:
			if root == id {
				p.i32[id] = make([]int32, s.Len)
			} else {
				p.i32[id] = p.i32[root][lo:hi:hi]
			}
		case kernels.U8:
			if root == id {
				p.u8[id] = make([]uint8, s.Len)
			} else {
				p.u8[id] = p.u8[root][lo:hi:hi]
			}
		default:
			return fmt.Errorf("buffer %q has unknown dtype %v", s.Name, s.DType)
		}
	}
	return nil
}

// spec returns b's description, or an error naming the bad id.
func (p *program[T]) spec(b kernels.Buf) (kernels.BufferSpec, error) {
	if p.closed {
		return kernels.BufferSpec{}, fmt.Errorf("ref: program is closed")
	}
	if b <= kernels.NoBuf || int(b) > len(p.plan.Buffers) {
		return kernels.BufferSpec{}, fmt.Errorf("ref: buffer id %d is not in the plan (it has %d buffers)", int(b), len(p.plan.Buffers))
	}
	return p.plan.Spec(b), nil
}

func (p *program[T]) checkLen(op string, b kernels.Buf, n int) (kernels.BufferSpec, error) {
	s, err := p.spec(b)
	if err != nil {
		return s, err
	}
	if want := s.Len * s.DType.Size(); n != want {
		return s, fmt.Errorf("ref: %s buffer %q: got %d bytes, it holds %d %s elements = %d bytes", op, s.Name, n, s.Len, s.DType, want)
	}
	return s, nil
}

// Write copies little-endian elements into b; f32 data is widened to T.
func (p *program[T]) Write(b kernels.Buf, src []byte) error {
	s, err := p.checkLen("write", b, len(src))
	if err != nil {
		return err
	}
	switch s.DType {
	case kernels.F32:
		dst := p.f[b]
		for i := range dst {
			dst[i] = T(math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:])))
		}
	case kernels.I32:
		dst := p.i32[b]
		for i := range dst {
			dst[i] = int32(binary.LittleEndian.Uint32(src[4*i:]))
		}
	case kernels.U8:
		copy(p.u8[b], src)
	}
	return nil
}

// Read copies b into dst as little-endian elements; f32 data is rounded to float32.
func (p *program[T]) Read(b kernels.Buf, dst []byte) error {
	s, err := p.checkLen("read", b, len(dst))
	if err != nil {
		return err
	}
	switch s.DType {
	case kernels.F32:
		for i, v := range p.f[b] {
			binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(float32(v)))
		}
	case kernels.I32:
		for i, v := range p.i32[b] {
			binary.LittleEndian.PutUint32(dst[4*i:], uint32(v))
		}
	case kernels.U8:
		copy(dst, p.u8[b])
	}
	return nil
}

// WriteFloat64 writes an f32 buffer from float64 values without rounding them to
// float32 first (in the float32 mode they are rounded on store).
func (p *program[T]) WriteFloat64(b kernels.Buf, src []float64) error {
	if _, err := p.checkF64(b, len(src)); err != nil {
		return err
	}
	for i, v := range src {
		p.f[b][i] = T(v)
	}
	return nil
}

// ReadFloat64 reads an f32 buffer as float64 values, unrounded.
func (p *program[T]) ReadFloat64(b kernels.Buf, dst []float64) error {
	if _, err := p.checkF64(b, len(dst)); err != nil {
		return err
	}
	for i, v := range p.f[b] {
		dst[i] = float64(v)
	}
	return nil
}

func (p *program[T]) checkF64(b kernels.Buf, n int) (kernels.BufferSpec, error) {
	s, err := p.spec(b)
	if err != nil {
		return s, err
	}
	if s.DType != kernels.F32 {
		return s, fmt.Errorf("ref: buffer %q is %s, float64 access is only for f32 buffers", s.Name, s.DType)
	}
	if n != s.Len {
		return s, fmt.Errorf("ref: buffer %q holds %d elements, got %d float64 values", s.Name, s.Len, n)
	}
	return s, nil
}

// Run executes the routine's ops in order and stops at the first error.
func (p *program[T]) Run(routine string) error {
	if p.closed {
		return fmt.Errorf("ref: run %q: program is closed", routine)
	}
	steps, ok := p.routines[routine]
	if !ok {
		return fmt.Errorf("ref: the plan has no routine %q", routine)
	}
	r, _ := p.plan.Routine(routine)
	for i, s := range steps {
		if err := s(); err != nil {
			return fmt.Errorf("ref: routine %q op %d (%s): %w", routine, i, r.Ops[i].Kind(), err)
		}
	}
	return nil
}

// Close drops the buffers; later calls fail.
func (p *program[T]) Close() error {
	p.closed = true
	p.f, p.i32, p.u8, p.col = nil, nil, nil, nil
	p.gemm = gemmScratch[T]{}
	return nil
}

// checkView rejects views that Plan.View would have refused, for plans whose Buffers
// were filled in by hand: a view must sit aligned inside an earlier root of its dtype.
func checkView(p *kernels.Plan, s kernels.BufferSpec, i int) error {
	if s.Parent < kernels.NoBuf || int(s.Parent) > i {
		return fmt.Errorf("view %q: parent id %d must be a buffer declared before it", s.Name, int(s.Parent))
	}
	ps := p.Spec(s.Parent)
	switch {
	case ps.Parent != kernels.NoBuf:
		return fmt.Errorf("view %q: parent %q is itself a view; views must have a root parent", s.Name, ps.Name)
	case ps.DType != s.DType:
		return fmt.Errorf("view %q is %s but its parent %q is %s", s.Name, s.DType, ps.Name, ps.DType)
	case s.Offset < 0 || s.Offset%kernels.ViewAlign != 0 || s.Offset+s.Len > ps.Len:
		return fmt.Errorf("view %q [%d,%d) does not fit aligned (multiple of %d) in %q of length %d",
			s.Name, s.Offset, s.Offset+s.Len, kernels.ViewAlign, ps.Name, ps.Len)
	}
	return nil
}
