/**
 * The matrix-product engine behind np.matmul, np.dot and friends: C = A B for matrices given as
 * heap addresses and byte strides, dispatched to the WebAssembly kernels (assembly/linalg/):
 *
 * - float32/float64 products of some size: the packed, cache-blocked GEMM (both operands packed
 *   into panels, whatever their strides; panels split across the worker threads when large);
 * - complex products of some size: four real products on that GEMM (re = Ar Br - Ai Bi, ...);
 * - matrix-vector (one column of C): one SIMD dot product per row (`gemv_<f>`);
 * - everything else (integers with wraparound, bool, small complex, small or one-row float
 *   products): the plain row loops (`matmul_<code>`), rows split across threads when large.
 *
 * The caller stages its operands into the heap with `HeapStage` and gives a zero-filled C whose
 * columns are contiguous.
 *
 * @example product(FLOAT64, M, N, K, {ptr: a, rs: 8 * K, cs: 8}, {ptr: b, rs: 8 * N, cs: 8}, {ptr: c, rs: 8 * N, cs: 8})
 */
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { cStrides } from "../core/shape.js";
import { FLOAT32, FLOAT64, type DType } from "../core/dtype.js";
import { copyCast } from "../kernels/ts/cast.js";
import { HEAP, heapAlloc, heapFree, kernels, scratch } from "../storage/heap.js";
import { SMALL_MAX } from "../storage/storage.js";
import { parallel } from "../storage/threads.js";

/** A matrix in the heap: element (i, j) at ptr + i rs + j cs. */
export interface Mat {
  ptr: number;
  rs: number;
  cs: number;
}

/** Kernel suffix per dtype: signed and unsigned integers share a loop (wraparound is the same). */
const LOOP_CODE: Record<string, string> = {
  bool: "b",
  int8: "i8",
  uint8: "i8",
  int16: "i16",
  uint16: "i16",
  int32: "i32",
  uint32: "i32",
  int64: "i64",
  uint64: "i64",
  float32: "f32",
  float64: "f64",
  complex64: "c64",
  complex128: "c128",
};

/** Rows per panel of packed A (assembly/linalg/gemm.ts MR); columns per B panel are 32 bytes. */
const MR = 4;
/** Below this many multiply-adds the packed GEMM's packing costs more than it saves. */
const GEMM_MIN = 32 * 32 * 32;
/** From this many multiply-adds, products are split across the worker threads. */
const THREAD_MIN = 1 << 18;

/**
 * C = A B for an M x K A and a K x N B of dtype dt (C zero-filled, its columns contiguous for
 * float dtypes).
 */
export function product(dt: DType, M: number, N: number, K: number, A: Mat, B: Mat, C: Mat): void {
  if (M === 0 || N === 0) return;
  const code = LOOP_CODE[dt.name]!;
  const work = M * N * K;
  const sz = dt.itemsize;
  if (dt.kind === "f") {
    if (N === 1) return gemv(code, M, K, A, B.ptr, B.rs, C.ptr, C.rs, work);
    if (M === 1 && B.rs === sz) return gemv(code, N, K, { ptr: B.ptr, rs: B.cs, cs: B.rs }, A.ptr, A.cs, C.ptr, C.cs, work);
    if (M > 1 && work >= GEMM_MIN && C.cs === sz && packed(code, sz, M, N, K, A, B, C, work)) return;
  }
  if (dt.kind === "c" && M > 1 && N > 1 && work >= GEMM_MIN && complexProduct(dt, M, N, K, A, B, C)) return;
  const name = `matmul_${code}`;
  const base = [A.ptr, A.rs, A.cs, B.ptr, B.rs, B.cs, C.ptr, C.rs, C.cs, K, N];
  if (work >= THREAD_MIN && M > 1) {
    const step = [A.rs, 0, 0, 0, 0, 0, C.rs, 0, 0, 0, 0];
    if (parallel(name, M, base, step) !== null) return;
  }
  kernels[name]!(...(base as [number]), M);
}

/**
 * A complex product as four real ones on the packed GEMM (the parts are strided real matrices,
 * which the packing reads as they are): re = Ar Br - Ai Bi, im = Ar Bi + Ai Br, the four
 * products in zeroed temporaries combined by the add/subtract kernels straight into C. False
 * when the temporaries do not fit in the heap.
 */
function complexProduct(dt: DType, M: number, N: number, K: number, A: Mat, B: Mat, C: Mat): boolean {
  const h = dt.itemsize / 2;
  const real = h === 8 ? FLOAT64 : FLOAT32;
  const code = h === 8 ? "f64" : "f32";
  const bytes = Math.max(M * N * h, 16);
  const t: number[] = [];
  for (let i = 0; i < 4; i++) {
    const p = heapAlloc(bytes);
    if (p < 0) {
      for (const q of t) heapFree(q, bytes);
      return false;
    }
    kernels.fill_bytes(p, 0, bytes);
    t.push(p);
  }
  try {
    const im = (m: Mat): Mat => ({ ptr: m.ptr + h, rs: m.rs, cs: m.cs });
    const T = (i: number): Mat => ({ ptr: t[i]!, rs: N * h, cs: h });
    product(real, M, N, K, A, B, T(0));
    product(real, M, N, K, im(A), im(B), T(1));
    product(real, M, N, K, A, im(B), T(2));
    product(real, M, N, K, im(A), B, T(3));
    const rows = C.rs === N * C.cs ? 1 : M;
    const n = rows === 1 ? M * N : N;
    for (let i = 0; i < rows; i++) {
      const o = i * N * h;
      kernels[`subtract_${code}`]!(t[0]! + o, h, t[1]! + o, h, C.ptr + i * C.rs, C.cs, n);
      kernels[`add_${code}`]!(t[2]! + o, h, t[3]! + o, h, C.ptr + h + i * C.rs, C.cs, n);
    }
  } finally {
    for (const q of t) heapFree(q, bytes);
  }
  return true;
}

/** y = A x (M rows of length K), one dot product per row. */
function gemv(code: string, M: number, K: number, A: Mat, x: number, xs: number, y: number, ys: number, work: number): void {
  const name = `gemv_${code}`;
  const base = [A.ptr, A.rs, A.cs, x, xs, y, ys, K];
  if (work >= THREAD_MIN && M > 1 && parallel(name, M, base, [A.rs, 0, 0, 0, 0, ys, 0, 0]) !== null) return;
  kernels[name]!(...(base as [number]), M);
}

/** The packed GEMM; false when its packing buffers do not fit in the heap. */
function packed(code: string, sz: number, M: number, N: number, K: number, A: Mat, B: Mat, C: Mat, work: number): boolean {
  const NR = 32 / sz;
  const pa = Math.ceil(M / MR);
  const pb = Math.ceil(N / NR);
  const aBytes = pa * MR * K * sz;
  const bBytes = pb * NR * K * sz;
  const ap = heapAlloc(Math.max(aBytes, 16));
  if (ap < 0) return false;
  const bp = heapAlloc(Math.max(bBytes, 16));
  if (bp < 0) {
    heapFree(ap, Math.max(aBytes, 16));
    return false;
  }
  try {
    const threads = work >= THREAD_MIN;
    run(threads, `gemm_pack_a_${code}`, pa, [A.ptr, A.rs, A.cs, K, ap, M], [MR * A.rs, 0, 0, 0, MR * K * sz, -MR]);
    run(threads, `gemm_pack_b_${code}`, pb, [B.ptr, B.rs, B.cs, K, bp, N], [NR * B.cs, 0, 0, 0, NR * K * sz, -NR]);
    run(threads, `gemm_${code}`, pa, [ap, bp, C.ptr, C.rs, K, N, M], [MR * K * sz, 0, MR * C.rs, 0, 0, 0, -MR]);
  } finally {
    heapFree(bp, Math.max(bBytes, 16));
    heapFree(ap, Math.max(aBytes, 16));
  }
  return true;
}

/** Runs a unit-ranged kernel over `units` units, across the threads when asked and possible. */
function run(threads: boolean, name: string, units: number, base: number[], step: number[]): void {
  if (threads && parallel(name, units, base, step) !== null) return;
  kernels[name]!(...(base as [number]), units);
}

/**
 * Operands of one product call moved into the WebAssembly heap in the loop dtype: an array that
 * is already there in that dtype is used in place; others are copied (cast) into fresh heap
 * arrays, or, when small (JS slabs), into scratch heap memory reserved once per call.
 *
 * @example const st = new HeapStage(); const a2 = st.input(a, FLOAT64); st.reserve(); ... st.done()
 */
export class HeapStage {
  private pending: { src: NDArray; dt: DType; off: number; view: { ptr: number; strides: readonly number[] } }[] = [];
  private outputs: { dst: NDArray; off: number; slot: { ptr: number } }[] = [];
  private temps: NDArray[] = [];
  private bytes = 0;
  private base = 0;

  /** Where `a`, cast to dt, will be in the heap: address and byte strides (ptr valid after reserve()). */
  input(a: NDArray, dt: DType): { ptr: number; strides: readonly number[] } {
    if (a._storage.region === HEAP && a._dt === dt) return { ptr: a._ptr, strides: a.strides };
    const nbytes = a.size * dt.itemsize;
    if (nbytes > SMALL_MAX) {
      const c = emptyArray(dt, a.shape);
      copyCast(a.shape, c._operand(), a._operand());
      if (c._storage.region === HEAP) {
        this.temps.push(c);
        return { ptr: c._ptr, strides: c.strides };
      }
    }
    const view = { ptr: 0, strides: cStrides(a.shape, dt.itemsize) };
    this.pending.push({ src: a, dt, off: this.bytes, view });
    this.bytes += (nbytes + 15) & ~15;
    return view;
  }

  /** Where a zero-filled result array is written in the heap (ptr valid after reserve()). */
  output(r: NDArray): { ptr: number } {
    if (r._storage.region === HEAP) return { ptr: r._ptr };
    const slot = { ptr: 0 };
    this.outputs.push({ dst: r, off: this.bytes, slot });
    this.bytes += (r.nbytes + 15) & ~15;
    return slot;
  }

  /** Reserves the scratch memory and copies the staged inputs there. */
  reserve(): void {
    if (this.bytes === 0) return;
    this.base = scratch(this.bytes);
    for (const p of this.pending) {
      p.view.ptr = this.base + p.off;
      copyCast(p.src.shape, { dt: p.dt, region: HEAP, ptr: p.view.ptr, strides: p.view.strides }, p.src._operand());
    }
    for (const o of this.outputs) {
      o.slot.ptr = this.base + o.off;
      HEAP.bytes().fill(0, o.slot.ptr, o.slot.ptr + o.dst.nbytes);
    }
  }

  /** Copies staged outputs back to their arrays and frees the temporary copies. */
  done(): void {
    for (const o of this.outputs) {
      o.dst._storage.region.bytes().set(HEAP.bytes().subarray(o.slot.ptr, o.slot.ptr + o.dst.nbytes), o.dst._ptr);
    }
    for (const t of this.temps) t.dispose();
  }
}
