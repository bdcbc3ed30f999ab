/**
 * Helpers shared by np.linalg's functions: NumPy's input checks (_assert_stacked_2d,
 * _assert_stacked_square, _assert_finite), its result dtype for real input (_commonType), and
 * the matrices of a stack as row-major Float64Array copies for the decompositions.
 * @example checkSquare(np.ones([2, 3])) // LinAlgError: Last 2 dimensions of the array must be square
 */
import { noOptions } from "../core/args.js";
import { LinAlgError, NotImplementedError, NumpyTypeError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { array } from "../api/creation.js";
import { UFUNCS } from "../ufunc/defs.js";
import { callUfunc } from "../ufunc/ufunc.js";
import { errstate, FPE_OVERFLOW, raiseFPE } from "../ufunc/errstate.js";

/**
 * Natural logarithms as NumPy's npy_log gives them, by the log ufunc's kernel (V8's Math.log
 * rounds about 1 value in 200 the other way, enough to change a determinant's last digit).
 * @example logs([3, 2 / 3]) // [1.0986122886681098, -0.40546510810816444]
 */
export function logs(xs: readonly number[]): number[] {
  return xs.length === 0 ? [] : ((callUfunc(UFUNCS.log, [array(xs as number[], "float64")], true) as NDArray).tolist() as number[]);
}

/**
 * e^x as NumPy's npy_exp gives it, by the exp ufunc's kernel (V8's Math.exp differs from it about
 * 1 time in 10); an overflow is reported as NumPy's det reports it ("overflow encountered in det",
 * under np.errstate).
 */
export function exp(x: number): number {
  const r = errstate({ over: "ignore" }, () => (callUfunc(UFUNCS.exp, [array([x], "float64")], true) as NDArray).item(0) as number);
  if (r === Infinity && Number.isFinite(x)) raiseFPE(FPE_OVERFLOW, "det");
  return r;
}

/** NumPy's _commonType for real input: float32 stays, everything else computes in float64 (callers route complex input elsewhere first). */
export function realType(a: NDArray, what: string): "float32" | "float64" {
  if (a._dt.kind === "c") throw new NotImplementedError(`ndts: np.linalg.${what} of complex arrays is not supported yet`);
  return a.dtype === "float32" ? "float32" : "float64";
}

/** NumPy's _assert_stacked_2d. */
export function check2d(a: NDArray): void {
  if (a.ndim < 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
}

/** NumPy's _assert_stacked_2d and _assert_stacked_square. */
export function checkSquare(a: NDArray): void {
  check2d(a);
  if (a.shape[a.ndim - 1] !== a.shape[a.ndim - 2]) throw new LinAlgError("Last 2 dimensions of the array must be square");
}

/** NumPy's _assert_finite, on the matrices as read by matrices(). */
export function checkFinite(mats: readonly Float64Array[]): void {
  for (const m of mats) for (const x of m) if (!Number.isFinite(x)) throw new LinAlgError("Array must not contain infs or NaNs");
}

/**
 * Python's TypeErrors for a function with only positional parameters given extra arguments
 * (an options object is an unexpected keyword).
 */
export function noExtra(fn: string, npos: number, rest: readonly unknown[]): void {
  noOptions(fn, rest);
  if (rest.length > 0) {
    const given = npos + rest.length;
    throw new NumpyTypeError(`${fn}() takes ${npos} positional argument${npos > 1 ? "s" : ""} but ${given} were given`);
  }
}

/** The matrices of a stack as row-major Float64Array copies. */
export function matrices(a: NDArray): Float64Array[] {
  const n = a.shape[a.ndim - 1]!;
  const m = a.shape[a.ndim - 2]!;
  // tobytes copies in C order (a wasm copy), far cheaper than a list of numbers
  const flat = new Float64Array((a.dtype === "float64" ? a : a.astype("float64")).tobytes().buffer);
  const count = a.size === 0 ? a.shape.slice(0, -2).reduce((p, d) => p * d, 1) : flat.length / (n * m);
  return Array.from({ length: count }, (_, k) => flat.slice(k * n * m, (k + 1) * n * m));
}

/** The matrices of a stack, one after another, as one array of dtype `dt` (from a typed array: no list of numbers). */
export function joined(parts: readonly Float64Array[], dt: string): NDArray {
  const out = new Float64Array(parts.reduce((t, p) => t + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return array(out, dt);
}
