#!/usr/bin/env python3
"""Generates ndts's golden cases by running real NumPy.

Usage (from the project root):  npm run golden     (that is: /usr/bin/python3 test/golden/generate.py)
Needs Debian's python3-numpy (1.24). Dtype promotion runs under NumPy 2's rules (NEP 50, via
np._set_promotion_state("weak")); where 1.24 still differs from NumPy 2, numpy2_overrides.py
replaces the expectation, each entry citing NumPy 2's documentation.

Each family module in families/ defines cases() yielding golden.case(...) dicts; this script
evaluates every case's Python expression and writes data/<family>.json, which the TypeScript
suite (test/golden.test.ts) reads with no Python. Output is deterministic (seeded inputs).
"""
import importlib
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

import golden  # noqa: E402
from numpy2_overrides import OVERRIDES  # noqa: E402

np._set_promotion_state("weak")
warnings.simplefilter("ignore")


def main(argv):
    only = set(argv[1:])
    fam_dir = os.path.join(HERE, "families")
    names = sorted(f[:-3] for f in os.listdir(fam_dir) if f.endswith(".py") and not f.startswith("_"))
    total = 0
    used = set()
    for name in names:
        if only and name not in only:
            continue
        mod = importlib.import_module("families." + name)
        out = []
        seen = set()
        for c in mod.cases():
            if c["id"] in seen:
                raise SystemExit(f"duplicate case id {c['id']}")
            seen.add(c["id"])
            golden.evaluate(c)
            if c["id"] in OVERRIDES:
                ov = OVERRIDES[c["id"]]
                c["expect"] = ov["expect"]
                c["numpy2"] = ov["cite"]
                used.add(c["id"])
            out.append(c)
        path = os.path.join(HERE, "data", name + ".json")
        with open(path, "w") as f:
            json.dump({"family": name, "numpy": np.__version__, "cases": out}, f, indent=0, sort_keys=True)
            f.write("\n")
        print(f"{name}: {len(out)} cases")
        total += len(out)
    if not only:
        unused = set(OVERRIDES) - used
        if unused:
            raise SystemExit(f"overrides for unknown cases: {sorted(unused)}")
    print(f"total: {total} cases")
    if not only or "demo" in only:
        write_demo_output()


def write_demo_output():
    """The tutorial and ML examples of examples/demo.py, as NumPy prints them (npm run demo must match)."""
    import contextlib
    import io
    import runpy

    root = os.path.dirname(os.path.dirname(HERE))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        mod = runpy.run_path(os.path.join(root, "examples", "demo.py"))
        mod["tutorial"]()
        mod["ml_examples"]()
    with open(os.path.join(HERE, "data", "demo_output.txt"), "w") as f:
        f.write(buf.getvalue())
    print("demo: expected output written")


if __name__ == "__main__":
    main(sys.argv)
