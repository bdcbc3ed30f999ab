// Scans the ufunc layer uses to detect floating-point conditions after a kernel ran (WebAssembly
// has no FP status flags): does a run of results hold a NaN or an infinity?

/** 1 when any of n float64 values (stride in bytes) is NaN or +-inf, else 0. */
export function nonfinite_f64(p: usize, s: isize, n: i32): i32 {
  let i = 0;
  if (s == 8) {
    const expMask = i64x2.splat(0x7ff0000000000000);
    let acc = i64x2.splat(0);
    for (; i + 2 <= n; i += 2) {
      const v = v128.and(v128.load(p + (<usize>i << 3)), expMask);
      acc = v128.or(acc, i64x2.eq(v, expMask));
    }
    if (v128.any_true(acc)) return 1;
  }
  for (; i < n; i++) {
    const x = load<f64>(p + <usize>(<isize>i * s));
    if (x - x != 0) return 1;
  }
  return 0;
}

/** 1 when any of n float32 values (stride in bytes) is NaN or +-inf, else 0. */
export function nonfinite_f32(p: usize, s: isize, n: i32): i32 {
  let i = 0;
  if (s == 4) {
    const expMask = i32x4.splat(0x7f800000);
    let acc = i32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const v = v128.and(v128.load(p + (<usize>i << 2)), expMask);
      acc = v128.or(acc, i32x4.eq(v, expMask));
    }
    if (v128.any_true(acc)) return 1;
  }
  for (; i < n; i++) {
    const x = load<f32>(p + <usize>(<isize>i * s));
    if (x - x != 0) return 1;
  }
  return 0;
}

// Casts: WebAssembly's conversions set no flags, so the op layer asks these whether a float to
// int cast met a value x86 flags as invalid (NaN, or past the conversion's range), and whether a
// float64 -> float32 cast overflowed, as NumPy's "encountered in cast" warnings report.

/** 1 when any of n float64 values (stride in bytes) is not in the open interval (lo, hi), NaN included. */
export function outside_f64(p: usize, s: isize, n: i32, lo: f64, hi: f64): i32 {
  let i = 0;
  if (s == 8) {
    const vlo = f64x2.splat(lo);
    const vhi = f64x2.splat(hi);
    let ok = i64x2.splat(-1);
    for (; i + 4 <= n; i += 4) {
      const a = v128.load(p + (<usize>i << 3));
      const b = v128.load(p + (<usize>i << 3), 16);
      ok = v128.and(ok, v128.and(v128.and(f64x2.gt(a, vlo), f64x2.lt(a, vhi)), v128.and(f64x2.gt(b, vlo), f64x2.lt(b, vhi))));
    }
    if (!i64x2.all_true(ok)) return 1;
  }
  for (; i < n; i++) {
    const x = load<f64>(p + <usize>(<isize>i * s));
    if (!(x > lo && x < hi)) return 1;
  }
  return 0;
}

/** 1 when any of n float32 values (stride in bytes), taken exactly as float64, is not in (lo, hi), NaN included. */
export function outside_f32(p: usize, s: isize, n: i32, lo: f64, hi: f64): i32 {
  let i = 0;
  if (s == 4) {
    const vlo = f64x2.splat(lo);
    const vhi = f64x2.splat(hi);
    let ok = i64x2.splat(-1);
    for (; i + 4 <= n; i += 4) {
      const v = v128.load(p + (<usize>i << 2));
      const a = f64x2.promote_low_f32x4(v);
      const b = f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 0, 1));
      ok = v128.and(ok, v128.and(v128.and(f64x2.gt(a, vlo), f64x2.lt(a, vhi)), v128.and(f64x2.gt(b, vlo), f64x2.lt(b, vhi))));
    }
    if (!i64x2.all_true(ok)) return 1;
  }
  for (; i < n; i++) {
    const x = <f64>load<f32>(p + <usize>(<isize>i * s));
    if (!(x > lo && x < hi)) return 1;
  }
  return 0;
}

/** 1 when any of n float64 values (stride in bytes) is finite with |x| >= lo: a float32 cast overflows. */
export function overflow_f32_f64(p: usize, s: isize, n: i32, lo: f64): i32 {
  let i = 0;
  if (s == 8) {
    const vlo = f64x2.splat(lo);
    const inf = f64x2.splat(Infinity);
    let acc = i64x2.splat(0);
    for (; i + 2 <= n; i += 2) {
      const a = f64x2.abs(v128.load(p + (<usize>i << 3)));
      acc = v128.or(acc, v128.and(f64x2.ge(a, vlo), f64x2.lt(a, inf)));
    }
    if (v128.any_true(acc)) return 1;
  }
  for (; i < n; i++) {
    const a = Math.abs(load<f64>(p + <usize>(<isize>i * s)));
    if (a >= lo && a < Infinity) return 1;
  }
  return 0;
}
