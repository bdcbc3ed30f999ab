"""Times NumPy workloads for the ndts bench (bench/run.ts): reads a JSON list of
{name, setup, stmt, repeat} on stdin, prints {name: median seconds per call} and the BLAS in use.

Each workload is timed as ndts times it: calls are batched so one batch takes >= ~20 ms, and the
median over `repeat` batches is reported. Refuses to run on the reference BLAS (Debian's numpy
without libopenblas0-pthread), which no NumPy user has.
"""
import json
import statistics
import sys
import time

import numpy as np


def blas_in_use():
    np.dot(np.ones((64, 64)), np.ones((64, 64)))
    with open("/proc/self/maps") as f:
        maps = f.read()
    for name in ("openblas", "mkl", "blis", "atlas"):
        if name in maps:
            return name
    return "reference"


def time_one(setup, stmt, repeat):
    ns = {"np": np}
    exec(setup, ns)
    code = compile(stmt, "<bench>", "exec")
    warm = time.perf_counter()
    while True:  # warm up for at least 300 ms, as bench/harness.ts does
        exec(code, ns)
        if time.perf_counter() - warm >= 0.3:
            break
    number = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(number):
            exec(code, ns)
        dt = time.perf_counter() - t0
        if dt >= 0.02 or number >= 1 << 20:
            break
        number *= 2
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            exec(code, ns)
        samples.append((time.perf_counter() - t0) / number)
    return statistics.median(samples)


def main():
    work = json.load(sys.stdin)
    blas = blas_in_use()
    out = {"numpy": np.__version__, "blas": blas, "times": {}}
    if blas == "reference":
        out["error"] = "NumPy uses the reference BLAS: install libopenblas0-pthread"
    else:
        for w in work:
            out["times"][w["name"]] = time_one(w["setup"], w["stmt"], w.get("repeat", 7))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
