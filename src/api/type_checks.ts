/**
 * Type-check predicates and small type-related helpers, as numpy/lib/_type_check_impl.py and
 * numpy/lib/_ufunclike_impl.py define them: iscomplex, isreal, iscomplexobj, isrealobj,
 * isposinf, isneginf, real_if_close, plus np.sinc (the normalised sinc function).
 *
 * @example
 * np.iscomplex([1, {re: 1, im: 1}])   // array([False,  True])
 * np.isposinf([-Infinity, 0, Infinity]) // array([False, False,  True])
 * np.real_if_close([{re: 2.1, im: 4e-14}]) // array([2.1])
 * np.sinc([0, 0.5])                   // array([1.        , 0.63661977])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { divide, isinf, logical_and, logical_not, multiply, not_equal, equal, absolute, less, signbit, sin } from "../ufunc/index.js";
import { asanyarray, asArray, zeros } from "./creation.js";
import { finfo } from "./dtypes.js";
import { imag } from "./math.js";
import { all } from "./reductions.js";
import { where } from "./select.js";

type BoolResult = NDArray | boolean;

/**
 * Whether each element has a nonzero imaginary part, as `np.iscomplex(x)`: a boolean array (a
 * JS boolean for a 0-d input); all false for a non-complex dtype.
 * @example np.iscomplex([{re: 1, im: 1}, 1, {re: 1, im: 0}]).tolist() // [true, false, false]
 */
export function iscomplex(x: ArrayLike): BoolResult {
  const ax = asanyarray(x);
  if (ax._dt.kind === "c") return not_equal(imag(ax), 0) as BoolResult;
  return ax.ndim === 0 ? false : zeros(ax.shape, "bool");
}

/**
 * Whether each element has a zero imaginary part, as `np.isreal(x)` (`imag(x) == 0`).
 * @example np.isreal([{re: 1, im: 1}, 1]).tolist() // [false, true]
 */
export function isreal(x: ArrayLike): BoolResult {
  return equal(imag(x), 0) as BoolResult;
}

/**
 * Whether the array's dtype is complex (whatever its values), as `np.iscomplexobj(x)`.
 * @example np.iscomplexobj([{re: 3, im: 0}]) // true
 */
export function iscomplexobj(x: ArrayLike): boolean {
  return (x instanceof NDArray ? x : asArray(x))._dt.kind === "c";
}

/**
 * Whether the array's dtype is not complex, as `np.isrealobj(x)`.
 * @example np.isrealobj([1.5, 2]) // true
 */
export function isrealobj(x: ArrayLike): boolean {
  return !iscomplexobj(x);
}

type OutOpts = { out?: NDArray | null };

/** isinf(x) & (signbit(x) == negative), with isposinf's TypeError for complex input. */
function signedInf(name: string, x: ArrayLike, rest: readonly unknown[], negative: boolean): BoolResult {
  const [out] = bindArgs(name, ["out"], rest) as [NDArray | null | undefined];
  const dt = (x instanceof NDArray ? x : asanyarray(x))._dt;
  if (dt.kind === "c") throw new NumpyTypeError(`This operation is not supported for ${dt.name} values because it would be ambiguous.`);
  const inf = isinf(x);
  const sb = signbit(x);
  const side = negative ? sb : logical_not(sb);
  return (out == null ? logical_and(inf, side) : logical_and(inf, side, { out })) as BoolResult;
}

/**
 * Positive infinity test, as `np.isposinf(x, out=None)`: a boolean array (or scalar); complex
 * input is NumPy's TypeError.
 * @example np.isposinf([-Infinity, 0, Infinity]).tolist() // [false, false, true]
 */
export function isposinf(x: ArrayLike, ...rest: Args<[NDArray | null], OutOpts>): BoolResult {
  return signedInf("isposinf", x, rest, false);
}

/**
 * Negative infinity test, as `np.isneginf(x, out=None)`.
 * @example np.isneginf([-Infinity, 0, Infinity]).tolist() // [true, false, false]
 */
export function isneginf(x: ArrayLike, ...rest: Args<[NDArray | null], OutOpts>): BoolResult {
  return signedInf("isneginf", x, rest, true);
}

/**
 * The real part when every imaginary part is within `tol` of zero, else the input, as
 * `np.real_if_close(a, tol=100)`: a `tol` above 1 is in machine epsilons of the dtype.
 * @example np.real_if_close([{re: 2.1, im: 4e-14}, {re: 5.2, im: 3e-15}]).tolist() // [2.1, 5.2]
 */
export function real_if_close(a: ArrayLike, ...rest: Args<[number], { tol?: number }>): NDArray {
  const [tolArg] = bindArgs("real_if_close", ["tol"], rest) as [number | null | undefined];
  const arr = asanyarray(a);
  if (arr._dt.kind !== "c") return arr;
  let tol = tolArg ?? 100;
  if (tol > 1) tol = finfo(arr).eps * tol;
  if (all(less(absolute(arr.imag), tol))) return arr.real;
  return arr;
}

/**
 * The normalised sinc function sin(pi x) / (pi x), 1 at 0, as `np.sinc(x)` (NumPy's
 * computation: `y = where(pi*x, pi*x, eps)`, then `sin(y) / y`).
 * @example np.sinc([0, 0.5, 1]) // array([1.00000000e+00, 6.36619772e-01, 3.89817183e-17])
 */
export function sinc(x: ArrayLike): NDArray | Scalar {
  const px = multiply(Math.PI, asanyarray(x)) as NDArray | Scalar;
  const pa = asArray(px);
  const eps = pa._dt.kind === "f" ? finfo(pa).eps : 1e-20;
  const y = where(pa, pa, eps);
  return divide(sin(y), y) as NDArray | Scalar;
}
