// Command webtune is the native side of webtune: `serve` (the app, weights and
// datasets over HTTP), `fetch` (the real ResNet-18 weights and hotdog dataset),
// `convert` (.pth and safetensors), `train` (native fine-tuning on the ref backend)
// and `step` (one training step, the parity contract with PyTorch).
package main
