"""Matrix products: matmul, dot, vdot, inner, tensordot across dtypes, shapes (1-d, stacked and
broadcast, size 0), transposed and strided inputs, out=, and NumPy's errors.

Most inputs hold small integers (also in float and complex dtypes), so every summation order gives
NumPy's exact result; the cases with non-integral floats (positive, so nothing cancels) carry a ulp
tolerance, since NumPy's BLAS sums in another order than ndts's kernels.
"""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def ints(rng, dtype, shape):
    """Small integral values of a dtype (int8 and uint8 products wrap around)."""
    if dtype == "bool":
        return rng.integers(0, 2, shape).astype(bool)
    if dtype in ("int8", "uint8"):
        info = np.iinfo(dtype)
        return rng.integers(info.min, info.max, shape, endpoint=True).astype(dtype)
    if dtype.startswith("uint"):
        return rng.integers(0, 1000, shape).astype(dtype)
    if dtype.startswith("int"):
        return rng.integers(-1000, 1000, shape).astype(dtype)
    if dtype.startswith("float"):
        return rng.integers(-20, 20, shape).astype(dtype)
    return (rng.integers(-20, 20, shape) + 1j * rng.integers(-20, 20, shape)).astype(dtype)


def positive(rng, dtype, shape):
    """Non-integral positive values (products sum with no cancellation)."""
    if dtype.startswith("complex"):
        # Small imaginary parts: the real parts of products (ar br - ai bi) stay positive.
        return (rng.uniform(0.5, 1.5, shape) + 1j * rng.uniform(0.0, 0.2, shape)).astype(dtype)
    return rng.uniform(0.5, 1.5, shape).astype(dtype)


def dtype_cases(rng):
    for dt in DTYPES:
        a, b = lit(ints(rng, dt, (3, 4))), lit(ints(rng, dt, (4, 5)))
        yield case(f"products/matmul-{dt}", f"np.matmul({a}, {b})", print=True)
        yield case(f"products/dot-{dt}", f"np.dot({a}, {b})")
        yield case(f"products/method-dot-{dt}", f"{a}.dot({b})")
        yield case(f"products/operator-{dt}", f"{a} @ {b}", f"{a}.matmul({b})")
        v, w = lit(ints(rng, dt, (4,))), lit(ints(rng, dt, (4,)))
        yield case(f"products/matmul-vv-{dt}", f"np.matmul({v}, {w})")
        yield case(f"products/dot-vv-{dt}", f"np.dot({v}, {w})")
        yield case(f"products/matmul-mv-{dt}", f"np.matmul({a}, {v})")
        yield case(f"products/matmul-vm-{dt}", f"np.matmul({v}, {b})")
        yield case(f"products/vdot-{dt}", f"np.vdot({a}, {lit(ints(rng, dt, (2, 6)))})")
        yield case(f"products/inner-{dt}", f"np.inner({a}, {lit(ints(rng, dt, (2, 4)))})")
        s = lit(ints(rng, dt, (2, 3, 4)))
        yield case(f"products/matmul-stack-{dt}", f"np.matmul({s}, {b})")
        yield case(f"products/tensordot-{dt}", f"np.tensordot({s}, {lit(ints(rng, dt, (3, 4, 2)))})")
        if dt in ("bool", "int8", "uint64", "float32", "float64", "complex64"):
            big_a, big_b = lit(ints(rng, dt, (33, 40))), lit(ints(rng, dt, (40, 30)))
            yield case(f"products/matmul-large-{dt}", f"np.matmul({big_a}, {big_b})")
            yield case(f"products/matmul-large-T-{dt}", f"np.matmul({big_b}.T, {big_a}.T)")


def float_cases(rng):
    for dt, ulps in [("float64", 64), ("float32", 16), ("complex128", 64), ("complex64", 16)]:
        for (m, k, n) in [(5, 7, 3), (35, 50, 30), (9, 260, 16)]:
            a, b = lit(positive(rng, dt, (m, k))), lit(positive(rng, dt, (k, n)))
            yield case(f"products/matmul-positive-{dt}-{m}x{k}x{n}", f"np.matmul({a}, {b})", ulps=ulps)
        a, x = lit(positive(rng, dt, (40, 60))), lit(positive(rng, dt, (60,)))
        yield case(f"products/matvec-positive-{dt}", f"np.matmul({a}, {x})", ulps=ulps)
        yield case(f"products/vecmat-positive-{dt}", f"np.dot({x}, {a}.T)", ulps=ulps)
        # A scalar result is a JS number: its tolerance is in float64 ulps.
        yield case(f"products/vdot-positive-{dt}", f"np.vdot({a}, {a})", ulps=ulps if dt.endswith("128") or dt == "float64" else ulps * 2**29)
        yield case(f"products/dot-nd-positive-{dt}", f"np.dot({lit(positive(rng, dt, (2, 3, 5)))}, {lit(positive(rng, dt, (4, 5, 6)))})", ulps=ulps)


def layout_cases(rng):
    a = lit(ints(rng, "float64", (6, 8)))
    b = lit(ints(rng, "float64", (8, 10)))
    yield case("products/strided-cols", f"np.matmul({a}[:, ::2], {b}[::2])", f"np.matmul({a}.get(':', '::2'), {b}.get('::2'))")
    yield case("products/reversed", f"np.matmul({a}[::-1], {b}[:, ::-1])", f"np.matmul({a}.get('::-1'), {b}.get(':', '::-1'))")
    yield case("products/transposed-both", f"np.matmul({b}.T, {a}.T)")
    yield case("products/dot-strided-vectors", f"np.dot({a}[:, 1], {b}[::2, 3][:6])", f"np.dot({a}.get(':', 1), {b}.get('::2', 3).get(':6'))")
    i32 = lit(ints(rng, "int32", (5, 7)))
    yield case("products/int-transposed", f"np.matmul({i32}.T, {i32})")
    yield case("products/int-strided", f"np.matmul({i32}[::2, ::3], {i32}[::3, 1:])", f"np.matmul({i32}.get('::2', '::3'), {i32}.get('::3', '1:'))")


def shape_cases(rng):
    f = lambda *s: lit(ints(rng, "float64", s))
    yield case("products/broadcast-stacks", f"np.matmul({f(2, 1, 3, 4)}, {f(5, 4, 2)})")
    yield case("products/broadcast-stacks-1", f"np.matmul({f(1, 3, 4)}, {f(2, 4, 5)})")
    yield case("products/stack-vector", f"np.matmul({f(2, 3, 4)}, {f(4)})")
    yield case("products/vector-stack", f"np.matmul({f(3)}, {f(2, 3, 4)})")
    yield case("products/size0-rows", f"np.matmul({f(0, 3)}, {f(3, 4)})")
    yield case("products/size0-inner", f"np.matmul({f(2, 0)}, {f(0, 3)})")
    yield case("products/size0-cols", f"np.matmul({f(3)}, {f(3, 0)})")
    yield case("products/size0-stack", f"np.matmul({f(0, 2, 3)}, {f(3, 4)})")
    yield case("products/dot-size0-vectors", f"np.dot({f(0)}, {f(0)})")
    yield case("products/dot-nd-md", f"np.dot({f(2, 3, 4)}, {f(5, 4, 2)})")
    yield case("products/dot-nd-1d", f"np.dot({f(2, 3, 4)}, {f(4)})")
    yield case("products/dot-1d-nd", f"np.dot({f(3)}, {f(2, 3, 4)})")
    m = f(2, 3)
    yield case("products/dot-scalar", f"np.dot({m}, np.float64(2.5))", f"np.dot({m}, np.array(2.5))")
    yield case("products/dot-scalars", "np.dot(np.int64(3), np.int64(4))", "np.dot(np.array(3), np.array(4))")
    yield case("products/inner-nd", f"np.inner({f(2, 3)}, {f(5, 4, 3)})")
    yield case("products/inner-scalar", f"np.inner({m}, np.float64(2))", f"np.inner({m}, np.array(2.0))")
    t = f(3, 4, 5)
    u = f(4, 3, 2)
    yield case("products/tensordot-pair", f"np.tensordot({t}, {u}, ([1, 0], [0, 1]))", f"np.tensordot({t}, {u}, [[1, 0], [0, 1]])")
    yield case("products/tensordot-ints", f"np.tensordot({t}, {u}, (0, 1))", f"np.tensordot({t}, {u}, [0, 1])")
    yield case("products/tensordot-negative", f"np.tensordot({t}, {u}, ([-2], [0]))", f"np.tensordot({t}, {u}, [[-2], [0]])")
    yield case("products/tensordot-0", f"np.tensordot({f(2, 3)}, {f(3)}, 0)")
    yield case("products/tensordot-1", f"np.tensordot({f(2, 3)}, {f(3, 2)}, 1)")
    yield case("products/tensordot-all", f"np.tensordot({f(2, 3)}, {f(2, 3)}, 2)")
    yield case("products/promote-int8-uint8", f"np.matmul({lit(ints(rng, 'int8', (2, 3)))}, {lit(ints(rng, 'uint8', (3, 2)))})")
    yield case("products/promote-int32-float32", f"np.matmul({lit(ints(rng, 'int32', (2, 3)))}, {lit(ints(rng, 'float32', (3, 2)))})")
    yield case("products/promote-bool-int8", f"np.dot({lit(ints(rng, 'bool', (2, 3)))}, {lit(ints(rng, 'int8', (3, 2)))})")
    yield case("products/promote-float32-complex64", f"np.matmul({lit(ints(rng, 'float32', (2, 3)))}, {lit(ints(rng, 'complex64', (3, 2)))})")
    yield case("products/promote-int64-uint64", f"np.matmul({lit(ints(rng, 'int64', (2, 3)))}, {lit(ints(rng, 'uint64', (3, 2)))})")
    yield case("products/lists", "np.matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])", print=True)
    p, q = lit(ints(rng, 'int32', (2, 3))), lit(ints(rng, 'int32', (3, 2)))
    yield case("products/dtype-arg", f"np.matmul({p}, {q}, dtype='float32')", f"np.matmul({p}, {q}, {{dtype: 'float32'}})")


def out_cases(rng):
    a, b = lit(ints(rng, "float64", (3, 4))), lit(ints(rng, "float64", (4, 2)))
    yield case("products/matmul-out",
               f"(lambda o: [np.matmul({a}, {b}, out=o) is o, o])(np.zeros((3, 2)))",
               f"(o => [np.matmul({a}, {b}, {{out: o}}) === o, o])(np.zeros([3, 2]))")
    yield case("products/matmul-out-positional-cast",
               f"(lambda o: [np.matmul({a}, {b}, o) is o, o])(np.zeros((3, 2), 'float32'))",
               f"(o => [np.matmul({a}, {b}, o) === o, o])(np.zeros([3, 2], 'float32'))")
    x = lit(ints(rng, 'int64', (3, 3)))
    yield case("products/matmul-out-aliased",
               f"(lambda x: [np.matmul(x, x, out=x) is x, x])({x})",
               f"(x => [np.matmul(x, x, {{out: x}}) === x, x])({x})")
    yield case("products/matmul-out-stack-broadcast",
               f"(lambda o: [np.matmul({a}, {b}, out=o) is o, o])(np.zeros((2, 3, 2)))",
               f"(o => [np.matmul({a}, {b}, {{out: o}}) === o, o])(np.zeros([2, 3, 2]))")
    yield case("products/dot-out",
               f"(lambda o: [np.dot({a}, {b}, o) is o, o])(np.zeros((3, 2)))",
               f"(o => [np.dot({a}, {b}, o) === o, o])(np.zeros([3, 2]))")
    yield case("products/err-dot-out-dtype", f"np.dot({a}, {b}, np.zeros((3, 2), 'float32'))", f"np.dot({a}, {b}, np.zeros([3, 2], 'float32'))")
    yield case("products/err-dot-out-shape", f"np.dot({a}, {b}, np.zeros((2, 3)))", f"np.dot({a}, {b}, np.zeros([2, 3]))")
    yield case("products/err-matmul-out-cast", f"np.matmul({a}, {b}, out=np.zeros((3, 2), 'int64'))", f"np.matmul({a}, {b}, {{out: np.zeros([3, 2], 'int64')}})")
    yield case("products/err-matmul-out-core", f"np.matmul({a}, {b}, out=np.zeros((3, 5)))", f"np.matmul({a}, {b}, {{out: np.zeros([3, 5])}})")
    s = lit(ints(rng, 'float64', (2, 3, 4)))
    yield case("products/err-matmul-out-batch", f"np.matmul({s}, {b}, out=np.zeros((3, 3, 2)))", f"np.matmul({s}, {b}, {{out: np.zeros([3, 3, 2])}})")


def error_cases():
    yield case("products/err-matmul-core", "np.matmul(np.ones((2, 3)), np.ones((2, 3)))", "np.matmul(np.ones([2, 3]), np.ones([2, 3]))")
    yield case("products/err-matmul-core-vector", "np.matmul(np.ones(2), np.ones((3, 4)))", "np.matmul(np.ones(2), np.ones([3, 4]))")
    yield case("products/err-matmul-0d-first", "np.matmul(np.ones(()), np.ones(2))", "np.matmul(np.ones([]), np.ones(2))")
    yield case("products/err-matmul-0d-second", "np.matmul(np.ones(2), np.float64(3))", "np.matmul(np.ones(2), np.array(3.0))")
    yield case("products/err-matmul-broadcast", "np.matmul(np.ones((2, 2, 3)), np.ones((5, 3, 3, 4)))", "np.matmul(np.ones([2, 2, 3]), np.ones([5, 3, 3, 4]))")
    yield case("products/err-matmul-broadcast-vector", "np.matmul(np.ones((2, 2, 3)), np.ones(3), out=np.empty((3, 2)))",
               "np.matmul(np.ones([2, 2, 3]), np.ones(3), {out: np.empty([3, 2])})")
    yield case("products/err-matmul-dtype-cast", "np.matmul(np.ones((2, 3)), np.ones((3, 4)), dtype='int64')", "np.matmul(np.ones([2, 3]), np.ones([3, 4]), {dtype: 'int64'})")
    yield case("products/err-matmul-casting-arg", "np.matmul(np.ones((2, 3)), np.ones((3, 4)), casting='bogus')", "np.matmul(np.ones([2, 3]), np.ones([3, 4]), {casting: 'bogus'})")
    yield case("products/err-dot-aligned", "np.dot(np.ones((2, 3)), np.ones((2, 3)))", "np.dot(np.ones([2, 3]), np.ones([2, 3]))")
    yield case("products/err-dot-aligned-nd", "np.dot(np.ones((2, 3, 4)), np.ones((5, 3, 2)))", "np.dot(np.ones([2, 3, 4]), np.ones([5, 3, 2]))")
    yield case("products/err-dot-vectors", "np.dot(np.ones(3), np.ones(4))", "np.dot(np.ones(3), np.ones(4))")
    yield case("products/err-vdot-size", "np.vdot(np.ones((2, 3)), np.ones(5))", "np.vdot(np.ones([2, 3]), np.ones(5))")
    yield case("products/err-inner", "np.inner(np.ones((2, 3)), np.ones((4, 2)))", "np.inner(np.ones([2, 3]), np.ones([4, 2]))")
    yield case("products/err-tensordot-mismatch", "np.tensordot(np.ones((2, 3)), np.ones((4, 3)))", "np.tensordot(np.ones([2, 3]), np.ones([4, 3]))")
    yield case("products/err-tensordot-duplicate", "np.tensordot(np.ones((2, 3)), np.ones((3, 3)), ([1, 1], [0, 1]))",
               "np.tensordot(np.ones([2, 3]), np.ones([3, 3]), [[1, 1], [0, 1]])")
    yield case("products/err-tensordot-axes-beyond", "np.tensordot(np.ones((2, 3)), np.ones((3, 4)), 5)", "np.tensordot(np.ones([2, 3]), np.ones([3, 4]), 5)")


def cases():
    rng = np.random.default_rng(20261203)
    yield from dtype_cases(rng)
    yield from float_cases(rng)
    yield from layout_cases(rng)
    yield from shape_cases(rng)
    yield from out_cases(rng)
    yield from error_cases()
