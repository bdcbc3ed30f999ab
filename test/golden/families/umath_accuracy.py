"""Accuracy of the transcendental ufuncs against NumPy: ~2000 values per function and dtype.

Inputs mix uniform values over each function's interesting range, log-uniform magnitudes over
the whole float range (subnormals included), values at the function's critical points (0, 1,
multiples of pi/2, overflow and underflow thresholds) and every special value (nan, +-inf, +-0).
Expected results are NumPy's own outputs on this machine (glibc/SVML for float64, NumPy's SIMD
loops for float32), compared within 4 ulp of the result's dtype; special values exactly.

Note: NumPy's float32 exp and exp2 are not correctly rounded for subnormal results (one
subnormal ulp off in a few places; ndts rounds them correctly). That is within 4 ulp of the
float32 dtype, but a checker whose tolerance is relative to the value (not floored at the
dtype's smallest subnormal, 2^-149) will reject those elements. NumPy's float32 exp2 also
flushes results below 2^-149.5 to zero, which ndts reproduces.
"""
import numpy as np

from golden import case, lit

N = 2000
ULPS = 4
F64_SPECIAL = [np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, -5e-324, 2.2250738585072009e-308,
               2.2250738585072014e-308, -2.2250738585072014e-308, 1.7976931348623157e308,
               -1.7976931348623157e308, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0]
F32_SPECIAL = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, -1e-45, 1.1754942e-38, 1.1754944e-38,
               -1.1754944e-38, 3.4028235e38, -3.4028235e38, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0]


def log_uniform(rng, dt, n, positive=False):
    """Random signs and magnitudes log-uniform over all finite floats of dt (subnormals too)."""
    info = np.finfo(dt)
    lo = int(np.log2(info.smallest_subnormal)) if hasattr(info, "smallest_subnormal") else info.minexp - info.nmant
    e = rng.integers(lo, info.maxexp, n)
    m = rng.uniform(1.0, 2.0, n)
    v = np.ldexp(m, e)
    with np.errstate(over="ignore"):
        v = v.astype(dt)
    v[~np.isfinite(v)] = info.max
    if not positive:
        v = np.where(rng.random(n) < 0.5, -v, v).astype(dt)
    return v


def near(points, dt, rng, k=6):
    """Each point and its neighbours a few ulps away."""
    out = []
    for p in points:
        p = dt(p)
        out.append(p)
        a = p
        b = p
        for _ in range(k):
            a = np.nextafter(a, dt(np.inf))
            b = np.nextafter(b, dt(-np.inf))
            out.extend([a, b])
    return np.array(out, dtype=dt)


def build(rng, dt, parts):
    """Concatenates the parts and the special values, trims or pads to N values."""
    special = np.array(F64_SPECIAL if dt == np.float64 else F32_SPECIAL, dtype=dt)
    fixed = [np.asarray(p, dtype=dt) for p in parts[1:]]
    fixed.append(special)
    nfixed = sum(len(p) for p in fixed)
    uni = parts[0](max(N - nfixed, 200)).astype(dt)
    v = np.concatenate([uni] + fixed)
    return v[:max(N, nfixed + 200)] if len(v) > N else v


def unary_inputs(name, dt, rng):
    f32 = dt == np.float32
    U = lambda lo, hi: (lambda n: rng.uniform(lo, hi, n))
    L = lambda n, pos=False: log_uniform(rng, dt, n, pos)
    pio2 = np.pi / 2
    mult = np.arange(-40, 41) * pio2
    if name == "exp":
        lim = (88.72283, -103.97208) if f32 else (709.782712893384, -745.1332191019411)
        return build(rng, dt, [U(-110, 95) if f32 else U(-750, 750), L(300), near([lim[0], lim[1], 0.0, 1.0, -1.0], dt, rng)])
    if name == "exp2":
        return build(rng, dt, [U(-155, 130) if f32 else U(-1080, 1030), L(300), near([128, -126, -149, -150] if f32 else [1024, -1022, -1074, -1075], dt, rng), np.arange(-20, 21)])
    if name == "expm1":
        return build(rng, dt, [U(-20, 90) if f32 else U(-40, 712), L(300), U(-1, 1)(300), near([0.0, 88.72 if f32 else 709.78], dt, rng)])
    if name in ("log", "log2", "log10"):
        return build(rng, dt, [U(0, 10), L(600, True), L(100), near([1.0, 2.0, 10.0, 0.5], dt, rng)])
    if name == "log1p":
        return build(rng, dt, [U(-1, 10), L(500), U(-1e-5, 1e-5)(100), near([-1.0, 0.0, 1.0], dt, rng)])
    if name in ("sin", "cos", "tan"):
        big = L(400)
        return build(rng, dt, [U(-10, 10), big, U(-1e5, 1e5)(200), near(mult, dt, rng, 2), near([1e5, 823549.6, 1e6, 1e22], dt, rng, 2)])
    if name in ("arcsin", "arccos"):
        return build(rng, dt, [U(-1, 1), L(200), near([1.0, -1.0, 0.5, -0.5, 0.975, 0.0], dt, rng)])
    if name == "arctan":
        return build(rng, dt, [U(-10, 10), L(500), near([7 / 16, 11 / 16, 19 / 16, 39 / 16, 1.0], dt, rng)])
    if name in ("sinh", "cosh"):
        return build(rng, dt, [U(-95, 95) if f32 else U(-720, 720), L(300), U(-3, 3)(300), near([89.415985, 2.0] if f32 else [710.4758600739439, 709.78, 2.0], dt, rng)])
    if name == "tanh":
        return build(rng, dt, [U(-25, 25), L(300), U(-1, 1)(300), near([0.75, 22.0, 9.0], dt, rng)])
    if name == "arcsinh":
        return build(rng, dt, [U(-10, 10), L(500), near([2.0, 268435456.0, 0.5], dt, rng)])
    if name == "arccosh":
        return build(rng, dt, [U(1, 10), L(500, True), near([1.0, 2.0, 268435456.0], dt, rng)])
    if name == "arctanh":
        return build(rng, dt, [U(-1, 1), L(300), near([1.0, -1.0, 0.5, -0.5], dt, rng, 10)])
    if name == "cbrt":
        return build(rng, dt, [U(-10, 10), L(800), near([1.0, 8.0, 27.0, -8.0], dt, rng)])
    if name == "sqrt":
        return build(rng, dt, [U(0, 10), L(800), near([1.0, 4.0], dt, rng)])
    raise ValueError(name)


UNARY = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin",
         "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "sqrt"]
BINARY = ["arctan2", "hypot", "power", "logaddexp", "logaddexp2"]


def binary_inputs(name, dt, rng):
    f32 = dt == np.float32
    special = np.array(F64_SPECIAL if not f32 else F32_SPECIAL, dtype=dt)
    gx, gy = np.meshgrid(special, special)
    gx = gx.ravel()
    gy = gy.ravel()
    n = N - len(gx)
    L = lambda k, pos=False: log_uniform(rng, dt, k, pos)
    if name == "arctan2":
        y = np.concatenate([rng.uniform(-10, 10, n // 2), L(n - n // 2)])
        x = np.concatenate([rng.uniform(-10, 10, n // 2), L(n - n // 2)])
    elif name == "hypot":
        y = np.concatenate([rng.uniform(-10, 10, n // 2), L(n - n // 2)])
        x = np.concatenate([rng.uniform(-10, 10, n // 2), L(n - n // 2)])
    elif name == "power":
        k = n // 5
        x = np.concatenate([rng.uniform(0, 10, k), L(k, True), rng.uniform(-10, 10, k),
                            rng.uniform(0.5, 2, k), L(n - 4 * k)])
        y = np.concatenate([rng.uniform(-30, 30, k), rng.uniform(-2, 2, k), rng.integers(-40, 40, k),
                            rng.uniform(-2000, 2000, k) if not f32 else rng.uniform(-200, 200, k),
                            L(n - 4 * k)])
    else:
        k = n // 2
        x = np.concatenate([rng.uniform(-50, 50, k), L(n - k)])
        y = np.concatenate([x[:k] + rng.uniform(-40, 40, k), L(n - k)])
    x = np.concatenate([x.astype(dt), gx])
    y = np.concatenate([y.astype(dt), gy])
    if name == "arctan2":
        return y, x
    return x, y


def cases():
    rng = np.random.default_rng(20240611)
    for dt in (np.float64, np.float32):
        dn = np.dtype(dt).name
        for name in UNARY:
            a = unary_inputs(name, dt, rng)
            expr = f"np.{name}({lit(a)})"
            yield case(f"umath_accuracy/{name}-{dn}", expr, ulps=ULPS)
        for name in BINARY:
            a, b = binary_inputs(name, dt, rng)
            expr = f"np.{name}({lit(a)}, {lit(b)})"
            yield case(f"umath_accuracy/{name}-{dn}", expr, ulps=ULPS)
