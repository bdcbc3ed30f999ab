"""Every ufunc on every dtype it has a loop for, on contiguous, strided, transposed and
broadcast inputs, with special values (nan, +-inf, -0, integer extremes, division by zero);
weak Python scalars (NEP 50); out=, where=, dtype=, casting errors; ufunc methods and attributes.

JS expressions run inside np.errstate({all: "ignore"}) where special values would warn, as the
generator ignores NumPy's warnings; warnings themselves are tested in test/ufunc/errstate.test.ts.
"""
import numpy as np

from golden import case, lit

ORDER = "?bBhHiIlLfdFD"
NAMES = {c: np.dtype(c).name for c in ORDER}

# The loops NumPy has, per ufunc (input dtype chars), as printed by ufunc.types.
BINARY = """add subtract multiply divide floor_divide remainder fmod power float_power maximum minimum
fmax fmin logaddexp logaddexp2 arctan2 hypot copysign nextafter heaviside gcd lcm bitwise_and
bitwise_or bitwise_xor left_shift right_shift logical_and logical_or logical_xor equal not_equal
less less_equal greater greater_equal""".split()
UNARY = """negative positive absolute fabs sign reciprocal square sqrt cbrt exp exp2 expm1 log log2
log10 log1p sin cos tan arcsin arccos arctan sinh cosh tanh arcsinh arccosh arctanh degrees radians
deg2rad rad2deg floor ceil trunc rint spacing isnan isinf isfinite signbit logical_not invert
conjugate""".split()
TRANSCENDENTAL = set("""absolute sign sqrt cbrt exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin arccos
arctan sinh cosh tanh arcsinh arccosh arctanh logaddexp logaddexp2 arctan2 hypot power
float_power""".split())


def loops(name):
    u = getattr(np, name)
    have = set(t.split("->")[0][0] for t in u.types)
    return [c for c in ORDER if c in have]


def values(c, n, rng, special=True):
    """n values of dtype char c: random, with the dtype's special values mixed in."""
    dt = np.dtype(c)
    if c == "?":
        return rng.random(n) < 0.5
    if dt.kind in "iu":
        info = np.iinfo(dt)
        lo = max(info.min, -1000) if dt.kind == "i" else 0
        v = rng.integers(lo, min(info.max, 1000), n, endpoint=True).astype(dt)
        if special:
            sp = np.array([int(info.min), int(info.max), 0, 1, -1 if dt.kind == "i" else 2, 7], dtype=object).astype(dt)
            v[: min(n, len(sp))] = sp[: min(n, len(sp))]
        return v
    if dt.kind == "f":
        v = (rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)).astype(dt)
        if special:
            sp = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, 1.0, -1.0, 0.5], dtype=dt)
            v[: min(n, len(sp))] = sp[: min(n, len(sp))]
        return v
    re = values("f" if c == "F" else "d", n, rng, special)
    im = values("f" if c == "F" else "d", n, rng, False)
    rng.shuffle(im)
    return (re + 1j * im).astype(dt)


def domain(name, c, v):
    """Keeps integer inputs where NumPy's result would be undefined or raise out of the test."""
    dt = np.dtype(c)
    if name in ("left_shift", "right_shift") and dt.kind in "iu":
        return np.abs(v.astype(np.int64) % 70).astype(dt)
    if name == "power" and dt.kind in "iu":
        return np.abs(v.astype(np.int64) % 5).astype(dt)
    return v


def js_call(name, args, ignore):
    call = f"np.{name}({', '.join(args)})"
    return f'np.errstate({{all: "ignore"}}, () => {call})' if ignore else call


def ufunc_cases(rng):
    for name in BINARY:
        for c in loops(name):
            if c not in ORDER:
                continue
            ulps = 4 if name in TRANSCENDENTAL and c in "fdFD" else 0
            if name in ("power", "float_power") and c in "FD":
                ulps = 256  # z**w = exp(w log z): log's last-bit error grows by |w log z| (up to ~40 here)
            a = values(c, 12, rng).reshape(3, 4)
            b = domain(name, c, values(c, 12, rng)[::-1].copy().reshape(3, 4))
            la, lb = lit(a), lit(b)
            ign = c in "fdFD" or name in ("floor_divide", "remainder", "fmod")
            yield case(f"ufuncs/{name}-{NAMES[c]}-contiguous", f"np.{name}({la}, {lb})", js_call(name, [la, lb], ign), ulps=ulps)
            # broadcast a row against the matrix, and a transposed operand
            row = lit(b[0])
            yield case(f"ufuncs/{name}-{NAMES[c]}-broadcast", f"np.{name}({la}, {row})", js_call(name, [la, row], ign), ulps=ulps)
            yield case(f"ufuncs/{name}-{NAMES[c]}-transposed", f"np.{name}({la}.T, {lit(b.T.copy())})", js_call(name, [f"{la}.T", lit(b.T.copy())], ign), ulps=ulps)
            lbig = lit(values(c, 24, rng).reshape(4, 6))
            lsmall = lit(domain(name, c, values(c, 4, rng)).reshape(2, 2))
            yield case(
                f"ufuncs/{name}-{NAMES[c]}-strided",
                f"np.{name}({lbig}[::2, ::-3], {lsmall})",
                js_call(name, [f'{lbig}.get("::2", "::-3")', lsmall], ign),
                ulps=ulps,
            )
    for name in UNARY:
        for c in loops(name):
            ulps = 4 if name in TRANSCENDENTAL and c in "fdFD" else 0
            a = values(c, 12, rng).reshape(3, 4)
            if name in ("arccosh",) and c in "fd":
                a = np.abs(a) + 1
            la = lit(a)
            ign = c in "fdFD" or name == "reciprocal"
            yield case(f"ufuncs/{name}-{NAMES[c]}-contiguous", f"np.{name}({la})", js_call(name, [la], ign), ulps=ulps)
            yield case(f"ufuncs/{name}-{NAMES[c]}-transposed", f"np.{name}({la}.T)", js_call(name, [f"{la}.T"], ign), ulps=ulps)
            lbig = lit(values(c, 24, rng).reshape(4, 6))
            yield case(f"ufuncs/{name}-{NAMES[c]}-strided", f"np.{name}({lbig}[1::2, ::-2])", js_call(name, [f'{lbig}.get("1::2", "::-2")'], ign), ulps=ulps)


def two_output_cases(rng):
    for name in ("divmod", "frexp", "modf"):
        for c in loops(name):
            a = values(c, 8, rng)
            if name == "divmod":
                b = values(c, 8, rng)[::-1].copy()
                yield case(f"ufuncs/{name}-{NAMES[c]}", f"np.{name}({lit(a)}, {lit(b)})", js_call(name, [lit(a), lit(b)], True))
            else:
                yield case(f"ufuncs/{name}-{NAMES[c]}", f"np.{name}({lit(a)})", js_call(name, [lit(a)], True))
    for c in "fd":
        a = values(c, 8, rng)
        e = np.array([0, 1, -1, 10, -10, 1000, -1100, 3], dtype=np.int32)
        yield case(f"ufuncs/ldexp-{NAMES[c]}", f"np.ldexp({lit(a)}, {lit(e)})", js_call("ldexp", [lit(a), lit(e)], True))


def promotion_cases(rng):
    """NEP 50: JS numbers are weak Python scalars; arrays promote by the table."""
    for c in "?bBhHiIlLfdFD":
        a = lit(values(c, 4, rng, special=False))
        for s_py, s_js in (("3", "3"), ("2.5", "2.5"), ("True", "true"), ("(1+2j)", "{re: 1, im: 2}")):
            name = "multiply" if s_py != "True" else "add"
            yield case(f"ufuncs/weak-{NAMES[c]}-{name}-{s_js.replace(' ', '').replace(':', '')}", f"np.{name}({a}, {s_py})", js_call(name, [a, s_js], True))
    pairs = ["bB", "bh", "Bh", "hI", "iI", "lL", "fi", "fl", "fd", "Fd", "Fl", "?f", "bF", "Lf"]
    for p in pairs:
        a = lit(values(p[0], 4, rng, special=False))
        b = lit(values(p[1], 4, rng, special=False))
        yield case(f"ufuncs/promote-{NAMES[p[0]]}-{NAMES[p[1]]}", f"np.add({a}, {b})", js_call("add", [a, b], True))
    yield case("ufuncs/weak-int-overflow-uint8", "np.add(np.array([1], np.uint8), 300)", "np.add(np.array([1], {dtype: 'uint8'}), 300)")
    yield case("ufuncs/weak-int-overflow-int8", "np.multiply(np.array([1], np.int8), -129)", "np.multiply(np.array([1], {dtype: 'int8'}), -129)")
    yield case("ufuncs/weak-int-fits-int8", "np.add(np.array([100], np.int8), 100)", "np.add(np.array([100], {dtype: 'int8'}), 100)")
    yield case("ufuncs/divide-ints-float64", "np.divide(np.array([1, 2], np.int8), np.array([4, 3], np.int8))", "np.divide(np.array([1, 2], {dtype: 'int8'}), np.array([4, 3], {dtype: 'int8'}))")
    yield case("ufuncs/scalars-both", "np.add(2, 3.5)", "np.add(2, 3.5)")
    yield case("ufuncs/scalars-int", "np.multiply(6, 7)", "np.multiply(6, 7)")
    yield case("ufuncs/sqrt-scalar", "np.sqrt(2)", "np.sqrt(2)")


def option_cases(rng):
    a = values("d", 6, rng, special=False).reshape(2, 3)
    la = lit(a)
    yield case("ufuncs/out-written", f"(lambda o: (np.add({la}, 1, out=o), o)[1])(np.zeros((2, 3)))", f"(o => (np.add({la}, 1, {{out: o}}), o))(np.zeros([2, 3]))")
    yield case("ufuncs/out-returned", f"np.add({la}, 1, out=np.zeros((2, 3)))", f"np.add({la}, 1, {{out: np.zeros([2, 3])}})")
    yield case("ufuncs/out-positional", f"np.multiply({la}, 2, np.zeros((2, 3)))", f"np.multiply({la}, 2, np.zeros([2, 3]))")
    yield case("ufuncs/out-cast-float32", f"np.add({la}, 1, out=np.zeros((2, 3), np.float32))", f"np.add({la}, 1, {{out: np.zeros([2, 3], 'float32')}})")
    yield case("ufuncs/out-cast-error", f"np.add({la}, 1, out=np.zeros((2, 3), np.int64))", f"np.add({la}, 1, {{out: np.zeros([2, 3], 'int64')}})")
    yield case("ufuncs/out-unsafe", f"np.add({la}, 1, out=np.zeros((2, 3), np.int64), casting='unsafe')", f"np.add({la}, 1, {{out: np.zeros([2, 3], 'int64'), casting: 'unsafe'}})")
    yield case("ufuncs/out-shape-error", f"np.add({la}, 1, out=np.zeros(4))", f"np.add({la}, 1, {{out: np.zeros(4)}})")
    yield case("ufuncs/out-broadcast-error", f"np.add({la}, 1, out=np.zeros(3))", f"np.add({la}, 1, {{out: np.zeros(3)}})")
    yield case("ufuncs/out-view-of-input", f"(lambda x: (np.add(x, x.T.copy(), out=x), x)[1])(np.arange(9.0).reshape(3, 3))", "(x => (np.add(x, x.T.copy(), {out: x}), x))(np.arange(9).astype('float64').reshape(3, 3))")
    yield case("ufuncs/out-overlap-transposed", f"(lambda x: (np.add(x, x.T, out=x), x)[1])(np.arange(9.0).reshape(3, 3))", "(x => (np.add(x, x.T, {out: x}), x))(np.arange(9).astype('float64').reshape(3, 3))")
    yield case("ufuncs/where-out", f"np.add({la}, 10, out=np.zeros((2, 3)), where=np.array([True, False, True]))", f"np.add({la}, 10, {{out: np.zeros([2, 3]), where: np.array([true, false, true])}})")
    yield case("ufuncs/dtype-float32", f"np.add({la}, 1, dtype=np.float32)", f"np.add({la}, 1, {{dtype: 'float32'}})")
    yield case("ufuncs/dtype-int-error", f"np.add({la}, 1, dtype=int)", f"np.add({la}, 1, {{dtype: 'int64'}})")
    yield case("ufuncs/casting-bad", f"np.add({la}, 1, casting='foo')", f"np.add({la}, 1, {{casting: 'foo'}})")
    yield case("ufuncs/broadcast-error", "np.add(np.zeros((2, 3)), np.zeros(4))", "np.add(np.zeros([2, 3]), np.zeros(4))")
    yield case("ufuncs/broadcast-3", "np.add(np.zeros((2, 1, 3)), np.ones((4, 1)))", "np.add(np.zeros([2, 1, 3]), np.ones([4, 1]))")
    yield case("ufuncs/broadcast-size0", "np.add(np.zeros((0, 3)), np.ones(3))", "np.add(np.zeros([0, 3]), np.ones(3))")
    yield case("ufuncs/broadcast-0d", "np.add(np.array(2.5), np.ones((2, 2)))", "np.add(np.array(2.5), np.ones([2, 2]))")
    yield case("ufuncs/bool-subtract-error", "np.subtract(np.array([True]), np.array([False]))", "np.subtract(np.array([true]), np.array([false]))")
    yield case("ufuncs/bool-negative-error", "np.negative(np.array([True]))", "np.negative(np.array([true]))")
    yield case("ufuncs/bitwise-float-error", "np.bitwise_and(np.array([1.0]), 1)", "np.bitwise_and(np.array([1.5]), 1)")
    yield case("ufuncs/power-negative-int-error", "np.power(np.array([2, 3]), -1)", "np.power(np.array([2, 3]), -1)")
    yield case("ufuncs/power-negative-int-array-error", "np.power(np.array([2, 3]), np.array([1, -1]))", "np.power(np.array([2, 3]), np.array([1, -1]))")
    yield case("ufuncs/too-many-args", "np.add(1, 2, 3, 4)", "np.add(1, 2, 3, 4)")
    yield case("ufuncs/int-div-zero", "np.floor_divide(np.array([7, -7, 0]), 0)", 'np.errstate({all: "ignore"}, () => np.floor_divide(np.array([7, -7, 0]), 0))')
    yield case("ufuncs/int-min-div-minus-one", "np.floor_divide(np.array([-128, 5], np.int8), np.int8(-1))", 'np.errstate({all: "ignore"}, () => np.floor_divide(np.array([-128, 5], {dtype: "int8"}), -1))')
    yield case("ufuncs/shift-width", "np.left_shift(np.array([1, 1], np.int32), np.array([31, 40], np.int32))", "np.left_shift(np.array([1, 1], {dtype: 'int32'}), np.array([31, 40], {dtype: 'int32'}))")
    yield case("ufuncs/rshift-negative", "np.right_shift(np.array([-8], np.int8), np.array([10], np.int8))", "np.right_shift(np.array([-8], {dtype: 'int8'}), np.array([10], {dtype: 'int8'}))")


def method_cases(rng):
    m = values("l", 12, rng, special=False).reshape(3, 4)
    lm = lit(m)
    f = values("d", 12, rng, special=False).reshape(3, 4)
    lf = lit(f)
    for name in ("add", "multiply", "maximum", "minimum", "logical_and", "bitwise_or", "subtract", "gcd"):
        yield case(f"ufuncs/reduce-{name}-axis0", f"np.{name}.reduce({lm})", f"np.{name}.reduce({lm})")
        yield case(f"ufuncs/reduce-{name}-axis1", f"np.{name}.reduce({lm}, axis=1)", f"np.{name}.reduce({lm}, {{axis: 1}})")
        yield case(f"ufuncs/accumulate-{name}", f"np.{name}.accumulate({lm}, axis=1)", f"np.{name}.accumulate({lm}, {{axis: 1}})")
    yield case("ufuncs/reduce-add-float-all", f"np.add.reduce({lf}, axis=None)", f"np.add.reduce({lf}, {{axis: null}})")
    yield case("ufuncs/reduce-add-keepdims", f"np.add.reduce({lf}, axis=1, keepdims=True)", f"np.add.reduce({lf}, {{axis: 1, keepdims: true}})")
    yield case("ufuncs/reduce-add-tuple", f"np.add.reduce({lf}, axis=(0, 1))", f"np.add.reduce({lf}, {{axis: [0, 1]}})")
    yield case("ufuncs/reduce-add-int8-upcast", "np.add.reduce(np.array([100, 100], np.int8))", "np.add.reduce(np.array([100, 100], {dtype: 'int8'}))")
    yield case("ufuncs/reduce-add-bool", "np.add.reduce(np.array([True, True, False]))", "np.add.reduce(np.array([true, true, false]))")
    yield case("ufuncs/reduce-maximum-empty", "np.maximum.reduce(np.array([]))", "np.maximum.reduce(np.array([]))")
    yield case("ufuncs/reduce-add-empty", "np.add.reduce(np.array([]))", "np.add.reduce(np.array([]))")
    yield case("ufuncs/reduce-initial", f"np.maximum.reduce({lm}, axis=0, initial=500)", f"np.maximum.reduce({lm}, {{axis: 0, initial: 500}})")
    yield case("ufuncs/reduce-where", f"np.add.reduce({lf}, axis=1, where=np.array([True, False, True, False]))", f"np.add.reduce({lf}, {{axis: 1, where: np.array([true, false, true, false])}})")
    yield case("ufuncs/reduce-not-reorderable", "np.subtract.reduce(np.ones((2, 2)), axis=(0, 1))", "np.subtract.reduce(np.ones([2, 2]), {axis: [0, 1]})")
    yield case("ufuncs/reduce-axis-error", "np.add.reduce(np.ones(3), axis=1)", "np.add.reduce(np.ones(3), {axis: 1})")
    big = lit((rng.standard_normal(10000) * 1e3).astype(np.float64))
    yield case("ufuncs/reduce-add-pairwise-10000", f"np.add.reduce({big})", f"np.add.reduce({big})")
    big32 = lit((rng.standard_normal(3000)).astype(np.float32))
    yield case("ufuncs/reduce-add-pairwise-float32", f"np.add.reduce({big32})", f"np.add.reduce({big32})")
    yield case("ufuncs/outer-multiply", "np.multiply.outer([1, 2, 3], [4, 5])", "np.multiply.outer([1, 2, 3], [4, 5])")
    yield case("ufuncs/outer-2d", f"np.add.outer({lit(m[:2, :2])}, [1.5, 2.5])", f"np.add.outer({lit(m[:2, :2])}, [1.5, 2.5])")
    yield case("ufuncs/reduceat", "np.add.reduceat(np.arange(8), [0, 4, 1, 5])", "np.add.reduceat(np.arange(8), [0, 4, 1, 5])")
    yield case("ufuncs/at-add", "(lambda a: (np.add.at(a, [0, 1, 1, 3], 1), a)[1])(np.zeros(5))", "(a => (np.add.at(a, [0, 1, 1, 3], 1), a))(np.zeros(5))")
    yield case("ufuncs/attr-nin", "[np.add.nin, np.add.nout, np.add.nargs, np.sqrt.nin, np.divmod.nout]", "[np.add.nin, np.add.nout, np.add.nargs, np.sqrt.nin, np.divmod.nout]")
    yield case("ufuncs/attr-identity", "[np.add.identity, np.multiply.identity, np.maximum.identity, np.logical_and.identity, np.bitwise_and.identity]", "[np.add.identity, np.multiply.identity, np.maximum.identity, np.logical_and.identity, np.bitwise_and.identity]")
    yield case("ufuncs/attr-repr", "repr(np.add)", "String(np.add)")


def cases():
    rng = np.random.default_rng(2024)
    yield from ufunc_cases(rng)
    yield from two_output_cases(rng)
    yield from promotion_cases(rng)
    yield from option_cases(rng)
    yield from method_cases(rng)
