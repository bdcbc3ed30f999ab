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
