// Orthogonal transformations on contiguous columns, the inner loops of src/linalg/decompositions.ts:
// Householder reflections H = I - t v v^T (v[0] = 1 implied) for the QR factorizations, and
// one-sided Jacobi sweeps for the SVD; dot products and updates in SIMD.

/**
 * Applies H to count columns: column c starts at x + c xs (its element 0 is the reflector's
 * row); v points at the reflector's element 0, whose stored value is ignored (taken as 1).
 */
export function house_apply_f64(v: usize, len: i32, t: f64, x: usize, xs: isize, count: i32): void {
  for (let c = 0; c < count; c++) {
    const col = x + <usize>(<isize>c * xs);
    // d = t (col[0] + sum_{i >= 1} v[i] col[i])
    let s0 = f64x2.splat(0), s1 = s0;
    let i = 1;
    for (; i + 4 <= len; i += 4) {
      const o = <usize>i << 3;
      s0 = f64x2.add(s0, f64x2.mul(v128.load(v + o), v128.load(col + o)));
      s1 = f64x2.add(s1, f64x2.mul(v128.load(v + o, 16), v128.load(col + o, 16)));
    }
    const s = f64x2.add(s0, s1);
    let d = load<f64>(col) + (f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1));
    for (; i < len; i++) d += load<f64>(v + (<usize>i << 3)) * load<f64>(col + (<usize>i << 3));
    d *= t;
    store<f64>(col, load<f64>(col) - d);
    const dv = f64x2.splat(d);
    i = 1;
    for (; i + 2 <= len; i += 2) {
      const o = <usize>i << 3;
      v128.store(col + o, f64x2.sub(v128.load(col + o), f64x2.mul(dv, v128.load(v + o))));
    }
    if (i < len) store<f64>(col + (<usize>i << 3), load<f64>(col + (<usize>i << 3)) - d * load<f64>(v + (<usize>i << 3)));
  }
}

/**
 * One sweep of one-sided Jacobi (Hestenes) over all column pairs p < q of the m-row matrix U and
 * the n-row V, both stored by columns (column j at u + 8 j m, v + 8 j n): each pair whose
 * columns are not yet orthogonal (|gamma| > 1e-15 sqrt(alpha beta)) is rotated to be. Returns
 * 1 when some pair was rotated.
 */
export function svd_jacobi_sweep_f64(u: usize, m: i32, v: usize, n: i32): i32 {
  let rotated = 0;
  for (let p = 0; p < n - 1; p++) {
    const up = u + (<usize>(p * m) << 3);
    for (let q = p + 1; q < n; q++) {
      const uq = u + (<usize>(q * m) << 3);
      let a2 = f64x2.splat(0), b2 = a2, g2 = a2;
      let k = 0;
      for (; k + 2 <= m; k += 2) {
        const o = <usize>k << 3;
        const x = v128.load(up + o), y = v128.load(uq + o);
        a2 = f64x2.add(a2, f64x2.mul(x, x));
        b2 = f64x2.add(b2, f64x2.mul(y, y));
        g2 = f64x2.add(g2, f64x2.mul(x, y));
      }
      let alpha = f64x2.extract_lane(a2, 0) + f64x2.extract_lane(a2, 1);
      let beta = f64x2.extract_lane(b2, 0) + f64x2.extract_lane(b2, 1);
      let gamma = f64x2.extract_lane(g2, 0) + f64x2.extract_lane(g2, 1);
      if (k < m) {
        const x = load<f64>(up + (<usize>k << 3)), y = load<f64>(uq + (<usize>k << 3));
        alpha += x * x;
        beta += y * y;
        gamma += x * y;
      }
      if (gamma == 0 || abs(gamma) <= 1e-15 * sqrt(alpha * beta)) continue;
      rotated = 1;
      const zeta = (beta - alpha) / (2 * gamma);
      const t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + sqrt(1 + zeta * zeta));
      const c = 1 / sqrt(1 + t * t);
      const s = c * t;
      rotate(up, uq, m, c, s);
      rotate(v + (<usize>(p * n) << 3), v + (<usize>(q * n) << 3), n, c, s);
    }
  }
  return rotated;
}

/** (x, y) = (c x - s y, s x + c y) elementwise over two contiguous runs of len doubles. */
@inline function rotate(x: usize, y: usize, len: i32, c: f64, s: f64): void {
  const cv = f64x2.splat(c), sv = f64x2.splat(s);
  let k = 0;
  for (; k + 2 <= len; k += 2) {
    const o = <usize>k << 3;
    const a = v128.load(x + o), b = v128.load(y + o);
    v128.store(x + o, f64x2.sub(f64x2.mul(cv, a), f64x2.mul(sv, b)));
    v128.store(y + o, f64x2.add(f64x2.mul(sv, a), f64x2.mul(cv, b)));
  }
  if (k < len) {
    const o = <usize>k << 3;
    const a = load<f64>(x + o), b = load<f64>(y + o);
    store<f64>(x + o, c * a - s * b);
    store<f64>(y + o, s * a + c * b);
  }
}

/**
 * The plane rotations of one implicit QL step, in order: rotation k acts on rows i = top - k
 * and i + 1 of the row-major W (rows of n doubles) with (c, s) at cs + 16 k:
 * (row i, row i + 1) = (c row_i - s row_{i+1}, s row_i + c row_{i+1}).
 */
export function plane_rotations_f64(w: usize, n: i32, top: i32, count: i32, cs: usize): void {
  for (let k = 0; k < count; k++) {
    const row = w + (<usize>((top - k) * n) << 3);
    const at = cs + (<usize>k << 4);
    rotate(row, row + (<usize>n << 3), n, load<f64>(at), load<f64>(at, 8));
  }
}
