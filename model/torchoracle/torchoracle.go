// Package torchoracle is how webtune's tests reach their correctness oracle: Debian's
// PyTorch and torchvision (python3-torch, python3-torchvision), run as a subprocess.
// Where it is missing a test skips with the way to install it, except under CI
// (CI=true), where a missing oracle must fail rather than pass unchecked.
package torchoracle

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"testing"
)

// Python is Debian's interpreter, the one that has python3-torch; the python3 on PATH
// may be another one without it.
const Python = "/usr/bin/python3"

var (
	once    sync.Once
	missing string
)

// Require skips t (fails it under CI) unless Python imports torch, torchvision and PIL.
func Require(t testing.TB) {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("the PyTorch oracle runs as a subprocess, which WebAssembly cannot start; these checks run natively")
	}
	once.Do(func() {
		out, err := exec.Command(Python, "-c", "import torch, torchvision, PIL").CombinedOutput()
		if err != nil {
			missing = Python + " cannot import torch, torchvision and PIL (" + err.Error() + ": " + string(bytes.TrimSpace(out)) +
				"); run `make deps` (apt-get install python3-torch python3-torchvision)"
		}
	})
	if missing == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(missing)
	}
	t.Skip(missing)
}
