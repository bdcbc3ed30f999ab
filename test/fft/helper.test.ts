// np.fft.fftfreq, rfftfreq, fftshift and ifftshift (expected values printed by NumPy 2.4.6).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("fftfreq and rfftfreq: k / (d n), exactly as NumPy's results * val", () => {
  assert.deepEqual(np.fft.fftfreq(5, 0.1).tolist(), [0, 2, 4, -4, -2]);
  assert.deepEqual(np.fft.fftfreq(4, { d: 0.5 }).tolist(), [0, 0.5, -1, -0.5]);
  assert.deepEqual(np.fft.fftfreq(1).tolist(), [0]);
  assert.deepEqual(np.fft.fftfreq(6).tolist(), [0, 1 / 6, 2 / 6, -0.5, -2 / 6, -1 / 6]);
  assert.deepEqual(np.fft.fftfreq(7, 3).tolist(), [0, 1, 2, 3, -3, -2, -1].map((k) => k * (1 / 21)));
  assert.deepEqual(np.fft.rfftfreq(5).tolist(), [0, 0.2, 0.4]);
  assert.deepEqual(np.fft.rfftfreq(8, 0.25).tolist(), [0, 0.5, 1, 1.5, 2]);
  assert.deepEqual(np.fft.rfftfreq(-3).tolist(), []);
  assert.equal(np.fft.fftfreq(4).dtype, "float64");
  assert.equal(np.fft.fftfreq(4, { device: "cpu" }).size, 4);
  // an array d broadcasts against the integers
  assert.deepEqual(np.fft.fftfreq(4, np.array([1, 2, 3, 4], "float64")).tolist(), [0, 0.125, -0.16666666666666666, -0.0625]);
});

test("fftfreq and rfftfreq: NumPy's errors", () => {
  assert.throws(() => np.fft.fftfreq(3.5), { name: "ValueError", message: "n should be an integer" });
  assert.throws(() => np.fft.rfftfreq(2.5), { name: "ValueError", message: "n should be an integer" });
  assert.throws(() => np.fft.fftfreq(0), { name: "ZeroDivisionError", message: "float division by zero" });
  assert.throws(() => np.fft.fftfreq(4, 0), { name: "ZeroDivisionError", message: "float division by zero" });
  assert.throws(() => np.fft.fftfreq(-3), { name: "ValueError", message: "negative dimensions are not allowed" });
  assert.throws(() => np.fft.fftfreq(4, { device: "gpu" }), { name: "ValueError", message: 'Device not understood. Only "cpu" is allowed, but received: gpu' });
  assert.throws(() => np.fft.fftfreq(4, { dd: 1 } as never), { name: "TypeError", message: "fftfreq() got an unexpected keyword argument 'dd'" });
});

test("fftshift and ifftshift: rolls by n // 2 and back, over all or given axes", () => {
  assert.deepEqual(np.fft.fftshift([0, 1, 2, -2, -1]).tolist(), [-2, -1, 0, 1, 2]);
  assert.deepEqual(np.fft.ifftshift([-2, -1, 0, 1, 2]).tolist(), [0, 1, 2, -2, -1]);
  assert.deepEqual(np.fft.fftshift(np.fft.fftfreq(6)).tolist(), [-0.5, -2 / 6, -1 / 6, 0, 1 / 6, 2 / 6]);
  const m = np.arange(6).reshape(2, 3);
  assert.deepEqual(np.fft.fftshift(m).tolist(), [[5, 3, 4], [2, 0, 1]]);
  assert.deepEqual(np.fft.fftshift(m, 1).tolist(), [[2, 0, 1], [5, 3, 4]]);
  assert.deepEqual(np.fft.fftshift(m, { axes: [0] }).tolist(), [[3, 4, 5], [0, 1, 2]]);
  assert.deepEqual(np.fft.ifftshift(np.fft.fftshift(m)).tolist(), m.tolist());
  assert.equal(np.fft.fftshift(np.array([1, 2], "complex64")).dtype, "complex64");
  assert.throws(() => np.fft.fftshift(m, { axes: 5 }), { name: "IndexError", message: "tuple index out of range" });
  assert.throws(() => np.fft.fftshift(np.array(3.5)), { name: "ValueError", message: "not enough values to unpack (expected 2, got 0)" });
});
