"""Matrix construction: eye, identity, diag, diagonal, diagflat, tri, tril, triu (random shapes and dtypes)."""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def rand(rng, dtype, shape):
    """Random values of a dtype (exactly representable, both signs where the dtype has them)."""
    if dtype == "bool":
        return rng.integers(0, 2, shape).astype(bool)
    if dtype.startswith("int") or dtype.startswith("uint"):
        info = np.iinfo(dtype)
        return rng.integers(max(info.min, -1000), min(info.max, 1000), shape, endpoint=True).astype(dtype)
    if dtype.startswith("float"):
        return (rng.standard_normal(shape) * 10).astype(dtype)
    return (rng.standard_normal(shape) * 10 + 1j * rng.standard_normal(shape)).astype(dtype)


def both(py, js=None):
    return py, js if js is not None else py


def eye_cases():
    yield case("matrices/eye-3", "np.eye(3)")
    yield case("matrices/eye-2x4", "np.eye(2, 4)")
    yield case("matrices/eye-4x2-k1", "np.eye(4, 2, 1)")
    yield case("matrices/eye-k-neg", "np.eye(4, k=-2)", "np.eye(4, {k: -2})")
    yield case("matrices/eye-k-beyond", "np.eye(3, k=5)", "np.eye(3, {k: 5})")
    yield case("matrices/eye-k-beyond-neg", "np.eye(3, k=-3)", "np.eye(3, {k: -3})")
    yield case("matrices/eye-0", "np.eye(0)")
    yield case("matrices/eye-M-None", "np.eye(2, None, 1)", "np.eye(2, null, 1)")
    yield case("matrices/eye-negative", "np.eye(-1)")
    yield case("matrices/eye-float-N", "np.eye(2.5)")
    yield case("matrices/eye-order-F-strides", "(lambda a: [a, list(a.strides), a.flags.f_contiguous])(np.eye(3, 2, order='F'))",
               "(a => [a, [...a.strides], a.flags.f_contiguous])(np.eye(3, 2, {order: 'F'}))")
    yield case("matrices/eye-bad-kw", "np.eye(2, foo=1)", "np.eye(2, {foo: 1})")
    for dt in DTYPES:
        yield case(f"matrices/eye-{dt}", f"np.eye(3, 4, -1, dtype='{dt}')", f"np.eye(3, 4, -1, {{dtype: '{dt}'}})")
        yield case(f"matrices/identity-{dt}", f"np.identity(3, '{dt}')", f"np.identity(3, '{dt}')")
    yield case("matrices/identity-default", "np.identity(4)")
    yield case("matrices/identity-kw", "np.identity(2, dtype='int8')", "np.identity(2, {dtype: 'int8'})")


def diag_cases(rng):
    yield case("matrices/diag-1d", "np.diag([1, 2, 3])")
    yield case("matrices/diag-1d-k1", "np.diag([1, 2, 3], 1)")
    yield case("matrices/diag-1d-kneg", "np.diag([1.5, 2.5], k=-2)", "np.diag([1.5, 2.5], {k: -2})")
    yield case("matrices/diag-empty", "np.diag(np.zeros(0))", "np.diag(np.zeros(0))")
    yield case("matrices/diag-2d", "np.diag([[1, 2, 3], [4, 5, 6]])")
    yield case("matrices/diag-2d-k1", "np.diag([[1, 2, 3], [4, 5, 6]], 1)")
    yield case("matrices/diag-2d-kneg", "np.diag([[1, 2, 3], [4, 5, 6]], -1)")
    yield case("matrices/diag-2d-k-beyond", "np.diag([[1, 2, 3], [4, 5, 6]], 3)")
    yield case("matrices/diag-2d-k-beyond-neg", "np.diag([[1, 2, 3], [4, 5, 6]], -2)")
    yield case("matrices/diag-3d", "np.diag(np.zeros((2, 2, 2)))", "np.diag(np.zeros([2, 2, 2]))")
    yield case("matrices/diag-0d", "np.diag(5)")
    yield case("matrices/diag-view-flags",
               "(lambda a: (lambda d: [d, d.flags.writeable, d.base is a, list(d.strides)])(np.diag(a, 1)))(np.arange(12).reshape(3, 4))",
               "(a => (d => [d, d.flags.writeable, d.base === a, [...d.strides]])(np.diag(a, 1)))(np.arange(12).reshape(3, 4))")
    yield case("matrices/diag-write-readonly", "np.diag(np.eye(2)).fill(3)", "np.diag(np.eye(2)).fill(3)")
    for i, dt in enumerate(DTYPES):
        n = int(rng.integers(1, 5))
        k = int(rng.integers(-2, 3))
        a = rand(rng, dt, (n,))
        yield case(f"matrices/diag-1d-{dt}", f"np.diag({lit(a)}, {k})")
        m = rand(rng, dt, (int(rng.integers(1, 5)), int(rng.integers(1, 5))))
        yield case(f"matrices/diag-2d-{dt}", f"np.diag({lit(m)}, {k})")
    yield case("matrices/diagonal-3d", "np.diagonal(np.arange(24).reshape(2, 3, 4))",
               "np.diagonal(np.arange(24).reshape(2, 3, 4))")
    yield case("matrices/diagonal-3d-axes", "np.diagonal(np.arange(24).reshape(2, 3, 4), 1, 1, 2)",
               "np.diagonal(np.arange(24).reshape(2, 3, 4), 1, 1, 2)")
    yield case("matrices/diagonal-3d-axes-neg", "np.diagonal(np.arange(24).reshape(2, 3, 4), offset=-1, axis1=-1, axis2=0)",
               "np.diagonal(np.arange(24).reshape(2, 3, 4), {offset: -1, axis1: -1, axis2: 0})")
    yield case("matrices/diagonal-strides",
               "(lambda d: [d, list(d.shape), list(d.strides), d.flags.writeable])(np.diagonal(np.arange(60).reshape(3, 4, 5), 2, 2, 0))",
               "(d => [d, [...d.shape], [...d.strides], d.flags.writeable])(np.diagonal(np.arange(60).reshape(3, 4, 5), 2, 2, 0))")
    yield case("matrices/diagonal-noncontig", "np.diagonal(np.flip(np.arange(36).reshape(6, 6), 1).T, 1)")
    yield case("matrices/diagonal-same-axes", "np.diagonal(np.zeros((2, 2)), 0, 0, 0)", "np.diagonal(np.zeros([2, 2]), 0, 0, 0)")
    yield case("matrices/diagonal-axis-out", "np.diagonal(np.zeros((2, 2)), 0, 0, 2)", "np.diagonal(np.zeros([2, 2]), 0, 0, 2)")
    yield case("matrices/diagonal-axis1-out", "np.diagonal(np.zeros((2, 2)), 0, -3, 1)", "np.diagonal(np.zeros([2, 2]), 0, -3, 1)")
    yield case("matrices/diagonal-1d", "np.diagonal(np.zeros(2))", "np.diagonal(np.zeros(2))")
    yield case("matrices/diagonal-method-kw", "np.diagonal([[1, 2], [3, 4]], offset=1)", "np.diagonal([[1, 2], [3, 4]], {offset: 1})")
    for i in range(6):
        shape = tuple(int(x) for x in rng.integers(0, 5, int(rng.integers(2, 5))))
        dt = str(rng.choice(DTYPES))
        a = rand(rng, dt, shape)
        nd = len(shape)
        a1, a2 = (int(x) for x in rng.choice(nd, 2, replace=False))
        off = int(rng.integers(-3, 4))
        yield case(f"matrices/diagonal-random-{i}", f"np.diagonal({lit(a)}, {off}, {a1 - nd if i % 2 else a1}, {a2})")
    yield case("matrices/diagflat-2d", "np.diagflat([[1, 2], [3, 4]])")
    yield case("matrices/diagflat-k", "np.diagflat([1, 2], 1)")
    yield case("matrices/diagflat-kneg", "np.diagflat([1.5, 2], k=-1)", "np.diagflat([1.5, 2], {k: -1})")
    yield case("matrices/diagflat-scalar", "np.diagflat(7)")
    yield case("matrices/diagflat-f32", f"np.diagflat({lit(rand(rng, 'float32', (2, 3)))}, 2)")


def tri_cases(rng):
    yield case("matrices/tri-3", "np.tri(3)")
    yield case("matrices/tri-3x5-k2", "np.tri(3, 5, 2, dtype=int)", "np.tri(3, 5, 2, 'int64')")
    yield case("matrices/tri-k-neg", "np.tri(4, k=-1)", "np.tri(4, {k: -1})")
    yield case("matrices/tri-k-big", "np.tri(3, 2, 10)")
    yield case("matrices/tri-k-very-neg", "np.tri(3, 2, -10)")
    yield case("matrices/tri-0", "np.tri(0, 3)")
    for dt in DTYPES:
        yield case(f"matrices/tri-{dt}", f"np.tri(3, 4, 1, '{dt}')")
    yield case("matrices/tril-2d", "np.tril([[1, 2, 3], [4, 5, 6], [7, 8, 9]])")
    yield case("matrices/triu-2d", "np.triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]])")
    yield case("matrices/tril-k1", "np.tril([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1)")
    yield case("matrices/triu-kneg", "np.triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]], k=-1)", "np.triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]], {k: -1})")
    yield case("matrices/tril-1d", "np.tril([1, 2, 3])")
    yield case("matrices/triu-1d-k1", "np.triu([1, 2, 3], 1)")
    yield case("matrices/tril-0d", "np.tril(5)")
    yield case("matrices/triu-0d", "np.triu(5)")
    yield case("matrices/tril-empty", "np.tril(np.zeros((0, 3)))", "np.tril(np.zeros([0, 3]))")
    yield case("matrices/tril-noncontig", "np.tril(np.arange(20).reshape(4, 5).T)", "np.tril(np.arange(20).reshape(4, 5).T)")
    yield case("matrices/triu-noncontig", "np.triu(np.arange(20).reshape(4, 5).T, 1)", "np.triu(np.arange(20).reshape(4, 5).T, 1)")
    for i, dt in enumerate(DTYPES):
        nd = int(rng.integers(2, 5))
        shape = tuple(int(x) for x in rng.integers(1, 5, nd))
        a = rand(rng, dt, shape)
        k = int(rng.integers(-3, 4))
        fn = "tril" if i % 2 else "triu"
        yield case(f"matrices/{fn}-random-{dt}", f"np.{fn}({lit(a)}, {k})")
        yield case(f"matrices/{'triu' if i % 2 else 'tril'}-random-{dt}-k0", f"np.{'triu' if i % 2 else 'tril'}({lit(a)})")


def cases():
    rng = np.random.default_rng(7)
    yield from eye_cases()
    yield from diag_cases(rng)
    yield from tri_cases(rng)
