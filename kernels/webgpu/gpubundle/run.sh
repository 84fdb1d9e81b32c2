#!/bin/sh
# Runs webtune's WebGPU benchmark on a headless Linux GPU machine (NVIDIA driver, no
# browser, no network), then PyTorch's figures for the same shapes in the same run.
# Usage: sh run.sh [bench flags...]   (e.g. -iters 50, -only conv,gemm)
set -eu
cd "$(dirname "$0")"
if [ "$(id -u)" = 0 ] && ! ldconfig -p | grep -q 'libvulkan.so.1 '; then
	for f in debs/*.deb; do dpkg -x "$f" /; done
	ldconfig
fi
[ -x node ] || { xz -dkf node.xz && chmod +x node; }
[ -f dawn.node ] || xz -dkf dawn.node.xz
[ -f bench.wasm ] || xz -dkf bench.wasm.xz
if [ -z "${VK_DRIVER_FILES:-}" ]; then
	for f in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json; do
		if [ -f "$f" ]; then export VK_DRIVER_FILES="$f"; break; fi
	done
fi
echo "== webtune WebGPU (Dawn under node) =="
./node runner.cjs bench.wasm "$@"
echo
echo "== webtune WebGPU, training step with the shared-memory reductions (no subgroups) =="
./node runner.cjs bench.wasm "$@" -only train -no-subgroups
echo
echo "== PyTorch reference, same GPU =="
if command -v python3 >/dev/null && python3 -c 'import torch' 2>/dev/null; then
	python3 bench_torch.py
else
	echo "python3 with torch not found: no reference column"
fi
