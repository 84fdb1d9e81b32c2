package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// buildWasmTest compiles the test package in testdata/dir for GOOS=js.
func buildWasmTest(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), dir+".test")
	cmd := exec.Command("go", "test", "-c", "-o", bin, "./testdata/"+dir)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building testdata/%s for wasm: %v\n%s", dir, err, out)
	}
	return bin
}

func runWasm(t *testing.T, bin string, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out bytes.Buffer
	code, err := Run(ctx, Config{
		Program: bin, Args: append([]string{"x.test"}, args...),
		Stdout: &out, Stderr: &out,
	})
	if err != nil {
		t.Fatalf("running %s: %v\noutput:\n%s", bin, err, out.String())
	}
	return code, out.String()
}

func TestPassingWasmTestExitsZero(t *testing.T) {
	code, out := runWasm(t, buildWasmTest(t, "pass"), "-test.v")
	if code != 0 {
		t.Fatalf("exit code %d, want 0; output:\n%s", code, out)
	}
	for _, want := range []string{"marker-pass-ran", "--- PASS: TestInBrowser", "\nPASS\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestFailingWasmTestExitsNonZero(t *testing.T) {
	code, out := runWasm(t, buildWasmTest(t, "fail"), "-test.v")
	if code == 0 {
		t.Fatalf("exit code 0 for a failing test; output:\n%s", out)
	}
	if !strings.Contains(out, "marker-fail-ran") || !strings.Contains(out, "--- FAIL: TestFails") {
		t.Errorf("output lacks the failing test's lines:\n%s", out)
	}
}

// The argv must reach the program: -test.run that matches nothing runs no test.
func TestArgsReachProgram(t *testing.T) {
	code, out := runWasm(t, buildWasmTest(t, "pass"), "-test.v", "-test.run=^NoSuchTest$")
	if code != 0 {
		t.Fatalf("exit code %d, want 0; output:\n%s", code, out)
	}
	if strings.Contains(out, "marker-pass-ran") {
		t.Errorf("-test.run did not reach the program, the test ran:\n%s", out)
	}
}

func TestRunTimeout(t *testing.T) {
	d, err := runTimeout([]string{"-test.v", "-test.timeout=3m"})
	if err != nil || d != 4*time.Minute {
		t.Errorf("runTimeout(-test.timeout=3m) = %v, %v; want 4m", d, err)
	}
	if _, err := runTimeout([]string{"-test.timeout=abc"}); err == nil {
		t.Error("runTimeout accepted a bad -test.timeout")
	}
}
