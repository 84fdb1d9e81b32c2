package main

import (
	"fmt"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// nativeBackend returns the backend named by a -backend flag.
func nativeBackend(name string) (kernels.Backend, error) {
	switch name {
	case "ref":
		return ref.New(), nil
	}
	return nil, fmt.Errorf("unknown backend %q (native backends: ref)", name)
}
