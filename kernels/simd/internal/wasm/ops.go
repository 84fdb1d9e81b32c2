package wasm

import "bytes"

// op is an instruction applied to its operands, pushed left to right.
func op(code []byte, args ...Value) Value {
	return expr(func(f *Func) {
		b := &f.code
		for _, a := range args {
			a.emit(f)
		}
		b.Write(code)
	})
}

// simd is a 0xFD-prefixed instruction; the sub-opcode is LEB128.
func simd(sub uint32, args ...Value) Value {
	var code bytes.Buffer
	code.WriteByte(0xFD)
	uleb(&code, uint64(sub))
	return op(code.Bytes(), args...)
}

func load(code []byte, align uint32, addr Value, off uint32) Value {
	return expr(func(f *Func) {
		b := &f.code
		addr.emit(f)
		b.Write(code)
		uleb(b, uint64(align))
		uleb(b, uint64(off))
	})
}

// Constants.

// I32c is an i32 constant.
func I32c(v int32) Value {
	return expr(func(f *Func) {
		b := &f.code
		b.WriteByte(0x41)
		sleb(b, int64(v))
	})
}

// F32c is an f32 constant.
func F32c(v float32) Value {
	return expr(func(f *Func) {
		b := &f.code
		b.WriteByte(0x43)
		b.Write(f32bits(v))
	})
}

// F64c is an f64 constant.
func F64c(v float64) Value {
	return expr(func(f *Func) {
		b := &f.code
		b.WriteByte(0x44)
		b.Write(f64bits(v))
	})
}

// VZero is the all-zero v128.
func VZero() Value {
	return expr(func(f *Func) {
		b := &f.code
		b.Write([]byte{0xFD, 0x0C})
		b.Write(make([]byte, 16))
	})
}

// i32 arithmetic and comparisons.

func Add(a, b Value) Value  { return op([]byte{0x6A}, a, b) }
func Sub(a, b Value) Value  { return op([]byte{0x6B}, a, b) }
func Mul(a, b Value) Value  { return op([]byte{0x6C}, a, b) }
func DivS(a, b Value) Value { return op([]byte{0x6D}, a, b) }
func DivU(a, b Value) Value { return op([]byte{0x6E}, a, b) }
func RemS(a, b Value) Value { return op([]byte{0x6F}, a, b) }
func RemU(a, b Value) Value { return op([]byte{0x70}, a, b) }
func And(a, b Value) Value  { return op([]byte{0x71}, a, b) }
func Or(a, b Value) Value   { return op([]byte{0x72}, a, b) }
func Shl(a, b Value) Value  { return op([]byte{0x74}, a, b) }
func ShrU(a, b Value) Value { return op([]byte{0x76}, a, b) }
func Eqz(a Value) Value     { return op([]byte{0x45}, a) }
func Eq(a, b Value) Value   { return op([]byte{0x46}, a, b) }
func Ne(a, b Value) Value   { return op([]byte{0x47}, a, b) }
func LtS(a, b Value) Value  { return op([]byte{0x48}, a, b) }
func LtU(a, b Value) Value  { return op([]byte{0x49}, a, b) }
func GtS(a, b Value) Value  { return op([]byte{0x4A}, a, b) }
func LeS(a, b Value) Value  { return op([]byte{0x4C}, a, b) }
func GeS(a, b Value) Value  { return op([]byte{0x4E}, a, b) }

// MinS is the smaller of two signed i32s.
func MinS(a, b Value) Value { return Select(a, b, LtS(a, b)) }

// Select is cond ? a : b (both evaluated).
func Select(a, b, cond Value) Value { return op([]byte{0x1B}, a, b, cond) }

// f32 and f64 arithmetic.

func FAdd(a, b Value) Value    { return op([]byte{0x92}, a, b) }
func FSub(a, b Value) Value    { return op([]byte{0x93}, a, b) }
func FMul(a, b Value) Value    { return op([]byte{0x94}, a, b) }
func FDiv(a, b Value) Value    { return op([]byte{0x95}, a, b) }
func FMax(a, b Value) Value    { return op([]byte{0x97}, a, b) }
func FSqrt(a Value) Value      { return op([]byte{0x91}, a) }
func FGt(a, b Value) Value     { return op([]byte{0x5E}, a, b) }
func FLt(a, b Value) Value     { return op([]byte{0x5D}, a, b) }
func FNe(a, b Value) Value     { return op([]byte{0x5C}, a, b) }
func DAdd(a, b Value) Value    { return op([]byte{0xA0}, a, b) }
func DSub(a, b Value) Value    { return op([]byte{0xA1}, a, b) }
func DMul(a, b Value) Value    { return op([]byte{0xA2}, a, b) }
func DDiv(a, b Value) Value    { return op([]byte{0xA3}, a, b) }
func DSqrt(a Value) Value      { return op([]byte{0x9F}, a) }
func F32FromI32(a Value) Value { return op([]byte{0xB2}, a) } // f32.convert_i32_s
func F64FromI32(a Value) Value { return op([]byte{0xB7}, a) } // f64.convert_i32_s
func F32FromF64(a Value) Value { return op([]byte{0xB6}, a) } // f32.demote_f64
func F64FromF32(a Value) Value { return op([]byte{0xBB}, a) } // f64.promote_f32

// Loads (addr is an i32 byte address, off a constant byte offset).

func LoadI32(addr Value, off uint32) Value { return load([]byte{0x28}, 2, addr, off) }
func LoadF32(addr Value, off uint32) Value { return load([]byte{0x2A}, 2, addr, off) }
func LoadF64(addr Value, off uint32) Value { return load([]byte{0x2B}, 3, addr, off) }
func LoadU8(addr Value, off uint32) Value  { return load([]byte{0x2D}, 0, addr, off) }

// LoadV128 loads 16 bytes.
func LoadV128(addr Value, off uint32) Value { return load([]byte{0xFD, 0x00}, 4, addr, off) }

// LoadSplat loads one f32 into all four lanes (v128.load32_splat).
func LoadSplat(addr Value, off uint32) Value { return load([]byte{0xFD, 0x09}, 2, addr, off) }

// Load64Zero loads 8 bytes (two f32) into the low half of a v128, the high half zero
// (v128.load64_zero).
func Load64Zero(addr Value, off uint32) Value { return load([]byte{0xFD, 0x5D}, 3, addr, off) }

// f64x2 operations: two float64 lanes.

func DVPromoteLow(a Value) Value { return simd(0x5F, a) } // f64x2.promote_low_f32x4
func DVAdd(a, b Value) Value     { return simd(0xF0, a, b) }
func DVSub(a, b Value) Value     { return simd(0xF1, a, b) }
func DVMul(a, b Value) Value     { return simd(0xF2, a, b) }

// f32x4 and v128 operations.

func VSplat(x Value) Value           { return simd(0x13, x) } // f32x4.splat
func VAdd(a, b Value) Value          { return simd(0xE4, a, b) }
func VSub(a, b Value) Value          { return simd(0xE5, a, b) }
func VMul(a, b Value) Value          { return simd(0xE6, a, b) }
func VDiv(a, b Value) Value          { return simd(0xE7, a, b) }
func VMax(a, b Value) Value          { return simd(0xE9, a, b) }
func VGt(a, b Value) Value           { return simd(0x44, a, b) } // f32x4.gt, lane masks
func VAnd(a, b Value) Value          { return simd(0x4E, a, b) }
func VBitselect(a, b, m Value) Value { return simd(0x52, a, b, m) } // m ? a : b per bit
func VI32Splat(x Value) Value        { return simd(0x11, x) }
func VI32Add(a, b Value) Value       { return simd(0xAE, a, b) }

// Widening and conversion, for 8-bit pixels: bytes to 16-bit lanes (the low or high 8
// bytes), 16-bit to 32-bit lanes (the low or high 4), 32-bit integers to f32.
func VU8ToU16Low(v Value) Value   { return simd(0x89, v) } // i16x8.extend_low_i8x16_u
func VU8ToU16High(v Value) Value  { return simd(0x8A, v) } // i16x8.extend_high_i8x16_u
func VU16ToU32Low(v Value) Value  { return simd(0xA9, v) } // i32x4.extend_low_i16x8_u
func VU16ToU32High(v Value) Value { return simd(0xAA, v) } // i32x4.extend_high_i16x8_u
func VF32FromI32(v Value) Value   { return simd(0xFA, v) } // f32x4.convert_i32x4_s

// VExtract reads f32 lane i.
func VExtract(v Value, lane byte) Value {
	return expr(func(f *Func) {
		b := &f.code
		v.emit(f)
		b.Write([]byte{0xFD, 0x1F, lane})
	})
}

// VReplace is v with f32 lane i set to x.
func VReplace(v Value, lane byte, x Value) Value { return replaceLane(0x20, v, lane, x) }

// VI32Replace is v with i32 lane i set to x.
func VI32Replace(v Value, lane byte, x Value) Value { return replaceLane(0x1C, v, lane, x) }

// replaceLane is the SIMD replace_lane instruction sub (by lane type) on v, lane and x.
func replaceLane(sub byte, v Value, lane byte, x Value) Value {
	return expr(func(f *Func) {
		v.emit(f)
		x.emit(f)
		f.code.Write([]byte{0xFD, sub, lane})
	})
}

// VI32Extract reads i32 lane i.
func VI32Extract(v Value, lane byte) Value {
	return expr(func(f *Func) {
		b := &f.code
		v.emit(f)
		b.Write([]byte{0xFD, 0x1B, lane})
	})
}

// VMulAdd is a·b + c: f32x4.relaxed_madd when relaxed (one rounding or two, the
// engine's choice), else f32x4.mul then f32x4.add (two roundings, as scalar Go).
func VMulAdd(a, b, c Value, relaxed bool) Value {
	if relaxed {
		return simd(0x105, a, b, c)
	}
	return VAdd(c, VMul(a, b))
}

// Atomics.

// AtomicAdd adds v to the i32 at addr+off and returns the old value.
func AtomicAdd(addr Value, off uint32, v Value) Value {
	return expr(func(f *Func) {
		b := &f.code
		addr.emit(f)
		v.emit(f)
		b.Write([]byte{0xFE, 0x1E})
		uleb(b, 2)
		uleb(b, uint64(off))
	})
}

// VNe is f32x4.ne (lane masks; true for NaN lanes compared with themselves).
func VNe(a, b Value) Value { return simd(0x42, a, b) }

// VOr is v128.or.
func VOr(a, b Value) Value { return simd(0x50, a, b) }

// VI32x4 is a v128 constant of four i32 lanes.
func VI32x4(a, b, c, d int32) Value {
	return expr(func(f *Func) {
		buf := &f.code
		buf.Write([]byte{0xFD, 0x0C})
		for _, v := range []int32{a, b, c, d} {
			u := uint32(v)
			buf.Write([]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)})
		}
	})
}
