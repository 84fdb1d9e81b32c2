# webtune: `make run` serves the app, `make test` installs what the tests need and runs them.
GO      ?= go
BIN     := bin
WASMDIR := static/build

.PHONY: build run test test-native e2e deps fixtures vet bench-train bench-server test-webgpu gpu-bundle rehearse-gpu bench-webgpu test-simd bench-simd bench-simd-ratio bench-simd-layers

# The server, and in static/build the wasm UI, the compute worker and Go's wasm_exec.js
# glue (the worker's, from the Go that built it), with their .br/.gz variants. -s -w
# leaves out debug information the browser never reads.
build:
	$(GO) build -o $(BIN)/webtune ./server
	GOOS=js GOARCH=wasm $(GO) build -ldflags="-s -w" -o $(WASMDIR)/app.wasm ./wasm/app
	GOOS=js GOARCH=wasm $(GO) build -ldflags="-s -w" -o $(WASMDIR)/worker.wasm ./wasm/worker
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" $(WASMDIR)/wasm_exec.js
	./$(BIN)/webtune precompress $(WASMDIR)

run: build
	./$(BIN)/webtune serve

# Debian's Chromium (the real browser for tests) and PyTorch (the correctness oracle).
deps:
	@need=""; \
	command -v chromium >/dev/null 2>&1 || need="$$need chromium"; \
	/usr/bin/python3 -c 'import torch, torchvision' >/dev/null 2>&1 || need="$$need python3-torch python3-torchvision"; \
	if [ -n "$$need" ]; then \
		echo "installing:$$need"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need >/dev/null; \
	fi

vet:
	$(GO) vet ./...

# Everything native but the end-to-end tests, which `make e2e` runs on their own.
test-native:
	$(GO) test -timeout 30m $$($(GO) list ./... | grep -v /web/e2e)

# The app end to end: a real `webtune serve`, the built UI and worker, headless Chromium
# with a fake webcam and WebGPU on SwiftShader (web/e2e). WEBTUNE_E2E_OUT=DIR keeps
# the screenshots each test takes.
e2e:
	$(GO) test -timeout 30m -count=1 -v ./web/e2e/

test: deps vet test-native test-webgpu test-simd e2e

# Regenerates the committed PyTorch parity fixtures (needs python3-torch).
fixtures:
	/usr/bin/python3 model/testdata/gen_fixtures.py model/testdata

# Native training speed on the ref backend (batch 32, 224x224) next to PyTorch CPU in the
# same run; peak memory from GNU time.
bench-train:
	$(GO) test -c -o $(BIN)/model.test ./model
	for i in 1 2 3; do /usr/bin/time -f "peak RSS %M KB" ./$(BIN)/model.test -test.run '^$$' -test.bench 'StepFinetune32|StepHeadOnly32|Inference1' -test.benchtime 2x; done
	/usr/bin/python3 model/testdata/bench_torch.py 2 3

# Load test of `webtune serve` on loopback: 10, 100 and 500 clients each download the
# weights and the whole built-in dataset; throughput, latency, errors, server peak RSS.
bench-server: build
	./$(BIN)/webtune loadtest -clients 10,100,500 -max-time 180s

# The WebGPU backend's tests (conformance suite against ref, a ResNet-18 train step)
# inside headless Chromium, WebGPU on SwiftShader, through the wasm test runner.
# Compiling shaders is most of their time, and one GPU process compiles one pipeline
# at a time, so they run as two Chromiums at once: the suite with the ResNet-18 steps
# (which share its convolution shapes, hence its pipelines), and the rest, after one
# build of the package into the build cache (so that the two do not both compile it).
# On a 2-core host that took 661 s instead of 1044.
WEBGPU_FIRST = ^(TestConformance|TestResNet18TrainStep|TestResNet18MicroBatchStep)$$
test-webgpu:
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	GOOS=js GOARCH=wasm $(GO) test -c -o /dev/null ./kernels/webgpu/
	GOOS=js GOARCH=wasm $(GO) test -timeout 45m -exec $(abspath $(BIN))/testrunner -run '$(WEBGPU_FIRST)' ./kernels/webgpu/ & first=$$!; \
	GOOS=js GOARCH=wasm $(GO) test -timeout 45m -exec $(abspath $(BIN))/testrunner -skip '$(WEBGPU_FIRST)' ./kernels/webgpu/; rest=$$?; \
	wait $$first && exit $$rest

# Everything the WebGPU benchmark needs on a headless GPU machine, in gpu-bundle/
# (ignored, about 32 MB); there: sh gpu-bundle/run.sh 2>&1 | tee LOG (README: "Running
# on a GPU"). See kernels/webgpu/gpubundle/build.sh.
gpu-bundle:
	GO=$(GO) sh kernels/webgpu/gpubundle/build.sh gpu-bundle

# The GPU run rehearsed on this CPU machine: the same bundle and the same command line,
# with Vulkan from Debian chromium's SwiftShader driver, tiny sizes (-tiny) and limits
# long enough for a CPU. It passes when every stage of run.sh passes (the log says
# "every stage passed"); PyTorch runs on the CPU at the tiny sizes.
REHEARSE_OUT ?= bin/rehearse-gpu
rehearse-gpu: gpu-bundle
	@test -f /usr/lib/chromium/vk_swiftshader_icd.json || { echo "rehearse-gpu: needs Debian's chromium (SwiftShader Vulkan): apt-get install chromium"; exit 1; }
	mkdir -p $(REHEARSE_OUT)
	VK_DRIVER_FILES=/usr/lib/chromium/vk_swiftshader_icd.json BUDGET_S=5400 STAGE_S=1500 \
		sh gpu-bundle/run.sh -tiny 2>&1 | tee $(REHEARSE_OUT)/run.log
	@grep -q '^every stage passed' $(REHEARSE_OUT)/run.log || { echo "rehearse-gpu: a stage FAILED (see $(REHEARSE_OUT)/run.log)"; exit 1; }

# The WebGPU benchmark in headless Chromium on SwiftShader, at tiny sizes by default
# (it only shows the benchmark runs; the figures mean nothing on a CPU).
BENCH_FLAGS ?= -tiny
bench-webgpu:
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	GOOS=js GOARCH=wasm $(GO) build -o $(BIN)/bench.wasm ./kernels/webgpu/cmd/bench
	$(BIN)/testrunner $(BIN)/bench.wasm $(BENCH_FLAGS)

# The WebAssembly SIMD backend: the conformance suite and the other tests natively on
# wazero (1 and several threads, committed module fresh), the suite again in headless
# Chromium (GOOS=js driver, page + worker, relaxed build), then the module's SGEMM in
# Chromium (both builds, 1 and 2 threads, results checked) at small sizes.
test-simd:
	$(GO) test -timeout 20m ./kernels/simd/...
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	GOOS=js GOARCH=wasm $(GO) test -timeout 20m -exec $(abspath $(BIN))/testrunner ./kernels/simd/
	WASM_TESTRUNNER_NOT_ISOLATED=1 GOOS=js GOARCH=wasm $(GO) test -timeout 20m -run NotIsolated -exec $(abspath $(BIN))/testrunner ./kernels/simd/
	$(GO) run ./kernels/simd/cmd/browserbench -sizes 64,200 -reps 1

# The simd backend's benchmarks, side by side with PyTorch CPU in the same run: SGEMM
# GFLOP/s at 256/512/1024 with 1 and 2 threads natively on wazero (2-4x slower than V8
# on SIMD), in headless Chromium (mul+add and relaxed-SIMD FMA) and PyTorch; then the
# ResNet-18 train step (batch 8 and 32, 224x224) and batch-1 inference in Chromium,
# natively (batch 8 only: wazero is slow) and in PyTorch; then the time per kernel of
# an inference and a batch-8 train step in Chromium (warm-up and one timed run each)
# and the module memory of the training plan at batch 8, 32 and 128; last, batch-1
# inference layer by layer beside PyTorch's (bench-simd-layers).
bench-simd:
	$(GO) test -run '^$$' -bench SGEMM -benchtime 5x ./kernels/simd/ | grep GFLOP
	$(GO) run ./kernels/simd/cmd/browserbench -reps 5
	/usr/bin/python3 kernels/simd/testdata/bench_torch_mm.py 5 256 512 1024
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	GOOS=js GOARCH=wasm $(GO) test -v -run '^$$' -bench 'ResNet18/train' -benchtime 3x -timeout 30m -exec $(abspath $(BIN))/testrunner ./kernels/simd/ | grep img/s
	GOOS=js GOARCH=wasm $(GO) test -v -run '^$$' -bench 'ResNet18/eval' -benchtime 20x -count 3 -exec $(abspath $(BIN))/testrunner ./kernels/simd/ | grep img/s
	$(GO) test -run '^$$' -bench 'ResNet18/(train_batch8|eval)' -benchtime 2x -timeout 30m ./kernels/simd/ | grep img/s
	/usr/bin/python3 model/testdata/bench_torch.py 2 3
	SIMD_PROFILE=1 GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench 'ResNet18/(eval_batch1|train_batch8)_threads2' -benchtime 1x -timeout 30m -exec $(abspath $(BIN))/testrunner ./kernels/simd/ 2>&1 | grep -E 'simd profile|img/s'
	$(GO) test -count=1 -v -run TrainMemory ./kernels/simd/ | grep MiB
	/usr/bin/python3 kernels/simd/testdata/bench_layers.py 20

# Batch-1 inference layer by layer, simd in Chromium beside PyTorch CPU (2 threads each,
# the means of 20 runs; a convolution with its batch norm): where the time goes against
# the reference, in about 20 seconds.
bench-simd-layers:
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	/usr/bin/python3 kernels/simd/testdata/bench_layers.py 20

# The simd/PyTorch ratios of bench-simd's ResNet-18 rows as medians of 5 back-to-back
# pairs (about 6 minutes): steadier than one run on a shared machine.
bench-simd-ratio:
	$(GO) build -o $(BIN)/testrunner ./wasm/testrunner
	bash kernels/simd/testdata/bench_ratio.sh 5
