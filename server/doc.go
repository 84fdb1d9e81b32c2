// Command webtune is the native side of webtune: `serve` (the app, weights and
// datasets over HTTP; it draws the built-in dataset when there is none and downloads
// what `fetch` would in the background when it is missing), `fetch` (the real
// ResNet-18 weights and hotdog dataset),
// `convert` (.pth and safetensors), `train` (native fine-tuning on the ref backend)
// and `step` (one training step, the parity contract with PyTorch); plus the tools
// `precompress` (brotli and gzip variants of the UI build, for `make build`) and
// `loadtest` (concurrent downloads against a `serve`, for `make bench-server`).
//
// The server serves files only through indexes built from the data directory (opened
// as an os.Root, so nothing outside it can be reached, links included), never from a
// path taken from a request.
package main
