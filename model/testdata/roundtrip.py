#!/usr/bin/python3
"""PyTorch side of webtune's checkpoint round trip (model/roundtrip_test.go).

  roundtrip.py make-pth OUT.pth CLASSES   torch.save a resnet18 state dict whose BN
                                          running stats and affine params are not the init's
  roundtrip.py logits WEIGHTS INPUT       strict load_state_dict of WEIGHTS (.pth, or a
                                          safetensors file webtune wrote) into torchvision's
                                          resnet18, eval-mode float64 logits of INPUT's x,
                                          printed as JSON
"""
import json
import sys

import torch
import torchvision

from st_reader import load_file



def read_safetensors(path):
    return load_file(path)[0]


def make_pth(path, classes):
    torch.manual_seed(11)
    model = torchvision.models.resnet18(num_classes=classes)
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if "running_mean" in name:
                t.uniform_(-0.2, 0.2)
            elif "running_var" in name:
                t.uniform_(0.5, 1.5)
            elif "bn" in name or "downsample.1" in name:
                if name.endswith("weight"):
                    t.uniform_(0.8, 1.2)
                elif name.endswith("bias"):
                    t.uniform_(-0.1, 0.1)
    torch.save(model.state_dict(), path)


def logits(weights, inp):
    sd = torch.load(weights) if weights.endswith(".pth") else read_safetensors(weights)
    classes = sd["fc.weight"].shape[0]
    model = torchvision.models.resnet18(num_classes=classes)
    model.load_state_dict(sd, strict=True)
    model = model.double().eval()
    x = read_safetensors(inp)["x"].double()
    with torch.no_grad():
        print(json.dumps(model(x).reshape(-1).tolist()))


if __name__ == "__main__":
    if sys.argv[1] == "make-pth":
        make_pth(sys.argv[2], int(sys.argv[3]))
    else:
        logits(sys.argv[2], sys.argv[3])
