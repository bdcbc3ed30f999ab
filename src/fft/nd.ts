/**
 * The N-D transforms of numpy.fft (NumPy 2): fftn, ifftn, fft2, ifft2, rfftn, irfftn, rfft2 and
 * irfft2, each `(a, s=None, axes=None, norm=None, out=None)` (axes=(-2, -1) for the 2-D ones),
 * as NumPy composes them of 1-D transforms, last axis first, with NumPy's _cook_nd_args
 * (its errors and its NumPy 2.0 DeprecationWarnings for `s` without `axes` and None in `s`).
 *
 * @example
 * np.fft.fft2([[1, 2], [3, 4]]).real.tolist() // [[10, -2], [-4, 0]]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { IndexError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import { asArray } from "../api/creation.js";
import { fft, ifft, irfft, rfft } from "./basic.js";
import { shapeAt, type Norm } from "./raw.js";

/** The keyword arguments of the N-D transforms. */
export type FftnOpts = { s?: readonly (number | null)[] | null; axes?: readonly number[] | null; norm?: Norm; out?: NDArray | null };
type FftnArgs = Args<[readonly (number | null)[] | null, readonly number[] | null, Norm, NDArray | null], FftnOpts>;
const PARAMS = ["s", "axes", "norm", "out"] as const;

const S_AXES_DEPRECATION =
  "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of NumPy, this will raise an error and `s[i]` will correspond to the size along the transformed axis specified by `axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for an array of dimension k.";
const S_NONE_DEPRECATION =
  "Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise an error in a future version of NumPy. To use the default behaviour of the corresponding 1-D transform, pass the value matching the default for its `n` parameter. To use the default behaviour for every axis, the `s` argument can be omitted.";

type Bound = [readonly (number | null)[] | null | undefined, readonly number[] | null | undefined, Norm | undefined, NDArray | null | undefined];

function bind(name: string, rest: readonly unknown[], twoD: boolean): Bound {
  const b = bindArgs(name, PARAMS, rest) as Bound;
  if (twoD && b[1] === undefined) b[1] = [-2, -1];
  return b;
}

/** NumPy's take(a.shape, axes): the lengths of the given axes. */
function takeShape(a: NDArray, axes: readonly number[]): number[] {
  const nd = a.ndim;
  return axes.map((ax) => {
    if (typeof ax !== "number" || !Number.isInteger(ax)) throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    if (nd === 0) throw new IndexError("cannot do a non-empty take from an empty axes.");
    if (ax < -nd || ax >= nd) throw new IndexError(`index ${ax} is out of bounds for axis 0 with size ${nd}`);
    return a.shape[ax < 0 ? ax + nd : ax]!;
  });
}

/** NumPy's _cook_nd_args: the lengths (null: the 1-D default) and axes of each 1-D transform. */
function cookNdArgs(a: NDArray, sArg: unknown, axesArg: unknown, invreal: boolean): [(number | null)[], number[]] {
  if (axesArg != null && !Array.isArray(axesArg)) {
    throw new NumpyTypeError(sArg == null ? "'numpy.int64' object is not iterable" : `object of type '${typeof axesArg === "number" ? "int" : typeof axesArg}' has no len()`);
  }
  if (sArg != null && !Array.isArray(sArg)) throw new NumpyTypeError(`'${typeof sArg === "number" ? "int" : typeof sArg}' object is not iterable`);
  const shapeless = sArg == null;
  let axes = axesArg as number[] | null | undefined;
  const s: (number | null)[] = shapeless ? (axes == null ? [...a.shape] : takeShape(a, axes)) : [...(sArg as (number | null)[])];
  if (axes == null) {
    if (!shapeless) warn(S_AXES_DEPRECATION, "DeprecationWarning");
    axes = s.map((_, i) => i - s.length);
  }
  if (s.length !== axes.length) throw new ValueError("Shape and axes have different lengths.");
  if (invreal && shapeless) {
    if (axes.length === 0) throw new IndexError("list index out of range");
    s[s.length - 1] = (shapeAt(a, axes[axes.length - 1]) - 1) * 2;
  }
  if (s.some((x) => x === null || x === undefined)) warn(S_NONE_DEPRECATION, "DeprecationWarning");
  return [s.map((x, i) => (x === -1 ? shapeAt(a, axes![i]) : (x ?? null))), axes];
}

type OneD = (a: ArrayLike, n: number | null, axis: number, norm: Norm, out: NDArray | null) => NDArray;

function rawFftnd(a: ArrayLike, [s, axes, norm, out]: Bound, fn: OneD): NDArray {
  let arr = asArray(a);
  const [ss, ax] = cookNdArgs(arr, s, axes, false);
  for (let i = ax.length - 1; i >= 0; i--) arr = fn(arr, ss[i]!, ax[i]!, norm ?? null, out ?? null);
  return arr;
}

function rawRfftn(a: ArrayLike, [s, axes, norm, out]: Bound): NDArray {
  let arr = asArray(a);
  const [ss, ax] = cookNdArgs(arr, s, axes, false);
  const last = ax.length - 1;
  if (last < 0) throw new IndexError("list index out of range");
  arr = rfft(arr, ss[last]!, ax[last]!, norm ?? null, out ?? null);
  for (let i = last - 1; i >= 0; i--) arr = fft(arr, ss[i]!, ax[i]!, norm ?? null, out ?? null);
  return arr;
}

function rawIrfftn(a: ArrayLike, [s, axes, norm, out]: Bound): NDArray {
  let arr = asArray(a);
  const [ss, ax] = cookNdArgs(arr, s, axes, true);
  const last = ax.length - 1;
  if (last < 0) throw new IndexError("list index out of range");
  for (let i = 0; i < last; i++) arr = ifft(arr, ss[i]!, ax[i]!, norm ?? null);
  return irfft(arr, ss[last]!, ax[last]!, norm ?? null, out ?? null);
}

/**
 * The N-D discrete Fourier transform, as `numpy.fft.fftn(a, s=None, axes=None, norm=None,
 * out=None)`: 1-D transforms along `axes` (default all, or the last len(s)), each input length
 * cropped or zero-padded to `s` (-1: keep the axis's length). No axes returns the input.
 * @example np.fft.fftn(np.ones([2, 2])).real.tolist() // [[4, 0], [0, 0]]
 */
export function fftn(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawFftnd(a, bind("fftn", rest, false), fft);
}

/**
 * The inverse N-D discrete Fourier transform, as `numpy.fft.ifftn(a, s=None, axes=None,
 * norm=None, out=None)`.
 * @example np.fft.ifftn([[4, 0], [0, 0]]).real.tolist() // [[1, 1], [1, 1]]
 */
export function ifftn(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawFftnd(a, bind("ifftn", rest, false), ifft);
}

/**
 * The 2-D discrete Fourier transform, as `numpy.fft.fft2(a, s=None, axes=(-2, -1), norm=None,
 * out=None)`.
 * @example np.fft.fft2([[1, 2], [3, 4]]).real.tolist() // [[10, -2], [-4, 0]]
 */
export function fft2(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawFftnd(a, bind("fft2", rest, true), fft);
}

/**
 * The inverse 2-D discrete Fourier transform, as `numpy.fft.ifft2(a, s=None, axes=(-2, -1),
 * norm=None, out=None)`. As in NumPy 2, `out` is accepted but not used.
 * @example np.fft.ifft2([[10, -2], [-4, 0]]).real.tolist() // [[1, 2], [3, 4]]
 */
export function ifft2(a: ArrayLike, ...rest: FftnArgs): NDArray {
  const b = bind("ifft2", rest, true);
  b[3] = null;
  return rawFftnd(a, b, ifft);
}

/**
 * The N-D transform of real input, as `numpy.fft.rfftn(a, s=None, axes=None, norm=None,
 * out=None)`: rfft along the last axis, then fft along the others.
 * @example np.fft.rfftn([[1, 2], [3, 4]]).real.tolist() // [[10, -2], [-4, 0]]
 */
export function rfftn(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawRfftn(a, bind("rfftn", rest, false));
}

/**
 * The 2-D transform of real input, as `numpy.fft.rfft2(a, s=None, axes=(-2, -1), norm=None,
 * out=None)`.
 * @example np.fft.rfft2([[1, 2, 3, 4], [5, 6, 7, 8]]).shape // [2, 3]
 */
export function rfft2(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawRfftn(a, bind("rfft2", rest, true));
}

/**
 * The inverse of rfftn, as `numpy.fft.irfftn(a, s=None, axes=None, norm=None, out=None)`: ifft
 * along all but the last axis, then irfft along it (default length 2 (m - 1)).
 * @example np.fft.irfftn([[10, -2], [-4, 0]]).tolist() // [[1, 2], [3, 4]]
 */
export function irfftn(a: ArrayLike, ...rest: FftnArgs): NDArray {
  return rawIrfftn(a, bind("irfftn", rest, false));
}

/**
 * The inverse of rfft2, as `numpy.fft.irfft2(a, s=None, axes=(-2, -1), norm=None, out=None)`.
 * As in NumPy 2, `out` is accepted but not used.
 * @example np.fft.irfft2([[10, -2], [-4, 0]]).tolist() // [[1, 2], [3, 4]]
 */
export function irfft2(a: ArrayLike, ...rest: FftnArgs): NDArray {
  const b = bind("irfft2", rest, true);
  b[3] = null;
  return rawIrfftn(a, b);
}
