/**
 * The decompositions behind np.linalg for complex matrices, on row-major pairs of Float64Arrays
 * (real and imaginary parts): LU with partial pivoting (zgetf2's pivot, the largest
 * |re| + |im|), Cholesky A = L L^H, Hermitian eigen-decomposition and one-sided SVD by complex
 * Jacobi rotations (a phase that makes the off-diagonal entry real, then a real rotation), and
 * Householder QR in zgeqrf's convention (real diagonal of R).
 */
import { logs } from "./util.js";

/** A complex matrix or vector: real and imaginary parts, row-major. */
export interface Z {
  re: Float64Array;
  im: Float64Array;
}

export interface ZLU extends Z {
  n: number;
  piv: Int32Array;
  singular: boolean;
}

/** (a + bi) / (c + di) by Smith's method, a real divisor exactly (as LAPACK's dladiv guards it). */
export function zdiv(a: number, b: number, c: number, d: number): [number, number] {
  if (d === 0) return [a / c, b / c];
  if (Math.abs(d) <= Math.abs(c)) {
    const e = d / c;
    const f = c + d * e;
    return [(a + b * e) / f, (b - a * e) / f];
  }
  const e = c / d;
  const f = d + c * e;
  return [(b + a * e) / f, (-a + b * e) / f];
}

/**
 * Factors the n x n complex matrix (overwritten) as P A = L U.
 * @example zluFactor({re: Float64Array.of(0, 1, 1, 0), im: new Float64Array(4)}, 2).piv // [1, 1]
 */
export function zluFactor(a: Z, n: number): ZLU {
  const { re, im } = a;
  const piv = new Int32Array(n);
  let singular = false;
  for (let j = 0; j < n; j++) {
    let p = j;
    let best = -1;
    for (let i = j; i < n; i++) {
      const v = Math.abs(re[i * n + j]!) + Math.abs(im[i * n + j]!);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    piv[j] = p;
    if (re[p * n + j] === 0 && im[p * n + j] === 0) {
      singular = true;
      continue;
    }
    if (p !== j) {
      for (let k = 0; k < n; k++) {
        let t = re[j * n + k]!;
        re[j * n + k] = re[p * n + k]!;
        re[p * n + k] = t;
        t = im[j * n + k]!;
        im[j * n + k] = im[p * n + k]!;
        im[p * n + k] = t;
      }
    }
    const [rr, ri] = zdiv(1, 0, re[j * n + j]!, im[j * n + j]!);
    for (let i = j + 1; i < n; i++) {
      const xr = re[i * n + j]!;
      const xi = im[i * n + j]!;
      re[i * n + j] = xr * rr - xi * ri;
      im[i * n + j] = xr * ri + xi * rr;
    }
    for (let i = j + 1; i < n; i++) {
      const lr = re[i * n + j]!;
      const li = im[i * n + j]!;
      if (lr === 0 && li === 0) continue;
      for (let k = j + 1; k < n; k++) {
        const ur = re[j * n + k]!;
        const ui = im[j * n + k]!;
        re[i * n + k] = re[i * n + k]! - (lr * ur - li * ui);
        im[i * n + k] = im[i * n + k]! - (lr * ui + li * ur);
      }
    }
  }
  return { re, im, n, piv, singular };
}

/** Solves A X = B for the n x m right-hand sides `b` (overwritten), given A's LU. */
export function zluSolve(f: ZLU, b: Z, m: number): void {
  const { re, im, n, piv } = f;
  const br = b.re;
  const bi = b.im;
  for (let j = 0; j < n; j++) {
    const p = piv[j]!;
    if (p === j) continue;
    for (let c = 0; c < m; c++) {
      let t = br[j * m + c]!;
      br[j * m + c] = br[p * m + c]!;
      br[p * m + c] = t;
      t = bi[j * m + c]!;
      bi[j * m + c] = bi[p * m + c]!;
      bi[p * m + c] = t;
    }
  }
  for (let c = 0; c < m; c++) {
    for (let k = 0; k < n; k++) {
      const xr = br[k * m + c]!;
      const xi = bi[k * m + c]!;
      if (xr === 0 && xi === 0) continue;
      for (let i = k + 1; i < n; i++) {
        const lr = re[i * n + k]!;
        const li = im[i * n + k]!;
        br[i * m + c] = br[i * m + c]! - (xr * lr - xi * li);
        bi[i * m + c] = bi[i * m + c]! - (xr * li + xi * lr);
      }
    }
    for (let k = n - 1; k >= 0; k--) {
      if (br[k * m + c] === 0 && bi[k * m + c] === 0) continue;
      const [xr, xi] = zdiv(br[k * m + c]!, bi[k * m + c]!, re[k * n + k]!, im[k * n + k]!);
      br[k * m + c] = xr;
      bi[k * m + c] = xi;
      for (let i = 0; i < k; i++) {
        const ur = re[i * n + k]!;
        const ui = im[i * n + k]!;
        br[i * m + c] = br[i * m + c]! - (xr * ur - xi * ui);
        bi[i * m + c] = bi[i * m + c]! - (xr * ui + xi * ur);
      }
    }
  }
}

/** NumPy's complex slogdet from an LU: the unit-modulus sign and log|det|; (0, -inf) when singular. */
export function zluSlogdet(f: ZLU): [number, number, number] {
  const { re, im, n, piv } = f;
  let sr = 1;
  let si = 0;
  const mags: number[] = [];
  for (let j = 0; j < n; j++) {
    if (piv[j] !== j) {
      sr = -sr;
      si = -si;
    }
    const ur = re[j * n + j]!;
    const ui = im[j * n + j]!;
    const m = Math.hypot(ur, ui);
    if (m === 0) return [0, 0, -Infinity];
    const [pr, pi] = [ur / m, ui / m];
    [sr, si] = [sr * pr - si * pi, sr * pi + si * pr];
    mags.push(m);
  }
  let logdet = 0;
  for (const l of logs(mags)) logdet += l;
  return [sr, si, logdet];
}

/** Lower Cholesky factor L (A = L L^H, lower triangle read), or null when not positive definite. */
export function zcholesky(a: Z, n: number): Z | null {
  const Lr = new Float64Array(n * n);
  const Li = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a.re[j * n + j]!;
    for (let k = 0; k < j; k++) d -= Lr[j * n + k]! ** 2 + Li[j * n + k]! ** 2;
    if (!(d > 0)) return null;
    const ljj = Math.sqrt(d);
    Lr[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      // (a_ij - sum_k L_ik conj(L_jk)) / L_jj
      let sr = a.re[i * n + j]!;
      let si = a.im[i * n + j]!;
      for (let k = 0; k < j; k++) {
        const [ar, ai, br, bi] = [Lr[i * n + k]!, Li[i * n + k]!, Lr[j * n + k]!, -Li[j * n + k]!];
        sr -= ar * br - ai * bi;
        si -= ar * bi + ai * br;
      }
      Lr[i * n + j] = sr / ljj;
      Li[i * n + j] = si / ljj;
    }
  }
  return { re: Lr, im: Li };
}

/** Multiplies column q of the n-column matrix (rows 0..rows-1) by e^{-i phi} = (c, -s). */
function phaseColumn(m: Z, rows: number, n: number, q: number, c: number, s: number): void {
  for (let k = 0; k < rows; k++) {
    const xr = m.re[k * n + q]!;
    const xi = m.im[k * n + q]!;
    m.re[k * n + q] = xr * c + xi * s;
    m.im[k * n + q] = xi * c - xr * s;
  }
}

/** The real rotation [c -s; s c] of columns p, q (x_p' = c x_p - s x_q, x_q' = s x_p + c x_q). */
function rotateColumns(m: Z, rows: number, n: number, p: number, q: number, c: number, s: number): void {
  for (const part of [m.re, m.im]) {
    for (let k = 0; k < rows; k++) {
      const xp = part[k * n + p]!;
      const xq = part[k * n + q]!;
      part[k * n + p] = c * xp - s * xq;
      part[k * n + q] = s * xp + c * xq;
    }
  }
}

/**
 * Eigen-decomposition of the Hermitian n x n matrix (overwritten, both triangles set) by cyclic
 * complex Jacobi rotations: real eigenvalues (unsorted) and eigenvectors in the columns of V.
 */
export function zjacobiEigen(a: Z, n: number): { w: Float64Array; v: Z } {
  const v: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
  for (let i = 0; i < n; i++) v.re[i * n + i] = 1;
  for (let i = 0; i < n; i++) a.im[i * n + i] = 0;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < n; p++) {
      diag += a.re[p * n + p]! ** 2;
      for (let q = p + 1; q < n; q++) off += a.re[p * n + q]! ** 2 + a.im[p * n + q]! ** 2;
    }
    if (!(off > 1e-34 * diag) || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const r = Math.hypot(a.re[p * n + q]!, a.im[p * n + q]!);
        if (r === 0) continue;
        // A := D^H A D with D = diag(.., e^{-i phi} at q) makes a_pq = r real
        const c0 = a.re[p * n + q]! / r;
        const s0 = a.im[p * n + q]! / r;
        phaseColumn(a, n, n, q, c0, s0);
        for (let k = 0; k < n; k++) {
          // row q times e^{+i phi}
          const xr = a.re[q * n + k]!;
          const xi = a.im[q * n + k]!;
          a.re[q * n + k] = xr * c0 - xi * s0;
          a.im[q * n + k] = xi * c0 + xr * s0;
        }
        a.im[q * n + q] = 0;
        phaseColumn(v, n, n, q, c0, s0);
        const app = a.re[p * n + p]!;
        const aqq = a.re[q * n + q]!;
        const theta = (aqq - app) / (2 * r);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // columns then rows p, q of A by the rotation, which zeroes a_pq
        rotateColumns(a, n, n, p, q, c, s);
        for (const part of [a.re, a.im]) {
          for (let k = 0; k < n; k++) {
            const xp = part[p * n + k]!;
            const xq = part[q * n + k]!;
            part[p * n + k] = c * xp - s * xq;
            part[q * n + k] = s * xp + c * xq;
          }
        }
        a.re[p * n + p] = app - t * r;
        a.re[q * n + q] = aqq + t * r;
        a.re[p * n + q] = a.im[p * n + q] = a.re[q * n + p] = a.im[q * n + p] = 0;
        a.im[p * n + p] = a.im[q * n + q] = 0;
        rotateColumns(v, n, n, p, q, c, s);
      }
    }
  }
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = a.re[i * n + i]!;
  return { w, v };
}

/**
 * Thin SVD of the m x n complex matrix (m >= n) by one-sided Jacobi rotations: A = U diag(s)
 * V^H with U m x n (zero columns where s is 0), s unsorted, V n x n.
 */
export function zjacobiSvd(a: Z, m: number, n: number): { u: Z; s: Float64Array; v: Z } {
  const u: Z = { re: a.re.slice(), im: a.im.slice() };
  const v: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
  for (let i = 0; i < n; i++) v.re[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gr = 0;
        let gi = 0;
        for (let k = 0; k < m; k++) {
          const [pr, pi, qr, qi] = [u.re[k * n + p]!, u.im[k * n + p]!, u.re[k * n + q]!, u.im[k * n + q]!];
          alpha += pr * pr + pi * pi;
          beta += qr * qr + qi * qi;
          // conj(u_p) u_q
          gr += pr * qr + pi * qi;
          gi += pr * qi - pi * qr;
        }
        const g = Math.hypot(gr, gi);
        if (g === 0 || g <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        // u_q e^{-i phi} makes the inner product real and positive
        phaseColumn(u, m, n, q, gr / g, gi / g);
        phaseColumn(v, n, n, q, gr / g, gi / g);
        const zeta = (beta - alpha) / (2 * g);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        rotateColumns(u, m, n, p, q, c, s);
        rotateColumns(v, n, n, p, q, c, s);
      }
    }
    if (!rotated) break;
  }
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let ss = 0;
    for (let k = 0; k < m; k++) ss += u.re[k * n + j]! ** 2 + u.im[k * n + j]! ** 2;
    const norm = Math.sqrt(ss);
    s[j] = norm;
    for (let k = 0; k < m; k++) {
      u.re[k * n + j] = norm > 0 ? u.re[k * n + j]! / norm : 0;
      u.im[k * n + j] = norm > 0 ? u.im[k * n + j]! / norm : 0;
    }
  }
  return { u, s, v };
}

/**
 * The first `cols` columns of q (rows x cols) made part of an orthonormal basis of `width`
 * columns (zero columns and the extra ones by Gram-Schmidt on unit vectors, twice).
 */
export function zcompleteBasis(q: Z, rows: number, cols: number, width: number): Z {
  const out: Z = { re: new Float64Array(rows * width), im: new Float64Array(rows * width) };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      out.re[i * width + j] = q.re[i * cols + j]!;
      out.im[i * width + j] = q.im[i * cols + j]!;
    }
  }
  const filled: number[] = [];
  for (let j = 0; j < cols; j++) {
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += out.re[i * width + j]! ** 2 + out.im[i * width + j]! ** 2;
    if (ss > 0.5) filled.push(j);
  }
  const empty = [...Array.from({ length: cols }, (_, j) => j).filter((j) => !filled.includes(j)), ...Array.from({ length: width - cols }, (_, k) => cols + k)];
  let e = 0;
  for (const j of empty) {
    for (; e < rows; e++) {
      const xr = new Float64Array(rows);
      const xi = new Float64Array(rows);
      xr[e] = 1;
      for (let pass = 0; pass < 2; pass++) {
        for (const f of filled) {
          // d = conj(out_f) . x
          let dr = 0;
          let di = 0;
          for (let i = 0; i < rows; i++) {
            const [fr, fi] = [out.re[i * width + f]!, out.im[i * width + f]!];
            dr += fr * xr[i]! + fi * xi[i]!;
            di += fr * xi[i]! - fi * xr[i]!;
          }
          for (let i = 0; i < rows; i++) {
            const [fr, fi] = [out.re[i * width + f]!, out.im[i * width + f]!];
            xr[i] = xr[i]! - (dr * fr - di * fi);
            xi[i] = xi[i]! - (dr * fi + di * fr);
          }
        }
      }
      let ss = 0;
      for (let i = 0; i < rows; i++) ss += xr[i]! ** 2 + xi[i]! ** 2;
      if (ss > 0.25) {
        const norm = Math.sqrt(ss);
        for (let i = 0; i < rows; i++) {
          out.re[i * width + j] = xr[i]! / norm;
          out.im[i * width + j] = xi[i]! / norm;
        }
        filled.push(j);
        e++;
        break;
      }
    }
  }
  return out;
}

/**
 * Householder QR of the m x n complex matrix (zgeqrf's reflectors H = I - tau v v^H, v[0] = 1,
 * mapping the column to a real beta = -sign(Re alpha) ||x||): R (m x n), Q (m x m), and
 * zgeqrf's compact form h (R with the reflectors below the diagonal) and tau.
 */
export function zhouseholderQr(a: Z, m: number, n: number): { q: Z; r: Z; h: Z; tau: Z } {
  const r: Z = { re: a.re.slice(), im: a.im.slice() };
  const h: Z = { re: a.re.slice(), im: a.im.slice() };
  const taus: Z = { re: new Float64Array(Math.min(m, n)), im: new Float64Array(Math.min(m, n)) };
  const q: Z = { re: new Float64Array(m * m), im: new Float64Array(m * m) };
  for (let i = 0; i < m; i++) q.re[i * m + i] = 1;
  const k = Math.min(m, n);
  const vr = new Float64Array(m);
  const vi = new Float64Array(m);
  for (let j = 0; j < k; j++) {
    let norm2 = 0;
    for (let i = j + 1; i < m; i++) norm2 += r.re[i * n + j]! ** 2 + r.im[i * n + j]! ** 2;
    const ar = r.re[j * n + j]!;
    const ai = r.im[j * n + j]!;
    if (norm2 === 0 && ai === 0) continue; // tau = 0
    const beta = -(ar >= 0 ? 1 : -1) * Math.sqrt(ar * ar + ai * ai + norm2);
    const tr = (beta - ar) / beta;
    const ti = -ai / beta;
    const [sr, si] = zdiv(1, 0, ar - beta, ai);
    vr[j] = 1;
    vi[j] = 0;
    for (let i = j + 1; i < m; i++) {
      const [xr, xi] = [r.re[i * n + j]!, r.im[i * n + j]!];
      vr[i] = xr * sr - xi * si;
      vi[i] = xr * si + xi * sr;
      h.re[i * n + j] = vr[i]!;
      h.im[i * n + j] = vi[i]!;
    }
    taus.re[j] = tr;
    taus.im[j] = ti;
    // R := H^H R = (I - conj(tau) v v^H) R on columns j..n-1
    for (let c = j; c < n; c++) {
      let dr = 0;
      let di = 0;
      for (let i = j; i < m; i++) {
        const [xr, xi] = [r.re[i * n + c]!, r.im[i * n + c]!];
        dr += vr[i]! * xr + vi[i]! * xi;
        di += vr[i]! * xi - vi[i]! * xr;
      }
      const [er, ei] = [tr * dr + ti * di, tr * di - ti * dr];
      for (let i = j; i < m; i++) {
        r.re[i * n + c] = r.re[i * n + c]! - (er * vr[i]! - ei * vi[i]!);
        r.im[i * n + c] = r.im[i * n + c]! - (er * vi[i]! + ei * vr[i]!);
      }
    }
    r.re[j * n + j] = beta;
    r.im[j * n + j] = 0;
    for (let i = j + 1; i < m; i++) r.re[i * n + j] = r.im[i * n + j] = 0;
    // Q := Q H = Q (I - tau v v^H)
    for (let row = 0; row < m; row++) {
      let dr = 0;
      let di = 0;
      for (let i = j; i < m; i++) {
        const [xr, xi] = [q.re[row * m + i]!, q.im[row * m + i]!];
        dr += xr * vr[i]! - xi * vi[i]!;
        di += xr * vi[i]! + xi * vr[i]!;
      }
      const [er, ei] = [dr * tr - di * ti, dr * ti + di * tr];
      for (let i = j; i < m; i++) {
        // minus e conj(v_i)
        q.re[row * m + i] = q.re[row * m + i]! - (er * vr[i]! + ei * vi[i]!);
        q.im[row * m + i] = q.im[row * m + i]! - (ei * vr[i]! - er * vi[i]!);
      }
    }
  }
  for (let i = 0; i < m; i++) {
    for (let j = i; j < n; j++) {
      h.re[i * n + j] = r.re[i * n + j]!;
      h.im[i * n + j] = r.im[i * n + j]!;
    }
  }
  return { q, r, h, tau: taus };
}
