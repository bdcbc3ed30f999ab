// The LU kernels (assembly/linalg/lu.ts) through luFactor/luSolve against getf2/getrs written
// here as plain loops: the same pivots and the same result bits (each element sees the same
// operations in the same order), zeros in the right-hand sides and singular matrices included.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { luFactor, luSolve } from "../../src/linalg/decompositions.js";

function refFactor(a: Float64Array, n: number): { piv: number[]; singular: boolean } {
  const piv: number[] = [];
  let singular = false;
  for (let j = 0; j < n; j++) {
    let p = j;
    for (let i = j + 1; i < n; i++) if (Math.abs(a[i * n + j]!) > Math.abs(a[p * n + j]!)) p = i;
    piv.push(p);
    const pivot = a[p * n + j]!;
    if (pivot === 0) {
      singular = true;
      continue;
    }
    for (let k = 0; k < n; k++) [a[j * n + k], a[p * n + k]] = [a[p * n + k]!, a[j * n + k]!];
    // getf2: the reciprocal, or a division for a pivot below the safe minimum
    const tiny = Math.abs(pivot) < 2.2250738585072014e-308;
    for (let i = j + 1; i < n; i++) a[i * n + j] = tiny ? a[i * n + j]! / pivot : a[i * n + j]! * (1 / pivot);
    for (let i = j + 1; i < n; i++) {
      const l = a[i * n + j]!;
      if (l !== 0) for (let k = j + 1; k < n; k++) a[i * n + k] = a[i * n + k]! - l * a[j * n + k]!;
    }
  }
  return { piv, singular };
}

function refSolve(lu: Float64Array, n: number, piv: number[], b: Float64Array, m: number): void {
  for (let j = 0; j < n; j++) for (let c = 0; c < m; c++) [b[j * m + c], b[piv[j]! * m + c]] = [b[piv[j]! * m + c]!, b[j * m + c]!];
  for (let i = 1; i < n; i++) for (let k = 0; k < i; k++) for (let c = 0; c < m; c++) if (b[k * m + c] !== 0) b[i * m + c] = b[i * m + c]! - b[k * m + c]! * lu[i * n + k]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let k = n - 1; k > i; k--) for (let c = 0; c < m; c++) if (b[k * m + c] !== 0) b[i * m + c] = b[i * m + c]! - b[k * m + c]! * lu[i * n + k]!;
    for (let c = 0; c < m; c++) if (b[i * m + c] !== 0) b[i * m + c] = b[i * m + c]! / lu[i * n + i]!;
  }
}

test("lu_factor_f64 and lu_solve_f64 give getf2/getrs's pivots and bits", () => {
  const value = fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 3 }), fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(-5e-324, 1e-310, 1e300));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), fc.array(value, { minLength: 81 + 45, maxLength: 81 + 45 }), (n, m, vals) => {
      const a = Float64Array.from(vals.slice(0, n * n));
      const b = Float64Array.from(vals.slice(81, 81 + n * m));
      const ra = a.slice();
      const rb = b.slice();
      const ref = refFactor(ra, n);
      const f = luFactor(a, n);
      assert.deepEqual(Array.from(f.piv), ref.piv);
      assert.equal(f.singular, ref.singular);
      assert.deepEqual(Array.from(a), Array.from(ra));
      if (ref.singular) return;
      refSolve(ra, n, ref.piv, rb, m);
      luSolve(f, b, m);
      assert.deepEqual(Array.from(b), Array.from(rb));
    }),
    { numRuns: 300 },
  );
});
