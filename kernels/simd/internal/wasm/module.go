// Package wasm is a small WebAssembly assembler: it builds a module (types, imports, a
// shared memory, functions, exports) from Go calls and encodes it byte by byte. Function
// bodies are written as expressions (Value) and statements (Func methods) so a kernel
// reads like the instructions it emits, in the spirit of avo.
package wasm

import (
	"bytes"
	"fmt"
	"math"
)

// ValType is a WebAssembly value type.
type ValType byte

// The value types.
const (
	I32  ValType = 0x7F
	I64  ValType = 0x7E
	F32  ValType = 0x7D
	F64  ValType = 0x7C
	V128 ValType = 0x7B
)

type funcType struct{ params, results []ValType }

func (t funcType) key() string { return string(valBytes(t.params)) + "|" + string(valBytes(t.results)) }

func valBytes(v []ValType) []byte {
	b := make([]byte, len(v))
	for i, t := range v {
		b[i] = byte(t)
	}
	return b
}

type funcImport struct {
	module, name string
	typ          int
}

// MemoryLimits describes a linear memory in 64 KiB pages.
type MemoryLimits struct {
	Min, Max uint32
	Shared   bool
}

// Module is a WebAssembly module under construction.
type Module struct {
	types     []funcType
	typeIndex map[string]int
	imports   []funcImport
	memImport *struct {
		module, name string
		lim          MemoryLimits
	}
	memDef    *MemoryLimits
	memExport string
	funcs     []*Func
	exports   []string // exported function names, in order
}

// NewModule returns an empty module.
func NewModule() *Module { return &Module{typeIndex: map[string]int{}} }

func (m *Module) typeOf(params, results []ValType) int {
	t := funcType{params, results}
	if i, ok := m.typeIndex[t.key()]; ok {
		return i
	}
	m.types = append(m.types, t)
	m.typeIndex[t.key()] = len(m.types) - 1
	return len(m.types) - 1
}

// ImportMemory imports the module's memory as module.name.
func (m *Module) ImportMemory(module, name string, lim MemoryLimits) {
	m.memImport = &struct {
		module, name string
		lim          MemoryLimits
	}{module, name, lim}
}

// DefineMemory gives the module its own memory, exported as name.
func (m *Module) DefineMemory(lim MemoryLimits, name string) {
	m.memDef = &lim
	m.memExport = name
}

// ImportFunc imports a host function. All imports must come before the first Func.
func (m *Module) ImportFunc(module, name string, params, results []ValType) FuncRef {
	if len(m.funcs) > 0 {
		panic("wasm: ImportFunc after Func: imports take the first function indices")
	}
	m.imports = append(m.imports, funcImport{module, name, m.typeOf(params, results)})
	return FuncRef{idx: uint32(len(m.imports) - 1), results: results}
}

// Func starts a function. Exported functions are visible to the host under name.
func (m *Module) Func(name string, export bool, params, results []ValType) *Func {
	f := &Func{name: name, params: params, results: results, typ: m.typeOf(params, results),
		idx: uint32(len(m.imports) + len(m.funcs))}
	m.funcs = append(m.funcs, f)
	if export {
		for _, e := range m.exports {
			if e == name {
				panic(fmt.Sprintf("wasm: export %q declared twice", name))
			}
		}
		m.exports = append(m.exports, name)
	}
	return f
}

// Encode writes the binary module.
func (m *Module) Encode() []byte {
	var out bytes.Buffer
	out.Write([]byte{0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00})

	section(&out, 1, func(b *bytes.Buffer) {
		uleb(b, uint64(len(m.types)))
		for _, t := range m.types {
			b.WriteByte(0x60)
			uleb(b, uint64(len(t.params)))
			b.Write(valBytes(t.params))
			uleb(b, uint64(len(t.results)))
			b.Write(valBytes(t.results))
		}
	})
	if n := len(m.imports); n > 0 || m.memImport != nil {
		section(&out, 2, func(b *bytes.Buffer) {
			if m.memImport != nil {
				n++
			}
			uleb(b, uint64(n))
			if mi := m.memImport; mi != nil {
				name(b, mi.module)
				name(b, mi.name)
				b.WriteByte(0x02)
				limits(b, mi.lim)
			}
			for _, im := range m.imports {
				name(b, im.module)
				name(b, im.name)
				b.WriteByte(0x00)
				uleb(b, uint64(im.typ))
			}
		})
	}
	if len(m.funcs) > 0 {
		section(&out, 3, func(b *bytes.Buffer) {
			uleb(b, uint64(len(m.funcs)))
			for _, f := range m.funcs {
				uleb(b, uint64(f.typ))
			}
		})
	}
	if m.memDef != nil {
		section(&out, 5, func(b *bytes.Buffer) {
			uleb(b, 1)
			limits(b, *m.memDef)
		})
	}
	section(&out, 7, func(b *bytes.Buffer) {
		n := len(m.exports)
		if m.memExport != "" {
			n++
		}
		uleb(b, uint64(n))
		if m.memExport != "" {
			name(b, m.memExport)
			b.WriteByte(0x02)
			uleb(b, 0)
		}
		for _, e := range m.exports {
			name(b, e)
			b.WriteByte(0x00)
			uleb(b, uint64(m.funcIndex(e)))
		}
	})
	if len(m.funcs) > 0 {
		section(&out, 10, func(b *bytes.Buffer) {
			uleb(b, uint64(len(m.funcs)))
			for _, f := range m.funcs {
				body := f.encodeBody()
				uleb(b, uint64(len(body)))
				b.Write(body)
			}
		})
	}
	return out.Bytes()
}

func (m *Module) funcIndex(name string) uint32 {
	for _, f := range m.funcs {
		if f.name == name {
			return f.idx
		}
	}
	panic("wasm: no function " + name)
}

func section(out *bytes.Buffer, id byte, fill func(*bytes.Buffer)) {
	var b bytes.Buffer
	fill(&b)
	out.WriteByte(id)
	uleb(out, uint64(b.Len()))
	out.Write(b.Bytes())
}

func limits(b *bytes.Buffer, l MemoryLimits) {
	flag := byte(0x01) // has max
	if l.Shared {
		flag = 0x03
	}
	b.WriteByte(flag)
	uleb(b, uint64(l.Min))
	uleb(b, uint64(l.Max))
}

func name(b *bytes.Buffer, s string) {
	uleb(b, uint64(len(s)))
	b.WriteString(s)
}

// uleb writes v as unsigned LEB128.
func uleb(b *bytes.Buffer, v uint64) {
	for {
		c := byte(v & 0x7F)
		v >>= 7
		if v != 0 {
			c |= 0x80
		}
		b.WriteByte(c)
		if v == 0 {
			return
		}
	}
}

// sleb writes v as signed LEB128.
func sleb(b *bytes.Buffer, v int64) {
	for {
		c := byte(v & 0x7F)
		v >>= 7
		done := (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0)
		if !done {
			c |= 0x80
		}
		b.WriteByte(c)
		if done {
			return
		}
	}
}

func f32bits(v float32) []byte {
	u := math.Float32bits(v)
	return []byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)}
}

func f64bits(v float64) []byte {
	u := math.Float64bits(v)
	out := make([]byte, 8)
	for i := range out {
		out[i] = byte(u >> (8 * i))
	}
	return out
}

// ExportParams returns the parameter types of every exported function, by name.
func (m *Module) ExportParams() map[string][]ValType {
	out := map[string][]ValType{}
	for _, f := range m.funcs {
		for _, e := range m.exports {
			if e == f.name {
				out[e] = f.params
			}
		}
	}
	return out
}
