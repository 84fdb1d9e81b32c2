"""PyTorch CPU SGEMM reference for `make bench-simd`: GFLOP/s (median of reps) of an
n×n×n float32 product at the given sizes with 1 and 2 threads, two ways: torch.mm
(Debian's build links a generic BLAS) and the same product as a 1×1 convolution
(oneDNN, the path PyTorch's ResNet-18 training takes). Usage: bench_torch_mm.py [reps] n..."""
import sys
import time

import torch
import torch.nn.functional as F


def median_seconds(fn, reps):
    fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sizes = [int(s) for s in sys.argv[2:]] or [256, 512, 1024]
    print(f"PyTorch {torch.__version__} CPU, float32")
    print(f"{'threads':>7} {'n':>5} {'torch.mm':>10} {'oneDNN 1x1 conv':>16}   (GFLOP/s)")
    with torch.no_grad():
        for threads in (1, 2):
            torch.set_num_threads(threads)
            for n in sizes:
                a, b = torch.rand(n, n) - 0.5, torch.rand(n, n) - 0.5
                x, w = a.t().reshape(1, n, n, 1).contiguous(), b.t().reshape(n, n, 1, 1).contiguous()
                flop = 2 * n**3
                mm = flop / median_seconds(lambda: torch.mm(a, b), reps) / 1e9
                conv = flop / median_seconds(lambda: F.conv2d(x, w), reps) / 1e9
                print(f"{threads:>7} {n:>5} {mm:>10.1f} {conv:>16.1f}")


main()
