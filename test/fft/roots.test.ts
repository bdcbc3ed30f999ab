// The FFT's roots of unity are correctly rounded, as NumPy's pocketfft computes them, so small
// transforms match NumPy 2.4 to the bit (values printed by NumPy 2.4).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { sincos2pi } from "../../src/fft/roots.js";

test("sincos2pi is correctly rounded (Math.cos(pi / 6) is an ulp high)", () => {
  const o = new Float64Array(2);
  sincos2pi(1, 6, o, 0);
  assert.deepEqual([...o], [0.5, 0.8660254037844386]);
  sincos2pi(2, 5, o, 0);
  assert.deepEqual([...o], [-0.8090169943749475, 0.5877852522924731]);
});

test("fft of lengths 5 and 6 equals NumPy's bit for bit (exact zero at the Nyquist bin)", () => {
  assert.deepEqual(np.fft.fft(np.arange(6)).tolist(), [
    { re: 15, im: 0 }, { re: -3, im: 5.196152422706632 }, { re: -3, im: 1.7320508075688772 },
    { re: -3, im: 0 }, { re: -3, im: -1.7320508075688772 }, { re: -3, im: -5.196152422706632 },
  ]);
  assert.deepEqual(np.fft.fft(np.arange(5)).tolist(), [
    { re: 10, im: 0 }, { re: -2.5, im: 3.4409548011779334 }, { re: -2.5, im: 0.8122992405822659 },
    { re: -2.5, im: -0.8122992405822659 }, { re: -2.5, im: -3.4409548011779334 },
  ]);
  assert.equal(String(np.fft.fft([1, 2, 3, 4], 6)), "[10. +0.j         -3.5-4.33012702j  2.5+0.8660254j  -2. +0.j\n  2.5-0.8660254j  -3.5+4.33012702j]");
});
