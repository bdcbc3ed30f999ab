/**
 * The np.* ufunc objects, made from the table in defs.ts, with NumPy's aliases.
 *
 * @example
 * np.add(1, 2) // 3
 * np.add.nin // 2
 * String(np.sqrt) // "<ufunc 'sqrt'>"
 */
import { isOptions } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError } from "../core/errors.js";
import type { DType } from "../core/dtype.js";
import type { NDArray } from "../core/ndarray.js";
import { UFUNCS, type UfuncDef, type UfuncName } from "./defs.js";
import { reduce } from "./reduce.js";
import { accumulate, at, outer, reduceat, resolveDtypes } from "./methods.js";
import { loopDTypes, outputDTypes } from "./resolve.js";
import { callUfunc, type Ufunc, type UfuncResult } from "./ufunc.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Methods and attributes shared by every ufunc object. */
const UfuncProto = Object.create(Function.prototype, {
  nin: { get(this: Ufunc) { return this.def.nin; } },
  nout: { get(this: Ufunc) { return this.def.nout; } },
  nargs: { get(this: Ufunc) { return this.def.nin + this.def.nout; } },
  identity: { get(this: Ufunc) { return this.def.identity; } },
  __name__: { get(this: Ufunc) { return this.def.name; } },
  // Elementwise ufuncs have no core signature (NumPy's None).
  signature: { get() { return null; } },
  ntypes: { get(this: Ufunc) { return this.def.loops.length; } },
  types: {
    get(this: Ufunc) {
      // ldexp-style loops name their fixed-type inputs ("fi->f").
      const ins = (dt: DType) => this.def.inputs?.(dt).map((i) => i.char).join("") ?? dt.char.repeat(this.def.nin);
      return loopDTypes(this.def).map((dt) => ins(dt) + "->" + outputDTypes(this.def, dt).map((o) => o.char).join(""));
    },
  },
  reduce: { value(this: Ufunc, array: ArrayLike, ...rest: unknown[]) { return reduce(this.def, array, rest); } },
  accumulate: { value(this: Ufunc, array: ArrayLike, ...rest: unknown[]) { return accumulate(this.def, array, rest); } },
  reduceat: { value(this: Ufunc, array: ArrayLike, indices: ArrayLike, ...rest: unknown[]) { return reduceat(this.def, array, indices, rest); } },
  outer: { value(this: Ufunc, A: ArrayLike, B: ArrayLike, ...rest: unknown[]) { return outer(this.def, A, B, rest); } },
  at: {
    value(this: Ufunc, ...args: unknown[]) {
      // NumPy's ufunc.at(a, indices, b=None) is positional only.
      if (args.some((x) => isOptions(x))) throw new NumpyTypeError("ufunc.at() takes no keyword arguments");
      if (args.length > 3) throw new NumpyTypeError(`at() takes at most 3 arguments (${args.length} given)`);
      if (args.length < 2) throw new NumpyTypeError(`at() takes at least 2 arguments (${args.length} given)`);
      return at(this.def, args[0] as NDArray, args[1], args[2] as ArrayLike | undefined);
    },
  },
  resolve_dtypes: { value(this: Ufunc, dtypes: unknown, ...rest: unknown[]) { return resolveDtypes(this.def, dtypes, rest); } },
  toString: { value(this: Ufunc) { return `<ufunc '${this.def.name}'>`; } },
  [INSPECT]: { value(this: Ufunc) { return `<ufunc '${this.def.name}'>`; } },
});

/**
 * NumPy's `np.ufunc` type: every ufunc object is an instance (`np.add instanceof np.ufunc`), and,
 * as in NumPy, it cannot be instantiated.
 * @example np.sqrt instanceof np.ufunc // true
 */
export const ufunc = function ufunc(): never {
  throw new NumpyTypeError("cannot create 'numpy.ufunc' instances");
} as unknown as { new (): Ufunc; readonly prototype: Ufunc };
Object.defineProperty(ufunc, "prototype", { value: UfuncProto });
Object.defineProperty(ufunc, Symbol.hasInstance, { value: (x: unknown) => typeof x === "function" && UfuncProto.isPrototypeOf(x) });
Object.defineProperty(UfuncProto, "constructor", { value: ufunc });

function makeUfunc(def: UfuncDef): Ufunc {
  const fn = function (...args: unknown[]) {
    return callUfunc(def, args);
  };
  Object.defineProperty(fn, "name", { value: def.name });
  Object.defineProperty(fn, "def", { value: def });
  Object.setPrototypeOf(fn, UfuncProto);
  return fn as unknown as Ufunc;
}

const made = {} as Record<UfuncName, Ufunc>;
for (const name of Object.keys(UFUNCS) as UfuncName[]) made[name] = makeUfunc(UFUNCS[name]);

/** Element-wise sum. @example np.add([1, 2], 3) // array([4, 5]) */
export const add = made.add as Ufunc<UfuncResult>;
/** Element-wise difference. @example np.subtract(5, [1, 2]) */
export const subtract = made.subtract as Ufunc<UfuncResult>;
/** Element-wise product. @example np.multiply([1, 2], [3, 4]) */
export const multiply = made.multiply as Ufunc<UfuncResult>;
/** True division (ints give float64). @example np.divide(1, 2) // 0.5 */
export const divide = made.divide as Ufunc<UfuncResult>;
export const true_divide = made.divide as Ufunc<UfuncResult>;
/** Floor division, NumPy's signs. @example np.floor_divide(-7, 2) // -4 */
export const floor_divide = made.floor_divide as Ufunc<UfuncResult>;
/** Remainder with the divisor's sign. @example np.remainder(-7, 2) // 1 */
export const remainder = made.remainder as Ufunc<UfuncResult>;
export const mod = made.remainder as Ufunc<UfuncResult>;
/** C's fmod (the dividend's sign). @example np.fmod(-7, 2) // -1 */
export const fmod = made.fmod as Ufunc<UfuncResult>;
/** Quotient and remainder. @example np.divmod(7, 2) // [3, 1] */
export const divmod = made.divmod as Ufunc<UfuncResult[]>;
/** First array elements raised to powers from the second. @example np.power(2, [1, 2, 3]) */
export const power = made.power as Ufunc<UfuncResult>;
export const pow = made.power as Ufunc<UfuncResult>;
/** Power computed in float64 or complex128. @example np.float_power(2, 3) // 8 */
export const float_power = made.float_power as Ufunc<UfuncResult>;
/** NaN-propagating element-wise maximum. @example np.maximum([1, 5], [3, 2]) */
export const maximum = made.maximum as Ufunc<UfuncResult>;
/** NaN-propagating element-wise minimum. @example np.minimum([1, 5], [3, 2]) */
export const minimum = made.minimum as Ufunc<UfuncResult>;
/** NaN-ignoring element-wise maximum. @example np.fmax([NaN, 1], [0, NaN]) */
export const fmax = made.fmax as Ufunc<UfuncResult>;
/** NaN-ignoring element-wise minimum. @example np.fmin([NaN, 1], [0, NaN]) */
export const fmin = made.fmin as Ufunc<UfuncResult>;
/** log(exp(x1) + exp(x2)). @example np.logaddexp(0, 0) // 0.693... */
export const logaddexp = made.logaddexp as Ufunc<UfuncResult>;
/** log2(2**x1 + 2**x2). @example np.logaddexp2(1, 1) // 2 */
export const logaddexp2 = made.logaddexp2 as Ufunc<UfuncResult>;
/** Quadrant-aware arctangent of x1/x2. @example np.arctan2(1, -1) */
export const arctan2 = made.arctan2 as Ufunc<UfuncResult>;
export const atan2 = made.arctan2 as Ufunc<UfuncResult>;
/** sqrt(x1**2 + x2**2). @example np.hypot(3, 4) // 5 */
export const hypot = made.hypot as Ufunc<UfuncResult>;
/** x1 with the sign of x2. @example np.copysign(1, -0.0) // -1 */
export const copysign = made.copysign as Ufunc<UfuncResult>;
/** The next float after x1 toward x2. @example np.nextafter(1, 2) */
export const nextafter = made.nextafter as Ufunc<UfuncResult>;
/** Heaviside step function. @example np.heaviside([-1, 0, 2], 0.5) */
export const heaviside = made.heaviside as Ufunc<UfuncResult>;
/** x1 * 2**x2. @example np.ldexp(1.5, 3) // 12 */
export const ldexp = made.ldexp as Ufunc<UfuncResult>;
/** Greatest common divisor. @example np.gcd(12, 20) // 4 */
export const gcd = made.gcd as Ufunc<UfuncResult>;
/** Least common multiple. @example np.lcm(4, 6) // 12 */
export const lcm = made.lcm as Ufunc<UfuncResult>;
/** Bitwise AND. @example np.bitwise_and(12, 10) // 8 */
export const bitwise_and = made.bitwise_and as Ufunc<UfuncResult>;
/** Bitwise OR. @example np.bitwise_or(12, 10) // 14 */
export const bitwise_or = made.bitwise_or as Ufunc<UfuncResult>;
/** Bitwise XOR. @example np.bitwise_xor(12, 10) // 6 */
export const bitwise_xor = made.bitwise_xor as Ufunc<UfuncResult>;
/** Shift bits left. @example np.left_shift(1, [1, 2]) */
export const left_shift = made.left_shift as Ufunc<UfuncResult>;
export const bitwise_left_shift = made.left_shift as Ufunc<UfuncResult>;
/** Shift bits right. @example np.right_shift(8, 2) // 2 */
export const right_shift = made.right_shift as Ufunc<UfuncResult>;
export const bitwise_right_shift = made.right_shift as Ufunc<UfuncResult>;
/** Element-wise logical AND. @example np.logical_and([true, false], true) */
export const logical_and = made.logical_and as Ufunc<UfuncResult>;
/** Element-wise logical OR. @example np.logical_or([true, false], false) */
export const logical_or = made.logical_or as Ufunc<UfuncResult>;
/** Element-wise logical XOR. @example np.logical_xor(true, [true, false]) */
export const logical_xor = made.logical_xor as Ufunc<UfuncResult>;
/** Element-wise ==. @example np.equal([1, 2], 2) */
export const equal = made.equal as Ufunc<UfuncResult>;
/** Element-wise !=. @example np.not_equal([1, 2], 2) */
export const not_equal = made.not_equal as Ufunc<UfuncResult>;
/** Element-wise <. @example np.less([1, 2], 2) */
export const less = made.less as Ufunc<UfuncResult>;
/** Element-wise <=. @example np.less_equal([1, 2], 2) */
export const less_equal = made.less_equal as Ufunc<UfuncResult>;
/** Element-wise >. @example np.greater([1, 2], 1) */
export const greater = made.greater as Ufunc<UfuncResult>;
/** Element-wise >=. @example np.greater_equal([1, 2], 2) */
export const greater_equal = made.greater_equal as Ufunc<UfuncResult>;
/** Numerical negative. @example np.negative([1, -2]) */
export const negative = made.negative as Ufunc<UfuncResult>;
/** Numerical positive (a copy). @example np.positive([1, -2]) */
export const positive = made.positive as Ufunc<UfuncResult>;
/** Absolute value (complex: magnitude). @example np.absolute([-1, 2]) */
export const absolute = made.absolute as Ufunc<UfuncResult>;
export const abs = made.absolute as Ufunc<UfuncResult>;
/** Absolute value of floats. @example np.fabs(-1.5) // 1.5 */
export const fabs = made.fabs as Ufunc<UfuncResult>;
/** Sign: -1, 0 or 1 (complex: z/|z|). @example np.sign([-2, 0, 3]) */
export const sign = made.sign as Ufunc<UfuncResult>;
/** 1/x (integers: integer division). @example np.reciprocal(4.0) // 0.25 */
export const reciprocal = made.reciprocal as Ufunc<UfuncResult>;
/** x*x. @example np.square([2, 3]) */
export const square = made.square as Ufunc<UfuncResult>;
/** Square root. @example np.sqrt([1, 4, 9]) */
export const sqrt = made.sqrt as Ufunc<UfuncResult>;
/** Cube root. @example np.cbrt(27) // 3 */
export const cbrt = made.cbrt as Ufunc<UfuncResult>;
/** e**x. @example np.exp(1) // 2.718281828459045 */
export const exp = made.exp as Ufunc<UfuncResult>;
/** 2**x. @example np.exp2(3) // 8 */
export const exp2 = made.exp2 as Ufunc<UfuncResult>;
/** exp(x) - 1, accurate near 0. @example np.expm1(1e-10) */
export const expm1 = made.expm1 as Ufunc<UfuncResult>;
/** Natural logarithm. @example np.log(Math.E) // 1 */
export const log = made.log as Ufunc<UfuncResult>;
/** Base-2 logarithm. @example np.log2(8) // 3 */
export const log2 = made.log2 as Ufunc<UfuncResult>;
/** Base-10 logarithm. @example np.log10(1000) // 3 */
export const log10 = made.log10 as Ufunc<UfuncResult>;
/** log(1 + x), accurate near 0. @example np.log1p(1e-10) */
export const log1p = made.log1p as Ufunc<UfuncResult>;
/** Sine. @example np.sin(np.pi / 2) // 1 */
export const sin = made.sin as Ufunc<UfuncResult>;
/** Cosine. @example np.cos(0) // 1 */
export const cos = made.cos as Ufunc<UfuncResult>;
/** Tangent. @example np.tan(0) // 0 */
export const tan = made.tan as Ufunc<UfuncResult>;
/** Inverse sine. @example np.arcsin(1) */
export const arcsin = made.arcsin as Ufunc<UfuncResult>;
export const asin = made.arcsin as Ufunc<UfuncResult>;
/** Inverse cosine. @example np.arccos(1) // 0 */
export const arccos = made.arccos as Ufunc<UfuncResult>;
export const acos = made.arccos as Ufunc<UfuncResult>;
/** Inverse tangent. @example np.arctan(1) */
export const arctan = made.arctan as Ufunc<UfuncResult>;
export const atan = made.arctan as Ufunc<UfuncResult>;
/** Hyperbolic sine. @example np.sinh(0) // 0 */
export const sinh = made.sinh as Ufunc<UfuncResult>;
/** Hyperbolic cosine. @example np.cosh(0) // 1 */
export const cosh = made.cosh as Ufunc<UfuncResult>;
/** Hyperbolic tangent. @example np.tanh(0) // 0 */
export const tanh = made.tanh as Ufunc<UfuncResult>;
/** Inverse hyperbolic sine. @example np.arcsinh(0) // 0 */
export const arcsinh = made.arcsinh as Ufunc<UfuncResult>;
export const asinh = made.arcsinh as Ufunc<UfuncResult>;
/** Inverse hyperbolic cosine. @example np.arccosh(1) // 0 */
export const arccosh = made.arccosh as Ufunc<UfuncResult>;
export const acosh = made.arccosh as Ufunc<UfuncResult>;
/** Inverse hyperbolic tangent. @example np.arctanh(0) // 0 */
export const arctanh = made.arctanh as Ufunc<UfuncResult>;
export const atanh = made.arctanh as Ufunc<UfuncResult>;
/** Radians to degrees. @example np.degrees(np.pi) // 180 */
export const degrees = made.degrees as Ufunc<UfuncResult>;
/** Degrees to radians. @example np.radians(180) */
export const radians = made.radians as Ufunc<UfuncResult>;
/** Degrees to radians. @example np.deg2rad(180) */
export const deg2rad = made.deg2rad as Ufunc<UfuncResult>;
/** Radians to degrees. @example np.rad2deg(np.pi) */
export const rad2deg = made.rad2deg as Ufunc<UfuncResult>;
/** Floor. @example np.floor(-1.5) // -2 */
export const floor = made.floor as Ufunc<UfuncResult>;
/** Ceiling. @example np.ceil(-1.5) // -1 */
export const ceil = made.ceil as Ufunc<UfuncResult>;
/** Truncation toward zero. @example np.trunc(-1.5) // -1 */
export const trunc = made.trunc as Ufunc<UfuncResult>;
/** Round to nearest integer, halves to even. @example np.rint(2.5) // 2 */
export const rint = made.rint as Ufunc<UfuncResult>;
/** Distance to the next float. @example np.spacing(1) */
export const spacing = made.spacing as Ufunc<UfuncResult>;
/** NaN test. @example np.isnan([1, NaN]) */
export const isnan = made.isnan as Ufunc<UfuncResult>;
/** Infinity test. @example np.isinf([1, Infinity]) */
export const isinf = made.isinf as Ufunc<UfuncResult>;
/** Finiteness test. @example np.isfinite([1, Infinity, NaN]) */
export const isfinite = made.isfinite as Ufunc<UfuncResult>;
/** Sign bit test. @example np.signbit([-0.0, 0]) */
export const signbit = made.signbit as Ufunc<UfuncResult>;
/** Logical NOT. @example np.logical_not([true, false]) */
export const logical_not = made.logical_not as Ufunc<UfuncResult>;
/** The number of 1-bits in |x|, as uint8. @example np.bitwise_count(np.array([-1, 7, 255])) // array([1, 3, 8], dtype=uint8) */
export const bitwise_count = made.bitwise_count as Ufunc<UfuncResult>;
/** Bitwise NOT (bools: logical not). @example np.invert(np.array([1], {dtype: "uint8"})) */
export const invert = made.invert as Ufunc<UfuncResult>;
export const bitwise_not = made.invert as Ufunc<UfuncResult>;
export const bitwise_invert = made.invert as Ufunc<UfuncResult>;
/** Complex conjugate. @example np.conjugate({re: 1, im: 2}) */
export const conjugate = made.conjugate as Ufunc<UfuncResult>;
export const conj = made.conjugate as Ufunc<UfuncResult>;
/** Mantissa and exponent. @example np.frexp(8) // [0.5, 4] */
export const frexp = made.frexp as Ufunc<UfuncResult[]>;
/** Fractional and integral parts. @example np.modf(2.5) // [0.5, 2] */
export const modf = made.modf as Ufunc<UfuncResult[]>;
