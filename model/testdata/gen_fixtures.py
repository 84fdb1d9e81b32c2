#!/usr/bin/python3
"""PyTorch parity fixtures for webtune's ResNet-18 (run with Debian's python3-torch:
`make fixtures`).

No weight file is committed: the weights, the input batch and the labels come from a
tiny deterministic formula that model/parity_test.go computes the same way in Go
(fixtureValue). PyTorch runs in float64 on those float32 values, so the expected
numbers are exact up to float64 rounding; webtune runs in float32 and is compared with
the tolerances of model/parity_test.go. Each case writes a small JSON file: logits and
loss whole, and for every gradient and every state entry after the step its L2 norm,
max |value| and values at a few fixed indices.
"""
import json
import math
import os
import sys

import torch
import torch.nn.functional as F
import torchvision

CASES = [
    # name, train, batch, size, classes, seed
    ("train_b2_64_c2", True, 2, 64, 2, 1),
    ("train_b1_64_c1000", True, 1, 64, 1000, 2),
    ("train_b2_224_c2", True, 2, 224, 2, 3),
    ("eval_b2_64_c2", False, 2, 64, 2, 4),
    ("eval_b1_224_c1000", False, 1, 224, 1000, 5),
]
LR, FC_LR, WD = 0.01, 0.1, 0.001
SAMPLES = 8


def fixture_uniform(n, seed, stream):
    """n values in [0,1): frac(sin(k)*43758.5453), k = i*0.7548776662 + seed*12.9898 + stream*78.233."""
    i = torch.arange(n, dtype=torch.float64)
    k = i * 0.7548776662 + seed * 12.9898 + stream * 78.233
    v = torch.sin(k) * 43758.5453
    return v - torch.floor(v)


def entry_values(key, shape, seed, stream):
    n = math.prod(shape)
    u = fixture_uniform(n, seed, stream)
    s = 2 * u - 1
    if key.endswith("num_batches_tracked"):
        return torch.tensor(seed, dtype=torch.int64)
    if len(shape) == 4:  # conv weight, uniform with kaiming fan_out std
        fan_out = shape[0] * shape[2] * shape[3]
        v = s * math.sqrt(2.0 / fan_out) * math.sqrt(3.0)
    elif key.startswith("fc."):
        v = s / math.sqrt(512)
    elif key.endswith("running_var"):
        v = 1 + 0.5 * u
    elif key.endswith("running_mean"):
        v = 0.1 * s
    elif key.endswith("weight"):  # bn gamma
        v = 1 + 0.2 * s
    else:  # bn beta
        v = 0.1 * s
    return v.float().reshape(shape)


def sample_indices(n):
    return sorted({(k * 2654435761) % n for k in range(SAMPLES)})


def summary(t):
    flat = t.detach().double().reshape(-1)
    idx = sample_indices(flat.numel())
    return {
        "norm": flat.norm().item(),
        "maxabs": flat.abs().max().item(),
        "index": idx,
        "values": [flat[i].item() for i in idx],
    }


def run_case(name, train, batch, size, classes, seed):
    torch.manual_seed(0)
    model = torchvision.models.resnet18(num_classes=classes)
    sd = model.state_dict()
    new = {}
    for stream, (key, t) in enumerate(sd.items()):
        new[key] = entry_values(key, list(t.shape), seed, stream)
    model.load_state_dict(new, strict=True)
    model = model.double()

    x = (2 * fixture_uniform(batch * 3 * size * size, seed, 1000) - 1) * 2
    x = x.float().double().reshape(batch, 3, size, size)
    y = torch.tensor([(i * 7 + seed) % classes for i in range(batch)], dtype=torch.int64)

    out = {"name": name, "train": train, "batch": batch, "size": size, "classes": classes,
           "seed": seed, "lr": LR, "fc_lr": FC_LR, "wd": WD, "labels": y.tolist()}
    if not train:
        model.eval()
        with torch.no_grad():
            logits = model(x)
        out["logits"] = logits.reshape(-1).tolist()
        out["loss"] = F.cross_entropy(logits, y).item()
        return out

    model.train()
    fc = [p for n, p in model.named_parameters() if n.startswith("fc.")]
    backbone = [p for n, p in model.named_parameters() if not n.startswith("fc.")]
    opt = torch.optim.SGD([{"params": backbone, "lr": LR}, {"params": fc, "lr": FC_LR}],
                          lr=LR, momentum=0, weight_decay=WD)
    logits = model(x)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    out["logits"] = logits.detach().reshape(-1).tolist()
    out["loss"] = loss.item()
    out["grad"] = {n: summary(p.grad) for n, p in model.named_parameters()}
    opt.step()
    out["after"] = {k: summary(v) for k, v in model.state_dict().items()
                    if not k.endswith("num_batches_tracked")}
    out["after_num_batches_tracked"] = seed + 1
    return out


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__)
    os.makedirs(os.path.join(dest, "parity"), exist_ok=True)
    for case in CASES:
        res = run_case(*case)
        path = os.path.join(dest, "parity", case[0] + ".json")
        with open(path, "w") as f:
            json.dump(res, f, indent=None, separators=(",", ":"))
        print("wrote", path, "loss", res["loss"])


if __name__ == "__main__":
    main()
