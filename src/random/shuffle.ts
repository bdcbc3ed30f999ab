/**
 * In-place Fisher-Yates shuffles as NumPy's: i runs from n-1 down to `first`, j =
 * random_interval(i), elements (any dtype, any stride) swapped byte for byte; n-d arrays swap
 * whole sub-arrays along the axis.
 *
 * @example
 * const a = np.arange(5); np.random.default_rng(0).shuffle(a); a.tolist() // [2, 4, 3, 0, 1], as NumPy
 */
import { NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { swapaxes } from "../api/manipulation.js";
import { randomInterval } from "./bounded.js";
import { withStream } from "./common.js";
import type { BitGen } from "./bitgen.js";

/** Shuffles `n` items of `itemsize` bytes at byte offset `base`, `stride` bytes apart. */
export function shuffleRaw(bg: BitGen, bytes: Uint8Array, base: number, n: number, stride: number, itemsize: number, first: number): void {
  for (let i = n - 1; i >= first; i--) {
    const j = randomInterval(bg, i);
    if (i === j) continue;
    const pi = base + i * stride;
    const pj = base + j * stride;
    for (let k = 0; k < itemsize; k++) {
      const t = bytes[pi + k]!;
      bytes[pi + k] = bytes[pj + k]!;
      bytes[pj + k] = t;
    }
  }
}

/** Fisher-Yates over a Float64Array of indices, in place (i from n-1 down to `first`). */
export function shuffleNumbers(bg: BitGen, a: Float64Array, first = 1): void {
  withStream(bg, (s) => {
    for (let i = a.length - 1; i >= first; i--) {
      const j = randomInterval(s, i);
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
  });
}

/** NumPy's Generator.shuffle / RandomState.shuffle on an NDArray (in place, along `axis`). */
export function shuffleArray(bg: BitGen, x: NDArray | unknown[], axis: number): void {
  if (Array.isArray(x)) {
    // NumPy's untyped path for a Python list: swap items in place.
    if (axis !== 0) throw new NotImplementedError("Axis argument is only supported on ndarray objects");
    for (let i = x.length - 1; i >= 1; i--) {
      const j = randomInterval(bg, i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return;
  }
  if (!(x instanceof NDArray)) throw new NumpyTypeError("ndts: shuffle needs an NDArray or a JS array (it shuffles in place)");
  if (!x._writeable) throw new ValueError("array is read-only");
  if (x.ndim === 0) throw new NumpyTypeError("len() of unsized object");
  const ax = normalizeAxis(axis, x.ndim);
  if (x.ndim === 1) {
    if (x.size === 0) return;
    shuffleRaw(bg, x._storage.region.bytes(), x._ptr, x.shape[0]!, x.strides[0]!, x.itemsize, 1);
    return;
  }
  if (x.size === 0) return;
  const y = ax === 0 ? x : swapaxes(x, 0, ax);
  for (let i = y.shape[0]! - 1; i >= 1; i--) {
    const j = randomInterval(bg, i);
    if (i === j) continue;
    const buf = (y.get(j) as NDArray).copy();
    y.set(j, y.get(i) as NDArray);
    y.set(i, buf);
  }
}

/** Shuffles every lane along `axis` of `out` (first = 0, as NumPy's permuted). */
export function shuffleLanes(bg: BitGen, out: NDArray, axis: number): void {
  const ax = normalizeAxis(axis, out.ndim);
  const shape = out.shape;
  const strides = out.strides;
  const others = shape.map((_, i) => i).filter((i) => i !== ax);
  const counts = others.map((i) => shape[i]!);
  const total = counts.reduce((p, c) => p * c, 1);
  if (total === 0 || shape[ax] === 0) return;
  const bytes = out._storage.region.bytes();
  const idx = new Array<number>(others.length).fill(0);
  for (let t = 0; t < total; t++) {
    let base = out._ptr;
    for (let k = 0; k < others.length; k++) base += idx[k]! * strides[others[k]!]!;
    shuffleRaw(bg, bytes, base, shape[ax]!, strides[ax]!, out.itemsize, 0);
    for (let k = others.length - 1; k >= 0; k--) {
      if (++idx[k]! < counts[k]!) break;
      idx[k] = 0;
    }
  }
}
