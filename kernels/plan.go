package kernels

import (
	"fmt"
)

// DType is the element type of a device buffer.
type DType int

const (
	F32 DType = iota + 1 // float32, little-endian
	I32                  // int32, little-endian (labels, max-pool indices, counts)
	U8                   // uint8 (raw RGB pixels)
)

// Size is the number of bytes one element takes.
func (d DType) Size() int {
	switch d {
	case F32, I32:
		return 4
	case U8:
		return 1
	}
	panic(fmt.Sprintf("kernels: unknown dtype %d", int(d)))
}

func (d DType) String() string {
	switch d {
	case F32:
		return "f32"
	case I32:
		return "i32"
	case U8:
		return "u8"
	}
	return fmt.Sprintf("dtype(%d)", int(d))
}

// Buf names a device buffer of a Plan. The zero value, NoBuf, means "absent" for the
// optional operands of an op.
type Buf int

// NoBuf marks an optional operand that is not used.
const NoBuf Buf = 0

// ViewAlign is the alignment, in elements, of every view's offset inside its parent.
// 64 float32 = 256 bytes, WebGPU's minStorageBufferOffsetAlignment on every adapter.
const ViewAlign = 64

// BufferSpec describes one buffer of a plan. A root buffer (Parent == NoBuf) owns its
// storage; a view is a window [Offset, Offset+Len) of its parent, in elements, of the
// same dtype. Views let a plan keep all parameters in one buffer (one SGD op per
// parameter group, one read for a checkpoint) while each op still sees its own tensor.
type BufferSpec struct {
	Name   string
	DType  DType
	Len    int // elements
	Parent Buf // NoBuf for a root buffer
	Offset int // elements into Parent; a multiple of ViewAlign
}

// Routine is a named list of ops that a Program replays with one call.
type Routine struct {
	Name string
	Ops  []Op
}

// Plan is a static program: buffers with fixed shapes and named routines over them.
// It is recorded once by the model, compiled once by a Backend and replayed per step.
type Plan struct {
	Buffers  []BufferSpec // index i holds Buf(i+1)
	Routines []Routine
	byName   map[string]Buf
}

// NewPlan returns an empty plan.
func NewPlan() *Plan { return &Plan{byName: map[string]Buf{}} }

// Alloc adds a root buffer of n elements. Names are unique within a plan.
func (p *Plan) Alloc(name string, dt DType, n int) Buf {
	return p.add(BufferSpec{Name: name, DType: dt, Len: n})
}

// View adds a named window of n elements at offset (elements) into parent.
func (p *Plan) View(name string, parent Buf, offset, n int) Buf {
	ps := p.Spec(parent)
	if ps.Parent != NoBuf {
		panic(fmt.Sprintf("kernels: view %q of view %q: views must have a root parent", name, ps.Name))
	}
	if offset%ViewAlign != 0 || offset < 0 || offset+n > ps.Len {
		panic(fmt.Sprintf("kernels: view %q [%d,%d) does not fit aligned in %q (len %d)", name, offset, offset+n, ps.Name, ps.Len))
	}
	return p.add(BufferSpec{Name: name, DType: ps.DType, Len: n, Parent: parent, Offset: offset})
}

func (p *Plan) add(s BufferSpec) Buf {
	if p.byName == nil {
		p.byName = map[string]Buf{}
	}
	if _, dup := p.byName[s.Name]; dup {
		panic(fmt.Sprintf("kernels: buffer %q declared twice", s.Name))
	}
	if s.Len <= 0 {
		panic(fmt.Sprintf("kernels: buffer %q has length %d", s.Name, s.Len))
	}
	p.Buffers = append(p.Buffers, s)
	b := Buf(len(p.Buffers))
	p.byName[s.Name] = b
	return b
}

// Spec returns the description of b.
func (p *Plan) Spec(b Buf) BufferSpec {
	if b <= NoBuf || int(b) > len(p.Buffers) {
		panic(fmt.Sprintf("kernels: buffer id %d not in plan", int(b)))
	}
	return p.Buffers[b-1]
}

// Lookup finds a buffer by name.
func (p *Plan) Lookup(name string) (Buf, bool) {
	b, ok := p.byName[name]
	return b, ok
}

// AddRoutine appends a named routine.
func (p *Plan) AddRoutine(name string, ops ...Op) {
	p.Routines = append(p.Routines, Routine{Name: name, Ops: ops})
}

// Routine returns the routine called name.
func (p *Plan) Routine(name string) (Routine, bool) {
	for _, r := range p.Routines {
		if r.Name == name {
			return r, true
		}
	}
	return Routine{}, false
}

// Validate checks that every op's operands exist with the dtype and exact length its
// shape implies, so a backend never sees an inconsistent plan.
func (p *Plan) Validate() error {
	seen := map[string]bool{}
	for _, r := range p.Routines {
		if seen[r.Name] {
			return fmt.Errorf("plan: routine %q declared twice", r.Name)
		}
		seen[r.Name] = true
		for i, op := range r.Ops {
			if c, ok := op.(interface{ Check() error }); ok {
				if err := c.Check(); err != nil {
					return fmt.Errorf("plan: routine %q op %d (%s): %w", r.Name, i, op.Kind(), err)
				}
			}
			for _, u := range op.Operands() {
				if err := p.checkOperand(u); err != nil {
					return fmt.Errorf("plan: routine %q op %d (%s): %w", r.Name, i, op.Kind(), err)
				}
			}
		}
	}
	return nil
}

func (p *Plan) checkOperand(u Operand) error {
	if u.Buf == NoBuf {
		if u.Optional {
			return nil
		}
		return fmt.Errorf("operand %s is required but absent", u.Role)
	}
	if u.Buf < NoBuf || int(u.Buf) > len(p.Buffers) {
		return fmt.Errorf("operand %s: buffer id %d not in plan", u.Role, int(u.Buf))
	}
	s := p.Spec(u.Buf)
	if s.DType != u.DType {
		return fmt.Errorf("operand %s: buffer %q is %s, want %s", u.Role, s.Name, s.DType, u.DType)
	}
	if s.Len != u.Len {
		return fmt.Errorf("operand %s: buffer %q has %d elements, the op's shape needs %d", u.Role, s.Name, s.Len, u.Len)
	}
	return nil
}

// Backend compiles plans into programs that run on one kind of device.
type Backend interface {
	Name() string
	// Compile validates and prepares p once (pipelines, workspace, device buffers).
	// Every buffer starts zeroed.
	Compile(p *Plan) (Program, error)
}

// Program is a compiled plan with its device-resident buffers.
type Program interface {
	// Write copies src (little-endian elements of the buffer's dtype, exactly its byte
	// length) into buffer b.
	Write(b Buf, src []byte) error
	// Read copies buffer b into dst (exactly its byte length).
	Read(b Buf, dst []byte) error
	// Run replays the named routine once, in order.
	Run(routine string) error
	// Close releases the device resources.
	Close() error
}
