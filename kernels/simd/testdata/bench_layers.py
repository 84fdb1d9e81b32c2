#!/usr/bin/python3
"""Where batch-1 inference's time goes, layer by layer: the simd backend in Chromium
(2 threads) beside PyTorch CPU (2 threads) in the same run.

simd: `SIMD_PROFILE=ops` of the eval_batch1_threads2 benchmark, every kernel's time summed
per layer (the op label names the layer's filter) over RUNS timed runs, as a mean per run.
It is the wall time on the pool's first thread, each kernel's barrier wait included.
PyTorch: forward hooks time each convolution with the batch norm after it (webtune fuses
the batch norm, its residual and ReLU into the convolution; PyTorch's ReLU and residual
add stay in "the rest"), a mean per run over RUNS runs.

    kernels/simd/testdata/bench_layers.py [runs]   (from the repository root, after
                                                    go build -o bin/testrunner ./wasm/testrunner)
"""
import collections
import os
import re
import statistics
import subprocess
import sys
import time

import torch
import torchvision


def simd_layers(runs):
    """Mean ms per run of each layer (by filter name) and of the rest, from the profile."""
    env = dict(os.environ, SIMD_PROFILE="ops", GOOS="js", GOARCH="wasm")
    cmd = ["go", "test", "-run", "^$", "-bench", "ResNet18/eval_batch1_threads2$", "-benchtime", f"{runs}x",
           "-timeout", "30m", "-exec", os.path.abspath("bin/testrunner"), "./kernels/simd/"]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"bench_layers: {' '.join(cmd)} failed:\n{out.stdout}{out.stderr}")
    # The benchmark runs once with 1 timed run, then with `runs`: each program prints its
    # profile when it closes, so the last figure of each kernel and op is the long run's.
    line = re.compile(r'simd profile (\S+) (routine "eval" .*?)\s+([0-9.]+) ms')
    last = {}
    for m in line.finditer(out.stdout + out.stderr):
        last[(m.group(1), m.group(2))] = float(m.group(3))
    if not last:
        sys.exit("bench_layers: the benchmark printed no profile:\n" + out.stdout + out.stderr)
    layers = collections.defaultdict(float)
    for (_, what), ms in last.items():
        name = re.search(r" of (\S+)\.weight$", what)
        layers[name.group(1) if name and not name.group(1).startswith("fc") else "the rest"] += ms / runs
    step = re.search(r"([0-9.]+) ms/step", out.stdout)
    return layers, float(step.group(1)) if step else float("nan")


def torch_layers(runs):
    """Mean ms per run of each convolution with its batch norm, and the median inference."""
    torch.set_num_threads(2)
    model = torchvision.models.resnet18().eval()
    x = torch.randn(1, 3, 224, 224)
    convs = {n: m for n, m in model.named_modules() if isinstance(m, torch.nn.Conv2d)}
    bns = {n: m for n, m in model.named_modules() if isinstance(m, torch.nn.BatchNorm2d)}
    # Each convolution's batch norm: conv1 -> bn1, layerX.Y.convK -> layerX.Y.bnK,
    # layerX.Y.downsample.0 -> layerX.Y.downsample.1.
    pair = {n: re.sub(r"conv(\d)$", r"bn\1", n) if "conv" in n.split(".")[-1] else n[:-1] + "1" for n in convs}
    spent = collections.defaultdict(float)
    start = {}

    def hooks(name, conv, bn):
        conv.register_forward_pre_hook(lambda *_: start.__setitem__(name, time.perf_counter()))
        bn.register_forward_hook(lambda *_: spent.__setitem__(name, spent[name] + time.perf_counter() - start[name]))

    with torch.no_grad():
        for _ in range(5):
            model(x)
        whole = []
        for _ in range(runs):
            t = time.perf_counter()
            model(x)
            whole.append(time.perf_counter() - t)
        for n, conv in convs.items():
            hooks(n, conv, bns[pair[n]])
        t = time.perf_counter()
        for _ in range(runs):
            model(x)
        hooked = (time.perf_counter() - t) / runs
    layers = {n: 1000 * s / runs for n, s in spent.items()}
    layers["the rest"] = 1000 * hooked - sum(layers.values())
    return layers, 1000 * statistics.median(whole), convs


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    ours, our_step = simd_layers(runs)
    theirs, their_step, convs = torch_layers(runs)
    row = lambda name, a, b: print(f"{name:49s} {a:8.2f} {b:8.2f} {a / b if b else float('nan'):6.2f}")
    print(f"{'layer':24s} {'shape':24s} {'simd ms':>8s} {'PyTorch':>8s} {'ratio':>6s}")
    kinds = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for n in list(convs) + ["the rest"]:
        shape, kind = "", "the rest"
        if n in convs:
            c = convs[n]
            kind = f"{c.kernel_size[0]}x{c.kernel_size[1]} stride {c.stride[0]}"
            shape = f"{c.in_channels}->{c.out_channels} {c.kernel_size[0]}x{c.kernel_size[1]} s{c.stride[0]}"
        a, b = ours.get(n, 0.0), theirs.get(n, 0.0)
        row(f"{n:24s} {shape:24s}", a, b)
        k = kinds[kind]
        k[0], k[1], k[2] = k[0] + a, k[1] + b, k[2] + 1
    row("sum of the above", sum(ours.values()), sum(theirs.values()))
    row("one inference (benchmark median)", our_step, their_step)
    print("\nby kind of layer:")
    for kind, (a, b, n) in kinds.items():
        row(f"{kind} ({n})", a, b)


if __name__ == "__main__":
    main()
