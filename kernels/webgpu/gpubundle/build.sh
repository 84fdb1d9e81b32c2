#!/bin/sh
# Prepares OUT (default gpu-bundle/) with everything webtune's WebGPU benchmark needs on a
# headless Linux GPU machine that has no browser, no node and no network (see
# /work/shared/gpu/README.md): node, Dawn for node, the Vulkan loader and GLVND debs,
# wasm_exec.js, the benchmark wasm, the node runner, run.sh and the PyTorch script,
# all compressed (run.sh unpacks them into a temporary folder there).
# Needs network access to npm and Debian's apt (run it on a development machine).
set -eu
OUT=${1:-gpu-bundle}
HERE=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-go}
mkdir -p "$OUT/debs"
OUT=$(cd "$OUT" && pwd)

for tool in node npm xz apt-get; do
	command -v "$tool" >/dev/null 2>&1 || { echo "gpu-bundle: $tool is missing here (apt-get install nodejs npm xz-utils)" >&2; exit 1; }
done

echo "gpu-bundle: node"
[ -f "$OUT/node.xz" ] || xz -6 -c "$(command -v node)" > "$OUT/node.xz"

echo "gpu-bundle: dawn.node (npm webgpu@0.6.2)"
if [ ! -f "$OUT/dawn.node.xz" ]; then
	scratch=$(mktemp -d)
	(cd "$scratch" && npm install --silent --no-audit --no-fund webgpu@0.6.2 >/dev/null)
	xz -6 -c "$scratch/node_modules/webgpu/dist/linux-x64/dawn.node" > "$OUT/dawn.node.xz"
	rm -rf "$scratch"
fi

echo "gpu-bundle: Vulkan loader and GLVND debs"
if ! ls "$OUT"/debs/libvulkan1_*.deb >/dev/null 2>&1; then
	(cd "$OUT/debs" && apt-get download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2)
fi

echo "gpu-bundle: benchmark wasm and the Go glue"
cp "$($GO env GOROOT)/lib/wasm/wasm_exec.js" "$OUT/"
GOOS=js GOARCH=wasm $GO build -o "$OUT/bench.wasm" ./kernels/webgpu/cmd/bench
xz -6 -f "$OUT/bench.wasm"
cp "$HERE/runner.cjs" "$HERE/run.sh" "$HERE/bench_torch.py" "$OUT/"
chmod +x "$OUT/run.sh"
for f in "$OUT"/*.xz; do
	xz -t "$f" || { echo "gpu-bundle: $f is damaged; delete it and run again" >&2; exit 1; }
done
# The device run carries the bundle with a limit of 64 MiB on everything carried.
bytes=$(du -sb "$OUT" | cut -f1)
if [ "$bytes" -gt $((60 * 1024 * 1024)) ]; then
	echo "gpu-bundle: $OUT holds $bytes bytes, more than the 60 MiB that may travel to a GPU machine (remove stray files)" >&2
	exit 1
fi
echo "gpu-bundle: done, $((bytes / 1024 / 1024)) MiB in $OUT. On the GPU machine: sh $(basename "$OUT")/run.sh 2>&1 | tee run.log"
