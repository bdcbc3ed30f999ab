#!/usr/bin/env python3
"""Reviews the golden data against a NumPy 2 installation (optional developer tool).

The generator runs Debian's NumPy 1.24 with NEP 50 promotion; where 1.24 still differs from
NumPy 2, numpy2_overrides.py holds the NumPy 2 expectation. This script re-evaluates the cases of
the given families (all by default) with the NumPy of the Python running it and lists every case
whose committed expectation differs, marking the ones already overridden:

    python3 test/golden/compare_numpy2.py [family ...]      # with a python3 that has NumPy 2
"""
import base64
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
warnings.simplefilter("ignore")

import numpy as np  # noqa: E402

import golden  # noqa: E402


def strip(e):
    """Drops str/repr of non-print results, which NumPy 2 formats differently for scalars."""
    if isinstance(e, dict):
        return {k: strip(v) for k, v in e.items()}
    if isinstance(e, list):
        return [strip(x) for x in e]
    return e


def close(a, b, ulps, ulps_max=0):
    """Array expectations equal within `ulps` units in the last place, or `ulps_max` ulps of the
    largest magnitude (NaNs equal)."""
    if not (ulps or ulps_max) or a.get("kind") != "array" or b.get("kind") != "array":
        return False
    if (a["dtype"], a["shape"]) != (b["dtype"], b["shape"]) or np.dtype(a["dtype"]).kind not in "fc":
        return False
    part = np.float32 if a["dtype"] in ("float32", "complex64") else np.float64
    x = np.frombuffer(base64.b64decode(a["data"]), part)
    y = np.frombuffer(base64.b64decode(b["data"]), part)
    tol = ulps * np.spacing(np.abs(y))
    if ulps_max and y.size:
        tol = np.maximum(tol, ulps_max * np.finfo(part).eps * np.abs(y[np.isfinite(y)]).max(initial=0))
    ok = (np.isnan(x) & np.isnan(y)) | (x == y) | (np.abs(x - y) <= tol)
    return bool(ok.all())


def main(argv):
    if int(np.__version__.split(".")[0]) < 2:
        raise SystemExit(f"this Python has NumPy {np.__version__}; run it with a NumPy 2")
    data = os.path.join(HERE, "data")
    fams = argv[1:] or sorted(f[:-5] for f in os.listdir(data) if f.endswith(".json"))
    for fam in fams:
        doc = json.load(open(os.path.join(data, fam + ".json")))
        differ = 0
        for c in doc["cases"]:
            c2 = {"id": c["id"], "py": c["py"], "print": c.get("print", False)}
            golden.evaluate(c2)
            want = json.dumps(strip(c["expect"]), sort_keys=True)
            got = json.dumps(strip(c2["expect"]), sort_keys=True)
            if want != got and not close(c["expect"], c2["expect"], c.get("ulps", 0), c.get("ulps_max", 0)):
                differ += 1
                tag = " (overridden)" if "numpy2" in c else ""
                print(f"DIFF {c['id']}{tag}\n  committed: {want[:300]}\n  NumPy {np.__version__}: {got[:300]}")
        print(f"{fam}: {len(doc['cases'])} cases, {differ} differ under NumPy {np.__version__}")


if __name__ == "__main__":
    main(sys.argv)
