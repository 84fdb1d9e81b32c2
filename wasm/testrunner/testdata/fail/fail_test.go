// Package fail is a wasm test that fails, for the test runner's own tests.
package fail

import "testing"

func TestFails(t *testing.T) {
	t.Log("marker-fail-ran")
	t.Fatal("this test fails on purpose")
}
