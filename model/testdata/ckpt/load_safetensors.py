"""Checks a safetensors file written by webtune from PyTorch's side: parses it with a
minimal reader (Debian has no python3-safetensors), loads it with strict
load_state_dict into torchvision's resnet18, and compares every tensor exactly with
the state dict in a .pth file.

usage: /usr/bin/python3 load_safetensors.py FILE.safetensors ORIG.pth CLASSES WANT_DTYPE
"""
import os
import sys

import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from st_reader import load_file  # noqa: E402

path, orig_path, classes, want_dtype = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sd, header = load_file(path)
orig = torch.load(orig_path)
if list(sd.keys()) != list(orig.keys()):
    sys.exit(f"key order differs: {list(sd.keys())[:5]} vs {list(orig.keys())[:5]}")
for k, t in orig.items():
    want = want_dtype if t.is_floating_point() else "I64"
    if header[k]["dtype"] != want:
        sys.exit(f"{k}: dtype {header[k]['dtype']} in file, want {want}")
    if not torch.equal(sd[k], t.to(sd[k].dtype)) or sd[k].shape != t.shape:
        sys.exit(f"{k}: values differ from {orig_path}")
m = torchvision.models.resnet18(num_classes=classes)
m.load_state_dict(sd, strict=True)
for k, t in m.state_dict().items():
    if not torch.equal(t, sd[k].to(t.dtype)):
        sys.exit(f"{k}: model holds other values after load_state_dict")
print(f"OK {len(sd)} tensors, strict load_state_dict into resnet18(num_classes={classes})")
