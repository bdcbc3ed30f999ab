/**
 * The Francis double-shift QR iteration of LAPACK's dlahqr (learned from its algorithm, written
 * afresh), which takes an upper Hessenberg matrix to real Schur form. Its rounding follows
 * LAPACK's closely (dlapy2, a correctly rounded dnrm2), since when a subdiagonal entry hovers
 * at the deflation threshold one sweep more or less changes the signs of Schur vectors.
 */
import { SAFMIN, ULP, lanv2, lapy2, nrm2, sign } from "./schur.js";

/**
 * The Francis double-shift QR iteration on the upper Hessenberg `h` (in place; dlahqr's
 * algorithm: Ahues-Tisseur deflation, exceptional shifts every 10th and 20th step without
 * deflation, 2 x 2 blocks standardised by lanv2). Rows and columns lo..hi are active. With
 * `wantt` the whole quasi-triangular T is formed (else only the eigenvalues); with `z` the
 * transformations are accumulated into its columns (rows lo..hi). Fills wr/wi at lo..hi and
 * returns false when the iteration does not converge.
 */
export function hqr(h: Float64Array, n: number, lo: number, hi: number, wantt: boolean, z: Float64Array | null, wr: Float64Array, wi: Float64Array): boolean {
  const H = (i: number, j: number): number => h[i * n + j]!;
  const set = (i: number, j: number, v: number): void => void (h[i * n + j] = v);
  if (lo === hi) {
    wr[lo] = H(lo, lo);
    wi[lo] = 0;
    return true;
  }
  for (let j = lo; j <= hi - 3; j++) {
    set(j + 2, j, 0);
    set(j + 3, j, 0);
  }
  if (lo <= hi - 2) set(hi, hi - 2, 0);
  const nh = hi - lo + 1;
  const smlnum = SAFMIN * (nh / ULP);
  let i1 = 0;
  let i2 = n - 1;
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  const v = new Float64Array(3);
  let i = hi;
  while (i >= lo) {
    let l = lo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // a single small subdiagonal element
      let k: number;
      for (k = i; k > l; k--) {
        const hkk1 = Math.abs(H(k, k - 1));
        if (hkk1 <= smlnum) break;
        let tst = Math.abs(H(k - 1, k - 1)) + Math.abs(H(k, k));
        if (tst === 0) {
          if (k - 2 >= lo) tst += Math.abs(H(k - 1, k - 2));
          if (k + 1 <= hi) tst += Math.abs(H(k + 1, k));
        }
        if (hkk1 <= ULP * tst) {
          const ab = Math.max(hkk1, Math.abs(H(k - 1, k)));
          const ba = Math.min(hkk1, Math.abs(H(k - 1, k)));
          const aa = Math.max(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const bb = Math.min(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > lo) set(l, l - 1, 0);
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantt) {
        i1 = l;
        i2 = i;
      }
      let h11: number;
      let h12: number;
      let h21: number;
      let h22: number;
      if (kdefl % 20 === 0) {
        const s = Math.abs(H(i, i - 1)) + Math.abs(H(i - 1, i - 2));
        h11 = 0.75 * s + H(i, i);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % 10 === 0) {
        const s = Math.abs(H(l + 1, l)) + Math.abs(H(l + 2, l + 1));
        h11 = 0.75 * s + H(l, l);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else {
        h11 = H(i - 1, i - 1);
        h21 = H(i, i - 1);
        h12 = H(i - 1, i);
        h22 = H(i, i);
      }
      let rt1r = 0;
      let rt1i = 0;
      let rt2r = 0;
      let rt2i = 0;
      const s0 = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      if (s0 !== 0) {
        h11 /= s0;
        h21 /= s0;
        h12 /= s0;
        h22 /= s0;
        const tr = (h11 + h22) / 2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = tr * s0;
          rt2r = rt1r;
          rt1i = rtdisc * s0;
          rt2i = -rt1i;
        } else {
          // two real shifts: use the one nearer h22 twice
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
            rt1r *= s0;
            rt2r = rt1r;
          } else {
            rt2r *= s0;
            rt1r = rt2r;
          }
        }
      }
      // two consecutive small subdiagonal elements: where to start the bulge
      let m: number;
      for (m = i - 2; m >= l; m--) {
        let s = Math.abs(H(m, m) - rt2r) + Math.abs(rt2i) + Math.abs(H(m + 1, m));
        const h21s = H(m + 1, m) / s;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - rt1r) * ((H(m, m) - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * H(m + 2, m + 1);
        s = Math.abs(v[0]!) + Math.abs(v[1]!) + Math.abs(v[2]!);
        v[0] = v[0]! / s;
        v[1] = v[1]! / s;
        v[2] = v[2]! / s;
        if (m === l) break;
        const h00 = Math.abs(H(m, m - 1)) * (Math.abs(v[1]!) + Math.abs(v[2]!));
        const h01 = Math.abs(v[0]!) * (Math.abs(H(m - 1, m - 1)) + Math.abs(H(m, m)) + Math.abs(H(m + 1, m + 1)));
        if (h00 <= ULP * h01) break;
      }
      // the double-shift QR sweep: chase the bulge from m to i
      for (k = m; k <= i - 1; k++) {
        const nr = Math.min(3, i - k + 1);
        if (k > m) for (let r = 0; r < nr; r++) v[r] = H(k + r, k - 1);
        // reflector (dlarfg) of order nr on v
        const alpha = v[0]!;
        const xnorm = nr === 3 ? nrm2([v[1]!, v[2]!]) : Math.abs(v[1]!);
        let t1 = 0;
        if (xnorm !== 0) {
          const beta = -sign(lapy2(alpha, xnorm), alpha);
          t1 = (beta - alpha) / beta;
          const scl = 1 / (alpha - beta);
          for (let r = 1; r < nr; r++) v[r] = v[r]! * scl;
          v[0] = beta;
        }
        if (k > m) {
          set(k, k - 1, v[0]!);
          set(k + 1, k - 1, 0);
          if (k < i - 1) set(k + 2, k - 1, 0);
        } else if (m > l) {
          set(k, k - 1, H(k, k - 1) * (1 - t1));
        }
        const v2 = v[1]!;
        const t2 = t1 * v2;
        if (nr === 3) {
          const v3 = v[2]!;
          const t3 = t1 * v3;
          for (let j = k; j <= i2; j++) {
            const sum = H(k, j) + v2 * H(k + 1, j) + v3 * H(k + 2, j);
            set(k, j, H(k, j) - sum * t1);
            set(k + 1, j, H(k + 1, j) - sum * t2);
            set(k + 2, j, H(k + 2, j) - sum * t3);
          }
          const jmax = Math.min(k + 3, i);
          for (let j = i1; j <= jmax; j++) {
            const sum = H(j, k) + v2 * H(j, k + 1) + v3 * H(j, k + 2);
            set(j, k, H(j, k) - sum * t1);
            set(j, k + 1, H(j, k + 1) - sum * t2);
            set(j, k + 2, H(j, k + 2) - sum * t3);
          }
          if (z) {
            for (let j = lo; j <= hi; j++) {
              const sum = z[j * n + k]! + v2 * z[j * n + k + 1]! + v3 * z[j * n + k + 2]!;
              z[j * n + k] = z[j * n + k]! - sum * t1;
              z[j * n + k + 1] = z[j * n + k + 1]! - sum * t2;
              z[j * n + k + 2] = z[j * n + k + 2]! - sum * t3;
            }
          }
        } else if (nr === 2) {
          for (let j = k; j <= i2; j++) {
            const sum = H(k, j) + v2 * H(k + 1, j);
            set(k, j, H(k, j) - sum * t1);
            set(k + 1, j, H(k + 1, j) - sum * t2);
          }
          for (let j = i1; j <= i; j++) {
            const sum = H(j, k) + v2 * H(j, k + 1);
            set(j, k, H(j, k) - sum * t1);
            set(j, k + 1, H(j, k + 1) - sum * t2);
          }
          if (z) {
            for (let j = lo; j <= hi; j++) {
              const sum = z[j * n + k]! + v2 * z[j * n + k + 1]!;
              z[j * n + k] = z[j * n + k]! - sum * t1;
              z[j * n + k + 1] = z[j * n + k + 1]! - sum * t2;
            }
          }
        }
      }
    }
    if (!converged) return false;
    if (l === i) {
      wr[i] = H(i, i);
      wi[i] = 0;
    } else {
      // a 2 x 2 block has split off: standardise it and rotate the rest of T and Z to match
      const b = lanv2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i));
      set(i - 1, i - 1, b.a);
      set(i - 1, i, b.b);
      set(i, i - 1, b.c);
      set(i, i, b.d);
      wr[i - 1] = b.rt1r;
      wi[i - 1] = b.rt1i;
      wr[i] = b.rt2r;
      wi[i] = b.rt2i;
      const { cs, sn } = b;
      if (wantt) {
        for (let j = i + 1; j <= i2; j++) {
          const x = H(i - 1, j);
          const y = H(i, j);
          set(i - 1, j, cs * x + sn * y);
          set(i, j, cs * y - sn * x);
        }
        for (let j = i1; j <= i - 2; j++) {
          const x = H(j, i - 1);
          const y = H(j, i);
          set(j, i - 1, cs * x + sn * y);
          set(j, i, cs * y - sn * x);
        }
      }
      if (z) {
        for (let j = lo; j <= hi; j++) {
          const x = z[j * n + i - 1]!;
          const y = z[j * n + i]!;
          z[j * n + i - 1] = cs * x + sn * y;
          z[j * n + i] = cs * y - sn * x;
        }
      }
    }
    kdefl = 0;
    i = l - 1;
  }
  return true;
}
