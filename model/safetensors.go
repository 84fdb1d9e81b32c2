package model

// The safetensors format (https://github.com/huggingface/safetensors): an 8-byte
// little-endian header length N, N bytes of JSON mapping each tensor name to
// {"dtype", "shape", "data_offsets": [begin, end]} (offsets relative to the data
// that follows the header) plus an optional "__metadata__" object of strings, then
// the raw little-endian tensor data, every byte of it owned by exactly one tensor.
//
// The parser is written here rather than taken from nlpodyssey/safetensors because
// that package needs the whole file in one []byte, reorders tensors by dtype and
// name when writing, and its errors do not name the file; webtune keeps state dict
// order and reads a tensor at a time.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strconv"

	"gorgonia.org/tensor"
)

// maxSafetensorsHeader bounds the JSON header; ResNet-18's is about 12 KB.
const maxSafetensorsHeader = 16 << 20

// stDType describes one safetensors dtype that webtune reads or writes.
type stDType struct {
	name string
	size uint64 // bytes per element
}

var (
	stF32 = stDType{"F32", 4}
	stF16 = stDType{"F16", 2}
	stI64 = stDType{"I64", 8}
)

func parseSTDType(s string) (stDType, bool) {
	for _, d := range []stDType{stF32, stF16, stI64} {
		if d.name == s {
			return d, true
		}
	}
	return stDType{}, false
}

// stTensor is one tensor of a safetensors header.
type stTensor struct {
	name        string
	dtype       stDType
	shape       []int
	begin, end  uint64 // byte range within the data section
	numElements uint64
}

// ReadSafetensors reads a safetensors file into a state dict, in the header's key
// order, with its "__metadata__" strings. F32 and F16 tensors become float32
// (F16 widened exactly), I64 tensors int64. A malformed file gives an error that
// names the file and the problem; nothing is allocated beyond the file's size.
func ReadSafetensors(path string) (*StateDict, map[string]string, error) {
	f, err := OpenRegularFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read safetensors: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("read safetensors %s: %w", path, err)
	}
	sd, meta, err := readSafetensors(f, st.Size())
	if err != nil {
		return nil, nil, fmt.Errorf("read safetensors %s: %w", path, err)
	}
	return sd, meta, nil
}

// readSafetensors parses size bytes of safetensors from r.
func readSafetensors(r io.ReaderAt, size int64) (*StateDict, map[string]string, error) {
	tensors, meta, dataStart, err := readSTHeader(r, size)
	if err != nil {
		return nil, nil, err
	}
	sd := NewStateDict()
	var buf []byte
	for _, t := range tensors {
		nb := int(t.end - t.begin)
		if cap(buf) < nb {
			buf = make([]byte, nb)
		}
		buf = buf[:nb]
		if err := readFullAt(r, buf, dataStart+int64(t.begin)); err != nil {
			return nil, nil, fmt.Errorf("reading tensor %q: %w", t.name, err)
		}
		sd.Set(t.name, decodeSTTensor(t, buf))
	}
	return sd, meta, nil
}

// SafetensorsTensor describes one tensor of a safetensors header.
type SafetensorsTensor struct {
	Name  string
	DType string // F32, F16 or I64
	Shape []int
}

// SafetensorsHeader is a checked safetensors header: the tensors in header order and
// the "__metadata__" strings.
type SafetensorsHeader struct {
	Tensors []SafetensorsTensor
	Meta    map[string]string
}

// ReadSafetensorsHeader reads and checks the header of size bytes of safetensors at
// r, with every check ReadSafetensors makes except reading the data: a known dtype,
// element counts without overflow, byte ranges that tile the data section exactly.
func ReadSafetensorsHeader(r io.ReaderAt, size int64) (*SafetensorsHeader, error) {
	tensors, meta, _, err := readSTHeader(r, size)
	if err != nil {
		return nil, err
	}
	h := &SafetensorsHeader{Meta: meta}
	for _, t := range tensors {
		h.Tensors = append(h.Tensors, SafetensorsTensor{Name: t.name, DType: t.dtype.name, Shape: t.shape})
	}
	return h, nil
}

// readSTHeader reads and checks the header of size bytes of safetensors at r.
func readSTHeader(r io.ReaderAt, size int64) ([]stTensor, map[string]string, int64, error) {
	var lenBuf [8]byte
	if size < 8 {
		return nil, nil, 0, fmt.Errorf("file is %d bytes, too short for the 8-byte header length", size)
	}
	if err := readFullAt(r, lenBuf[:], 0); err != nil {
		return nil, nil, 0, fmt.Errorf("reading header length: %w", err)
	}
	n := binary.LittleEndian.Uint64(lenBuf[:])
	if n > maxSafetensorsHeader || n > uint64(size-8) {
		return nil, nil, 0, fmt.Errorf("header length %d is impossible for a %d-byte file (limit %d); the file is truncated or not safetensors",
			n, size, maxSafetensorsHeader)
	}
	header := make([]byte, n)
	if err := readFullAt(r, header, 8); err != nil {
		return nil, nil, 0, fmt.Errorf("reading %d-byte header: %w", n, err)
	}
	dataStart := 8 + int64(n)
	tensors, meta, err := parseSTHeader(header, uint64(size-dataStart))
	return tensors, meta, dataStart, err
}

// readFullAt fills p from r at off; io.ReaderAt may report io.EOF along with a
// full read at the end of the input, which is success.
func readFullAt(r io.ReaderAt, p []byte, off int64) error {
	n, err := r.ReadAt(p, off)
	if n == len(p) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// parseSTHeader parses and validates the JSON header against a data section of
// dataLen bytes, returning the tensors in header order.
func parseSTHeader(header []byte, dataLen uint64) ([]stTensor, map[string]string, error) {
	dec := json.NewDecoder(bytes.NewReader(header))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, fmt.Errorf("header is not a JSON object (starts %s)", clipQuote(header, 20))
	}
	var tensors []stTensor
	var meta map[string]string
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("header JSON: %w", err)
		}
		name, _ := tok.(string) // keys of an object are always strings
		if seen[name] {
			return nil, nil, fmt.Errorf("header names %q twice", name)
		}
		seen[name] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, fmt.Errorf("header JSON at %q: %w", name, err)
		}
		if name == "__metadata__" {
			if err := json.Unmarshal(raw, &meta); err != nil {
				return nil, nil, fmt.Errorf("__metadata__ must map strings to strings: %w", err)
			}
			continue
		}
		t, err := parseSTTensor(name, raw, dataLen)
		if err != nil {
			return nil, nil, err
		}
		tensors = append(tensors, t)
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, nil, fmt.Errorf("header JSON: %w", err)
	}
	if rest := bytes.TrimRight(header[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, nil, fmt.Errorf("header has %d bytes after the JSON object (%s)", len(rest), clipQuote(rest, 20))
	}
	if err := checkSTCoverage(tensors, dataLen); err != nil {
		return nil, nil, err
	}
	return tensors, meta, nil
}

func parseSTTensor(name string, raw json.RawMessage, dataLen uint64) (stTensor, error) {
	var h struct {
		DType   *string   `json:"dtype"`
		Shape   *[]uint64 `json:"shape"`
		Offsets *[]uint64 `json:"data_offsets"`
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return stTensor{}, fmt.Errorf("tensor %q: bad header entry %s: %w", name, clipQuote(raw, 80), err)
	}
	if h.DType == nil || h.Shape == nil || h.Offsets == nil {
		return stTensor{}, fmt.Errorf("tensor %q: header entry %s lacks dtype, shape or data_offsets", name, clipQuote(raw, 80))
	}
	dt, ok := parseSTDType(*h.DType)
	if !ok {
		return stTensor{}, fmt.Errorf("tensor %q has dtype %q; webtune reads F32, F16 and I64", name, *h.DType)
	}
	if len(*h.Offsets) != 2 {
		return stTensor{}, fmt.Errorf("tensor %q: data_offsets has %d numbers, want [begin, end]", name, len(*h.Offsets))
	}
	t := stTensor{name: name, dtype: dt, begin: (*h.Offsets)[0], end: (*h.Offsets)[1], numElements: 1}
	if t.begin > t.end || t.end > dataLen {
		return stTensor{}, fmt.Errorf("tensor %q: data_offsets [%d, %d] lie outside the %d data bytes",
			name, t.begin, t.end, dataLen)
	}
	for _, d := range *h.Shape {
		hi, lo := bits.Mul64(t.numElements, d)
		if hi != 0 || lo > dataLen {
			return stTensor{}, fmt.Errorf("tensor %q: shape %v has more elements than the file has bytes", name, *h.Shape)
		}
		t.numElements = lo
		t.shape = append(t.shape, int(d))
	}
	if t.numElements == 0 {
		return stTensor{}, fmt.Errorf("tensor %q: shape %v has no elements; empty tensors are not supported", name, *h.Shape)
	}
	if want := t.numElements * dt.size; t.end-t.begin != want {
		return stTensor{}, fmt.Errorf("tensor %q: %s shape %v needs %d bytes, data_offsets [%d, %d] give %d",
			name, dt.name, t.shape, want, t.begin, t.end, t.end-t.begin)
	}
	return t, nil
}

// checkSTCoverage checks that the tensors tile the data section exactly: no
// overlap, no hole, nothing after the last tensor.
func checkSTCoverage(tensors []stTensor, dataLen uint64) error {
	order := make([]int, len(tensors))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return tensors[order[a]].begin < tensors[order[b]].begin })
	pos, prev := uint64(0), ""
	for _, i := range order {
		t := tensors[i]
		switch {
		case t.begin < pos:
			return fmt.Errorf("tensor %q (bytes %d..%d) overlaps %q, which ends at %d", t.name, t.begin, t.end, prev, pos)
		case t.begin > pos:
			return fmt.Errorf("data bytes %d..%d belong to no tensor (hole before %q)", pos, t.begin, t.name)
		}
		pos, prev = t.end, t.name
	}
	if pos != dataLen {
		return fmt.Errorf("data section is %d bytes but the tensors cover %d; the file is truncated or padded", dataLen, pos)
	}
	return nil
}

// decodeSTTensor converts validated little-endian bytes to a state dict tensor.
func decodeSTTensor(t stTensor, b []byte) *tensor.Dense {
	n := int(t.numElements)
	shape := tensor.Shape(t.shape)
	switch t.dtype {
	case stI64:
		v := make([]int64, n)
		for i := range v {
			v[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
		}
		return denseOf(v, shape)
	case stF16:
		v := make([]float32, n)
		for i := range v {
			v[i] = f16ToF32(binary.LittleEndian.Uint16(b[2*i:]))
		}
		return denseOf(v, shape)
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return denseOf(v, shape)
}

// WriteSafetensors writes sd to path as safetensors, keys in state dict order,
// with meta as "__metadata__" (may be nil). float32 tensors are stored as F32,
// Float16 as F16, int64 as I64, all in the layout they have in sd (torchvision's
// OIHW for a ResNet state dict). The file is replaced atomically: on any error
// the previous file at path is intact.
func WriteSafetensors(path string, sd *StateDict, meta map[string]string) error {
	header, err := safetensorsHeader(sd, meta)
	if err != nil {
		return fmt.Errorf("write safetensors %s: %w", path, err)
	}
	return writeFileAtomic(path, func(w io.Writer) error {
		return writeSafetensorsTo(w, header, sd)
	})
}

// writeSafetensorsTo writes a header made by safetensorsHeader and sd's data.
func writeSafetensorsTo(w io.Writer, header []byte, sd *StateDict) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	bw.Write(n[:])
	bw.Write(header)
	if err := writeSafetensorsData(bw, sd); err != nil {
		return err
	}
	return bw.Flush()
}

// writeSafetensorsData writes sd's tensors in key order: the data section.
func writeSafetensorsData(w io.Writer, sd *StateDict) error {
	var buf []byte
	for _, k := range sd.Keys {
		buf = encodeSTTensor(buf[:0], sd.Tensors[k])
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	return nil
}

// safetensorsHeader checks sd and builds its JSON header, padded with spaces to a
// multiple of 8 bytes so the data that follows stays aligned.
func safetensorsHeader(sd *StateDict, meta map[string]string) ([]byte, error) {
	var h bytes.Buffer
	h.WriteByte('{')
	if len(meta) > 0 {
		m, err := json.Marshal(meta) // sorted keys: deterministic files
		if err != nil {
			return nil, err
		}
		h.WriteString(`"__metadata__":`)
		h.Write(m)
	}
	seen := map[string]bool{}
	var offset uint64
	for _, k := range sd.Keys {
		if seen[k] {
			return nil, fmt.Errorf("key %q is listed twice", k)
		}
		seen[k] = true
		if k == "__metadata__" {
			return nil, errors.New(`a tensor cannot be named "__metadata__"`)
		}
		t, ok := sd.Tensors[k]
		if !ok || t == nil {
			return nil, fmt.Errorf("key %q is listed but has no tensor", k)
		}
		dt, err := stDTypeOf(k, t)
		if err != nil {
			return nil, err
		}
		size := uint64(t.Shape().TotalSize()) * dt.size
		if h.Len() > 1 {
			h.WriteByte(',')
		}
		name, _ := json.Marshal(k)
		shape := t.Shape()
		if shape == nil || t.IsScalar() {
			shape = tensor.Shape{}
		}
		shapeJSON, _ := json.Marshal([]int(shape))
		fmt.Fprintf(&h, `%s:{"dtype":%q,"shape":%s,"data_offsets":[%d,%d]}`,
			name, dt.name, shapeJSON, offset, offset+size)
		offset += size
	}
	if len(seen) != len(sd.Tensors) {
		return nil, fmt.Errorf("state dict has %d tensors but lists %d keys", len(sd.Tensors), len(seen))
	}
	h.WriteByte('}')
	for h.Len()%8 != 0 {
		h.WriteByte(' ')
	}
	return h.Bytes(), nil
}

// stDTypeOf maps a tensor's element type to its safetensors dtype and checks that
// its data is plain, contiguous and the size its shape says.
func stDTypeOf(key string, t *tensor.Dense) (stDType, error) {
	if t.IsView() || !t.DataOrder().IsRowMajor() {
		return stDType{}, fmt.Errorf("tensor %q is a view or not row-major; materialize it first", key)
	}
	var dt stDType
	var n int
	switch v := tensorElems(t).(type) {
	case []float32:
		dt, n = stF32, len(v)
	case []Float16:
		dt, n = stF16, len(v)
	case []int64:
		dt, n = stI64, len(v)
	default:
		return stDType{}, fmt.Errorf("tensor %q has element type %v; safetensors files hold float32, Float16 or int64", key, t.Dtype())
	}
	if want := t.Shape().TotalSize(); n != want || n == 0 {
		return stDType{}, fmt.Errorf("tensor %q has %d elements for shape %v", key, n, []int(t.Shape()))
	}
	return dt, nil
}

// encodeSTTensor appends t's elements to buf in little-endian order.
func encodeSTTensor(buf []byte, t *tensor.Dense) []byte {
	switch v := tensorElems(t).(type) {
	case []float32:
		for _, f := range v {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(f))
		}
	case []Float16:
		for _, h := range v {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(h))
		}
	case []int64:
		for _, x := range v {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(x))
		}
	}
	return buf
}

// clip shortens b for an error message.
func clipQuote(b []byte, n int) string {
	if len(b) > n {
		return strconv.Quote(string(b[:n])) + "..."
	}
	return strconv.Quote(string(b))
}
