// cond, matrix_power, multi_dot, tensorinv, tensorsolve and the array-API linalg functions:
// properties against their definitions, NumPy's values (printed by NumPy 2.4) and errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const L = np.linalg;
const close = (got: unknown, want: unknown, tol: number, where = ""): void => {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: length`);
    want.forEach((w, i) => close((got as unknown[])[i], w, tol, `${where}[${i}]`));
    return;
  }
  assert.ok(Math.abs((got as number) - (want as number)) <= tol * Math.max(1, Math.abs(want as number)), `${where}: ${String(got)} != ${String(want)}`);
};
function rand(shape: number[], seed: number): NDArray {
  let s = seed;
  const n = shape.reduce((p, d) => p * d, 1);
  return np.array(Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1), "float64").reshape(shape);
}

test("multi_dot equals the left-to-right product for random chains (any parenthesisation)", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 7 }), fc.boolean(), fc.boolean(), fc.nat(), (dims, vecFirst, vecLast, seed) => {
      const mats: NDArray[] = [];
      for (let i = 0; i + 1 < dims.length; i++) mats.push(rand([dims[i]!, dims[i + 1]!], seed + i));
      if (vecFirst) mats[0] = mats[0]!.get(0) as NDArray;
      if (vecLast) mats[mats.length - 1] = mats[mats.length - 1]!.get(":", 0) as NDArray;
      let want: NDArray | number = mats[0]!;
      for (const m of mats.slice(1)) want = np.dot(want, m) as NDArray | number;
      const got = L.multi_dot(mats);
      if (typeof want === "number") close(got, want, 1e-12);
      else close((got as NDArray).tolist(), want.tolist(), 1e-12);
    }),
    { numRuns: 80 },
  );
});

test("matrix_power equals repeated matmul; negative powers use inv; dtypes kept", () => {
  const A = np.array([[2, -1, 0], [1, 1, 3], [0, 2, -1]], "int64");
  let P: NDArray = np.eye(3, { dtype: "int64" });
  for (let k = 1; k <= 9; k++) {
    P = np.matmul(P, A) as NDArray;
    assert.deepEqual(L.matrix_power(A, k).tolist(), P.tolist(), `power ${k}`);
  }
  assert.equal(L.matrix_power(A, 5).dtype, "int64");
  assert.equal(L.matrix_power(np.array([[1, 1], [1, 0]], "int8"), 0).dtype, "int8");
  const B = rand([4, 4], 7).add(np.eye(4).multiply(3));
  close((np.matmul(L.matrix_power(B, -3), L.matrix_power(B, 3)) as NDArray).tolist(), np.eye(4).tolist(), 1e-12);
  assert.deepEqual(L.matrix_power(np.zeros([2, 3, 3]), 0).tolist(), [np.eye(3).tolist(), np.eye(3).tolist()]);
  assert.throws(() => L.matrix_power(np.eye(2), 2.5), { name: "TypeError", message: "exponent must be an integer" });
  assert.throws(() => L.matrix_power([[1, 2], [2, 4]], -1), { name: "LinAlgError", message: "Singular matrix" });
});

test("cond: NumPy's values for every p, inf for singular matrices", () => {
  const A = [[1, 2], [3, 4]];
  // np.linalg.cond(A, p) for p in None, 'fro', 'nuc', inf, -inf, 1, -1, 2, -2
  const want: [number | string | null, number][] = [[null, 14.933034373659268], ["fro", 14.999999999999998], ["nuc", 16.999999999999996], [Infinity, 20.999999999999993], [-Infinity, 5.999999999999998], [1, 20.999999999999993], [-1, 5.999999999999998], [2, 14.933034373659268], [-2, 0.06696562634074717]];
  for (const [p, w] of want) close(L.cond(A, p as never), w, 1e-14, String(p));
  assert.equal(L.cond([[1, 0], [0, 0]]), Infinity);
  assert.equal(L.cond([[1, 2], [2, 4]], 1), Infinity);
  assert.deepEqual((L.cond([[[1, 2], [3, 4]], [[1, 2], [2, 4]]], Infinity) as NDArray).shape, [2]);
  assert.equal(typeof L.cond(np.array(A, "float32"), 1), "number");
  assert.throws(() => L.cond(np.zeros([0, 0])), { name: "LinAlgError", message: "cond is not defined on empty arrays" });
  assert.throws(() => L.cond([[NaN, 0], [0, 1]]), { name: "LinAlgError", message: "SVD did not converge" });
});

test("tensorinv and tensorsolve invert tensordot", () => {
  const A = rand([6, 6], 3).add(np.eye(6).multiply(4)).reshape([2, 3, 6]);
  const Ainv = L.tensorinv(A, 2);
  assert.deepEqual(Ainv.shape, [6, 2, 3]);
  close((np.tensordot(Ainv, A, 2) as NDArray).tolist(), np.eye(6).tolist(), 1e-12);
  const b = rand([2, 3], 11);
  const x = L.tensorsolve(A, b);
  assert.deepEqual(x.shape, [6]);
  close((np.tensordot(A, x, 1) as NDArray).tolist(), b.tolist(), 1e-12);
  const At = A.transpose([2, 0, 1]).copy();
  close(L.tensorsolve(At, b, { axes: [0] }).tolist(), x.tolist(), 1e-12);
  assert.throws(() => L.tensorinv(A, 0), { name: "ValueError", message: "Invalid ind argument." });
  assert.throws(() => L.tensorsolve(np.ones([2, 3]), np.ones(2)), { name: "LinAlgError" });
});

test("array-API linalg: vecdot, vector_norm, matrix_norm, trace, diagonal, outer, cross", () => {
  const X = rand([3, 4, 5], 5);
  const Y = rand([4, 5], 9);
  close((np.vecdot(X, Y) as NDArray).tolist(), (np.sum(X.multiply(Y), -1) as NDArray).tolist(), 1e-14);
  close((L.vecdot(X, X, { axis: 1 }) as NDArray).tolist(), (np.sum(X.multiply(X), 1) as NDArray).tolist(), 1e-14);
  assert.deepEqual(np.vecdot([{ re: 0, im: 1 }, 2], [{ re: 0, im: 1 }, 4]), { re: 9, im: 0 });
  assert.equal(np.vecdot(np.array([1, 2], "int8"), np.array([3, 4], "int8")), 11);
  assert.equal(np.vecdot([true, false], [true, true]), true);
  assert.throws(() => np.vecdot([1, 2, 3], [1, 2]), { name: "ValueError", message: "vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n),(n)->() (size 2 is different from 3)" });
  assert.throws(() => np.vecdot([1, 2], [1, 2], { casting: "unsafe" }), { name: "NotImplementedError" });
  assert.throws(() => L.vecdot([1, 2], [1, 2], { out: null } as never), { name: "TypeError", message: "vecdot() got an unexpected keyword argument 'out'" });
  close(L.vector_norm(X), L.norm(X.ravel()), 1e-15);
  close((L.vector_norm(X, { axis: [0, 2] }) as NDArray).tolist(), (L.norm(X.transpose([0, 2, 1]).reshape([15, 4]), null, 0) as NDArray).tolist(), 1e-15);
  assert.deepEqual((L.vector_norm(X, { axis: [0, 2], keepdims: true }) as NDArray).shape, [1, 4, 1]);
  assert.equal(L.vector_norm([3, 4], { ord: 1 }), 7);
  assert.equal(L.matrix_norm([[1, 2], [3, 4]], { ord: 1 }), 6);
  assert.deepEqual((L.matrix_norm(X, { keepdims: true }) as NDArray).shape, [3, 1, 1]);
  assert.throws(() => L.matrix_norm(np.ones(3)), { name: "AxisError" });
  assert.deepEqual((L.trace(np.arange(8).reshape([2, 2, 2])) as NDArray).tolist(), [3, 11]);
  assert.deepEqual(L.diagonal(np.arange(8).reshape([2, 2, 2]), { offset: 1 }).tolist(), [[1], [5]]);
  assert.deepEqual(L.outer([1, 2], [1, 10]).tolist(), [[1, 10], [2, 20]]);
  assert.throws(() => L.outer([[1]], [1]), { name: "ValueError", message: "Input arrays must be one-dimensional, but they are x1.ndim=2 and x2.ndim=1." });
  assert.deepEqual(L.cross([1, 0, 0], [0, 1, 0]).tolist(), [0, 0, 1]);
  assert.throws(() => L.cross([1, 2], [3, 4]), { name: "ValueError", message: "Both input arrays must be (arrays of) 3-dimensional vectors, but they are 2 and 2 dimensional instead." });
  assert.deepEqual(L.matrix_transpose(np.zeros([2, 3, 4])).shape, [2, 4, 3]);
});

test("np.matvec and np.vecmat: NumPy 2.2's gufuncs (vecmat conjugates the vector), broadcasting, errors (NumPy 2.4)", () => {
  const A = np.arange(6).reshape(2, 3);
  assert.equal(np.array_repr(np.matvec(A, [1, 2, 3]) as np.NDArray), "array([ 8, 26])");
  assert.equal(np.array_repr(np.vecmat([1, 2], A) as np.NDArray), "array([ 6,  9, 12])");
  const z = np.vecmat([{ re: 0, im: 1 }, 2], [[1, 2], [3, { re: 0, im: 4 }]]) as np.NDArray;
  assert.equal(np.array_repr(z), "array([6.-1.j, 0.+6.j])");
  assert.deepEqual((np.matvec(np.ones([2, 2, 3]), np.ones([4, 1, 3])) as np.NDArray).shape, [4, 2, 2]);
  assert.equal(np.array_repr(np.matvec(A, [1, 2, 3], { dtype: "float32" }) as np.NDArray), "array([ 8., 26.], dtype=float32)");
  assert.throws(() => np.matvec(A, [1, 2]), { name: "ValueError", message: "matvec: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,n),(n)->(m) (size 2 is different from 3)" });
  assert.throws(() => np.matvec([1, 2, 3], [1, 2, 3]), { name: "ValueError", message: "matvec: Input operand 0 does not have enough dimensions (has 1, gufunc core with signature (m,n),(n)->(m) requires 2)" });
  assert.throws(() => np.vecmat(A, [1, 2, 3]), { name: "ValueError", message: "vecmat: Input operand 1 does not have enough dimensions (has 1, gufunc core with signature (n),(n,m)->(m) requires 2)" });
});
