/**
 * Eigenvalues and right eigenvectors of a general complex matrix in the steps of LAPACK's zgeev
 * (learned from zgebal, zgehd2, zlahqr and ztrevc, written afresh): balancing, Householder
 * reduction to Hessenberg form with real subdiagonal, the single-shift complex QR iteration
 * (Wilkinson shifts, exceptional shifts every 10th step) to the triangular Schur form with its
 * vectors, back substitution for the eigenvectors of T, the inverse balancing, and zgeev's
 * normalisation: unit 2-norm with the largest component real and positive.
 */
import { zdiv, type Z } from "./complex.js";
import { SAFMIN, ULP, lapy2, nrm2 } from "./schur.js";

const cabs1 = (re: number, im: number): number => Math.abs(re) + Math.abs(im);
const csqrt = (re: number, im: number): [number, number] => {
  const m = Math.hypot(re, im);
  if (m === 0) return [0, 0];
  const r = Math.sqrt((m + Math.abs(re)) / 2);
  return re >= 0 ? [r, im / (2 * r)] : [Math.abs(im) / (2 * r), im >= 0 ? r : -r];
};

/** Balances the complex matrix in place (zgebal 'B'); returns lo, hi and the scale/permutation record. */
function zbalance(a: Z, n: number): { lo: number; hi: number; scale: Float64Array } {
  const { re, im } = a;
  const scale = new Float64Array(n);
  let k = 0;
  let l = n - 1;
  const nz = (i: number, j: number): boolean => re[i * n + j] !== 0 || im[i * n + j] !== 0;
  const swap = (j: number, m: number): void => {
    scale[m] = j;
    if (j === m) return;
    for (const p of [re, im]) {
      for (let i = 0; i <= l; i++) [p[i * n + j], p[i * n + m]] = [p[i * n + m]!, p[i * n + j]!];
      for (let i = k; i < n; i++) [p[j * n + i], p[m * n + i]] = [p[m * n + i]!, p[j * n + i]!];
    }
  };
  rows: for (;;) {
    for (let j = l; j >= 0; j--) {
      let isolated = true;
      for (let i = 0; i <= l && isolated; i++) if (i !== j && nz(j, i)) isolated = false;
      if (!isolated) continue;
      swap(j, l);
      if (l === 0) {
        scale[0] = 1;
        return { lo: 0, hi: 0, scale };
      }
      l--;
      continue rows;
    }
    break;
  }
  cols: for (;;) {
    for (let j = k; j <= l; j++) {
      let isolated = true;
      for (let i = k; i <= l && isolated; i++) if (i !== j && nz(i, j)) isolated = false;
      if (!isolated) continue;
      swap(j, k);
      k++;
      continue cols;
    }
    break;
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  const sfmin1 = SAFMIN / ULP;
  const sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * 2;
  const sfmax2 = 1 / sfmin2;
  for (let noconv = true; noconv; ) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      const col: number[] = [];
      const row: number[] = [];
      for (let j = k; j <= l; j++) col.push(re[j * n + i]!, im[j * n + i]!), row.push(re[i * n + j]!, im[i * n + j]!);
      let c = nrm2(col);
      let r = nrm2(row);
      let best = -1;
      let ca = 0;
      for (let j = 0; j <= l; j++) {
        if (cabs1(re[j * n + i]!, im[j * n + i]!) > best) {
          best = cabs1(re[j * n + i]!, im[j * n + i]!);
          ca = Math.hypot(re[j * n + i]!, im[j * n + i]!);
        }
      }
      best = -1;
      let ra = 0;
      for (let j = k; j < n; j++) {
        if (cabs1(re[i * n + j]!, im[i * n + j]!) > best) {
          best = cabs1(re[i * n + j]!, im[i * n + j]!);
          ra = Math.hypot(re[i * n + j]!, im[i * n + j]!);
        }
      }
      if (c === 0 || r === 0) continue;
      let g = r / 2;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
        [f, c, ca, r, g, ra] = [f * 2, c * 2, ca * 2, r / 2, g / 2, ra / 2];
      }
      g = c / 2;
      while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
        [f, c, g, ca, r, ra] = [f / 2, c / 2, g / 2, ca / 2, r * 2, ra * 2];
      }
      if (c + r >= 0.95 * s) continue;
      const si = scale[i]!;
      if (f < 1 && si < 1 && f * si <= sfmin1) continue;
      if (f > 1 && si > 1 && si >= sfmax1 / f) continue;
      scale[i] = si * f;
      noconv = true;
      for (const p of [re, im]) {
        for (let j = k; j < n; j++) p[i * n + j] = p[i * n + j]! / f;
        for (let j = 0; j <= l; j++) p[j * n + i] = p[j * n + i]! * f;
      }
    }
  }
  return { lo: k, hi: l, scale };
}

/** zlarfg: the reflector H = I - tau v v^H (v[0] = 1) with H^H [alpha; x] = [beta; 0], beta real. */
function zlarfg(xr: number[], xi: number[]): { tr: number; ti: number; beta: number } {
  const ar = xr[0]!;
  const ai = xi[0]!;
  const rest: number[] = [];
  for (let q = 1; q < xr.length; q++) rest.push(xr[q]!, xi[q]!);
  const xnorm = nrm2(rest);
  if (xnorm === 0 && ai === 0) return { tr: 0, ti: 0, beta: ar };
  const beta = -(ar >= 0 ? 1 : -1) * lapy2(lapy2(ar, ai), xnorm);
  const [sr, si] = zdiv(1, 0, ar - beta, ai);
  for (let q = 1; q < xr.length; q++) [xr[q], xi[q]] = [xr[q]! * sr - xi[q]! * si, xr[q]! * si + xi[q]! * sr];
  xr[0] = 1;
  xi[0] = 0;
  return { tr: (beta - ar) / beta, ti: -ai / beta, beta };
}

/** Hessenberg reduction (zgehd2) with Q accumulated. */
function zhessenberg(a: Z, n: number, lo: number, hi: number, q: Z): void {
  const { re, im } = a;
  for (let i = lo; i < hi; i++) {
    const vr: number[] = [];
    const vi: number[] = [];
    for (let r = i + 1; r <= hi; r++) vr.push(re[r * n + i]!), vi.push(im[r * n + i]!);
    const { tr, ti, beta } = zlarfg(vr, vi);
    if (tr === 0 && ti === 0) continue;
    const len = vr.length;
    // right: A := A - tau (A v) v^H on rows 0..hi, columns i+1..hi
    const right = (m: Z, rows0: number, rows1: number): void => {
      for (let r = rows0; r <= rows1; r++) {
        let dr = 0;
        let di = 0;
        for (let c = 0; c < len; c++) {
          const [xr, xi] = [m.re[r * n + i + 1 + c]!, m.im[r * n + i + 1 + c]!];
          dr += xr * vr[c]! - xi * vi[c]!;
          di += xr * vi[c]! + xi * vr[c]!;
        }
        const [er, ei] = [dr * tr - di * ti, dr * ti + di * tr];
        for (let c = 0; c < len; c++) {
          m.re[r * n + i + 1 + c] = m.re[r * n + i + 1 + c]! - (er * vr[c]! + ei * vi[c]!);
          m.im[r * n + i + 1 + c] = m.im[r * n + i + 1 + c]! - (ei * vr[c]! - er * vi[c]!);
        }
      }
    };
    right(a, 0, hi);
    // left: A := A - conj(tau) v (v^H A) on rows i+1..hi, columns i+1..n-1
    for (let c = i + 1; c < n; c++) {
      let dr = 0;
      let di = 0;
      for (let r = 0; r < len; r++) {
        const [xr, xi] = [re[(i + 1 + r) * n + c]!, im[(i + 1 + r) * n + c]!];
        dr += vr[r]! * xr + vi[r]! * xi;
        di += vr[r]! * xi - vi[r]! * xr;
      }
      const [er, ei] = [tr * dr + ti * di, tr * di - ti * dr];
      for (let r = 0; r < len; r++) {
        re[(i + 1 + r) * n + c] = re[(i + 1 + r) * n + c]! - (er * vr[r]! - ei * vi[r]!);
        im[(i + 1 + r) * n + c] = im[(i + 1 + r) * n + c]! - (er * vi[r]! + ei * vr[r]!);
      }
    }
    re[(i + 1) * n + i] = beta;
    im[(i + 1) * n + i] = 0;
    for (let r = i + 2; r <= hi; r++) re[r * n + i] = im[r * n + i] = 0;
    right(q, 0, n - 1);
  }
}

/** Scales row r (columns c0..c1) or column c (rows r0..r1) by (sr + i si). */
function scaleRow(m: Z, n: number, r: number, c0: number, c1: number, sr: number, si: number): void {
  for (let c = c0; c <= c1; c++) [m.re[r * n + c], m.im[r * n + c]] = [m.re[r * n + c]! * sr - m.im[r * n + c]! * si, m.re[r * n + c]! * si + m.im[r * n + c]! * sr];
}
function scaleCol(m: Z, n: number, c: number, r0: number, r1: number, sr: number, si: number): void {
  for (let r = r0; r <= r1; r++) [m.re[r * n + c], m.im[r * n + c]] = [m.re[r * n + c]! * sr - m.im[r * n + c]! * si, m.re[r * n + c]! * si + m.im[r * n + c]! * sr];
}

/** The single-shift complex QR iteration (zlahqr) to upper triangular T, Z accumulated; false if it does not converge. */
function zhqr(h: Z, n: number, lo: number, hi: number, wantt: boolean, z: Z | null, w: Z): boolean {
  const { re, im } = h;
  const R = (i: number, j: number): number => re[i * n + j]!;
  const I = (i: number, j: number): number => im[i * n + j]!;
  if (lo === hi) {
    w.re[lo] = R(lo, lo);
    w.im[lo] = I(lo, lo);
    return true;
  }
  for (let j = lo; j <= hi - 3; j++) re[(j + 2) * n + j] = im[(j + 2) * n + j] = re[(j + 3) * n + j] = im[(j + 3) * n + j] = 0;
  if (lo <= hi - 2) re[hi * n + hi - 2] = im[hi * n + hi - 2] = 0;
  const [jlo, jhi] = wantt ? [0, n - 1] : [lo, hi];
  // make the subdiagonal real
  for (let i = lo + 1; i <= hi; i++) {
    if (I(i, i - 1) === 0) continue;
    const a1 = cabs1(R(i, i - 1), I(i, i - 1));
    let [sr, si] = [R(i, i - 1) / a1, I(i, i - 1) / a1];
    const m = Math.hypot(sr, si);
    [sr, si] = [sr / m, -si / m];
    re[i * n + i - 1] = Math.hypot(R(i, i - 1), I(i, i - 1));
    im[i * n + i - 1] = 0;
    scaleRow(h, n, i, i, jhi, sr, si);
    scaleCol(h, n, i, jlo, Math.min(jhi, i + 1), sr, -si);
    if (z) scaleCol(z, n, i, lo, hi, sr, -si);
  }
  const nh = hi - lo + 1;
  const smlnum = SAFMIN * (nh / ULP);
  let [i1, i2] = [0, n - 1];
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  let i = hi;
  while (i >= lo) {
    let l = lo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      let k: number;
      for (k = i; k > l; k--) {
        if (cabs1(R(k, k - 1), I(k, k - 1)) <= smlnum) break;
        let tst = cabs1(R(k - 1, k - 1), I(k - 1, k - 1)) + cabs1(R(k, k), I(k, k));
        if (tst === 0) {
          if (k - 2 >= lo) tst += Math.abs(R(k - 1, k - 2));
          if (k + 1 <= hi) tst += Math.abs(R(k + 1, k));
        }
        if (Math.abs(R(k, k - 1)) <= ULP * tst) {
          const ab = Math.max(cabs1(R(k, k - 1), I(k, k - 1)), cabs1(R(k - 1, k), I(k - 1, k)));
          const ba = Math.min(cabs1(R(k, k - 1), I(k, k - 1)), cabs1(R(k - 1, k), I(k - 1, k)));
          const dd = cabs1(R(k - 1, k - 1) - R(k, k), I(k - 1, k - 1) - I(k, k));
          const aa = Math.max(cabs1(R(k, k), I(k, k)), dd);
          const bb = Math.min(cabs1(R(k, k), I(k, k)), dd);
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > lo) re[l * n + l - 1] = im[l * n + l - 1] = 0;
      if (l >= i) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantt) [i1, i2] = [l, i];
      let tr: number;
      let ti: number;
      if (kdefl % 20 === 0) {
        [tr, ti] = [0.75 * Math.abs(R(i, i - 1)) + R(i, i), I(i, i)];
      } else if (kdefl % 10 === 0) {
        [tr, ti] = [0.75 * Math.abs(R(l + 1, l)) + R(l, l), I(l, l)];
      } else {
        // Wilkinson's shift
        [tr, ti] = [R(i, i), I(i, i)];
        const [ar, ai] = csqrt(R(i - 1, i), I(i - 1, i));
        const [br, bi] = csqrt(R(i, i - 1), I(i, i - 1));
        const [ur, ui] = [ar * br - ai * bi, ar * bi + ai * br];
        let s = cabs1(ur, ui);
        if (s !== 0) {
          const [xr, xi] = [0.5 * (R(i - 1, i - 1) - tr), 0.5 * (I(i - 1, i - 1) - ti)];
          const sx = cabs1(xr, xi);
          s = Math.max(s, sx);
          const [pr, pi] = [xr / s, xi / s];
          const [qr, qi] = [ur / s, ui / s];
          let [yr, yi] = csqrt(pr * pr - pi * pi + qr * qr - qi * qi, 2 * pr * pi + 2 * qr * qi);
          [yr, yi] = [s * yr, s * yi];
          if (sx > 0 && (xr / sx) * yr + (xi / sx) * yi < 0) [yr, yi] = [-yr, -yi];
          const [dr, di] = zdiv(ur, ui, xr + yr, xi + yi);
          tr -= ur * dr - ui * di;
          ti -= ur * di + ui * dr;
        }
      }
      // where to start: two consecutive small subdiagonal elements
      let m: number;
      let v1r = 0;
      let v1i = 0;
      let v2 = 0;
      for (m = i - 1; m >= l; m--) {
        const [h11r, h11i, h22r, h22i] = [R(m, m), I(m, m), R(m + 1, m + 1), I(m + 1, m + 1)];
        let [sr, si] = [h11r - tr, h11i - ti];
        let h21 = R(m + 1, m);
        const s = cabs1(sr, si) + Math.abs(h21);
        [sr, si, h21] = [sr / s, si / s, h21 / s];
        [v1r, v1i, v2] = [sr, si, h21];
        if (m === l) break;
        const h10 = R(m, m - 1);
        if (Math.abs(h10) * Math.abs(h21) <= ULP * (cabs1(sr, si) * (cabs1(h11r, h11i) + cabs1(h22r, h22i)))) break;
      }
      // the single-shift QR sweep
      for (k = m; k <= i - 1; k++) {
        const xr = k > m ? [R(k, k - 1), R(k + 1, k - 1)] : [v1r, v2];
        const xi = k > m ? [I(k, k - 1), I(k + 1, k - 1)] : [v1i, 0];
        const { tr: t1r, ti: t1i, beta } = zlarfg(xr, xi);
        if (k > m) {
          re[k * n + k - 1] = beta;
          im[k * n + k - 1] = 0;
          re[(k + 1) * n + k - 1] = im[(k + 1) * n + k - 1] = 0;
        }
        const [v2r, v2i] = [xr[1]!, xi[1]!];
        const t2 = t1r * v2r - t1i * v2i;
        for (let j = k; j <= i2; j++) {
          // sum = conj(t1) h(k,j) + t2 h(k+1,j)
          const sr = t1r * R(k, j) + t1i * I(k, j) + t2 * R(k + 1, j);
          const si = t1r * I(k, j) - t1i * R(k, j) + t2 * I(k + 1, j);
          re[k * n + j] = R(k, j) - sr;
          im[k * n + j] = I(k, j) - si;
          re[(k + 1) * n + j] = R(k + 1, j) - (sr * v2r - si * v2i);
          im[(k + 1) * n + j] = I(k + 1, j) - (sr * v2i + si * v2r);
        }
        const colUpdate = (mm: Z, r0: number, r1: number): void => {
          for (let j = r0; j <= r1; j++) {
            const [a0r, a0i, a1r, a1i] = [mm.re[j * n + k]!, mm.im[j * n + k]!, mm.re[j * n + k + 1]!, mm.im[j * n + k + 1]!];
            const sr = t1r * a0r - t1i * a0i + t2 * a1r;
            const si = t1r * a0i + t1i * a0r + t2 * a1i;
            mm.re[j * n + k] = a0r - sr;
            mm.im[j * n + k] = a0i - si;
            // minus sum * conj(v2)
            mm.re[j * n + k + 1] = a1r - (sr * v2r + si * v2i);
            mm.im[j * n + k + 1] = a1i - (si * v2r - sr * v2i);
          }
        };
        colUpdate(h, i1, Math.min(k + 2, i));
        if (z) colUpdate(z, lo, hi);
        if (k === m && m > l) {
          // keep h(m, m-1) real: rescale by the phase of 1 - t1
          let [pr, pi] = [1 - t1r, -t1i];
          const pm = Math.hypot(pr, pi);
          [pr, pi] = [pr / pm, pi / pm];
          [re[(m + 1) * n + m], im[(m + 1) * n + m]] = [R(m + 1, m) * pr + I(m + 1, m) * pi, I(m + 1, m) * pr - R(m + 1, m) * pi];
          if (m + 2 <= i) [re[(m + 2) * n + m + 1], im[(m + 2) * n + m + 1]] = [R(m + 2, m + 1) * pr - I(m + 2, m + 1) * pi, R(m + 2, m + 1) * pi + I(m + 2, m + 1) * pr];
          for (let j = m; j <= i; j++) {
            if (j === m + 1) continue;
            if (i2 > j) scaleRow(h, n, j, j + 1, i2, pr, pi);
            scaleCol(h, n, j, i1, j - 1, pr, -pi);
            if (z) scaleCol(z, n, j, lo, hi, pr, -pi);
          }
        }
      }
      // keep h(i, i-1) real
      if (I(i, i - 1) !== 0) {
        const rt = Math.hypot(R(i, i - 1), I(i, i - 1));
        const [pr, pi] = [R(i, i - 1) / rt, I(i, i - 1) / rt];
        re[i * n + i - 1] = rt;
        im[i * n + i - 1] = 0;
        if (i2 > i) scaleRow(h, n, i, i + 1, i2, pr, -pi);
        scaleCol(h, n, i, i1, i - 1, pr, pi);
        if (z) scaleCol(z, n, i, lo, hi, pr, pi);
      }
    }
    if (!converged) return false;
    w.re[i] = R(i, i);
    w.im[i] = I(i, i);
    kdefl = 0;
    i = l - 1;
  }
  return true;
}

/**
 * Eigenvalues (and with `wantV` unit eigenvectors in the columns of vr) of the n x n complex
 * matrix `a` (overwritten); null when the QR iteration does not converge.
 * @example zgeev({re: Float64Array.of(0, -1, 1, 0), im: new Float64Array(4)}, 2, false)!.w.im // [1, -1]
 */
export function zgeev(a: Z, n: number, wantV: boolean): { w: Z; vr: Z | null } | null {
  const w: Z = { re: new Float64Array(n), im: new Float64Array(n) };
  if (n === 0) return { w, vr: wantV ? { re: new Float64Array(0), im: new Float64Array(0) } : null };
  let anrm = 0;
  for (let q = 0; q < n * n; q++) anrm = Math.max(anrm, Math.hypot(a.re[q]!, a.im[q]!));
  const smlnum = Math.sqrt(SAFMIN) / ULP;
  const cscale = anrm > 0 && anrm < smlnum ? smlnum : anrm > 1 / smlnum ? 1 / smlnum : 0;
  if (cscale) for (let q = 0; q < n * n; q++) [a.re[q], a.im[q]] = [a.re[q]! * (cscale / anrm), a.im[q]! * (cscale / anrm)];
  const { lo, hi, scale } = zbalance(a, n);
  const q: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
  for (let d = 0; d < n; d++) q.re[d * n + d] = 1;
  zhessenberg(a, n, lo, hi, q);
  for (let d = 0; d < n; d++) {
    if (d < lo || d > hi) [w.re[d], w.im[d]] = [a.re[d * n + d]!, a.im[d * n + d]!];
  }
  if (!zhqr(a, n, lo, hi, wantV, wantV ? q : null, w)) return null;
  if (cscale) for (let d = 0; d < n; d++) [w.re[d], w.im[d]] = [w.re[d]! * (anrm / cscale), w.im[d]! * (anrm / cscale)];
  if (!wantV) return { w, vr: null };
  const vr = triangularVectors(a, n, q);
  // undo the balancing (zgebak), then unit norm with the largest component real and positive
  if (lo !== hi) for (let d = lo; d <= hi; d++) for (const p of [vr.re, vr.im]) for (let c = 0; c < n; c++) p[d * n + c] = p[d * n + c]! * scale[d]!;
  for (let ii = 0; ii < n; ii++) {
    if (ii >= lo && ii <= hi) continue;
    const d = ii < lo ? lo - 1 - ii : ii;
    const kk = scale[d]!;
    if (kk === d) continue;
    for (const p of [vr.re, vr.im]) for (let c = 0; c < n; c++) [p[d * n + c], p[kk * n + c]] = [p[kk * n + c]!, p[d * n + c]!];
  }
  for (let c = 0; c < n; c++) {
    const col: number[] = [];
    for (let r = 0; r < n; r++) col.push(vr.re[r * n + c]!, vr.im[r * n + c]!);
    const scl = 1 / nrm2(col);
    let kmax = 0;
    let best = -1;
    for (let r = 0; r < n; r++) {
      vr.re[r * n + c] = vr.re[r * n + c]! * scl;
      vr.im[r * n + c] = vr.im[r * n + c]! * scl;
      const m2 = vr.re[r * n + c]! ** 2 + vr.im[r * n + c]! ** 2;
      if (m2 > best) [best, kmax] = [m2, r];
    }
    const sq = Math.sqrt(best);
    scaleCol(vr, n, c, 0, n - 1, vr.re[kmax * n + c]! / sq, -vr.im[kmax * n + c]! / sq);
    vr.im[kmax * n + c] = 0;
  }
  return { w, vr };
}

/** Eigenvectors of the upper triangular t, times q (ztrevc, right, back-transformed), each scaled to max |re| + |im| = 1. */
function triangularVectors(t: Z, n: number, q: Z): Z {
  const vr: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
  const smlnum = SAFMIN * (n / ULP);
  for (let ki = n - 1; ki >= 0; ki--) {
    const [wr, wi] = [t.re[ki * n + ki]!, t.im[ki * n + ki]!];
    const smin = Math.max(ULP * cabs1(wr, wi), smlnum);
    const xr = new Float64Array(ki + 1);
    const xi = new Float64Array(ki + 1);
    xr[ki] = 1;
    for (let k = 0; k < ki; k++) [xr[k], xi[k]] = [-t.re[k * n + ki]!, -t.im[k * n + ki]!];
    for (let j = ki - 1; j >= 0; j--) {
      let [dr, di] = [t.re[j * n + j]! - wr, t.im[j * n + j]! - wi];
      if (cabs1(dr, di) < smin) [dr, di] = [smin, 0];
      const [yr, yi] = zdiv(xr[j]!, xi[j]!, dr, di);
      xr[j] = yr;
      xi[j] = yi;
      for (let k = 0; k < j; k++) {
        const [ar, ai] = [t.re[k * n + j]!, t.im[k * n + j]!];
        xr[k] = xr[k]! - (yr * ar - yi * ai);
        xi[k] = xi[k]! - (yr * ai + yi * ar);
      }
    }
    let emax = 0;
    for (let r = 0; r < n; r++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k <= ki; k++) {
        const [ar, ai] = [q.re[r * n + k]!, q.im[r * n + k]!];
        sr += ar * xr[k]! - ai * xi[k]!;
        si += ar * xi[k]! + ai * xr[k]!;
      }
      vr.re[r * n + ki] = sr;
      vr.im[r * n + ki] = si;
      emax = Math.max(emax, cabs1(sr, si));
    }
    for (let r = 0; r < n; r++) [vr.re[r * n + ki], vr.im[r * n + ki]] = [vr.re[r * n + ki]! / emax, vr.im[r * n + ki]! / emax];
  }
  return vr;
}
