"""Arithmetic, comparison, bitwise, logical, cast and reduction kernels against real NumPy.

Every case is a normal golden case written against the public API (np.floor_divide(D(...),
D(...)), D(...).astype(...), np.sum(D(...)), ...). Each also carries a "kernel" field that the
kernel tests (test/kernels/*.test.ts) read to call the WebAssembly kernel directly on the same
inputs: {"name": kernel export, "kind": "binary" | "unary" | "cast" | "reduce"}; the inputs are
the D(...) literals of the case's py expression, in order, and the expected output is "expect". Inputs are special values
(NaN, +-inf, -0.0, integer extremes, zero divisors, shift counts past the width) crossed with
each other, plus seeded random values.
"""
import numpy as np

from golden import case, lit

INTS = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
FLOATS = ["float32", "float64"]
COMPLEX = ["complex64", "complex128"]
REAL = ["bool"] + INTS + FLOATS
ALL = REAL + COMPLEX
CODE = {"bool": "b", "int8": "i8", "uint8": "u8", "int16": "i16", "uint16": "u16", "int32": "i32",
        "uint32": "u32", "int64": "i64", "uint64": "u64", "float32": "f32", "float64": "f64",
        "complex64": "c64", "complex128": "c128"}

rng = np.random.default_rng(20240601)


def specials(dt):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return np.array([False, True], dtype=dt)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        w = dt.itemsize * 8
        vals = {0, 1, 2, 3, 5, 7, w - 1, w, w + 1, info.max, info.max - 1, info.max // 2 + 1, 100}
        if dt.kind == "i":
            vals |= {-1, -2, -3, -7, info.min, info.min + 1, -w}
        return np.array(sorted(v for v in vals if info.min <= v <= info.max), dtype=dt)
    f = np.finfo(dt if dt.kind == "f" else np.dtype(dt.char.lower()))
    return np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 7.0, 1e-3,
                     np.inf, -np.inf, np.nan, f.max, -f.max, f.tiny, f.smallest_subnormal,
                     -f.smallest_subnormal, 123.456, -98.75, 2.0 ** 30, 1e10],
                    dtype=dt if dt.kind == "f" else f.dtype)


def random_vals(dt, n):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return rng.integers(0, 2, n).astype(dt)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        small = rng.integers(-20 if dt.kind == "i" else 0, 20, n // 2)
        wide = rng.integers(info.min, info.max, n - n // 2, dtype=dt, endpoint=True)
        return np.concatenate([small.astype(dt), wide])
    if dt.kind == "f":
        mag = 10.0 ** rng.integers(-5, 6, n)
        return (rng.standard_normal(n) * mag).astype(dt)
    part = random_vals(np.dtype(dt.char.lower()), 2 * n)
    return (part[:n] + 1j * part[n:]).astype(dt)


def complex_specials(dt):
    p = specials(np.dtype(dt).char.lower())[[0, 1, 2, 3, 4, 13, 14, 15]]
    re, im = np.meshgrid(p, p)
    return (re.ravel() + 1j * im.ravel()).astype(dt)


def pair_inputs(dt, avals=None, bvals=None, nrand=60):
    """All pairs of special values, then random pairs."""
    sa = specials(dt) if avals is None else avals
    sb = specials(dt) if bvals is None else bvals
    a, b = np.meshgrid(sa, sb)
    a = np.concatenate([a.ravel(), random_vals(dt, nrand)]).astype(dt)
    b = np.concatenate([b.ravel(), random_vals(dt, nrand)]).astype(dt)
    return a, b


def kernel_case(id, py, js, kernel, kind, inputs, **kw):
    """A golden case whose py expression holds the kernel's inputs as D(...) literals, in order."""
    c = case(id, py, js, **kw)
    c["kernel"] = {"name": kernel, "kind": kind}
    assert py.count("D(") == len(inputs)
    return c


BINARY = {
    "add": ALL, "subtract": INTS + FLOATS + COMPLEX, "multiply": ALL, "divide": FLOATS + COMPLEX,
    "floor_divide": INTS + FLOATS, "remainder": INTS + FLOATS, "fmod": INTS + FLOATS, "power": INTS,
    "maximum": ALL, "minimum": ALL, "fmax": FLOATS + COMPLEX, "fmin": FLOATS + COMPLEX,
    "equal": ALL, "not_equal": ALL, "less": ALL, "less_equal": ALL, "greater": ALL, "greater_equal": ALL,
    "logical_and": ALL, "logical_or": ALL, "logical_xor": ALL,
    "bitwise_and": ["bool"] + INTS, "bitwise_or": ["bool"] + INTS, "bitwise_xor": ["bool"] + INTS,
    "left_shift": INTS, "right_shift": INTS, "copysign": FLOATS, "nextafter": FLOATS,
    "heaviside": FLOATS, "gcd": INTS, "lcm": INTS,
}

UNARY = {
    "negative": INTS + FLOATS + COMPLEX, "absolute": INTS + FLOATS + COMPLEX,
    "square": INTS + FLOATS + COMPLEX, "reciprocal": INTS + FLOATS + COMPLEX, "sign": INTS + FLOATS,
    "floor": FLOATS, "ceil": FLOATS, "trunc": FLOATS, "rint": FLOATS, "spacing": FLOATS,
    "isnan": FLOATS + COMPLEX, "isinf": FLOATS + COMPLEX, "isfinite": FLOATS + COMPLEX,
    "signbit": FLOATS, "logical_not": ALL, "invert": ["bool"] + INTS, "conjugate": COMPLEX,
}


def binary_cases():
    for op, dts in BINARY.items():
        for dt in dts:
            if np.dtype(dt).kind == "c":
                a, b = pair_inputs(dt, complex_specials(dt)[::3], complex_specials(dt)[::5], 40)
            else:
                a, b = pair_inputs(dt)
            if op == "power":
                b = np.where(b.astype(np.int64) < 0, b.astype(np.int64) & 15, b).astype(dt)
            py = f"np.{op}({lit(a)}, {lit(b)})"
            yield kernel_case(f"kernels_arith/{op}-{dt}", py, py, f"{op}_{CODE[dt]}", "binary", [a, b])
    for dt in FLOATS:
        a = np.concatenate([specials(dt), random_vals(dt, 30)])
        e = np.array([-1100, -1075, -1074, -1000, -149, -126, -10, -1, 0, 1, 10, 127, 128, 1023, 1024,
                      2000, -2 ** 31, 2 ** 31 - 1], dtype=np.int32)
        aa, ee = np.meshgrid(a, e)
        aa, ee = aa.ravel().astype(dt), ee.ravel().astype(np.int32)
        py = f"np.ldexp({lit(aa)}, {lit(ee)})"
        yield kernel_case(f"kernels_arith/ldexp-{dt}", py, py, f"ldexp_{CODE[dt]}", "binary", [aa, ee])
    # The op layer raises before calling the kernel: NumPy's message for negative int powers.
    yield case("kernels_arith/power-negative-int", "np.power(np.array([2, 3]), np.array([1, -1]))",
               "np.power(np.array([2, 3]), np.array([1, -1]))")


def unary_cases():
    for op, dts in UNARY.items():
        for dt in dts:
            if np.dtype(dt).kind == "c":
                a = np.concatenate([complex_specials(dt), random_vals(dt, 40)])
            else:
                a = np.concatenate([specials(dt), random_vals(dt, 60)])
            py = f"np.{op}({lit(a)})"
            yield kernel_case(f"kernels_arith/{op}-{dt}", py, py, f"{op}_{CODE[dt]}", "unary", [a])


def cast_cases():
    for f in ALL:
        if np.dtype(f).kind == "c":
            src = np.concatenate([complex_specials(f), random_vals(f, 20)])
        elif np.dtype(f).kind == "f":
            extra = np.array([127.9, 128.0, 255.5, 256.0, -129.0, 300.0, -300.0, 65535.9, 65536.0, -32769.0,
                              2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 4294967295.0,
                              4294967296.0, -3e9, 5e9, 9.2e18, 2.0 ** 63, -2.0 ** 63, 1.8e19, 1.9e19, -1e19,
                              3e19, 1e300], dtype=np.float64).astype(f)
            src = np.concatenate([specials(f), extra, random_vals(f, 40)])
        else:
            src = np.concatenate([specials(f), random_vals(f, 40)])
        for t in ALL:
            py = f"{lit(src)}.astype('{t}')"
            yield kernel_case(f"kernels_arith/cast-{f}-{t}", py, py, f"cast_{CODE[f]}_{CODE[t]}", "cast", [src])


SUM_NS = [0, 1, 5, 7, 8, 9, 15, 16, 17, 31, 100, 127, 128, 129, 255, 256, 257, 1000, 1023, 4097, 8191, 8192]


def reduce_cases():
    for dt in FLOATS:
        for n in SUM_NS:
            a = random_vals(dt, n)
            if n == 9:
                a[3] = -0.0
            py = f"np.sum({lit(a)})"
            yield kernel_case(f"kernels_arith/sum-{dt}-{n}", py, py, f"sum_{CODE[dt]}", "reduce", [a])
        # Longer runs: NumPy adds the pairwise sums of 8192-element blocks in order (its iterator's
        # buffer); the op layer reproduces that with one kernel call per block.
        for n in [8193, 20000]:
            a = random_vals(dt, n)
            py = f"np.sum({lit(a)})"
            c = kernel_case(f"kernels_arith/sum-{dt}-{n}", py, py, f"sum_{CODE[dt]}", "reduce", [a])
            c["kernel"]["block"] = 8192
            yield c
        a = np.array([-0.0] * 5, dtype=dt)
        py = f"np.sum({lit(a)})"
        yield kernel_case(f"kernels_arith/sum-{dt}-negzero", py, py, f"sum_{CODE[dt]}", "reduce", [a])
    for dt in COMPLEX:
        for n in [0, 1, 3, 4, 5, 63, 64, 65, 200, 4096, 20000]:
            a = random_vals(dt, n)
            py = f"np.sum({lit(a)})"
            c = kernel_case(f"kernels_arith/sum-{dt}-{n}", py, py, f"sum_{CODE[dt]}", "reduce", [a])
            if n > 8192:
                c["kernel"]["block"] = 8192
            yield c
    for dt in ["int64", "uint64"]:
        a = np.concatenate([specials(dt), random_vals(dt, 200)])
        py = f"np.sum({lit(a)})"
        yield kernel_case(f"kernels_arith/sum-{dt}", py, py, f"sum_{CODE[dt]}", "reduce", [a])
    for dt in INTS + FLOATS:
        a = random_vals(dt, 57)
        if np.dtype(dt).kind == "f":
            a = (a / np.abs(a).max() * 2).astype(dt)
        py = f"np.multiply.reduce({lit(a)}, dtype='{dt}')"
        js = f"np.multiply.reduce({lit(a)}, {{dtype: '{dt}'}})"
        yield kernel_case(f"kernels_arith/prod-{dt}", py, js, f"prod_{CODE[dt]}", "reduce", [a])
    for dt in REAL:
        for variant in ["plain", "nan-late", "nan-early", "extremes"]:
            if variant != "plain" and np.dtype(dt).kind != "f" and variant != "extremes":
                continue
            a = random_vals(dt, 301)
            if variant == "nan-late":
                a[250] = np.nan
                a[280] = np.nan
            elif variant == "nan-early":
                a[2] = np.nan
            elif variant == "extremes":
                s = specials(dt)
                s = s[~np.isnan(s)] if np.dtype(dt).kind == "f" else s
                a = np.concatenate([a, s, a[:40]])
            for fn in ["max", "min", "argmax", "argmin", "any", "all"]:
                py = f"np.{fn}({lit(a)})"
                yield kernel_case(f"kernels_arith/{fn}-{dt}-{variant}", py, py, f"{fn}_{CODE[dt]}", "reduce", [a])
        for fn, fill in [("any", 0), ("all", 1)]:
            a = np.full(100, fill, dtype=dt)
            py = f"np.{fn}({lit(a)})"
            yield kernel_case(f"kernels_arith/{fn}-{dt}-const", py, py, f"{fn}_{CODE[dt]}", "reduce", [a])


def cases():
    yield from binary_cases()
    yield from unary_cases()
    yield from cast_cases()
    yield from reduce_cases()
