"""Array printing: str/repr of every dtype and shape, float formatting (Dragon4), summarisation,
line wrapping, strided views, print options, array2string / array_repr / array_str,
format_float_positional / format_float_scientific, and bad option values.

Every array case has print=True, so the runner compares str() and repr() character for
character; string-valued cases (array2string, repr(...) of big arrays, format_float_*) compare
the string.
"""
import math

import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]

SHAPES = [(), (5,), (3, 4), (2, 3, 4), (2, 2, 2, 3), (0,), (0, 3), (2, 0, 3), (1, 1)]


def js_val(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return repr(v)
    return repr(v)


def py_val(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return f"float('{v!r}')"
    return repr(v)


def kw(**kwargs):
    """(python keyword text, JS options object text) for the same options."""
    py = ", ".join(f"{k}={py_val(v)}" for k, v in kwargs.items())
    js = "{" + ", ".join(f"{k}: {js_val(v)}" for k, v in kwargs.items()) + "}"
    return py, js


def call(fn, arg_py, arg_js, **kwargs):
    """A case pair for np.<fn>(arg, **kwargs) in Python and np.<fn>(arg, {...}) in JS."""
    if not kwargs:
        return f"np.{fn}({arg_py})", f"np.{fn}({arg_js})"
    py, js = kw(**kwargs)
    return f"np.{fn}({arg_py}, {py})", f"np.{fn}({arg_js}, {js})"


def with_options(expr_py, expr_js, **opts):
    """Evaluates an expression under np.printoptions (Python: a lambda around set_printoptions)."""
    py_opts, js_opts = kw(**opts)
    saved = ", ".join(f"{k}={v!r}" for k, v in {
        "precision": 8, "threshold": 1000, "edgeitems": 3, "linewidth": 75, "suppress": False,
        "nanstr": "nan", "infstr": "inf", "sign": "-", "floatmode": "maxprec"}.items())
    py = f"(lambda: [np.set_printoptions({py_opts}), {expr_py}, np.set_printoptions({saved})][1])()"
    js = f"np.printoptions({js_opts}, () => {expr_js})"
    return py, js


def lit2(a):
    """(python, JS) input expressions for array a; golden.lit turns a 0-d array into shape (1,)
    (NumPy 1.24's ascontiguousarray returns ndim >= 1), so 0-d inputs are reshaped back."""
    a = np.asarray(a)
    if a.ndim == 0:
        x = lit(a.reshape(1))
        return x + ".reshape(())", x + ".reshape([])"
    return lit(a), lit(a)


def rand_data(rng, dt, shape):
    n = int(np.prod(shape)) if shape else 1
    if dt == "bool":
        a = rng.integers(0, 2, n).astype(bool)
    elif dt.startswith("int") or dt.startswith("uint"):
        info = np.iinfo(dt)
        big = rng.integers(info.min, info.max, n, dtype=dt, endpoint=True)
        small = rng.integers(max(info.min, -50), 100, n).astype(dt)
        a = np.where(rng.random(n) < 0.5, big, small).astype(dt)
    elif dt.startswith("float"):
        a = (rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)).astype(dt)
    else:
        re = rng.standard_normal(n) * 10.0 ** rng.integers(-2, 3, n)
        im = rng.standard_normal(n) * 10.0 ** rng.integers(-2, 3, n)
        a = (re + 1j * im).astype(dt)
    return a.reshape(shape)


def mags(rng, n, lo, hi, neg=True):
    v = 10.0 ** rng.uniform(lo, hi, n)
    if neg:
        v *= np.where(rng.random(n) < 0.4, -1.0, 1.0)
    return v


def js_rev0(x):
    """JS for x[::-1] (a negative-stride view)."""
    return (f"((x) => x._view(x.shape, [-x.strides[0], ...x.strides.slice(1)], "
            f"x._ptr + (x.shape[0] - 1) * x.strides[0]))({x})")


def js_offset(x):
    """JS for x[1:, 2:] (a view with an offset)."""
    return (f"((x) => x._view([x.shape[0] - 1, x.shape[1] - 2], x.strides, "
            f"x._ptr + x.strides[0] + 2 * x.strides[1]))({x})")


def js_step(x):
    """JS for x[:, ::2]."""
    return (f"((x) => x._view([x.shape[0], Math.ceil(x.shape[1] / 2)], [x.strides[0], 2 * x.strides[1]], "
            f"x._ptr))({x})")


def cases():
    rng = np.random.default_rng(20240601)

    # 1. Every dtype in every shape (0-d to 4-d, size-0 dims).
    for dt in DTYPES:
        for shape in SHAPES:
            a = rand_data(rng, dt, shape)
            sid = "x".join(str(d) for d in shape) or "0d"
            yield case(f"printing/{dt}-{sid}", *lit2(a), print=True)

    # Extremes of the integer types.
    for dt in ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]:
        info = np.iinfo(dt)
        a = np.array([info.min, 0, info.max, 1], dtype=dt)
        yield case(f"printing/{dt}-extremes", lit(a), print=True)
        yield case(f"printing/{dt}-extremes-0d", *lit2(np.array(info.max, dtype=dt)), print=True)
    yield case("printing/int64-min-0d", *lit2(np.array(np.iinfo("int64").min)), print=True)
    yield case("printing/bool-0d-false", *lit2(np.array(False)), print=True)
    yield case("printing/bool-0d-true", *lit2(np.array(True)), print=True)
    yield case("printing/uint64-0d-big", *lit2(np.array(2 ** 64 - 5, dtype="uint64")), print=True)
    yield case("printing/bool-all-true", lit(np.ones(4, bool)), print=True)

    # 2. Float magnitudes: positional vs scientific, suppress on/off.
    ranges = [(-10, -5), (-5, -3), (-3, 0), (0, 3), (3, 7), (7, 9), (9, 13), (13, 20), (-10, 20), (-2, 2)]
    for dt in ["float64", "float32"]:
        for lo, hi in ranges:
            v = mags(rng, 7, lo, hi).astype(dt)
            x = lit(v)
            yield case(f"printing/{dt}-mag-{lo}-{hi}", x, print=True)
            py, js = call("array2string", x, x, suppress_small=True)
            yield case(f"printing/{dt}-mag-{lo}-{hi}-suppress", py, js, print=True)
        ints = np.array([1, -2, 300, 45, 0, 12345678], dtype=dt)
        yield case(f"printing/{dt}-integers", lit(ints), print=True)
        yield case(f"printing/{dt}-integers-big", lit(np.array([1e8, 2, 3e15, -7], dtype=dt)), print=True)
        yield case(f"printing/{dt}-thirds", lit(np.array([1 / 3, 2 / 3, -1 / 7, 10 / 3], dtype=dt)), print=True)
        yield case(f"printing/{dt}-decimals", lit(np.array([0.1, 0.25, 1.5, 100.125], dtype=dt)), print=True)
        yield case(f"printing/{dt}-boundary-1e-4", lit(np.array([1e-4, 1.0, 2.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-ratio-1000", lit(np.array([1.0, 1000.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-ratio-1001", lit(np.array([1.0, 1001.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-1e6", lit(np.array([999999.0, 1.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-1e6-reached", lit(np.array([1e6, 1.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-1e6-all-large", lit(np.array([1.5e6, 2e6, 3.25e6], dtype=dt)), print=True)
        yield case(f"printing/{dt}-1e8", lit(np.array([1e8, 1.0, 5e7], dtype=dt)), print=True)
        yield case(f"printing/{dt}-precision-rounding", lit(np.array([0.123456785, 1.99999999, 0.5], dtype=dt)), print=True)
        yield case(f"printing/{dt}-tiny", lit(np.array([1e-30, 5e-45 if dt == "float32" else 5e-324, 1.0], dtype=dt)), print=True)
        yield case(f"printing/{dt}-huge", lit(np.array([3.4e38 if dt == "float32" else 1.7976931348623157e308, -1.0], dtype=dt)), print=True)
        for v in [0.1, 123456.789, 1e16, 1.5e17, 1e-5, 2.5e6, 1e22, -0.0, 7.0]:
            yield case(f"printing/{dt}-0d-{v!r}", *lit2(np.array(v, dtype=dt)), print=True)

    # 3. nan / inf / -0.
    specials = [
        [np.nan, 1.0, 2.5], [np.inf, -np.inf, 1.0], [np.nan, np.inf, -np.inf], [np.nan], [np.inf, 2.0],
        [-0.0, 0.0, 1.0], [-0.0], [0.0, 0.0], [np.nan, -0.0, 1e-7, 1e10], [-np.inf, 1e-20],
    ]
    for i, vals in enumerate(specials):
        for dt in ["float64", "float32"]:
            yield case(f"printing/special-{i}-{dt}", lit(np.array(vals, dtype=dt)), print=True)
    for i, vals in enumerate([[complex(np.nan, 1), complex(1, np.inf)], [complex(-0.0, -0.0), complex(0, 1)],
                              [complex(np.inf, -np.inf), complex(2, np.nan)], [complex(1, 2), complex(3, -0.0)]]):
        yield case(f"printing/special-complex-{i}", lit(np.array(vals)), print=True)
    for v in [complex(0, 1), complex(-0.0, 2), complex(1.5, -0.0), complex(np.nan, np.inf), complex(0, 0), complex(1e20, 1e-5)]:
        yield case(f"printing/complex-0d-{v!r}", *lit2(np.array(v)), print=True)
        yield case(f"printing/complex64-0d-{v!r}", *lit2(np.array(v, dtype="complex64")), print=True)
    for v in [np.nan, np.inf, -np.inf]:
        yield case(f"printing/float-0d-{v!r}", *lit2(np.array(v)), print=True)
    x = lit(np.array([np.nan, 1.5, -np.inf]))
    py, js = with_options(f"str({x})", f"String({x})", nanstr="NaN", infstr="Infinity")
    yield case("printing/nanstr-infstr", py, js, print=True)
    py, js = with_options(f"repr({x})", f"np.array_repr({x})", nanstr="not a number", sign="+")
    yield case("printing/nanstr-long-sign", py, js, print=True)

    # 4. Summarisation (threshold / edgeitems).
    for i, (shape, thr, edge) in enumerate([((20,), 10, 3), ((20,), 10, 1), ((7, 8), 20, 2), ((3, 4, 9), 10, 1),
                                            ((10,), 5, 0), ((12, 12), 50, 3), ((6,), 5, 3), ((2, 30), 10, 2),
                                            ((9, 2, 9), 30, 4), ((100,), 0, 2)]):
        a = rng.standard_normal(shape) * 100
        x = lit(a)
        py, js = call("array2string", x, x, threshold=thr, edgeitems=edge)
        yield case(f"printing/summary-{i}", py, js, print=True)
        xi = lit(rng.integers(-1000, 1000, shape))
        py, js = call("array2string", xi, xi, threshold=thr, edgeitems=edge, separator=", ")
        yield case(f"printing/summary-int-{i}", py, js, print=True)
    big = lit(np.linspace(-5, 5, 1200))
    yield case("printing/big-1d-str", f"str({big})", f"String({big})", print=True)
    yield case("printing/big-1d-repr", f"repr({big})", f"np.array_repr({big})", print=True)
    big2 = lit(rng.integers(0, 10 ** 6, (40, 30)).astype("int32"))
    yield case("printing/big-2d-int32-str", f"str({big2})", f"String({big2})", print=True)
    yield case("printing/big-2d-int32-repr", f"repr({big2})", f"np.array_repr({big2})", print=True)
    yield case("printing/zeros-1000x1000-str", "str(np.zeros((1000, 1000)))", "String(np.zeros([1000, 1000]))", print=True)
    yield case("printing/zeros-1000x1000-repr", "repr(np.zeros((1000, 1000)))", "np.array_repr(np.zeros([1000, 1000]))", print=True)
    yield case("printing/full-1001-int8-repr", "repr(np.full(1001, 7, dtype='int8'))", "np.array_repr(np.full(1001, 7, {dtype: 'int8'}))", print=True)
    yield case("printing/ones-3d-bool-str", "str(np.ones((11, 10, 10), dtype=bool))", "String(np.ones([11, 10, 10], {dtype: 'bool'}))", print=True)
    yield case("printing/exactly-threshold", f"repr({lit(np.arange(1000) * 0.5)})", f"np.array_repr({lit(np.arange(1000) * 0.5)})", print=True)

    # 5. Line wrapping.
    wide = lit(rng.standard_normal(40) * 1e3)
    yield case("printing/wrap-float-1d", wide, print=True)
    yield case("printing/wrap-float-2d", lit(rng.standard_normal((3, 15)) * 1e-3), print=True)
    yield case("printing/wrap-int64", lit(rng.integers(-10 ** 15, 10 ** 15, 30)), print=True)
    yield case("printing/wrap-complex", lit(rng.standard_normal(12) + 1j * rng.standard_normal(12)), print=True)
    yield case("printing/wrap-uint8-3d", lit(rng.integers(0, 255, (2, 3, 40)).astype("uint8")), print=True)
    yield case("printing/wrap-bool", lit(rng.integers(0, 2, 30).astype(bool)), print=True)
    for w in [10, 20, 33, 50, 120]:
        py, js = call("array2string", wide, wide, max_line_width=w)
        yield case(f"printing/linewidth-{w}", py, js, print=True)
    py, js = call("array2string", wide, wide, max_line_width=40, separator=", ", prefix="values(", suffix=")")
    yield case("printing/prefix-suffix", py, js, print=True)
    x2 = lit(rng.standard_normal((4, 6)))
    py, js = call("array_repr", x2, x2, max_line_width=30)
    yield case("printing/array_repr-width", py, js, print=True)
    py, js = call("array_str", x2, x2, max_line_width=30, precision=2)
    yield case("printing/array_str-width-precision", py, js, print=True)
    x32 = lit(rng.standard_normal(9).astype("float32"))
    yield case("printing/repr-dtype-wrap", x32, print=True)
    yield case("printing/repr-dtype-newline", lit(np.array([123456.5, 2.25, 3.125, 4.0, 5.5, 6.0, 7.0], dtype="float32")), print=True)
    py, js = with_options(f"repr({x2})", f"np.array_repr({x2})", linewidth=40)
    yield case("printing/linewidth-option", py, js, print=True)

    # 6. Strided views.
    base = rng.standard_normal((4, 6))
    xb = lit(base)
    yield case("printing/view-T", f"{xb}.T", f"{xb}.T", print=True)
    yield case("printing/view-rev0", f"{xb}[::-1]", js_rev0(xb), print=True)
    yield case("printing/view-offset", f"{xb}[1:, 2:]", js_offset(xb), print=True)
    yield case("printing/view-step", f"{xb}[:, ::2]", js_step(xb), print=True)
    b3 = lit(rng.integers(-100, 100, (3, 4, 5)).astype("int16"))
    yield case("printing/view-transpose-3d", f"{b3}.transpose(1, 0, 2)", f"{b3}.transpose(1, 0, 2)", print=True)
    yield case("printing/view-rev0-3d", f"{b3}[::-1]", js_rev0(b3), print=True)
    yield case("printing/view-T-3d", f"{b3}.T", f"{b3}.T", print=True)
    bc = lit(rng.standard_normal((3, 5)) + 1j * rng.standard_normal((3, 5)))
    yield case("printing/view-complex-T", f"{bc}.T", f"{bc}.T", print=True)
    bigv = lit(rng.standard_normal((40, 30)))
    yield case("printing/view-big-T-str", f"str({bigv}.T)", f"String({bigv}.T)", print=True)
    yield case("printing/view-big-rev-str", f"str({bigv}[::-1])", f"String({js_rev0(bigv)})", print=True)

    # 7. Precision, floatmode, sign.
    fv = lit(np.array([0.5, 1.25, -3.0, 1 / 3, 100.0]))
    fe = lit(np.array([1e-7, 2.5e5, -3.0, 1 / 3]))
    fe32 = lit(np.array([1e-7, 2.5e5, -3.0, 1 / 3], dtype="float32"))
    cz = lit(np.array([1.5 + 2j, -1 / 3 - 0.25j, 3.0 + 0j]))
    for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
        for prec in [0, 3, 8]:
            for name, x in [("fv", fv), ("fe", fe), ("fe32", fe32), ("cz", cz)]:
                py, js = call("array2string", x, x, precision=prec, floatmode=mode)
                yield case(f"printing/floatmode-{mode}-{prec}-{name}", py, js, print=True)
    for sign in ["-", "+", " "]:
        for name, x in [("fv", fv), ("fe", fe), ("cz", cz), ("pos", lit(np.array([0.5, 2.0]))),
                        ("nan", lit(np.array([np.nan, 1.0]))), ("int", lit(np.array([0, 5, 12]))),
                        ("intneg", lit(np.array([0, -5, 12]))), ("bool", lit(np.array([True, False])))]:
            py, js = call("array2string", x, x, sign=sign)
            yield case(f"printing/sign-{'minus' if sign == '-' else 'plus' if sign == '+' else 'space'}-{name}", py, js, print=True)
    py, js = call("array_repr", fv, fv, precision=2, suppress_small=True)
    yield case("printing/array_repr-precision", py, js, print=True)
    py, js = call("array_repr", lit(np.array([1e-6, 4e-7, 2, 3])), lit(np.array([1e-6, 4e-7, 2, 3])), precision=6, suppress_small=True)
    yield case("printing/array_repr-doc", py, js, print=True)
    py, js = call("array_str", fe, fe, precision=3)
    yield case("printing/array_str-precision", py, js, print=True)
    p0, j0 = lit2(np.array(1 / 3))
    yield case("printing/array_str-0d", f"np.array_str({p0})", f"np.array_str({j0})", print=True)
    p0, j0 = lit2(np.array(1 / 3, dtype="float32"))
    yield case("printing/array_repr-0d-float32", f"np.array_repr({p0})", f"np.array_repr({j0})", print=True)
    p0, j0 = lit2(np.array(-2.5e-7))
    py, js = call("array_repr", p0, j0, precision=3)
    yield case("printing/array_repr-0d-precision", py, js, print=True)
    p0, j0 = lit2(np.array(12345, dtype="int16"))
    yield case("printing/array_repr-0d-int16", f"np.array_repr({p0})", f"np.array_repr({j0})", print=True)
    yield case("printing/array_repr-empty-int32", f"np.array_repr({lit(np.zeros(0, 'int32'))})", print=True)
    yield case("printing/array2string-empty", f"np.array2string({lit(np.zeros((0, 2)))})", print=True)
    p0, j0 = lit2(np.array(2.5))
    yield case("printing/array2string-0d", f"np.array2string({p0})", f"np.array2string({j0})", print=True)
    py, js = call("array2string", p0, j0, sign="+", precision=3)
    yield case("printing/array2string-0d-sign", py, js, print=True)
    yield case("printing/array2string-doc", "np.array2string(np.array([1e-16, 1, 2, 3]), precision=2, separator=',', suppress_small=True)",
               "np.array2string(np.array([1e-16, 1, 2, 3]), {precision: 2, separator: ',', suppress_small: true})", print=True)
    py, js = with_options(f"str({fe})", f"String({fe})", precision=3, suppress=True)
    yield case("printing/printoptions-precision-suppress", py, js, print=True)
    py, js = with_options(f"repr({fv})", f"np.array_repr({fv})", floatmode="fixed", precision=4)
    yield case("printing/printoptions-fixed", py, js, print=True)

    # 8. format_float_positional / format_float_scientific.
    for i, v in enumerate([0.1, 1 / 3, 123.456, 1e16, 1.5e-7, 2.5, -0.0, 5e-324, 1e22, 9.995, 12345678.9]):
        yield case(f"printing/ffp-{i}", f"np.format_float_positional({v!r})", f"np.format_float_positional({js_val(v)})", print=True)
        yield case(f"printing/ffs-{i}", f"np.format_float_scientific({v!r})", f"np.format_float_scientific({js_val(v)})", print=True)
    ffp_opts = [dict(precision=3), dict(precision=3, unique=False), dict(precision=20, unique=False),
                dict(trim="."), dict(trim="0"), dict(trim="-"), dict(sign=True), dict(pad_left=6, pad_right=8),
                dict(precision=4, fractional=False), dict(min_digits=6), dict(precision=2, trim="-", sign=True),
                dict(precision=0), dict(precision=0, unique=False, trim="-")]
    for i, o in enumerate(ffp_opts):
        for v in [2 / 3, 1234.5, 0.000123456]:
            py, js = call("format_float_positional", repr(v), js_val(v), **o)
            yield case(f"printing/ffp-opt-{i}-{v!r}", py, js, print=True)
    ffs_opts = [dict(precision=3), dict(precision=3, unique=False), dict(precision=15, unique=False),
                dict(trim="."), dict(trim="0"), dict(trim="-"), dict(sign=True), dict(pad_left=5),
                dict(exp_digits=4), dict(exp_digits=1), dict(min_digits=5), dict(precision=0, trim="k")]
    for i, o in enumerate(ffs_opts):
        for v in [2 / 3, 1.23e24, -4.5e-10]:
            py, js = call("format_float_scientific", repr(v), js_val(v), **o)
            yield case(f"printing/ffs-opt-{i}-{v!r}", py, js, print=True)
    for i, (v, o) in enumerate([(np.pi, {}), (0.1, {}), (1.23e24, dict(unique=False, precision=15)),
                                (1.23e24, dict(exp_digits=4)), (16777217.0, {}), (0.3, dict(unique=False, precision=10))]):
        f32 = f"np.float32({v!r})"
        j32 = f"np.array({js_val(v)}, {{dtype: 'float32'}})"
        py, js = call("format_float_scientific", f32, j32, **o)
        yield case(f"printing/ffs-float32-{i}", py, js, print=True)
        o.pop("exp_digits", None)
        py, js = call("format_float_positional", f32, j32, **o)
        yield case(f"printing/ffp-float32-{i}", py, js, print=True)
    for v in ["np.inf", "-np.inf", "np.nan"]:
        jv = v.replace("np.inf", "Infinity").replace("np.nan", "NaN")
        py, js = call("format_float_positional", v, jv, sign=True, pad_left=5)
        yield case(f"printing/ffp-special-{v}", py, js, print=True)
        py, js = call("format_float_scientific", v, jv, sign=True)
        yield case(f"printing/ffs-special-{v}", py, js, print=True)

    # 9. Bad option values raise NumPy's errors.
    xe = lit(np.array([1.5, 2.0]))
    bad = [
        ("floatmode", dict(floatmode="exact")), ("sign", dict(sign="x")), ("precision-neg", dict(precision=-1)),
        ("precision-float", dict(precision=1.5)), ("threshold-nan", dict(threshold=float("nan"))),
        ("threshold-str", dict(threshold="many")),
    ]
    for name, o in bad:
        py, js = call("array2string", xe, xe, **o)
        yield case(f"printing/error-{name}", py, js, print=True)
    for name, fn, o in [("trim", "format_float_positional", dict(trim="x")),
                        ("nonunique", "format_float_positional", dict(unique=False)),
                        ("nonunique-sci", "format_float_scientific", dict(unique=False)),
                        ("min-digits", "format_float_scientific", dict(precision=2, min_digits=3)),
                        ("fractional-0", "format_float_positional", dict(precision=0, fractional=False)),
                        ("pad-neg", "format_float_positional", dict(pad_left=-2)),
                        ("exp-neg", "format_float_scientific", dict(exp_digits=-1))]:
        py, js = call(fn, "1.5", "1.5", **o)
        yield case(f"printing/error-{name}", py, js, print=True)
    py, js = with_options(f"str({xe})", f"String({xe})", floatmode="wrong")
    yield case("printing/error-set-floatmode", py, js, print=True)

    # 10. Formatter callables.
    xi = lit(np.array([0, 1, 255]))
    yield case("printing/formatter-int-hex", f"np.array2string({xi}, formatter={{'int': lambda x: hex(x)}})",
               f"np.array2string({xi}, {{formatter: {{int: (x) => '0x' + x.toString(16)}}}})", print=True)
    yield case("printing/formatter-float-kind", f"np.array2string({fv}, formatter={{'float_kind': lambda x: '%.2f' % x}})",
               f"np.array2string({fv}, {{formatter: {{float_kind: (x) => x.toFixed(2)}}}})", print=True)
    yield case("printing/formatter-all", f"np.array2string({lit(np.array([[True, False]]))}, formatter={{'all': lambda x: 'T' if x else 'F'}})",
               f"np.array2string({lit(np.array([[True, False]]))}, {{formatter: {{all: (x) => x ? 'T' : 'F'}}}})", print=True)
