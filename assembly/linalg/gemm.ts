// Packed, cache-blocked float GEMM (C += A B) in the manner of BLIS: A is packed into panels of MR
// rows and B into panels of NR columns (zero-padded), so that the micro-kernel streams both
// operands contiguously whatever the callers' strides were (transposed inputs cost nothing
// extra). The micro-kernel keeps an MR x NR tile of C in 8 SIMD accumulators:
// float64 4 x 4 (f64x2), float32 4 x 8 (f32x4).
//
// Layouts (elements of T): packed A = for each panel p of MR rows, for each k in [0, K), the MR
// values A[p MR + r, k]; packed B = for each panel q of NR columns, for each k, the NR values
// B[k, q NR + c]. So the KC-long slice of panel p starting at k = pc is contiguous.
//
// Every kernel takes its unit range last (rowsLeft/colsLeft and count), so the TypeScript side
// can split panels across threads with `parallel` (unit = one panel).

const MR = 4;
/** Depth of a block: an A panel slice (MR x KC) and a B panel slice (KC x NR) stay in L1. */
const KC = 256;
/** Rows of an A block kept in L2 (a multiple of MR): 128 x 256 x 8 = 256 KiB. */
const MC = 128;
/** Columns of a B block (a multiple of NR) kept in L3. */
const NC = 2048;

/** Columns per micro-tile: two vectors. */
@inline function nrOf<T>(): i32 {
  return <i32>(32 / sizeof<T>());
}

/**
 * Packs `count` panels of MR rows of the K-column matrix at src (byte strides rs, cs); `rowsLeft`
 * is the number of rows from the first panel to the matrix's end (rows past it are zeros).
 */
@inline function packA<T>(src: usize, rs: isize, cs: isize, K: i32, dst: usize, rowsLeft: i32, count: i32): void {
  const sz = <usize>sizeof<T>();
  for (let p = 0; p < count; p++) {
    const rows = min(MR, rowsLeft - p * MR);
    const base = src + <usize>(<isize>(p * MR) * rs);
    let d = dst + <usize>(p * MR * K) * sz;
    if (rows == MR) {
      let s = base;
      for (let k = 0; k < K; k++) {
        store<T>(d, load<T>(s));
        store<T>(d + sz, load<T>(s + <usize>rs));
        store<T>(d + 2 * sz, load<T>(s + <usize>(2 * rs)));
        store<T>(d + 3 * sz, load<T>(s + <usize>(3 * rs)));
        s += <usize>cs;
        d += MR * sz;
      }
    } else {
      for (let k = 0; k < K; k++) {
        for (let r = 0; r < MR; r++) {
          store<T>(d + <usize>r * sz, r < rows ? load<T>(base + <usize>(<isize>r * rs + <isize>k * cs)) : <T>0);
        }
        d += MR * sz;
      }
    }
  }
}

/** Packs `count` panels of NR columns of the K-row matrix at src; `colsLeft` as rowsLeft above. */
@inline function packB<T>(src: usize, rs: isize, cs: isize, K: i32, dst: usize, colsLeft: i32, count: i32): void {
  const sz = <usize>sizeof<T>();
  const NR = nrOf<T>();
  for (let q = 0; q < count; q++) {
    const cols = min(NR, colsLeft - q * NR);
    const base = src + <usize>(<isize>(q * NR) * cs);
    let d = dst + <usize>(q * NR * K) * sz;
    if (cols == NR && cs == <isize>sz) {
      for (let k = 0; k < K; k++) {
        const s = base + <usize>(<isize>k * rs);
        v128.store(d, v128.load(s));
        v128.store(d + 16, v128.load(s + 16));
        d += <usize>NR * sz;
      }
    } else {
      for (let k = 0; k < K; k++) {
        const s = base + <usize>(<isize>k * rs);
        for (let c = 0; c < NR; c++) {
          store<T>(d + <usize>c * sz, c < cols ? load<T>(s + <usize>(<isize>c * cs)) : <T>0);
        }
        d += <usize>NR * sz;
      }
    }
  }
}

/** Adds the lanes of one accumulator vector (row c, columns c0...) that fall before column nr. */
@inline function addPartial<T>(c: usize, acc: v128, c0: i32, nr: i32): void {
  const sz = <usize>sizeof<T>();
  const p = c + <usize>c0 * sz;
  if (sizeof<T>() == 8) {
    if (c0 < nr) store<T>(p, load<T>(p) + <T>f64x2.extract_lane(acc, 0));
    if (c0 + 1 < nr) store<T>(p + sz, load<T>(p + sz) + <T>f64x2.extract_lane(acc, 1));
  } else {
    if (c0 < nr) store<T>(p, load<T>(p) + <T>f32x4.extract_lane(acc, 0));
    if (c0 + 1 < nr) store<T>(p + sz, load<T>(p + sz) + <T>f32x4.extract_lane(acc, 1));
    if (c0 + 2 < nr) store<T>(p + 2 * sz, load<T>(p + 2 * sz) + <T>f32x4.extract_lane(acc, 2));
    if (c0 + 3 < nr) store<T>(p + 3 * sz, load<T>(p + 3 * sz) + <T>f32x4.extract_lane(acc, 3));
  }
}

/** Adds an accumulator row (two vectors) into row c of C: whole, or its first nr columns. */
@inline function addRow<T>(c: usize, lo: v128, hi: v128, nr: i32): void {
  if (nr == nrOf<T>()) {
    v128.store(c, v128.add<T>(v128.load(c), lo));
    v128.store(c + 16, v128.add<T>(v128.load(c + 16), hi));
  } else {
    addPartial<T>(c, lo, 0, nr);
    addPartial<T>(c, hi, <i32>(16 / sizeof<T>()), nr);
  }
}

@inline function splat<T>(p: usize): v128 {
  return sizeof<T>() == 8 ? v128.load64_splat(p) : v128.load32_splat(p);
}

/**
 * The micro-kernel: C[0:mr, 0:nr] += (packed A slice, MR x kc) (packed B slice, kc x NR), with
 * the MR x NR tile in registers; C rows ldc bytes apart, columns contiguous.
 *
 * One k step per iteration, loads next to their uses: V8 unrolls the loop itself, and a body
 * unrolled by hand (all loads of two steps first) made TurboFan spill half the accumulators to
 * the stack on every step (measured: 17 against 29-30 GFLOPS on one thread, 128 x 512 x 256).
 */
@inline function micro<T>(kc: i32, pa: usize, pb: usize, c: usize, ldc: usize, mr: i32, nr: i32): void {
  const sz = <usize>sizeof<T>();
  const bStep = 32; // NR elements of T are always 32 bytes
  const aStep = MR * sz;
  let c00 = v128.splat<T>(<T>0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  for (let k = 0; k < kc; k++) {
    const b0 = v128.load(pb), b1 = v128.load(pb + 16);
    let a = splat<T>(pa);
    c00 = v128.add<T>(c00, v128.mul<T>(a, b0));
    c01 = v128.add<T>(c01, v128.mul<T>(a, b1));
    a = splat<T>(pa + sz);
    c10 = v128.add<T>(c10, v128.mul<T>(a, b0));
    c11 = v128.add<T>(c11, v128.mul<T>(a, b1));
    a = splat<T>(pa + 2 * sz);
    c20 = v128.add<T>(c20, v128.mul<T>(a, b0));
    c21 = v128.add<T>(c21, v128.mul<T>(a, b1));
    a = splat<T>(pa + 3 * sz);
    c30 = v128.add<T>(c30, v128.mul<T>(a, b0));
    c31 = v128.add<T>(c31, v128.mul<T>(a, b1));
    pa += aStep;
    pb += bStep;
  }
  addRow<T>(c, c00, c01, nr);
  if (mr > 1) addRow<T>(c + ldc, c10, c11, nr);
  if (mr > 2) addRow<T>(c + 2 * ldc, c20, c21, nr);
  if (mr > 3) addRow<T>(c + 3 * ldc, c30, c31, nr);
}

/**
 * C += A B over `count` A panels (rows [0, min(count MR, rowsLeft)) of the C at c), all N
 * columns, from packed A (ap, the first of the panels) and packed B (bp, all panels).
 */
@inline function gemm<T>(ap: usize, bp: usize, c: usize, ldc: usize, K: i32, N: i32, rowsLeft: i32, count: i32): void {
  const sz = <usize>sizeof<T>();
  const NR = nrOf<T>();
  const npanels = (N + NR - 1) / NR;
  const mcp = MC / MR;
  const ncp = NC / NR;
  for (let jc = 0; jc < npanels; jc += ncp) {
    const je = min(jc + ncp, npanels);
    for (let pc = 0; pc < K; pc += KC) {
      const kc = min(KC, K - pc);
      for (let ic = 0; ic < count; ic += mcp) {
        const ie = min(ic + mcp, count);
        for (let jr = jc; jr < je; jr++) {
          const nr = min(NR, N - jr * NR);
          const pb = bp + <usize>(jr * K + pc) * <usize>NR * sz;
          for (let ir = ic; ir < ie; ir++) {
            const mr = min(MR, rowsLeft - ir * MR);
            const pa = ap + <usize>(ir * K + pc) * <usize>MR * sz;
            micro<T>(kc, pa, pb, c + <usize>(ir * MR) * ldc + <usize>(jr * NR) * sz, ldc, mr, nr);
          }
        }
      }
    }
  }
}

export function gemm_pack_a_f64(src: usize, rs: isize, cs: isize, K: i32, dst: usize, rowsLeft: i32, count: i32): void {
  packA<f64>(src, rs, cs, K, dst, rowsLeft, count);
}
export function gemm_pack_a_f32(src: usize, rs: isize, cs: isize, K: i32, dst: usize, rowsLeft: i32, count: i32): void {
  packA<f32>(src, rs, cs, K, dst, rowsLeft, count);
}
export function gemm_pack_b_f64(src: usize, rs: isize, cs: isize, K: i32, dst: usize, colsLeft: i32, count: i32): void {
  packB<f64>(src, rs, cs, K, dst, colsLeft, count);
}
export function gemm_pack_b_f32(src: usize, rs: isize, cs: isize, K: i32, dst: usize, colsLeft: i32, count: i32): void {
  packB<f32>(src, rs, cs, K, dst, colsLeft, count);
}
export function gemm_f64(ap: usize, bp: usize, c: usize, ldc: usize, K: i32, N: i32, rowsLeft: i32, count: i32): void {
  gemm<f64>(ap, bp, c, ldc, K, N, rowsLeft, count);
}
export function gemm_f32(ap: usize, bp: usize, c: usize, ldc: usize, K: i32, N: i32, rowsLeft: i32, count: i32): void {
  gemm<f32>(ap, bp, c, ldc, K, N, rowsLeft, count);
}
