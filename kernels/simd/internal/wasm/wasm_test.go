package wasm

import (
	"bytes"
	"testing"
)

func TestLEB128(t *testing.T) {
	for _, c := range []struct {
		v    uint64
		want []byte
	}{{0, []byte{0}}, {127, []byte{0x7F}}, {128, []byte{0x80, 0x01}}, {624485, []byte{0xE5, 0x8E, 0x26}}} {
		var b bytes.Buffer
		uleb(&b, c.v)
		if !bytes.Equal(b.Bytes(), c.want) {
			t.Errorf("uleb(%d) = % x, want % x", c.v, b.Bytes(), c.want)
		}
	}
	for _, c := range []struct {
		v    int64
		want []byte
	}{{0, []byte{0}}, {-1, []byte{0x7F}}, {63, []byte{0x3F}}, {64, []byte{0xC0, 0x00}}, {-64, []byte{0x40}}, {-123456, []byte{0xC0, 0xBB, 0x78}}} {
		var b bytes.Buffer
		sleb(&b, c.v)
		if !bytes.Equal(b.Bytes(), c.want) {
			t.Errorf("sleb(%d) = % x, want % x", c.v, b.Bytes(), c.want)
		}
	}
}

// A tiny module encodes to the exact bytes the binary format prescribes.
func TestEncodeSmallModule(t *testing.T) {
	m := NewModule()
	f := m.Func("add1", true, []ValType{I32}, []ValType{I32})
	f.Result(Add(f.Param(0), I32c(1)))
	got := m.Encode()
	want := []byte{
		0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, // magic, version
		0x01, 0x06, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F, // type section: (i32) -> i32
		0x03, 0x02, 0x01, 0x00, // function section
		0x07, 0x08, 0x01, 0x04, 'a', 'd', 'd', '1', 0x00, 0x00, // export "add1"
		0x0A, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6A, 0x0B, // code
	}
	if !bytes.Equal(got, want) {
		t.Errorf("encoded\n% x\nwant\n% x", got, want)
	}
}

// Using a local of one function inside another is a generator bug caught at once.
func TestForeignLocalPanics(t *testing.T) {
	m := NewModule()
	f := m.Func("f", false, []ValType{I32}, nil)
	g := m.Func("g", false, nil, nil)
	defer func() {
		if recover() == nil {
			t.Fatal("no panic when g used a local of f")
		}
	}()
	g.Drop(f.Param(0))
}
