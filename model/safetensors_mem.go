package model

import "bytes"

// DecodeSafetensors reads a state dict and its metadata from a safetensors file held
// in memory (the browser worker's copy of a weights file), with the same checks as
// ReadSafetensors.
func DecodeSafetensors(b []byte) (*StateDict, map[string]string, error) {
	return readSafetensors(bytes.NewReader(b), int64(len(b)))
}
