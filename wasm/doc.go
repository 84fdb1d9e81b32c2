// Package wasm holds webtune's WebAssembly side: the entry points built with GOOS=js
// GOARCH=wasm (wasm/app, the go-app UI; wasm/worker, the compute worker that the UI
// starts as a dedicated Web Worker and that alone links the model and the kernels),
// the syscall/js helpers they share (wasm/jsutil), and the tooling that runs wasm code
// in a real browser (wasm/browser, and the test runner used as `go test -exec`).
package wasm
