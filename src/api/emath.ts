/**
 * np.emath (numpy.lib.scimath): the math functions whose results leave the real line for some
 * real inputs (sqrt, log of negatives, arccos beyond +-1, ...) give the complex value there, as
 * NumPy's scimath does: when any real input is outside the real domain, the whole input is made
 * complex first (complex64 for float32 and the small integer types, else complex128); otherwise
 * the plain ufunc runs and the result stays real.
 *
 * @example
 * np.emath.sqrt(-1) // {re: 0, im: 1}
 * np.emath.sqrt([-1, 4]) // array([0.+1.j, 2.+0.j])
 * np.emath.log10([-10, 100]) // array([1.+1.36437635j, 2.+0.j        ])
 */
import type { ArrayLike } from "../core/coerce.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { uf } from "../ufunc/ufunc.js";
import { asArray } from "./creation.js";
import { any } from "./reductions.js";

type Result = NDArray | Scalar;

/** dtypes scimath widens to complex64 (numpy.lib.scimath._tocomplex); all others to complex128. */
const TO_COMPLEX64 = new Set(["float32", "int8", "int16", "uint8", "uint16", "complex64"]);

/** Whether some element of a real array satisfies `outside` (complex arrays are left alone). */
function anyReal(a: NDArray, outside: (a: NDArray) => NDArray): boolean {
  if (a._dt.kind === "c") return false;
  const mask = outside(a);
  const found = any(mask) === true;
  mask.dispose();
  return found;
}

function toComplex(a: NDArray): NDArray {
  return a.astype(TO_COMPLEX64.has(a.dtype) ? "complex64" : "complex128");
}

/** scimath's _fix_real_lt_zero: complex when some real element is negative. */
function fixNegative(x: ArrayLike): NDArray {
  const a = asArray(x);
  return anyReal(a, (v) => uf("less", v, 0)) ? toComplex(a) : a;
}

/** scimath's _fix_int_lt_zero: x * 1.0 (float) when some real element is negative (exponents). */
function fixNegativeInt(x: ArrayLike): NDArray {
  const a = asArray(x);
  return anyReal(a, (v) => uf("less", v, 0)) ? uf("multiply", a, asArray(1).astype("float64")) : a;
}

/** scimath's _fix_real_abs_gt_1: complex when some real element has |x| > 1. */
function fixBeyondOne(x: ArrayLike): NDArray {
  const a = asArray(x);
  return anyReal(a, (v) => uf("greater", uf("absolute", v), 1)) ? toComplex(a) : a;
}

/** An array for array input, a JS scalar for scalar input (as NumPy gives a NumPy scalar). */
function shaped(input: ArrayLike, r: NDArray): Result {
  return input instanceof NDArray || r.ndim > 0 ? r : (r._scalar() as Scalar);
}

/**
 * Square root, complex for negative inputs.
 * @example np.emath.sqrt([-4, 4]) // array([0.+2.j, 2.+0.j])
 */
function sqrt(x: ArrayLike): Result {
  return shaped(x, uf("sqrt", fixNegative(x)));
}

/**
 * Natural logarithm, complex for negative inputs.
 * @example np.emath.log(-1) // {re: 0, im: 3.141592653589793}
 */
function log(x: ArrayLike): Result {
  return shaped(x, uf("log", fixNegative(x)));
}

/**
 * Base-10 logarithm, complex for negative inputs.
 * @example np.emath.log10(-10) // {re: 1, im: 1.3643763538418412}
 */
function log10(x: ArrayLike): Result {
  return shaped(x, uf("log10", fixNegative(x)));
}

/**
 * Base-2 logarithm, complex for negative inputs.
 * @example np.emath.log2(-8) // {re: 2.9999999999999996, im: 4.532360141827193}
 */
function log2(x: ArrayLike): Result {
  return shaped(x, uf("log2", fixNegative(x)));
}

/**
 * Logarithm of `x` to base `n`: log(x) / log(n), complex for negative inputs.
 * @example np.emath.logn(2, [-4, 8]) // array([2.+4.53236014j, 3.+0.j        ])
 */
function logn(n: ArrayLike, x: ArrayLike): Result {
  const r = uf("divide", uf("log", fixNegative(x)), uf("log", fixNegative(n)));
  return x instanceof NDArray || n instanceof NDArray ? r : shaped(x, r);
}

/**
 * x ** p, complex for negative bases; negative integer exponents are made float first.
 * @example np.emath.power([-4, 2], 0.5) // array([1.22464680e-16+2.j, 1.41421356e+00+0.j])
 */
function power(x: ArrayLike, p: ArrayLike): Result {
  const r = uf("power", fixNegative(x), fixNegativeInt(p));
  return x instanceof NDArray || p instanceof NDArray ? r : shaped(x, r);
}

/**
 * Inverse cosine, complex for |x| > 1.
 * @example np.emath.arccos(2) // {re: 0, im: -1.3169578969248166}
 */
function arccos(x: ArrayLike): Result {
  return shaped(x, uf("arccos", fixBeyondOne(x)));
}

/**
 * Inverse sine, complex for |x| > 1.
 * @example np.emath.arcsin(2) // {re: 1.5707963267948966, im: 1.3169578969248166}
 */
function arcsin(x: ArrayLike): Result {
  return shaped(x, uf("arcsin", fixBeyondOne(x)));
}

/**
 * Inverse hyperbolic tangent, complex for |x| > 1.
 * @example np.emath.arctanh(2) // {re: 0.5493061443340549, im: 1.5707963267948966}
 */
function arctanh(x: ArrayLike): Result {
  return shaped(x, uf("arctanh", fixBeyondOne(x)));
}

/** The np.emath namespace (numpy.lib.scimath). */
export const emath = { sqrt, log, log10, log2, logn, power, arccos, arcsin, arctanh } as const;
