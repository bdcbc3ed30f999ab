// np.linalg edge cases found by comparing with NumPy 2.4 (each expected value printed by NumPy 2.4).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const L = np.linalg;
const repr = (x: unknown): string => np.array_repr(x as np.NDArray);

test("solve: float32 only when both operands are float32; a 0-d b is NumPy 2's gufunc error", () => {
  assert.equal(L.solve(np.eye(2, { dtype: "float32" }), np.ones(2)).dtype, "float64");
  assert.equal(L.solve(np.eye(2, { dtype: "float32" }), np.ones(2, "float32")).dtype, "float32");
  assert.equal(L.solve(np.eye(2, { dtype: "float32" }), [1, 2]).dtype, "float64");
  assert.throws(() => L.solve([[3, 1], [1, 2]], 9), {
    name: "ValueError",
    message: "solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)",
  });
});

test("slogdet of float32 gives float32 values (NumPy: logabsdet 0.6931471824645996)", () => {
  const r = L.slogdet(np.array([[1, 2], [3, 4]], "float32"));
  assert.equal(r.logabsdet, 0.6931471824645996);
  assert.equal(r.sign, -1);
});

test("norm: scalars (not 0-d arrays) for every vector ord, float32 results, 'f', empty inputs", () => {
  const v = [3, -4, 0, 1];
  assert.equal(L.norm(v, -1), 0);
  assert.equal(L.norm(v, 3), 4.514357435474001);
  assert.equal(L.norm(v, 0.5), 22.392304845413257);
  assert.equal(L.norm(np.ones(3, "float32")), 1.7320507764816284);
  assert.equal(repr(L.norm(np.ones([2, 3], "float32"), 2, { keepdims: true })), "array([[2.4494898]], dtype=float32)");
  assert.equal(L.norm(np.zeros([2, 3]), "f"), 0);
  assert.equal(L.norm(np.zeros([0, 3]), 2), 0);
  assert.equal(L.norm(np.zeros([0, 3]), Infinity), 0);
  assert.equal(L.norm(np.zeros([0, 3]), 1), 0);
  assert.equal(L.norm(np.zeros([0]), Infinity), 0);
});

test("vector_norm with keepdims keeps a float dtype for integer input", () => {
  const x = np.arange(6).reshape(2, 3);
  assert.equal(repr(L.vector_norm(x, { ord: 1, axis: [0, 1], keepdims: true })), "array([[15.]])");
  assert.equal(repr(L.vector_norm(x, { keepdims: true })), "array([[7.41619849]])");
});

test("np.matvec and np.vecmat (NumPy 2.2's gufuncs): broadcasting, conjugation of vecmat's vector, errors", () => {
  assert.equal(repr(np.matvec(np.arange(6).reshape(2, 3), np.arange(3))), "array([ 5, 14])");
  assert.equal(repr(np.vecmat(np.arange(2), np.arange(6).reshape(2, 3))), "array([3, 4, 5])");
  assert.deepEqual(np.matvec(np.ones([5, 2, 3]), np.ones([4, 1, 3])).shape, [4, 5, 2]);
  assert.equal(repr(np.matvec([[{ re: 0, im: 1 }, 2], [3, 4]], [1, { re: 0, im: 1 }])), "array([0.+3.j, 3.+4.j])");
  assert.equal(repr(np.vecmat([{ re: 0, im: 1 }, 2], [[1, 2], [3, 4]])), "array([6.-1.j, 8.-2.j])");
  assert.equal(repr(np.vecmat([true, false], [[true, false], [true, true]])), "array([ True, False])");
  assert.throws(() => np.matvec(np.ones([2, 3]), np.ones(4)), {
    name: "ValueError",
    message: "matvec: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,n),(n)->(m) (size 4 is different from 3)",
  });
  assert.throws(() => np.vecmat(np.ones(3), np.ones(3)), {
    message: "vecmat: Input operand 1 does not have enough dimensions (has 1, gufunc core with signature (n),(n,m)->(m) requires 2)",
  });
});

test("matrix_rank takes one tol / rtol per matrix of a stack; float32 norms over all axes stay float32", () => {
  assert.equal(repr(L.matrix_rank(np.ones([2, 2, 2]), { tol: np.array([0.5, 3.0]) })), "array([1, 0])");
  assert.equal(repr(L.matrix_rank(np.ones([2, 2, 2]), { rtol: [0.1, 0.9] })), "array([1, 1])");
  assert.equal(L.norm(np.array([[1, 2], [3, 4]], "float32"), { axis: [0, 1] }), 5.4772257804870605);
  assert.equal(L.norm(np.array([1, 2], "float32"), { axis: 0 }), 2.2360680103302);
});

test("qr's deprecated modes: 'full' is 'reduced', 'economic' is geqrf's h (NumPy 2.4's values)", () => {
  const a = [[1, 2], [3, 4], [5, 6]];
  const [q, r] = L.qr(a, "full") as [np.NDArray, np.NDArray];
  assert.deepEqual(q.shape, [3, 2]);
  assert.deepEqual(r.shape, [2, 2]);
  const h = L.qr(a, { mode: "economic" }) as np.NDArray;
  assert.equal(repr(np.round(h, 8)), "array([[-5.91607978, -7.43735744],\n       [ 0.43377175,  0.82807867],\n       [ 0.72295291,  0.89262383]])");
});

test("eigh follows LAPACK's dsytd2 + dsteqr: eigenvectors with NumPy's signs (NumPy 2.4's values)", () => {
  const close = (got: np.NDArray, want: number[][]): void => {
    const g = got.tolist() as number[][];
    want.forEach((row, i) => row.forEach((w, j) => assert.ok(Math.abs(g[i]![j]! - w) < 1e-12, `[${i}, ${j}]: ${g[i]![j]} != ${w}`)));
  };
  const s = Math.SQRT1_2;
  close(L.eigh([[2, 1], [1, 2]]).eigenvectors, [[-s, s], [s, s]]);
  close(L.eigh([[2, 1], [5, 2]], { UPLO: "U" }).eigenvectors, [[-s, s], [s, s]]);
  close(L.eigh([[4, 1, 0], [1, 4, 1], [0, 1, 4]]).eigenvectors, [[-0.5, s, 0.5], [s, 0, s], [-0.5, -s, 0.5]]);
  const a = 0.3717480344601845, b = 0.6015009550075454;
  close(L.eigh([[2, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2]]).eigenvectors, [[-a, b, b, -a], [-b, a, -a, b], [-b, -a, -a, -b], [-a, -b, b, a]]);
  // multivariate_normal(method='eigh') draws through eigh's vectors
  const rng = np.random.default_rng(3);
  close(rng.multivariate_normal([0, 1], [[1, 0.5], [0.5, 2]], { size: 2, method: "eigh" }), [[-3.1319568510733697, -1.8123076624687404], [-0.6667475599823061, 0.36318073984143484]]);
});

test("eigh with UPLO='U' reduces from the bottom as dsytd2 'U' does (NumPy's signs); dsyevd's scaling of extreme matrices", () => {
  const a = np.arange(16).reshape(4, 4).add(np.eye(4).multiply(10));
  const colU = (L.eigh(a, "U").eigenvectors.get(":", 0) as np.NDArray).tolist() as number[];
  [-0.9614266828130941, -0.13914226852520606, 0.014353246940502495, 0.23683780734277696].forEach((w, i) => assert.ok(Math.abs(colU[i]! - w) < 1e-12, `U[${i}]`));
  const colL = (L.eigh(a).eigenvectors.get(":", 0) as np.NDArray).tolist() as number[];
  [-0.7321204413668977, -0.39275550543202753, 0.0959759966105332, 0.5482074245759414].forEach((w, i) => assert.ok(Math.abs(colL[i]! - w) < 1e-12, `L[${i}]`));
  // the 1e-300 eigenvalue underflows in dsyevd's scaling by sqrt(bignum) / 1e300
  assert.equal(repr(L.eigh(np.array([[1e-300, 0], [0, 1e300]])).eigenvalues), "array([0.e+000, 1.e+300])");
});

test("small float32 products accumulate with a fused multiply-add per step, as the sgemm kernels NumPy calls do", () => {
  const a = np.array([[1.1, 2], [3, 4.3]], "float32");
  // NumPy 2.4: (a @ a) @ a and matrix_power(a, 3) are [[40.331, 60.860004], [91.29001, 137.70702]]
  const want = "array([[ 40.331   ,  60.860004],\n       [ 91.29001 , 137.70702 ]], dtype=float32)";
  assert.equal(repr(np.matmul(np.matmul(a, a), a)), want);
  assert.equal(repr(L.matrix_power(a, 3)), want);
});

test("small float64 products accumulate with an (emulated) fused multiply-add per step, as NumPy's dgemm: equal to the bit", () => {
  const a = [[-0.802, -1.324, -0.248], [0.42, 1.136, 0.11]];
  const b = [[-0.553, -0.785], [0.749, 1.635], [0.273, -1.233]];
  // NumPy 2.4 (a separately rounded product gives -1.2293859999999999 and 1.39203)
  assert.deepEqual((np.matmul(a, b) as np.NDArray).tolist(), [[-0.6158739999999999, -1.229386], [0.6486339999999999, 1.3920299999999999]]);
  assert.deepEqual((np.dot(a, b) as np.NDArray).tolist(), [[-0.6158739999999999, -1.229386], [0.6486339999999999, 1.3920299999999999]]);
  assert.equal(repr(np.matmul([[Infinity, 1]], [[1], [Number.NaN]])), "array([[nan]])");
  assert.equal(repr(np.matmul([[Infinity, 1]], [[1], [2]])), "array([[inf]])");
});

test("complex eigh follows zheevd's route (zhetd2 reflectors, dsteqr, Q Z): eigenvector phases as NumPy's", () => {
  const c = (re: number, im: number) => ({ re, im });
  const a = [[2, c(1, 1), 0.5], [c(1, -1), 3, c(0, 2)], [0.5, c(0, -2), 1]];
  const close = (v: np.NDArray, col: number, re: number[], im: number[]): void => {
    const x = v.get(":", col) as np.NDArray;
    const [r, i] = [(x.real as np.NDArray).tolist() as number[], (x.imag as np.NDArray).tolist() as number[]];
    re.forEach((w, k) => assert.ok(Math.abs(r[k]! - w) < 1e-12, `re[${k}]`));
    im.forEach((w, k) => assert.ok(Math.abs(i[k]! - w) < 1e-12, `im[${k}]`));
  };
  close(L.eigh(a).eigenvectors, 0, [-0.398132624726689, 0.29060440986055125, 0.6552356098163605], [0, -0.4605822114892462, 0.33995560325739016]);
  close(L.eigh(a, "U").eigenvectors, 1, [0.6468018951561444, -0.13025886342770576, 0.5297104246314593], [-0.521035453710823, 0.11228917549816815, 0]);
});

test("cholesky(upper=True) reads the upper triangle (potrf 'U'), with +0 zeros and real diagonal for complex", () => {
  // NumPy 2.4: np.linalg.cholesky(np.array([[4., 1], [2, 3]]), upper=True)
  assert.equal(repr(L.cholesky(np.array([[4, 1], [2, 3]]), { upper: true })), "array([[2.       , 0.5      ],\n       [0.       , 1.6583124]])");
  assert.throws(() => L.cholesky(np.array([[1, 5], [0, 1]]), { upper: true }), { name: "LinAlgError", message: "Matrix is not positive definite" });
  // np.linalg.cholesky(np.array([[4, 2j], [-2j, 3]]), upper=True)
  const z = np.array([[4, { re: 0, im: 2 }], [{ re: -0, im: -2 }, 3]]);
  assert.equal(repr(L.cholesky(z, { upper: true })), "array([[2.        +0.j, 0.        +1.j],\n       [0.        +0.j, 1.41421356+0.j]])");
  assert.throws(() => (L.cholesky as (...a: unknown[]) => unknown)([[4, 2], [2, 3]], true), {
    name: "TypeError",
    message: "cholesky() takes 1 positional argument but 2 were given",
  });
});

test("eigh/eigvalsh accept a lowercase UPLO (NumPy upper-cases it)", () => {
  assert.deepEqual(L.eigvalsh([[2, 5], [1, 2]], "u").tolist(), [-3, 7]);
  assert.deepEqual(L.eigh([[2, 5], [1, 2]], { UPLO: "l" }).eigenvalues.tolist(), [1, 3]);
  assert.throws(() => L.eigvalsh([[2, 5], [1, 2]], "X" as "L"), { name: "ValueError", message: "UPLO argument must be 'L' or 'U'" });
});

test("matrix_rank rejects tol with rtol; pinv's array rcond/rtol is one cutoff per matrix", () => {
  assert.throws(() => L.matrix_rank([[1, 0], [0, 1e-3]], { tol: 1e-2, rtol: 1e-2 }), { name: "ValueError", message: "`tol` and `rtol` can't be both set." });
  const a = np.array([[[1, 0], [0, 1e-3]], [[1, 0], [0, 1e-3]]]);
  // NumPy 2.4: pinv(a, rcond=np.array([1e-5, 1e-2]))[:, 1, 1] -> [1000, 0]
  assert.deepEqual((L.pinv(a, { rcond: np.array([1e-5, 1e-2]) as never }).get(":", 1, 1) as np.NDArray).tolist(), [1000, 0]);
  assert.deepEqual((L.pinv(a, { rtol: [1e-5, 1e-2] as never }).get(":", 1, 1) as np.NDArray).tolist(), [1000, 0]);
});

test("cross of two 2-vectors is a 0-d array, as in NumPy (array(-3))", () => {
  const r = np.cross([1, 2], [4, 5]);
  assert.ok(r instanceof np.ndarray);
  assert.equal(repr(r), "array(-3)");
});

test("solve: batch shapes that do not broadcast give NumPy's gufunc message", () => {
  assert.throws(() => L.solve(np.ones([3, 2, 2]), np.ones([4, 2, 1])), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,2,2)->(3,newaxis,newaxis) (4,2,1)->(4,newaxis,newaxis)  and requested shape (2,1)",
  });
});

test("svd: U and Vh carry LAPACK dgesdd's signs (QR/LQ-first and direct paths), as NumPy prints them", () => {
  // every expected repr printed by NumPy 2.4
  const a = np.array([[1, 2], [3, 4], [5, 6]]);
  const full = L.svd(a) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(full.U), "array([[-0.2298477 ,  0.88346102,  0.40824829],\n       [-0.52474482,  0.24078249, -0.81649658],\n       [-0.81964194, -0.40189603,  0.40824829]])");
  assert.equal(repr(full.Vh), "array([[-0.61962948, -0.78489445],\n       [-0.78489445,  0.61962948]])");
  const red = L.svd(a, { full_matrices: false }) as unknown as { U: np.NDArray };
  assert.equal(repr(red.U), "array([[-0.2298477 ,  0.88346102],\n       [-0.52474482,  0.24078249],\n       [-0.81964194, -0.40189603]])");
  const wide = L.svd(np.array([[1, 2, 3], [4, 5, 6]])) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(wide.U), "array([[-0.3863177 , -0.92236578],\n       [-0.92236578,  0.3863177 ]])");
  assert.equal(
    repr(wide.Vh),
    "array([[-0.42866713, -0.56630692, -0.7039467 ],\n       [ 0.80596391,  0.11238241, -0.58119908],\n       [ 0.40824829, -0.81649658,  0.40824829]])",
  );
  const sq = L.svd(np.array([[2, 1, 0.5], [1, -3, 1], [0.5, 1, 4]])) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(sq.U), "array([[ 0.27573516, -0.17284171, -0.94556643],\n       [ 0.16694361,  0.97736238, -0.12997158],\n       [ 0.94662556, -0.12201854,  0.29834799]])");
  assert.equal(repr(sq.Vh), "array([[ 0.27573516,  0.16694361,  0.94662556],\n       [ 0.17284171, -0.97736238,  0.12201854],\n       [-0.94556643, -0.12997158,  0.29834799]])");
  const diag = L.svd(np.array([[3, 0], [0, -2]], "float64")) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(diag.U), "array([[1., 0.],\n       [0., 1.]])");
  assert.equal(repr(diag.Vh), "array([[ 1.,  0.],\n       [-0., -1.]])");
  const w2 = L.svd(np.array([[1, 2, 3, 4], [2, 0, 1, -1]]), { full_matrices: false }) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(w2.U), "array([[-0.99913607, -0.04155864],\n       [-0.04155864,  0.99913607]])");
  assert.equal(repr(w2.Vh), "array([[-0.19745469, -0.36458025, -0.55445266, -0.72157822],\n       [ 0.80160832, -0.03405072,  0.35824075, -0.47741828]])");
});

test("svd (dgesdd path): reconstruction and orthonormal factors over tall, wide, square and rank-deficient shapes", () => {
  const rng = np.random.default_rng(7);
  const shapes: [number, number][] = [[1, 1], [1, 4], [4, 1], [2, 3], [3, 2], [5, 5], [7, 3], [3, 7], [10, 2], [2, 10], [30, 3], [3, 30], [26, 4]];
  for (const [m, n] of shapes) {
    for (const a of [rng.standard_normal([m, n]) as np.NDArray, np.ones([m, n]), np.zeros([m, n])]) {
      for (const full of [true, false]) {
        const { U, S, Vh } = L.svd(a, { full_matrices: full }) as unknown as { U: np.NDArray; S: np.NDArray; Vh: np.NDArray };
        const k = Math.min(m, n);
        assert.deepEqual([U.shape, S.shape, Vh.shape], [[m, full ? m : k], [k], [full ? n : k, n]]);
        const rec = np.matmul(np.multiply(U.get(":", `:${k}`), S), Vh.get(`:${k}`, ":")) as np.NDArray;
        assert.ok((np.max(np.abs(np.subtract(rec, a))) as number) < 1e-12, `${m}x${n} reconstruction`);
        assert.ok((np.max(np.abs(np.subtract(np.matmul(U.T, U), np.eye(U.shape[1]!)))) as number) < 1e-12, `${m}x${n} U orthonormal`);
        assert.ok((np.max(np.abs(np.subtract(np.matmul(Vh, Vh.T), np.eye(Vh.shape[0]!)))) as number) < 1e-12, `${m}x${n} Vh orthonormal`);
      }
    }
  }
});

test("lstsq of a non-finite a is NumPy's gelsd failure", () => {
  assert.throws(() => L.lstsq([[NaN, 1], [1, 1]], [1, 1]), { name: "LinAlgError", message: "SVD did not converge in Linear Least Squares" });
});

test("svd of a square complex matrix follows zgesdd (zgebd2 + dbdsdc + zunmbr): NumPy's phases", () => {
  // printed by NumPy 2.4: np.linalg.svd(np.array([[1j, 2], [3, 4]]))
  const r = L.svd(np.array([[{ re: 0, im: 1 }, 2], [3, 4]])) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(repr(r.U), "array([[-0.30886272-0.15639967j,  0.80811173-0.47654842j],\n       [-0.9324931 -0.10295424j, -0.21747766+0.26937058j]])");
  assert.equal(repr(r.Vh), "array([[-0.55671224+0.j        , -0.81940277+0.13656713j],\n       [-0.83070541+0.j        ,  0.54913757-0.09152293j]])");
  const z = (re: number, im: number) => ({ re, im });
  const b = np.array([[z(1, 1), 2, z(0, 0.5)], [3, z(4, -2), 1], [0, z(0, 1), 2]]);
  const s = L.svd(b) as unknown as { U: np.NDArray; Vh: np.NDArray };
  assert.equal(
    repr(s.Vh),
    "array([[-0.54322412+0.j        , -0.71901334+0.40006128j,\n        -0.16582253+0.01952499j],\n       [-0.20662566+0.j        ,  0.23282575+0.08844939j,\n        -0.22740253-0.91845675j],\n       [-0.81376495+0.j        ,  0.4208557 -0.28951708j,\n         0.16843438+0.22017449j]])",
  );
  const rec = np.matmul(np.multiply(s.U, (L.svd(b) as unknown as { S: np.NDArray }).S), s.Vh) as np.NDArray;
  assert.ok((np.max(np.abs(np.subtract(rec, b))) as number) < 1e-12);
});
