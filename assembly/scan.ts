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
