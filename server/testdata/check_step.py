#!/usr/bin/python3
"""Checks a `webtune step` result against PyTorch (float64): check_step.py IN OUT [--eval].

Reads both safetensors files with a minimal reader (Debian has no safetensors package),
runs torchvision's resnet18 on IN's weights and batch with the step's hyper-parameters
(lr 0.01, fc lr 0.1, weight decay 0.001, momentum 0), and compares with OUT using the
tolerances of the parity contract. Prints the worst errors; exits 1 on a mismatch.
"""
import os
import sys

import torch
import torch.nn.functional as F
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "model", "testdata"))
from st_reader import load_file  # noqa: E402



def read_safetensors(path):
    return load_file(path)[0]


def main():
    inp, res = read_safetensors(sys.argv[1]), read_safetensors(sys.argv[2])
    evaluate = "--eval" in sys.argv
    classes = inp["fc.weight"].shape[0]
    model = torchvision.models.resnet18(num_classes=classes)
    sd = {k: v for k, v in inp.items() if k not in ("x", "y")}
    model.load_state_dict(sd, strict=True)
    model = model.double()
    x, y = inp["x"].double(), inp["y"]
    failures = []

    def check(name, got, want, tol):
        err = (got.double() - want.double()).abs().max().item() if want.numel() else 0.0
        if not err <= tol:
            failures.append(f"{name}: max error {err:.3g} > tolerance {tol:.3g}")
        return err

    if evaluate:
        model.eval()
        with torch.no_grad():
            logits = model(x)
        check("logits", res["logits"], logits, 1e-4 * max(1.0, logits.abs().max().item()))
    else:
        model.train()
        fc = [p for n, p in model.named_parameters() if n.startswith("fc.")]
        backbone = [p for n, p in model.named_parameters() if not n.startswith("fc.")]
        opt = torch.optim.SGD([{"params": backbone, "lr": 0.01}, {"params": fc, "lr": 0.1}],
                              lr=0.01, momentum=0, weight_decay=0.001)
        logits = model(x)
        loss = F.cross_entropy(logits, y)
        loss.backward()
        check("logits", res["logits"], logits.detach(), 1e-4 * max(1.0, logits.abs().max().item()))
        check("loss", res["loss"], loss.detach(), 1e-4 * max(1.0, loss.item()))
        worst = 0.0
        for n, p in model.named_parameters():
            scale = p.grad.abs().max().item()
            worst = max(worst, check("grad." + n, res["grad." + n], p.grad, 1e-3 * scale) / max(scale, 1e-30))
        opt.step()
        for k, v in model.state_dict().items():
            if k.endswith("num_batches_tracked"):
                if res["after." + k].item() != v.item():
                    failures.append(f"after.{k}: {res['after.' + k].item()} != {v.item()}")
                continue
            check("after." + k, res["after." + k], v, 1e-4 * max(1.0, v.abs().max().item()))
        print(f"worst gradient error relative to its largest magnitude: {worst:.3g}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("step matches PyTorch")


if __name__ == "__main__":
    main()
