/**
 * The 1-D transforms of numpy.fft (NumPy 2): fft, ifft, rfft, irfft, hfft and ihfft, each
 * `(a, n=None, axis=-1, norm=None, out=None)`.
 *
 * @example
 * np.fft.fft([1, 2, 3, 4]).tolist() // [{re: 10, im: 0}, {re: -2, im: 2}, {re: -2, im: 0}, {re: -2, im: -2}]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { NDArray } from "../core/ndarray.js";
import { asArray } from "../api/creation.js";
import { rawFft, shapeAt, swapDirection, type Kind, type Norm } from "./raw.js";

/** The keyword arguments of the 1-D transforms. */
export type FftOpts = { n?: number | null; axis?: number; norm?: Norm; out?: NDArray | null };
type FftArgs = Args<[number | null, number, Norm, NDArray | null], FftOpts>;
const PARAMS = ["n", "axis", "norm", "out"] as const;

function bind(name: string, rest: readonly unknown[]): [number | null | undefined, number, Norm | undefined, NDArray | null | undefined] {
  const [n, axis, norm, out] = bindArgs(name, PARAMS, rest) as [number | null | undefined, number | null | undefined, Norm | undefined, NDArray | null | undefined];
  // axis=None is NumPy's TypeError (see shapeAt and rawFft), not the default
  return [n, axis === undefined ? -1 : (axis as number), norm, out];
}

function oneD(name: string, a: ArrayLike, rest: readonly unknown[], kind: Kind, forward: boolean): NDArray {
  const [n, axis, norm, out] = bind(name, rest);
  const arr = asArray(a);
  const len = n ?? (kind === "c2r" ? (shapeAt(arr, axis) - 1) * 2 : shapeAt(arr, axis));
  return rawFft(arr, len, axis, kind, forward, norm, out);
}

/**
 * The 1-D discrete Fourier transform, as `numpy.fft.fft(a, n=None, axis=-1, norm=None,
 * out=None)`: A_k = sum_m a_m exp(-2 pi i mk / n) along `axis`, the input cropped or zero-padded
 * to `n`; "ortho" scales by 1/sqrt(n), "forward" by 1/n. float32 and complex64 give complex64,
 * everything else complex128.
 * @example np.fft.fft([1, 2, 3, 4]).tolist() // [{re: 10, im: 0}, {re: -2, im: 2}, {re: -2, im: 0}, {re: -2, im: -2}]
 */
export function fft(a: ArrayLike, ...rest: FftArgs): NDArray {
  return oneD("fft", a, rest, "c2c", true);
}

/**
 * The inverse 1-D discrete Fourier transform, as `numpy.fft.ifft(a, n=None, axis=-1, norm=None,
 * out=None)`: a_m = (1/n) sum_k A_k exp(2 pi i mk / n) with the default norm "backward".
 * @example np.fft.ifft([10, {re: -2, im: 2}, -2, {re: -2, im: -2}]).real.tolist() // [1, 2, 3, 4]
 */
export function ifft(a: ArrayLike, ...rest: FftArgs): NDArray {
  return oneD("ifft", a, rest, "c2c", false);
}

/**
 * The 1-D transform of real input, as `numpy.fft.rfft(a, n=None, axis=-1, norm=None, out=None)`:
 * the n // 2 + 1 non-negative frequency terms. Complex input is a TypeError (NumPy 2).
 * @example np.fft.rfft([1, 2, 3, 4]).tolist() // [{re: 10, im: 0}, {re: -2, im: 2}, {re: -2, im: 0}]
 */
export function rfft(a: ArrayLike, ...rest: FftArgs): NDArray {
  return oneD("rfft", a, rest, "r2c", true);
}

/**
 * The inverse of rfft, as `numpy.fft.irfft(a, n=None, axis=-1, norm=None, out=None)`: a real
 * output of length n (default 2 (m - 1) for m input points); the input is cropped or zero-padded
 * to n // 2 + 1 values and the imaginary parts of its zero (and, for even n, Nyquist) terms are
 * ignored.
 * @example np.fft.irfft([10, {re: -2, im: 2}, -2]).tolist() // [1, 2, 3, 4]
 */
export function irfft(a: ArrayLike, ...rest: FftArgs): NDArray {
  return oneD("irfft", a, rest, "c2r", false);
}

/**
 * The transform of a Hermitian-symmetric signal given by its first half, as `numpy.fft.hfft(a,
 * n=None, axis=-1, norm=None, out=None)`: irfft(conj(a), n) with the norm swapped, a real output
 * of length n (default 2 (m - 1)). As in NumPy 2, `out` is accepted but not used.
 * @example np.fft.hfft([1, 2, 3]).tolist() // [8, -2, 0, -2]
 */
export function hfft(a: ArrayLike, ...rest: FftArgs): NDArray {
  const [n, axis, norm] = bind("hfft", rest);
  const arr = asArray(a);
  const len = n ?? (shapeAt(arr, axis) - 1) * 2;
  return rawFft(arr, len, axis, "c2r", false, swapDirection(norm), null, true);
}

/**
 * The inverse of hfft, as `numpy.fft.ihfft(a, n=None, axis=-1, norm=None, out=None)`:
 * conj(rfft(a, n)) with the norm swapped (1/n by default).
 * @example np.fft.ihfft([1, 2, 3, 4]).tolist() // [{re: 2.5, im: -0}, {re: -0.5, im: -0.5}, {re: -0.5, im: -0}]
 */
export function ihfft(a: ArrayLike, ...rest: FftArgs): NDArray {
  const [n, axis, norm, out] = bind("ihfft", rest);
  const arr = asArray(a);
  const len = n ?? shapeAt(arr, axis);
  return rawFft(arr, len, axis, "r2c", true, swapDirection(norm), out, false, true);
}
