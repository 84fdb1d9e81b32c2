"""The one minimal safetensors reader of webtune's Python oracles (Debian has no
python3-safetensors): 8-byte little-endian header length, JSON header, raw data."""
import json
import struct

import torch

DTYPES = {"F32": torch.float32, "F16": torch.float16, "I64": torch.int64}


def load_file(path):
    """Returns ({name: tensor} in the file's key order, header without __metadata__)."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])  # dicts keep the file's key order
    header.pop("__metadata__", None)
    body = bytearray(data[8 + n:])
    out = {}
    for name, info in header.items():
        b, e = info["data_offsets"]
        dtype = DTYPES[info["dtype"]]
        t = torch.frombuffer(body[b:e], dtype=dtype) if e > b else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(info["shape"]).clone()
    return out, header
