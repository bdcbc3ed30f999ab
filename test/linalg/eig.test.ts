// np.linalg.eig and eigvals: residuals A v = v w over random matrices (property test), NumPy's
// values on small cases (printed by NumPy 2.4), dtypes, stacks and errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

type C = { re: number; im: number };
const L = np.linalg;
const cx = (x: number | C): C => (typeof x === "number" ? { re: x, im: 0 } : x);

/** max_i |A v_i - w_i v_i| / |A|, in plain complex arithmetic on the tolist() values. */
function residual(A: number[][], w: NDArray, v: NDArray): number {
  const n = A.length;
  const W = (w.tolist() as (number | C)[]).map(cx);
  const V = (v.tolist() as (number | C)[][]).map((r) => r.map(cx));
  let anorm = 0;
  for (const r of A) for (const x of r) anorm = Math.max(anorm, Math.abs(x));
  let worst = 0;
  for (let j = 0; j < n; j++) {
    let vnorm = 0;
    for (let i = 0; i < n; i++) vnorm = Math.max(vnorm, Math.hypot(V[i]![j]!.re, V[i]![j]!.im));
    assert.ok(vnorm > 0.1, "an eigenvector is not zero");
    for (let i = 0; i < n; i++) {
      let re = -(W[j]!.re * V[i]![j]!.re - W[j]!.im * V[i]![j]!.im);
      let im = -(W[j]!.re * V[i]![j]!.im + W[j]!.im * V[i]![j]!.re);
      for (let k = 0; k < n; k++) {
        re += A[i]![k]! * V[k]![j]!.re;
        im += A[i]![k]! * V[k]![j]!.im;
      }
      worst = Math.max(worst, Math.hypot(re, im) / (anorm * n));
    }
  }
  return worst;
}

test("eig: A v = v w and unit eigenvectors for random matrices of sizes 1..30", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
      let s = seed;
      const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 4 - 2;
      const A = Array.from({ length: n }, () => Array.from({ length: n }, rnd));
      const { eigenvalues: w, eigenvectors: v } = L.eig(A);
      assert.ok(residual(A, w, v) < 1e-13, "residual");
      // unit 2-norm columns; complex ones have their largest component real
      const V = (v.tolist() as (number | C)[][]).map((r) => r.map(cx));
      for (let j = 0; j < n; j++) {
        let ss = 0;
        let big = 0;
        for (let i = 0; i < n; i++) {
          const m = Math.hypot(V[i]![j]!.re, V[i]![j]!.im);
          ss += m * m;
          if (m > Math.hypot(V[big]![j]!.re, V[big]![j]!.im)) big = i;
        }
        assert.ok(Math.abs(Math.sqrt(ss) - 1) < 1e-14, "unit norm");
        if (v.dtype === "complex128" && V[big]![j]!.im !== 0) assert.ok(Math.abs(V[big]![j]!.im) < 1e-15, "largest component real");
      }
      // eigvals gives the same values in the same order
      const w2 = (L.eigvals(A).tolist() as (number | C)[]).map(cx);
      (w.tolist() as (number | C)[]).map(cx).forEach((x, i) => assert.ok(Math.hypot(x.re - w2[i]!.re, x.im - w2[i]!.im) <= 1e-12 * Math.max(1, Math.hypot(x.re, x.im))));
    }),
    { numRuns: 60 },
  );
});

test("eig: residuals of a 90 x 90 real and a 40 x 40 complex matrix", () => {
  let s = 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const A = Array.from({ length: 90 }, () => Array.from({ length: 90 }, rnd));
  const r = L.eig(A);
  assert.ok(residual(A, r.eigenvalues, r.eigenvectors) < 1e-13);
  const C = np.array(Array.from({ length: 1600 }, () => ({ re: rnd(), im: rnd() }))).reshape([40, 40]);
  const c = L.eig(C);
  const res = L.norm((np.matmul(C, c.eigenvectors) as NDArray).subtract(c.eigenvectors.multiply(c.eigenvalues))) as number;
  assert.ok(res < 1e-13 * (L.norm(C) as number) * 40);
});

test("eig: NumPy's values, order and signs on small matrices", () => {
  // np.linalg.eig([[1, 2], [3, 4]])
  const [w, v] = L.eig([[1, 2], [3, 4]]);
  assert.equal(w.dtype, "float64");
  const wl = w.tolist() as number[];
  assert.ok(Math.abs(wl[0]! + 0.3722813232690143) < 1e-15 && Math.abs(wl[1]! - 5.372281323269014) < 1e-14);
  const want = [[-0.8245648401323938, -0.4159735579192842], [0.5657674649689923, -0.9093767091321241]];
  (v.tolist() as number[][]).forEach((r, i) => r.forEach((x, j) => assert.ok(Math.abs(x - want[i]![j]!) < 1e-15, `v[${i}][${j}]`)));
  // a rotation: complex pair, +i first, vectors v and conj(v) with the largest component real
  const r = L.eig([[0, -1], [1, 0]]);
  assert.equal(r.eigenvalues.dtype, "complex128");
  assert.deepEqual(r.eigenvalues.tolist(), [{ re: 0, im: 1 }, { re: 0, im: -1 }]);
  const rv = r.eigenvectors.tolist() as C[][];
  assert.ok(Math.abs(rv[0]![0]!.re - Math.SQRT1_2) < 1e-15 && rv[0]![0]!.im === 0);
  assert.ok(Math.abs(rv[1]![0]!.im + Math.SQRT1_2) < 1e-15 && Math.abs(rv[1]![1]!.im - Math.SQRT1_2) < 1e-15);
  // defective: LAPACK's perturbed back substitution gives nearly parallel vectors
  const d = L.eig([[1, 1], [0, 1]]);
  assert.deepEqual(d.eigenvalues.tolist(), [1, 1]);
  assert.deepEqual(d.eigenvectors.tolist(), [[1, -1], [0, 2.220446049250313e-16]]);
  // symmetric with a decoupled block: NumPy's order [11, 1, 2]
  const s = L.eig([[2, 0, 0], [0, 3, 4], [0, 4, 9]]);
  (s.eigenvalues.tolist() as number[]).forEach((x, i) => assert.ok(Math.abs(x - [11, 1, 2][i]!) < 1e-14));
});

test("eig: dtypes, stacks and empty input as NumPy", () => {
  const f = L.eig(np.array([[2, 1], [1, 3]], "float32"));
  assert.equal(f.eigenvalues.dtype, "float32");
  assert.equal(f.eigenvectors.dtype, "float32");
  const c = L.eig(np.array([[0, -1], [1, 0]], "float32"));
  assert.equal(c.eigenvalues.dtype, "complex64");
  assert.equal(c.eigenvectors.dtype, "complex64");
  assert.equal(L.eig([[1, 0], [0, 2]]).eigenvalues.dtype, "float64");
  // one complex matrix in a stack makes the whole result complex (NumPy tests all of w.imag)
  const st = L.eig([[[1, 2], [3, 4]], [[0, -1], [1, 0]]]);
  assert.equal(st.eigenvalues.dtype, "complex128");
  assert.deepEqual(st.eigenvalues.shape, [2, 2]);
  assert.deepEqual(st.eigenvectors.shape, [2, 2, 2]);
  assert.deepEqual(L.eig(np.zeros([0, 0])).eigenvectors.shape, [0, 0]);
  assert.deepEqual(L.eig(np.zeros([3, 0, 0])).eigenvalues.shape, [3, 0]);
  assert.deepEqual(L.eigvals(np.zeros([2, 1, 1])).tolist(), [[0], [0]]);
  // badly scaled: balancing keeps the small eigenvalue accurate
  const b = L.eigvals([[1e-3, 1e3], [1e-5, 2]]).tolist() as number[];
  assert.ok(Math.abs(b[0]! + 0.003990044749075494) < 1e-15 && Math.abs(b[1]! - 2.004990044749076) < 1e-14);
});

test("eig and eigvals errors are NumPy's", () => {
  assert.throws(() => L.eig([[1, 2, 3]]), { name: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
  assert.throws(() => L.eig([1, 2]), { name: "LinAlgError", message: "1-dimensional array given. Array must be at least two-dimensional" });
  assert.throws(() => L.eig([[Infinity, 0], [0, 1]]), { name: "LinAlgError", message: "Array must not contain infs or NaNs" });
  assert.throws(() => L.eigvals([[NaN, 0], [0, 1]]), { name: "LinAlgError", message: "Array must not contain infs or NaNs" });
});
