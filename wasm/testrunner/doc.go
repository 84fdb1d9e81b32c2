// Command testrunner runs a GOOS=js GOARCH=wasm Go program (usually a test binary) inside
// headless Chromium, for use as `go test -exec`:
//
//	GOOS=js GOARCH=wasm go test -exec "go run ./wasm/testrunner" ./kernels/webgpu/
//
// It serves the binary, Go's wasm_exec.js and a small page from a loopback HTTP server
// with COOP/COEP headers (so the page is cross-origin isolated and has
// SharedArrayBuffer, and is a secure context, so it has WebGPU), passes the program its
// arguments and environment, streams the program's stdout and stderr back as they come,
// and exits with the program's exit code. A crash of the page, a trap of the wasm
// module or a timeout ends the run with a non-zero code and a message on stderr.
//
// The timeout is -test.timeout plus a minute when that flag is given, else
// $WASM_TESTRUNNER_TIMEOUT (a Go duration), else 20 minutes. With
// WASM_TESTRUNNER_NOT_ISOLATED=1 the page is served without COOP/COEP, as on a site
// that cannot set them (no SharedArrayBuffer, no shared WebAssembly memory).
package main
