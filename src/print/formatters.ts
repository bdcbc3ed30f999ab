/**
 * The element formatters of numpy/_core/arrayprint.py (FloatingFormat, IntegerFormat,
 * BoolFormat, ComplexFloatingFormat) and the str() of NumPy scalars (scalartypes.c.src), which
 * is what str() of a 0-d array prints. A formatter is built from the elements that will be
 * shown (so widths line up) and then formats one element at a time.
 *
 * @example
 * const f = floatingFormat([1, 2.5, -3], false, opts); // with opts from currentOptions()
 * [1, 2.5, -3].map(f) // [" 1. ", " 2.5", "-3. "]
 */
import type { Complex } from "../core/scalar.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { positional, scientific, type TrimMode } from "./dragon4.js";
import { currentOptions, type FloatMode, type Formatter, type SignMode } from "./options.js";

/** One element of a printed array: what `_read(addr, true)` returns. */
export type Element = number | bigint | boolean | Complex;
/** Formats one element. */
export type ElementFormat = (x: never) => string;

/** The options a formatter needs (the merged print options). */
export interface FormatOptions {
  precision: number | null;
  floatmode: FloatMode;
  suppress: boolean;
  sign: SignMode;
  legacy: number;
  formatter: Formatter | null;
}

/** NumPy's _none_or_positive_arg. */
export function noneOrPositive(x: number | null | undefined, name: string): number {
  if (x == null) return -1;
  if (x < 0) throw new ValueError(`${name} must be >= 0`);
  return x;
}

const F32_1EM4 = Math.fround(1e-4);

/**
 * NumPy's FloatingFormat: chooses positional or scientific notation and the paddings from the
 * finite values of `data`, then formats elements. `single` selects float32 digits.
 */
export function floatingFormat(data: readonly number[], single: boolean, o: FormatOptions): (x: number) => string {
  const floatmode = o.floatmode;
  let precision = noneOrPositive(floatmode === "unique" ? null : o.precision, "precision");
  const legacy113 = o.legacy <= 113;
  // NumPy 1.13's arrays had no '-' sign mode: it printed as ' '.
  const sign = legacy113 && o.sign === "-" ? " " : o.sign;
  const plus = sign === "+";
  const finite = data.filter((v) => Number.isFinite(v));

  let expFormat = false;
  let maxVal = 0;
  let minVal = Infinity;
  let nonZero = 0;
  for (const v of finite) {
    if (v === 0) continue;
    const m = Math.abs(v);
    nonZero++;
    if (m > maxVal) maxVal = m;
    if (m < minVal) minVal = m;
  }
  if (nonZero > 0) {
    // NumPy >= 2.3 switches float32 to scientific notation from 1e6 (finfo precision 6).
    const cutoff = o.legacy <= 202 || !single ? 1e8 : 1e6;
    // NumPy compares float32 scalars in float32 (a Python float is a weak scalar).
    const ratio = single ? Math.fround(maxVal / minVal) : maxVal / minVal;
    const small = single ? F32_1EM4 : 1e-4;
    if (maxVal >= cutoff || (!o.suppress && (minVal < small || ratio > 1000))) expFormat = true;
  }

  let padLeft: number;
  let padRight: number;
  let trim: TrimMode;
  let expSize: number;
  let unique: boolean;
  let minDigits: number;
  if (finite.length === 0) {
    padLeft = 0;
    padRight = 0;
    trim = ".";
    expSize = -1;
    unique = true;
    minDigits = -1;
  } else if (expFormat) {
    const fixed = floatmode === "fixed" || legacy113;
    unique = !fixed;
    const t: TrimMode = fixed ? "k" : ".";
    checkPrecision(unique, precision);
    let maxExp = 0;
    let maxFrac = 0;
    padLeft = 0;
    for (const v of finite) {
      const s = scientific(v, single, { precision, unique, trim: t, sign: plus });
      const e = s.indexOf("e");
      const dot = s.indexOf(".");
      maxExp = Math.max(maxExp, s.length - e);
      maxFrac = Math.max(maxFrac, e - dot - 1);
      padLeft = Math.max(padLeft, dot);
    }
    expSize = maxExp - 2;
    trim = "k";
    precision = maxFrac;
    minDigits = maxFrac;
    // NumPy 1.13: two spaces and the sign before the digit.
    if (legacy113) padLeft = 3;
    padRight = expSize + 2 + precision;
  } else {
    const fixed = floatmode === "fixed";
    unique = !fixed;
    const t: TrimMode = fixed ? "k" : ".";
    checkPrecision(unique, precision);
    padLeft = 0;
    padRight = 0;
    for (const v of finite) {
      const s = positional(v, single, { precision, fractional: true, unique, trim: t, sign: plus });
      const dot = s.indexOf(".");
      // NumPy 1.13: one column for the sign, whatever the signs are.
      padLeft = Math.max(padLeft, legacy113 ? 1 + s.slice(0, dot).replace(/^[-+]+/, "").length : dot);
      padRight = Math.max(padRight, s.length - dot - 1);
    }
    expSize = -1;
    if (floatmode === "fixed" || floatmode === "maxprec_equal") {
      precision = minDigits = padRight;
      trim = "k";
    } else {
      trim = ".";
      minDigits = 0;
    }
  }
  if (!legacy113 && sign === " " && !finite.some((v) => v < 0 || Object.is(v, -0))) padLeft += 1;

  const opts = currentOptions();
  if (finite.length !== data.length) {
    const negInf = sign !== "-" || data.some((v) => v === -Infinity);
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, opts.nanstr.length - offset, opts.infstr.length + (negInf ? 1 : 0) - offset);
  }
  const nanstr = opts.nanstr;
  const infstr = opts.infstr;
  const width = padLeft + padRight + 1;

  return (x: number): string => {
    if (!Number.isFinite(x)) {
      const ret = Number.isNaN(x) ? (plus ? "+" : "") + nanstr : (x < 0 ? "-" : plus ? "+" : "") + infstr;
      return ret.length < width ? " ".repeat(width - ret.length) + ret : ret;
    }
    if (expFormat) {
      return scientific(x, single, { precision, minDigits, unique, trim, sign: plus, padLeft, expDigits: expSize });
    }
    return positional(x, single, { precision, minDigits, unique, fractional: true, trim, sign: plus, padLeft, padRight });
  };
}

function checkPrecision(unique: boolean, precision: number): void {
  if (!unique && precision < 0) throw new NumpyTypeError("in non-unique mode `precision` must be supplied");
}

function intText(v: number | bigint): string {
  return typeof v === "bigint" ? v.toString() : String(v);
}

/** NumPy 2's IntegerFormat: right-aligned to the widest of max and min, with the sign option. */
export function integerFormat(data: readonly (number | bigint)[], sign: SignMode): (x: number | bigint) => string {
  let width = 0;
  let mode = sign;
  if (data.length > 0) {
    let max = data[0]!;
    let min = data[0]!;
    for (const v of data) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    let maxLen = intText(max).length;
    if (mode === " " && min < 0) mode = "-";
    if (max >= 0 && (mode === "+" || mode === " ")) maxLen += 1;
    width = Math.max(maxLen, intText(min).length);
  }
  return (x: number | bigint): string => {
    const s = x < 0 ? intText(x) : (mode === "+" ? "+" : mode === " " ? " " : "") + intText(x);
    return s.length < width ? " ".repeat(width - s.length) + s : s;
  };
}

/** NumPy's BoolFormat: " True" lines up with "False", except in 0-d arrays. */
export function boolFormat(zeroD: boolean): (x: boolean) => string {
  const t = zeroD ? "True" : " True";
  return (x: boolean) => (x ? t : "False");
}

/** NumPy's ComplexFloatingFormat: real part with the sign option, imaginary part always signed. */
export function complexFormat(re: readonly number[], im: readonly number[], single: boolean, o: FormatOptions): (z: Complex) => string {
  // NumPy 1.13 printed the real parts with equal digits and the imaginary ones as maxprec.
  const legacy113 = o.legacy <= 113;
  const rf = floatingFormat(re, single, legacy113 ? { ...o, floatmode: "maxprec_equal" } : o);
  const imf = floatingFormat(im, single, { ...o, sign: "+", ...(legacy113 ? { floatmode: "maxprec" as const } : {}) });
  return (z: Complex): string => {
    const r = rf(z.re);
    const i = imf(z.im);
    const sp = i.trimEnd().length;
    return r + i.slice(0, sp) + "j" + i.slice(sp);
  };
}

/** NumPy's float scalar str: positional between 1e-4 and 1e16 (float32: 1e6), else scientific. */
function floatScalarStr(v: number, single: boolean, trimPos: TrimMode, trimSci: TrimMode, sign: boolean, legacy: number): string {
  const maxPositional = legacy <= 202 || !single ? 1e16 : 1e6;
  let usePositional: boolean;
  if (Number.isNaN(v) || v === 0) usePositional = true;
  else {
    const a = Math.abs(v);
    usePositional = a < maxPositional && a >= 1e-4;
  }
  if (usePositional) return positional(v, single, { fractional: false, sign, trim: trimPos });
  return scientific(v, single, { sign, trim: trimSci });
}

/** NumPy's str() of a scalar of kind b/i/u/f/c (what str() of a 0-d array prints). */
export function scalarStr(x: Element, kind: string, single: boolean): string {
  const legacy = currentOptions().legacy;
  switch (kind) {
    case "b":
      return x ? "True" : "False";
    case "i":
    case "u":
      return intText(x as number | bigint);
    case "f":
      return floatScalarStr(x as number, single, "0", "-", false, legacy);
    default: {
      const { re, im } = x as Complex;
      if (re === 0 && !Object.is(re, -0)) return floatScalarStr(im, single, "-", "-", false, legacy) + "j";
      const rs = Number.isFinite(re) ? floatScalarStr(re, single, "-", "-", false, legacy) : Number.isNaN(re) ? "nan" : re > 0 ? "inf" : "-inf";
      const is = Number.isFinite(im) ? floatScalarStr(im, single, "-", "-", true, legacy) : Number.isNaN(im) ? "+nan" : im > 0 ? "+inf" : "-inf";
      return `(${rs}${is}j)`;
    }
  }
}

/**
 * Python's repr of a float ('r' format): the shortest round-trip digits, positional from 1e-4
 * to 1e16, else d.ddde+XX; "1.0" for integral values unless `dot0` is false (complex parts).
 */
export function pyFloatRepr(x: number, dot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const neg = x < 0 || Object.is(x, -0);
  const [m, e] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = m.replace(".", "");
  const exp = Number(e);
  let body: string;
  if (exp < -4 || exp >= 16) {
    body = (digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits) + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else {
    const decpt = exp + 1;
    if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
    else if (decpt >= digits.length) body = digits + "0".repeat(decpt - digits.length) + (dot0 ? ".0" : "");
    else body = digits.slice(0, decpt) + "." + digits.slice(decpt);
  }
  return (neg ? "-" : "") + body;
}

/**
 * Python's repr of an element as `a.item()` gives it (what NumPy's legacy='1.13' mode prints for
 * a 0-d array): True/False, ints, float reprs, complex as (re+imj) or imj.
 * @example pyItemRepr(0.1, "f") // "0.1"; pyItemRepr({re: 0, im: 2}, "c") // "2j"
 */
export function pyItemRepr(x: Element, kind: string): string {
  switch (kind) {
    case "b":
      return x ? "True" : "False";
    case "i":
    case "u":
      return intText(x as number | bigint);
    case "f":
      return pyFloatRepr(x as number);
    default: {
      const { re, im } = x as Complex;
      if (re === 0 && !Object.is(re, -0)) return pyFloatRepr(im, false) + "j";
      const is = pyFloatRepr(im, false);
      return `(${pyFloatRepr(re, false)}${is.startsWith("-") ? "" : "+"}${is}j)`;
    }
  }
}
