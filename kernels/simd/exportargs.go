package simd

import (
	"fmt"
	"sort"
)

// exportParam is one parameter of a module export (kernels_gen.go lists them).
type exportParam struct{ name, kind string }

// ExportArgs lays out the named arguments of the module export fn in the order it takes
// them, for hosts outside this package that call exports themselves (cmd/browserbench's
// page): every parameter must be given exactly once. scratch is the index of the
// per-thread scratch address (each thread t adds t·ScratchBytes), or -1.
func ExportArgs(fn string, named map[string]float64) (args []float64, scratch int, err error) {
	params, ok := exportParams[fn]
	if !ok {
		return nil, -1, fmt.Errorf("simd: the kernel module has no export %q", fn)
	}
	scratch = -1
	for i, p := range params {
		v, ok := named[p.name]
		if !ok {
			return nil, -1, fmt.Errorf("simd: %s: no value for parameter %q", fn, p.name)
		}
		args = append(args, v)
		if p.kind == "scratch" {
			scratch = i
		}
	}
	if len(named) != len(params) {
		var extra []string
		for name := range named {
			found := false
			for _, p := range params {
				found = found || p.name == name
			}
			if !found {
				extra = append(extra, name)
			}
		}
		sort.Strings(extra)
		return nil, -1, fmt.Errorf("simd: %s has no parameters %v", fn, extra)
	}
	return args, scratch, nil
}

// ScratchBytes is the size of one thread's scratch tile (see ExportArgs).
const ScratchBytes = scratchBytes
