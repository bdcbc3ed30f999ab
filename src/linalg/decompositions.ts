/**
 * The matrix decompositions behind np.linalg, on row-major float64 matrices, their inner loops in
 * the WebAssembly kernels of assembly/linalg/ (lu.ts, orthogonal.ts) on copies in the heap: LU
 * with partial pivoting (LAPACK's getf2: the first largest |pivot| in the column, rows swapped
 * whole, the column scaled by the reciprocal pivot, a rank-1 update) and getrs's triangular
 * solves; symmetric eigen-decomposition by tridiagonal QL (large orders) or Jacobi rotations;
 * SVD by one-sided Jacobi sweeps (after a Householder QR for tall matrices); Cholesky;
 * Householder QR (geqrf, orgqr).
 */
import { FLOAT64, INT32 } from "../core/dtype.js";
import { MemoryError } from "../core/errors.js";
import { HEAP, heapAlloc, heapFree, kernels } from "../storage/heap.js";
import { product } from "./gemm.js";
import { logs } from "./util.js";

/** An n x n LU factorisation in place: L below the diagonal (unit), U on and above; row swaps. */
export interface LU {
  lu: Float64Array;
  n: number;
  /** piv[j]: the row swapped with row j at step j. */
  piv: Int32Array;
  /** True when a pivot is exactly zero (LAPACK's info > 0: the matrix is singular). */
  singular: boolean;
}

/**
 * Factors the n x n row-major matrix `a` (overwritten) as P A = L U.
 * @example luFactor(Float64Array.of(1, 2, 3, 4), 2).piv // Int32Array [1, 1]
 */
export function luFactor(a: Float64Array, n: number): LU {
  const piv = new Int32Array(n);
  const singular = inHeap([a], 1, ([pa]) => {
    const pp = allocWork(4 * n, "the pivots of an LU factorization");
    try {
      const s = kernels.lu_factor_f64(pa!, n, pp) !== 0;
      piv.set((HEAP.view(INT32) as Int32Array).subarray(pp >> 2, (pp >> 2) + n));
      return s;
    } finally {
      freeWork(pp, 4 * n);
    }
  });
  return { lu: a, n, piv, singular };
}

/** A heap block of `bytes` for kernel work (freeWork returns it); MemoryError when it does not fit. */
function allocWork(bytes: number, what: string): number {
  const p = heapAlloc(Math.max(bytes, 16));
  if (p < 0) throw new MemoryError(`Unable to allocate ${bytes} bytes for ${what}`);
  return p;
}

function freeWork(ptr: number, bytes: number): void {
  heapFree(ptr, Math.max(bytes, 16));
}

/**
 * Runs `fn` on copies of `arrays` in the WebAssembly heap (their addresses), then copies the
 * first `changed` of them back (the others are inputs it only reads) and frees them all.
 */
function inHeap<R>(arrays: readonly Float64Array[], changed: number, fn: (ptrs: number[]) => R): R {
  const ptrs: number[] = [];
  try {
    for (const x of arrays) ptrs.push(allocWork(8 * x.length, "a float64 work matrix"));
    let f = HEAP.view(FLOAT64) as Float64Array;
    arrays.forEach((x, k) => f.set(x, ptrs[k]! >> 3));
    const r = fn(ptrs);
    f = HEAP.view(FLOAT64) as Float64Array;
    for (let k = 0; k < changed; k++) arrays[k]!.set(f.subarray(ptrs[k]! >> 3, (ptrs[k]! >> 3) + arrays[k]!.length));
    return r;
  } finally {
    ptrs.forEach((p, k) => freeWork(p, 8 * arrays[k]!.length));
  }
}

/**
 * Solves A X = B for the n x m row-major right-hand sides `b` (overwritten), given A's LU: the
 * row swaps, then L (unit lower) and U, with getrs's operations on each element.
 */
export function luSolve(f: LU, b: Float64Array, m: number): void {
  const { lu, n, piv } = f;
  for (let j = 0; j < n; j++) {
    const p = piv[j]!;
    if (p !== j) {
      for (let c = 0; c < m; c++) {
        const t = b[j * m + c]!;
        b[j * m + c] = b[p * m + c]!;
        b[p * m + c] = t;
      }
    }
  }
  // The triangular solves in the kernel: row by row along contiguous rows of b, each element
  // seeing the same operations in the same order as getrs's column-by-column solves (a zero x_k
  // is skipped, a zero b_k is not divided).
  inHeap([b, lu], 1, ([pb, pl]) => kernels.lu_solve_f64(pl!, n, pb!, m));
}

/**
 * The inverse from an LU, as getri's result: U^-1 L^-1 solved from the identity in the kernel
 * (the forward solve skips the zeros of L^-1's upper triangle), then its columns swapped by the
 * pivots in reverse order (inv(A) = U^-1 L^-1 P). The same values as luSolve of the identity.
 */
export function luInverse(f: LU): Float64Array {
  const { lu, n, piv } = f;
  const x = new Float64Array(n * n);
  for (let i = 0; i < n; i++) x[i * n + i] = 1;
  inHeap([x, lu], 1, ([px, pl]) => kernels.lu_invert_f64(pl!, n, px!));
  for (let j = n - 1; j >= 0; j--) {
    const p = piv[j]!;
    if (p === j) continue;
    for (let r = 0; r < n; r++) {
      const t = x[r * n + j]!;
      x[r * n + j] = x[r * n + p]!;
      x[r * n + p] = t;
    }
  }
  return x;
}

/** sign and log|det| from an LU, as NumPy's slogdet: (0, -inf) when singular. */
export function luSlogdet(f: LU): [number, number] {
  const { lu, n, piv } = f;
  let sign = 1;
  const mags: number[] = [];
  for (let j = 0; j < n; j++) {
    if (piv[j] !== j) sign = -sign;
    const u = lu[j * n + j]!;
    if (u === 0) return [0, -Infinity];
    if (u < 0) sign = -sign;
    mags.push(Math.abs(u));
  }
  let logdet = 0;
  for (const l of logs(mags)) logdet += l;
  return [sign, logdet];
}

/**
 * Eigen-decomposition of the symmetric n x n row-major matrix `a` (its lower triangle is read),
 * as LAPACK's route: Householder reduction to tridiagonal form, then the implicit QL algorithm
 * with Wilkinson shifts (the EISPACK tred2/tql2 pair), O(n^3) with a small constant where
 * Jacobi sweeps cost several times more. Returns the eigenvalues (unsorted) and, with `vectors`,
 * V (row-major, eigenvectors in columns; else empty). Null when the QL iteration does not
 * converge (30 n steps, as LAPACK's limit). The matrix must be finite.
 */
export function symmetricEigenQl(a: Float64Array, n: number, vectors: boolean): { w: Float64Array; v: Float64Array } | null {
  // The full symmetric matrix (from a's lower triangle) in the heap, reduced in place by the
  // tred2 kernel; with `vectors` it leaves V there column-major, as the QL rotations take it.
  const V = new HeapColumns(n, n);
  const de = new HeapColumns(n, 2);
  const cs = vectors ? new HeapColumns(2, n) : null;
  try {
    let f = V.elements();
    const v0 = V.at(0, 0);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) f[v0 + i * n + j] = f[v0 + j * n + i] = a[i * n + j]!;
    kernels.tred2_f64(V.ptr, de.ptr, de.ptr + 8 * n, n, vectors ? 1 : 0);
    f = V.elements();
    const d = f.slice(de.at(0, 0), de.at(0, 0) + n);
    const e = f.slice(de.at(0, 1), de.at(0, 1) + n);
    if (!tridiagonalQl(d, e, n, cs === null ? null : { W: V, cs })) return null;
    if (cs === null) return { w: d, v: new Float64Array(0) };
    f = V.elements();
    const v = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) v[k * n + i] = f[V.at(k, i)]!;
    return { w: d, v };
  } finally {
    V.free();
    de.free();
    cs?.free();
  }
}

/**
 * Eigenvalues of the symmetric tridiagonal (d, e[1..n)) by implicit QL with Wilkinson shifts,
 * into d; with `vec`, each step's rotations (recorded in vec.cs) are applied to the row pairs of
 * W (row-major n x n, rows = V's columns) by one kernel call. False when an eigenvalue does not
 * converge in 30 n iterations.
 */
function tridiagonalQl(d: Float64Array, e: Float64Array, n: number, vec: { W: HeapColumns; cs: HeapColumns } | null): boolean {
  const rot = vec === null ? null : vec.cs.elements();
  const rot0 = vec === null ? 0 : vec.cs.at(0, 0);
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  let budget = 30 * n;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      do {
        if (budget-- === 0) return false;
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] = d[i]! - h;
        f += h;
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          if (rot !== null) {
            rot[rot0 + 2 * (m - 1 - i)] = c;
            rot[rot0 + 2 * (m - 1 - i) + 1] = s;
          }
        }
        if (vec !== null) kernels.plane_rotations_f64(vec.W.ptr, n, m - 1, m - l, vec.cs.ptr);
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  return true;
}

/**
 * Eigen-decomposition of the symmetric n x n row-major matrix `a` (overwritten) by cyclic
 * Jacobi rotations, which are accurate to the last bits of the larger eigenvalues. Returns the
 * eigenvalues (unsorted, a's diagonal at convergence) and V (row-major, eigenvectors in columns).
 */
export function jacobiEigen(a: Float64Array, n: number): { w: Float64Array; v: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < n; p++) {
      diag += a[p * n + p]! * a[p * n + p]!;
      for (let q = p + 1; q < n; q++) off += a[p * n + q]! * a[p * n + q]!;
    }
    if (!(off > 1e-34 * diag) || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const tau = s / (1 + c);
        // the rotation that zeroes a[p][q] (Numerical Recipes' form: diagonal updates by t a_pq)
        a[p * n + p] = app - t * apq;
        a[q * n + q] = aqq + t * apq;
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          if (k === p || k === q) continue;
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          const np_ = akp - s * (akq + tau * akp);
          const nq = akq + s * (akp - tau * akq);
          a[k * n + p] = np_;
          a[p * n + k] = np_;
          a[k * n + q] = nq;
          a[q * n + k] = nq;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = vkp - s * (vkq + tau * vkp);
          v[k * n + q] = vkq + s * (vkp - tau * vkq);
        }
      }
    }
  }
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = a[i * n + i]!;
  return { w, v };
}

/**
 * Thin SVD of the m x n row-major matrix `a` (m >= n) by one-sided Jacobi rotations of its
 * columns (Hestenes): A = U diag(s) V^T with U m x n (zero columns where s is 0), s unsorted,
 * V n x n, all row-major. A tall matrix is first reduced by Householder QR (A = Q R, the
 * rotations then run on the n x n R and U = Q U_R), which makes each sweep cost n^3 instead
 * of m n^2.
 */
export function jacobiSvd(a: Float64Array, m: number, n: number): { u: Float64Array; s: Float64Array; v: Float64Array } {
  if (m > n && n > 0) return tallSvd(a, m, n);
  // the rotations run on columns stored contiguously in the heap, a sweep per kernel call
  const U = HeapColumns.fromRows(a, m, n);
  const V = new HeapColumns(n, n);
  let uc: Float64Array;
  let vc: Float64Array;
  try {
    const f = V.elements();
    for (let i = 0; i < n; i++) f[V.at(i, i)] = 1;
    for (let sweep = 0; sweep < 100; sweep++) if (!kernels.svd_jacobi_sweep_f64(U.ptr, m, V.ptr, n)) break;
    uc = U.elements().slice(U.at(0, 0), U.at(0, 0) + m * n);
    vc = V.elements().slice(V.at(0, 0), V.at(0, 0) + n * n);
  } finally {
    U.free();
    V.free();
  }
  const s = new Float64Array(n);
  const u = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    let ss = 0;
    for (let k = 0; k < m; k++) ss += uc[j * m + k]! * uc[j * m + k]!;
    const norm = Math.sqrt(ss);
    s[j] = norm;
    for (let k = 0; k < m; k++) u[k * n + j] = norm > 0 ? uc[j * m + k]! / norm : 0;
  }
  const v = new Float64Array(n * n);
  for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) v[k * n + j] = vc[j * n + k]!;
  return { u, s, v };
}

/**
 * jacobiSvd of a tall m x n matrix: Householder QR (geqrf's reflectors, on columns stored
 * contiguously), the Jacobi SVD of the n x n R, then U = Q U_R with Q's first n columns built
 * from the reflectors (orgqr's order).
 */
function tallSvd(a: Float64Array, m: number, n: number): { u: Float64Array; s: Float64Array; v: Float64Array } {
  const A = HeapColumns.fromRows(a, m, n);
  const blocks: HeapColumns[] = [A];
  try {
    const tau = geqrf(A);
    const f = A.elements();
    const r = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let c = i; c < n; c++) r[i * n + c] = f[A.at(i, c)]!;
    const inner = jacobiSvd(r, n, n);
    const Q = orgqr(A, tau, n);
    blocks.push(Q);
    // U = Q U_R on the GEMM: U_R (n x n) as the columns of a heap block, U row-major
    const UR = HeapColumns.fromRows(inner.u, n, n);
    blocks.push(UR);
    const U = new HeapColumns(n, m);
    blocks.push(U);
    product(FLOAT64, m, n, n, { ptr: Q.ptr, rs: 8, cs: 8 * m }, { ptr: UR.ptr, rs: 8, cs: 8 * n }, { ptr: U.ptr, rs: 8 * n, cs: 8 });
    const u = new Float64Array(U.elements().subarray(U.at(0, 0), U.at(0, 0) + m * n));
    return { u, s: inner.s, v: inner.v };
  } finally {
    for (const blk of blocks) blk.free();
  }
}

/**
 * A zero-filled rows x cols float64 matrix in the WebAssembly heap, stored by columns (column c
 * contiguous from element c * rows), where the Householder kernels run on it.
 */
class HeapColumns {
  readonly ptr: number;
  private readonly bytes: number;
  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.bytes = 8 * rows * cols;
    this.ptr = allocWork(this.bytes, `a (${rows}, ${cols}) float64 work matrix`);
    kernels.fill_bytes(this.ptr, 0, this.bytes);
  }
  /** The columns of the row-major m x n matrix `a`. */
  static fromRows(a: Float64Array, m: number, n: number): HeapColumns {
    const h = new HeapColumns(m, n);
    const f = h.elements();
    for (let i = 0; i < m; i++) for (let c = 0; c < n; c++) f[h.at(i, c)] = a[i * n + c]!;
    return h;
  }
  /** The heap as float64 elements (fetch again after anything that allocates). */
  elements(): Float64Array {
    return HEAP.view(FLOAT64) as Float64Array;
  }
  /** Index of element (i, c) in elements(). */
  at(i: number, c: number): number {
    return (this.ptr >> 3) + c * this.rows + i;
  }
  /** The matrix row-major. */
  toRows(): Float64Array<ArrayBuffer> {
    const f = this.elements();
    const out = new Float64Array(this.rows * this.cols);
    for (let i = 0; i < this.rows; i++) for (let c = 0; c < this.cols; c++) out[i * this.cols + c] = f[this.at(i, c)]!;
    return out;
  }
  free(): void {
    freeWork(this.ptr, this.bytes);
  }
}

/**
 * LAPACK's geqrf on the columns in place: R on and above the diagonal, each reflector's vector
 * (v[0] = 1 implied) below it; returns tau. Reflector j: H = I - tau v v^T with
 * beta = -sign(alpha) ||x||, tau = (beta - alpha) / beta (tau = 0, H = I, when x below the
 * diagonal is zero), applied to the trailing columns by the SIMD kernel.
 */
function geqrf(A: HeapColumns): Float64Array {
  const { rows: m, cols: n } = A;
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const f = A.elements();
  for (let j = 0; j < k; j++) {
    const vj = A.at(0, j);
    let norm2 = 0;
    for (let i = j + 1; i < m; i++) norm2 += f[vj + i]! * f[vj + i]!;
    if (norm2 === 0) continue;
    const alpha = f[vj + j]!;
    const xnorm = Math.hypot(alpha, Math.sqrt(norm2));
    const beta = alpha >= 0 ? -xnorm : xnorm;
    const t = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = j + 1; i < m; i++) f[vj + i] = f[vj + i]! * scale;
    tau[j] = t;
    if (j + 1 < n) kernels.house_apply_f64(8 * A.at(j, j), m - j, t, 8 * A.at(j, j + 1), 8 * m, n - j - 1);
    f[vj + j] = beta;
  }
  return tau;
}

/** LAPACK's orgqr: the first `width` columns of Q = H_0 H_1 ... from geqrf's reflectors. */
function orgqr(A: HeapColumns, tau: Float64Array, width: number): HeapColumns {
  const m = A.rows;
  const Q = new HeapColumns(m, width);
  const f = Q.elements();
  for (let c = 0; c < Math.min(m, width); c++) f[Q.at(c, c)] = 1;
  // Applied last first, each only to the columns it changes (H_j leaves e_c, c < j, alone).
  for (let j = tau.length - 1; j >= 0; j--) {
    if (tau[j] === 0 || j >= width) continue;
    kernels.house_apply_f64(8 * A.at(j, j), m - j, tau[j]!, 8 * Q.at(j, j), 8 * m, width - j);
  }
  return Q;
}

/**
 * The first `cols` columns of `q` (rows x cols, row-major) made part of an orthonormal basis of
 * `width` columns: zero columns and the extra columns are filled by Gram-Schmidt on the unit
 * vectors (twice, for stability). Returns rows x width, row-major.
 */
export function completeBasis(q: Float64Array, rows: number, cols: number, width: number): Float64Array {
  const out = new Float64Array(rows * width);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * width + j] = q[i * cols + j]!;
  const filled: number[] = [];
  for (let j = 0; j < cols; j++) {
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += out[i * width + j]! * out[i * width + j]!;
    if (ss > 0.5) filled.push(j);
  }
  const empty = [...Array.from({ length: cols }, (_, j) => j).filter((j) => !filled.includes(j)), ...Array.from({ length: width - cols }, (_, k) => cols + k)];
  let e = 0;
  for (const j of empty) {
    for (; e < rows; e++) {
      const x = new Float64Array(rows);
      x[e] = 1;
      for (let pass = 0; pass < 2; pass++) {
        for (const f of filled) {
          let d = 0;
          for (let i = 0; i < rows; i++) d += out[i * width + f]! * x[i]!;
          for (let i = 0; i < rows; i++) x[i] = x[i]! - d * out[i * width + f]!;
        }
      }
      let ss = 0;
      for (let i = 0; i < rows; i++) ss += x[i]! * x[i]!;
      if (ss > 0.25) {
        const norm = Math.sqrt(ss);
        for (let i = 0; i < rows; i++) out[i * width + j] = x[i]! / norm;
        filled.push(j);
        e++;
        break;
      }
    }
  }
  return out;
}

/** Lower Cholesky factor of the n x n row-major matrix (its lower triangle read), or null when it is not positive definite. */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! * L[j * n + k]!;
    if (!(d > 0)) return null;
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / ljj;
    }
  }
  return L;
}

/**
 * Householder QR of the m x n row-major matrix (LAPACK's geqrf convention: each reflector
 * H = I - tau v v^T with v[0] = 1 maps the column to beta e1, beta = -sign(alpha) ||x||).
 * Returns R (m x n, zero below the diagonal), the first `qWidth` columns of Q (m x qWidth,
 * row-major; empty for 0), and geqrf's compact form: h (R with the reflectors' vectors below the
 * diagonal) and tau.
 */
export function householderQr(a: Float64Array, m: number, n: number, qWidth: number): { q: Float64Array; r: Float64Array; h: Float64Array; tau: Float64Array } {
  const A = HeapColumns.fromRows(a, m, n);
  try {
    const tau = geqrf(A);
    const h = A.toRows();
    const r = h.slice();
    for (let i = 1; i < m; i++) r.fill(0, i * n, i * n + Math.min(i, n));
    let q = new Float64Array(0);
    if (qWidth > 0) {
      const Q = orgqr(A, tau, qWidth);
      q = Q.toRows();
      Q.free();
    }
    return { q, r, h, tau };
  } finally {
    A.free();
  }
}
