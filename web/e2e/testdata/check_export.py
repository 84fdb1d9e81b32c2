#!/usr/bin/python3
"""PyTorch side of the export check (web/e2e/train_test.go).

  check_export.py MODEL.safetensors IMAGE

Loads the model the browser exported into torchvision's resnet18 with a strict
load_state_dict (the class count from fc.weight, the names from the file's metadata),
classifies IMAGE with the recipe's test transform at the size it was trained at (the
"size" metadata; 224 gives resize 256, center crop 224) with ImageNet normalization,
and prints the top-5 as JSON: [{"index", "name", "prob"}].
"""
import json
import os
import struct
import sys

import torch
import torchvision
from PIL import Image
from torchvision import transforms

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "model", "testdata"))
from st_reader import load_file  # noqa: E402


def metadata(path):
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        return json.loads(f.read(n)).get("__metadata__", {})


def main(model_path, image_path):
    sd, _ = load_file(model_path)
    classes = sd["fc.weight"].shape[0]
    meta = metadata(model_path)
    names = meta.get("classes", "").split("\n")
    size = int(meta.get("size", "224"))
    net = torchvision.models.resnet18(num_classes=classes)
    net.load_state_dict(sd, strict=True)
    net.eval()
    tf = transforms.Compose([
        transforms.Resize(round(size * 8 / 7)), transforms.CenterCrop(size), transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])
    x = tf(Image.open(image_path).convert("RGB")).unsqueeze(0)
    with torch.no_grad():
        p = torch.softmax(net(x).double(), dim=1)[0]
    top = torch.argsort(p, descending=True)[:5]
    print(json.dumps([{"index": int(i), "name": names[i] if i < len(names) else "", "prob": float(p[i])} for i in top]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
