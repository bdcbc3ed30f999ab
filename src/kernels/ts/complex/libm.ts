/**
 * The real functions glibc's complex functions are built from (hypot, sincos, exp, log, log1p,
 * sinh, cosh, atan2, x^2 + y^2 - 1, ...), for double and for float, as a `Real` record, so that
 * one port of each complex algorithm serves complex128 and complex64.
 *
 * complex64: glibc's csinf, clogf, ... compute in float, so `Real32` rounds every operation to
 * float32 (`r`), and its functions are float functions (glibc's sinf, expf, logf, hypotf compute
 * in double and round once, which `Math.fround(Math.f(x))` reproduces).
 *
 * @example REAL64.hypot(3, 4) // 5
 */
import { atan2CR, logCR } from "./crmath.js";

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * C's signbit: true for -0, negative numbers and NaNs with the sign bit set.
 *
 * @example signbit(-0) // true
 */
export function signbit(x: number): boolean {
  if (x < 0) return true;
  if (x > 0) return false;
  F64[0] = x;
  return U32[HI]! >>> 31 === 1;
}

/**
 * C's copysign: |x| with the sign (bit) of s.
 *
 * @example copysign(2, -0) // -2
 */
export function copysign(x: number, s: number): number {
  return signbit(s) ? -Math.abs(x) : Math.abs(x);
}

/**
 * Whether x is +-inf.
 *
 * @example isinf(-Infinity) // true
 */
export const isinf = (x: number): boolean => x === Infinity || x === -Infinity;

/**
 * Whether x is finite (not nan, not inf).
 *
 * @example isfinite(NaN) // false
 */
export const isfinite = (x: number): boolean => x - x === 0;

/** The real functions and constants of one precision. */
export interface Real {
  readonly f32: boolean;
  /** Rounds a double to the precision (identity for double). */
  readonly r: (x: number) => number;
  readonly EPSILON: number;
  readonly MIN: number;
  readonly MAX: number;
  readonly MANT_DIG: number;
  /** (int)((MAX_EXP - 1) * ln 2), the largest argument glibc passes to exp unscaled. */
  readonly T: number;
  readonly PI: number;
  readonly PI_2: number;
  readonly PI_4: number;
  /** M_PI - M_PI_4 evaluated in the precision. */
  readonly PI_3_4: number;
  readonly LN2: number;
  readonly sin: (x: number) => number;
  readonly cos: (x: number) => number;
  readonly exp: (x: number) => number;
  readonly log: (x: number) => number;
  readonly log1p: (x: number) => number;
  readonly expm1: (x: number) => number;
  readonly sinh: (x: number) => number;
  readonly cosh: (x: number) => number;
  readonly atan2: (y: number, x: number) => number;
  readonly sqrt: (x: number) => number;
  readonly hypot: (x: number, y: number) => number;
  /** x^2 + y^2 - 1 without cancellation, for 1 > x >= y >= eps/2 and x^2 + y^2 >= 0.5. */
  readonly x2y2m1: (x: number, y: number) => number;
  /** x * 2^n, correctly rounded (scalbn). */
  readonly scalbn: (x: number, n: number) => number;
}

// ---------------------------------------------------------------------------------------------
// hypot: glibc 2.35+'s algorithm (sysdeps/ieee754/dbl-64/e_hypot.c, the build without fma):
// sqrt(x^2 + y^2) and one correction step from the exact residual.

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -459;
const EPS54 = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/**
 * glibc's double hypot.
 *
 * @example hypot64(3, 4) // 5
 */
export function hypot64(x: number, y: number): number {
  if (!isfinite(x) || !isfinite(y)) {
    if (isinf(x) || isinf(y)) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS54) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS54) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS54) return ax + ay;
  return hypotKernel(ax, ay);
}

/**
 * glibc's hypotf: the double sqrt of the exact sum of squares, rounded to float.
 *
 * @example hypot32(1, 1) // 1.4142135381698608
 */
export function hypot32(x: number, y: number): number {
  if (!isfinite(x) || !isfinite(y)) {
    if (isinf(x) || isinf(y)) return Infinity;
    return x + y;
  }
  return Math.fround(Math.sqrt(x * x + y * y));
}

// ---------------------------------------------------------------------------------------------
// x^2 + y^2 - 1 (glibc's __x2y2m1): exact squares (Dekker), then a sorted exact summation.

const SPLIT = 134217729; // 2^27 + 1

/** [hi, lo] with hi + lo = a * a exactly. */
function squareSplit(a: number, out: number[], k: number): void {
  const p = a * a;
  const c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  out[k + 1] = p;
  out[k] = ah * ah - p + 2 * ah * al + al * al;
}

/** Stable sort of v[from..] by absolute value (glibc's qsort here is a stable merge sort). */
function sortAbs(v: number[], from: number): void {
  for (let i = from + 1; i < v.length; i++) {
    const x = v[i]!;
    const ax = Math.abs(x);
    let j = i - 1;
    while (j >= from && Math.abs(v[j]!) > ax) {
      v[j + 1] = v[j]!;
      j--;
    }
    v[j + 1] = x;
  }
}

const VALS = [0, 0, 0, 0, 0];

function x2y2m1_64(x: number, y: number): number {
  const v = VALS;
  squareSplit(x, v, 0);
  squareSplit(y, v, 2);
  v[4] = -1.0;
  sortAbs(v, 0);
  for (let i = 0; i <= 3; i++) {
    const a = v[i + 1]!;
    const b = v[i]!;
    const hi = a + b;
    v[i + 1] = hi;
    v[i] = a - hi + b;
    sortAbs(v, i + 1);
  }
  return v[4]! + v[3]! + v[2]! + v[1]! + v[0]!;
}

function x2y2m1_32(x: number, y: number): number {
  return Math.fround((x - 1) * (x + 1) + y * y);
}

// ---------------------------------------------------------------------------------------------

function scalbn64(x: number, n: number): number {
  // 2^n is a normal double for |n| <= 1022; the callers' n are small.
  return x * 2 ** n;
}

const f = Math.fround;

/**
 * Double precision: glibc's double functions. log and atan2 correctly rounded (as glibc's nearly
 * always are); V8's fdlibm ports where glibc uses fdlibm too (log1p, expm1).
 */
export const REAL64: Real = {
  f32: false,
  r: (x) => x,
  EPSILON: 2 ** -52,
  MIN: 2 ** -1022,
  MAX: Number.MAX_VALUE,
  MANT_DIG: 53,
  T: 709,
  PI: Math.PI,
  PI_2: Math.PI / 2,
  PI_4: Math.PI / 4,
  PI_3_4: Math.PI - Math.PI / 4,
  LN2: Math.LN2,
  sin: Math.sin,
  cos: Math.cos,
  exp: Math.exp,
  log: logCR,
  log1p: Math.log1p,
  expm1: Math.expm1,
  sinh: Math.sinh,
  cosh: Math.cosh,
  atan2: atan2CR,
  sqrt: Math.sqrt,
  hypot: hypot64,
  x2y2m1: x2y2m1_64,
  scalbn: scalbn64,
};

/** Single precision: glibc's float functions, every operation rounded to float32. */
export const REAL32: Real = {
  f32: true,
  r: f,
  EPSILON: 2 ** -23,
  MIN: 2 ** -126,
  MAX: f(3.4028234663852886e38),
  MANT_DIG: 24,
  T: 88,
  PI: f(Math.PI),
  PI_2: f(Math.PI / 2),
  PI_4: f(Math.PI / 4),
  PI_3_4: f(f(Math.PI) - f(Math.PI / 4)),
  LN2: f(Math.LN2),
  sin: (x) => f(Math.sin(x)),
  cos: (x) => f(Math.cos(x)),
  exp: (x) => f(Math.exp(x)),
  log: (x) => f(Math.log(x)),
  log1p: (x) => f(Math.log1p(x)),
  expm1: (x) => f(Math.expm1(x)),
  sinh: (x) => f(Math.sinh(x)),
  cosh: (x) => f(Math.cosh(x)),
  atan2: (y, x) => f(Math.atan2(y, x)),
  sqrt: (x) => f(Math.sqrt(x)),
  hypot: hypot32,
  x2y2m1: x2y2m1_32,
  scalbn: (x, n) => f(x * 2 ** n),
};
