"""Writes real torch.save checkpoints for webtune's checkpoint tests, and a JSON dump
of every tensor (dtype, shape, sha256 of its little-endian bytes, sum, first values)
to compare against what Go reads.

usage: /usr/bin/python3 make_pth.py OUTDIR
"""
import collections
import hashlib
import json
import sys

import torch
import torchvision

out = sys.argv[1]


def resnet(seed, classes):
    torch.manual_seed(seed)
    return torchvision.models.resnet18(num_classes=classes)


def describe(sd):
    d = {}
    for k, t in sd.items():
        wide = t.float() if t.is_floating_point() else t
        d[k] = {
            "dtype": str(t.dtype).replace("torch.", ""),
            "shape": list(t.shape),
            "sha256": hashlib.sha256(wide.contiguous().numpy().tobytes()).hexdigest(),
            "sum": float(wide.double().sum()),
            "first": [float(x) for x in wide.flatten()[:5]],
        }
    return {"keys": list(sd.keys()), "tensors": d}


files = {}


def save(name, obj, sd=None, **kw):
    torch.save(obj, f"{out}/{name}", **kw)
    files[name] = describe(sd if sd is not None else obj)


r1000 = resnet(1, 1000).state_dict()
save("r1000.pth", r1000)
# Like torchvision's ImageNet weights: saved before BatchNorm had
# num_batches_tracked, no _metadata; strict load_state_dict still accepts it.
old = collections.OrderedDict((k, v) for k, v in r1000.items() if not k.endswith("num_batches_tracked"))
torchvision.models.resnet18().load_state_dict(old, strict=True)
save("old.pth", old)
# The same keys but BatchNorm recorded at version 2: PyTorch refuses it.
old._metadata = r1000._metadata
try:
    torchvision.models.resnet18().load_state_dict(old, strict=True)
    sys.exit("strict load of a version-2 state dict without num_batches_tracked succeeded")
except RuntimeError:
    pass
# Saved small: BatchNorm bn1 alone, with that version-2 _metadata.
bn1 = collections.OrderedDict((k, v) for k, v in old.items() if k.startswith("bn1."))
bn1._metadata = r1000._metadata
save("oldv2.pth", bn1)
r2 = resnet(2, 2)
# Nonzero BN running stats and counters, as a trained net has.
r2.train()
with torch.no_grad():
    r2(torch.randn(2, 3, 64, 64))
save("r2.pth", r2.state_dict())
save("r2h.pth", r2.half().state_dict())
r2.float()
opt = torch.optim.SGD(r2.parameters(), lr=0.1, momentum=0.9)
full = {"epoch": 3, "model": r2.state_dict(), "optimizer": opt.state_dict(), "note": "webtune"}
save("full.pth", full, r2.state_dict())
x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
save("shared.pth", {"a": x[0], "b": x[1], "c": x}, {"a": x[0], "b": x[1], "c": x})
save("transposed.pth", {"w": torch.randn(3, 4).t()})
save("legacy.pth", {"w": torch.ones(2)}, _use_new_zipfile_serialization=False)
save("bf16.pth", {"w": torch.randn(4, 5).bfloat16(), "n": torch.tensor(7)})
save("double.pth", {"w": torch.randn(3, dtype=torch.float64)})

with open(f"{out}/dump.json", "w") as f:
    json.dump(files, f)
