// Package wasm holds webtune's WebAssembly side: the entry points built with GOOS=js
// GOARCH=wasm (wasm/app, the go-app UI; wasm/worker, the trainer that runs in a Web
// Worker) and the tooling that runs wasm code in a real browser (wasm/browser, and the
// test runner used as `go test -exec`).
package wasm
