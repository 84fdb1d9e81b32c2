#!/usr/bin/python3
"""PyTorch CPU reference for webtune's benchmarks (Debian python3-torch, same machine, same
run): ResNet-18 full fine-tuning step and head-only step at batch 32, 224x224, and
inference at batch 1. Prints medians of several runs: `bench_torch.py [threads] [reps]`."""
import statistics
import sys
import time

import torch
import torch.nn.functional as F
import torchvision


def timed(fn, reps):
    fn()  # warm-up
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = torchvision.models.resnet18(num_classes=2)
    x = torch.randn(32, 3, 224, 224)
    y = torch.randint(0, 2, (32,))
    fc = list(model.fc.parameters())
    backbone = [p for n, p in model.named_parameters() if not n.startswith("fc.")]
    opt = torch.optim.SGD([{"params": backbone, "lr": 0.01}, {"params": fc, "lr": 0.1}], lr=0.01, weight_decay=0.001)

    def finetune():
        model.train()
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()

    head_opt = torch.optim.SGD(fc, lr=0.1, weight_decay=0.001)
    body = torch.nn.Sequential(*list(model.children())[:-1])

    def head_only():
        model.eval()
        with torch.no_grad():
            feats = body(x).flatten(1)
        head_opt.zero_grad()
        F.cross_entropy(model.fc(feats), y).backward()
        head_opt.step()

    x1 = x[:1]

    def infer():
        model.eval()
        with torch.no_grad():
            model(x1)

    t_ft, t_head, t_inf = timed(finetune, reps), timed(head_only, reps), timed(infer, reps * 5)
    print(f"pytorch {torch.__version__} cpu threads={threads}")
    print(f"pytorch finetune  batch 32 224x224: {t_ft*1000:.0f} ms/step, {32/t_ft:.1f} img/s")
    print(f"pytorch head-only batch 32 224x224: {t_head*1000:.0f} ms/step, {32/t_head:.1f} img/s")
    print(f"pytorch inference batch 1 224x224: {t_inf*1000:.1f} ms")


if __name__ == "__main__":
    main()
