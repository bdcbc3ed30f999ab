/**
 * Eigenvalues and right eigenvectors of a general real matrix, in the steps of LAPACK's dgeev:
 * balance, Hessenberg reduction, Francis QR to the real Schur form T = Z^T A Z (schur.ts), then
 * the eigenvectors of T by back substitution (dtrevc's algorithm, with dlaln2's perturbation
 * of near-singular diagonal blocks, so defective matrices give LAPACK's nearly parallel
 * vectors), transformed back by Z and the balancing, and normalised as dgeev does: unit 2-norm,
 * and for a complex vector the component of largest modulus made real.
 */
import { zdiv } from "./complex.js";
import { hqr } from "./hqr.js";
import { SAFMIN, ULP, balance, hessenberg, lapy2, nrm2 } from "./schur.js";

export interface Geev {
  wr: Float64Array;
  wi: Float64Array;
  /**
   * n x n row-major: column j is the eigenvector of a real eigenvalue j; for a complex pair
   * (j, j+1), columns j and j+1 are the real and imaginary parts of the vector of eigenvalue j.
   */
  vr: Float64Array | null;
}

/**
 * Eigen-decomposition of the n x n row-major matrix `a` (overwritten); eigenvectors only when
 * `wantV`. Null when the QR iteration does not converge.
 * @example geev(Float64Array.of(0, -1, 1, 0), 2, true)!.wi // Float64Array [1, -1]
 */
export function geev(a: Float64Array, n: number, wantV: boolean): Geev | null {
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (n === 0) return { wr, wi, vr: wantV ? new Float64Array(0) : null };
  // scale a matrix whose entries are all very small or very large into range (dgeev's anrm)
  let anrm = 0;
  for (let i = 0; i < n * n; i++) anrm = Math.max(anrm, Math.abs(a[i]!));
  const smlnum = Math.sqrt(SAFMIN) / ULP;
  const bignum = 1 / smlnum;
  const cscale = anrm > 0 && anrm < smlnum ? smlnum : anrm > bignum ? bignum : 0;
  if (cscale) for (let i = 0; i < n * n; i++) a[i] = a[i]! * (cscale / anrm);
  const bal = balance(a, n);
  const { lo, hi } = bal;
  const z = hessenberg(a, n, lo, hi, wantV);
  for (let i = 0; i < n; i++) {
    if (i < lo || i > hi) {
      wr[i] = a[i * n + i]!;
      wi[i] = 0;
    }
  }
  if (!hqr(a, n, lo, hi, wantV, z, wr, wi)) return null;
  if (cscale) {
    for (let i = 0; i < n; i++) {
      wr[i] = wr[i]! * (anrm / cscale);
      wi[i] = wi[i]! * (anrm / cscale);
    }
  }
  if (!wantV) return { wr, wi, vr: null };
  const vr = schurVectors(a, n, z!);
  backBalance(vr, n, bal.lo, bal.hi, bal.scale);
  normalise(vr, n, wi);
  return { wr, wi, vr };
}

/** Eigenvectors of the quasi-triangular t, multiplied by z (dtrevc, side 'R', back-transformed). */
function schurVectors(t: Float64Array, n: number, z: Float64Array): Float64Array {
  const T = (i: number, j: number): number => t[i * n + j]!;
  const vr = new Float64Array(n * n);
  const smlnum = SAFMIN * (n / ULP);
  const bignum = (1 - ULP) / smlnum;
  // 1-norms of the strictly upper columns, to guard the updates against overflow
  const cnorm = new Float64Array(n);
  for (let j = 1; j < n; j++) for (let i = 0; i < j; i++) cnorm[j] = cnorm[j]! + Math.abs(T(i, j));
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  for (let ki = n - 1; ki >= 0; ki--) {
    const pair = ki > 0 && T(ki, ki - 1) !== 0;
    const wr = T(ki, ki);
    const wi = pair ? Math.sqrt(Math.abs(T(ki, ki - 1))) * Math.sqrt(Math.abs(T(ki - 1, ki))) : 0;
    const smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
    xr.fill(0);
    xi.fill(0);
    let top: number; // the vector's last nonzero row
    if (!pair) {
      top = ki;
      xr[ki] = 1;
      for (let k = 0; k < ki; k++) xr[k] = -T(k, ki);
    } else {
      // the eigenvector of the 2 x 2 block [ki-1, ki] for wr + i wi, then the right-hand side
      top = ki;
      if (Math.abs(T(ki - 1, ki)) >= Math.abs(T(ki, ki - 1))) {
        xr[ki - 1] = 1;
        xi[ki] = wi / T(ki - 1, ki);
      } else {
        xr[ki - 1] = -wi / T(ki, ki - 1);
        xi[ki] = 1;
      }
      for (let k = 0; k < ki - 1; k++) {
        xr[k] = -xr[ki - 1]! * T(k, ki - 1);
        xi[k] = -xi[ki]! * T(k, ki);
      }
    }
    // back substitution through the diagonal blocks above
    let j = pair ? ki - 2 : ki - 1;
    while (j >= 0) {
      const two = j > 0 && T(j, j - 1) !== 0;
      const j1 = two ? j - 1 : j;
      const sol = laln2(t, n, j1, two ? 2 : 1, smin, xr, xi, wr, pair ? wi : 0);
      let scale = sol.scale;
      const bound = two ? Math.max(cnorm[j - 1]!, cnorm[j]!) : cnorm[j]!;
      if (sol.xnorm > 1 && bound > bignum / sol.xnorm) {
        for (let r = 0; r < sol.re.length; r++) {
          sol.re[r] = sol.re[r]! / sol.xnorm;
          sol.im[r] = sol.im[r]! / sol.xnorm;
        }
        scale /= sol.xnorm;
      }
      if (scale !== 1) {
        for (let k = 0; k <= top; k++) {
          xr[k] = xr[k]! * scale;
          xi[k] = xi[k]! * scale;
        }
      }
      for (let r = 0; r < sol.re.length; r++) {
        const col = j1 + r;
        xr[col] = sol.re[r]!;
        xi[col] = sol.im[r]!;
        for (let k = 0; k < j1; k++) {
          xr[k] = xr[k]! - sol.re[r]! * T(k, col);
          xi[k] = xi[k]! - sol.im[r]! * T(k, col);
        }
      }
      j = j1 - 1;
    }
    // back-transform: Z x, then scale the largest component (|re| + |im| for a pair) to 1
    let emax = 0;
    const colR = pair ? ki - 1 : ki;
    for (let r = 0; r < n; r++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k <= top; k++) {
        sr += z[r * n + k]! * xr[k]!;
        si += z[r * n + k]! * xi[k]!;
      }
      vr[r * n + colR] = sr;
      if (pair) vr[r * n + ki] = si;
      emax = Math.max(emax, Math.abs(sr) + Math.abs(si));
    }
    const remax = 1 / emax;
    for (let r = 0; r < n; r++) {
      vr[r * n + colR] = vr[r * n + colR]! * remax;
      if (pair) vr[r * n + ki] = vr[r * n + ki]! * remax;
    }
    if (pair) ki--;
  }
  return vr;
}

/**
 * Solves the 1 x 1 or 2 x 2 system (T[j1.., j1..] - (wr + i wi) I) x = scale b (dlaln2), b read
 * from (br, bi) at rows j1..; a pivot smaller than smin is replaced by smin, as LAPACK
 * perturbs a singular block. Complete pivoting for the 2 x 2 case.
 */
function laln2(t: Float64Array, n: number, j1: number, na: number, smin: number, br: Float64Array, bi: Float64Array, wr: number, wi: number): { re: number[]; im: number[]; scale: number; xnorm: number } {
  const smlnum = 2 * SAFMIN;
  const bignum = 1 / smlnum;
  const smini = Math.max(smin, smlnum);
  let scale = 1;
  if (na === 1) {
    let cr = t[j1 * n + j1]! - wr;
    let ci = -wi;
    if (Math.abs(cr) + Math.abs(ci) < smini) {
      cr = smini;
      ci = 0;
    }
    const cnorm = Math.abs(cr) + Math.abs(ci);
    const bnorm = Math.abs(br[j1]!) + Math.abs(bi[j1]!);
    if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) scale = 1 / bnorm;
    const [xr, xi] = zdiv(scale * br[j1]!, scale * bi[j1]!, cr, ci);
    return { re: [xr], im: [xi], scale, xnorm: Math.abs(xr) + Math.abs(xi) };
  }
  // C = T block - w I, as [c11, c21, c12, c22] (LAPACK's column-major order)
  const Cr = [t[j1 * n + j1]! - wr, t[(j1 + 1) * n + j1]!, t[j1 * n + j1 + 1]!, t[(j1 + 1) * n + j1 + 1]! - wr];
  const Ci = [-wi, 0, 0, -wi];
  let icmax = 0;
  let cmax = 0;
  for (let k = 0; k < 4; k++) {
    const m = Math.abs(Cr[k]!) + Math.abs(Ci[k]!);
    if (m > cmax) {
      cmax = m;
      icmax = k;
    }
  }
  const b1r = br[j1]!;
  const b1i = bi[j1]!;
  const b2r = br[j1 + 1]!;
  const b2i = bi[j1 + 1]!;
  if (cmax < smini) {
    const bnorm = Math.max(Math.abs(b1r) + Math.abs(b1i), Math.abs(b2r) + Math.abs(b2i));
    if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) scale = 1 / bnorm;
    const f = scale / smini;
    return { re: [f * b1r, f * b2r], im: [f * b1i, f * b2i], scale, xnorm: f * bnorm };
  }
  // the pivot's row and column, and the other entries relative to it
  const PIV = [[0, 1, 2, 3], [1, 0, 3, 2], [2, 3, 0, 1], [3, 2, 1, 0]][icmax]!;
  const rswap = icmax === 1 || icmax === 3;
  const zswap = icmax === 2 || icmax === 3;
  const [u11r, u11i] = [Cr[PIV[0]!]!, Ci[PIV[0]!]!];
  const [c21r, c21i] = [Cr[PIV[1]!]!, Ci[PIV[1]!]!];
  const [u12r, u12i] = [Cr[PIV[2]!]!, Ci[PIV[2]!]!];
  const [c22r, c22i] = [Cr[PIV[3]!]!, Ci[PIV[3]!]!];
  const [l21r, l21i] = zdiv(c21r, c21i, u11r, u11i);
  let u22r = c22r - (u12r * l21r - u12i * l21i);
  let u22i = c22i - (u12r * l21i + u12i * l21r);
  if (Math.abs(u22r) + Math.abs(u22i) < smini) {
    u22r = smini;
    u22i = 0;
  }
  let [p1r, p1i, p2r, p2i] = rswap ? [b2r, b2i, b1r, b1i] : [b1r, b1i, b2r, b2i];
  p2r -= l21r * p1r - l21i * p1i;
  p2i -= l21r * p1i + l21i * p1r;
  const u22abs = Math.abs(u22r) + Math.abs(u22i);
  const [q1r, q1i] = zdiv(p1r, p1i, u11r, u11i);
  const bbnd = Math.max(Math.abs(q1r * u22r) + Math.abs(q1i * u22i), Math.abs(p2r) + Math.abs(p2i));
  if (bbnd > 1 && u22abs < 1 && bbnd >= bignum * u22abs) {
    scale = 1 / bbnd;
    p1r *= scale;
    p1i *= scale;
    p2r *= scale;
    p2i *= scale;
  }
  const [x2r, x2i] = zdiv(p2r, p2i, u22r, u22i);
  // x1 = (p1 - u12 x2) / u11
  const [x1r, x1i] = zdiv(p1r - (u12r * x2r - u12i * x2i), p1i - (u12r * x2i + u12i * x2r), u11r, u11i);
  let re = zswap ? [x2r, x1r] : [x1r, x2r];
  let im = zswap ? [x2i, x1i] : [x1i, x2i];
  let xnorm = Math.max(Math.abs(x1r) + Math.abs(x1i), Math.abs(x2r) + Math.abs(x2i));
  if (xnorm > 1 && cmax > 1 && xnorm > bignum / cmax) {
    const f = cmax / bignum;
    re = re.map((x) => x * f);
    im = im.map((x) => x * f);
    xnorm *= f;
    scale *= f;
  }
  return { re, im, scale, xnorm };
}

/** Undoes the balancing on the rows of the eigenvectors (dgebak 'B', 'R'). */
function backBalance(v: Float64Array, n: number, lo: number, hi: number, scale: Float64Array): void {
  if (lo !== hi) {
    for (let i = lo; i <= hi; i++) {
      const s = scale[i]!;
      for (let c = 0; c < n; c++) v[i * n + c] = v[i * n + c]! * s;
    }
  }
  for (let ii = 0; ii < n; ii++) {
    let i = ii;
    if (i >= lo && i <= hi) continue;
    if (i < lo) i = lo - 1 - ii;
    const k = scale[i]!;
    if (k === i) continue;
    for (let c = 0; c < n; c++) {
      const tmp = v[i * n + c]!;
      v[i * n + c] = v[k * n + c]!;
      v[k * n + c] = tmp;
    }
  }
}

/** dgeev's normalisation: unit 2-norm; a complex vector rotated so its largest component is real. */
function normalise(v: Float64Array, n: number, wi: Float64Array): void {
  const colNorm = (c: number): number => {
    return nrm2(Array.from({ length: n }, (_, r) => v[r * n + c]!));
  };
  for (let i = 0; i < n; i++) {
    if (wi[i] === 0) {
      const scl = 1 / colNorm(i);
      for (let r = 0; r < n; r++) v[r * n + i] = v[r * n + i]! * scl;
    } else if (wi[i]! > 0) {
      const scl = 1 / lapy2(colNorm(i), colNorm(i + 1));
      let k = 0;
      let best = -1;
      for (let r = 0; r < n; r++) {
        v[r * n + i] = v[r * n + i]! * scl;
        v[r * n + i + 1] = v[r * n + i + 1]! * scl;
        const m = v[r * n + i]! ** 2 + v[r * n + i + 1]! ** 2;
        if (m > best) {
          best = m;
          k = r;
        }
      }
      // the rotation (dlartg) that makes component k real, with the sign of its real part
      const f = v[k * n + i]!;
      const g = v[k * n + i + 1]!;
      let cs = 1;
      let sn = 0;
      if (g !== 0) {
        if (f === 0) {
          cs = 0;
          sn = Math.sign(g);
        } else {
          const d = Math.sqrt(f * f + g * g);
          cs = Math.abs(f) / d;
          sn = g / (f >= 0 ? d : -d);
        }
      }
      for (let r = 0; r < n; r++) {
        const x = v[r * n + i]!;
        const y = v[r * n + i + 1]!;
        v[r * n + i] = cs * x + sn * y;
        v[r * n + i + 1] = cs * y - sn * x;
      }
      v[k * n + i + 1] = 0;
    }
  }
}
