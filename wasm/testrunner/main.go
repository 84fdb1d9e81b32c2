package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: testrunner PROGRAM.wasm [ARGS...] (as: GOOS=js GOARCH=wasm go test -exec testrunner ...)")
		os.Exit(2)
	}
	timeout, err := runTimeout(os.Args[2:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "testrunner:", err)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	code, err := Run(ctx, Config{
		Program: os.Args[1],
		Args:    append([]string{filepath.Base(os.Args[1])}, os.Args[2:]...),
		Env:     os.Environ(),
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
		// WASM_TESTRUNNER_NOT_ISOLATED=1 runs the page without cross-origin isolation.
		NotIsolated: os.Getenv("WASM_TESTRUNNER_NOT_ISOLATED") == "1",
	})
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "testrunner:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// runTimeout is how long the whole run may take: the test's own -test.timeout plus a
// minute (so the test binary reports its own timeout with stacks first), else
// $WASM_TESTRUNNER_TIMEOUT, else 20 minutes.
func runTimeout(args []string) (time.Duration, error) {
	for i, a := range args {
		a = strings.TrimLeft(a, "-")
		var v string
		switch {
		case strings.HasPrefix(a, "test.timeout="):
			v = strings.TrimPrefix(a, "test.timeout=")
		case a == "test.timeout" && i+1 < len(args):
			v = args[i+1]
		default:
			continue
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			return 0, fmt.Errorf("bad -test.timeout %q: %v", v, err)
		}
		if d > 0 {
			return d + time.Minute, nil
		}
	}
	if v := os.Getenv("WASM_TESTRUNNER_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return 0, fmt.Errorf("bad WASM_TESTRUNNER_TIMEOUT %q: %v (want a Go duration such as 5m)", v, err)
		}
		return d, nil
	}
	return 20 * time.Minute, nil
}
