// Command gen writes the simd backend's kernel modules (kernels.wasm and
// kernels_relaxed.wasm) into the current directory; `go generate ./kernels/simd` runs it.
package main

import (
	"fmt"
	"os"
	"sort"

	"webtune/kernels/simd"
)

func main() {
	files := simd.Files()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(name, files[name], 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gen: writing %s: %v\n", name, err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (%d bytes)\n", name, len(files[name]))
	}
}
