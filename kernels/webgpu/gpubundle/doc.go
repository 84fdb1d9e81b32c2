// Package gpubundle holds no Go code: it is the kit that `make gpu-bundle` (build.sh)
// assembles into gpu-bundle/ to benchmark the WebGPU backend on a headless GPU machine
// with Dawn under node (runner.cjs, run.sh) next to PyTorch (bench_torch.py).
package gpubundle
