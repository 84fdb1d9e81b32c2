package model

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Weights held in memory (a file the user gave the browser) read as the same files
// do from disk, and damaged bytes get an error naming the file.
func TestDecodeWeightsMatchesFiles(t *testing.T) {
	pth := filepath.Join("testdata", "ckpt", "tiny.pth")
	data, err := os.ReadFile(pth)
	if err != nil {
		t.Fatal(err)
	}
	fromFile, err := ReadPth(pth)
	if err != nil {
		t.Fatal(err)
	}
	fromMem, meta, err := DecodeWeights("tiny", data) // the format comes from the bytes, not the name
	if err != nil || meta != nil {
		t.Fatalf("DecodeWeights(tiny.pth): %v, metadata %v", err, meta)
	}
	if !reflect.DeepEqual(fromMem.Keys, fromFile.Keys) {
		t.Fatalf("keys %v, from the file %v", fromMem.Keys, fromFile.Keys)
	}
	for _, k := range fromFile.Keys {
		if !reflect.DeepEqual(fromMem.Tensors[k].Data(), fromFile.Tensors[k].Data()) {
			t.Fatalf("%s differs from the file's", k)
		}
	}

	st := filepath.Join(t.TempDir(), "w.safetensors")
	if err := WriteSafetensors(st, fromFile, map[string]string{"classes": "a\nb"}); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(st)
	sd, meta, err := DecodeWeights("w", raw)
	if err != nil || meta["classes"] != "a\nb" || !reflect.DeepEqual(sd.Keys, fromFile.Keys) {
		t.Fatalf("DecodeWeights(w.safetensors): %v, metadata %v, keys %v", err, meta, sd.Keys)
	}

	for name, bad := range map[string][]byte{"cut.pth": data[:len(data)/2], "cut.safetensors": raw[:len(raw)-9], "empty.pth": nil} {
		if _, _, err := DecodeWeights(name, bad); err == nil {
			t.Errorf("%s: damaged bytes were accepted", name)
		} else if !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}
