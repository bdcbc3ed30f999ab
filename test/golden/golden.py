"""Helpers for golden-case families: building cases, embedding inputs, encoding results.

A case is a dict:
  id      unique name "family/what"
  py      a Python expression, evaluated with `np` and `D` in scope
  js      the same computation in ndts (a JS expression with `np` and `D` in scope)
  print   True to also compare str() and repr() of array results character for character
  ulps    float tolerance in units in the last place (default 0: exact)
  ulps_max  float tolerance in ulps of the largest magnitude in the expected array (for results
          such as FFTs, whose rounding errors scale with the whole array, not with each element)
  expect  filled in by evaluate(): what NumPy produced (see encode())

Inputs: lit(arr) returns an expression `D("<base64>", "<dtype>", [shape])` that both Python and
JS evaluate to a fresh C-contiguous copy of arr, so random data crosses exactly.
"""
import base64
import json
import math

import numpy as np


def D(b64, dtype, shape):
    return np.frombuffer(base64.b64decode(b64), dtype=dtype).reshape(shape).copy()


def lit(arr):
    arr = np.asarray(arr)
    shape = arr.shape  # before ascontiguousarray, which makes 0-d arrays 1-d in NumPy 1.24
    b64 = base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode()
    return f'D("{b64}", "{arr.dtype.name}", [{", ".join(str(d) for d in shape)}])'


def js(x):
    """A Python argument as a JS literal: None, bools, ints (bigints from 2**53), floats with
    inf/nan, strings, and lists/tuples of these."""
    if x is None:
        return "null"
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (int, np.integer)):
        x = int(x)
        return str(x) if abs(x) < 2**53 else f"{x}n"
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return repr(x)
    if isinstance(x, str):
        return json.dumps(x)
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(js(v) for v in x) + "]"
    raise TypeError(type(x))


def case(id, py, js=None, print=False, ulps=0, ulps_max=0):
    c = {"id": id, "py": py, "js": js if js is not None else py}
    if print:
        c["print"] = True
    if ulps:
        c["ulps"] = ulps
    if ulps_max:
        c["ulps_max"] = ulps_max
    return c


def num(x):
    """A float for JSON: finite floats as numbers, others as strings."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0 and math.copysign(1, x) < 0:
        return "-0"
    return x


def encode(v, want_print):
    if isinstance(v, np.ndarray):
        out = {
            "kind": "array",
            "dtype": v.dtype.name,
            "shape": list(v.shape),
            "data": base64.b64encode(np.ascontiguousarray(v).tobytes()).decode(),
        }
        if want_print:
            out["str"] = str(v)
            out["repr"] = repr(v)
        return out
    if isinstance(v, (bool, np.bool_)):
        return {"kind": "bool", "value": bool(v)}
    if isinstance(v, (int, np.integer)):
        return {"kind": "int", "value": str(int(v))}
    if isinstance(v, (float, np.floating)):
        return {"kind": "float", "value": num(v)}
    if isinstance(v, (complex, np.complexfloating)):
        return {"kind": "complex", "re": num(v.real), "im": num(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, (tuple, list)):
        return {"kind": "list", "items": [encode(x, want_print) for x in v]}
    if v is None:
        return {"kind": "none"}
    raise TypeError(f"cannot encode {type(v)}")


def evaluate(c):
    ns = {"np": np, "D": D}
    try:
        v = eval(c["py"], ns)
        c["expect"] = encode(v, c.get("print", False))
    except Exception as e:  # noqa: BLE001 - the error is the expectation
        name = type(e).__name__
        if name == "_ArrayMemoryError":
            name = "MemoryError"
        c["expect"] = {"kind": "error", "error": name, "message": str(e)}
