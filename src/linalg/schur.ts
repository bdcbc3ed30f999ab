/**
 * The real Schur form of a general matrix, in the steps of LAPACK's dgeev (learned from the
 * algorithms of dgebal, dgehd2, dlahqr and dlanv2, written afresh): balancing (isolating
 * permutations, then power-of-two scaling), Householder reduction to upper Hessenberg form with
 * the orthogonal factor kept, and the standardisation of 2 x 2 blocks (the Francis QR
 * iteration itself is in hqr.ts). All matrices
 * are n x n, row-major, float64. Following the same steps as LAPACK is what makes the
 * eigenvalues come out in NumPy's order and the eigenvectors with NumPy's signs.
 */

/** LAPACK's machine constants: safe minimum and precision (eps * base = 2^-52). */
export const SAFMIN = 2.2250738585072014e-308;
export const ULP = 2 ** -52;

/** LAPACK's dlapy2: sqrt(x^2 + y^2) as w sqrt(1 + (z/w)^2), rounding as LAPACK does. */
export function lapy2(x: number, y: number): number {
  const xa = Math.abs(x);
  const ya = Math.abs(y);
  const w = Math.max(xa, ya);
  const z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  return w * Math.sqrt(1 + (z / w) ** 2);
}

/**
 * The 2-norm of xs, correctly rounded in the normal range (a sum of squares with its rounding
 * error carried, then one Newton correction of the square root), as BLAS's dnrm2 on x86 rounds
 * an extended-precision sum once.
 */
export function nrm2(xs: readonly number[]): number {
  let big = 0;
  for (const x of xs) big = Math.max(big, Math.abs(x));
  if (big === 0 || !Number.isFinite(big)) return big;
  const sc = big > 2 ** 500 || big < 2 ** -500 ? 2 ** -Math.round(Math.log2(big)) : 1;
  let hi = 0;
  let lo = 0;
  for (const x0 of xs) {
    const x = x0 * sc;
    const p = x * x;
    const e = twoProductError(x, x, p);
    const s = hi + p;
    const bv = s - hi;
    lo += hi - (s - bv) + (p - bv) + e;
    hi = s;
  }
  const sum = hi + lo;
  const r = Math.sqrt(sum);
  // r + (sum - r^2) / (2 r), with r^2 formed exactly
  const rr = r * r;
  const err = twoProductError(r, r, rr);
  const corr = (hi - rr + lo - err) / (2 * r);
  return (r + corr) / sc;
}

/** The rounding error of the product a*b = p (Dekker's split). */
function twoProductError(a: number, b: number, p: number): number {
  const split = (v: number): [number, number] => {
    const c = 134217729 * v;
    const h = c - (c - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** Fortran's SIGN(a, b): |a| with the sign of b (+0 counts as positive). */
export const sign = (a: number, b: number): number => (b > 0 || Object.is(b, 0) ? Math.abs(a) : -Math.abs(a));

/** The result of balancing: rows/columns lo..hi (inclusive, 0-based) form the unreduced block. */
export interface Balance {
  lo: number;
  hi: number;
  /** For i in lo..hi the scale factor of row/column i; outside, the index it was swapped with. */
  scale: Float64Array;
}

/**
 * Balances `a` in place (dgebal with job 'B'): rows and columns that isolate an eigenvalue are
 * permuted to the bottom and the top, then the remaining block is scaled by powers of two so
 * that each row and its column have comparable 2-norms.
 * @example balance(Float64Array.of(1, 100, 0.01, 1), 2).scale // Float64Array [...]
 */
export function balance(a: Float64Array, n: number): Balance {
  const scale = new Float64Array(n);
  let k = 0;
  let l = n - 1;
  const swap = (j: number, m: number): void => {
    scale[m] = j;
    if (j === m) return;
    for (let i = 0; i <= l; i++) {
      const t = a[i * n + j]!;
      a[i * n + j] = a[i * n + m]!;
      a[i * n + m] = t;
    }
    for (let i = k; i < n; i++) {
      const t = a[j * n + i]!;
      a[j * n + i] = a[m * n + i]!;
      a[m * n + i] = t;
    }
  };
  // rows with no off-diagonal entries in columns 0..l go to the bottom
  rows: for (;;) {
    for (let j = l; j >= 0; j--) {
      let isolated = true;
      for (let i = 0; i <= l; i++) {
        if (i !== j && a[j * n + i] !== 0) {
          isolated = false;
          break;
        }
      }
      if (!isolated) continue;
      swap(j, l);
      if (l === 0) return { lo: 0, hi: 0, scale: fillScale(scale, 0, 0) };
      l--;
      continue rows;
    }
    break;
  }
  // columns with no off-diagonal entries in rows k..l go to the left
  cols: for (;;) {
    for (let j = k; j <= l; j++) {
      let isolated = true;
      for (let i = k; i <= l; i++) {
        if (i !== j && a[i * n + j] !== 0) {
          isolated = false;
          break;
        }
      }
      if (!isolated) continue;
      swap(j, k);
      k++;
      continue cols;
    }
    break;
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  const radix = 2;
  const sfmin1 = SAFMIN / ULP;
  const sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * radix;
  const sfmax2 = 1 / sfmin2;
  for (let noconv = true; noconv; ) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      const colI: number[] = [];
      const rowI: number[] = [];
      for (let j = k; j <= l; j++) {
        colI.push(a[j * n + i]!);
        rowI.push(a[i * n + j]!);
      }
      let c = nrm2(colI);
      let r = nrm2(rowI);
      let ca = 0;
      for (let j = 0; j <= l; j++) ca = Math.max(ca, Math.abs(a[j * n + i]!));
      let ra = 0;
      for (let j = k; j < n; j++) ra = Math.max(ra, Math.abs(a[i * n + j]!));
      if (c === 0 || r === 0) continue;
      let g = r / radix;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
        f *= radix;
        c *= radix;
        ca *= radix;
        r /= radix;
        g /= radix;
        ra /= radix;
      }
      g = c / radix;
      while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
        f /= radix;
        c /= radix;
        g /= radix;
        ca /= radix;
        r *= radix;
        ra *= radix;
      }
      if (c + r >= 0.95 * s) continue;
      const si = scale[i]!;
      if (f < 1 && si < 1 && f * si <= sfmin1) continue;
      if (f > 1 && si > 1 && si >= sfmax1 / f) continue;
      scale[i] = si * f;
      noconv = true;
      const rg = 1 / f;
      for (let j = k; j < n; j++) a[i * n + j] = a[i * n + j]! * rg;
      for (let j = 0; j <= l; j++) a[j * n + i] = a[j * n + i]! * f;
    }
  }
  return { lo: k, hi: l, scale };
}

function fillScale(scale: Float64Array, lo: number, hi: number): Float64Array {
  for (let i = lo; i <= hi; i++) scale[i] = 1;
  return scale;
}

/**
 * Reduces `a` (in place) to upper Hessenberg form H = Q^T A Q by Householder reflections on
 * rows/columns lo..hi (dgehd2), and returns Q when `wantQ` (identity outside lo..hi).
 */
export function hessenberg(a: Float64Array, n: number, lo: number, hi: number, wantQ: boolean): Float64Array | null {
  const q = wantQ ? new Float64Array(n * n) : null;
  if (q) for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const v = new Float64Array(n);
  for (let i = lo; i < hi; i++) {
    // the reflector that maps a[i+1..hi][i] to beta e1 (dlarfg)
    const alpha = a[(i + 1) * n + i]!;
    const col: number[] = [];
    for (let r = i + 2; r <= hi; r++) col.push(a[r * n + i]!);
    const xnorm = nrm2(col);
    if (xnorm === 0) continue;
    const beta = -sign(lapy2(alpha, xnorm), alpha);
    const tau = (beta - alpha) / beta;
    const scl = 1 / (alpha - beta);
    v[i + 1] = 1;
    for (let r = i + 2; r <= hi; r++) v[r] = a[r * n + i]! * scl;
    // from the right on rows 0..hi, columns i+1..hi
    for (let r = 0; r <= hi; r++) {
      let d = 0;
      for (let c = i + 1; c <= hi; c++) d += a[r * n + c]! * v[c]!;
      d *= tau;
      for (let c = i + 1; c <= hi; c++) a[r * n + c] = a[r * n + c]! - d * v[c]!;
    }
    // from the left on rows i+1..hi, columns i+1..n-1
    for (let c = i + 1; c < n; c++) {
      let d = 0;
      for (let r = i + 1; r <= hi; r++) d += v[r]! * a[r * n + c]!;
      d *= tau;
      for (let r = i + 1; r <= hi; r++) a[r * n + c] = a[r * n + c]! - d * v[r]!;
    }
    a[(i + 1) * n + i] = beta;
    for (let r = i + 2; r <= hi; r++) a[r * n + i] = 0;
    if (q) {
      for (let r = 0; r < n; r++) {
        let d = 0;
        for (let c = i + 1; c <= hi; c++) d += q[r * n + c]! * v[c]!;
        d *= tau;
        for (let c = i + 1; c <= hi; c++) q[r * n + c] = q[r * n + c]! - d * v[c]!;
      }
    }
  }
  return q;
}

/** A standardised 2 x 2 block (dlanv2's output): [[a, b], [c, d]] = [[cs, -sn], [sn, cs]] S [[cs, sn], [-sn, cs]]. */
export interface Block2 {
  a: number;
  b: number;
  c: number;
  d: number;
  cs: number;
  sn: number;
  rt1r: number;
  rt1i: number;
  rt2r: number;
  rt2i: number;
}

/**
 * The Schur factorisation of a real 2 x 2 matrix (dlanv2): either upper triangular (real
 * eigenvalues) or with equal diagonal and b c < 0 (a complex pair a +- sqrt(-b c) i).
 */
export function lanv2(a: number, b: number, c: number, d: number): Block2 {
  const eps = ULP;
  const safmn2 = 2 ** -485;
  const safmx2 = 1 / safmn2;
  let cs = 1;
  let sn = 0;
  if (c === 0) {
    // already triangular
  } else if (b === 0) {
    cs = 0;
    sn = 1;
    const t = d;
    d = a;
    a = t;
    b = -c;
    c = 0;
  } else if (a - d === 0 && sign(1, b) !== sign(1, c)) {
    // already standard
  } else {
    let temp = a - d;
    let p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c));
    const bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    let scale = Math.max(Math.abs(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= 4 * eps) {
      // real eigenvalues
      z = p + sign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = lapy2(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = 0;
    } else {
      // complex or nearly equal real eigenvalues: make the diagonal equal
      let sigma = b + c;
      for (let count = 1; count <= 20; count++) {
        scale = Math.max(Math.abs(temp), Math.abs(sigma));
        if (scale >= safmx2) {
          sigma *= safmn2;
          temp *= safmn2;
          continue;
        }
        if (scale <= safmn2) {
          sigma *= safmx2;
          temp *= safmx2;
          continue;
        }
        break;
      }
      p = 0.5 * temp;
      let tau = lapy2(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const aa = a * cs + b * sn;
      const bb = -a * sn + b * cs;
      const cc = c * cs + d * sn;
      const dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs;
      d = -bb * sn + dd * cs;
      temp = 0.5 * (a + d);
      a = temp;
      d = temp;
      if (c !== 0) {
        if (b !== 0) {
          if (sign(1, b) === sign(1, c)) {
            // real eigenvalues after all: make it upper triangular
            const sab = Math.sqrt(Math.abs(b));
            const sac = Math.sqrt(Math.abs(c));
            p = sign(sab * sac, c);
            tau = 1 / Math.sqrt(Math.abs(b + c));
            a = temp + p;
            d = temp - p;
            b = b - c;
            c = 0;
            const cs1 = sab * tau;
            const sn1 = sac * tau;
            const t = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = t;
          }
        } else {
          b = -c;
          c = 0;
          const t = cs;
          cs = -sn;
          sn = t;
        }
      }
    }
  }
  const im = c === 0 ? 0 : Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
  return { a, b, c, d, cs, sn, rt1r: a, rt1i: im, rt2r: d, rt2i: c === 0 ? 0 : -im };
}
