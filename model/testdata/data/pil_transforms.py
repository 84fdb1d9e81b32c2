"""The oracle for model/transform*.go: torchvision's transforms on PIL images.

Usage: /usr/bin/python3 pil_transforms.py CASES.json

CASES.json is a list of cases written by the Go test. Each case names a source image
("src") and an "op"; the script writes the result's raw bytes to case["out"] and
prints, as JSON on stdout, the cases with the result's shape (or params) added.

ops:
  rgb     Image.open(src).convert("RGB"), as torchvision's ImageFolder loader does.
  crop    resized_crop(img, top, left, h, w, [size, size], BILINEAR) from "box"
          [left, top, w, h], then hflip if "flip": RandomResizedCrop + RandomHorizontalFlip
          with fixed parameters.
  eval    Resize(resize) then CenterCrop(size): the test transform.
  resave  loads src, converts it to "mode" (RGB or CMYK), saves it as a JPEG to
          case["jpeg"] (quality 90, chroma "subsampling" 0 = 4:4:4, 1 = 4:2:2,
          2 = 4:2:0), then does "rgb" on that file: for JPEG layouts Go cannot write.
  params  RandomResizedCrop.get_params on a blank image of "w" x "h", "n" times with
          torch.manual_seed("seed"); writes int32 (left, top, w, h) rows.
"""
import json
import struct
import sys

import torch
from PIL import Image
from torchvision import transforms as T
from torchvision.transforms import InterpolationMode
from torchvision.transforms import functional as F


def load(path):
    with open(path, "rb") as f:
        return Image.open(f).convert("RGB")


def run(case):
    op = case["op"]
    if op == "params":
        torch.manual_seed(case.get("seed", 0))
        img = Image.new("RGB", (case["w"], case["h"]))
        rows = []
        for _ in range(case["n"]):
            i, j, h, w = T.RandomResizedCrop.get_params(img, [0.08, 1.0], [3.0 / 4.0, 4.0 / 3.0])
            rows.append(struct.pack("<4i", j, i, w, h))
        return b"".join(rows), None
    img = load(case["src"])
    if op == "rgb":
        out = img
    elif op == "resave":
        if case["mode"] == "CMYK":
            img.convert("CMYK").save(case["jpeg"], "JPEG", quality=90)
        else:
            img.save(case["jpeg"], "JPEG", quality=90, subsampling=case["subsampling"])
        out = load(case["jpeg"])
    elif op == "crop":
        left, top, w, h = case["box"]
        size = case["size"]
        out = F.resized_crop(img, top, left, h, w, [size, size], InterpolationMode.BILINEAR)
        if case.get("flip", False):
            out = F.hflip(out)
    elif op == "eval":
        tf = T.Compose([T.Resize(case["resize"], InterpolationMode.BILINEAR), T.CenterCrop(case["size"])])
        out = tf(img)
    else:
        raise ValueError("unknown op %r" % op)
    return out.tobytes(), [out.height, out.width]


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    for case in cases:
        data, shape = run(case)
        with open(case["out"], "wb") as f:
            f.write(data)
        case["shape"] = shape
    json.dump(cases, sys.stdout)


if __name__ == "__main__":
    main()
