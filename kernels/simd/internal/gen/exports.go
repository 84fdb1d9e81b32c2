package gen

import (
	"fmt"
	"strings"

	w "webtune/kernels/simd/internal/wasm"
)

// The contract between the kernel module and its hosts. Every export is declared once,
// by the kernel that defines it (kb.kernel), with named and typed parameters; the
// generator writes a Go emitter per export from that declaration (gofile.go), so the
// runtime fills arguments by name and type, never by position.

// Kind is what a parameter holds; it fixes the wasm type and the emitter's Go type.
type Kind int

const (
	Int     Kind = iota // i32 count, size, stride or index (Go int)
	Addr                // i32 byte address into the memory (Go addr); 0 means absent where documented
	Bool                // i32 0 or 1 (Go bool)
	Scratch             // i32 address of thread 0's scratch tile; thread t's is ScratchBytes·t further
	F32                 // f32 (Go float32)
	F64                 // f64 (Go float64)
)

var kinds = map[string]Kind{"int": Int, "addr": Addr, "bool": Bool, "scratch": Scratch, "f32": F32, "f64": F64}

func (k Kind) valType() w.ValType {
	switch k {
	case F32:
		return w.F32
	case F64:
		return w.F64
	}
	return w.I32
}

// Param is one parameter of an export.
type Param struct {
	Name string
	Kind Kind
}

// Flags say how a host runs an export.
type Flags int

const (
	// Serial kernels run on one thread.
	Serial Flags = 0
	// Parallel kernels claim tiles from the counter at QueueAddr: every thread runs them.
	Parallel Flags = 1 << iota
	// Checked kernels may leave an error code at ErrAddr for the host to report.
	Checked
)

// Export is one exported kernel.
type Export struct {
	Name string
	// Group names the Go emitter of exports that differ only by a compile-time variant
	// (gemm_<tile>, wino_input_<MR>); empty for the others. Exports of a group have
	// the same parameters.
	Group, Variant string
	Params         []Param
	Flags          Flags
}

// kernel starts the exported function name with the parameters sig declares and returns
// it with its parameters in order. sig lists "name:kind" separated by spaces, kind one
// of int (the default, which may be left out), addr, bool, scratch, f32, f64.
func (k *kb) kernel(name string, flags Flags, sig string) (*w.Func, []w.Local) {
	return k.declare(Export{Name: name, Flags: flags}, sig)
}

// variant is kernel for one member of a group of exports named group_variant.
func (k *kb) variant(group, variant string, flags Flags, sig string) (*w.Func, []w.Local) {
	return k.declare(Export{Name: group + "_" + variant, Group: group, Variant: variant, Flags: flags}, sig)
}

func (k *kb) declare(e Export, sig string) (*w.Func, []w.Local) {
	var types []w.ValType
	var names []string
	for _, field := range strings.Fields(sig) {
		name, kind, ok := strings.Cut(field, ":")
		if !ok {
			kind = "int"
		}
		kd, known := kinds[kind]
		if !known {
			panic(fmt.Sprintf("gen: %s: parameter %q has unknown kind %q", e.Name, name, kind))
		}
		e.Params = append(e.Params, Param{name, kd})
		types = append(types, kd.valType())
		names = append(names, name)
	}
	f := k.m.Func(e.Name, true, types, nil)
	f.NameParams(names...)
	k.exports = append(k.exports, e)
	return f, f.Params()
}

// Exports lists every export of the module, in definition order.
func Exports() []Export { _, ex := build(false, true); return ex }
