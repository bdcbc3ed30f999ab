// The FFT kernels against a compensated direct DFT (exact roots, Neumaier sums), over mixed-radix,
// generic-odd and Bluestein lengths; round trips and single-frequency inputs at large lengths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { complexPlan, goodSize } from "../../src/fft/plan.js";
import { realPlan } from "../../src/fft/real.js";
import { sincos2pi, unitRoots } from "../../src/fft/roots.js";

const EPS = 2 ** -52;

/** A deterministic signal: values in [-1, 1). */
function signal(len: number, seed: number): Float64Array {
  const x = new Float64Array(len);
  let s = seed >>> 0;
  for (let i = 0; i < len; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    x[i] = s / 2 ** 31 - 1;
  }
  return x;
}

/** sum_j x_j exp(-2 pi i jk / n) with exact roots and compensated sums. */
function directDft(x: Float64Array, n: number): Float64Array {
  const out = new Float64Array(2 * n);
  const w = new Float64Array(2);
  for (let k = 0; k < n; k++) {
    let sr = 0, cr = 0, si = 0, ci = 0;
    const add = (v: number, re: boolean): void => {
      const s = re ? sr : si;
      const t = s + v;
      const c = Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
      if (re) {
        sr = t;
        cr += c;
      } else {
        si = t;
        ci += c;
      }
    };
    for (let j = 0; j < n; j++) {
      sincos2pi(-((j * k) % n), n, w, 0);
      const xr = x[2 * j]!, xi = x[2 * j + 1]!;
      add(xr * w[0]!, true);
      add(-xi * w[1]!, true);
      add(xr * w[1]!, false);
      add(xi * w[0]!, false);
    }
    out[2 * k] = sr + cr;
    out[2 * k + 1] = si + ci;
  }
  return out;
}

/** max |got - want| / (eps * max |want|). */
function errUlpsOfMax(got: Float64Array, want: Float64Array, len = want.length): number {
  let err = 0, big = 0;
  for (let i = 0; i < len; i++) {
    err = Math.max(err, Math.abs(got[i]! - want[i]!));
    big = Math.max(big, Math.abs(want[i]!));
  }
  return err / (EPS * big);
}

test("roots of unity: exact at the quarter turns, symmetric, within an ulp of cos/sin", () => {
  const w = unitRoots(16);
  assert.deepEqual([w[0], w[8], w[16], w[24]].map(Math.abs), [1, 0, 1, 0]);
  assert.equal(w[9], -1); // exp(-i pi / 2)
  for (const n of [8, 12, 1000, 1024, 97]) {
    const r = unitRoots(n);
    for (let m = 0; m < n; m++) {
      const a = (2 * Math.PI * m) / n;
      // Math.cos(a) itself carries the rounding of a = 2 pi m / n
      assert.ok(Math.abs(r[2 * m]! - Math.cos(a)) <= (a + 2) * EPS, `cos n=${n} m=${m}`);
      assert.ok(Math.abs(r[2 * m + 1]! + Math.sin(a)) <= (a + 2) * EPS, `sin n=${n} m=${m}`);
      // conjugate symmetry: w^(n-m) = conj(w^m), exactly
      if (m > 0) {
        assert.ok(r[2 * (n - m)] === r[2 * m] && r[2 * (n - m) + 1] === -r[2 * m + 1]!, `symmetry n=${n} m=${m}`);
      }
    }
  }
});

test("roots of unity: correctly rounded where Math.cos(2 pi m / n) is not (40-digit references)", () => {
  const refs: [number, number, number, number][] = [
    [1000, 693, -0.350534320191259, 0.9365498867481924],
    [97, 13, 0.6659152250116811, -0.746027421143246],
    [1024, 171, 0.49822766697278187, -0.8670462455156926],
    [12, 5, -0.8660254037844386, -0.5],
    [4099, 2048, -0.9999973566405032, -0.002299285107687031],
  ];
  for (const [n, m, c, s] of refs) {
    const r = unitRoots(n);
    const ulp = (x: number) => 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52);
    assert.ok(Math.abs(r[2 * m]! - c) <= ulp(c) && Math.abs(r[2 * m + 1]! - s) <= ulp(s), `n=${n} m=${m}: ${r[2 * m]}, ${r[2 * m + 1]}`);
  }
});

test("goodSize: the smallest 2^a 3^b 5^c at least n", () => {
  assert.deepEqual([1, 7, 11, 13, 17, 97, 193, 2017, 8191].map(goodSize), [1, 8, 12, 15, 18, 100, 200, 2025, 8192]);
});

test("complex FFT: mixed-radix, odd and Bluestein lengths within a few ulps of the direct DFT", () => {
  const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 24, 25, 27, 32, 49, 53, 64, 77, 97, 100, 121, 125, 128, 169, 243, 256, 289, 343, 512, 625, 720, 1000, 1009, 1024, 2017, 2048, 4096];
  for (const n of lengths) {
    const x = signal(2 * n, n);
    const want = directDft(x, n);
    const got = complexPlan(n).forward(x.slice());
    const e = errUlpsOfMax(got, want, 2 * n);
    assert.ok(e <= 2 * Math.log2(n + 1) + 2, `n=${n}: error ${e.toFixed(2)} ulps of max`);
  }
});

test("complex FFT of large lengths: a single frequency lands in its bin, round trips are exact to rounding", () => {
  for (const n of [2 ** 16, 3 ** 9, 5 ** 6, 65537, 2 ** 20]) {
    const f = 12345 % n;
    const x = new Float64Array(2 * n);
    for (let j = 0; j < n; j++) sincos2pi((f * j) % n, n, x, 2 * j);
    const X = complexPlan(n).forward(x.slice()).slice();
    let off = 0;
    for (let k = 0; k < n; k++) if (k !== f) off = Math.max(off, Math.hypot(X[2 * k]!, X[2 * k + 1]!));
    assert.ok(Math.abs(X[2 * f]! - n) <= 64 * EPS * n && Math.abs(X[2 * f + 1]!) <= 64 * EPS * n, `n=${n}: bin ${X[2 * f]}, ${X[2 * f + 1]}`);
    assert.ok(off <= 64 * EPS * n, `n=${n}: leakage ${off}`);
    // inverse as conj(F(conj X)) / n
    for (let k = 1; k < 2 * n; k += 2) X[k] = -X[k]!;
    const y = complexPlan(n).forward(X);
    let err = 0;
    for (let j = 0; j < n; j++) err = Math.max(err, Math.abs(y[2 * j]! / n - x[2 * j]!), Math.abs(-y[2 * j + 1]! / n - x[2 * j + 1]!));
    assert.ok(err <= 64 * EPS, `n=${n}: round trip error ${err}`);
  }
});

test("real FFT: forward equals the complex FFT's first half, backward inverts it", () => {
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 10, 15, 16, 17, 30, 64, 97, 100, 243, 1000, 1009, 4096]) {
    const x = signal(n, 7 * n);
    const cx = new Float64Array(2 * n);
    for (let j = 0; j < n; j++) cx[2 * j] = x[j]!;
    const want = directDft(cx, n);
    const h = (n >> 1) + 1;
    const got = new Float64Array(2 * h);
    realPlan(n).forward(x.slice(), got);
    const e = errUlpsOfMax(got, want, 2 * h);
    assert.ok(e <= 2 * Math.log2(n + 1) + 2, `rfft n=${n}: error ${e.toFixed(2)}`);
    const back = new Float64Array(n);
    realPlan(n).backward(got, back);
    let err = 0;
    for (let j = 0; j < n; j++) err = Math.max(err, Math.abs(back[j]! / n - x[j]!));
    assert.ok(err <= 16 * Math.log2(n + 1) * EPS, `irfft n=${n}: round trip ${err}`);
  }
});

test("real backward transform reads the imaginary parts of X_0 and X_(n/2) as zero", () => {
  const X = new Float64Array([3, 5, 1, -2, 4, 9]); // X_0 = 3+5j, X_1 = 1-2j, X_2 = 4+9j
  const a = new Float64Array(4);
  realPlan(4).backward(X.slice(), a);
  const b = new Float64Array(4);
  realPlan(4).backward(new Float64Array([3, 0, 1, -2, 4, 0]), b);
  assert.deepEqual([...a], [...b]);
  // n = 4 by hand: x_j = X_0 + 2 Re(X_1 i^j) + X_2 (-1)^j
  assert.deepEqual([...a], [3 + 2 + 4, 3 + 4 - 4, 3 - 2 + 4, 3 - 4 - 4]);
});
