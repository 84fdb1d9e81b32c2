package kernels

import (
	"encoding/binary"
	"math"
)

// F32Bytes encodes v as little-endian bytes, the layout Program.Write takes.
func F32Bytes(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

// BytesF32 decodes little-endian float32s.
func BytesF32(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// I32Bytes encodes v as little-endian bytes.
func I32Bytes(v []int32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}

// BytesI32 decodes little-endian int32s.
func BytesI32(b []byte) []int32 {
	v := make([]int32, len(b)/4)
	for i := range v {
		v[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// WriteF32 writes float32s into buffer b of prog.
func WriteF32(prog Program, b Buf, v []float32) error { return prog.Write(b, F32Bytes(v)) }

// ReadF32 reads buffer b of prog, which holds n float32s.
func ReadF32(prog Program, b Buf, n int) ([]float32, error) {
	raw := make([]byte, 4*n)
	if err := prog.Read(b, raw); err != nil {
		return nil, err
	}
	return BytesF32(raw), nil
}

// WriteI32 writes int32s into buffer b of prog.
func WriteI32(prog Program, b Buf, v []int32) error { return prog.Write(b, I32Bytes(v)) }

// ReadI32 reads buffer b of prog, which holds n int32s.
func ReadI32(prog Program, b Buf, n int) ([]int32, error) {
	raw := make([]byte, 4*n)
	if err := prog.Read(b, raw); err != nil {
		return nil, err
	}
	return BytesI32(raw), nil
}
