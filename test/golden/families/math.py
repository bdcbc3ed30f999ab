"""Functions NumPy builds on its ufuncs: reductions (sum, prod, max, min, mean, var, std, ptp,
argmax, argmin, all, any, cumsum, cumprod), element-wise helpers (clip, round, fix, isclose,
allclose, array_equal, nan_to_num, real, imag, angle) and the dtype helpers (result_type,
promote_types, can_cast, min_scalar_type, finfo, iinfo)."""
import numpy as np

from golden import case, lit

DTS = ["bool", "int8", "uint8", "int32", "int64", "uint64", "float32", "float64", "complex128"]


def data(rng, dt, shape):
    n = int(np.prod(shape))
    if dt == "bool":
        v = rng.random(n) < 0.5
    elif dt.startswith("int") or dt.startswith("uint"):
        v = rng.integers(0 if dt.startswith("u") else -50, 50, n)
    elif dt.startswith("complex"):
        v = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    else:
        v = rng.standard_normal(n) * 10
    return np.asarray(v).astype(dt).reshape(shape)


def reductions(rng):
    for dt in DTS:
        a = lit(data(rng, dt, (3, 4)))
        for name in ("sum", "prod", "max", "min", "mean", "all", "any", "cumsum", "argmax", "argmin"):
            if dt.startswith("complex") and name in ("max", "min", "argmax", "argmin"):
                continue
            yield case(f"math/{name}-{dt}", f"np.{name}({a})", f"np.{name}({a})", ulps=4)
            yield case(f"math/{name}-{dt}-axis0", f"np.{name}({a}, axis=0)", f"np.{name}({a}, {{axis: 0}})", ulps=4)
            if name not in ("cumsum", "argmax", "argmin"):
                yield case(f"math/{name}-{dt}-axis1-keepdims", f"np.{name}({a}, axis=1, keepdims=True)", f"np.{name}({a}, {{axis: 1, keepdims: true}})", ulps=4)
        if dt != "bool":
            for name in ("var", "std"):
                yield case(f"math/{name}-{dt}", f"np.{name}({a})", f"np.{name}({a})", ulps=4)
                yield case(f"math/{name}-{dt}-ddof1-axis1", f"np.{name}({a}, axis=1, ddof=1)", f"np.{name}({a}, {{axis: 1, ddof: 1}})", ulps=4)
    f = lit(data(rng, "float64", (2, 3, 4)))
    yield case("math/sum-3d-tuple-axes", f"np.sum({f}, axis=(0, 2))", f"np.sum({f}, {{axis: [0, 2]}})", ulps=4)
    yield case("math/mean-3d-negative-axis", f"np.mean({f}, axis=-1)", f"np.mean({f}, {{axis: -1}})", ulps=4)
    yield case("math/sum-dtype-int8", "np.sum(np.array([100, 100, 100], np.int8), dtype=np.int8)", "np.sum(np.array([100, 100, 100], {dtype: 'int8'}), {dtype: 'int8'})")
    yield case("math/sum-initial", "np.sum(np.array([1, 2]), initial=10)", "np.sum(np.array([1, 2]), {initial: 10})")
    yield case("math/sum-where", "np.sum(np.array([1, 2, 3]), where=np.array([True, False, True]))", "np.sum(np.array([1, 2, 3]), {where: np.array([true, false, true])})")
    yield case("math/mean-where", "np.mean(np.array([[1., 2.], [3., 4.]]), axis=0, where=np.array([[True, False], [True, True]]))", "np.mean(np.array([[1.5, 2.5], [3.5, 4.5]]).subtract(0.5), {axis: 0, where: np.array([[true, false], [true, true]])})")
    yield case("math/max-empty-error", "np.max(np.array([]))", "np.max(np.array([]))")
    yield case("math/argmax-empty-error", "np.argmax(np.array([]))", "np.argmax(np.array([]))")
    yield case("math/sum-axis-error", "np.sum(np.zeros((2, 3)), axis=2)", "np.sum(np.zeros([2, 3]), {axis: 2})")
    yield case("math/argmax-nan", "np.argmax(np.array([1.0, np.nan, 3.0, np.nan]))", "np.argmax(np.array([1.5, NaN, 3.5, NaN]))")
    yield case("math/argmin-axis1", "np.argmin(np.array([[3, 1, 2], [0, 5, 0]]), axis=1)", "np.argmin(np.array([[3, 1, 2], [0, 5, 0]]), {axis: 1})")
    yield case("math/ptp", "np.ptp(np.array([[4, 9], [2, 7]]))", "np.ptp(np.array([[4, 9], [2, 7]]))")
    yield case("math/ptp-axis", "np.ptp(np.array([[4, 9], [2, 7]]), axis=0)", "np.ptp(np.array([[4, 9], [2, 7]]), {axis: 0})")
    yield case("math/cumprod-axis1", "np.cumprod(np.array([[1, 2, 3], [4, 5, 6]]), axis=1)", "np.cumprod(np.array([[1, 2, 3], [4, 5, 6]]), {axis: 1})")
    yield case("math/sum-int64-big", "np.sum(np.array([2**62, 2**62 - 1]))", "np.sum(np.array([2n ** 62n, 2n ** 62n - 1n]))")
    big = lit(rng.standard_normal(20000))
    yield case("math/sum-float64-20000", f"np.sum({big})", f"np.sum({big})")
    yield case("math/mean-float64-20000", f"np.mean({big})", f"np.mean({big})")
    yield case("math/std-float64-20000", f"np.std({big})", f"np.std({big})", ulps=4)
    m32 = lit(rng.standard_normal(5000).astype(np.float32))
    yield case("math/sum-float32-5000", f"np.sum({m32})", f"np.sum({m32})")
    yield case("math/mean-float32-keepdims", f"np.mean({m32}, keepdims=True)", f"np.mean({m32}, {{keepdims: true}})")
    yield from heap_reductions()


def heap_reductions():
    """where= in var/std (NumPy's _var counts only the selected elements), and reductions of
    arrays large enough to live in the WebAssembly heap (the kernels' paths), NaN included. Own
    generator, so the cases above keep their data."""
    rng = np.random.default_rng(7)
    w = lit(np.arange(24.0).reshape(4, 6) * 1.5)
    mask = "(np.arange(24.0).reshape(4, 6) * 1.5 > 10)"
    js_mask = "np.arange(24).astype('float64').reshape([4, 6]).multiply(1.5).greater(10)"
    yield case("math/std-where", f"np.std({w}, where={mask})", f"np.std({w}, {{where: {js_mask}}})", ulps=4)
    yield case("math/std-where-axis0", f"np.std({w}, axis=0, where={mask})", f"np.std({w}, {{axis: 0, where: {js_mask}}})", ulps=4)
    yield case("math/var-where-axis1-ddof1", f"np.var({w}, axis=1, where={mask}, ddof=1)", f"np.var({w}, {{axis: 1, where: {js_mask}, ddof: 1}})", ulps=4)
    yield case("math/std-where-axis1-keepdims", f"np.std({w}, axis=1, where={mask}, keepdims=True)", f"np.std({w}, {{axis: 1, where: {js_mask}, keepdims: true}})", ulps=4)
    yield case("math/var-where-ddof2", f"np.var({w}, where={mask}, ddof=2)", f"np.var({w}, {{where: {js_mask}, ddof: 2}})", ulps=4)
    for dt in ("float64", "float32", "int32", "uint8", "int64"):
        v = data(rng, dt, (40, 60))
        if dt.startswith("float"):
            v[3, 7] = np.nan
            v[10, 0] = np.nan
        a = lit(v)
        for name in ("argmax", "argmin", "max", "min"):
            for ax in (0, 1):
                yield case(f"math/{name}-{dt}-40x60-axis{ax}", f"np.{name}({a}, axis={ax})", f"np.{name}({a}, {{axis: {ax}}})")
        yield case(f"math/argmax-{dt}-40x60-T", f"np.argmax({a}.T, axis=1)", f"np.argmax({a}.T, {{axis: 1}})")
        if dt.startswith("float"):
            yield case(f"math/std-{dt}-40x60-axis0", f"np.std({a}, axis=0)", f"np.std({a}, {{axis: 0}})", ulps=4)
            # NumPy adds the rows in turn (exact order: no ulps allowance), and a run of one column pairwise.
            big = lit(data(rng, dt, (600, 30)))
            yield case(f"math/sum-{dt}-600x30-axis0", f"np.sum({big}, axis=0)", f"np.sum({big}, {{axis: 0}})")
            yield case(f"math/sum-{dt}-600x30x1-axis0", f"np.sum({big}[:, :1], axis=0)", f"np.sum({big}.get(':', ':1'), {{axis: 0}})")
            yield case(f"math/mean-{dt}-600x30-axis0", f"np.mean({big}, axis=0)", f"np.mean({big}, {{axis: 0}})")
            yield case(f"math/var-{dt}-40x60-axis1-ddof1", f"np.var({a}, axis=1, ddof=1)", f"np.var({a}, {{axis: 1, ddof: 1}})", ulps=4)


def elementwise(rng):
    a = lit(np.array([1, 5, 9, -3], np.int8))
    f = lit(np.array([1.25, 2.5, -0.5, 1234.5678, np.nan, -np.inf]))
    yield case("math/clip-int8", f"np.clip({a}, 2, 6)", f"np.clip({a}, 2, 6)")
    yield case("math/clip-int8-wide-bounds", f"np.clip({a}, -300, 300)", f"np.clip({a}, -300, 300)")
    yield case("math/clip-float-nan", f"np.clip({f}, -1, 2)", f"np.clip({f}, -1, 2)")
    yield case("math/clip-lower-only", f"np.clip({a}, 2, None)", f"np.clip({a}, 2, null)")
    yield case("math/clip-array-bounds", f"np.clip({f}, np.zeros(6), np.ones(6))", f"np.clip({f}, np.zeros(6), np.ones(6))")
    yield case("math/clip-method", f"{a}.clip(0, 4)", f"{a}.clip(0, 4)")
    for d in (0, 1, 2, -1, -2):
        yield case(f"math/round-float-{d}", f"np.round({f}, {d})", f"np.round({f}, {d})")
    yield case("math/round-half-even", "np.round(np.array([0.5, 1.5, 2.5, -2.5]))", "np.round(np.array([0.5, 1.5, 2.5, -2.5]))")
    yield case("math/round-int-negative", "np.round(np.array([1234, 5678, -1250]), -2)", "np.round(np.array([1234, 5678, -1250]), -2)")
    yield case("math/round-int-positive", "np.round(np.array([1234, 5678]), 2)", "np.round(np.array([1234, 5678]), 2)")
    yield case("math/round-float32", "np.round(np.array([1.2345, 2.5], np.float32), 2)", "np.round(np.array([1.2345, 2.5], {dtype: 'float32'}), 2)")
    yield case("math/round-complex", "np.round(np.array([1.5+2.5j, -0.5-1.5j]))", "np.round(np.array([{re: 1.5, im: 2.5}, {re: -0.5, im: -1.5}]))")
    yield case("math/around-1.005", "np.around(np.array([1.005]), 2)", "np.around(np.array([1.005]), 2)")
    yield case("math/round-method", f"{f}.round(1)", f"{f}.round(1)")
    yield case("math/fix", f"np.fix({f})", f"np.fix({f})")
    yield case("math/isclose", "np.isclose(np.array([1e10, 1e-7]), np.array([1.00001e10, 1e-8]))", "np.isclose(np.array([1e10, 1e-7]), np.array([1.00001e10, 1e-8]))")
    yield case("math/isclose-nan", "np.isclose(np.array([np.nan, np.inf, -np.inf]), np.array([np.nan, np.inf, np.inf]))", "np.isclose(np.array([NaN, Infinity, -Infinity]), np.array([NaN, Infinity, Infinity]))")
    yield case("math/isclose-equal-nan", "np.isclose(np.array([np.nan, 1.0]), np.array([np.nan, 1.0]), equal_nan=True)", "np.isclose(np.array([NaN, 1.5]), np.array([NaN, 1.5]), {equal_nan: true})")
    yield case("math/isclose-scalar", "np.isclose(1, 1.0000001)", "np.isclose(1, 1.0000001)")
    yield case("math/isclose-tolerances", "np.isclose(np.array([1.0, 2.0]), np.array([1.1, 2.5]), rtol=0, atol=0.2)", "np.isclose(np.array([1.5, 2.5]).subtract(0.5), np.array([1.1, 2.5]), {rtol: 0, atol: 0.2})")
    yield case("math/allclose-true", "np.allclose([1, 2], [1, 2.0000001])", "np.allclose([1, 2], [1, 2.0000001])")
    yield case("math/allclose-false", "np.allclose([1, 2], [1, 2.1])", "np.allclose([1, 2], [1, 2.1])")
    yield case("math/array_equal", "np.array_equal([1, 2], [1, 2])", "np.array_equal([1, 2], [1, 2])")
    yield case("math/array_equal-shape", "np.array_equal([1, 2], [[1, 2]])", "np.array_equal([1, 2], [[1, 2]])")
    yield case("math/array_equal-nan", "np.array_equal(np.array([1, np.nan]), np.array([1, np.nan]))", "np.array_equal(np.array([1, NaN]), np.array([1, NaN]))")
    yield case("math/array_equal-equal-nan", "np.array_equal(np.array([1, np.nan]), np.array([1, np.nan]), equal_nan=True)", "np.array_equal(np.array([1, NaN]), np.array([1, NaN]), {equal_nan: true})")
    yield case("math/nan_to_num", f"np.nan_to_num({f})", f"np.nan_to_num({f})")
    yield case("math/nan_to_num-values", f"np.nan_to_num({f}, nan=-1, posinf=9, neginf=-9)", f"np.nan_to_num({f}, {{nan: -1, posinf: 9, neginf: -9}})")
    yield case("math/nan_to_num-float32", "np.nan_to_num(np.array([np.nan, np.inf], np.float32))", "np.nan_to_num(np.array([NaN, Infinity], {dtype: 'float32'}))")
    yield case("math/nan_to_num-int", "np.nan_to_num(np.array([1, 2]))", "np.nan_to_num(np.array([1, 2]))")
    z = lit(np.array([1 + 2j, -3.5 + 0.5j, 0 - 1j]))
    yield case("math/real", f"np.real({z})", f"np.real({z})")
    yield case("math/imag", f"np.imag({z})", f"np.imag({z})")
    yield case("math/real-attr-view", f"(lambda z: (setattr(z, 'real', 9), z)[1])({z})", f"(z => {{ z.real = 9; return z; }})({z})")
    yield case("math/imag-of-real", "np.imag(np.array([1.5, 2.5]))", "np.imag(np.array([1.5, 2.5]))")
    yield case("math/angle", f"np.angle({z})", f"np.angle({z})")
    yield case("math/angle-deg", f"np.angle({z}, deg=True)", f"np.angle({z}, {{deg: true}})", ulps=4)
    yield case("math/angle-real", "np.angle(np.array([1.0, -1.0]))", "np.angle(np.array([1.5, -1.5]))")


def dtype_helpers():
    yield case("math/result_type-weak-float", "np.result_type(np.int8, 1.5).name", "np.result_type('int8', 1.5)")
    yield case("math/result_type-array-weak-int", "np.result_type(np.zeros(2, np.int8), 300).name", "np.result_type(np.zeros(2, 'int8'), 300)")
    yield case("math/result_type-float32-weak", "np.result_type(np.float32, 3.0).name", "np.result_type('float32', 3.0)")
    yield case("math/result_type-scalars", "np.result_type(1, 2.0, 3j).name", "np.result_type(1, 2.5, {re: 0, im: 3})")
    for t1, t2 in (("i1", "u1"), ("i8", "u8"), ("f4", "i4"), ("u2", "i2"), ("c8", "f8"), ("?", "i1"), ("u8", "f4")):
        yield case(f"math/promote_types-{t1}-{t2}", f"np.promote_types('{t1}', '{t2}').name", f"np.promote_types('{t1}', '{t2}')")
    for src, dst, rule in (("i8", "f8", "safe"), ("f8", "i4", "same_kind"), ("f8", "f4", "same_kind"), ("u1", "i1", "safe"), ("i4", "i4", "no"), ("c16", "f8", "unsafe"), ("f8", "f4", "safe")):
        yield case(f"math/can_cast-{src}-{dst}-{rule}", f"np.can_cast('{src}', '{dst}', '{rule}')", f"np.can_cast('{src}', '{dst}', '{rule}')")
    for v_py, v_js in (("10", "10"), ("-10", "-10"), ("300", "300"), ("2**40", "2 ** 40"), ("-2**40", "-(2 ** 40)"), ("True", "true"), ("1e300", "1e300")):
        yield case(f"math/min_scalar_type-{v_js.replace(' ', '')}", f"np.min_scalar_type({v_py}).name", f"np.min_scalar_type({v_js})")
    for dt in ("float32", "float64"):
        yield case(f"math/finfo-{dt}", f"(lambda f: [f.bits, float(f.eps), float(f.epsneg), float(f.max), float(f.min), float(f.tiny), float(f.smallest_subnormal), float(f.resolution), f.precision, f.maxexp, f.minexp, f.machep, f.negep, f.nexp, f.nmant, f.dtype.name])(np.finfo(np.{dt}))",
                   f"(f => [f.bits, f.eps, f.epsneg, f.max, f.min, f.tiny, f.smallest_subnormal, f.resolution, f.precision, f.maxexp, f.minexp, f.machep, f.negep, f.nexp, f.nmant, f.dtype])(np.finfo('{dt}'))")
        yield case(f"math/finfo-repr-{dt}", f"repr(np.finfo(np.{dt}))", f"np.finfo('{dt}')[Symbol.for('nodejs.util.inspect.custom')]()")
    yield case("math/finfo-complex", "np.finfo(np.complex64).dtype.name", "np.finfo('complex64').dtype")
    for dt in ("int8", "uint8", "int16", "int32", "uint32", "int64", "uint64"):
        yield case(f"math/iinfo-{dt}", f"(lambda i: [i.bits, i.min, i.max, i.dtype.name])(np.iinfo(np.{dt}))", f"(i => [i.bits, i.min, i.max, i.dtype])(np.iinfo('{dt}'))")
        yield case(f"math/iinfo-repr-{dt}", f"repr(np.iinfo(np.{dt}))", f"np.iinfo('{dt}')[Symbol.for('nodejs.util.inspect.custom')]()")
    yield case("math/iinfo-float-error", "np.iinfo(np.float64)", "np.iinfo('float64')")


def methods():
    m = "np.arange(24).reshape(2, 3, 4)"
    yield case("math/trace-eye", "np.trace(np.eye(3))", "np.trace(np.eye(3))")
    yield case("math/trace-3d", f"np.trace({m}, offset=1, axis1=1, axis2=2)", f"np.trace({m}, {{offset: 1, axis1: 1, axis2: 2}})")
    yield case("math/trace-method", "np.arange(9).reshape(3, 3).trace(1)", "np.arange(9).reshape(3, 3).trace(1)")
    yield case("math/repeat-method", "np.arange(6).reshape(2, 3).repeat(2, axis=0)", "np.arange(6).reshape(2, 3).repeat(2, {axis: 0})")
    yield case("math/diagonal-method", f"{m}.diagonal(0, 1, 2)", f"{m}.diagonal(0, 1, 2)")
    yield case("math/isinstance-ndarray", "isinstance(np.zeros(2), np.ndarray)", "np.zeros(2) instanceof np.ndarray")


def cases():
    yield from methods()
    rng = np.random.default_rng(7)
    yield from reductions(rng)
    yield from elementwise(rng)
    yield from dtype_helpers()
