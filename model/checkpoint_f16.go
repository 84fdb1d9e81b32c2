package model

import "math"

// f32ToF16 rounds a float32 to the nearest IEEE binary16, ties to even, as PyTorch's
// .half() and NumPy's astype(float16) do. Values at or beyond 65520 become
// infinity; NaNs stay NaNs (quiet, keeping the top payload bits).
func f32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23) & 0xff
	mant := b & 0x7fffff
	if exp == 0xff { // infinity or NaN
		if mant == 0 {
			return sign | 0x7c00
		}
		m := uint16(mant >> 13)
		if m == 0 {
			m = 0x200 // keep it a NaN
		}
		return sign | 0x7c00 | m
	}
	if exp == 0 { // zero or float32 subnormal: far below half of the least float16
		return sign
	}
	e := exp - 127 + 15 // float16 biased exponent
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e >= 1 {
		h := uint32(e)<<10 | mant>>13
		h += f16RoundUp(mant, 13, h)
		// A carry out of the mantissa bumps the exponent, up to infinity (0x7c00).
		return sign | uint16(h)
	}
	// Float16 subnormal: value = m * 2^-24 with the implicit bit made explicit.
	full := mant | 0x800000
	shift := uint(14 - e)
	if shift > 24 {
		return sign // below half of the least subnormal
	}
	h := full >> shift
	h += f16RoundUp(full, shift, h)
	return sign | uint16(h)
}

// f16RoundUp returns 1 when dropping the low `drop` bits of x (kept part kept) must
// round up under round-to-nearest-even, else 0.
func f16RoundUp(x uint32, drop uint, kept uint32) uint32 {
	rem := x & (1<<drop - 1)
	half := uint32(1) << (drop - 1)
	if rem > half || (rem == half && kept&1 == 1) {
		return 1
	}
	return 0
}

// f16ToF32 widens an IEEE binary16 to float32 exactly.
func f16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f:
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	case exp == 0:
		// Zero or subnormal: mant * 2^-24 is exact in float32.
		f := float32(mant) * (1.0 / (1 << 24))
		return math.Float32frombits(sign | math.Float32bits(f))
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}
