/**
 * The symmetric eigensolver NumPy's eigh reaches through LAPACK (dsyevd with UPLO 'L', which
 * for the matrix sizes that matter here runs dsytd2 + dsteqr): Householder reduction to
 * tridiagonal form, then implicit QL/QR iterations with Wilkinson shifts, and a selection sort of
 * the eigenvalues. Following LAPACK's steps (dlarfg, dlaev2, dlartg, dlasr) gives the same
 * eigenvectors, signs included, as NumPy prints them.
 *
 * @example
 * const { w, v } = symmetricEigen(new Float64Array([2, 1, 1, 2]), 2);
 * // w = [1, 3]; v (row-major, eigenvectors in columns) = [-0.7071, 0.7071, 0.7071, 0.7071]
 */

const EPS = 2 ** -53; // dlamch('E')
const SAFMIN = 2 ** -1022; // dlamch('S')
const SAFMAX = 1 / SAFMIN;
const SSFMAX = Math.sqrt(SAFMAX) / 3;
const SSFMIN = Math.sqrt(SAFMIN) / (EPS * EPS);
const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(SAFMAX / 2);

/** Fortran's SIGN(a, b): |a| with the sign of b. */
export function sign(a: number, b: number): number {
  return b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a);
}

/** LAPACK's dlapy2: sqrt(x^2 + y^2) without needless overflow. */
function dlapy2(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  return z === 0 || w > Number.MAX_VALUE ? w : w * Math.sqrt(1 + (z / w) ** 2);
}

/** LAPACK 3.10's dlartg: [c, s, r] with [c s; -s c] [f; g] = [r; 0]. */
export function dlartg(f: number, g: number): [number, number, number] {
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), g1];
  if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
  const fs = f / u, gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}

/** LAPACK's dlaev2: eigenvalues rt1 >= rt2 (by |.|) of [[a, b], [b, c]] and (cs1, sn1), rt1's eigenvector. */
function dlaev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = b + b, ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  const rt = adf > ab ? adf * Math.sqrt(1 + (ab / adf) ** 2) : adf < ab ? ab * Math.sqrt(1 + (adf / ab) ** 2) : ab * Math.SQRT2;
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  let cs: number, sgn2: number;
  if (df >= 0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1;
    sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}

/**
 * LAPACK's dlasr with SIDE 'R', PIVOT 'V': applies the plane rotations (c[k], s[k]),
 * k = 0..cnt-2, to columns col..col+cnt-1 of the n x n column-major z, backward or forward.
 */
function dlasr(forward: boolean, n: number, cnt: number, c: Float64Array, s: Float64Array, at: number, z: Float64Array, col: number): void {
  const rot = (j: number): void => {
    const ct = c[at + j]!, st = s[at + j]!;
    if (ct === 1 && st === 0) return;
    const p = (col + j) * n, q = (col + j + 1) * n;
    for (let i = 0; i < n; i++) {
      const temp = z[q + i]!;
      z[q + i] = ct * temp - st * z[p + i]!;
      z[p + i] = st * temp + ct * z[p + i]!;
    }
  };
  if (forward) for (let j = 0; j < cnt - 1; j++) rot(j);
  else for (let j = cnt - 2; j >= 0; j--) rot(j);
}

/** LAPACK's dlarfg on x (indices idx of the column-major a) with alpha = a[at]: [beta, tau], x scaled in place. */
function dlarfg(a: Float64Array, at: number, idx: readonly number[]): [number, number] {
  const alpha = a[at]!;
  if (idx.length === 0) return [alpha, 0];
  let scale = 0, ssq = 1;
  for (const k of idx) {
    const x = Math.abs(a[k]!);
    if (x === 0) continue;
    if (scale < x) {
      ssq = 1 + ssq * (scale / x) ** 2;
      scale = x;
    } else ssq += (x / scale) ** 2;
  }
  const xnorm = scale * Math.sqrt(ssq);
  if (xnorm === 0) return [alpha, 0];
  const beta = -sign(dlapy2(alpha, xnorm), alpha);
  const sc = 1 / (alpha - beta);
  for (const k of idx) a[k] = a[k]! * sc;
  return [beta, (beta - alpha) / beta];
}

/**
 * Reduces the symmetric column-major a (n x n, full storage, overwritten) to tridiagonal form
 * d, e as dsytd2 does (UPLO 'L': reflectors from the top, Q = H(1) ... H(n-1); UPLO 'U': from
 * the bottom, Q = H(n-1) ... H(1)), and returns Q (column-major).
 */
function tridiagonalize(a: Float64Array, n: number, d: Float64Array, e: Float64Array, upper: boolean): Float64Array {
  // each reflector: the rows it acts on (v[0] at rows[0]) and tau
  const hs: { rows: number[]; v: Float64Array; tau: number }[] = [];
  const reflect = (rows: number[], oneAt: number, col: number): void => {
    // rows: the reflector's rows, in v's order; oneAt: the index in rows of v's unit element
    const xIdx = rows.filter((_, k) => k !== oneAt).map((r) => r + col * n);
    const [beta, tau] = dlarfg(a, rows[oneAt]! + col * n, xIdx);
    const len = rows.length;
    const v = new Float64Array(len);
    rows.forEach((r, k) => (v[k] = k === oneAt ? 1 : a[r + col * n]!));
    e[upper ? col - 1 : col] = beta;
    if (tau !== 0) {
      // w = tau A22 v; w -= (tau / 2) (w . v) v; A22 -= v w' + w v'
      const w = new Float64Array(len);
      for (let p = 0; p < len; p++) {
        let t = 0;
        for (let q = 0; q < len; q++) t += a[rows[p]! + rows[q]! * n]! * v[q]!;
        w[p] = tau * t;
      }
      let dot = 0;
      for (let p = 0; p < len; p++) dot += w[p]! * v[p]!;
      const alpha2 = -0.5 * tau * dot;
      for (let p = 0; p < len; p++) w[p] = w[p]! + alpha2 * v[p]!;
      for (let q = 0; q < len; q++) {
        const t1 = -w[q]!, t2 = -v[q]!;
        for (let p = 0; p < len; p++) {
          if (upper ? p > q : p < q) continue;
          const x = a[rows[p]! + rows[q]! * n]! + v[p]! * t1 + w[p]! * t2;
          a[rows[p]! + rows[q]! * n] = x;
          a[rows[q]! + rows[p]! * n] = x;
        }
      }
    }
    hs.push({ rows, v, tau });
  };
  if (upper) {
    for (let i = n - 2; i >= 0; i--) {
      // annihilate A(0:i-1, i+1); the unit element at row i
      reflect(Array.from({ length: i + 1 }, (_, k) => k), i, i + 1);
      d[i + 1] = a[i + 1 + (i + 1) * n]!;
    }
    d[0] = a[0]!;
  } else {
    for (let i = 0; i < n - 1; i++) {
      // annihilate A(i+2:n-1, i); the unit element at row i+1
      reflect(Array.from({ length: n - i - 1 }, (_, k) => i + 1 + k), 0, i);
      d[i] = a[i + i * n]!;
    }
    d[n - 1] = a[n - 1 + (n - 1) * n]!;
  }
  // Q: the reflectors applied to I, the last factor first
  const q = new Float64Array(n * n);
  for (let k = 0; k < n; k++) q[k + k * n] = 1;
  // 'L': hs is H(1), ..., H(n-1) and Q = H(1) ... H(n-1); 'U': hs is H(n-1), ..., H(1) and
  // Q = H(n-1) ... H(1): either way the last of hs is applied to I first
  const order = hs.slice().reverse();
  for (const { rows, v, tau } of order) {
    if (tau === 0) continue;
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let k = 0; k < rows.length; k++) s += v[k]! * q[rows[k]! + c * n]!;
      s *= tau;
      for (let k = 0; k < rows.length; k++) q[rows[k]! + c * n] = q[rows[k]! + c * n]! - s * v[k]!;
    }
  }
  return q;
}

/**
 * LAPACK's dsteqr with COMPZ 'V': eigenvalues of the symmetric tridiagonal (d, e) into d
 * (ascending), the rotations applied to the columns of z. Returns false when it does not
 * converge (30 n iterations), as LAPACK's info > 0.
 */
function dsteqr(n: number, dIn: Float64Array, eIn: Float64Array, z: Float64Array): boolean {
  // 1-based views, as in LAPACK
  const d = new Float64Array(n + 1);
  const e = new Float64Array(n + 1);
  d.set(dIn, 1);
  e.set(eIn.subarray(0, n - 1), 1);
  const wc = new Float64Array(n + 1);
  const ws = new Float64Array(n + 1);
  const eps2 = EPS * EPS;
  const nmaxit = n * 30;
  let jtot = 0;
  let l1 = 1;
  const Z = z;
  while (l1 <= n) {
    if (l1 > 1) e[l1 - 1] = 0;
    let m = n;
    for (let mm = l1; mm <= n - 1; mm++) {
      const tst = Math.abs(e[mm]!);
      if (tst === 0) {
        m = mm;
        break;
      }
      if (tst <= Math.sqrt(Math.abs(d[mm]!)) * Math.sqrt(Math.abs(d[mm + 1]!)) * EPS) {
        e[mm] = 0;
        m = mm;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // scale
    let anorm = 0;
    for (let k = l; k <= lend; k++) anorm = Math.max(anorm, Math.abs(d[k]!));
    for (let k = l; k < lend; k++) anorm = Math.max(anorm, Math.abs(e[k]!));
    if (Number.isNaN(anorm)) return false;
    let iscale = 0;
    if (anorm === 0) continue;
    const rescale = (from: number, to: number): void => {
      for (let k = lsv; k <= lendsv; k++) d[k] = (d[k]! / from) * to;
      for (let k = lsv; k < lendsv; k++) e[k] = (e[k]! / from) * to;
    };
    if (anorm > SSFMAX) {
      iscale = 1;
      rescale(anorm, SSFMAX);
    } else if (anorm < SSFMIN) {
      iscale = 2;
      rescale(anorm, SSFMIN);
    }
    if (Math.abs(d[lend]!) < Math.abs(d[l]!)) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration
      for (;;) {
        let mq = lend;
        if (l !== lend) {
          for (let k = l; k <= lend - 1; k++) {
            const tst = Math.abs(e[k]!) ** 2;
            if (tst <= eps2 * Math.abs(d[k]!) * Math.abs(d[k + 1]!) + SAFMIN) {
              mq = k;
              break;
            }
          }
        }
        m = mq;
        if (m < lend) e[m] = 0;
        let p = d[l]!;
        if (m === l) {
          d[l] = p;
          l += 1;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const [rt1, rt2, c, s] = dlaev2(d[l]!, e[l]!, d[l + 1]!);
          wc[l] = c;
          ws[l] = s;
          dlasr(false, n, 2, wc, ws, l, Z, l - 1);
          d[l] = rt1;
          d[l + 1] = rt2;
          e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l + 1]! - p) / (2 * e[l]!);
        let r = dlapy2(g, 1);
        g = d[m]! - p + e[l]! / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i]!;
          const b = c * e[i]!;
          [c, s, r] = dlartg(g, f);
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1]! - p;
          r = (d[i]! - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          wc[i] = c;
          ws[i] = -s;
        }
        dlasr(false, n, m - l + 1, wc, ws, l, Z, l - 1);
        d[l] = d[l]! - p;
        e[l] = g;
      }
    } else {
      // QR iteration
      for (;;) {
        let mq = lend;
        if (l !== lend) {
          for (let k = l; k >= lend + 1; k--) {
            const tst = Math.abs(e[k - 1]!) ** 2;
            if (tst <= eps2 * Math.abs(d[k]!) * Math.abs(d[k - 1]!) + SAFMIN) {
              mq = k;
              break;
            }
          }
        }
        m = mq;
        if (m > lend) e[m - 1] = 0;
        let p = d[l]!;
        if (m === l) {
          d[l] = p;
          l -= 1;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const [rt1, rt2, c, s] = dlaev2(d[l - 1]!, e[l - 1]!, d[l]!);
          wc[m] = c;
          ws[m] = s;
          dlasr(true, n, 2, wc, ws, m, Z, l - 2);
          d[l - 1] = rt1;
          d[l] = rt2;
          e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1]! - p) / (2 * e[l - 1]!);
        let r = dlapy2(g, 1);
        g = d[m]! - p + e[l - 1]! / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i]!;
          const b = c * e[i]!;
          [c, s, r] = dlartg(g, f);
          if (i !== m) e[i - 1] = r;
          g = d[i]! - p;
          r = (d[i + 1]! - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          wc[i] = c;
          ws[i] = s;
        }
        dlasr(true, n, l - m + 1, wc, ws, m, Z, m - 1);
        d[l] = d[l]! - p;
        e[l - 1] = g;
      }
    }
    if (iscale === 1) rescale(SSFMAX, anorm);
    else if (iscale === 2) rescale(SSFMIN, anorm);
    if (jtot >= nmaxit) {
      for (let k = 1; k < n; k++) if (e[k] !== 0) return false;
    }
  }
  // selection sort, swapping eigenvectors
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i;
    let p = d[i]!;
    for (let j = ii; j <= n; j++) {
      if (d[j]! < p) {
        k = j;
        p = d[j]!;
      }
    }
    if (k !== i) {
      d[k] = d[i]!;
      d[i] = p;
      for (let r = 0; r < n; r++) {
        const t = Z[r + (i - 1) * n]!;
        Z[r + (i - 1) * n] = Z[r + (k - 1) * n]!;
        Z[r + (k - 1) * n] = t;
      }
    }
  }
  dIn.set(d.subarray(1));
  return true;
}

/**
 * Eigenvalues (ascending) and eigenvectors of a symmetric n x n matrix (row-major, full
 * storage), as LAPACK's dsytd2 + dsteqr compute them; null when the QL/QR iterations do not
 * converge. `v` is row-major with the eigenvectors in its columns.
 */
export function symmetricEigen(m: Float64Array, n: number, upper = false): { w: Float64Array; v: Float64Array } | null {
  const a = Float64Array.from(m); // symmetric: row-major = column-major
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n, 1));
  if (n === 0) return { w: d, v: new Float64Array(0) };
  // dsyevd's scaling of a matrix whose largest element is outside [rmin, rmax]
  const smlnum = SAFMIN / (2 * EPS);
  const rmin = Math.sqrt(smlnum), rmax = Math.sqrt(1 / smlnum);
  let anrm = 0;
  for (const x of a) anrm = Math.max(anrm, Math.abs(x));
  const sigma = anrm > 0 && anrm < rmin ? rmin / anrm : anrm > rmax ? rmax / anrm : 1;
  if (sigma !== 1) for (let k = 0; k < a.length; k++) a[k] = a[k]! * sigma;
  const z = tridiagonalize(a, n, d, e, upper);
  if (!dsteqr(n, d, e, z)) return null;
  if (sigma !== 1) for (let k = 0; k < n; k++) d[k] = d[k]! * (1 / sigma);
  // column-major z to row-major v
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[i * n + j] = z[i + j * n]!;
  return { w: d, v };
}

/**
 * The end of LAPACK's zlarfg once ||x|| is known (and alpha or x is nonzero): beta = -sign(alpha_r)
 * dlapy3(alpha_r, alpha_i, ||x||), tau = ((beta - alpha_r) / beta, -alpha_i / beta), and the
 * entries idx of x scaled by zladiv(1, alpha - beta). Returns [beta, tau re, tau im].
 */
export function zlarfgScale(ar: Float64Array, ai: Float64Array, alphr: number, alphi: number, xnorm: number, idx: readonly number[]): [number, number, number] {
  // dlapy3
  const m3 = Math.max(Math.abs(alphr), Math.abs(alphi), xnorm);
  const y3 = m3 === 0 ? 0 : m3 * Math.sqrt((alphr / m3) ** 2 + (alphi / m3) ** 2 + (xnorm / m3) ** 2);
  const beta = -sign(y3, alphr);
  const tr = (beta - alphr) / beta, ti = -alphi / beta;
  // alpha = 1 / (alpha - beta) (zladiv), then x *= alpha
  const pr = alphr - beta, pi = alphi;
  let qr: number, qi: number;
  if (Math.abs(pi) <= Math.abs(pr)) {
    const rr = pi / pr, den = pr + pi * rr;
    qr = 1 / den;
    qi = -rr / den;
  } else {
    const rr = pr / pi, den = pi + pr * rr;
    qr = rr / den;
    qi = -1 / den;
  }
  for (const k of idx) {
    const xr = ar[k]!, xi = ai[k]!;
    ar[k] = qr * xr - qi * xi;
    ai[k] = qr * xi + qi * xr;
  }
  return [beta, tr, ti];
}

/**
 * Eigenvalues (ascending) and eigenvectors of a Hermitian n x n matrix (row-major re/im, full
 * storage), as LAPACK's zheevd computes them for small n: zhetd2 (complex reflectors from
 * zlarfg, which also make the subdiagonal real), dsteqr on the real tridiagonal, and Q Z. Null
 * when the iterations do not converge.
 */
export function hermitianEigen(re: Float64Array, im: Float64Array, n: number, upper = false): { w: Float64Array; vr: Float64Array; vi: Float64Array } | null {
  // column-major copies: element (r, c) at r + c n (the transpose of row-major)
  const ar = new Float64Array(n * n), ai = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      ar[r + c * n] = re[r * n + c]!;
      ai[r + c * n] = im[r * n + c]!;
    }
  }
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n, 1));
  if (n === 0) return { w: d, vr: new Float64Array(0), vi: new Float64Array(0) };
  const hs: { rows: number[]; vr: Float64Array; vi: Float64Array; tr: number; ti: number }[] = [];
  const reflect = (rows: number[], oneAt: number, col: number): void => {
    const len = rows.length;
    const at = rows[oneAt]! + col * n;
    const alphr = ar[at]!, alphi = ai[at]!;
    const xs = rows.filter((_, k) => k !== oneAt).map((r) => r + col * n);
    let scale = 0, ssq = 1;
    for (const k of xs) {
      for (const x of [Math.abs(ar[k]!), Math.abs(ai[k]!)]) {
        if (x === 0) continue;
        if (scale < x) {
          ssq = 1 + ssq * (scale / x) ** 2;
          scale = x;
        } else ssq += (x / scale) ** 2;
      }
    }
    const xnorm = scale * Math.sqrt(ssq);
    const [beta, tr, ti] = xnorm === 0 && alphi === 0 ? [alphr, 0, 0] : zlarfgScale(ar, ai, alphr, alphi, xnorm, xs);
    const vr = new Float64Array(len), vi = new Float64Array(len);
    rows.forEach((r, k) => {
      vr[k] = k === oneAt ? 1 : ar[r + col * n]!;
      vi[k] = k === oneAt ? 0 : ai[r + col * n]!;
    });
    e[upper ? col - 1 : col] = beta;
    if (tr !== 0 || ti !== 0) {
      // x = tau A22 v; alpha = -tau/2 (x^H v); w = x + alpha v; A22 -= v w^H + w v^H
      const xr = new Float64Array(len), xi = new Float64Array(len);
      for (let p = 0; p < len; p++) {
        let sr = 0, si = 0;
        for (let q = 0; q < len; q++) {
          const mr = ar[rows[p]! + rows[q]! * n]!, mi = ai[rows[p]! + rows[q]! * n]!;
          sr += mr * vr[q]! - mi * vi[q]!;
          si += mr * vi[q]! + mi * vr[q]!;
        }
        xr[p] = tr * sr - ti * si;
        xi[p] = tr * si + ti * sr;
      }
      let dr = 0, di = 0;
      for (let p = 0; p < len; p++) {
        dr += xr[p]! * vr[p]! + xi[p]! * vi[p]!;
        di += xr[p]! * vi[p]! - xi[p]! * vr[p]!;
      }
      const alr = -0.5 * (tr * dr - ti * di), ali = -0.5 * (tr * di + ti * dr);
      for (let p = 0; p < len; p++) {
        const wr = xr[p]! + alr * vr[p]! - ali * vi[p]!;
        const wi = xi[p]! + alr * vi[p]! + ali * vr[p]!;
        xr[p] = wr;
        xi[p] = wi;
      }
      for (let q = 0; q < len; q++) {
        for (let p = 0; p < len; p++) {
          if (upper ? p > q : p < q) continue;
          // A(p, q) -= v_p conj(w_q) + w_p conj(v_q)
          const k = rows[p]! + rows[q]! * n;
          const nr = ar[k]! - (vr[p]! * xr[q]! + vi[p]! * xi[q]!) - (xr[p]! * vr[q]! + xi[p]! * vi[q]!);
          const ni = ai[k]! - (vi[p]! * xr[q]! - vr[p]! * xi[q]!) - (xi[p]! * vr[q]! - xr[p]! * vi[q]!);
          ar[k] = nr;
          ai[k] = p === q ? 0 : ni;
          ar[rows[q]! + rows[p]! * n] = nr;
          ai[rows[q]! + rows[p]! * n] = p === q ? 0 : -ni;
        }
      }
    }
    hs.push({ rows, vr, vi, tr, ti });
  };
  if (upper) {
    for (let i = n - 2; i >= 0; i--) {
      reflect(Array.from({ length: i + 1 }, (_, k) => k), i, i + 1);
      d[i + 1] = ar[i + 1 + (i + 1) * n]!;
    }
    d[0] = ar[0]!;
  } else {
    for (let i = 0; i < n - 1; i++) {
      reflect(Array.from({ length: n - i - 1 }, (_, k) => i + 1 + k), 0, i);
      d[i] = ar[i + i * n]!;
    }
    d[n - 1] = ar[n - 1 + (n - 1) * n]!;
  }
  // eigenvectors of the real tridiagonal
  const z = new Float64Array(n * n);
  for (let k = 0; k < n; k++) z[k + k * n] = 1;
  if (!dsteqr(n, d, e, z)) return null;
  // V = Q Z: the reflectors applied to Z, the last of hs first (as in tridiagonalize)
  const qr = Float64Array.from(z), qi = new Float64Array(n * n);
  for (const { rows, vr, vi, tr, ti } of hs.slice().reverse()) {
    if (tr === 0 && ti === 0) continue;
    for (let c = 0; c < n; c++) {
      // s = tau (v^H q_c); q_c -= v s
      let sr = 0, si = 0;
      for (let k = 0; k < rows.length; k++) {
        const yr = qr[rows[k]! + c * n]!, yi = qi[rows[k]! + c * n]!;
        sr += vr[k]! * yr + vi[k]! * yi;
        si += vr[k]! * yi - vi[k]! * yr;
      }
      const s2r = tr * sr - ti * si, s2i = tr * si + ti * sr;
      for (let k = 0; k < rows.length; k++) {
        qr[rows[k]! + c * n] = qr[rows[k]! + c * n]! - (vr[k]! * s2r - vi[k]! * s2i);
        qi[rows[k]! + c * n] = qi[rows[k]! + c * n]! - (vr[k]! * s2i + vi[k]! * s2r);
      }
    }
  }
  const outR = new Float64Array(n * n), outI = new Float64Array(n * n);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      outR[r * n + c] = qr[r + c * n]!;
      outI[r * n + c] = qi[r + c * n]!;
    }
  }
  return { w: d, vr: outR, vi: outI };
}
