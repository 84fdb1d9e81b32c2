package model

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
)

// DecodeSafetensors reads a state dict and its metadata from a safetensors file held
// in memory (the browser worker's copy of a weights file), with the same checks as
// ReadSafetensors.
func DecodeSafetensors(b []byte) (*StateDict, map[string]string, error) {
	return readSafetensors(bytes.NewReader(b), int64(len(b)))
}

// EncodeSafetensors writes sd and meta as a safetensors file to w (the browser
// worker's export, which has no file system).
func EncodeSafetensors(w io.Writer, sd *StateDict, meta map[string]string) error {
	header, err := safetensorsHeader(sd, meta)
	if err != nil {
		return err
	}
	return writeSafetensorsTo(w, header, sd)
}

// DecodePth reads a torchvision .pth checkpoint held in memory (a file the user gave
// the browser), with the same checks as ReadPth; name is for messages.
func DecodePth(name string, data []byte) (sd *StateDict, err error) {
	defer func() {
		if r := recover(); r != nil { // as ReadPth: no input may crash the caller
			sd, err = nil, fmt.Errorf("read pth %s: malformed checkpoint (%v)", name, r)
		}
	}()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("read pth %s: not a readable zip archive (truncated or damaged?): %w", name, err)
	}
	if sd, err = readPthZip(zr, int64(len(data))); err != nil {
		return nil, fmt.Errorf("read pth %s: %w", name, err)
	}
	return sd, nil
}

// DecodeWeights reads weights held in memory, telling the format by its content (a
// .pth is a zip archive, "PK\x03\x04"; anything else is read as safetensors, whose
// errors then say what is wrong): safetensors with its metadata, or a torchvision
// .pth checkpoint (no metadata). name is for messages.
func DecodeWeights(name string, data []byte) (*StateDict, map[string]string, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		sd, err := DecodePth(name, data)
		return sd, nil, err
	}
	sd, meta, err := DecodeSafetensors(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return sd, meta, nil
}
