// Plain matrix-product loops for every dtype, over arbitrary byte strides: C = A B for an M x K A
// and a K x N B. Used for integers (exact wraparound: the low bits of sums and products do not
// depend on the high bits, so signed and unsigned share a loop), bool (OR of ANDs), complex, and
// small or thin float products (where packing for the GEMM costs more than it saves).
//
// Each row of C is zeroed, then row i of A times B is accumulated into it (i-k-j order: the inner
// loop runs along a row of B and of C, in SIMD when both are contiguous). The row count M comes
// last, so `parallel` can split rows across threads (A and C advance by one row per unit).
// gemv_<f>: y = A x as one dot product per row (SIMD with four accumulators when contiguous).

@inline function rows<T>(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  const sz = <isize>sizeof<T>();
  const vec = bcs == sz && ccs == sz;
  const lanes = <i32>(16 / sizeof<T>());
  for (let i = 0; i < M; i++) {
    const crow = C + <usize>(<isize>i * crs);
    const arow = A + <usize>(<isize>i * ars);
    for (let j = 0; j < N; j++) store<T>(crow + <usize>(<isize>j * ccs), <T>0);
    for (let k = 0; k < K; k++) {
      const a = load<T>(arow + <usize>(<isize>k * acs));
      const brow = B + <usize>(<isize>k * brs);
      let j = 0;
      if (sizeof<T>() > 1 && vec) {
        const av = v128.splat<T>(a);
        for (; j + 2 * lanes <= N; j += 2 * lanes) {
          const pc = crow + <usize>(<isize>j * sz);
          const pb = brow + <usize>(<isize>j * sz);
          v128.store(pc, v128.add<T>(v128.load(pc), v128.mul<T>(av, v128.load(pb))));
          v128.store(pc + 16, v128.add<T>(v128.load(pc + 16), v128.mul<T>(av, v128.load(pb + 16))));
        }
      }
      for (; j < N; j++) {
        const pc = crow + <usize>(<isize>j * ccs);
        store<T>(pc, load<T>(pc) + a * load<T>(brow + <usize>(<isize>j * bcs)));
      }
    }
  }
}

export function matmul_i8(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  rows<i8>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}
export function matmul_i16(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  rows<i16>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}
export function matmul_i32(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  rows<i32>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}
export function matmul_i64(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  rows<i64>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}
// float32: each step c = fl32(c + a b) with a b exact (as f64) — the fused multiply-add of the
// BLAS sgemm kernels NumPy calls (OpenBLAS accumulates each C element with FMA, k ascending),
// where a separately rounded product would differ from NumPy's float32 results in the last bit.
export function matmul_f32(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  for (let i = 0; i < M; i++) {
    const crow = C + <usize>(<isize>i * crs);
    const arow = A + <usize>(<isize>i * ars);
    for (let j = 0; j < N; j++) store<f32>(crow + <usize>(<isize>j * ccs), <f32>0);
    for (let k = 0; k < K; k++) {
      const a = <f64>load<f32>(arow + <usize>(<isize>k * acs));
      const brow = B + <usize>(<isize>k * brs);
      for (let j = 0; j < N; j++) {
        const pc = crow + <usize>(<isize>j * ccs);
        store<f32>(pc, <f32>(<f64>load<f32>(pc) + a * <f64>load<f32>(brow + <usize>(<isize>j * bcs))));
      }
    }
  }
}
// float64: each step c = fma(a, b, c), emulated (Dekker's exact product, then an error-free sum
// folded back), as the dgemm kernels NumPy calls accumulate each C element (k ascending).
export function matmul_f64(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  for (let i = 0; i < M; i++) {
    const crow = C + <usize>(<isize>i * crs);
    const arow = A + <usize>(<isize>i * ars);
    for (let j = 0; j < N; j++) store<f64>(crow + <usize>(<isize>j * ccs), 0);
    for (let k = 0; k < K; k++) {
      const a = load<f64>(arow + <usize>(<isize>k * acs));
      const brow = B + <usize>(<isize>k * brs);
      let t = 134217729.0 * a;
      const ah = t - (t - a), al = a - ah;
      for (let j = 0; j < N; j++) {
        const pc = crow + <usize>(<isize>j * ccs);
        const b = load<f64>(brow + <usize>(<isize>j * bcs));
        const c = load<f64>(pc);
        const p = a * b;
        t = 134217729.0 * b;
        const bh = t - (t - b), bl = b - bh;
        const e = ah * bh - p + ah * bl + al * bh + al * bl;
        const s = c + p;
        const bb = s - c;
        const r = s + (c - (s - bb) + (p - bb) + e);
        // an infinite or nan product or sum: the plain result (the error terms are nan there)
        store<f64>(pc, isFinite<f64>(r) ? r : c + p);
      }
    }
  }
}

/**
 * bool: C[i, j] = any_k (A[i, k] and B[k, j]), stored as 0 or 1; each element's scan stops at its
 * first true product, as NumPy's loop.
 */
export function matmul_b(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  for (let i = 0; i < M; i++) {
    const arow = A + <usize>(<isize>i * ars);
    for (let j = 0; j < N; j++) {
      const bcol = B + <usize>(<isize>j * bcs);
      let v: u8 = 0;
      for (let k = 0; k < K; k++) {
        if (load<u8>(arow + <usize>(<isize>k * acs)) != 0 && load<u8>(bcol + <usize>(<isize>k * brs)) != 0) {
          v = 1;
          break;
        }
      }
      store<u8>(C + <usize>(<isize>i * crs + <isize>j * ccs), v);
    }
  }
}

/** Complex (pairs of F): C += A B with the complex product. */
@inline function complexRows<F>(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  const h = <usize>sizeof<F>();
  for (let i = 0; i < M; i++) {
    const crow = C + <usize>(<isize>i * crs);
    const arow = A + <usize>(<isize>i * ars);
    for (let j = 0; j < N; j++) {
      const pc = crow + <usize>(<isize>j * ccs);
      store<F>(pc, <F>0);
      store<F>(pc + h, <F>0);
    }
    for (let k = 0; k < K; k++) {
      const pa = arow + <usize>(<isize>k * acs);
      const ar = load<F>(pa), ai = load<F>(pa + h);
      const brow = B + <usize>(<isize>k * brs);
      for (let j = 0; j < N; j++) {
        const pc = crow + <usize>(<isize>j * ccs);
        const pb = brow + <usize>(<isize>j * bcs);
        const br = load<F>(pb), bi = load<F>(pb + h);
        store<F>(pc, load<F>(pc) + (ar * br - ai * bi));
        store<F>(pc + h, load<F>(pc + h) + (ar * bi + ai * br));
      }
    }
  }
}

export function matmul_c64(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  complexRows<f32>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}
export function matmul_c128(A: usize, ars: isize, acs: isize, B: usize, brs: isize, bcs: isize, C: usize, crs: isize, ccs: isize, K: i32, N: i32, M: i32): void {
  complexRows<f64>(A, ars, acs, B, brs, bcs, C, crs, ccs, K, N, M);
}

/** y[i] = sum_k A[i, k] x[k] for M rows. */
@inline function gemv<T>(A: usize, ars: isize, acs: isize, x: usize, xs: isize, y: usize, ys: isize, K: i32, M: i32): void {
  const sz = <isize>sizeof<T>();
  const lanes = <i32>(16 / sizeof<T>());
  const vec = acs == sz && xs == sz;
  for (let i = 0; i < M; i++) {
    const arow = A + <usize>(<isize>i * ars);
    let s: T = <T>0;
    let k = 0;
    if (vec) {
      let s0 = v128.splat<T>(<T>0), s1 = s0, s2 = s0, s3 = s0;
      for (; k + 4 * lanes <= K; k += 4 * lanes) {
        const pa = arow + <usize>(<isize>k * sz);
        const px = x + <usize>(<isize>k * sz);
        s0 = v128.add<T>(s0, v128.mul<T>(v128.load(pa), v128.load(px)));
        s1 = v128.add<T>(s1, v128.mul<T>(v128.load(pa + 16), v128.load(px + 16)));
        s2 = v128.add<T>(s2, v128.mul<T>(v128.load(pa + 32), v128.load(px + 32)));
        s3 = v128.add<T>(s3, v128.mul<T>(v128.load(pa + 48), v128.load(px + 48)));
      }
      const t = v128.add<T>(v128.add<T>(s0, s1), v128.add<T>(s2, s3));
      if (sizeof<T>() == 8) s = <T>(f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1));
      else s = <T>((f32x4.extract_lane(t, 0) + f32x4.extract_lane(t, 1)) + (f32x4.extract_lane(t, 2) + f32x4.extract_lane(t, 3)));
    }
    for (; k < K; k++) s += load<T>(arow + <usize>(<isize>k * acs)) * load<T>(x + <usize>(<isize>k * xs));
    store<T>(y + <usize>(<isize>i * ys), s);
  }
}

export function gemv_f64(A: usize, ars: isize, acs: isize, x: usize, xs: isize, y: usize, ys: isize, K: i32, M: i32): void {
  gemv<f64>(A, ars, acs, x, xs, y, ys, K, M);
}
export function gemv_f32(A: usize, ars: isize, acs: isize, x: usize, xs: isize, y: usize, ys: isize, K: i32, M: i32): void {
  gemv<f32>(A, ars, acs, x, xs, y, ys, K, M);
}

