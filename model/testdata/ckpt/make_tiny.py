"""Writes tiny.pth, the small committed PyTorch checkpoint behind TestPthTiny and
the FuzzReadPth seeds: float32, float16 and int64 tensors, a scalar, and two
tensors that share one storage.

usage: /usr/bin/python3 make_tiny.py  (in model/testdata/ckpt)
"""
import collections

import torch

x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
sd = collections.OrderedDict()
sd["conv.weight"] = (torch.arange(4, dtype=torch.float32) * 0.5 - 1).reshape(2, 1, 1, 2)
sd["bn.num_batches_tracked"] = torch.tensor(5)
sd["half"] = torch.tensor([1.0, 65504.0, 6e-8, -2.5]).half()
sd["view.a"] = x[0]
sd["view.b"] = x[1]
torch.save(sd, "tiny.pth")
