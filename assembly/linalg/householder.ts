// Householder reflections on contiguous columns, the inner loops of the QR factorizations
// (src/linalg/decompositions.ts): H = I - t v v^T with v[0] = 1 implied, applied from the left to
// `count` columns of length len, each a dot product and an update in SIMD.

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
