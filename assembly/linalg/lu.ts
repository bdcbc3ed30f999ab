// LU factorization and solves (src/linalg/decompositions.ts's luFactor and luSolve) in
// WebAssembly: the same operations on each element in the same order as the TypeScript loops
// they replace (LAPACK's getf2 and getrs), with the row updates in SIMD.

/**
 * P A = L U in place for the n x n row-major A at a; pivot rows into piv (i32). Returns 1 when
 * a pivot is exactly zero (singular), else 0.
 */
export function lu_factor_f64(a: usize, n: i32, piv: usize): i32 {
  let singular = 0;
  const rowBytes = <usize>n << 3;
  for (let j = 0; j < n; j++) {
    let p = j;
    let best = abs(load<f64>(a + <usize>j * rowBytes + (<usize>j << 3)));
    for (let i = j + 1; i < n; i++) {
      const v = abs(load<f64>(a + <usize>i * rowBytes + (<usize>j << 3)));
      if (v > best) {
        best = v;
        p = i;
      }
    }
    store<i32>(piv + (<usize>j << 2), p);
    const pivot = load<f64>(a + <usize>p * rowBytes + (<usize>j << 3));
    if (pivot == 0) {
      singular = 1;
      continue;
    }
    if (p != j) {
      const rj = a + <usize>j * rowBytes, rp = a + <usize>p * rowBytes;
      for (let k = 0; k < n; k++) {
        const o = <usize>k << 3;
        const t = load<f64>(rj + o);
        store<f64>(rj + o, load<f64>(rp + o));
        store<f64>(rp + o, t);
      }
    }
    // getf2 scales by the reciprocal unless the pivot is tiny (below the safe minimum)
    const tiny = abs(pivot) < 2.2250738585072014e-308;
    const r = 1 / pivot;
    for (let i = j + 1; i < n; i++) {
      const at = a + <usize>i * rowBytes + (<usize>j << 3);
      store<f64>(at, tiny ? load<f64>(at) / pivot : load<f64>(at) * r);
    }
    const rj = a + <usize>j * rowBytes + (<usize>(j + 1) << 3);
    for (let i = j + 1; i < n; i++) {
      const l = load<f64>(a + <usize>i * rowBytes + (<usize>j << 3));
      if (l == 0) continue;
      axpy(a + <usize>i * rowBytes + (<usize>(j + 1) << 3), rj, n - j - 1, l, false);
    }
  }
  return singular;
}

/** dst[c] -= src[c] * s over len doubles; with skipZero, elements where src[c] is 0 are left as they are. */
@inline function axpy(dst: usize, src: usize, len: i32, s: f64, skipZero: bool): void {
  const sv = f64x2.splat(s);
  const zero = f64x2.splat(0);
  let c = 0;
  for (; c + 2 <= len; c += 2) {
    const o = <usize>c << 3;
    const x = v128.load(src + o);
    const d = v128.load(dst + o);
    const r = f64x2.sub(d, f64x2.mul(x, sv));
    v128.store(dst + o, skipZero ? v128.bitselect(d, r, f64x2.eq(x, zero)) : r);
  }
  if (c < len) {
    const o = <usize>c << 3;
    const x = load<f64>(src + o);
    if (!skipZero || x != 0) store<f64>(dst + o, load<f64>(dst + o) - x * s);
  }
}

/**
 * The triangular solves of getrs on the n x m row-major right-hand sides at b (rows already
 * swapped): L (unit lower) then U from the LU at lu, row by row; a zero x_k is skipped and a
 * zero b_k is not divided, as getrs's column solves do.
 */
export function lu_solve_f64(lu: usize, n: i32, b: usize, m: i32): void {
  const luRow = <usize>n << 3, bRow = <usize>m << 3;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < i; k++) axpy(b + <usize>i * bRow, b + <usize>k * bRow, m, load<f64>(lu + <usize>i * luRow + (<usize>k << 3)), true);
  }
  backSolve(lu, n, b, m);
}

/**
 * inv(A) = U^-1 L^-1 P without P: b holds the n x n identity and becomes U^-1 L^-1 (the caller
 * swaps its columns by the pivots, as getri does). L^-1 is unit lower triangular, so the forward
 * solve of row i reads only the first k + 1 elements of row k: a third of lu_solve_f64's
 * forward work on P I, with the same operations on every element that is not zero.
 */
export function lu_invert_f64(lu: usize, n: i32, b: usize): void {
  const row = <usize>n << 3;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < i; k++) axpy(b + <usize>i * row, b + <usize>k * row, k + 1, load<f64>(lu + <usize>i * row + (<usize>k << 3)), true);
  }
  backSolve(lu, n, b, n);
}

/** U x = b for the n x m rows at b, bottom row first (getrs's second solve). */
@inline function backSolve(lu: usize, n: i32, b: usize, m: i32): void {
  const luRow = <usize>n << 3, bRow = <usize>m << 3;
  for (let i = n - 1; i >= 0; i--) {
    const bi = b + <usize>i * bRow;
    for (let k = n - 1; k > i; k--) axpy(bi, b + <usize>k * bRow, m, load<f64>(lu + <usize>i * luRow + (<usize>k << 3)), true);
    const d = load<f64>(lu + <usize>i * luRow + (<usize>i << 3));
    for (let c = 0; c < m; c++) {
      const at = bi + (<usize>c << 3);
      const v = load<f64>(at);
      if (v != 0) store<f64>(at, v / d);
    }
  }
}
