//go:build !js

package simd

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"webtune/kernels/simd/internal/gen"
)

// TestGeneratedFresh fails when a committed generated file (the modules, their
// listings, kernels_gen.go) differs from what the generator writes now: run
// `go generate ./kernels/simd` and commit the result.
func TestGeneratedFresh(t *testing.T) {
	files := gen.Files()
	for name, want := range files {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale (%d bytes committed, %d generated); run go generate ./kernels/simd", name, len(got), len(want))
		}
	}
	embedded := map[string][]byte{"kernels.wasm": kernelsWasm, "kernels_relaxed.wasm": kernelsRelaxedWasm,
		"kernels_unshared.wasm": kernelsUnsharedWasm, "kernels_unshared_relaxed.wasm": kernelsUnsharedRelaxedWasm}
	for name, b := range embedded {
		if !bytes.Equal(b, files[name]) {
			t.Errorf("the embedded %s differs from a fresh generation; rebuild after go generate ./kernels/simd", name)
		}
	}
	if !bytes.Equal(Module(false), kernelsWasm) || !bytes.Equal(Module(true), kernelsRelaxedWasm) {
		t.Errorf("Module returns the wrong build")
	}
	// Generation is deterministic: two runs are byte-identical.
	again := gen.Files()
	for name := range files {
		if !bytes.Equal(files[name], again[name]) {
			t.Errorf("%s: two generations differ", name)
		}
	}
}

// The hand-encoded memory module equals what the assembler writes for it.
func TestEnvModule(t *testing.T) {
	for _, pages := range []uint32{1, 127, 128, 65536} {
		for _, shared := range []bool{false, true} {
			if got, want := envModule(pages, shared), gen.EnvModule(pages, shared); !bytes.Equal(got, want) {
				t.Errorf("envModule(%d, %v) = % x, want % x", pages, shared, got, want)
			}
		}
	}
}

// Every export the runtime can call is in the module with the parameters its emitter
// passes: the generated emitters and the committed module agree.
func TestEmittersMatchModule(t *testing.T) {
	declared := map[string]gen.Export{}
	for _, e := range gen.Exports() {
		declared[e.Name] = e
	}
	calls := []call{
		addArgs{}.call(), packBArgs{}.call(), inputArgs{}.call(),
		bnTrainFinishArgs{}.call(), softmaxXentArgs{}.call(), sgdArgs{}.call(),
	}
	for _, m := range []string{"2", "4", "2s2"} {
		calls = append(calls, winoFilterArgs{}.call(m), winoInputArgs{}.call(m), winoOutputArgs{}.call(m))
	}
	for _, m := range []string{"2", "4"} {
		calls = append(calls, winoInputBArgs{}.call(m), winoWgradArgs{}.call(m), winoDyArgs{}.call(m))
	}
	for _, tl := range gemmTiles {
		calls = append(calls, gemmArgs{}.call(tl.String()))
	}
	for _, c := range calls {
		e, ok := declared[c.fn]
		if !ok {
			t.Errorf("emitter calls %s, which the module does not export", c.fn)
			continue
		}
		if len(c.args) != len(e.Params) || len(c.kinds) != len(e.Params) {
			t.Errorf("%s: emitter passes %d arguments, the export takes %d", c.fn, len(c.args), len(e.Params))
		}
		if c.parallel != (e.Flags&gen.Parallel != 0) || c.check != (e.Flags&gen.Checked != 0) {
			t.Errorf("%s: emitter's parallel/check %v/%v disagree with the declaration", c.fn, c.parallel, c.check)
		}
	}
}

// ExportArgs orders named arguments as the export takes them and refuses missing or
// unknown names.
func TestExportArgs(t *testing.T) {
	args, scratch, err := ExportArgs("add", map[string]float64{"n": 4, "y": 3, "b": 2, "a": 1})
	if err != nil || fmt.Sprint(args) != "[1 2 3 4]" || scratch != -1 {
		t.Errorf("add: %v, scratch %d, %v; want [1 2 3 4], -1", args, scratch, err)
	}
	named := map[string]float64{}
	for _, p := range exportParams["gemm_4x8"] {
		named[p.name] = 0
	}
	if _, scratch, err := ExportArgs("gemm_4x8", named); err != nil || exportParams["gemm_4x8"][scratch].name != "scratch" {
		t.Errorf("gemm_4x8: scratch index %d, %v", scratch, err)
	}
	if _, _, err := ExportArgs("add", map[string]float64{"a": 1, "b": 2, "y": 3}); err == nil {
		t.Error("a missing argument was accepted")
	}
	if _, _, err := ExportArgs("add", map[string]float64{"a": 1, "b": 2, "y": 3, "n": 4, "m": 5}); err == nil {
		t.Error("an unknown argument was accepted")
	}
	if _, _, err := ExportArgs("nope", nil); err == nil {
		t.Error("an unknown export was accepted")
	}
}
