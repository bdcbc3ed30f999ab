/**
 * The real SVD with LAPACK's dgesdd steps for matrices whose smaller side is at most 25 (where
 * dbdsdc hands the bidiagonal problem to dlasdq/dbdsqr), so the singular vectors come out with
 * NumPy's signs: QR (or LQ) first when one side is much longer (dgesdd's MNTHR), Householder
 * bidiagonalization (dgebd2), the bidiagonal SVD of ./bdsqr.ts, then the reflectors applied back
 * (dormbr); and zgesdd's route for square complex matrices.
 * Matrices are column-major Float64Arrays here; indices in comments are LAPACK's (1-based).
 *
 * @example
 * gesdd(Float64Array.of(4, 2, -3, 1), 2, 2, true)?.s // Float64Array [5.1166..., 1.9543...]
 */
import { householderQr } from "./decompositions.js";
import { lapy2, nrm2 } from "./schur.js";
import { sign, zlarfgScale } from "./steqr.js";
import { dbdsdc } from "./bdsqr.js";

/** dbdsdc's SMLSIZ: bidiagonals up to this order go to dlasdq. */
export const GESDD_MAX = 25;

/** LAPACK's dlarfg on alpha = x[at] and the entries idx of x: [beta, tau], those entries scaled to v. */
function dlarfg(x: Float64Array, at: number, idx: readonly number[]): [number, number] {
  const alpha = x[at]!;
  if (idx.length === 0) return [alpha, 0];
  const xs: number[] = [];
  for (const k of idx) xs.push(x[k]!);
  const xnorm = nrm2(xs);
  if (xnorm === 0) return [alpha, 0];
  const beta = -sign(lapy2(alpha, xnorm), alpha);
  const tau = (beta - alpha) / beta;
  const scal = 1 / (alpha - beta);
  for (const k of idx) x[k] = x[k]! * scal;
  return [beta, tau];
}

/** A Householder reflector: the positions it touches (v[0] = 1 at the first) and its tau. */
interface Reflector {
  at: number[];
  v: number[];
  tau: number;
}

/** H C (rows `r.at` of the column-major C, ncols columns) for H = I - tau v v^T. */
function applyLeft(r: Reflector, C: Float64Array, ld: number, ncols: number): void {
  applyLeftSub(r, C, ld, 0, ncols);
}

/** C H (columns `r.at` of the column-major C, nrows rows) for H = I - tau v v^T. */
function applyRight(r: Reflector, C: Float64Array, ld: number, nrows: number): void {
  applyRightSub(r, C, ld, 0, nrows);
}

/**
 * LAPACK's dgebd2 on the column-major m x n A: the bidiagonal d, e (upper when m >= n, lower
 * otherwise) and the reflectors H(i) (left, Q = H(1)...H(k)) and G(i) (right, P = G(1)...G(k)).
 */
function dgebd2(A: Float64Array, m: number, n: number): { d: Float64Array; e: Float64Array; qs: Reflector[]; ps: Reflector[] } {
  const k = Math.min(m, n);
  const d = new Float64Array(k), e = new Float64Array(Math.max(k - 1, 0));
  const qs: Reflector[] = [], ps: Reflector[] = [];
  const col = (j: number, r0: number) => {
    const pos: number[] = [];
    for (let t = r0; t < m; t++) pos.push(t + j * m);
    return pos;
  };
  const row = (i: number, c0: number) => {
    const pos: number[] = [];
    for (let t = c0; t < n; t++) pos.push(i + t * m);
    return pos;
  };
  const take = (pos: number[], tau: number, byRow: boolean): Reflector => {
    const at: number[] = [], v: number[] = [];
    for (let t = 0; t < pos.length; t++) {
      at.push(byRow ? pos[t]! % m : Math.floor(pos[t]! / m));
      v.push(t === 0 ? 1 : A[pos[t]!]!);
    }
    return { at, v, tau };
  };
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      const pos = col(i, i);
      const [beta, tauq] = dlarfg(A, pos[0]!, pos.slice(1));
      d[i] = beta;
      const H = take(pos, tauq, true);
      qs.push(H);
      // apply H(i) to A(i:m, i+1:n) from the left
      applyLeftSub(H, A, m, i + 1, n);
      A[pos[0]!] = beta;
      if (i < n - 1) {
        const rp = row(i, i + 1);
        const [be, taup] = dlarfg(A, rp[0]!, rp.slice(1));
        e[i] = be;
        const G = take(rp, taup, false);
        ps.push(G);
        applyRightSub(G, A, m, i + 1, m);
        A[rp[0]!] = be;
      }
    }
  } else {
    for (let i = 0; i < m; i++) {
      const rp = row(i, i);
      const [beta, taup] = dlarfg(A, rp[0]!, rp.slice(1));
      d[i] = beta;
      const G = take(rp, taup, false);
      ps.push(G);
      applyRightSub(G, A, m, i + 1, m);
      A[rp[0]!] = beta;
      if (i < m - 1) {
        const pos = col(i, i + 1);
        const [be, tauq] = dlarfg(A, pos[0]!, pos.slice(1));
        e[i] = be;
        const H = take(pos, tauq, true);
        qs.push(H);
        applyLeftSub(H, A, m, i + 1, n);
        A[pos[0]!] = be;
      }
    }
  }
  return { d, e, qs, ps };
}

/** H applied from the left to columns c0..cEnd-1 of A (rows H.at). */
function applyLeftSub(H: Reflector, A: Float64Array, ld: number, c0: number, cEnd: number): void {
  if (H.tau === 0 || c0 >= cEnd) return;
  const { at, v } = H;
  const len = at.length;
  for (let j = c0; j < cEnd; j++) {
    const o = j * ld;
    let w = 0;
    for (let k = 0; k < len; k++) w += A[at[k]! + o]! * v[k]!;
    w *= H.tau;
    for (let k = 0; k < len; k++) A[at[k]! + o] = A[at[k]! + o]! - w * v[k]!;
  }
}

/** G applied from the right to rows r0..rEnd-1 of A (columns G.at). */
function applyRightSub(G: Reflector, A: Float64Array, ld: number, r0: number, rEnd: number): void {
  if (G.tau === 0 || r0 >= rEnd) return;
  const { at, v } = G;
  const len = at.length;
  for (let i = r0; i < rEnd; i++) {
    let w = 0;
    for (let k = 0; k < len; k++) w += A[i + at[k]! * ld]! * v[k]!;
    w *= G.tau;
    for (let k = 0; k < len; k++) A[i + at[k]! * ld] = A[i + at[k]! * ld]! - w * v[k]!;
  }
}

/**
 * The SVD of a square or rectangular bidiagonalizable block: A (column-major m x n) = U S VT
 * with U m x ucols and VT vrows x n (ucols, vrows = m, n for full matrices, else min(m, n)),
 * following dgesdd's path 5 / 5t (dgebd2, dbdsdc, dormbr). Null when dbdsqr fails.
 */
function direct(A: Float64Array, m: number, n: number, full: boolean): { s: Float64Array; u: Float64Array; vt: Float64Array } | null {
  const k = Math.min(m, n);
  const { d, e, qs, ps } = dgebd2(A, m, n);
  const ub = new Float64Array(k * k), vb = new Float64Array(k * k);
  if (!dbdsdc(m < n, k, d, e, ub, vb)) return null;
  const ucols = full ? m : k, vrows = full ? n : k;
  // U: the k x k block, identity in the right corner when full; then Q U (H(k) first)
  const U = new Float64Array(m * ucols);
  for (let j = 0; j < k; j++) for (let i = 0; i < k; i++) U[i + j * m] = ub[i + j * k]!;
  for (let j = k; j < ucols; j++) U[j + j * m] = 1;
  for (let i = qs.length - 1; i >= 0; i--) applyLeft(qs[i]!, U, m, ucols);
  // VT: the k x k block (identity corner when full); then VT P^T (G(k) first)
  const VT = new Float64Array(vrows * n);
  for (let j = 0; j < k; j++) for (let i = 0; i < k; i++) VT[i + j * vrows] = vb[i + j * k]!;
  for (let j = k; j < vrows; j++) VT[j + j * vrows] = 1;
  for (let i = ps.length - 1; i >= 0; i--) applyRight(ps[i]!, VT, vrows, vrows);
  return { s: d, u: U, vt: VT };
}

/**
 * The SVD of the row-major m x n matrix `a` (min(m, n) <= 25) with LAPACK dgesdd's singular
 * vector signs: u row-major m x (full ? m : k), vh row-major (full ? n : k) x n, s decreasing.
 * Null when the bidiagonal QR does not converge (the caller falls back).
 */
export function gesdd(a: Float64Array, m: number, n: number, full: boolean): { s: Float64Array; u: Float64Array; vh: Float64Array } | null {
  const k = Math.min(m, n);
  const transposed = (x: Float64Array, r: number, c: number) => {
    // the r x c matrix x (row-major) in column-major order, or back with r, c swapped
    const y = new Float64Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) y[i + j * r] = x[i * c + j]!;
    return y;
  };
  const toRows = (x: Float64Array, r: number, c: number) => transposed(x, c, r);
  const colMajor = (x: Float64Array, r: number, c: number) => transposed(x, r, c);
  if (k === 0) return null;
  if (m >= n && m >= Math.trunc((n * 11) / 6)) {
    // paths 3/4: A = Q R, the SVD of R, U = Q Ub
    const { q, r } = householderQr(a, m, n, full ? m : n);
    const R = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i + j * n] = r[i * n + j]!;
    const sv = direct(R, n, n, false);
    if (!sv) return null;
    const qw = full ? m : n;
    const U = new Float64Array(m * qw);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let t = 0; t < n; t++) acc += q[i * qw + t]! * sv.u[t + j * n]!;
        U[i * qw + j] = acc;
      }
      for (let j = n; j < qw; j++) U[i * qw + j] = q[i * qw + j]!;
    }
    return { s: sv.s, u: U, vh: toRows(sv.vt, n, n) };
  }
  if (m < n && n >= Math.trunc((m * 11) / 6)) {
    // paths 3t/4t: A = L Q (the QR of A^T), the SVD of L, VT = Vb^T Q
    const at = new Float64Array(n * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) at[j * m + i] = a[i * n + j]!;
    const { q, r } = householderQr(at, n, m, full ? n : m);
    const L = new Float64Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j <= i; j++) L[i + j * m] = r[j * m + i]!;
    const sv = direct(L, m, m, false);
    if (!sv) return null;
    const qw = full ? n : m;
    // Q_lq = Q_qr^T: row i of Q_lq is column i of q
    const VH = new Float64Array(qw * n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let t = 0; t < m; t++) acc += sv.vt[i + t * m]! * q[j * qw + t]!;
        VH[i * n + j] = acc;
      }
    }
    for (let i = m; i < qw; i++) for (let j = 0; j < n; j++) VH[i * n + j] = q[j * qw + i]!;
    return { s: sv.s, u: toRows(sv.u, m, m), vh: VH };
  }
  const sv = direct(colMajor(a, m, n), m, n, full);
  if (!sv) return null;
  const ucols = full ? m : k, vrows = full ? n : k;
  return { s: sv.s, u: toRows(sv.u, m, ucols), vh: toRows(sv.vt, vrows, n) };
}

/** A complex reflector I - tau v v^H on the positions `at` (v[0] = 1). */
interface ZReflector {
  at: number[];
  vr: number[];
  vi: number[];
  tr: number;
  ti: number;
}

/**
 * LAPACK's zlarfg on alpha = (ar[at], ai[at]) and the entries idx: [beta (real), tau re, tau im],
 * the entries scaled to v (zladiv(1, alpha - beta) times each).
 */
function zlarfg(ar: Float64Array, ai: Float64Array, at: number, idx: readonly number[]): [number, number, number] {
  const alphr = ar[at]!, alphi = ai[at]!;
  const parts: number[] = [];
  for (const k of idx) parts.push(ar[k]!, ai[k]!);
  const xnorm = nrm2(parts);
  if (xnorm === 0 && alphi === 0) return [alphr, 0, 0];
  return zlarfgScale(ar, ai, alphr, alphi, xnorm, idx);
}

/** C := (I - tau v v^H) C on the rows `at` of columns c0..cEnd-1 (column-major re/im, leading dimension ld). */
function zApplyLeft(h: ZReflector, tr: number, ti: number, cr: Float64Array, ci: Float64Array, ld: number, c0: number, cEnd: number): void {
  if (tr === 0 && ti === 0) return;
  const { at, vr, vi } = h;
  for (let j = c0; j < cEnd; j++) {
    const o = j * ld;
    // w = v^H c
    let wr = 0, wi = 0;
    for (let k = 0; k < at.length; k++) {
      const xr = cr[at[k]! + o]!, xi = ci[at[k]! + o]!;
      wr += vr[k]! * xr + vi[k]! * xi;
      wi += vr[k]! * xi - vi[k]! * xr;
    }
    const sr = tr * wr - ti * wi, si = tr * wi + ti * wr;
    for (let k = 0; k < at.length; k++) {
      const p = at[k]! + o;
      cr[p] = cr[p]! - (vr[k]! * sr - vi[k]! * si);
      ci[p] = ci[p]! - (vr[k]! * si + vi[k]! * sr);
    }
  }
}

/** C := C (I - tau v v^H) on the columns `at` of rows r0..rEnd-1 (column-major re/im). */
function zApplyRight(h: ZReflector, tr: number, ti: number, cr: Float64Array, ci: Float64Array, ld: number, r0: number, rEnd: number): void {
  if (tr === 0 && ti === 0) return;
  const { at, vr, vi } = h;
  for (let i = r0; i < rEnd; i++) {
    // w = C v
    let wr = 0, wi = 0;
    for (let k = 0; k < at.length; k++) {
      const xr = cr[i + at[k]! * ld]!, xi = ci[i + at[k]! * ld]!;
      wr += xr * vr[k]! - xi * vi[k]!;
      wi += xr * vi[k]! + xi * vr[k]!;
    }
    const sr = tr * wr - ti * wi, si = tr * wi + ti * wr;
    // C -= s v^H
    for (let k = 0; k < at.length; k++) {
      const p = i + at[k]! * ld;
      cr[p] = cr[p]! - (sr * vr[k]! + si * vi[k]!);
      ci[p] = ci[p]! - (si * vr[k]! - sr * vi[k]!);
    }
  }
}

/**
 * The SVD of a square complex n x n matrix (row-major re/im, n <= 25) with LAPACK zgesdd's
 * steps for it (zgebd2 to a real bidiagonal, dbdsdc, zunmbr), so U and Vh carry NumPy's
 * phases. Null when the bidiagonal QR does not converge.
 */
export function zgesddSquare(re: Float64Array, im: Float64Array, n: number): { s: Float64Array; ur: Float64Array; ui: Float64Array; vr: Float64Array; vi: Float64Array } | null {
  const ar = new Float64Array(n * n), ai = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      ar[i + j * n] = re[i * n + j]!;
      ai[i + j * n] = im[i * n + j]!;
    }
  }
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 0));
  const qs: ZReflector[] = [], ps: ZReflector[] = [];
  for (let i = 0; i < n; i++) {
    // H(i) annihilates A(i+1:n, i); H(i)^H is applied to A(i:n, i+1:n)
    const col: number[] = [];
    for (let t = i + 1; t < n; t++) col.push(t + i * n);
    const [beta, tqr, tqi] = zlarfg(ar, ai, i + i * n, col);
    d[i] = beta;
    const H: ZReflector = { at: [i], vr: [1], vi: [0], tr: tqr, ti: tqi };
    for (const p of col) {
      H.at.push(p % n);
      H.vr.push(ar[p]!);
      H.vi.push(ai[p]!);
    }
    qs.push(H);
    zApplyLeft(H, tqr, -tqi, ar, ai, n, i + 1, n);
    if (i < n - 1) {
      // G(i) from the conjugated row A(i, i+1:n), applied to A(i+1:n, i+1:n) from the right
      for (let t = i + 1; t < n; t++) ai[i + t * n] = -ai[i + t * n]!;
      const row: number[] = [];
      for (let t = i + 2; t < n; t++) row.push(i + t * n);
      const [be, tpr, tpi] = zlarfg(ar, ai, i + (i + 1) * n, row);
      e[i] = be;
      const G: ZReflector = { at: [i + 1], vr: [1], vi: [0], tr: tpr, ti: tpi };
      for (const p of row) {
        G.at.push(Math.floor(p / n));
        G.vr.push(ar[p]!);
        G.vi.push(ai[p]!);
      }
      ps.push(G);
      zApplyRight(G, tpr, tpi, ar, ai, n, i + 1, n);
    }
  }
  const ub = new Float64Array(n * n), vb = new Float64Array(n * n);
  if (!dbdsdc(false, n, d, e, ub, vb)) return null;
  // U = Q Ub (zunm2r, H(k) first, tau as is); VT = Vb^T P^H (zunml2, G(k) first, conj(tau))
  const ur = Float64Array.from(ub), ui = new Float64Array(n * n);
  for (let i = qs.length - 1; i >= 0; i--) zApplyLeft(qs[i]!, qs[i]!.tr, qs[i]!.ti, ur, ui, n, 0, n);
  const vr = Float64Array.from(vb), vi = new Float64Array(n * n);
  for (let i = ps.length - 1; i >= 0; i--) zApplyRight(ps[i]!, ps[i]!.tr, -ps[i]!.ti, vr, vi, n, 0, n);
  const rows = (x: Float64Array) => {
    const y = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) y[i * n + j] = x[i + j * n]!;
    return y;
  };
  return { s: d, ur: rows(ur), ui: rows(ui), vr: rows(vr), vi: rows(vi) };
}
