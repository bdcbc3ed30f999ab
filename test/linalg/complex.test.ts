// np.linalg on complex matrices: decompositions reconstruct their input (property test over
// random sizes), dtypes follow NumPy (complex64 kept, real parts float32), errors as NumPy's.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const L = np.linalg;
type C = { re: number; im: number };
const H = (x: NDArray): NDArray => np.conjugate(np.swapaxes(x, -1, -2)) as NDArray;
const mm = (a: NDArray, b: NDArray): NDArray => np.matmul(a, b) as NDArray;
const err = (a: NDArray, b: NDArray | number[][]): number => L.norm(np.asarray(a).subtract(b)) as number;

function crand(shape: number[], seed: number): NDArray {
  let s = seed;
  const r = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const n = shape.reduce((p, d) => p * d, 1);
  return np.array(Array.from({ length: n }, () => ({ re: r(), im: r() }))).reshape(shape);
}

test("complex decompositions reconstruct random matrices", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.nat(), (n, m, seed) => {
      const A = crand([n, n], seed).add(np.eye(n).multiply(2));
      const I = np.eye(n).tolist() as number[][];
      const An = L.norm(A) as number;
      assert.ok(err(mm(A, L.inv(A)), I) < 1e-13 * n * (L.cond(A) as number), "inv");
      const b = crand([n], seed + 1);
      assert.ok(err(mm(A, L.solve(A, b).reshape([n, 1])).reshape([n]), b.tolist() as never) < 1e-13 * An * n, "solve");
      // det = product of the eigenvalues
      const w = L.eigvals(A).tolist() as C[];
      const prod = w.reduce((p, z) => ({ re: p.re * z.re - p.im * z.im, im: p.re * z.im + p.im * z.re }), { re: 1, im: 0 });
      const d = L.det(A) as C;
      assert.ok(Math.hypot(d.re - prod.re, d.im - prod.im) < 1e-11 * Math.max(1, Math.hypot(d.re, d.im)), "det");
      const { eigenvalues: ew, eigenvectors: ev } = L.eig(A);
      assert.ok(err(mm(A, ev), ev.multiply(ew)) < 1e-13 * An * n, "eig");
      const Hm = mm(A, H(A)).add(np.eye(n));
      const Lc = L.cholesky(Hm);
      assert.ok(err(mm(Lc, H(Lc)), Hm) < 1e-13 * (L.norm(Hm) as number), "cholesky");
      const [hw, hv] = L.eigh(Hm);
      assert.ok(err(mm(Hm, hv), hv.multiply(hw)) < 1e-13 * (L.norm(Hm) as number) * n, "eigh");
      assert.equal(hw.dtype, "float64");
      const B = crand([n, m], seed + 2);
      const [U, S, Vh] = L.svd(B, { full_matrices: false }) as [NDArray, NDArray, NDArray];
      assert.ok(err(mm(U.multiply(S), Vh), B) < 1e-13 * (L.norm(B) as number) * n, "svd");
      const [Q, R] = L.qr(B) as [NDArray, NDArray];
      assert.ok(err(mm(Q, R), B) < 1e-13 * (L.norm(B) as number) * n, "qr");
      assert.ok(err(mm(H(Q), Q), np.eye(Math.min(n, m)).tolist() as number[][]) < 1e-13 * n, "qr Q unitary");
      const P = L.pinv(B);
      assert.ok(err(mm(mm(B, P), B), B) < 1e-12 * (L.norm(B) as number) * n, "pinv");
    }),
    { numRuns: 40 },
  );
});

test("complex dtypes and results as NumPy's", () => {
  const A = np.array([[{ re: 1, im: 1 }, 2], [{ re: 0, im: -1 }, { re: 3, im: 2 }]]);
  const A64 = A.astype("complex64");
  assert.equal(L.inv(A64).dtype, "complex64");
  assert.equal(L.eigvalsh(A64).dtype, "float32");
  assert.equal((L.svd(A64, { compute_uv: false }) as NDArray).dtype, "float32");
  assert.equal(L.eig(A64).eigenvectors.dtype, "complex64");
  const [sign, logabsdet] = L.slogdet(A);
  // np.linalg.slogdet([[1+1j, 2], [-1j, 3+2j]]) = (0.14142135623730956+0.9899494936611665j, 1.956011502714073)
  assert.ok(Math.abs((sign as C).re - 0.14142135623730956) < 1e-15 && Math.abs((sign as C).im - 0.9899494936611665) < 1e-15);
  assert.ok(Math.abs((logabsdet as number) - 1.956011502714073) < 1e-15);
  // eig of a complex matrix with real eigenvalues stays complex (NumPy only drops imaginary parts for real input)
  assert.equal(L.eigvals(np.array([[1, 0], [0, 2]], "complex128")).dtype, "complex128");
  // np.linalg.eig([[1+1j, 2], [-1j, 3+2j]]) eigenvectors, largest component real and positive
  const v = L.eig(A).eigenvectors.tolist() as C[][];
  const want = [[{ re: 0.8944271909999159, im: 0 }, { re: 0.7071067811865475, im: 0 }], [{ re: 0, im: 0.44721359549995804 }, { re: 0.7071067811865477, im: 0 }]];
  want.forEach((r, i) => r.forEach((z, j) => assert.ok(Math.hypot(v[i]![j]!.re - z.re, v[i]![j]!.im - z.im) < 1e-14, `v[${i}][${j}]`)));
  assert.equal(L.cholesky([[4, { re: 0, im: 2 }], [{ re: 0, im: -2 }, 2]], { upper: true }).dtype, "complex128");
});

test("complex errors are NumPy's", () => {
  assert.throws(() => L.inv([[{ re: 0, im: 1 }, { re: 0, im: 2 }], [{ re: 0, im: 2 }, { re: 0, im: 4 }]]), { name: "LinAlgError", message: "Singular matrix" });
  assert.throws(() => L.cholesky([[1, { re: 0, im: 2 }], [{ re: 0, im: -2 }, 1]]), { name: "LinAlgError", message: "Matrix is not positive definite" });
  assert.throws(() => L.eig([[{ re: NaN, im: 0 }, 0], [0, 1]]), { name: "LinAlgError", message: "Array must not contain infs or NaNs" });
  assert.throws(() => L.svd([[{ re: Infinity, im: 0 }]]), { name: "LinAlgError", message: "SVD did not converge" });
  assert.throws(() => L.eigh([[{ re: 1, im: 0 }]], "X" as never), { name: "ValueError", message: "UPLO argument must be 'L' or 'U'" });
});
