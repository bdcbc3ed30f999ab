/**
 * LAPACK's SVD of a bidiagonal matrix, as dgesdd reaches it for small problems: dbdsdc handing
 * the bidiagonal to dlasdq/dbdsqr (implicit-shift QR with dlasv2/dlas2, zero-shift sweeps,
 * rotations by dlartg applied with dlasr), then the sorts of dbdsqr, dlasdq and dbdsdc, so the
 * singular vectors keep LAPACK's signs. Matrices are column-major Float64Arrays; indices in
 * comments are LAPACK's (1-based). The bidiagonalization and the drivers are in ./gesdd.ts.
 *
 * @example
 * // d, e: the diagonal and superdiagonal; u, vt: n x n, both the identity on entry
 * dbdsdc(false, n, d, e, u, vt) // true when it converged; d sorted descending
 */
import { dlartg as dlartgPair, sign } from "./steqr.js";

const EPS = 2 ** -53;
const UNFL = 2 ** -1022;
const SAFMIN = 2 ** -1022;
const SAFMAX = 1 / SAFMIN;
const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(SAFMAX / 2);

/** LAPACK 3.10's dlartg (as steqr.ts's) writing [c, s, r] into a scratch array: no allocation in dbdsqr's loops. */
const ROT = new Float64Array(3);

function rot(f: number, g: number): Float64Array {
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) {
    ROT[0] = 1;
    ROT[1] = 0;
    ROT[2] = f;
  } else if (f === 0) {
    ROT[0] = 0;
    ROT[1] = sign(1, g);
    ROT[2] = g1;
  } else if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    ROT[0] = f1 / d;
    ROT[1] = g / r;
    ROT[2] = r;
  } else {
    const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
    const fs = f / u, gs = g / u;
    const d = Math.sqrt(fs * fs + gs * gs);
    const r = sign(d, f);
    ROT[0] = Math.abs(fs) / d;
    ROT[1] = gs / r;
    ROT[2] = r * u;
  }
  return ROT;
}

const dlartg = dlartgPair;

/** dlasr with SIDE='L', PIVOT='V' on rows r0..r0+mm-1 (0-based r0) of the column-major A (ncols columns). */
function lasrL(forward: boolean, mm: number, ncols: number, c: Float64Array, c0: number, s: Float64Array, s0: number, A: Float64Array, ld: number, r0: number): void {
  const step = (j: number) => {
    const ct = c[c0 + j]!, st = s[s0 + j]!;
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < ncols; i++) {
      const p = r0 + j + i * ld;
      const temp = A[p + 1]!;
      A[p + 1] = ct * temp - st * A[p]!;
      A[p] = st * temp + ct * A[p]!;
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) step(j);
  else for (let j = mm - 2; j >= 0; j--) step(j);
}

/** dlasr with SIDE='R', PIVOT='V' on columns k0..k0+nn-1 (0-based) of the column-major A (nrows rows). */
function lasrR(forward: boolean, nrows: number, nn: number, c: Float64Array, c0: number, s: Float64Array, s0: number, A: Float64Array, ld: number, k0: number): void {
  const step = (j: number) => {
    const ct = c[c0 + j]!, st = s[s0 + j]!;
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < nrows; i++) {
      const p = i + (k0 + j) * ld;
      const temp = A[p + ld]!;
      A[p + ld] = ct * temp - st * A[p]!;
      A[p] = st * temp + ct * A[p]!;
    }
  };
  if (forward) for (let j = 0; j < nn - 1; j++) step(j);
  else for (let j = nn - 2; j >= 0; j--) step(j);
}

/** LAPACK's dlas2: the singular values [ssmin, ssmax] of [[f, g], [0, h]]. */
function dlas2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    return [0, fhmx === 0 ? ga : Math.max(fhmx, ga) * Math.sqrt(1 + (Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const smin = fhmn * c * au;
  return [smin + smin, ga / (c + c)];
}

/** LAPACK's dlasv2: [ssmin, ssmax, snr, csr, snl, csl], the SVD of [[f, g], [0, h]]. */
function dlasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    ssmin = ssmax = clt = crt = slt = srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(d, ft) + m / t;
      else t = (m / (s + t) + m / (r + l)) * (1 + a);
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  const [csl, snl, csr, snr] = swap ? [srt, crt, slt, clt] : [clt, slt, crt, srt];
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

/**
 * LAPACK's dbdsqr for an upper bidiagonal d (n), e (n-1), updating the rows of vt (n x ncvt) and
 * the columns of u (nru x n): false when the QR iterations do not converge.
 */
function dbdsqr(n: number, d0: Float64Array, e0: Float64Array, vt: Float64Array, ldvt: number, ncvt: number, u: Float64Array, ldu: number, nru: number): boolean {
  // 1-based copies, as the Fortran indexes them
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1);
  d.set(d0, 1);
  e.set(e0.subarray(0, n - 1), 1);
  const VTrow = (i: number) => i - 1; // row i of VT at 0-based row i-1
  const Ucol = (j: number) => j - 1;
  const rotVT = (i: number, j: number, c: number, s: number) => {
    for (let k = 0; k < ncvt; k++) {
      const x = VTrow(i) + k * ldvt, y = VTrow(j) + k * ldvt;
      const t = c * vt[x]! + s * vt[y]!;
      vt[y] = c * vt[y]! - s * vt[x]!;
      vt[x] = t;
    }
  };
  const rotU = (i: number, j: number, c: number, s: number) => {
    for (let k = 0; k < nru; k++) {
      const x = k + Ucol(i) * ldu, y = k + Ucol(j) * ldu;
      const t = c * u[x]! + s * u[y]!;
      u[y] = c * u[y]! - s * u[x]!;
      u[x] = t;
    }
  };
  let converged = true;
  if (n > 1) {
    const nm1 = n - 1, nm12 = nm1 + nm1, nm13 = nm12 + nm1;
    const work = new Float64Array(4 * n + 1);
    let idir = 0;
    const tolmul = Math.max(10, Math.min(100, EPS ** -0.125));
    const tol = tolmul * EPS;
    let smax = 0;
    for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(d[i]!));
    for (let i = 1; i <= n - 1; i++) smax = Math.max(smax, Math.abs(e[i]!));
    let smin = 0;
    let sminoa = Math.abs(d[1]!);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 2; i <= n; i++) {
        mu = Math.abs(d[i]!) * (mu / (mu + Math.abs(e[i - 1]!)));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, 6 * (n * (n * UNFL)));
    const maxitdivn = 6 * n;
    let iterdivn = 0, iter = -1, oldll = -1, oldm = -1;
    let m = n;
    for (;;) {
      if (m <= 1) break;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) {
          converged = false;
          break;
        }
      }
      smax = Math.abs(d[m]!);
      let ll = 0;
      let split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(d[ll]!), abse = Math.abs(e[ll]!);
        if (abse <= thresh || abse === 0) {
          split = true;
          break;
        }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) {
          m -= 1;
          continue;
        }
      } else ll = 0;
      ll += 1;
      if (ll === m - 1) {
        const [sigmn, sigmx, sinr, cosr, sinl, cosl] = dlasv2(d[m - 1]!, e[m - 1]!, d[m]!);
        d[m - 1] = sigmx;
        e[m - 1] = 0;
        d[m] = sigmn;
        if (ncvt > 0) rotVT(m - 1, m, cosr, sinr);
        if (nru > 0) rotU(m - 1, m, cosl, sinl);
        m -= 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = Math.abs(d[ll]!) >= Math.abs(d[m]!) ? 1 : 2;
      let restart = false;
      if (idir === 1) {
        if (Math.abs(e[m - 1]!) <= Math.abs(tol) * Math.abs(d[m]!)) {
          e[m - 1] = 0;
          continue;
        }
        let mu = Math.abs(d[ll]!);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]!) <= tol * mu) {
            e[lll] = 0;
            restart = true;
            break;
          }
          mu = Math.abs(d[lll + 1]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]!) <= Math.abs(tol) * Math.abs(d[ll]!)) {
          e[ll] = 0;
          continue;
        }
        let mu = Math.abs(d[m]!);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]!) <= tol * mu) {
            e[lll] = 0;
            restart = true;
            break;
          }
          mu = Math.abs(d[lll]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      }
      if (restart) continue;
      oldll = ll;
      oldm = m;
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) shift = 0;
      else {
        let sll: number;
        if (idir === 1) {
          sll = Math.abs(d[ll]!);
          shift = dlas2(d[m - 1]!, e[m - 1]!, d[m]!)[0];
        } else {
          sll = Math.abs(d[m]!);
          shift = dlas2(d[ll]!, e[ll]!, d[ll + 1]!)[0];
        }
        if (sll > 0 && (shift / sll) ** 2 < EPS) shift = 0;
      }
      iter += m - ll;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = ll; i <= m - 1; i++) {
            let t = rot(d[i]! * cs, e[i]!);
            cs = t[0]!;
            sn = t[1]!;
            const r = t[2]!;
            if (i > ll) e[i - 1] = oldsn * r;
            t = rot(oldcs * r, d[i + 1]! * sn);
            oldcs = t[0]!;
            oldsn = t[1]!;
            d[i] = t[2]!;
            work[i - ll + 1] = cs;
            work[i - ll + 1 + nm1] = sn;
            work[i - ll + 1 + nm12] = oldcs;
            work[i - ll + 1 + nm13] = oldsn;
          }
          const h = d[m]! * cs;
          d[m] = h * oldcs;
          e[m - 1] = h * oldsn;
          if (ncvt > 0) lasrL(true, m - ll + 1, ncvt, work, 1, work, n, vt, ldvt, VTrow(ll));
          if (nru > 0) lasrR(true, nru, m - ll + 1, work, nm12 + 1, work, nm13 + 1, u, ldu, Ucol(ll));
          if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = m; i >= ll + 1; i--) {
            let t = rot(d[i]! * cs, e[i - 1]!);
            cs = t[0]!;
            sn = t[1]!;
            const r = t[2]!;
            if (i < m) e[i] = oldsn * r;
            t = rot(oldcs * r, d[i - 1]! * sn);
            oldcs = t[0]!;
            oldsn = t[1]!;
            d[i] = t[2]!;
            work[i - ll] = cs;
            work[i - ll + nm1] = -sn;
            work[i - ll + nm12] = oldcs;
            work[i - ll + nm13] = -oldsn;
          }
          const h = d[ll]! * cs;
          d[ll] = h * oldcs;
          e[ll] = h * oldsn;
          if (ncvt > 0) lasrL(false, m - ll + 1, ncvt, work, nm12 + 1, work, nm13 + 1, vt, ldvt, VTrow(ll));
          if (nru > 0) lasrR(false, nru, m - ll + 1, work, 1, work, n, u, ldu, Ucol(ll));
          if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        let f = (Math.abs(d[ll]!) - shift) * (sign(1, d[ll]!) + shift / d[ll]!);
        let g = e[ll]!;
        for (let i = ll; i <= m - 1; i++) {
          let t = rot(f, g);
          const cosr = t[0]!, sinr = t[1]!;
          if (i > ll) e[i - 1] = t[2]!;
          f = cosr * d[i]! + sinr * e[i]!;
          e[i] = cosr * e[i]! - sinr * d[i]!;
          g = sinr * d[i + 1]!;
          d[i + 1] = cosr * d[i + 1]!;
          t = rot(f, g);
          const cosl = t[0]!, sinl = t[1]!;
          d[i] = t[2]!;
          f = cosl * e[i]! + sinl * d[i + 1]!;
          d[i + 1] = cosl * d[i + 1]! - sinl * e[i]!;
          if (i < m - 1) {
            g = sinl * e[i + 1]!;
            e[i + 1] = cosl * e[i + 1]!;
          }
          work[i - ll + 1] = cosr;
          work[i - ll + 1 + nm1] = sinr;
          work[i - ll + 1 + nm12] = cosl;
          work[i - ll + 1 + nm13] = sinl;
        }
        e[m - 1] = f;
        if (ncvt > 0) lasrL(true, m - ll + 1, ncvt, work, 1, work, n, vt, ldvt, VTrow(ll));
        if (nru > 0) lasrR(true, nru, m - ll + 1, work, nm12 + 1, work, nm13 + 1, u, ldu, Ucol(ll));
        if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
      } else {
        let f = (Math.abs(d[m]!) - shift) * (sign(1, d[m]!) + shift / d[m]!);
        let g = e[m - 1]!;
        for (let i = m; i >= ll + 1; i--) {
          let t = rot(f, g);
          const cosr = t[0]!, sinr = t[1]!;
          if (i < m) e[i] = t[2]!;
          f = cosr * d[i]! + sinr * e[i - 1]!;
          e[i - 1] = cosr * e[i - 1]! - sinr * d[i]!;
          g = sinr * d[i - 1]!;
          d[i - 1] = cosr * d[i - 1]!;
          t = rot(f, g);
          const cosl = t[0]!, sinl = t[1]!;
          d[i] = t[2]!;
          f = cosl * e[i - 1]! + sinl * d[i - 1]!;
          d[i - 1] = cosl * d[i - 1]! - sinl * e[i - 1]!;
          if (i > ll + 1) {
            g = sinl * e[i - 2]!;
            e[i - 2] = cosl * e[i - 2]!;
          }
          work[i - ll] = cosr;
          work[i - ll + nm1] = -sinr;
          work[i - ll + nm12] = cosl;
          work[i - ll + nm13] = -sinl;
        }
        e[ll] = f;
        if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        if (ncvt > 0) lasrL(false, m - ll + 1, ncvt, work, nm12 + 1, work, nm13 + 1, vt, ldvt, VTrow(ll));
        if (nru > 0) lasrR(false, nru, m - ll + 1, work, 1, work, n, u, ldu, Ucol(ll));
      }
    }
  }
  // make the singular values positive, then sort them decreasing (one swap per position)
  for (let i = 1; i <= n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      for (let k = 0; k < ncvt; k++) vt[VTrow(i) + k * ldvt] = -vt[VTrow(i) + k * ldvt]!;
    }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1;
    let smin = d[1]!;
    for (let j = 2; j <= n + 1 - i; j++) {
      if (d[j]! <= smin) {
        isub = j;
        smin = d[j]!;
      }
    }
    if (isub !== n + 1 - i) {
      d[isub] = d[n + 1 - i]!;
      d[n + 1 - i] = smin;
      swapRows(vt, ldvt, ncvt, VTrow(isub), VTrow(n + 1 - i));
      swapCols(u, ldu, nru, Ucol(isub), Ucol(n + 1 - i));
    }
  }
  d0.set(d.subarray(1));
  return converged;
}

function swapRows(A: Float64Array, ld: number, ncols: number, i: number, j: number): void {
  for (let k = 0; k < ncols; k++) {
    const t = A[i + k * ld]!;
    A[i + k * ld] = A[j + k * ld]!;
    A[j + k * ld] = t;
  }
}

function swapCols(A: Float64Array, ld: number, nrows: number, i: number, j: number): void {
  for (let k = 0; k < nrows; k++) {
    const t = A[k + i * ld]!;
    A[k + i * ld] = A[k + j * ld]!;
    A[k + j * ld] = t;
  }
}

/**
 * dbdsdc('U' or 'L', 'I') for n <= SMLSIZ: u and vt (n x n, column-major) of the bidiagonal's
 * SVD, d overwritten by the singular values (decreasing). False when dbdsqr does not converge.
 */
export function dbdsdc(lower: boolean, n: number, d: Float64Array, e: Float64Array, u: Float64Array, vt: Float64Array): boolean {
  u.fill(0);
  vt.fill(0);
  if (n === 1) {
    u[0] = sign(1, d[0]!);
    vt[0] = 1;
    d[0] = Math.abs(d[0]!);
    return true;
  }
  const cs = new Float64Array(n), sn = new Float64Array(n);
  if (lower) {
    for (let i = 0; i < n - 1; i++) {
      const [c, s, r] = dlartg(d[i]!, e[i]!);
      d[i] = r;
      e[i] = s * d[i + 1]!;
      d[i + 1] = c * d[i + 1]!;
      cs[i] = c;
      sn[i] = -s;
    }
  }
  for (let i = 0; i < n; i++) {
    u[i + i * n] = 1;
    vt[i + i * n] = 1;
  }
  if (!dbdsqr(n, d, e, vt, n, n, u, n, n)) return false;
  // dlasdq's sort into increasing order, then dbdsdc's into decreasing, each swapping vectors
  for (let i = 0; i < n; i++) {
    let isub = i;
    let smin = d[i]!;
    for (let j = i + 1; j < n; j++) {
      if (d[j]! < smin) {
        isub = j;
        smin = d[j]!;
      }
    }
    if (isub !== i) {
      d[isub] = d[i]!;
      d[i] = smin;
      swapRows(vt, n, n, isub, i);
      swapCols(u, n, n, isub, i);
    }
  }
  for (let i = 0; i < n - 1; i++) {
    let kk = i;
    let p = d[i]!;
    for (let j = i + 1; j < n; j++) {
      if (d[j]! > p) {
        kk = j;
        p = d[j]!;
      }
    }
    if (kk !== i) {
      d[kk] = d[i]!;
      d[i] = p;
      swapCols(u, n, n, i, kk);
      swapRows(vt, n, n, i, kk);
    }
  }
  if (lower) lasrL(false, n, n, cs, 0, sn, 0, u, n, 0);
  return true;
}
