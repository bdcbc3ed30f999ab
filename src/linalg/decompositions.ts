/**
 * The matrix decompositions behind np.linalg, on row-major float64 matrices: LU with partial
 * pivoting (LAPACK's getf2: the first largest |pivot| in the column, rows swapped whole, the
 * column scaled by the reciprocal pivot, a rank-1 update) and getrs's triangular solves;
 * symmetric eigen-decomposition and SVD by Jacobi rotations; Cholesky; Householder QR.
 */
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
  let singular = false;
  for (let j = 0; j < n; j++) {
    let p = j;
    let best = Math.abs(a[j * n + j]!);
    for (let i = j + 1; i < n; i++) {
      const v = Math.abs(a[i * n + j]!);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    piv[j] = p;
    const pivot = a[p * n + j]!;
    if (pivot === 0) {
      singular = true;
      continue;
    }
    if (p !== j) {
      for (let k = 0; k < n; k++) {
        const t = a[j * n + k]!;
        a[j * n + k] = a[p * n + k]!;
        a[p * n + k] = t;
      }
    }
    // getf2 scales by the reciprocal unless the pivot is tiny (below the safe minimum)
    if (Math.abs(pivot) >= 2.2250738585072014e-308) {
      const r = 1 / pivot;
      for (let i = j + 1; i < n; i++) a[i * n + j] = a[i * n + j]! * r;
    } else {
      for (let i = j + 1; i < n; i++) a[i * n + j] = a[i * n + j]! / pivot;
    }
    for (let i = j + 1; i < n; i++) {
      const l = a[i * n + j]!;
      if (l === 0) continue;
      const ri = i * n;
      const rj = j * n;
      for (let k = j + 1; k < n; k++) a[ri + k] = a[ri + k]! - l * a[rj + k]!;
    }
  }
  return { lu: a, n, piv, singular };
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
  // Row by row, so the inner loops run along contiguous rows of b; each element sees the same
  // operations in the same order as getrs's column-by-column solves (a zero x_k is skipped, a zero
  // b_k is not divided).
  for (let i = 1; i < n; i++) {
    const bi = i * m;
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k]!;
      const bk = k * m;
      for (let c = 0; c < m; c++) {
        const x = b[bk + c]!;
        if (x !== 0) b[bi + c] = b[bi + c]! - x * l;
      }
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const bi = i * m;
    for (let k = n - 1; k > i; k--) {
      const u = lu[i * n + k]!;
      const bk = k * m;
      for (let c = 0; c < m; c++) {
        const x = b[bk + c]!;
        if (x !== 0) b[bi + c] = b[bi + c]! - x * u;
      }
    }
    const d = lu[i * n + i]!;
    for (let c = 0; c < m; c++) {
      const v = b[bi + c]!;
      if (v !== 0) b[bi + c] = v / d;
    }
  }
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
  // the rotations run on columns stored contiguously (uc: column j at j*m, vc: at j*n)
  const uc = new Float64Array(m * n);
  for (let k = 0; k < m; k++) for (let j = 0; j < n; j++) uc[j * m + k] = a[k * n + j]!;
  const vc = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vc[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      const up0 = p * m;
      for (let q = p + 1; q < n; q++) {
        const uq0 = q * m;
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let k = 0; k < m; k++) {
          const up = uc[up0 + k]!;
          const uq = uc[uq0 + k]!;
          alpha += up * up;
          beta += uq * uq;
          gamma += up * uq;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let k = 0; k < m; k++) {
          const up = uc[up0 + k]!;
          const uq = uc[uq0 + k]!;
          uc[up0 + k] = c * up - s * uq;
          uc[uq0 + k] = s * up + c * uq;
        }
        const vp0 = p * n;
        const vq0 = q * n;
        for (let k = 0; k < n; k++) {
          const vp = vc[vp0 + k]!;
          const vq = vc[vq0 + k]!;
          vc[vp0 + k] = c * vp - s * vq;
          vc[vq0 + k] = s * vp + c * vq;
        }
      }
    }
    if (!rotated) break;
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
  // columns of A, each contiguous: col c is cols[c*m .. c*m + m)
  const cols = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let c = 0; c < n; c++) cols[c * m + i] = a[i * n + c]!;
  const tau = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const vj = j * m;
    let norm2 = 0;
    for (let i = j + 1; i < m; i++) norm2 += cols[vj + i]! * cols[vj + i]!;
    if (norm2 === 0) continue; // tau = 0: H = I
    const alpha = cols[vj + j]!;
    const xnorm = Math.hypot(alpha, Math.sqrt(norm2));
    const beta = alpha >= 0 ? -xnorm : xnorm;
    const t = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = j + 1; i < m; i++) cols[vj + i] = cols[vj + i]! * scale;
    tau[j] = t;
    for (let c = j + 1; c < n; c++) {
      const cc = c * m;
      let d = cols[cc + j]!;
      for (let i = j + 1; i < m; i++) d += cols[vj + i]! * cols[cc + i]!;
      d *= t;
      cols[cc + j] = cols[cc + j]! - d;
      for (let i = j + 1; i < m; i++) cols[cc + i] = cols[cc + i]! - d * cols[vj + i]!;
    }
    cols[vj + j] = beta;
  }
  const r = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let c = i; c < n; c++) r[i * n + c] = cols[c * m + i]!;
  const inner = jacobiSvd(r, n, n);
  // Q's first n columns, each contiguous, from the reflectors applied last first to I
  const q = new Float64Array(m * n);
  for (let c = 0; c < n; c++) q[c * m + c] = 1;
  for (let j = n - 1; j >= 0; j--) {
    const t = tau[j]!;
    if (t === 0) continue;
    const vj = j * m;
    for (let c = j; c < n; c++) {
      const qc = c * m;
      let d = q[qc + j]!;
      for (let i = j + 1; i < m; i++) d += cols[vj + i]! * q[qc + i]!;
      d *= t;
      q[qc + j] = q[qc + j]! - d;
      for (let i = j + 1; i < m; i++) q[qc + i] = q[qc + i]! - d * cols[vj + i]!;
    }
  }
  // U = Q U_R, built column by column, then row-major
  const ucols = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const uj = j * m;
    for (let k = 0; k < n; k++) {
      const w = inner.u[k * n + j]!;
      if (w === 0) continue;
      const qk = k * m;
      for (let i = 0; i < m; i++) ucols[uj + i] = ucols[uj + i]! + w * q[qk + i]!;
    }
  }
  const u = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) u[i * n + j] = ucols[j * m + i]!;
  return { u, s: inner.s, v: inner.v };
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
 * Returns R (m x n, zero below the diagonal), Q (m x m), and geqrf's compact form: h (R with
 * the reflectors' vectors below the diagonal) and tau.
 */
export function householderQr(a: Float64Array, m: number, n: number): { q: Float64Array; r: Float64Array; h: Float64Array; tau: Float64Array } {
  const r = a.slice();
  const h = a.slice();
  const taus = new Float64Array(Math.min(m, n));
  const q = new Float64Array(m * m);
  for (let i = 0; i < m; i++) q[i * m + i] = 1;
  const k = Math.min(m, n);
  for (let j = 0; j < k; j++) {
    let norm2 = 0;
    for (let i = j + 1; i < m; i++) norm2 += r[i * n + j]! * r[i * n + j]!;
    const alpha = r[j * n + j]!;
    if (norm2 === 0) continue; // tau = 0: H = I (LAPACK leaves the column as it is)
    const xnorm = Math.hypot(alpha, Math.sqrt(norm2));
    const beta = alpha >= 0 ? -xnorm : xnorm;
    const tau = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    const v = new Float64Array(m);
    v[j] = 1;
    for (let i = j + 1; i < m; i++) v[i] = r[i * n + j]! * scale;
    taus[j] = tau;
    for (let i = j + 1; i < m; i++) h[i * n + j] = v[i]!;
    // R := H R on the trailing columns; the column j itself becomes (beta, 0, ...)
    for (let c = j; c < n; c++) {
      let d = 0;
      for (let i = j; i < m; i++) d += v[i]! * r[i * n + c]!;
      d *= tau;
      for (let i = j; i < m; i++) r[i * n + c] = r[i * n + c]! - d * v[i]!;
    }
    r[j * n + j] = beta;
    for (let i = j + 1; i < m; i++) r[i * n + j] = 0;
    // Q := Q H
    for (let row = 0; row < m; row++) {
      let d = 0;
      for (let i = j; i < m; i++) d += q[row * m + i]! * v[i]!;
      d *= tau;
      for (let i = j; i < m; i++) q[row * m + i] = q[row * m + i]! - d * v[i]!;
    }
  }
  for (let i = 0; i < m; i++) for (let j = i; j < n; j++) h[i * n + j] = r[i * n + j]!;
  return { q, r, h, tau: taus };
}
