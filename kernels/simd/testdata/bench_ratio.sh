#!/bin/bash
# Ratios of the simd backend in Chromium (2 threads) to PyTorch CPU (2 threads) on a
# shared, noisy machine: ROUNDS rounds, each the three ResNet-18 benchmarks of
# `make bench-simd` right before bench_torch.py, a ratio per round from the two runs,
# and the median over rounds. A single run swings by 30 % here; pairs run back to back
# see the same load.
#
#	kernels/simd/testdata/bench_ratio.sh [rounds]   (from the repository root, after
#	                                                 go build -o bin/testrunner ./wasm/testrunner)
set -euo pipefail
rounds=${1:-5}
metric() { # benchmark regex, benchtime, unit: the figure before the unit
	GOOS=js GOARCH=wasm go test -run '^$' -bench "ResNet18/$1\$" -benchtime "$2" -timeout 30m \
		-exec "$PWD/bin/testrunner" ./kernels/simd/ | grep -o "[0-9.]* $3" | cut -d' ' -f1
}
rows=()
for r in $(seq "$rounds"); do
	train=$(metric train_batch32_threads2 3x img/s)
	head=$(metric train_head_batch32_threads2 3x img/s)
	infer=$(metric eval_batch1_threads2 20x ms/step)
	torch=$(/usr/bin/python3 model/testdata/bench_torch.py 2 3)
	ttrain=$(echo "$torch" | sed -n 's/.*finetune .*, \([0-9.]*\) img\/s/\1/p')
	thead=$(echo "$torch" | sed -n 's/.*head-only .*, \([0-9.]*\) img\/s/\1/p')
	tinfer=$(echo "$torch" | sed -n 's/.*inference .*: \([0-9.]*\) ms/\1/p')
	row="$train $ttrain $head $thead $infer $tinfer"
	echo "round $r: simd/PyTorch training $train/$ttrain img/s, head-only $head/$thead img/s, inference $infer/$tinfer ms"
	rows+=("$row")
done
printf '%s\n' "${rows[@]}" | /usr/bin/python3 -c '
import statistics, sys
r = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
med = lambda i, j: statistics.median(x[i] / x[j] for x in r)
print(f"median of {len(r)} rounds: training {med(0, 1):.2f}x PyTorch img/s, head-only {med(2, 3):.2f}x, inference {med(4, 5):.2f}x PyTorch time")
'
