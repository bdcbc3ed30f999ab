"""Casting: astype between all 13x13 dtype pairs with special values (nan, +-inf, -0, integer
extremes, out-of-range and fractional values), astype's casting= rules and NumPy's TypeError,
fill(), item() and tolist(), and np.array(values, dtype=...) with Python scalars out of range.
"""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]

FLOATS = [float("nan"), float("inf"), float("-inf"), -0.0, 0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 127.9, 128.0,
          -128.9, -129.0, 255.9, 256.0, 32767.5, 32768.0, -32769.0, 65535.9, 65536.0, 2147483647.5,
          2147483648.0, -2147483649.0, 4294967295.5, 4294967296.0, 1e10, -1e10, 2.0**53, 9.2e18, 2.0**63,
          -2.0**63, 1.8e19, 2.0**64, 1e20, -1e20, 3.4e38, 3.5e38, 1e-40, 1e-50, 1.7976931348623157e308,
          16777217.0, 0.1]
INTS = [0, 1, -1, 127, -128, 128, 255, 256, -129, 32767, -32768, 65535, 65536, 2**31 - 1, -2**31, 2**31,
        2**32 - 1, 2**32, 2**24 + 1, 2**24 + 3, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64 - 1,
        12345678901234567]
COMPLEX = [0j, complex(-0.0, -0.0), 1.5 - 2.5j, complex(float("nan"), 0), complex(0, float("nan")),
           complex(float("inf"), float("-inf")), 300.7 + 1j, -1e10 + 5j, complex(2.0**63, 1), 0.5 + 0j,
           complex(-1.5, 0)]


def special(dt):
    """The special values of one source dtype, as an array of that dtype."""
    if dt == "bool":
        return np.array([False, True, True, False])
    if dt.startswith("int") or dt.startswith("uint"):
        info = np.iinfo(dt)
        return np.array([v for v in INTS if info.min <= v <= info.max], dtype=dt)
    if dt.startswith("float"):
        return np.array(FLOATS).astype(dt)
    return np.array(COMPLEX).astype(dt)


def cases():
    for src in DTYPES:
        a = lit(special(src))
        for dst in DTYPES:
            yield case(f"casting/astype-{src}-{dst}", f"{a}.astype('{dst}')")
    for src in DTYPES:
        for dst in DTYPES:
            for rule in ["safe", "same_kind"]:
                yield case(f"casting/rule-{rule}-{src}-{dst}", f"np.zeros(2, '{src}').astype('{dst}', casting='{rule}').dtype.name",
                           f"np.zeros(2, '{src}').astype('{dst}', {{casting: '{rule}'}}).dtype")
    for src, dst in [("int8", "int8"), ("int8", "int16"), ("float64", "float64"), ("float32", "float64")]:
        for rule in ["no", "equiv"]:
            yield case(f"casting/rule-{rule}-{src}-{dst}", f"np.zeros(2, '{src}').astype('{dst}', casting='{rule}').dtype.name",
                       f"np.zeros(2, '{src}').astype('{dst}', {{casting: '{rule}'}}).dtype")
    yield case("casting/rule-bad", "np.zeros(2).astype('int8', casting='bogus')", "np.zeros(2).astype('int8', {casting: 'bogus'})")
    yield case("casting/astype-noncontig", f"np.transpose({lit(np.arange(12, dtype=np.float32).reshape(3, 4) * 1.5)}).astype('int16')")
    yield case("casting/astype-order-F-strides", "list(np.zeros((2, 3), 'int8').astype('float32', order='F').strides)",
               "[...np.zeros([2, 3], 'int8').astype('float32', {order: 'F'}).strides]")
    yield case("casting/astype-K-strides", "list(np.zeros((2, 3), 'int8').T.astype('float64').strides)",
               "[...np.zeros([2, 3], 'int8').T.astype('float64').strides]")
    yield case("casting/astype-copy-false-same", "(lambda a: a.astype('float64', copy=False) is a)(np.zeros(3))",
               "(a => a.astype('float64', {copy: false}) === a)(np.zeros(3))")
    yield case("casting/astype-copy-false-other", "(lambda a: a.astype('float32', copy=False) is a)(np.zeros(3))",
               "(a => a.astype('float32', {copy: false}) === a)(np.zeros(3))")
    yield case("casting/astype-copy-default", "(lambda a: a.astype('float64') is a)(np.zeros(3))",
               "(a => a.astype('float64') === a)(np.zeros(3))")
    yield from fill_cases()
    yield from item_cases()
    yield from array_cases()


FILL_VALUES = [("int", 7, "7"), ("neg", -1, "-1"), ("big", 300, "300"), ("frac", 2.7, "2.7"), ("negfrac", -1.5, "-1.5"),
               ("nan", "np.nan", "NaN"), ("inf", "np.inf", "Infinity"), ("true", "True", "true"), ("huge", 1e20, "1e20"),
               ("int64max", 2**63 - 1, "2n**63n - 1n"), ("complex", "1.5+2j", "{re: 1.5, im: 2}")]


def fill_cases():
    for dt in DTYPES:
        for name, pv, jv in FILL_VALUES:
            if name in ("int64max",) and dt not in ("int64", "uint64", "float64", "float32"):
                continue
            if name == "complex" and dt not in ("complex64", "complex128", "float64", "int8", "bool"):
                continue
            yield case(f"casting/fill-{dt}-{name}", f"(lambda a: (a.fill({pv}), a)[1])(np.zeros(3, '{dt}'))",
                       f"(a => (a.fill({jv}), a))(np.zeros(3, '{dt}'))")
    yield case("casting/fill-readonly", "np.broadcast_to(np.zeros(3), (2, 3)).fill(1)", "np.broadcast_to(np.zeros(3), [2, 3]).fill(1)")
    yield case("casting/fill-noncontig", "(lambda a: (a.T.fill(4), a)[1])(np.zeros((2, 3), 'int16'))",
               "(a => (a.T.fill(4), a))(np.zeros([2, 3], 'int16'))")


def item_cases():
    rng = np.random.default_rng(99)
    for dt in DTYPES:
        a = special(dt)
        if dt in ("int64", "uint64"):
            small = a[np.abs(a.astype(np.float64)) < 2.0**53]
            yield case(f"casting/tolist-{dt}", f"{lit(small)}.tolist()")
            yield case(f"casting/tolist-bigint-{dt}", f"{lit(a)}.tolist()", f"{lit(a)}.tolist({{bigint: true}})")
        else:
            yield case(f"casting/tolist-{dt}", f"{lit(a)}.tolist()")
        m = rand2(rng, dt)
        yield case(f"casting/tolist-2d-{dt}", f"{lit(m)}.tolist()")
        yield case(f"casting/item-flat-{dt}", f"{lit(m)}.item(3)")
        yield case(f"casting/item-ij-{dt}", f"{lit(m)}.item(1, 2)")
        yield case(f"casting/item-neg-{dt}", f"{lit(m)}.item(-1)")
    yield case("casting/item-size1", "np.array([[2.5]]).item()")
    yield case("casting/item-0d", "np.array(7, dtype=np.int16).item()", "np.array(7, {dtype: 'int16'}).item()")
    yield case("casting/item-size-error", "np.zeros(3).item()")
    yield case("casting/item-flat-out", "np.zeros((2, 3)).item(6)", "np.zeros([2, 3]).item(6)")
    yield case("casting/item-axis-out", "np.zeros((2, 3)).item(1, 3)", "np.zeros([2, 3]).item(1, 3)")
    yield case("casting/item-count", "np.zeros((2, 3)).item(1, 1, 1)", "np.zeros([2, 3]).item(1, 1, 1)")
    yield case("casting/item-noncontig", f"np.transpose({lit(np.arange(6, dtype=np.int32).reshape(2, 3))}).item(1)")
    yield case("casting/tolist-0d", "np.array(2.5, dtype=np.float32).tolist()", "np.array(2.5, {dtype: 'float32'}).tolist()")
    yield case("casting/tolist-empty", "np.zeros((2, 0)).tolist()", "np.zeros([2, 0]).tolist()")
    yield case("casting/tolist-transposed", f"np.transpose({lit(np.arange(6, dtype=np.uint8).reshape(2, 3))}).tolist()")


def rand2(rng, dt):
    if dt == "bool":
        return rng.integers(0, 2, (2, 3)).astype(bool)
    if dt[0] in "iu":
        info = np.iinfo(dt)
        return rng.integers(max(info.min, -10**6), min(info.max, 10**6), (2, 3), endpoint=True).astype(dt)
    if dt.startswith("float"):
        return (rng.standard_normal((2, 3)) * 100).astype(dt)
    return (rng.standard_normal((2, 3)) + 1j * rng.standard_normal((2, 3))).astype(dt)


ARRAY_VALUES = [("in-range", "[0, 1, 100]", "[0, 1, 100]"), ("int-over", "[300]", "[300]"), ("int-neg", "[-1]", "[-1]"),
                ("frac", "[1.7, -2.7]", "[1.7, -2.7]"), ("frac-over", "[300.7]", "[300.7]"), ("frac-neg", "[-1.5]", "[-1.5]"),
                ("nan", "[np.nan]", "[NaN]"), ("inf", "[np.inf]", "[Infinity]"), ("huge", "[1e20]", "[1e20]"),
                ("int2pow63", "[2**63]", "[2n**63n]"), ("int2pow64", "[2**64]", "[2n**64n]"), ("bool", "[True, False]", "[true, false]"),
                ("negzero", "[-0.0]", "[-0]")]


def array_cases():
    for dt in DTYPES:
        for name, pv, jv in ARRAY_VALUES:
            if dt in ("float32", "float64", "complex64", "complex128", "bool") and name not in ("int-over", "nan", "huge", "int2pow64", "negzero", "frac"):
                continue
            yield case(f"casting/array-{dt}-{name}", f"np.array({pv}, dtype='{dt}')", f"np.array({jv}, {{dtype: '{dt}'}})")
    yield case("casting/array-complex-to-float", "np.array([1+2j], dtype='float64')", "np.array([{re: 1, im: 2}], {dtype: 'float64'})")
    yield case("casting/array-complex-to-int", "np.array([1+2j], dtype='int8')", "np.array([{re: 1, im: 2}], {dtype: 'int8'})")
    yield case("casting/array-scalar-over", "np.array(300, dtype='uint8')", "np.array(300, {dtype: 'uint8'})")
    yield case("casting/array-from-array-wraps", f"np.array({lit(np.array([300, -1], dtype=np.int64))}, dtype='uint8')",
               f"np.array({lit(np.array([300, -1], dtype=np.int64))}, {{dtype: 'uint8'}})")
