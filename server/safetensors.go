package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// maxSafetensorsHeader bounds the JSON header a listed file may claim (ResNet-18's is
// about 10 KB), so a corrupt length cannot make the server allocate gigabytes.
const maxSafetensorsHeader = 16 << 20

// stInfo is what the weights listing tells about a safetensors file, read from its
// header only.
type stInfo struct {
	meta       map[string]string
	dtype      string // of fc.weight
	numClasses int    // rows of fc.weight
	params     int64
}

// dtypeSizes are the element sizes of the safetensors dtypes a state dict may hold.
var dtypeSizes = map[string]int64{"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}

type stTensor struct {
	DType   string  `json:"dtype"`
	Shape   []int64 `json:"shape"`
	Offsets []int64 `json:"data_offsets"`
}

// readSafetensorsHeader parses and checks the header of the safetensors file rel under
// root: every tensor's byte range must lie inside the file, and fc.weight must be there.
func readSafetensorsHeader(root *os.Root, rel string) (stInfo, error) {
	path := rel
	f, err := root.Open(rel)
	if err != nil {
		return stInfo{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return stInfo{}, err
	}
	var n uint64
	if err := binary.Read(f, binary.LittleEndian, &n); err != nil {
		return stInfo{}, fmt.Errorf("%s: no safetensors header length: %w", path, err)
	}
	if n < 2 || n > maxSafetensorsHeader || int64(n)+8 > st.Size() {
		return stInfo{}, fmt.Errorf("%s: safetensors header length %d does not fit the file (%d bytes)", path, n, st.Size())
	}
	raw := make([]byte, n)
	if _, err := io.ReadFull(f, raw); err != nil {
		return stInfo{}, fmt.Errorf("%s: reading safetensors header: %w", path, err)
	}
	return parseSafetensorsHeader(raw, st.Size()-8-int64(n))
}

// parseSafetensorsHeader checks a header against the size of the data that follows it.
func parseSafetensorsHeader(raw []byte, dataSize int64) (stInfo, error) {
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(raw, &entries); err != nil {
		return stInfo{}, fmt.Errorf("safetensors header is not a JSON object: %w", err)
	}
	info := stInfo{}
	for name, msg := range entries {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &info.meta); err != nil {
				return stInfo{}, fmt.Errorf("safetensors __metadata__ is not a string map: %w", err)
			}
			continue
		}
		var t stTensor
		if err := json.Unmarshal(msg, &t); err != nil {
			return stInfo{}, fmt.Errorf("tensor %q: %w", name, err)
		}
		if len(t.Offsets) != 2 || t.Offsets[0] < 0 || t.Offsets[1] < t.Offsets[0] || t.Offsets[1] > dataSize {
			return stInfo{}, fmt.Errorf("tensor %q: byte range %v outside the %d data bytes", name, t.Offsets, dataSize)
		}
		numel := int64(1)
		for _, d := range t.Shape {
			if d < 0 || d > 1<<31 {
				return stInfo{}, fmt.Errorf("tensor %q: bad shape %v", name, t.Shape)
			}
			if numel *= d; numel > 1<<40 {
				return stInfo{}, fmt.Errorf("tensor %q: shape %v is too large", name, t.Shape)
			}
		}
		size, ok := dtypeSizes[t.DType]
		if !ok {
			return stInfo{}, fmt.Errorf("tensor %q: unknown dtype %q", name, t.DType)
		}
		if numel*size != t.Offsets[1]-t.Offsets[0] {
			return stInfo{}, fmt.Errorf("tensor %q: %v %s needs %d bytes, its range has %d", name, t.Shape, t.DType, numel*size, t.Offsets[1]-t.Offsets[0])
		}
		info.params += numel
		if name == "fc.weight" {
			if len(t.Shape) != 2 {
				return stInfo{}, fmt.Errorf("fc.weight has shape %v, want [classes 512]", t.Shape)
			}
			info.dtype, info.numClasses = t.DType, int(t.Shape[0])
		}
	}
	if info.dtype == "" {
		return stInfo{}, fmt.Errorf("no fc.weight: not a ResNet-18 state dict")
	}
	return info, nil
}
