/**
 * numpy.fft's helpers: the sample frequencies fftfreq and rfftfreq, and fftshift / ifftshift,
 * which move the zero-frequency term to the centre of the spectrum and back.
 *
 * @example
 * np.fft.fftfreq(4, 0.5).tolist() // [0, 0.5, -1, -0.5]
 */
import { bindArgs, checkDevice, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64 } from "../core/dtype.js";
import { NumpyTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { asArray } from "../api/creation.js";
import { roll } from "../api/rearranging.js";
import { divide, multiply } from "../ufunc/index.js";
import { shapeAt } from "./raw.js";

type FreqOpts = { d?: number | ArrayLike; device?: string | null };

/** NumPy's 1.0 / (n * d): a float for a number d (Python's ZeroDivisionError at 0), else an array. */
function spacing(n: unknown, d: number | ArrayLike | undefined): [number, number | NDArray] {
  if (typeof n === "boolean") n = n ? 1 : 0;
  if (typeof n === "bigint") n = Number(n);
  if (typeof n !== "number" || !Number.isInteger(n)) throw new ValueError("n should be an integer");
  const dd = d ?? 1;
  if (typeof dd === "number") {
    const p = n * dd;
    if (p === 0) throw new ZeroDivisionError("float division by zero");
    return [n, 1 / p];
  }
  return [n, divide(1, multiply(n, asArray(dd))) as NDArray];
}

/** k * val for the integers k of `ks`, as NumPy's `results * val`. */
function scaled(ks: (k: number) => number, len: number, val: number | NDArray): NDArray {
  const out = emptyArray(FLOAT64, [len]);
  if (typeof val !== "number") {
    const ints = emptyArray(FLOAT64, [len]);
    const v = ints._storage.region.view(FLOAT64) as Float64Array;
    for (let i = 0, o = ints._ptr >> 3; i < len; i++) v[o + i] = ks(i);
    return multiply(ints.astype("int64"), val) as NDArray;
  }
  const v = out._storage.region.view(FLOAT64) as Float64Array;
  for (let i = 0, o = out._ptr >> 3; i < len; i++) v[o + i] = ks(i) * val;
  return out;
}

/**
 * The sample frequencies of a length-n DFT with sample spacing d, as `numpy.fft.fftfreq(n,
 * d=1.0, device=None)`: [0, 1, ..., (n-1)//2, -(n//2), ..., -1] / (d n).
 * @example np.fft.fftfreq(5, 0.1).tolist() // [0, 2, 4, -4, -2]
 */
export function fftfreq(n: number, ...rest: Args<[number | ArrayLike, string | null], FreqOpts>): NDArray {
  const [d, device] = bindArgs("fftfreq", ["d", "device"], rest) as [number | ArrayLike | undefined, string | null | undefined];
  const [len, val] = spacing(n, d);
  checkDevice(device);
  if (len < 0) throw new ValueError("negative dimensions are not allowed");
  const pos = Math.floor((len - 1) / 2) + 1;
  return scaled((i) => (i < pos ? i : i - len), len, val);
}

/**
 * The non-negative sample frequencies of rfft, as `numpy.fft.rfftfreq(n, d=1.0, device=None)`:
 * [0, 1, ..., n//2] / (d n).
 * @example np.fft.rfftfreq(5).tolist() // [0, 0.2, 0.4]
 */
export function rfftfreq(n: number, ...rest: Args<[number | ArrayLike, string | null], FreqOpts>): NDArray {
  const [d, device] = bindArgs("rfftfreq", ["d", "device"], rest) as [number | ArrayLike | undefined, string | null | undefined];
  const [len, val] = spacing(n, d);
  checkDevice(device);
  return scaled((i) => i, Math.max(Math.floor(len / 2) + 1, 0), val);
}

type Axes = number | readonly number[] | null;

function shift(name: string, x: ArrayLike, rest: readonly unknown[], sign: 1 | -1): NDArray {
  const [axes] = bindArgs(name, ["axes"], rest) as [Axes | undefined];
  const a = asArray(x);
  if (typeof axes === "number") return roll(a, sign * Math.floor(shapeAt(a, axes) / 2), axes);
  if (axes != null && !Array.isArray(axes)) throw new NumpyTypeError(`'${typeof axes}' object is not iterable`);
  const ax = axes ?? a.shape.map((_, i) => i);
  const shifts = ax.map((d) => sign * Math.floor(shapeAt(a, d) / 2));
  // NumPy's roll of a 0-d array over a tuple of (no) axes fails unpacking its (empty) index
  if (a.ndim === 0) throw new ValueError("not enough values to unpack (expected 2, got 0)");
  return roll(a, shifts, ax);
}

/**
 * Moves the zero-frequency term to the centre, as `numpy.fft.fftshift(x, axes=None)`: a roll by
 * n // 2 along each of `axes` (default all).
 * @example np.fft.fftshift([0, 1, 2, -2, -1]).tolist() // [-2, -1, 0, 1, 2]
 */
export function fftshift(x: ArrayLike, ...rest: Args<[Axes], { axes?: Axes }>): NDArray {
  return shift("fftshift", x, rest, 1);
}

/**
 * The inverse of fftshift, as `numpy.fft.ifftshift(x, axes=None)`: a roll by -(n // 2).
 * @example np.fft.ifftshift([-2, -1, 0, 1, 2]).tolist() // [0, 1, 2, -2, -1]
 */
export function ifftshift(x: ArrayLike, ...rest: Args<[Axes], { axes?: Axes }>): NDArray {
  return shift("ifftshift", x, rest, -1);
}
