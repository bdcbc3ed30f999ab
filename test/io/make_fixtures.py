"""Writes the .npy/.npz fixtures of test/io with real NumPy, and fixtures/manifest.json
describing what each holds (dtype, shape, the C-order little-endian data as base64 and sha256).

Run: /usr/bin/python3 test/io/make_fixtures.py   (from the repository root)
"""
import base64
import hashlib
import io
import json
import os
import zipfile

import numpy as np

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
NAMES = {"?": "bool", "b": "int8", "B": "uint8", "h": "int16", "H": "uint16", "i": "int32", "I": "uint32",
         "l": "int64", "L": "uint64", "f": "float32", "d": "float64", "F": "complex64", "D": "complex128"}


def describe(a, inline=4096):
    native = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<") if a.dtype.itemsize > 1 else a.dtype)
    raw = native.tobytes()
    d = {"dtype": NAMES[a.dtype.char], "shape": list(a.shape), "sha256": hashlib.sha256(raw).hexdigest()}
    if len(raw) <= inline:
        d["b64"] = base64.b64encode(raw).decode()
    return d


def values(dt):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return np.array([True, False, True, True, False, False])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return np.array([info.min, info.max, 0, 1, info.max // 3, info.min // 5 if dt.kind == "i" else 7], dtype=dt)
    if dt.kind == "f":
        info = np.finfo(dt)
        return np.array([0.0, -0.0, 1.5, np.nan, np.inf, -np.inf, info.tiny, info.max, -1 / 3, 1e-7, 2.5e10, -7.25], dtype=dt)
    r = values(np.float32 if dt.itemsize == 8 else np.float64)
    with np.errstate(invalid="ignore"):
        return (r + 1j * r[::-1]).astype(dt)


manifest = {"numpy": np.__version__, "npy": [], "npz": []}


def npy(name, a, build, fn=None):
    path = os.path.join(HERE, name + ".npy")
    if fn is None:
        np.save(path, a)
    else:
        with open(path, "wb") as f:
            fn(f, a)
    entry = {"file": name + ".npy", "build": build}
    entry.update(describe(a, 65536))
    manifest["npy"].append(entry)


for char in "?bBhHiIlLfdFD":
    dt = np.dtype(char)
    v = values(dt)
    nm = NAMES[char]
    npy(f"{nm}_1d", v, "C")
    npy(f"{nm}_0d", v[2].reshape(()) if v.ndim else v, "C")
    npy(f"{nm}_2x3", np.resize(v, (2, 3)), "C")
    npy(f"{nm}_2x3_F", np.asfortranarray(np.resize(v, (2, 3))), "F")
    npy(f"{nm}_empty", np.zeros((2, 0, 3), dtype=dt), "C")
    if dt.itemsize > 1:
        npy(f"{nm}_2x3_be", np.resize(v, (2, 3)).astype(dt.newbyteorder(">")), None)
        npy(f"{nm}_2x3_F_be", np.asfortranarray(np.resize(v, (2, 3)).astype(dt.newbyteorder(">"))), None)

npy("float64_3d_F", np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)), "F")
npy("int64_0", np.zeros((0,), dtype=np.int64), "C")
npy("int32_4x6_slice", np.arange(24, dtype=np.int32).reshape(4, 6)[::2, 1::2], "slice")
npy("int16_big_axis", np.arange(12345, dtype=np.int16), "C")
npy("float64_v2", np.arange(6.0).reshape(2, 3), None, lambda f, a: np.lib.format.write_array(f, a, version=(2, 0)))
npy("float64_v3", np.arange(6.0).reshape(2, 3), None, lambda f, a: np.lib.format.write_array(f, a, version=(3, 0)))

# Several arrays saved one after the other into one file.
with open(os.path.join(HERE, "sequence.npy"), "wb") as f:
    np.save(f, np.array([1, 2]))
    np.save(f, np.array([[1.5, 3.0]]))


def npz(name, saver, args, kwds):
    path = os.path.join(HERE, name + ".npz")
    saver(path, *args, **kwds)
    with np.load(path) as z:
        members = {k: describe(z[k]) for k in z.files}
    manifest["npz"].append({"file": name + ".npz", "files": list(members), "members": members})


rng = np.random.default_rng(0)
a = np.arange(6).reshape(2, 3)
b = np.array([1.5, -2.25], dtype=np.float32)
c = np.array([[1 + 2j, 3 - 4j]])
npz("savez_mixed", np.savez, (a, b), {"x": c, "flag": np.array(True)})
npz("savez_compressed_mixed", np.savez_compressed, (a, b), {"x": c, "flag": np.array(True)})
npz("savez_empty", np.savez, (), {})
npz("unicode_names", np.savez, (), {"größe": np.arange(2), "x y": np.ones(1)})
npz("compressed_large", np.savez_compressed, (), {
    "ramp": np.arange(30000, dtype=np.int64),
    "rounded": np.round(rng.normal(size=20000), 2),
    "noise": rng.integers(0, 256, size=70000, dtype=np.uint8),
    "zeros": np.zeros((300, 300)),
})

# A zip whose member is not a .npy file: NumPy returns its bytes.
with zipfile.ZipFile(os.path.join(HERE, "raw_member.npz"), "w") as z:
    z.writestr("notes.txt", b"hello npz")
    buf = io.BytesIO()
    np.save(buf, np.arange(3, dtype=np.uint16))
    z.writestr("a.npy", buf.getvalue())
manifest["raw_member"] = {"text": "hello npz"}

with open(os.path.join(HERE, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1, sort_keys=True)
    f.write("\n")
