"""Numerical ranges and grids: arange, linspace, logspace, geomspace, meshgrid, indices, fromfunction.

JS numbers are Python ints when integral, so every float argument below is non-integral (or
written so that int-ness does not matter, as for linspace, which always computes in floats).
"""
import math

import numpy as np

from golden import case, js, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def py(x):
    if isinstance(x, float):
        if math.isnan(x):
            return "np.nan"
        if math.isinf(x):
            return "np.inf" if x > 0 else "-np.inf"
    if isinstance(x, tuple):
        return "(" + "".join(py(v) + ", " for v in x) + ")"
    if isinstance(x, list):
        return "[" + ", ".join(py(v) for v in x) + "]"
    return repr(x)


def call(fn, args, kw=None, jsfn=None):
    """(py, js) for np.fn(*args, **kw); kw becomes one trailing options object in JS."""
    kw = kw or {}
    pargs = [py(a) for a in args] + [f"{k}={py(v) if k != 'dtype' else repr(v)}" for k, v in kw.items()]
    jargs = [js(a) for a in args]
    if kw:
        jargs.append("{" + ", ".join(f"{k}: {js(v) if k != 'dtype' else repr(v)}" for k, v in kw.items()) + "}")
    return f"np.{fn}({', '.join(pargs)})", f"np.{jsfn or fn}({', '.join(jargs)})"


def c(id, fn, args, kw=None, **extra):
    p, j = call(fn, args, kw)
    return case(id, p, j, **extra)


def arange_cases(rng):
    yield c("ranges/arange-stop", "arange", [5])
    yield c("ranges/arange-start-stop", "arange", [1, 5])
    yield c("ranges/arange-step", "arange", [1, 10, 3])
    yield c("ranges/arange-negative-step", "arange", [10, 1, -3])
    yield c("ranges/arange-empty", "arange", [0])
    yield c("ranges/arange-negative-stop", "arange", [-3])
    yield c("ranges/arange-backwards-empty", "arange", [5, 1])
    yield c("ranges/arange-float-step", "arange", [0, 1, 0.1])
    yield c("ranges/arange-float-start", "arange", [0.5, 3])
    yield c("ranges/arange-quarter", "arange", [1, 2, 0.25])
    yield c("ranges/arange-float-negative", "arange", [-1, 1, 0.3])
    yield c("ranges/arange-float-down", "arange", [1.5, -2.5, -0.7])
    yield c("ranges/arange-neg-zero", "arange", [-0.0, 3])
    yield c("ranges/arange-int-dtype-half-step", "arange", [0, 5, 0.5], {"dtype": "int64"})
    yield c("ranges/arange-int-dtype-frac-start", "arange", [0.5, 3], {"dtype": "int64"})
    yield c("ranges/arange-float32-tenth", "arange", [0.1, 1, 0.1], {"dtype": "float32"})
    yield c("ranges/arange-float32-int", "arange", [0, 5, 2], {"dtype": "float32"})
    for dt in DTYPES:
        if dt == "bool":
            continue
        yield c(f"ranges/arange-dtype-{dt}", "arange", [0, 7, 2], {"dtype": dt})
        yield c(f"ranges/arange-dtype-frac-{dt}", "arange", [1.5, 6.5, 1.25], {"dtype": dt})
    yield c("ranges/arange-bool-2", "arange", [2], {"dtype": "bool"})
    yield c("ranges/arange-bool-1", "arange", [1], {"dtype": "bool"})
    yield c("ranges/arange-bool-3", "arange", [0, 3], {"dtype": "bool"})
    yield c("ranges/arange-bool-float", "arange", [0, 1, 0.3], {"dtype": "bool"})
    yield c("ranges/arange-bool-arg", "arange", [True])
    yield c("ranges/arange-step-inf", "arange", [0, 5, math.inf])
    yield c("ranges/arange-step-inf-empty", "arange", [0, -5, math.inf])
    yield c("ranges/arange-step-neg-inf", "arange", [0, -5, -math.inf])
    yield c("ranges/arange-step-zero-int", "arange", [0, 10, 0])
    yield c("ranges/arange-step-zero-float", "arange", [0.5, 10, 0])
    yield c("ranges/arange-nan", "arange", [math.nan])
    yield c("ranges/arange-inf", "arange", [0, math.inf])
    yield c("ranges/arange-neg-inf-start", "arange", [-math.inf, 3], {"dtype": "int32"})
    yield c("ranges/arange-tiny-step", "arange", [1, 5, 1e-320])
    yield c("ranges/arange-huge-int", "arange", [1, 2**70])
    yield case("ranges/arange-2pow63-float", "np.arange(1, 2.0**63)", "np.arange(1, 2**63)")
    yield c("ranges/arange-uint8-overflow", "arange", [0, 600, 300], {"dtype": "uint8"})
    yield c("ranges/arange-uint8-wrap", "arange", [250, 260], {"dtype": "uint8"})
    yield c("ranges/arange-int8-fill-wrap", "arange", [0, 200, 60], {"dtype": "int8"})
    yield c("ranges/arange-int16-fill-wrap", "arange", [30000, 40000, 1500], {"dtype": "int16"})
    yield c("ranges/arange-uint32-fill-wrap", "arange", [4294967290, 4294967300, 3], {"dtype": "uint32"})
    yield c("ranges/arange-int32-python-overflow", "arange", [0, 10**10, 3 * 10**9], {"dtype": "int32"})
    yield c("ranges/arange-uint8-negative-float", "arange", [-1.5, 3], {"dtype": "uint8"})
    yield c("ranges/arange-int32-float-next-overflow", "arange", [0.5, 10**10, 3e9 + 0.5], {"dtype": "int32"})
    yield c("ranges/arange-int32-nan-start", "arange", [math.nan, 3], {"dtype": "int32"})
    yield case("ranges/arange-kw-stop", "np.arange(stop=5)", "np.arange({stop: 5})")
    yield case("ranges/arange-kw-start-stop", "np.arange(start=2, stop=5)", "np.arange({start: 2, stop: 5})")
    yield case("ranges/arange-no-stop", "np.arange()", "np.arange()")
    yield case("ranges/arange-none-stop-step", "np.arange(5, None, 2)", "np.arange(5, null, 2)")
    yield case("ranges/arange-int64-big", "np.arange(2**62, 2**62 + 5)", "np.arange(2n**62n, 2n**62n + 5n)")
    yield case("ranges/arange-int64-big-step", "np.arange(-2**63, -2**63 + 10**18 * 9, 10**18)",
               "np.arange(-(2n**63n), -(2n**63n) + 9n * 10n**18n, 10n**18n)")
    yield case("ranges/arange-int64-wrap", "np.arange(2**63 - 3, 2**63 + 3, dtype='int64')",
               "np.arange(2n**63n - 3n, 2n**63n + 3n, {dtype: 'int64'})")
    yield case("ranges/arange-uint64-top", "np.arange(2**64 - 5, 2**64 - 1, dtype='uint64')",
               "np.arange(2n**64n - 5n, 2n**64n - 1n, {dtype: 'uint64'})")
    yield case("ranges/arange-2pow53", "np.arange(2**53, 2**53 + 10, 3)", "np.arange(2**53, 2**53 + 10, 3)")
    yield case("ranges/arange-2pow53-float", "np.arange(2**53, 2**53 + 10, 3, dtype='float64')",
               "np.arange(2**53, 2**53 + 10, 3, {dtype: 'float64'})")
    yield case("ranges/arange-bigint-div", "np.arange(0, 10**17 + 7, 10**16 + 3)", "np.arange(0n, 10n**17n + 7n, 10n**16n + 3n)")
    yield case("ranges/arange-positional-dtype", "np.arange(0, 6, 2, 'int8')", "np.arange(0, 6, 2, 'int8')")
    yield case("ranges/arange-bad-kw", "np.arange(5, foo=1)", "np.arange(5, {foo: 1})")
    # Random float ranges: lengths and every value, float64 and float32.
    for i in range(16):
        start = round(float(rng.uniform(-50, 50)), int(rng.integers(0, 6))) + 0.03125
        step = float(rng.choice([-1, 1])) * (round(float(rng.uniform(0.01, 7)), int(rng.integers(1, 6))) + 0.0078125)
        stop = start + step * float(rng.uniform(-2, 40))
        kw = {"dtype": "float32"} if i % 4 == 3 else ({"dtype": str(rng.choice(["int8", "int32", "int64", "uint16"]))} if i % 4 == 2 and step > 0 and start > 0 else None)
        yield c(f"ranges/arange-random-{i}", "arange", [start, stop, step], kw)
    for i in range(8):
        start = int(rng.integers(-1000, 1000))
        step = int(rng.choice([-1, 1])) * int(rng.integers(1, 50))
        stop = start + step * int(rng.integers(-2, 60))
        dt = str(rng.choice(["int16", "int32", "int64", "uint32", "float64", "float32"]))
        if dt.startswith("u") and (start < 0 or start + step < 0):
            dt = "int32"
        yield c(f"ranges/arange-random-int-{i}", "arange", [start, stop, step], {"dtype": dt})


def linspace_cases(rng):
    yield c("ranges/linspace-basic", "linspace", [2, 3, 5])
    yield c("ranges/linspace-default-num", "linspace", [0, 1])
    yield c("ranges/linspace-no-endpoint", "linspace", [2, 3, 5], {"endpoint": False})
    yield c("ranges/linspace-retstep", "linspace", [2, 3, 5], {"retstep": True})
    yield c("ranges/linspace-retstep-noend", "linspace", [0, 1, 7], {"endpoint": False, "retstep": True})
    yield c("ranges/linspace-num0", "linspace", [0, 1, 0])
    yield c("ranges/linspace-num0-retstep", "linspace", [0, 1, 0], {"retstep": True})
    yield c("ranges/linspace-num1", "linspace", [0.5, 1, 1], {"retstep": True})
    yield c("ranges/linspace-num1-noend", "linspace", [0.5, 1, 1], {"endpoint": False, "retstep": True})
    yield c("ranges/linspace-num2", "linspace", [0.5, 1, 2])
    yield c("ranges/linspace-descending", "linspace", [10, -3.5, 11])
    yield c("ranges/linspace-int-floor", "linspace", [-5, 5, 7], {"dtype": "int64"})
    yield c("ranges/linspace-uint8", "linspace", [0, 10, 4], {"dtype": "uint8"})
    yield c("ranges/linspace-int8-exact", "linspace", [0, 5, 6], {"dtype": "int8"})
    yield c("ranges/linspace-float32-dtype", "linspace", [0, 1, 7], {"dtype": "float32"})
    yield c("ranges/linspace-complex-dtype", "linspace", [0, 1, 3], {"dtype": "complex128"})
    yield c("ranges/linspace-bool-dtype", "linspace", [0, 1, 3], {"dtype": "bool"})
    yield c("ranges/linspace-denormal-step", "linspace", [0, 5e-324, 10])
    yield c("ranges/linspace-inf-stop", "linspace", [0, math.inf, 3])
    yield c("ranges/linspace-inf-inf", "linspace", [math.inf, math.inf, 3])
    yield c("ranges/linspace-nan", "linspace", [0, math.nan, 3])
    yield c("ranges/linspace-equal", "linspace", [1.5, 1.5, 4], {"retstep": True})
    yield c("ranges/linspace-negative-num", "linspace", [0, 1, -1])
    yield c("ranges/linspace-float-num", "linspace", [0, 1, 2.5])
    yield c("ranges/linspace-axis-out", "linspace", [0, 1, 5], {"axis": 1})
    yield c("ranges/linspace-array-stop", "linspace", [0, [1, 2, 3], 4])
    yield c("ranges/linspace-array-both", "linspace", [[0, 1], [10, 20], 5])
    yield c("ranges/linspace-array-axis1", "linspace", [[0, 1], [10, 20], 5], {"axis": 1})
    yield c("ranges/linspace-array-axis-neg", "linspace", [0, [1, 2, 3], 4], {"axis": -1})
    yield c("ranges/linspace-array-retstep", "linspace", [[0.5, 1], 1, 3], {"retstep": True})
    yield c("ranges/linspace-array-noend-retstep", "linspace", [[0, 1], [3, -1], 4], {"endpoint": False, "retstep": True})
    yield c("ranges/linspace-array-num1", "linspace", [[0, 1], [3, -1], 1], {"retstep": True})
    yield c("ranges/linspace-array-2d", "linspace", [[[0, 1], [2, 3]], [5, 7], 3], {"axis": 1})
    yield c("ranges/linspace-array-zero-step", "linspace", [[0, 1], [5e-324, 2], 4])
    yield c("ranges/linspace-array-axis-bad", "linspace", [[0, 1], 2, 3], {"axis": 2})
    yield c("ranges/linspace-array-int-dtype", "linspace", [[0, -1], [10, -20], 6], {"dtype": "int32", "axis": -1})
    yield c("ranges/linspace-broadcast-error", "linspace", [[0, 1], [1, 2, 3], 3])
    yield case("ranges/linspace-float32-array", "np.linspace(np.array([0, 1], dtype=np.float32), 2, 5)",
               "np.linspace(np.array([0, 1], {dtype: 'float32'}), 2, 5)")
    yield case("ranges/linspace-float32-scalar", "np.linspace(np.array(0.1, dtype=np.float32), 1, 7, retstep=True)",
               "np.linspace(np.array(0.1, {dtype: 'float32'}), 1, 7, {retstep: true})")
    yield case("ranges/linspace-int-array-input", f"np.linspace({lit(np.array([3, -7], dtype=np.int16))}, 100, 9)",
               f"np.linspace({lit(np.array([3, -7], dtype=np.int16))}, 100, 9)")
    yield case("ranges/linspace-positional", "np.linspace(0, 1, 5, False, True, 'float32', 0)",
               "np.linspace(0, 1, 5, false, true, 'float32', 0)")
    for i in range(16):
        a = float(rng.normal() * 10.0 ** int(rng.integers(-3, 5)))
        b = float(rng.normal() * 10.0 ** int(rng.integers(-3, 5)))
        n = int(rng.integers(0, 40))
        kw = {"endpoint": bool(rng.integers(0, 2))}
        if i % 5 == 4:
            kw["dtype"] = "float32"
        yield c(f"ranges/linspace-random-{i}", "linspace", [a, b, n], kw)


def logspace_cases(rng):
    yield c("ranges/logspace-basic", "logspace", [2, 3, 4], ulps=4)
    yield c("ranges/logspace-noend", "logspace", [2, 3, 4], {"endpoint": False}, ulps=4)
    yield c("ranges/logspace-base2", "logspace", [2, 3, 4], {"base": 2}, ulps=4)
    yield c("ranges/logspace-default", "logspace", [0, 3], ulps=4)
    yield c("ranges/logspace-int-dtype", "logspace", [0, 3, 4], {"dtype": "int64"}, ulps=4)
    yield c("ranges/logspace-float32-dtype", "logspace", [0, 1, 5], {"dtype": "float32"}, ulps=4)
    yield c("ranges/logspace-negative", "logspace", [-3, 3, 7], ulps=4)
    yield c("ranges/logspace-neg-base", "logspace", [0, 2, 5], {"base": -2}, ulps=4)
    yield c("ranges/logspace-array", "logspace", [[0, 1], [2, 4], 3], ulps=4)
    yield c("ranges/logspace-array-axis", "logspace", [[0, 1], [2, 4], 3], {"axis": -1}, ulps=4)
    yield c("ranges/logspace-array-base", "logspace", [2, 3, 4], {"base": [2, 3], "axis": -1}, ulps=4)
    yield c("ranges/logspace-array-base-axis0", "logspace", [0, 2, 3], {"base": [2, 3]}, ulps=4)
    yield c("ranges/logspace-num0", "logspace", [0, 1, 0], ulps=4)
    for i in range(10):
        a = round(float(rng.uniform(-5, 5)), 3)
        b = round(float(rng.uniform(-5, 5)), 3)
        kw = {}
        if i % 3 == 1:
            kw["base"] = round(float(rng.uniform(0.5, 12)), 2)
        yield c(f"ranges/logspace-random-{i}", "logspace", [a, b, int(rng.integers(1, 25))], kw, ulps=4)


def geomspace_cases(rng):
    yield c("ranges/geomspace-basic", "geomspace", [1, 1000, 4], ulps=4)
    yield c("ranges/geomspace-noend", "geomspace", [1, 1000, 3], {"endpoint": False}, ulps=4)
    yield c("ranges/geomspace-noend4", "geomspace", [1, 1000, 4], {"endpoint": False}, ulps=4)
    yield c("ranges/geomspace-256", "geomspace", [1, 256, 9], ulps=4)
    yield c("ranges/geomspace-256-int", "geomspace", [1, 256, 9], {"dtype": "int64"}, ulps=4)
    yield c("ranges/geomspace-desc", "geomspace", [1000, 1, 4], ulps=4)
    yield c("ranges/geomspace-negative", "geomspace", [-1000, -1, 4], ulps=4)
    yield c("ranges/geomspace-mixed-sign", "geomspace", [-1, 100, 3], ulps=4)
    yield c("ranges/geomspace-mixed-sign2", "geomspace", [1, -100, 3], ulps=4)
    yield c("ranges/geomspace-zero", "geomspace", [0, 10, 3], ulps=4)
    yield c("ranges/geomspace-zero-array", "geomspace", [[1, 0], 10, 3], ulps=4)
    yield c("ranges/geomspace-num0", "geomspace", [1, 10, 0], ulps=4)
    yield c("ranges/geomspace-num1", "geomspace", [3, 10, 1], ulps=4)
    yield c("ranges/geomspace-array", "geomspace", [[1, -2], [1000, -16], 4], ulps=4)
    yield c("ranges/geomspace-array-axis", "geomspace", [[1, 2], 1000, 4], {"axis": -1}, ulps=4)
    yield c("ranges/geomspace-float32", "geomspace", [1, 1000, 5], {"dtype": "float32"}, ulps=4)
    yield c("ranges/geomspace-nan", "geomspace", [math.nan, 10, 3], ulps=4)
    for i in range(8):
        a = float(rng.choice([-1, 1])) * float(10 ** rng.uniform(-3, 3))
        b = (a / abs(a)) * float(10 ** rng.uniform(-3, 3))
        yield c(f"ranges/geomspace-random-{i}", "geomspace", [a, b, int(rng.integers(2, 20))], {"endpoint": bool(i % 2)}, ulps=4)


def grid_cases():
    yield c("ranges/meshgrid-xy", "meshgrid", [[1, 2, 3], [4, 5]])
    yield c("ranges/meshgrid-ij", "meshgrid", [[1, 2, 3], [4, 5]], {"indexing": "ij"})
    yield c("ranges/meshgrid-3d", "meshgrid", [[1, 2], [3.5, 4.5, 5.5], [7]])
    yield c("ranges/meshgrid-3d-ij", "meshgrid", [[1, 2], [3.5, 4.5, 5.5], [7]], {"indexing": "ij"})
    yield c("ranges/meshgrid-sparse", "meshgrid", [[1, 2, 3], [4, 5]], {"sparse": True})
    yield c("ranges/meshgrid-sparse-ij", "meshgrid", [[1, 2, 3], [4, 5], [6, 7]], {"sparse": True, "indexing": "ij"})
    yield c("ranges/meshgrid-nocopy", "meshgrid", [[1, 2, 3], [4, 5]], {"copy": False})
    yield c("ranges/meshgrid-one", "meshgrid", [[1, 2, 3]])
    yield c("ranges/meshgrid-none", "meshgrid", [])
    yield c("ranges/meshgrid-2d-input", "meshgrid", [[[1, 2], [3, 4]], [5, 6, 7]])
    yield c("ranges/meshgrid-bad-indexing", "meshgrid", [[1, 2], [3]], {"indexing": "foo"})
    yield case("ranges/meshgrid-base", "(lambda g: [g[0].base is None, g[0].flags.c_contiguous])(np.meshgrid([1, 2], [3, 4, 5]))",
               "(g => [g[0].base === null, g[0].flags.c_contiguous])(np.meshgrid([1, 2], [3, 4, 5]))")
    yield c("ranges/indices-2d", "indices", [(2, 3)])
    yield c("ranges/indices-1d", "indices", [(4,)])
    yield c("ranges/indices-0d", "indices", [()])
    yield c("ranges/indices-empty-dim", "indices", [(0, 2)])
    yield c("ranges/indices-float", "indices", [(2, 2)], {"dtype": "float32"})
    yield c("ranges/indices-sparse", "indices", [(2, 3, 2)], {"sparse": True})
    yield c("ranges/indices-bool", "indices", [(2, 3)], {"dtype": "bool"})
    yield c("ranges/indices-bool-small", "indices", [(2, 2)], {"dtype": "bool"})
    yield case("ranges/fromfunction-i", "np.fromfunction(lambda i, j: i, (2, 3))", "np.fromfunction((i, j) => i, [2, 3])")
    yield case("ranges/fromfunction-list", "np.fromfunction(lambda i, j: [i, j], (2, 2), dtype=int)",
               "np.fromfunction((i, j) => [i, j], [2, 2], {dtype: 'int64'})")
    yield case("ranges/fromfunction-1d", "np.fromfunction(lambda i: i, (4,), dtype=np.int8)",
               "np.fromfunction((i) => i, [4], {dtype: 'int8'})")


def cases():
    rng = np.random.default_rng(20240611)
    yield from arange_cases(rng)
    yield from linspace_cases(rng)
    yield from logspace_cases(rng)
    yield from geomspace_cases(rng)
    yield from grid_cases()
