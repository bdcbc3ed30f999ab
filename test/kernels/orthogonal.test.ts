// The Householder kernel (assembly/linalg/orthogonal.ts) against the reflection computed here
// in plain JS: H = I - t v v^T (v[0] = 1 whatever is stored there) applied to a few columns, for
// lengths that exercise the SIMD body and both tails.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { HEAP, heapAlloc, heapFree, kernels } from "../../src/storage/heap.js";
import { FLOAT64 } from "../../src/core/dtype.js";

const K = kernels as unknown as Record<string, (...a: number[]) => number>;

test("house_apply_f64 reflects each column as I - t v v^T (v[0] = 1 implied)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 23 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.double({ min: 0, max: 2, noNaN: true }),
      fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 23 * 8, maxLength: 23 * 8 }),
      (len, count, pad, t, vals) => {
        const xs = len + pad; // column stride in elements (columns need not be adjacent)
        const v = heapAlloc(8 * len);
        const x = heapAlloc(8 * xs * count);
        const f = HEAP.view(FLOAT64) as Float64Array;
        const vv = vals.slice(0, len);
        for (let i = 0; i < len; i++) f[(v >> 3) + i] = vv[i]!;
        const cols: number[][] = [];
        for (let c = 0; c < count; c++) {
          cols.push(vals.slice(len + c * len, len + (c + 1) * len));
          for (let i = 0; i < len; i++) f[(x >> 3) + c * xs + i] = cols[c]![i]!;
        }
        K.house_apply_f64!(v, len, t, x, 8 * xs, count);
        for (let c = 0; c < count; c++) {
          const col = cols[c]!;
          const w = (i: number) => (i === 0 ? 1 : vv[i]!);
          let d = 0;
          let mag = 0;
          for (let i = 0; i < len; i++) {
            d += w(i) * col[i]!;
            mag += Math.abs(w(i) * col[i]!);
          }
          for (let i = 0; i < len; i++) {
            const want = col[i]! - t * d * w(i);
            const got = f[(x >> 3) + c * xs + i]!;
            assert.ok(Math.abs(got - want) <= 1e-14 * (1 + 4 * t * mag * Math.abs(w(i))), `col ${c} row ${i}: ${got} != ${want}`);
          }
        }
        heapFree(x, 8 * xs * count);
        heapFree(v, 8 * len);
      },
    ),
    { numRuns: 200 },
  );
});

test("svd_jacobi_sweep_f64 sweeps leave orthogonal columns whose norms are the singular values", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 54, maxLength: 54 }), (m, n, vals) => {
      const u = heapAlloc(8 * m * n);
      const v = heapAlloc(8 * n * n);
      let f = HEAP.view(FLOAT64) as Float64Array;
      const a = vals.slice(0, m * n); // column-major m x n
      for (let i = 0; i < m * n; i++) f[(u >> 3) + i] = a[i]!;
      for (let i = 0; i < n * n; i++) f[(v >> 3) + i] = i % (n + 1) === 0 ? 1 : 0;
      let sweeps = 0;
      while (K.svd_jacobi_sweep_f64!(u, m, v, n) && ++sweeps < 60);
      f = HEAP.view(FLOAT64) as Float64Array;
      const col = (base: number, rows: number, j: number) => Array.from(f.subarray((base >> 3) + j * rows, (base >> 3) + (j + 1) * rows));
      const dot = (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 0);
      const scale = Math.max(1, ...a.map(Math.abs)) ** 2 * m;
      for (let p = 0; p < n; p++) {
        for (let q = p + 1; q < n; q++) assert.ok(Math.abs(dot(col(u, m, p), col(u, m, q))) <= 1e-13 * scale, `U columns ${p}, ${q} orthogonal`);
      }
      // U = A V: each rotated column is A times the matching column of V
      for (let j = 0; j < n; j++) {
        const vj = col(v, n, j);
        for (let i = 0; i < m; i++) {
          const want = vj.reduce((s, x, k) => s + a[k * m + i]! * x, 0);
          assert.ok(Math.abs(f[(u >> 3) + j * m + i]! - want) <= 1e-13 * Math.sqrt(scale), `(A V)[${i}, ${j}]`);
        }
      }
      heapFree(v, 8 * n * n);
      heapFree(u, 8 * m * n);
    }),
    { numRuns: 100 },
  );
});

test("plane_rotations_f64 applies a QL step's rotations in order, bit for bit as scalar code", () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 9 }), fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 63 + 12, maxLength: 63 + 12 }), (rows, n, vals) => {
      const count = rows - 1;
      const w = heapAlloc(8 * rows * n);
      const cs = heapAlloc(16 * count);
      const f = HEAP.view(FLOAT64) as Float64Array;
      const want = vals.slice(0, rows * n);
      for (let i = 0; i < rows * n; i++) f[(w >> 3) + i] = want[i]!;
      for (let k = 0; k < count; k++) {
        const th = vals[63 + k]! * 3;
        f[(cs >> 3) + 2 * k] = Math.cos(th);
        f[(cs >> 3) + 2 * k + 1] = Math.sin(th);
      }
      // rotation k on rows (top - k, top - k + 1), top = rows - 2
      for (let k = 0; k < count; k++) {
        const c = f[(cs >> 3) + 2 * k]!;
        const s = f[(cs >> 3) + 2 * k + 1]!;
        const i = rows - 2 - k;
        for (let j = 0; j < n; j++) {
          const x = want[i * n + j]!;
          const y = want[(i + 1) * n + j]!;
          want[i * n + j] = c * x - s * y;
          want[(i + 1) * n + j] = s * x + c * y;
        }
      }
      K.plane_rotations_f64!(w, n, rows - 2, count, cs);
      assert.deepEqual(Array.from(f.subarray(w >> 3, (w >> 3) + rows * n)), want);
      heapFree(cs, 16 * count);
      heapFree(w, 8 * rows * n);
    }),
    { numRuns: 100 },
  );
});
