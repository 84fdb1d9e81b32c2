package wasm

import (
	"bytes"
	"fmt"
)

// Value is an expression: code that pushes exactly one value on the operand stack.
type Value interface{ emit(f *Func) }

type expr func(f *Func)

func (e expr) emit(f *Func) { e(f) }

// Local is a parameter or local variable of a Func. It is a Value (local.get).
type Local struct {
	fn  *Func
	idx uint32
	typ ValType
}

func (l Local) emit(f *Func) {
	l.check(f)
	f.code.WriteByte(0x20)
	uleb(&f.code, uint64(l.idx))
}

// check panics when l belongs to another function: a generator bug that would
// otherwise read or write an unrelated local.
func (l Local) check(f *Func) {
	if l.fn != f {
		panic(fmt.Sprintf("wasm: local %d of function %q used in %q", l.idx, l.fn.name, f.name))
	}
}

// Type is the local's value type.
func (l Local) Type() ValType { return l.typ }

// FuncRef names a callable function (defined or imported).
type FuncRef struct {
	idx     uint32
	results []ValType
}

// Func is a function body under construction: statements append to its code.
type Func struct {
	name            string
	params, results []ValType
	paramNames      []string // for the text listing; nil until NameParams
	typ             int
	idx             uint32
	locals          []ValType
	code            bytes.Buffer
	depth           int
}

// Ref is the function's handle for Call.
func (f *Func) Ref() FuncRef { return FuncRef{idx: f.idx, results: f.results} }

// Param returns parameter i.
func (f *Func) Param(i int) Local { return Local{f, uint32(i), f.params[i]} }

// Params returns all parameters, in order.
func (f *Func) Params() []Local {
	ls := make([]Local, len(f.params))
	for i := range ls {
		ls[i] = f.Param(i)
	}
	return ls
}

// Local declares a new local variable of type t (zero-initialized on entry).
func (f *Func) Local(t ValType) Local {
	f.locals = append(f.locals, t)
	return Local{f, uint32(len(f.params) + len(f.locals) - 1), t}
}

// Locals declares n locals of type t.
func (f *Func) Locals(t ValType, n int) []Local {
	ls := make([]Local, n)
	for i := range ls {
		ls[i] = f.Local(t)
	}
	return ls
}

func (f *Func) encodeBody() []byte {
	var b bytes.Buffer
	// Locals are declared in runs of one type.
	type run struct {
		n int
		t ValType
	}
	var runs []run
	for _, t := range f.locals {
		if len(runs) > 0 && runs[len(runs)-1].t == t {
			runs[len(runs)-1].n++
			continue
		}
		runs = append(runs, run{1, t})
	}
	uleb(&b, uint64(len(runs)))
	for _, r := range runs {
		uleb(&b, uint64(r.n))
		b.WriteByte(byte(r.t))
	}
	b.Write(f.code.Bytes())
	b.WriteByte(0x0B)
	return b.Bytes()
}

// Label is a branch target: the end of a Block or the top of a Loop.
type Label struct{ depth int }

// Set stores v into local l.
func (f *Func) Set(l Local, v Value) {
	l.check(f)
	v.emit(f)
	f.code.WriteByte(0x21)
	uleb(&f.code, uint64(l.idx))
}

// Inc adds step to the i32 local l.
func (f *Func) Inc(l Local, step int32) { f.Set(l, Add(l, I32c(step))) }

// Drop evaluates v and discards it.
func (f *Func) Drop(v Value) { v.emit(f); f.code.WriteByte(0x1A) }

// Return returns from the function (with v when it has a result).
func (f *Func) Return(v ...Value) {
	for _, x := range v {
		x.emit(f)
	}
	f.code.WriteByte(0x0F)
}

// Result leaves v on the stack as the function's result; it must be the last statement.
func (f *Func) Result(v Value) { v.emit(f) }

// Block runs body in a block; branching to its label jumps past the block's end.
func (f *Func) Block(body func(end Label)) {
	f.code.Write([]byte{0x02, 0x40})
	f.depth++
	body(Label{f.depth})
	f.depth--
	f.code.WriteByte(0x0B)
}

// Loop runs body in a loop; branching to its label jumps back to the top.
// Falling off the end leaves the loop.
func (f *Func) Loop(body func(top Label)) {
	f.code.Write([]byte{0x03, 0x40})
	f.depth++
	body(Label{f.depth})
	f.depth--
	f.code.WriteByte(0x0B)
}

// Br branches to l.
func (f *Func) Br(l Label) { f.code.WriteByte(0x0C); uleb(&f.code, uint64(f.depth-l.depth)) }

// BrIf branches to l when cond (i32) is non-zero.
func (f *Func) BrIf(l Label, cond Value) {
	cond.emit(f)
	f.code.WriteByte(0x0D)
	uleb(&f.code, uint64(f.depth-l.depth))
}

// If runs then when cond (i32) is non-zero.
func (f *Func) If(cond Value, then func()) { f.IfElse(cond, then, nil) }

// IfElse runs then when cond is non-zero, else els (which may be nil).
func (f *Func) IfElse(cond Value, then, els func()) {
	cond.emit(f)
	f.code.Write([]byte{0x04, 0x40})
	f.depth++
	then()
	if els != nil {
		f.code.WriteByte(0x05)
		els()
	}
	f.depth--
	f.code.WriteByte(0x0B)
}

// For runs body with i = from, from+step, ... while i < to (signed; to is re-evaluated
// each iteration). step must be positive.
func (f *Func) For(i Local, from, to Value, step int32, body func()) {
	f.Set(i, from)
	f.Block(func(done Label) {
		f.Loop(func(top Label) {
			f.BrIf(done, GeS(i, to))
			body()
			f.Inc(i, step)
			f.Br(top)
		})
	})
}

// ForBy is For with a step computed at run time (positive).
func (f *Func) ForBy(i Local, from, to, step Value, body func()) {
	f.Set(i, from)
	f.Block(func(done Label) {
		f.Loop(func(top Label) {
			f.BrIf(done, GeS(i, to))
			body()
			f.Set(i, Add(i, step))
			f.Br(top)
		})
	})
}

// Call calls fn with args as a statement (its results are dropped).
func (f *Func) Call(fn FuncRef, args ...Value) {
	Call(fn, args...).emit(f)
	for range fn.results {
		f.code.WriteByte(0x1A)
	}
}

// Call is a call expression; fn must return exactly one value.
func Call(fn FuncRef, args ...Value) Value {
	return expr(func(f *Func) {
		b := &f.code
		for _, a := range args {
			a.emit(f)
		}
		b.WriteByte(0x10)
		uleb(b, uint64(fn.idx))
	})
}

// Stores.

func (f *Func) store(op []byte, align uint32, addr Value, off uint32, v Value) {
	addr.emit(f)
	v.emit(f)
	f.code.Write(op)
	uleb(&f.code, uint64(align))
	uleb(&f.code, uint64(off))
}

// StoreI32 writes the i32 v at addr+off.
func (f *Func) StoreI32(addr Value, off uint32, v Value) { f.store([]byte{0x36}, 2, addr, off, v) }

// StoreF32 writes the f32 v at addr+off.
func (f *Func) StoreF32(addr Value, off uint32, v Value) { f.store([]byte{0x38}, 2, addr, off, v) }

// StoreF64 writes the f64 v at addr+off.
func (f *Func) StoreF64(addr Value, off uint32, v Value) { f.store([]byte{0x39}, 3, addr, off, v) }

// StoreLane64 writes 64-bit lane (0 or 1) of the v128 v, two f32, at addr+off
// (v128.store64_lane).
func (f *Func) StoreLane64(addr Value, off uint32, v Value, lane byte) {
	f.store([]byte{0xFD, 0x5B}, 3, addr, off, v)
	f.code.WriteByte(lane)
}

// StoreV128 writes the v128 v at addr+off.
func (f *Func) StoreV128(addr Value, off uint32, v Value) {
	f.store([]byte{0xFD, 0x0B}, 4, addr, off, v)
}

// AtomicStoreI32 writes v at addr+off with sequentially consistent ordering.
func (f *Func) AtomicStoreI32(addr Value, off uint32, v Value) {
	f.store([]byte{0xFE, 0x17}, 2, addr, off, v)
}
