#!/usr/bin/python3
"""PyTorch reference for the offline demo: trains torchvision's ResNet-18 on the built-in
shapes dataset (the folder `webtune serve` draws) with the settings of model.BuiltinDemo,
and prints the recipe's per-epoch line, so webtune's curve can be checked against it.

    demo_torch.py DATA [--epochs N --batch B --size S --lr LR --momentum M --wd WD
                        --scale-min F --mode scratch|finetune|linear --weights FILE.safetensors]

The transforms are the recipe's (train: RandomResizedCrop(size, scale=(scale_min, 1)) +
horizontal flip; test: Resize(round(size*8/7)) + CenterCrop(size); ImageNet
normalization); only the crop's smallest scale is the demo's. Debian's python3-torch
(1.13, CPU), two threads as on the machine the demo is measured on."""
import argparse
import os
import sys
import time

import torch
import torch.nn.functional as F
import torchvision
from torchvision import transforms

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "model", "testdata"))
import st_reader  # noqa: E402  (the project's one safetensors reader)

MEAN, STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)


def loaders(args):
    norm = transforms.Normalize(MEAN, STD)
    train_tf = transforms.Compose([
        transforms.RandomResizedCrop(args.size, scale=(args.scale_min, 1.0)),
        transforms.RandomHorizontalFlip(), transforms.ToTensor(), norm])
    test_tf = transforms.Compose([
        transforms.Resize(round(args.size * 8 / 7)), transforms.CenterCrop(args.size),
        transforms.ToTensor(), norm])
    if args.mode == "linear":
        train_tf = test_tf  # webtune's linear mode caches features, so it trains unaugmented
    train = torchvision.datasets.ImageFolder(os.path.join(args.data, "train"), train_tf)
    test = torchvision.datasets.ImageFolder(os.path.join(args.data, "test"), test_tf)
    g = torch.Generator().manual_seed(args.seed)
    return (torch.utils.data.DataLoader(train, args.batch, shuffle=True, drop_last=args.mode != "linear", generator=g),
            torch.utils.data.DataLoader(test, args.batch), train.classes)


def build(args, classes):
    torch.manual_seed(args.seed)
    net = torchvision.models.resnet18(num_classes=len(classes))
    if args.weights:
        sd, _ = st_reader.load_file(args.weights)
        if sd["fc.weight"].shape[0] != len(classes):
            sd = {k: v for k, v in sd.items() if not k.startswith("fc.")}
            net.load_state_dict(sd, strict=False)  # a new fc, PyTorch's Linear init
        else:
            net.load_state_dict(sd)
    fc = list(net.fc.parameters())
    body = [p for n, p in net.named_parameters() if not n.startswith("fc.")]
    hyper = dict(momentum=args.momentum, weight_decay=args.wd)
    if args.mode == "finetune":
        groups = [{"params": body, "lr": args.lr}, {"params": fc, "lr": 10 * args.lr}]
    elif args.mode == "linear":
        for p in body:
            p.requires_grad_(False)
        groups = [{"params": fc, "lr": args.lr}]
    else:
        groups = [{"params": body + fc, "lr": args.lr}]
    return net, torch.optim.SGD(groups, lr=args.lr, **hyper)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--momentum", type=float, default=0.9)
    ap.add_argument("--wd", type=float, default=0.001)
    ap.add_argument("--scale-min", type=float, default=0.7)
    ap.add_argument("--mode", default="scratch", choices=["scratch", "finetune", "linear"])
    ap.add_argument("--weights", default="")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if args.mode != "scratch" and not args.weights:
        ap.error("--mode %s needs --weights" % args.mode)
    torch.set_num_threads(args.threads)
    train, test, classes = loaders(args)
    net, opt = build(args, classes)
    print("torch %s, %s, %d classes %s, %d train / %d test, batch %d, %dx%d, lr %g, momentum %g, wd %g, crop scale %g..1"
          % (torch.__version__, args.mode, len(classes), classes, len(train.dataset), len(test.dataset),
             args.batch, args.size, args.size, args.lr, args.momentum, args.wd, args.scale_min), flush=True)
    for epoch in range(1, args.epochs + 1):
        start = time.time()
        net.train()
        if args.mode == "linear":
            net.eval()  # frozen backbone: batch norm uses its running statistics
        loss_sum, batches, correct, seen = 0.0, 0, 0, 0
        for x, y in train:
            opt.zero_grad()
            out = net(x)
            loss = F.cross_entropy(out, y)
            loss.backward()
            opt.step()
            loss_sum += loss.item()
            batches += 1
            correct += (out.argmax(1) == y).sum().item()
            seen += len(y)
        net.eval()
        right = total = 0
        with torch.no_grad():
            for x, y in test:
                right += (net(x).argmax(1) == y).sum().item()
                total += len(y)
        print("epoch %d, loss %.4f, train acc %.3f, test acc %.3f, time %.1f sec"
              % (epoch, loss_sum / batches, correct / seen, right / total, time.time() - start), flush=True)


if __name__ == "__main__":
    main()
