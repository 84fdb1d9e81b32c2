"""PyTorch reference figures for webtune's WebGPU benchmark, on the same GPU: every
ResNet-18 convolution at batch 32 (forward, backward-data, backward-filter), SGEMM
4096^3, the training step at batch 32 224x224 (fp32, no TF32, as webtune computes) and
inference at batch 1. Timed with CUDA events after a warm-up.

Takes the WebGPU benchmark's flags (run.sh passes its own): -batch, -size, -gemm, -iters,
and -tiny, which also allows the CPU when there is no CUDA (to rehearse the script on a
machine without a GPU; the figures then mean nothing); others are ignored."""
import argparse
import sys
import time

import torch
import torch.nn.functional as F
import torchvision

torch.backends.cuda.matmul.allow_tf32 = False
torch.backends.cudnn.allow_tf32 = False
torch.backends.cudnn.benchmark = True
dev = "cuda"
BATCH, SIZE, GEMM, ITERS = 32, 224, 4096, 20


def timed(fn, iters=None):
    """Milliseconds per call of fn, after one warm-up call."""
    iters = iters or ITERS
    fn()
    if dev == "cpu":
        start = time.perf_counter()
        for _ in range(iters):
            fn()
        return (time.perf_counter() - start) * 1e3 / iters
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(iters):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / iters


def conv_shapes():
    """(name, C, K, kernel, stride, pad, input size) of ResNet-18's distinct convolutions."""
    out, seen = [], set()

    def add(name, c, k, r, s, p, h):
        key = (c, k, r, s, p, h)
        if key not in seen:
            seen.add(key)
            out.append((name,) + key)
        return (h + 2 * p - r) // s + 1

    h = add("conv1", 3, 64, 7, 2, 3, SIZE)
    h = (h + 2 - 3) // 2 + 1
    cin = 64
    for l, width in enumerate([64, 128, 256, 512]):
        for b in range(2):
            stride = 2 if l > 0 and b == 0 else 1
            name = f"layer{l + 1}.{b}"
            if stride != 1 or cin != width:
                add(name + ".downsample.0", cin, width, 1, stride, 0, h)
            h1 = add(name + ".conv1", cin, width, 3, stride, 1, h)
            h = add(name + ".conv2", width, width, 3, 1, 1, h1)
            cin = width
    return out


def main():
    name = torch.cuda.get_device_name() if dev == "cuda" else "CPU (rehearsal: the figures mean nothing)"
    print("device:", name, "torch", torch.__version__, "torchvision", torchvision.__version__)
    print(f"\nResNet-18 convolutions, batch {BATCH}, {SIZE}x{SIZE} input (NCHW, cuDNN, fp32)")
    print(f"{'layer':24} {'fwd ms':>10} {'bwd-d ms':>10} {'bwd-f ms':>10} {'fwd TF':>8} {'bwd-d TF':>8} {'bwd-f TF':>8}")
    for name, c, k, r, s, p, h in conv_shapes():
        x = torch.randn(BATCH, c, h, h, device=dev)
        w = torch.randn(k, c, r, r, device=dev)
        y = F.conv2d(x, w, stride=s, padding=p)
        dy = torch.randn_like(y)
        flops = 2 * BATCH * y.shape[2] * y.shape[3] * k * r * r * c
        f = timed(lambda: F.conv2d(x, w, stride=s, padding=p))
        d = timed(lambda: torch.nn.grad.conv2d_input(x.shape, w, dy, stride=s, padding=p))
        g = timed(lambda: torch.nn.grad.conv2d_weight(x, w.shape, dy, stride=s, padding=p))
        tf = lambda ms: flops / (ms / 1e3) / 1e12
        print(f"{name:24} {f:10.3f} {d:10.3f} {g:10.3f} {tf(f):8.2f} {tf(d):8.2f} {tf(g):8.2f}")

    n = GEMM
    a, b = torch.randn(n, n, device=dev), torch.randn(n, n, device=dev)
    ms = timed(lambda: a @ b)
    print(f"\nSGEMM {n}^3: {ms:.3f} ms, {2 * n ** 3 / (ms / 1e3) / 1e12:.2f} TFLOP/s")

    net = torchvision.models.resnet18(num_classes=1000).to(dev)
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9, weight_decay=0.001)
    x = torch.randn(BATCH, 3, SIZE, SIZE, device=dev)
    t = torch.randint(0, 1000, (BATCH,), device=dev)

    def step():
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(net(x), t).backward()
        opt.step()

    net.train()
    ms = timed(step)
    print(f"\ntraining step, batch {BATCH}, {SIZE}x{SIZE}: {ms:.3f} ms ({BATCH / (ms / 1e3):.1f} img/s)")
    net.eval()
    x1 = x[:1].contiguous()
    with torch.no_grad():
        ms = timed(lambda: net(x1), iters=5 * ITERS)
    print(f"inference, batch 1, {SIZE}x{SIZE}: {ms:.3f} ms")


def parse_flags(argv):
    """Sets BATCH, SIZE, GEMM, ITERS and dev from the benchmark's flags."""
    global BATCH, SIZE, GEMM, ITERS, dev
    p = argparse.ArgumentParser(prefix_chars="-")
    p.add_argument("-batch", type=int, default=BATCH)
    p.add_argument("-size", type=int, default=SIZE)
    p.add_argument("-gemm", type=int, default=GEMM)
    p.add_argument("-iters", type=int, default=ITERS)
    p.add_argument("-tiny", action="store_true")
    a, _ = p.parse_known_args(argv)
    BATCH, SIZE, GEMM, ITERS = a.batch, a.size, a.gemm, a.iters
    if a.tiny:
        BATCH, SIZE, GEMM, ITERS = 2, 32, 256, 1
    if not torch.cuda.is_available():
        if not a.tiny:
            sys.exit("bench_torch.py: torch sees no CUDA device (torch %s, built for CUDA %s)" % (torch.__version__, torch.version.cuda))
        dev = "cpu"


if __name__ == "__main__":
    parse_flags(sys.argv[1:])
    main()
