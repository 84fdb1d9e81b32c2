#!/bin/sh
# Runs webtune's WebGPU benchmark on a headless Linux GPU machine (NVIDIA driver, no
# browser, no network), then PyTorch's figures for the same shapes in the same run.
#
# Usage: sh run.sh [bench flags...] 2>&1 | tee LOG   (e.g. -tiny, -iters 50)
#
# Built so that one run gives every figure it can, whatever fails: the bundle is
# unpacked into a temporary folder (the bundle itself stays small enough to travel),
# each stage is its own process under `timeout` and prints "FAILED <stage>: <reason>"
# when it fails, and the run ends with a summary. The exit status is 1 if any stage
# failed.
#
# Environment: VK_DRIVER_FILES (the Vulkan ICD; searched for when unset), BUDGET_S (the
# whole run's seconds, default 480), STAGE_S (one stage's most seconds, default 150),
# STAGES (which stages, in order; default all), WEBTUNE_DAWN_FLAGS (extra Dawn toggles).
set -u
BUNDLE=$(cd "$(dirname "$0")" && pwd)
BUDGET_S=${BUDGET_S:-480}
STAGE_S=${STAGE_S:-150}
STAGES=${STAGES:-adapter train profile infer torch gemm conv train-former train-no-subgroups train-no-robustness}
START=$(date +%s)
DEADLINE=$((START + BUDGET_S))
OK=""
FAILED=""

say() { echo "run.sh: $*"; }
fail() { # stage reason
	echo "FAILED $1: $2"
	FAILED="$FAILED $1"
}

T=$(mktemp -d "${TMPDIR:-/tmp}/webtune-gpu.XXXXXX") || { echo "FAILED unpack: no temporary folder"; exit 1; }
trap 'rm -rf "$T"' EXIT INT TERM

# stage NAME SECONDS COMMAND...: runs COMMAND under timeout (at most SECONDS, and never
# past the run's budget), then records it as ok or FAILED with the reason.
stage() {
	name=$1 limit=$2
	shift 2
	left=$((DEADLINE - $(date +%s)))
	if [ "$left" -lt 20 ]; then
		fail "$name" "skipped: the run's budget of ${BUDGET_S}s is spent"
		return
	fi
	[ "$limit" -gt "$left" ] && limit=$left
	echo
	echo "== $name (at most ${limit}s) =="
	t0=$(date +%s)
	if [ "$have_timeout" = 1 ]; then
		timeout -k 10 "$limit" "$@"
	else
		"$@"
	fi
	rc=$?
	took=$(($(date +%s) - t0))
	case $rc in
	0)
		echo "== $name: ok in ${took}s"
		OK="$OK $name"
		;;
	124 | 137) fail "$name" "timed out after ${limit}s (a hang, or too slow for its limit)" ;;
	*) fail "$name" "exit status $rc after ${took}s (the lines above say why)" ;;
	esac
}

# bench NAME SECONDS [flags...]: a stage of the WebGPU benchmark, under node with Dawn.
bench() {
	name=$1 limit=$2
	shift 2
	stage "$name" "$limit" "$T/node" "$T/runner.cjs" "$T/bench.wasm" "$@"
}

have_timeout=1
command -v timeout >/dev/null 2>&1 || { have_timeout=0; say "no timeout command here: stages run without a limit"; }

echo "== machine =="
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); $(uname -srm); uid $(id -u); bench flags: $*"
if command -v nvidia-smi >/dev/null 2>&1; then
	timeout 20 nvidia-smi -L || echo "nvidia-smi -L failed"
	timeout 20 nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv || true
else
	echo "nvidia-smi: not found (no NVIDIA driver tools on this machine)"
fi

echo
echo "== unpack into $T =="
unpacked=1
for f in node dawn.node bench.wasm; do
	if ! xz -dc "$BUNDLE/$f.xz" > "$T/$f"; then
		fail unpack "xz could not unpack $BUNDLE/$f.xz"
		unpacked=0
	fi
done
chmod +x "$T/node"
cp "$BUNDLE/runner.cjs" "$BUNDLE/wasm_exec.js" "$T/" || { fail unpack "cannot copy runner.cjs and wasm_exec.js"; unpacked=0; }
# The NVIDIA Vulkan ICD needs the Vulkan loader and GLVND (libGLdispatch): as root they
# are unpacked over / (what was seen to work); otherwise into $T, on LD_LIBRARY_PATH.
if [ "$(id -u)" = 0 ]; then
	for f in "$BUNDLE"/debs/*.deb; do dpkg -x "$f" / || fail unpack "dpkg -x $f /"; done
	ldconfig
	say "Vulkan loader and GLVND unpacked over / ($(ls "$BUNDLE"/debs | tr '\n' ' '))"
else
	for f in "$BUNDLE"/debs/*.deb; do dpkg -x "$f" "$T/sys" || fail unpack "dpkg -x $f $T/sys"; done
	export LD_LIBRARY_PATH="$T/sys/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
	say "not root: Vulkan loader and GLVND in $T/sys, on LD_LIBRARY_PATH"
fi
ldconfig -p | grep -E 'libvulkan\.so\.1 |libGLX_nvidia|libGLdispatch' | sed 's/^/  /'

echo
echo "== Vulkan driver (ICD) =="
if [ -n "${VK_DRIVER_FILES:-}" ]; then
	say "VK_DRIVER_FILES was given: $VK_DRIVER_FILES"
else
	for f in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json \
		/etc/vulkan/icd.d/nvidia_icd.json /usr/local/share/vulkan/icd.d/nvidia_icd.json; do
		if [ -f "$f" ]; then
			VK_DRIVER_FILES=$f
			break
		fi
	done
	if [ -z "${VK_DRIVER_FILES:-}" ]; then
		say "no nvidia_icd.json in the usual places; searching /usr /etc /opt /run /var"
		VK_DRIVER_FILES=$(timeout 30 find /usr /etc /opt /run /var -name 'nvidia_icd*.json' 2>/dev/null | head -1)
	fi
	if [ -z "${VK_DRIVER_FILES:-}" ]; then
		glx=$(ldconfig -p | grep -o '/[^ ]*libGLX_nvidia\.so\.0' | head -1)
		if [ -n "$glx" ]; then
			say "no nvidia_icd.json anywhere; writing one for the driver library $glx"
			printf '{"file_format_version": "1.0.0", "ICD": {"library_path": "%s", "api_version": "1.3.0"}}\n' "$glx" > "$T/nvidia_icd.json"
			VK_DRIVER_FILES=$T/nvidia_icd.json
		fi
	fi
	if [ -n "${VK_DRIVER_FILES:-}" ]; then
		export VK_DRIVER_FILES
		say "chose VK_DRIVER_FILES=$VK_DRIVER_FILES"
	else
		say "NO NVIDIA Vulkan ICD found (no nvidia_icd.json, no libGLX_nvidia.so.0): the loader's own search decides"
	fi
fi
if [ -n "${VK_DRIVER_FILES:-}" ]; then
	cat "$VK_DRIVER_FILES" 2>/dev/null || say "cannot read $VK_DRIVER_FILES"
	echo
fi

if [ "$unpacked" = 1 ]; then
	for s in $STAGES; do
		case $s in
		adapter) bench adapter 60 "$@" -only none ;;
		train) bench train "$STAGE_S" "$@" -only train ;;
		profile) bench profile "$STAGE_S" "$@" -only profile ;;
		infer) bench infer "$STAGE_S" "$@" -only infer ;;
		gemm) bench gemm "$STAGE_S" "$@" -only gemm ;;
		conv) bench conv "$STAGE_S" "$@" -only conv ;;
		train-former)
			bench train-former "$STAGE_S" "$@" -only train,profile -gemm-shared 16384 -splitk-workgroups 512 -scalar-eltwise -scalar-shared-a \
				-separate-relu-mask -separate-bn-stats -per-element-index -padded-tiles
			;;
		train-no-subgroups) bench train-no-subgroups "$STAGE_S" "$@" -only train -no-subgroups ;;
		train-no-robustness)
			stage train-no-robustness "$STAGE_S" env WEBTUNE_DAWN_FLAGS="enable-dawn-features=disable_robustness ${WEBTUNE_DAWN_FLAGS:-}" \
				"$T/node" "$T/runner.cjs" "$T/bench.wasm" "$@" -only train
			;;
		torch)
			echo
			echo "== torch: looking for a python3 that imports torch and torchvision =="
			py=""
			for cand in python3 /usr/bin/python3 /usr/local/bin/python3 /opt/conda/bin/python3 python; do
				command -v "$cand" >/dev/null 2>&1 || continue
				if timeout 120 "$cand" -c 'import torch, torchvision; print("torch", torch.__version__, "torchvision", torchvision.__version__, "cuda", torch.cuda.is_available())'; then
					py=$cand
					break
				fi
				echo "$(command -v "$cand"): no torch or torchvision"
			done
			if [ -n "$py" ]; then
				stage torch 240 "$py" -u "$BUNDLE/bench_torch.py" "$@"
			else
				fail torch "no python3 here imports torch and torchvision: no reference column"
			fi
			;;
		*) fail "$s" "no such stage (STAGES=$STAGES)" ;;
		esac
	done
fi

echo
echo "== summary: $(($(date +%s) - START))s =="
echo "ok:${OK:- none}"
if [ -n "$FAILED" ]; then
	echo "FAILED:$FAILED"
	exit 1
fi
echo "every stage passed"
