// Householder reduction of a symmetric matrix to tridiagonal form, the first half of
// np.linalg.eigh (src/linalg/decompositions.ts): EISPACK's tred2 on transposed indices, so every
// inner loop walks a contiguous row. Dot products add in tred2's order (SIMD forms the products,
// the lanes are added one after the other) and updates are elementwise, so the results are
// bit-identical to the scalar algorithm.

@inline function at(p: usize, i: i32): usize {
  return p + (<usize>i << 3);
}
/** Row j of the n-column matrix at v. */
@inline function rowOf(v: usize, n: i32, j: i32): usize {
  return v + ((<usize>j * <usize>n) << 3);
}
@inline function ld(p: usize, i: i32): f64 {
  return load<f64>(at(p, i));
}
@inline function st(p: usize, i: i32, x: f64): void {
  store<f64>(at(p, i), x);
}

/** sum_k x[k] y[k] for k in [0, len), added in order (the products two at a time). */
@inline function dotInOrder(g: f64, x: usize, y: usize, len: i32): f64 {
  let k = 0;
  for (; k + 2 <= len; k += 2) {
    const p = f64x2.mul(v128.load(at(x, k)), v128.load(at(y, k)));
    g += f64x2.extract_lane(p, 0);
    g += f64x2.extract_lane(p, 1);
  }
  if (k < len) g += ld(x, k) * ld(y, k);
  return g;
}

/**
 * Reduces the symmetric n x n matrix v (row-major, full, overwritten) to tridiagonal form:
 * diagonal into d, subdiagonal into e[1..n) (e[0] = 0). With `accumulate`, v becomes the
 * orthogonal transformation, column-major (v[c n + r] is its element (r, c)).
 */
export function tred2_f64(v: usize, d: usize, e: usize, n: i32, accumulate: i32): void {
  for (let j = 0; j < n; j++) st(d, j, ld(rowOf(v, n, j), n - 1));
  for (let i = n - 1; i > 0; i--) {
    let scale = 0.0;
    let h = 0.0;
    for (let k = 0; k < i; k++) scale += Math.abs(ld(d, k));
    if (scale == 0) {
      st(e, i, ld(d, i - 1));
      for (let j = 0; j < i; j++) {
        st(d, j, ld(rowOf(v, n, j), i - 1));
        st(rowOf(v, n, j), i, 0);
        st(rowOf(v, n, i), j, 0);
      }
    } else {
      for (let k = 0; k < i; k++) {
        const x = ld(d, k) / scale;
        st(d, k, x);
        h += x * x;
      }
      let f = ld(d, i - 1);
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      st(e, i, scale * g);
      h -= f * g;
      st(d, i - 1, f - g);
      for (let j = 0; j < i; j++) st(e, j, 0);
      for (let j = 0; j < i; j++) {
        const r = rowOf(v, n, j);
        f = ld(d, j);
        st(rowOf(v, n, i), j, f);
        g = ld(e, j) + ld(r, j) * f;
        // g += r[k] d[k] in order, e[k] += r[k] f, for k in (j, i)
        const fv = f64x2.splat(f);
        let k = j + 1;
        for (; k + 2 <= i; k += 2) {
          const rk = v128.load(at(r, k));
          const p = f64x2.mul(rk, v128.load(at(d, k)));
          g += f64x2.extract_lane(p, 0);
          g += f64x2.extract_lane(p, 1);
          v128.store(at(e, k), f64x2.add(v128.load(at(e, k)), f64x2.mul(rk, fv)));
        }
        if (k < i) {
          g += ld(r, k) * ld(d, k);
          st(e, k, ld(e, k) + ld(r, k) * f);
        }
        st(e, j, g);
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        const x = ld(e, j) / h;
        st(e, j, x);
        f += x * ld(d, j);
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) st(e, j, ld(e, j) - hh * ld(d, j));
      for (let j = 0; j < i; j++) {
        const r = rowOf(v, n, j);
        f = ld(d, j);
        g = ld(e, j);
        // r[k] -= f e[k] + g d[k], for k in [j, i)
        const fv = f64x2.splat(f);
        const gv = f64x2.splat(g);
        let k = j;
        for (; k + 2 <= i; k += 2) {
          const u = f64x2.add(f64x2.mul(fv, v128.load(at(e, k))), f64x2.mul(gv, v128.load(at(d, k))));
          v128.store(at(r, k), f64x2.sub(v128.load(at(r, k)), u));
        }
        if (k < i) st(r, k, ld(r, k) - (f * ld(e, k) + g * ld(d, k)));
        st(d, j, ld(r, i - 1));
        st(r, i, 0);
      }
    }
    st(d, i, h);
  }
  if (accumulate) {
    for (let i = 0; i < n - 1; i++) {
      const ri = rowOf(v, n, i);
      const rn = rowOf(v, n, i + 1);
      st(ri, n - 1, ld(ri, i));
      st(ri, i, 1);
      const h = ld(d, i + 1);
      if (h != 0) {
        for (let k = 0; k <= i; k++) st(d, k, ld(rn, k) / h);
        for (let j = 0; j <= i; j++) {
          const r = rowOf(v, n, j);
          const g = dotInOrder(0, rn, r, i + 1);
          // r[k] -= g d[k], for k in [0, i]
          const gv = f64x2.splat(g);
          let k = 0;
          for (; k + 2 <= i + 1; k += 2) v128.store(at(r, k), f64x2.sub(v128.load(at(r, k)), f64x2.mul(gv, v128.load(at(d, k)))));
          if (k <= i) st(r, k, ld(r, k) - g * ld(d, k));
        }
      }
      for (let k = 0; k <= i; k++) st(rn, k, 0);
    }
  }
  for (let j = 0; j < n; j++) {
    const r = rowOf(v, n, j);
    if (accumulate) {
      st(d, j, ld(r, n - 1));
      st(r, n - 1, 0);
    } else st(d, j, ld(r, j));
  }
  if (accumulate) st(rowOf(v, n, n - 1), n - 1, 1);
  st(e, 0, 0);
}
