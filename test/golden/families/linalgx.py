"""np.linalg beyond the basic solvers: eig (eigenvalues in NumPy's order; eigenvectors signed where
LAPACK's convention fixes them, else compared by modulus and by the residual A v - v w), and
eigvals, on random well-conditioned matrices of several sizes and dtypes and on stacks."""
import numpy as np

from golden import case, lit

SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12]


def residual(a, tol):
    """The case checking |A v - v w| <= tol |A| for eig(A) (both sides compute it)."""
    py = f"(lambda A: (lambda r: bool(np.linalg.norm(A @ r[1] - r[1] * r[0]) <= {tol} * np.linalg.norm(A)))(np.linalg.eig(A)))({a})"
    js = f"(A => (r => np.linalg.norm(np.matmul(A, r[1]).subtract(r[1].multiply(r[0]))) <= {tol} * np.linalg.norm(A))(np.linalg.eig(A)))({a})"
    return py, js


def eig_cases(rng):
    for n in SIZES + [50]:
        for k in range(3 if n < 50 else 2):
            A = rng.standard_normal((n, n))
            a = lit(A)
            yield case(f"linalgx/eigvals-{n}-{k}", f"np.linalg.eigvals({a})", ulps=20000)
            yield case(f"linalgx/eig-w-{n}-{k}", f"np.linalg.eig({a})[0]", ulps=20000)
            yield case(f"linalgx/eig-absv-{n}-{k}", f"np.abs(np.linalg.eig({a})[1]) + 1", f"np.abs(np.linalg.eig({a})[1]).add(1)", ulps=20000)
            py, js = residual(a, 1e-13)
            yield case(f"linalgx/eig-residual-{n}-{k}", py, js)
        # a real spectrum (similar to a diagonal with distinct entries): signed eigenvectors
        Q = rng.standard_normal((n, n)) + n * np.eye(n)
        A = Q @ np.diag(np.arange(1, n + 1) * 1.5) @ np.linalg.inv(Q)
        a = lit(A)
        if n < 50:
            yield case(f"linalgx/eig-real-spectrum-{n}", f"np.linalg.eig({a})[0]", ulps=1e6)
            yield case(f"linalgx/eig-real-vectors-{n}", f"np.linalg.eig({a})[1] + 2", f"np.linalg.eig({a})[1].add(2)", ulps=20000)
        else:
            # 50 clustered real eigenvalues: which converges first hangs on the last bits of
            # the Hessenberg form (BLAS's summation order), so compare them sorted
            yield case(f"linalgx/eig-real-spectrum-{n}", f"np.sort(np.linalg.eig({a})[0])", ulps=1e6)
        S = rng.standard_normal((n, n))
        s = lit(S + S.T)
        yield case(f"linalgx/eig-symmetric-w-{n}", f"np.linalg.eig({s})[0]", ulps=1e5)
        yield case(f"linalgx/eig-symmetric-v-{n}", f"np.linalg.eig({s})[1] + 2", f"np.linalg.eig({s})[1].add(2)", ulps=20000)
    for n in [2, 3, 5, 8]:
        A = rng.standard_normal((n, n)).astype("float32")
        a = lit(A)
        yield case(f"linalgx/eig-float32-w-{n}", f"np.linalg.eig({a})[0] + np.float32(8)", f"np.linalg.eig({a})[0].add(8)", ulps=64)
        yield case(f"linalgx/eig-float32-absv-{n}", f"np.abs(np.linalg.eig({a})[1]) + np.float32(1)", f"np.abs(np.linalg.eig({a})[1]).add(1)", ulps=64)
        I = rng.integers(-5, 6, (n, n))
        yield case(f"linalgx/eig-int-w-{n}", f"np.linalg.eig({lit(I)})[0] + 20", f"np.linalg.eig({lit(I)})[0].add(20)", ulps=20000)
    St = rng.standard_normal((2, 3, 4, 4))
    yield case("linalgx/eig-stack-w", f"np.linalg.eig({lit(St)})[0]", ulps=20000)
    yield case("linalgx/eig-stack-absv", f"np.abs(np.linalg.eig({lit(St)})[1]) + 1", f"np.abs(np.linalg.eig({lit(St)})[1]).add(1)", ulps=20000)
    yield case("linalgx/eig-stack-mixed", "np.linalg.eig(np.array([[[1., 2], [3, 4]], [[0, -1], [1, 0]]]))",
               "np.linalg.eig(np.array([[[1, 2], [3, 4]], [[0, -1], [1, 0]]], 'float64'))", ulps=8)
    yield case("linalgx/eig-defective", "np.linalg.eig(np.array([[1., 1], [0, 1]]))",
               "np.linalg.eig(np.array([[1, 1], [0, 1]], 'float64'))", ulps=8)
    yield case("linalgx/eig-jordan3", "np.linalg.eig(np.array([[2., 1, 0], [0, 2, 1], [0, 0, 2]]))",
               "np.linalg.eig(np.array([[2, 1, 0], [0, 2, 1], [0, 0, 2]], 'float64'))", ulps=8)
    yield case("linalgx/eig-rotation", "np.linalg.eig(np.array([[0., -1], [1, 0]]))",
               "np.linalg.eig(np.array([[0, -1], [1, 0]], 'float64'))", ulps=8)
    yield case("linalgx/eig-rotation-f32", "np.linalg.eig(np.array([[0, -1], [1, 0]], dtype='float32'))",
               "np.linalg.eig(np.array([[0, -1], [1, 0]], 'float32'))", ulps=8)
    yield case("linalgx/eig-permutation", "np.linalg.eig(np.array([[0., 0, 1], [1, 0, 0], [0, 1, 0]]))[0]",
               "np.linalg.eig(np.array([[0, 0, 1], [1, 0, 0], [0, 1, 0]], 'float64'))[0]", ulps=8)
    yield case("linalgx/eig-triangular", "np.linalg.eig(np.array([[1., 2, 3], [0, 4, 5], [0, 0, 6]]))",
               "np.linalg.eig(np.array([[1, 2, 3], [0, 4, 5], [0, 0, 6]], 'float64'))", ulps=8)
    yield case("linalgx/eig-lower-triangular", "np.linalg.eig(np.array([[1., 0, 0], [2, 3, 0], [4, 5, 6]]))",
               "np.linalg.eig(np.array([[1, 0, 0], [2, 3, 0], [4, 5, 6]], 'float64'))", ulps=8)
    yield case("linalgx/eig-blocks", "np.linalg.eig(np.array([[2, 0, 0], [0, 3, 4], [0, 4, 9]]))", ulps=8)
    yield case("linalgx/eig-badly-scaled", "np.linalg.eig(np.array([[1e-3, 1e3], [1e-5, 2.]]))",
               "np.linalg.eig(np.array([[1e-3, 1e3], [1e-5, 2]]))", ulps=64)
    yield case("linalgx/eig-bool", "np.linalg.eig(np.array([[True, False], [False, True]]))",
               "np.linalg.eig(np.array([[true, false], [false, true]]))")
    yield case("linalgx/eig-empty", "np.linalg.eig(np.zeros((0, 0)))", "np.linalg.eig(np.zeros([0, 0]))")
    yield case("linalgx/eig-empty-stack", "np.linalg.eig(np.zeros((2, 0, 0)))", "np.linalg.eig(np.zeros([2, 0, 0]))")
    yield case("linalgx/eigvals-empty", "np.linalg.eigvals(np.zeros((0, 0)))", "np.linalg.eigvals(np.zeros([0, 0]))")
    yield case("linalgx/eig-nonsquare", "np.linalg.eig(np.ones((2, 3)))", "np.linalg.eig(np.ones([2, 3]))")
    yield case("linalgx/eig-1d", "np.linalg.eig(np.ones(3))")
    yield case("linalgx/eig-inf", "np.linalg.eig(np.array([[np.inf, 0], [0, 1]]))", "np.linalg.eig(np.array([[np.inf, 0], [0, 1]]))")
    yield case("linalgx/eigvals-nan", "np.linalg.eigvals(np.array([[np.nan, 0], [0, 1]]))", "np.linalg.eigvals(np.array([[np.nan, 0], [0, 1]]))")


def cases():
    rng = np.random.default_rng(20261203)
    yield from eig_cases(rng)
    yield from extras_cases(rng)
    yield from arrayapi_cases(rng)
    yield from complex_cases(rng)
    yield from qr_raw_cases(rng)
    yield from keyword_cases()
    yield from hermitian_cases(rng)


def extras_cases(rng):
    for n in [1, 2, 3, 5, 8, 12]:
        for dt in ["float64", "float32"]:
            A = (rng.standard_normal((n, n)) + n * np.eye(n)).astype(dt)
            a = lit(A)
            for p, pj in [("None", "null"), ("'fro'", "'fro'"), ("'nuc'", "'nuc'"), ("np.inf", "Infinity"), ("-np.inf", "-Infinity"),
                          ("1", "1"), ("-1", "-1"), ("2", "2"), ("-2", "-2")]:
                u = 64 * 2 ** 29 if dt == "float32" else 20000  # a float32 scalar comes back as a JS number
                yield case(f"linalgx/cond-{n}-{dt}-{pj}", f"np.linalg.cond({a}, {p})", f"np.linalg.cond({a}, {pj})", ulps=u)
    S = rng.standard_normal((3, 4, 4))
    yield case("linalgx/cond-stack", f"np.linalg.cond({lit(S)})", ulps=20000)
    yield case("linalgx/cond-stack-1", f"np.linalg.cond({lit(S)}, 1)", ulps=20000)
    yield case("linalgx/cond-singular-1", "np.linalg.cond(np.array([[1., 2], [2, 4]]), 1)", "np.linalg.cond(np.array([[1, 2], [2, 4]], 'float64'), 1)")
    yield case("linalgx/cond-singular-inf", "np.linalg.cond(np.array([[1., 0], [0, 0]]))", "np.linalg.cond(np.array([[1, 0], [0, 0]], 'float64'))")
    yield case("linalgx/cond-stack-singular", "np.linalg.cond(np.array([[[1, 2], [3, 4]], [[1, 2], [2, 4.]]]), 1)",
               "np.linalg.cond(np.array([[[1, 2], [3, 4]], [[1, 2], [2, 4]]], 'float64'), 1)", ulps=8)
    yield case("linalgx/cond-empty", "np.linalg.cond(np.zeros((0, 0)))", "np.linalg.cond(np.zeros([0, 0]))")
    yield case("linalgx/cond-nan", "np.linalg.cond(np.array([[np.nan, 0], [0, 1]]))", "np.linalg.cond(np.array([[np.nan, 0], [0, 1]]))")
    yield case("linalgx/cond-nonsquare-1", "np.linalg.cond(np.ones((2, 3)), 1)", "np.linalg.cond(np.ones([2, 3]), 1)")
    yield case("linalgx/cond-nonsquare-2", f"np.linalg.cond({lit(rng.standard_normal((3, 5)))})", ulps=20000)
    yield case("linalgx/cond-bad-kw", "np.linalg.cond(np.eye(2), q=1)", "np.linalg.cond(np.eye(2), {q: 1})")
    # matrix_power
    M = rng.integers(-3, 4, (3, 3))
    for k in [0, 1, 2, 3, 5, 13]:
        yield case(f"linalgx/matrix_power-int-{k}", f"np.linalg.matrix_power({lit(M)}, {k})")
    for dt in ["int8", "int32", "uint8", "bool", "float32", "complex128"]:
        yield case(f"linalgx/matrix_power-{dt}-4", f"np.linalg.matrix_power(np.array([[1, 1], [1, 0]], dtype='{dt}'), 4)",
                   f"np.linalg.matrix_power(np.array([[1, 1], [1, 0]], '{dt}'), 4)")
        yield case(f"linalgx/matrix_power-{dt}-0", f"np.linalg.matrix_power(np.array([[1, 1], [1, 0]], dtype='{dt}'), 0)",
                   f"np.linalg.matrix_power(np.array([[1, 1], [1, 0]], '{dt}'), 0)")
    W = rng.standard_normal((4, 4)) + 4 * np.eye(4)
    for k in [-1, -2, -5]:
        yield case(f"linalgx/matrix_power-neg{-k}", f"np.linalg.matrix_power({lit(W)}, {k})", ulps=20000)
    St = rng.standard_normal((2, 3, 3))
    yield case("linalgx/matrix_power-stack-7", f"np.linalg.matrix_power({lit(St)}, 7)", ulps=20000)
    yield case("linalgx/matrix_power-float-exp", "np.linalg.matrix_power(np.eye(2), 2.5)")
    yield case("linalgx/matrix_power-nonsquare", "np.linalg.matrix_power(np.ones((2, 3)), 2)", "np.linalg.matrix_power(np.ones([2, 3]), 2)")
    yield case("linalgx/matrix_power-1d", "np.linalg.matrix_power(np.ones(3), 2)")
    yield case("linalgx/matrix_power-singular-neg", "np.linalg.matrix_power(np.array([[1., 2], [2, 4]]), -1)",
               "np.linalg.matrix_power(np.array([[1, 2], [2, 4]], 'float64'), -1)")
    # multi_dot
    shapes = [(10, 30), (30, 5), (5, 60), (60, 3), (3, 7)]
    mats = [rng.standard_normal(s) for s in shapes]
    for k in range(2, 6):
        args = ", ".join(lit(m) for m in mats[:k])
        # compared with an offset: cancellation makes small entries meaningless relative to the product
        yield case(f"linalgx/multi_dot-{k}", f"np.linalg.multi_dot([{args}]) + 1000", f"np.linalg.multi_dot([{args}]).add(1000)", ulps=64)
    v0 = rng.standard_normal(10)
    v1 = rng.standard_normal(7)
    yield case("linalgx/multi_dot-vec-first", f"np.linalg.multi_dot([{lit(v0)}, {', '.join(lit(m) for m in mats)}])", ulps=20000)
    yield case("linalgx/multi_dot-vec-last", f"np.linalg.multi_dot([{', '.join(lit(m) for m in mats)}, {lit(v1)}])", ulps=20000)
    yield case("linalgx/multi_dot-vec-both", f"np.linalg.multi_dot([{lit(v0)}, {', '.join(lit(m) for m in mats)}, {lit(v1)}])", ulps=20000)
    yield case("linalgx/multi_dot-int", "np.linalg.multi_dot([np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4), np.arange(4)])",
               "np.linalg.multi_dot([np.arange(6).reshape([2, 3]), np.arange(12).reshape([3, 4]), np.arange(4)])")
    yield case("linalgx/multi_dot-one", "np.linalg.multi_dot([np.ones(2)])", "np.linalg.multi_dot([np.ones(2)])")
    yield case("linalgx/multi_dot-3d", "np.linalg.multi_dot([np.ones(2), np.ones((2, 2, 2)), np.ones(2)])",
               "np.linalg.multi_dot([np.ones(2), np.ones([2, 2, 2]), np.ones(2)])")
    yield case("linalgx/multi_dot-mismatch", "np.linalg.multi_dot([np.ones((2, 3)), np.ones((2, 3)), np.ones((3, 2))])",
               "np.linalg.multi_dot([np.ones([2, 3]), np.ones([2, 3]), np.ones([3, 2])])")
    # tensorinv / tensorsolve
    T = rng.standard_normal((6, 6)) + 6 * np.eye(6)
    yield case("linalgx/tensorinv-ind2", f"np.linalg.tensorinv({lit(T.reshape(2, 3, 6))}, 2)", ulps=20000)
    yield case("linalgx/tensorinv-ind1", f"np.linalg.tensorinv({lit(T.reshape(6, 2, 3))}, 1)", ulps=20000)
    yield case("linalgx/tensorinv-default", f"np.linalg.tensorinv({lit(T.reshape(2, 3, 3, 2))})", ulps=20000)
    yield case("linalgx/tensorinv-kw", f"np.linalg.tensorinv({lit(T.reshape(6, 2, 3))}, ind=1)", f"np.linalg.tensorinv({lit(T.reshape(6, 2, 3))}, {{ind: 1}})", ulps=20000)
    yield case("linalgx/tensorinv-ind0", "np.linalg.tensorinv(np.ones((2, 2)), 0)", "np.linalg.tensorinv(np.ones([2, 2]), 0)")
    yield case("linalgx/tensorinv-nonsquare", "np.linalg.tensorinv(np.ones((2, 3)), 1)", "np.linalg.tensorinv(np.ones([2, 3]), 1)")
    b = rng.standard_normal((2, 3))
    yield case("linalgx/tensorsolve", f"np.linalg.tensorsolve({lit(T.reshape(2, 3, 6))}, {lit(b)})", ulps=20000)
    yield case("linalgx/tensorsolve-axes", f"np.linalg.tensorsolve({lit(T.reshape(6, 2, 3))}, {lit(b)}, axes=(0,))",
               f"np.linalg.tensorsolve({lit(T.reshape(6, 2, 3))}, {lit(b)}, {{axes: [0]}})", ulps=20000)
    yield case("linalgx/tensorsolve-bad", "np.linalg.tensorsolve(np.ones((2, 3)), np.ones(2))", "np.linalg.tensorsolve(np.ones([2, 3]), np.ones(2))")


def arrayapi_cases(rng):
    X = rng.standard_normal((3, 4, 5))
    x = lit(X)
    I = rng.integers(-9, 10, (3, 4, 5))
    i = lit(I)
    # NumPy 1.24 has no array-API linalg: the Python side spells each with the 1.24 functions
    yield case("linalgx/vector_norm-all", f"np.linalg.norm({x}.ravel())", f"np.linalg.vector_norm({x})", ulps=8)
    yield case("linalgx/vector_norm-axis", f"np.linalg.norm({x}, axis=1)", f"np.linalg.vector_norm({x}, {{axis: 1}})", ulps=8)
    yield case("linalgx/vector_norm-axes", f"np.linalg.norm({x}.transpose(0, 2, 1).reshape(15, 4), axis=0)",
               f"np.linalg.vector_norm({x}, {{axis: [0, 2]}})", ulps=8)
    yield case("linalgx/vector_norm-keepdims", f"np.linalg.norm({x}.transpose(0, 2, 1).reshape(15, 4), axis=0).reshape(1, 4, 1)",
               f"np.linalg.vector_norm({x}, {{axis: [0, 2], keepdims: true}})", ulps=8)
    for o, oj in [("1", "1"), ("np.inf", "Infinity"), ("-np.inf", "-Infinity"), ("0", "0"), ("3", "3"), ("0.5", "0.5")]:
        yield case(f"linalgx/vector_norm-ord-{oj}", f"np.linalg.norm({x}, ord={o}, axis=-1)", f"np.linalg.vector_norm({x}, {{axis: -1, ord: {oj}}})", ulps=8)
    yield case("linalgx/vector_norm-int", f"np.linalg.norm({i}.ravel())", f"np.linalg.vector_norm({i})", ulps=8)
    yield case("linalgx/vector_norm-f32", f"np.linalg.norm({lit(X.astype('float32'))}, axis=0)", f"np.linalg.vector_norm({lit(X.astype('float32'))}, {{axis: 0}})", ulps=2)
    for o, oj in [("'fro'", "'fro'"), ("'nuc'", "'nuc'"), ("1", "1"), ("-1", "-1"), ("2", "2"), ("-2", "-2"), ("np.inf", "Infinity"), ("-np.inf", "-Infinity")]:
        yield case(f"linalgx/matrix_norm-{oj}", f"np.linalg.norm({x}, ord={o}, axis=(-2, -1))", f"np.linalg.matrix_norm({x}, {{ord: {oj}}})", ulps=20000)
    yield case("linalgx/matrix_norm-keepdims", f"np.linalg.norm({x}, axis=(-2, -1), keepdims=True)", f"np.linalg.matrix_norm({x}, {{keepdims: true}})", ulps=8)
    yield case("linalgx/matrix_norm-1d", "np.linalg.norm(np.ones(3), axis=(-2, -1))", "np.linalg.matrix_norm(np.ones(3))")
    yield case("linalgx/linalg-trace", f"np.trace({i}, axis1=-2, axis2=-1)", f"np.linalg.trace({i})")
    yield case("linalgx/linalg-trace-offset", f"np.trace({x}, offset=1, axis1=-2, axis2=-1)", f"np.linalg.trace({x}, {{offset: 1}})", ulps=4)
    yield case("linalgx/linalg-trace-dtype", f"np.trace({i}, axis1=-2, axis2=-1, dtype='float32')", f"np.linalg.trace({i}, {{dtype: 'float32'}})")
    yield case("linalgx/linalg-diagonal", f"np.diagonal({i}, -1, -2, -1)", f"np.linalg.diagonal({i}, {{offset: -1}})")
    yield case("linalgx/linalg-matrix_transpose", f"np.swapaxes({i}, -1, -2)", f"np.linalg.matrix_transpose({i})")
    yield case("linalgx/linalg-outer", "np.outer([1, 2, 3], [4, 5])", "np.linalg.outer([1, 2, 3], [4, 5])")
    yield case("linalgx/linalg-cross", f"np.cross({lit(X[:, :3, 0])}, {lit(X[:, 1:4, 1])})", f"np.linalg.cross({lit(X[:, :3, 0])}, {lit(X[:, 1:4, 1])})", ulps=4)
    yield case("linalgx/linalg-cross-axis0", f"np.cross({lit(X[:3, :, 0])}, {lit(X[:3, :, 1])}, axis=0)",
               f"np.linalg.cross({lit(X[:3, :, 0])}, {lit(X[:3, :, 1])}, {{axis: 0}})", ulps=4)
    yield case("linalgx/vecdot", f"np.einsum('...i,...i->...', {x}, {lit(X[0])})", f"np.vecdot({x}, {lit(X[0])})", ulps=8)
    yield case("linalgx/vecdot-int", f"np.einsum('...i,...i->...', {i}, {i})", f"np.linalg.vecdot({i}, {i})")
    yield case("linalgx/vecdot-axis", f"np.einsum('ij,ij->j', {lit(I[0])}, {lit(I[1])})", f"np.vecdot({lit(I[0])}, {lit(I[1])}, {{axis: 0}})")
    C = rng.standard_normal((2, 4)) + 1j * rng.standard_normal((2, 4))
    yield case("linalgx/vecdot-complex", f"np.einsum('...i,...i->...', np.conj({lit(C)}), {lit(C[::-1])})", f"np.vecdot({lit(C)}, {lit(C[::-1])})", ulps=8)
    yield case("linalgx/vecdot-1d", "np.dot([1, 2, 3], [4, 5, 6])", "np.vecdot([1, 2, 3], [4, 5, 6])")


def crand(rng, shape, dt="complex128"):
    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dt)


def complex_cases(rng):
    for n in [1, 2, 3, 5, 8, 12]:
        for dt in ["complex128", "complex64"]:
            u = 64 if dt == "complex64" else 20000
            us = 64 * 2 ** 29 if dt == "complex64" else 20000  # scalars come back as JS numbers
            A = crand(rng, (n, n), dt) + n * np.eye(n, dtype=dt)
            a = lit(A)
            H = A @ A.conj().T + np.eye(n, dtype=dt)
            h = lit(H)
            b = lit(crand(rng, (n,), dt))
            tag = f"{n}-{dt}"
            yield case(f"linalgx/c-det-{tag}", f"np.linalg.det({a})", ulps=us)
            yield case(f"linalgx/c-slogdet-{tag}", f"np.linalg.slogdet({a})", ulps=us)
            yield case(f"linalgx/c-inv-{tag}", f"np.linalg.inv({a}) + (4+4j)", f"np.linalg.inv({a}).add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-solve-{tag}", f"np.linalg.solve({a}, {b}) + (4+4j)", f"np.linalg.solve({a}, {b}).add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-cholesky-{tag}", f"np.linalg.cholesky({h}) + (4+4j)", f"np.linalg.cholesky({h}).add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-eigvalsh-{tag}", f"np.linalg.eigvalsh({h})", ulps=u)
            yield case(f"linalgx/c-eigh-absv-{tag}", f"np.abs(np.linalg.eigh({h}, 'U')[1]) + 1", f"np.abs(np.linalg.eigh({h}, 'U')[1]).add(1)", ulps=u)
            yield case(f"linalgx/c-svdvals-{tag}", f"np.linalg.svd({a}, compute_uv=False)", f"np.linalg.svdvals({a})", ulps=u)
            yield case(f"linalgx/c-svd-absu-{tag}", f"np.abs(np.linalg.svd({a})[0]) + 1", f"np.abs(np.linalg.svd({a})[0]).add(1)", ulps=u)
            yield case(f"linalgx/c-qr-r-{tag}", f"np.linalg.qr({a}, 'r') + (4+4j)", f"np.linalg.qr({a}, 'r').add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-qr-q-{tag}", f"np.linalg.qr({a})[0] + (4+4j)", f"np.linalg.qr({a})[0].add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-eig-w-{tag}", f"np.linalg.eig({a})[0]", ulps=u)
            yield case(f"linalgx/c-eig-v-{tag}", f"np.linalg.eig({a})[1] + (2+2j)", f"np.linalg.eig({a})[1].add({{re: 2, im: 2}})", ulps=u)
            yield case(f"linalgx/c-eigvals-{tag}", f"np.linalg.eigvals({a})", ulps=u)
            yield case(f"linalgx/c-pinv-{tag}", f"np.linalg.pinv({a}) + (4+4j)", f"np.linalg.pinv({a}).add({{re: 4, im: 4}})", ulps=u)
            yield case(f"linalgx/c-matrix_rank-{tag}", f"np.linalg.matrix_rank({a})")
            yield case(f"linalgx/c-norm2-{tag}", f"np.linalg.norm({a}, 2)", ulps=us)
            yield case(f"linalgx/c-cond-{tag}", f"np.linalg.cond({a})", ulps=us)
            # NumPy 1.24 returned a complex cond for p=1; NumPy 2 (followed here) the real one
            yield case(f"linalgx/c-cond1-{tag}", f"np.linalg.cond({a}, 1).real", f"np.linalg.cond({a}, 1)", ulps=us)
    W = crand(rng, (3, 5))
    w = lit(W)
    yield case("linalgx/c-svd-wide-s", f"np.linalg.svd({w}, full_matrices=False)[1]", f"np.linalg.svd({w}, {{full_matrices: false}})[1]", ulps=20000)
    yield case("linalgx/c-svd-wide-recon", f"(lambda r: np.abs(r[0] @ (r[1][:, None] * r[2][:3]) - {w}).max() < 1e-13)(np.linalg.svd({w}))",
               f"(r => np.amax(np.abs(np.matmul(r[0], r[2].get(':3').multiply(np.expand_dims(r[1], -1))).subtract({w}))) < 1e-13)(np.linalg.svd({w}))")
    rhs = lit(crand(rng, (5,)))
    yield case("linalgx/c-lstsq", f"np.linalg.lstsq({lit(W.T.conj())}, {rhs}, rcond=None)[0] + (4+4j)",
               f"np.linalg.lstsq({lit(W.T.conj())}, {rhs}, null)[0].add({{re: 4, im: 4}})", ulps=20000)
    S = crand(rng, (2, 3, 3))
    yield case("linalgx/c-det-stack", f"np.linalg.det({lit(S)})", ulps=20000)
    yield case("linalgx/c-eig-stack", f"np.linalg.eig({lit(S)})[0]", ulps=20000)
    yield case("linalgx/c-matrix_power-neg", f"np.linalg.matrix_power({lit(S[0] + 3 * np.eye(3))}, -3) + (1+1j)", f"np.linalg.matrix_power({lit(S[0] + 3 * np.eye(3))}, -3).add({{re: 1, im: 1}})", ulps=20000)
    yield case("linalgx/c-singular", "np.linalg.inv(np.array([[1j, 2j], [2j, 4j]]))", "np.linalg.inv(np.array([[{re: 0, im: 1}, {re: 0, im: 2}], [{re: 0, im: 2}, {re: 0, im: 4}]]))")
    yield case("linalgx/c-not-pd", "np.linalg.cholesky(np.array([[1, 2j], [-2j, 1]]))", "np.linalg.cholesky(np.array([[1, {re: 0, im: 2}], [{re: 0, im: -2}, 1]]))")
    yield case("linalgx/c-eig-nan", "np.linalg.eig(np.array([[np.nan * 1j, 0], [0, 1]]))", "np.linalg.eig(np.array([[{re: 0, im: NaN}, 0], [0, 1]]))")


def qr_raw_cases(rng):
    for shape in [(3, 3), (5, 3), (3, 5), (2, 4, 3)]:
        A = rng.standard_normal(shape)
        yield case(f"linalgx/qr-raw-{'x'.join(map(str, shape))}", f"(lambda r: [r[0] + 4, r[1] + 4])(np.linalg.qr({lit(A)}, 'raw'))",
                   f"(r => [r[0].add(4), r[1].add(4)])(np.linalg.qr({lit(A)}, 'raw'))", ulps=64)
        C = crand(rng, shape)
        yield case(f"linalgx/qr-raw-c-{'x'.join(map(str, shape))}", f"(lambda r: [r[0] + (4+4j), r[1] + (4+4j)])(np.linalg.qr({lit(C)}, 'raw'))",
                   f"(r => [r[0].add({{re: 4, im: 4}}), r[1].add({{re: 4, im: 4}})])(np.linalg.qr({lit(C)}, 'raw'))", ulps=64)
    yield case("linalgx/qr-raw-zero-column", "np.linalg.qr(np.array([[1., 2], [0, 3]]), 'raw')",
               "np.linalg.qr(np.array([[1, 2], [0, 3]], 'float64'), 'raw')")
    yield case("linalgx/qr-raw-f32", "np.linalg.qr(np.array([[3., 0, 1], [4, 5, 2]], dtype='float32'), mode='raw')",
               "np.linalg.qr(np.array([[3, 0, 1], [4, 5, 2]], 'float32'), {mode: 'raw'})", ulps=2)


def keyword_cases():
    # NumPy 1.24 lacks the array-API names, so their Python side is spelled with np.linalg.norm
    yield case("linalgx/kw-eig-extra", "np.linalg.eig([[1.]], 1)", "np.linalg.eig([[1]], 1)")
    yield case("linalgx/kw-eig-unknown", "np.linalg.eig([[1.]], foo=1)", "np.linalg.eig([[1]], {foo: 1})")
    yield case("linalgx/kw-eigvals-unknown", "np.linalg.eigvals([[1.]], foo=1)", "np.linalg.eigvals([[1]], {foo: 1})")
    yield case("linalgx/kw-matrix_power-unknown", "np.linalg.matrix_power([[1.]], 1, foo=1)", "np.linalg.matrix_power([[1]], 1, {foo: 1})")
    yield case("linalgx/kw-multi_dot-unknown", "np.linalg.multi_dot([[1.]], foo=1)", "np.linalg.multi_dot([[1]], {foo: 1})")
    yield case("linalgx/kw-tensorinv-unknown", "np.linalg.tensorinv([[1.]], foo=1)", "np.linalg.tensorinv([[1]], {foo: 1})")
    yield case("linalgx/kw-tensorsolve-unknown", "np.linalg.tensorsolve([[1.]], [1.], foo=1)", "np.linalg.tensorsolve([[1]], [1], {foo: 1})")
    yield case("linalgx/kw-qr-mode", "np.linalg.qr([[1.]], 'bogus')", "np.linalg.qr([[1]], 'bogus')")


def hermitian_cases(rng):
    for n in [2, 4, 7]:
        S = rng.standard_normal((n, n))
        A = lit(S + S.T)
        C = crand(rng, (n, n))
        Hc = lit(C + C.conj().T)
        lower = lit(np.tril(S))  # hermitian=True reads only the lower triangle, as eigh does
        yield case(f"linalgx/svd-hermitian-s-{n}", f"np.linalg.svd({A}, hermitian=True)[1]", f"np.linalg.svd({A}, {{hermitian: true}})[1]", ulps=20000)
        yield case(f"linalgx/svd-hermitian-absu-{n}", f"np.abs(np.linalg.svd({A}, hermitian=True)[0]) + 1", f"np.abs(np.linalg.svd({A}, {{hermitian: true}})[0]).add(1)", ulps=20000)
        yield case(f"linalgx/svd-hermitian-c-{n}", f"np.linalg.svd({Hc}, compute_uv=False, hermitian=True)", f"np.linalg.svd({Hc}, {{compute_uv: false, hermitian: true}})", ulps=20000)
        yield case(f"linalgx/svd-hermitian-lower-{n}", f"np.linalg.svd({lower}, compute_uv=False, hermitian=True)", f"np.linalg.svd({lower}, {{compute_uv: false, hermitian: true}})", ulps=20000)
        yield case(f"linalgx/pinv-hermitian-{n}", f"np.linalg.pinv({A}, hermitian=True) + 4", f"np.linalg.pinv({A}, {{hermitian: true}}).add(4)", ulps=20000)
    yield case("linalgx/matrix_rank-hermitian", "np.linalg.matrix_rank(np.array([[1., 2], [2, 4]]), hermitian=True)",
               "np.linalg.matrix_rank(np.array([[1, 2], [2, 4]], 'float64'), {hermitian: true})")
