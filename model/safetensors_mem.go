package model

import (
	"bytes"
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
