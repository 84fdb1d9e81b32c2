// Command gen writes the simd backend's generated files into the current directory:
// the kernel modules (kernels*.wasm), their text listings (kernels*.wat) and the Go
// emitters of every export (kernels_gen.go), all from the declarations in
// internal/gen; `go generate ./kernels/simd` runs it.
package main

import (
	"fmt"
	"os"
	"sort"

	"webtune/kernels/simd/internal/gen"
)

func main() {
	files := gen.Files()
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
