package wasm

import (
	"fmt"
	"math"
	"strings"
)

// Text listing: a WAT-like rendering of a module, one instruction per line, indented
// by block depth (a tab per level), with the parameters under the names the generator
// gave them. It is read by people (committed next to the binary so a kernel change
// shows as a text diff), not parsed back, so it only has to be faithful and stable.

// NameParams names f's parameters in the text listing, in order.
func (f *Func) NameParams(names ...string) {
	if len(names) != len(f.params) {
		panic(fmt.Sprintf("wasm: %q has %d parameters, got %d names", f.name, len(f.params), len(names)))
	}
	f.paramNames = names
}

var typeNames = map[ValType]string{I32: "i32", I64: "i64", F32: "f32", F64: "f64", V128: "v128"}

// Text returns the module's listing.
func (m *Module) Text() string {
	var b strings.Builder
	b.WriteString("(module\n")
	if mi := m.memImport; mi != nil {
		fmt.Fprintf(&b, "  (import %q %q (memory %s))\n", mi.module, mi.name, limitsText(mi.lim))
	}
	if m.memDef != nil {
		fmt.Fprintf(&b, "  (memory (export %q) %s)\n", m.memExport, limitsText(*m.memDef))
	}
	for i, im := range m.imports {
		t := m.types[im.typ]
		fmt.Fprintf(&b, "  (import %q %q (func $%s.%s (;%d;)%s))\n", im.module, im.name, im.module, im.name, i, sigText(t.params, nil, t.results))
	}
	names := m.funcNames()
	for _, f := range m.funcs {
		b.WriteString("\n")
		m.funcText(&b, f, names)
	}
	b.WriteString(")\n")
	return b.String()
}

func limitsText(l MemoryLimits) string {
	s := fmt.Sprintf("%d %d", l.Min, l.Max)
	if l.Shared {
		s += " shared"
	}
	return s
}

func sigText(params []ValType, names []string, results []ValType) string {
	var b strings.Builder
	for i, p := range params {
		if names != nil {
			fmt.Fprintf(&b, " (param $%s %s)", names[i], typeNames[p])
		} else {
			fmt.Fprintf(&b, " (param %s)", typeNames[p])
		}
	}
	for _, r := range results {
		fmt.Fprintf(&b, " (result %s)", typeNames[r])
	}
	return b.String()
}

// funcNames maps function indices (imports first) to their names.
func (m *Module) funcNames() map[uint32]string {
	out := map[uint32]string{}
	for i, im := range m.imports {
		out[uint32(i)] = im.module + "." + im.name
	}
	for _, f := range m.funcs {
		out[f.idx] = f.name
	}
	return out
}

func (m *Module) funcText(b *strings.Builder, f *Func, names map[uint32]string) {
	export := ""
	for _, e := range m.exports {
		if e == f.name {
			export = fmt.Sprintf(" (export %q)", e)
		}
	}
	pn := f.paramNames
	if pn == nil {
		pn = make([]string, len(f.params))
		for i := range pn {
			pn[i] = fmt.Sprintf("p%d", i)
		}
	}
	fmt.Fprintf(b, "  (func $%s%s%s\n", f.name, export, sigText(f.params, pn, f.results))
	for i, t := range f.locals {
		fmt.Fprintf(b, "    (local $l%d %s)\n", len(f.params)+i, typeNames[t])
	}
	local := func(i uint64) string {
		if int(i) < len(pn) {
			return "$" + pn[i]
		}
		return fmt.Sprintf("$l%d", i)
	}
	d := &decoder{b: f.code.Bytes()}
	depth := 2
	for !d.done() {
		line, delta, err := d.instr(local, names)
		if err != nil {
			panic(fmt.Sprintf("wasm: listing %q: %v", f.name, err))
		}
		if delta < 0 {
			depth--
		}
		b.WriteString(strings.Repeat("\t", depth)) // tabs: the listings stay under 1 MB
		b.WriteString(line)
		b.WriteString("\n")
		if delta > 0 {
			depth++
		}
	}
	b.WriteString("  )\n")
}

// decoder reads one function body's instructions.
type decoder struct {
	b   []byte
	pos int
}

func (d *decoder) done() bool { return d.pos >= len(d.b) }

func (d *decoder) byte() byte { c := d.b[d.pos]; d.pos++; return c }

func (d *decoder) uleb() uint64 {
	var v uint64
	for shift := 0; ; shift += 7 {
		c := d.byte()
		v |= uint64(c&0x7F) << shift
		if c&0x80 == 0 {
			return v
		}
	}
}

func (d *decoder) sleb() int64 {
	var v int64
	shift := 0
	for {
		c := d.byte()
		v |= int64(c&0x7F) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}

func (d *decoder) bytes(n int) []byte { s := d.b[d.pos : d.pos+n]; d.pos += n; return s }

func (d *decoder) memarg(name string) string {
	align, off := d.uleb(), d.uleb()
	s := name
	if off != 0 {
		s += fmt.Sprintf(" offset=%d", off)
	}
	return s + fmt.Sprintf(" align=%d", 1<<align)
}

// Instructions without immediates, by opcode.
var plainOps = map[byte]string{
	0x0F: "return", 0x1A: "drop", 0x1B: "select",
	0x45: "i32.eqz", 0x46: "i32.eq", 0x47: "i32.ne", 0x48: "i32.lt_s", 0x49: "i32.lt_u", 0x4A: "i32.gt_s",
	0x4B: "i32.gt_u", 0x4C: "i32.le_s", 0x4D: "i32.le_u", 0x4E: "i32.ge_s", 0x4F: "i32.ge_u",
	0x5B: "f32.eq", 0x5C: "f32.ne", 0x5D: "f32.lt", 0x5E: "f32.gt", 0x5F: "f32.le", 0x60: "f32.ge",
	0x6A: "i32.add", 0x6B: "i32.sub", 0x6C: "i32.mul", 0x6D: "i32.div_s", 0x6E: "i32.div_u", 0x6F: "i32.rem_s",
	0x70: "i32.rem_u", 0x71: "i32.and", 0x72: "i32.or", 0x73: "i32.xor", 0x74: "i32.shl", 0x75: "i32.shr_s", 0x76: "i32.shr_u",
	0x91: "f32.sqrt", 0x92: "f32.add", 0x93: "f32.sub", 0x94: "f32.mul", 0x95: "f32.div", 0x96: "f32.min", 0x97: "f32.max",
	0x9F: "f64.sqrt", 0xA0: "f64.add", 0xA1: "f64.sub", 0xA2: "f64.mul", 0xA3: "f64.div",
	0xB2: "f32.convert_i32_s", 0xB6: "f32.demote_f64", 0xB7: "f64.convert_i32_s", 0xBB: "f64.promote_f32",
}

var memOps = map[byte]string{
	0x28: "i32.load", 0x2A: "f32.load", 0x2B: "f64.load", 0x2D: "i32.load8_u",
	0x36: "i32.store", 0x38: "f32.store", 0x39: "f64.store",
}

// SIMD instructions (0xFD prefix) without immediates, by sub-opcode.
var plainSIMD = map[uint64]string{
	0x11: "i32x4.splat", 0x13: "f32x4.splat", 0x42: "f32x4.ne", 0x44: "f32x4.gt", 0x4E: "v128.and", 0x50: "v128.or",
	0x52: "v128.bitselect", 0xAE: "i32x4.add", 0xE4: "f32x4.add", 0xE5: "f32x4.sub", 0xE6: "f32x4.mul",
	0xE7: "f32x4.div", 0xE9: "f32x4.max", 0x105: "f32x4.relaxed_madd",
	0x89: "i16x8.extend_low_i8x16_u", 0x8A: "i16x8.extend_high_i8x16_u", 0xA9: "i32x4.extend_low_i16x8_u",
	0xAA: "i32x4.extend_high_i16x8_u", 0xFA: "f32x4.convert_i32x4_s",
	0x5F: "f64x2.promote_low_f32x4", 0xF0: "f64x2.add", 0xF1: "f64x2.sub", 0xF2: "f64x2.mul",
}

// instr decodes one instruction; delta is +1 when it opens a block, -1 when it closes
// one, 0 for else (printed one level out) and the rest.
func (d *decoder) instr(local func(uint64) string, funcs map[uint32]string) (line string, delta int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("truncated instruction at byte %d", d.pos)
		}
	}()
	at := d.pos
	op := d.byte()
	switch {
	case op == 0x02 || op == 0x03 || op == 0x04:
		d.byte() // block type: always empty (0x40) here
		return map[byte]string{0x02: "block", 0x03: "loop", 0x04: "if"}[op], 1, nil
	case op == 0x05:
		return "else", 0, nil
	case op == 0x0B:
		return "end", -1, nil
	case op == 0x0C:
		return fmt.Sprintf("br %d", d.uleb()), 0, nil
	case op == 0x0D:
		return fmt.Sprintf("br_if %d", d.uleb()), 0, nil
	case op == 0x10:
		return "call $" + funcs[uint32(d.uleb())], 0, nil
	case op == 0x20:
		return "local.get " + local(d.uleb()), 0, nil
	case op == 0x21:
		return "local.set " + local(d.uleb()), 0, nil
	case op == 0x22:
		return "local.tee " + local(d.uleb()), 0, nil
	case op == 0x41:
		return fmt.Sprintf("i32.const %d", d.sleb()), 0, nil
	case op == 0x43:
		v := d.bytes(4)
		return fmt.Sprintf("f32.const %v", math.Float32frombits(uint32(v[0])|uint32(v[1])<<8|uint32(v[2])<<16|uint32(v[3])<<24)), 0, nil
	case op == 0x44:
		var u uint64
		for i, c := range d.bytes(8) {
			u |= uint64(c) << (8 * i)
		}
		return fmt.Sprintf("f64.const %v", math.Float64frombits(u)), 0, nil
	case memOps[op] != "":
		return d.memarg(memOps[op]), 0, nil
	case plainOps[op] != "":
		return plainOps[op], 0, nil
	case op == 0xFD:
		return d.simdInstr()
	case op == 0xFE:
		switch sub := d.uleb(); sub {
		case 0x17:
			return d.memarg("i32.atomic.store"), 0, nil
		case 0x1E:
			return d.memarg("i32.atomic.rmw.add"), 0, nil
		default:
			return "", 0, fmt.Errorf("unknown atomic instruction 0xFE %#x at byte %d", sub, at)
		}
	}
	return "", 0, fmt.Errorf("unknown opcode %#x at byte %d", op, at)
}

func (d *decoder) simdInstr() (string, int, error) {
	at := d.pos
	switch sub := d.uleb(); {
	case sub == 0x00:
		return d.memarg("v128.load"), 0, nil
	case sub == 0x09:
		return d.memarg("v128.load32_splat"), 0, nil
	case sub == 0x0B:
		return d.memarg("v128.store"), 0, nil
	case sub == 0x5D:
		return d.memarg("v128.load64_zero"), 0, nil
	case sub == 0x5B:
		m := d.memarg("v128.store64_lane")
		return fmt.Sprintf("%s %d", m, d.byte()), 0, nil
	case sub == 0x0C:
		v := d.bytes(16)
		var lanes []string
		for i := 0; i < 16; i += 4 {
			lanes = append(lanes, fmt.Sprintf("0x%08x", uint32(v[i])|uint32(v[i+1])<<8|uint32(v[i+2])<<16|uint32(v[i+3])<<24))
		}
		return "v128.const i32x4 " + strings.Join(lanes, " "), 0, nil
	case sub == 0x1B:
		return fmt.Sprintf("i32x4.extract_lane %d", d.byte()), 0, nil
	case sub == 0x1C:
		return fmt.Sprintf("i32x4.replace_lane %d", d.byte()), 0, nil
	case sub == 0x1F:
		return fmt.Sprintf("f32x4.extract_lane %d", d.byte()), 0, nil
	case sub == 0x20:
		return fmt.Sprintf("f32x4.replace_lane %d", d.byte()), 0, nil
	case plainSIMD[sub] != "":
		return plainSIMD[sub], 0, nil
	default:
		return "", 0, fmt.Errorf("unknown SIMD instruction 0xFD %#x at byte %d", sub, at)
	}
}
