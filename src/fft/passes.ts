/**
 * The butterfly passes of the mixed-radix complex FFT (forward direction, exp(-2 pi i jk/n)), in
 * the self-sorting Stockham form: a pass of factor p reads cc, viewed as CC(i, m, k) =
 * cc[i + ido (m + p k)], and writes ch, viewed as CH(i, k, r) = ch[i + ido (k + l1 r)], with
 * CH(i, k, r) = tw_r(i) * sum_m CC(i, m, k) w_p^(m r). Complex values are interleaved (re, im).
 * `tw` holds the pass's twiddles tw_r(i) = exp(-2 pi i r l1 i / n) at 2 ((r - 1) ido + i).
 *
 * @example
 * pass4(ido, l1, cc, ch, tw); // one radix-4 pass of a length 4 * l1 * ido transform
 */

const S3 = Math.sqrt(3) / 2; // sin(2 pi / 3)
// pocketfft's constants, correctly rounded (Math.cos/Math.sin of 4 pi / 5 are an ulp off)
const C5A = 0.30901699437494745; // cos(2 pi / 5)
const S5A = 0.9510565162951535; // sin(2 pi / 5)
const C5B = -0.8090169943749475; // cos(4 pi / 5)
const S5B = 0.5877852522924731; // sin(4 pi / 5)

/** A radix-2 pass. */
export function pass2(ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array): void {
  const cs = 2 * ido; // one m step in cc
  const os = 2 * ido * l1; // one r step in ch
  for (let k = 0; k < l1; k++) {
    const a = 2 * ido * 2 * k;
    const o = 2 * ido * k;
    if (ido === 1) {
      const ar = cc[a]!, ai = cc[a + 1]!, br = cc[a + 2]!, bi = cc[a + 3]!;
      ch[o] = ar + br;
      ch[o + 1] = ai + bi;
      ch[o + os] = ar - br;
      ch[o + os + 1] = ai - bi;
      continue;
    }
    for (let i = 0; i < 2 * ido; i += 2) {
      const ar = cc[a + i]!, ai = cc[a + i + 1]!, br = cc[a + cs + i]!, bi = cc[a + cs + i + 1]!;
      ch[o + i] = ar + br;
      ch[o + i + 1] = ai + bi;
      const dr = ar - br, di = ai - bi;
      const wr = tw[i]!, wi = tw[i + 1]!;
      ch[o + os + i] = dr * wr - di * wi;
      ch[o + os + i + 1] = dr * wi + di * wr;
    }
  }
}

/** A radix-3 pass. */
export function pass3(ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array): void {
  const cs = 2 * ido;
  const os = 2 * ido * l1;
  const t2 = 2 * ido;
  for (let k = 0; k < l1; k++) {
    const a = 2 * ido * 3 * k;
    const o = 2 * ido * k;
    for (let i = 0; i < 2 * ido; i += 2) {
      const a0r = cc[a + i]!, a0i = cc[a + i + 1]!;
      const a1r = cc[a + cs + i]!, a1i = cc[a + cs + i + 1]!;
      const a2r = cc[a + 2 * cs + i]!, a2i = cc[a + 2 * cs + i + 1]!;
      const sr = a1r + a2r, si = a1i + a2i;
      ch[o + i] = a0r + sr;
      ch[o + i + 1] = a0i + si;
      const cr = a0r - 0.5 * sr, ci = a0i - 0.5 * si;
      // (a1 - a2) * (-i sin(2 pi / 3))
      const dr = S3 * (a1i - a2i), di = -S3 * (a1r - a2r);
      const y1r = cr + dr, y1i = ci + di, y2r = cr - dr, y2i = ci - di;
      if (ido === 1) {
        ch[o + os] = y1r;
        ch[o + os + 1] = y1i;
        ch[o + 2 * os] = y2r;
        ch[o + 2 * os + 1] = y2i;
      } else {
        let wr = tw[i]!, wi = tw[i + 1]!;
        ch[o + os + i] = y1r * wr - y1i * wi;
        ch[o + os + i + 1] = y1r * wi + y1i * wr;
        wr = tw[t2 + i]!;
        wi = tw[t2 + i + 1]!;
        ch[o + 2 * os + i] = y2r * wr - y2i * wi;
        ch[o + 2 * os + i + 1] = y2r * wi + y2i * wr;
      }
    }
  }
}

/** A radix-4 pass. */
export function pass4(ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array): void {
  const cs = 2 * ido;
  const os = 2 * ido * l1;
  const t2 = 2 * ido;
  const t3 = 4 * ido;
  if (ido === 1) {
    for (let k = 0; k < l1; k++) {
      const a = 8 * k;
      const o = 2 * k;
      const a0r = cc[a]!, a0i = cc[a + 1]!, a1r = cc[a + 2]!, a1i = cc[a + 3]!;
      const a2r = cc[a + 4]!, a2i = cc[a + 5]!, a3r = cc[a + 6]!, a3i = cc[a + 7]!;
      const t1r = a0r + a2r, t1i = a0i + a2i, t2r = a0r - a2r, t2i = a0i - a2i;
      const t3r = a1r + a3r, t3i = a1i + a3i, t4r = a1r - a3r, t4i = a1i - a3i;
      ch[o] = t1r + t3r;
      ch[o + 1] = t1i + t3i;
      ch[o + os] = t2r + t4i;
      ch[o + os + 1] = t2i - t4r;
      ch[o + 2 * os] = t1r - t3r;
      ch[o + 2 * os + 1] = t1i - t3i;
      ch[o + 3 * os] = t2r - t4i;
      ch[o + 3 * os + 1] = t2i + t4r;
    }
    return;
  }
  for (let k = 0; k < l1; k++) {
    const a = 2 * ido * 4 * k;
    const o = 2 * ido * k;
    for (let i = 0; i < 2 * ido; i += 2) {
      const p = a + i;
      const a0r = cc[p]!, a0i = cc[p + 1]!;
      const a1r = cc[p + cs]!, a1i = cc[p + cs + 1]!;
      const a2r = cc[p + 2 * cs]!, a2i = cc[p + 2 * cs + 1]!;
      const a3r = cc[p + 3 * cs]!, a3i = cc[p + 3 * cs + 1]!;
      const t1r = a0r + a2r, t1i = a0i + a2i, t2r = a0r - a2r, t2i = a0i - a2i;
      const t3r = a1r + a3r, t3i = a1i + a3i, t4r = a1r - a3r, t4i = a1i - a3i;
      const q = o + i;
      ch[q] = t1r + t3r;
      ch[q + 1] = t1i + t3i;
      let yr = t2r + t4i, yi = t2i - t4r;
      let wr = tw[i]!, wi = tw[i + 1]!;
      ch[q + os] = yr * wr - yi * wi;
      ch[q + os + 1] = yr * wi + yi * wr;
      yr = t1r - t3r;
      yi = t1i - t3i;
      wr = tw[t2 + i]!;
      wi = tw[t2 + i + 1]!;
      ch[q + 2 * os] = yr * wr - yi * wi;
      ch[q + 2 * os + 1] = yr * wi + yi * wr;
      yr = t2r - t4i;
      yi = t2i + t4r;
      wr = tw[t3 + i]!;
      wi = tw[t3 + i + 1]!;
      ch[q + 3 * os] = yr * wr - yi * wi;
      ch[q + 3 * os + 1] = yr * wi + yi * wr;
    }
  }
}

const H2 = Math.SQRT1_2;

/** A radix-8 pass: radix-2 across the halves, then two radix-4 butterflies (the odd one rotated). */
export function pass8(ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array): void {
  const cs = 2 * ido;
  const os = 2 * ido * l1;
  for (let k = 0; k < l1; k++) {
    const a = 2 * ido * 8 * k;
    const o = 2 * ido * k;
    for (let i = 0; i < 2 * ido; i += 2) {
      const p = a + i;
      const a0r = cc[p]!, a0i = cc[p + 1]!, a4r = cc[p + 4 * cs]!, a4i = cc[p + 4 * cs + 1]!;
      const a1r = cc[p + cs]!, a1i = cc[p + cs + 1]!, a5r = cc[p + 5 * cs]!, a5i = cc[p + 5 * cs + 1]!;
      const a2r = cc[p + 2 * cs]!, a2i = cc[p + 2 * cs + 1]!, a6r = cc[p + 6 * cs]!, a6i = cc[p + 6 * cs + 1]!;
      const a3r = cc[p + 3 * cs]!, a3i = cc[p + 3 * cs + 1]!, a7r = cc[p + 7 * cs]!, a7i = cc[p + 7 * cs + 1]!;
      const b0r = a0r + a4r, b0i = a0i + a4i, b4r = a0r - a4r, b4i = a0i - a4i;
      const b1r = a1r + a5r, b1i = a1i + a5i, b5r = a1r - a5r, b5i = a1i - a5i;
      const b2r = a2r + a6r, b2i = a2i + a6i, b6r = a2r - a6r, b6i = a2i - a6i;
      const b3r = a3r + a7r, b3i = a3i + a7i, b7r = a3r - a7r, b7i = a3i - a7i;
      // even outputs: DFT4(b0, b1, b2, b3)
      let t1r = b0r + b2r, t1i = b0i + b2i, t2r = b0r - b2r, t2i = b0i - b2i;
      let t3r = b1r + b3r, t3i = b1i + b3i, t4r = b1r - b3r, t4i = b1i - b3i;
      const y0r = t1r + t3r, y0i = t1i + t3i, y4r = t1r - t3r, y4i = t1i - t3i;
      const y2r = t2r + t4i, y2i = t2i - t4r, y6r = t2r - t4i, y6i = t2i + t4r;
      // odd outputs: DFT4(b4, w b5, -i b6, w^3 b7), w = (1 - i) / sqrt 2
      const c5r = H2 * (b5r + b5i), c5i = H2 * (b5i - b5r);
      const c7r = H2 * (b7i - b7r), c7i = -H2 * (b7r + b7i);
      t1r = b4r + b6i;
      t1i = b4i - b6r;
      t2r = b4r - b6i;
      t2i = b4i + b6r;
      t3r = c5r + c7r;
      t3i = c5i + c7i;
      t4r = c5r - c7r;
      t4i = c5i - c7i;
      const y1r = t1r + t3r, y1i = t1i + t3i, y5r = t1r - t3r, y5i = t1i - t3i;
      const y3r = t2r + t4i, y3i = t2i - t4r, y7r = t2r - t4i, y7i = t2i + t4r;
      const q = o + i;
      ch[q] = y0r;
      ch[q + 1] = y0i;
      if (ido === 1) {
        ch[q + os] = y1r;
        ch[q + os + 1] = y1i;
        ch[q + 2 * os] = y2r;
        ch[q + 2 * os + 1] = y2i;
        ch[q + 3 * os] = y3r;
        ch[q + 3 * os + 1] = y3i;
        ch[q + 4 * os] = y4r;
        ch[q + 4 * os + 1] = y4i;
        ch[q + 5 * os] = y5r;
        ch[q + 5 * os + 1] = y5i;
        ch[q + 6 * os] = y6r;
        ch[q + 6 * os + 1] = y6i;
        ch[q + 7 * os] = y7r;
        ch[q + 7 * os + 1] = y7i;
        continue;
      }
      let t = i, wr = tw[t]!, wi = tw[t + 1]!;
      ch[q + os] = y1r * wr - y1i * wi;
      ch[q + os + 1] = y1r * wi + y1i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 2 * os] = y2r * wr - y2i * wi;
      ch[q + 2 * os + 1] = y2r * wi + y2i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 3 * os] = y3r * wr - y3i * wi;
      ch[q + 3 * os + 1] = y3r * wi + y3i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 4 * os] = y4r * wr - y4i * wi;
      ch[q + 4 * os + 1] = y4r * wi + y4i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 5 * os] = y5r * wr - y5i * wi;
      ch[q + 5 * os + 1] = y5r * wi + y5i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 6 * os] = y6r * wr - y6i * wi;
      ch[q + 6 * os + 1] = y6r * wi + y6i * wr;
      t += cs;
      wr = tw[t]!;
      wi = tw[t + 1]!;
      ch[q + 7 * os] = y7r * wr - y7i * wi;
      ch[q + 7 * os + 1] = y7r * wi + y7i * wr;
    }
  }
}

/** A radix-5 pass. */
export function pass5(ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array): void {
  const cs = 2 * ido;
  const os = 2 * ido * l1;
  const t2 = 2 * ido, t3 = 4 * ido, t4 = 6 * ido;
  for (let k = 0; k < l1; k++) {
    const a = 10 * ido * k;
    const o = 2 * ido * k;
    for (let i = 0; i < cs; i += 2) {
      const p0 = a + i, p1 = p0 + cs, p2 = p1 + cs, p3 = p2 + cs, p4 = p3 + cs;
      const a0r = cc[p0]!, a0i = cc[p0 + 1]!;
      const a1r = cc[p1]!, a1i = cc[p1 + 1]!;
      const a2r = cc[p2]!, a2i = cc[p2 + 1]!;
      const a3r = cc[p3]!, a3i = cc[p3 + 1]!;
      const a4r = cc[p4]!, a4i = cc[p4 + 1]!;
      const s1r = a1r + a4r, s1i = a1i + a4i, d1r = a1r - a4r, d1i = a1i - a4i;
      const s2r = a2r + a3r, s2i = a2i + a3i, d2r = a2r - a3r, d2i = a2i - a3i;
      const q0 = o + i, q1 = q0 + os, q2 = q1 + os, q3 = q2 + os, q4 = q3 + os;
      ch[q0] = a0r + s1r + s2r;
      ch[q0 + 1] = a0i + s1i + s2i;
      // w = exp(-2 pi i / 5): y1,4 = a0 + C5A s1 + C5B s2 -+ i (S5A d1 + S5B d2)
      const c1r = a0r + C5A * s1r + C5B * s2r, c1i = a0i + C5A * s1i + C5B * s2i;
      const e1r = S5A * d1r + S5B * d2r, e1i = S5A * d1i + S5B * d2i;
      // y2,3 = a0 + C5B s1 + C5A s2 -+ i (S5B d1 - S5A d2)
      const c2r = a0r + C5B * s1r + C5A * s2r, c2i = a0i + C5B * s1i + C5A * s2i;
      const e2r = S5B * d1r - S5A * d2r, e2i = S5B * d1i - S5A * d2i;
      const y1r = c1r + e1i, y1i = c1i - e1r, y4r = c1r - e1i, y4i = c1i + e1r;
      const y2r = c2r + e2i, y2i = c2i - e2r, y3r = c2r - e2i, y3i = c2i + e2r;
      if (ido === 1) {
        ch[q1] = y1r;
        ch[q1 + 1] = y1i;
        ch[q2] = y2r;
        ch[q2 + 1] = y2i;
        ch[q3] = y3r;
        ch[q3 + 1] = y3i;
        ch[q4] = y4r;
        ch[q4 + 1] = y4i;
        continue;
      }
      let wr = tw[i]!, wi = tw[i + 1]!;
      ch[q1] = y1r * wr - y1i * wi;
      ch[q1 + 1] = y1r * wi + y1i * wr;
      wr = tw[t2 + i]!;
      wi = tw[t2 + i + 1]!;
      ch[q2] = y2r * wr - y2i * wi;
      ch[q2 + 1] = y2r * wi + y2i * wr;
      wr = tw[t3 + i]!;
      wi = tw[t3 + i + 1]!;
      ch[q3] = y3r * wr - y3i * wi;
      ch[q3 + 1] = y3r * wi + y3i * wr;
      wr = tw[t4 + i]!;
      wi = tw[t4 + i + 1]!;
      ch[q4] = y4r * wr - y4i * wi;
      ch[q4 + 1] = y4r * wi + y4i * wr;
    }
  }
}

/**
 * A pass of any odd factor p: pairs m and p - m share their cosines and sines, so each output
 * costs p / 2 complex multiply-adds. `roots` holds exp(-2 pi i j / p), j = 0..p-1.
 */
export function passOdd(p: number, ido: number, l1: number, cc: Float64Array, ch: Float64Array, tw: Float64Array, roots: Float64Array): void {
  const cs = 2 * ido;
  const os = 2 * ido * l1;
  const h = (p - 1) >> 1;
  const sum = new Float64Array(2 * (h + 1)); // a_m + a_(p-m)
  const dif = new Float64Array(2 * (h + 1)); // a_m - a_(p-m)
  const y = new Float64Array(2 * p);
  for (let k = 0; k < l1; k++) {
    const a = 2 * ido * p * k;
    const o = 2 * ido * k;
    for (let i = 0; i < 2 * ido; i += 2) {
      const b = a + i;
      const a0r = cc[b]!, a0i = cc[b + 1]!;
      let y0r = a0r, y0i = a0i;
      for (let m = 1; m <= h; m++) {
        const u = b + m * cs, v = b + (p - m) * cs;
        const ur = cc[u]!, ui = cc[u + 1]!, vr = cc[v]!, vi = cc[v + 1]!;
        sum[2 * m] = ur + vr;
        sum[2 * m + 1] = ui + vi;
        dif[2 * m] = ur - vr;
        dif[2 * m + 1] = ui - vi;
        y0r += ur + vr;
        y0i += ui + vi;
      }
      y[0] = y0r;
      y[1] = y0i;
      for (let r = 1; r <= h; r++) {
        let cr = a0r, ci = a0i, er = 0, ei = 0;
        let j = 0;
        for (let m = 1; m <= h; m++) {
          j += r;
          if (j >= p) j -= p;
          const wr = roots[2 * j]!, wi = roots[2 * j + 1]!;
          cr += wr * sum[2 * m]!;
          ci += wr * sum[2 * m + 1]!;
          er += wi * dif[2 * m]!;
          ei += wi * dif[2 * m + 1]!;
        }
        // y_r = c + i e, y_(p-r) = c - i e
        y[2 * r] = cr - ei;
        y[2 * r + 1] = ci + er;
        y[2 * (p - r)] = cr + ei;
        y[2 * (p - r) + 1] = ci - er;
      }
      const q = o + i;
      ch[q] = y[0];
      ch[q + 1] = y[1];
      for (let r = 1; r < p; r++) {
        const yr = y[2 * r]!, yi = y[2 * r + 1]!;
        if (ido === 1) {
          ch[q + r * os] = yr;
          ch[q + r * os + 1] = yi;
        } else {
          const t = 2 * (r - 1) * ido + i;
          const wr = tw[t]!, wi = tw[t + 1]!;
          ch[q + r * os] = yr * wr - yi * wi;
          ch[q + r * os + 1] = yr * wi + yi * wr;
        }
      }
    }
  }
}
