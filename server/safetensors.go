package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"syscall"

	"webtune/model"
)

// stInfo is what the weights listing tells about a safetensors file, read from its
// header only.
type stInfo struct {
	meta       map[string]string
	dtype      string // of fc.weight
	numClasses int    // rows of fc.weight
	params     int64
}

// readSafetensorsHeader reads the header of the safetensors file rel under root with
// the model's own reader (model.ReadSafetensorsHeader) and checks that it is a
// ResNet-18 state dict, so the listing offers only files the trainer loads.
func readSafetensorsHeader(root *os.Root, rel string) (stInfo, error) {
	f, err := openRegular(root, rel)
	if err != nil {
		return stInfo{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return stInfo{}, err
	}
	return safetensorsInfo(f, st.Size())
}

// safetensorsInfo checks size bytes of safetensors at r and summarizes its header.
func safetensorsInfo(r io.ReaderAt, size int64) (stInfo, error) {
	h, err := model.ReadSafetensorsHeader(r, size)
	if err != nil {
		return stInfo{}, err
	}
	classes, err := model.CheckResNet18Header(h)
	if err != nil {
		return stInfo{}, err
	}
	info := stInfo{meta: h.Meta, numClasses: classes}
	for _, t := range h.Tensors {
		n := int64(1)
		for _, d := range t.Shape {
			n *= int64(d) // checked: no overflow, at most the file's bytes
		}
		info.params += n
		if t.Name == "fc.weight" {
			info.dtype = t.DType
		}
	}
	return info, nil
}

// parseSafetensorsHeader checks a bare header (JSON) as if dataSize bytes of data
// followed it.
func parseSafetensorsHeader(raw []byte, dataSize int64) (stInfo, error) {
	if dataSize < 0 || dataSize > 1<<40 {
		return stInfo{}, fmt.Errorf("data size %d out of range", dataSize)
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(raw)))
	head := append(n[:], raw...)
	return safetensorsInfo(zeroTail{bytes.NewReader(head), int64(len(head))}, int64(len(head))+dataSize)
}

// zeroTail reads as its reader followed by zeros.
type zeroTail struct {
	r *bytes.Reader
	n int64
}

func (z zeroTail) ReadAt(p []byte, off int64) (int, error) {
	if off < z.n {
		return z.r.ReadAt(p, off)
	}
	clear(p)
	return len(p), nil
}

// openRegular opens rel under root only if it is a regular file, without blocking on a
// FIFO (O_NONBLOCK) and checking the type of what was opened, so a file swapped for a
// FIFO after an index is refused too.
func openRegular(root *os.Root, rel string) (*os.File, error) {
	f, err := root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	return model.RegularOnly(f, rel)
}
