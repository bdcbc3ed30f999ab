/**
 * NumPy's float-to-decimal conversion (numpy/_core/src/multiarray/dragon4.c): the Dragon4
 * algorithm of Steele & White / Burger & Dybvig, in exact BigInt arithmetic, with NumPy's
 * positional and scientific layouts (trimming, padding, minimum digits). float32 values (JS
 * numbers holding an exact float32) are decomposed at float32 precision, so their shortest
 * round-trip digits are float32's.
 *
 * @example
 * dragon4(0.1, false, { ...D4_DEFAULTS, trim: "." }) // "0.1"
 * dragon4(Math.fround(0.1), true, { ...D4_DEFAULTS, trim: "." }) // "0.1"
 * dragon4(1e20, false, { ...D4_DEFAULTS, scientific: true, trim: "." }) // "1.e+20"
 */

/** NumPy's trim modes: 'k' keep all, '.' trim zeros keep the point, '0' leave one zero, '-' trim point too. */
export type TrimMode = "k" | "." | "0" | "-";

/** The options of one Dragon4 call; -1 means "not given" for the numeric ones. */
export interface Dragon4Options {
  /** Scientific (d.ddde+xx) instead of positional notation. */
  scientific: boolean;
  /** Shortest unique digits (true) or exact digits (false, needs a precision). */
  unique: boolean;
  /** Positional only: precision counts digits after the point (true) or significant digits. */
  fractional: boolean;
  precision: number;
  minDigits: number;
  /** Print '+' for positive values. */
  sign: boolean;
  trim: TrimMode;
  padLeft: number;
  padRight: number;
  expDigits: number;
}

/** Defaults of NumPy's C entry points: unique, no cutoff, no padding, keep trailing zeros. */
export const D4_DEFAULTS: Readonly<Dragon4Options> = Object.freeze({
  scientific: false,
  unique: true,
  fractional: true,
  precision: -1,
  minDigits: -1,
  sign: false,
  trim: "k",
  padLeft: -1,
  padRight: -1,
  expDigits: -1,
});

/** NumPy's output buffer (16384 bytes, one for the NUL). */
const BUFFER = 16384;
const LOG10_2 = 0.30102999566398119521373889472449;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** A finite float as mantissa * 2^exponent, with Dragon4's margin information. */
interface Parts {
  negative: boolean;
  /** 0: finite, 1: inf, 2: nan. */
  special: 0 | 1 | 2;
  mantissa: bigint;
  exponent: number;
  mantissaBit: number;
  unequalMargins: boolean;
}

function bitLength(m: bigint): number {
  return m.toString(2).length;
}

/** Decomposes x as IEEE binary64, or binary32 when `single` (x must then hold a float32). */
export function floatParts(x: number, single: boolean): Parts {
  if (single) {
    f32[0] = x;
    const bits = u32[0]!;
    const fm = bits & 0x7fffff;
    const fe = (bits >>> 23) & 0xff;
    const negative = bits >>> 31 !== 0;
    if (fe === 0xff) return { negative, special: fm === 0 ? 1 : 2, mantissa: 0n, exponent: 0, mantissaBit: 0, unequalMargins: false };
    if (fe !== 0) {
      return { negative, special: 0, mantissa: BigInt(fm | 0x800000), exponent: fe - 150, mantissaBit: 23, unequalMargins: fe !== 1 && fm === 0 };
    }
    const m = BigInt(fm);
    return { negative, special: 0, mantissa: m, exponent: -149, mantissaBit: fm === 0 ? 0 : 31 - Math.clz32(fm), unequalMargins: false };
  }
  f64[0] = x;
  const bits = u64[0]!;
  const fm = bits & 0xfffffffffffffn;
  const fe = Number((bits >> 52n) & 0x7ffn);
  const negative = bits >> 63n !== 0n;
  if (fe === 0x7ff) return { negative, special: fm === 0n ? 1 : 2, mantissa: 0n, exponent: 0, mantissaBit: 0, unequalMargins: false };
  if (fe !== 0) {
    return { negative, special: 0, mantissa: fm | (1n << 52n), exponent: fe - 1075, mantissaBit: 52, unequalMargins: fe !== 1 && fm === 0n };
  }
  return { negative, special: 0, mantissa: fm, exponent: -1074, mantissaBit: fm === 0n ? 0 : bitLength(fm) - 1, unequalMargins: false };
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
}

/** Digits and the base-10 exponent of the first digit. */
interface Digits {
  digits: number[];
  exponent: number;
}

/**
 * The digit generator of dragon4.c's Dragon4(): `cutoffMax`/`cutoffMin` are -1 or digit counts,
 * fractional (`frac`) or total. Returns the digits (rounded, half to even) and the decimal
 * exponent of the first one.
 */
function dragon4Digits(
  p: Parts,
  unique: boolean,
  frac: boolean,
  cutoffMax: number,
  cutoffMin: number,
  bufferSize: number,
): Digits {
  const { mantissa, exponent, unequalMargins } = p;
  if (mantissa === 0n) return { digits: [0], exponent: 0 };
  const isEven = (mantissa & 1n) === 0n;
  let value: bigint;
  let scale: bigint;
  let marginLow: bigint;
  if (unequalMargins) {
    if (exponent > 0) {
      value = mantissa << BigInt(exponent + 2);
      scale = 4n;
      marginLow = 1n << BigInt(exponent);
    } else {
      value = mantissa << 2n;
      scale = 1n << BigInt(-exponent + 2);
      marginLow = 1n;
    }
  } else if (exponent > 0) {
    value = mantissa << BigInt(exponent + 1);
    scale = 2n;
    marginLow = 1n << BigInt(exponent);
  } else {
    value = mantissa << 1n;
    scale = 1n << BigInt(-exponent + 1);
    marginLow = 1n;
  }
  // The high margin is twice the low one when the margins are unequal.
  const hiMul = unequalMargins ? 2n : 1n;

  let digitExponent = Math.ceil((p.mantissaBit + exponent) * LOG10_2 - 0.69);
  if (cutoffMax >= 0 && frac && digitExponent <= -cutoffMax) digitExponent = -cutoffMax + 1;
  if (digitExponent > 0) scale *= pow10(digitExponent);
  else if (digitExponent < 0) {
    const pw = pow10(-digitExponent);
    value *= pw;
    marginLow *= pw;
  }
  if (value >= scale) digitExponent += 1;
  else {
    value *= 10n;
    marginLow *= 10n;
  }

  let cutoffMaxExp = digitExponent - bufferSize;
  if (cutoffMax >= 0) {
    const want = frac ? -cutoffMax : digitExponent - cutoffMax;
    if (want > cutoffMaxExp) cutoffMaxExp = want;
  }
  let cutoffMinExp = digitExponent;
  if (cutoffMin >= 0) {
    const want = frac ? -cutoffMin : digitExponent - cutoffMin;
    if (want < cutoffMinExp) cutoffMinExp = want;
  }
  const outExponent = digitExponent - 1;

  const digits: number[] = [];
  let low = false;
  let high = false;
  let digit: number;
  if (unique) {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      const marginHigh = marginLow * hiMul;
      low = isEven ? value <= marginLow : value < marginLow;
      high = isEven ? value + marginHigh >= scale : value + marginHigh > scale;
      if (((low || high) && digitExponent <= cutoffMinExp) || digitExponent === cutoffMaxExp) break;
      digits.push(digit);
      value *= 10n;
      marginLow *= 10n;
    }
  } else {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      if (value === 0n || digitExponent === cutoffMaxExp) break;
      digits.push(digit);
      value *= 10n;
    }
  }

  let roundDown = low;
  if (low === high) {
    const twice = value * 2n;
    roundDown = twice < scale;
    if (twice === scale) roundDown = (digit & 1) === 0;
  }
  let exp10 = outExponent;
  if (roundDown) digits.push(digit);
  else if (digit === 9) {
    // Carry: drop trailing nines and increment the first other digit (or print "1").
    for (;;) {
      if (digits.length === 0) {
        digits.push(1);
        exp10 += 1;
        break;
      }
      const d = digits.pop()!;
      if (d !== 9) {
        digits.push(d + 1);
        break;
      }
    }
  } else digits.push(digit + 1);
  return { digits, exponent: exp10 };
}

function specialText(p: Parts, signChar: string): string {
  // dragon4.c prints a sign for infinities only.
  return p.special === 1 ? signChar + "inf" : "nan";
}

/** dragon4.c's FormatPositional. */
function formatPositional(p: Parts, signChar: string, o: Dragon4Options): string {
  const hasSign = signChar === "" ? 0 : 1;
  const { digits, exponent: printExponent } = dragon4Digits(
    p,
    o.unique,
    o.fractional,
    o.precision,
    o.minDigits,
    BUFFER - 1 - hasSign,
  );
  const ds = digits.join("");
  const numDigits = ds.length;
  let body: string;
  let numWhole: number;
  let numFrac = 0;
  if (printExponent >= 0) {
    numWhole = printExponent + 1;
    if (numDigits <= numWhole) body = ds + "0".repeat(numWhole - numDigits);
    else {
      numFrac = numDigits - numWhole;
      body = ds.slice(0, numWhole) + "." + ds.slice(numWhole);
    }
  } else {
    const zeros = -(printExponent + 1);
    body = "0." + "0".repeat(zeros) + ds;
    numFrac = numDigits + zeros;
    numWhole = 1;
  }
  const trim = o.trim;
  if (trim !== "-" && numFrac === 0) body += ".";
  const addDigits = o.unique ? o.minDigits : o.precision;
  let desiredFrac = addDigits < 0 ? 0 : addDigits;
  if (!o.fractional) desiredFrac = addDigits - numWhole;
  if (trim === "0") {
    if (numFrac === 0) {
      body += "0";
      numFrac++;
    }
  } else if (trim === "k" && desiredFrac > numFrac) {
    body += "0".repeat(desiredFrac - numFrac);
    numFrac = desiredFrac;
  }
  if (trim !== "k" && numFrac > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48) {
      end--;
      numFrac--;
    }
    body = body.slice(0, end);
    if (body.endsWith(".")) {
      if (trim === "0") {
        body += "0";
        numFrac++;
      } else if (trim === "-") body = body.slice(0, -1);
    }
  }
  if (o.padRight >= numFrac) {
    if (trim === "-" && numFrac === 0) body += " ";
    body += " ".repeat(o.padRight - numFrac);
  }
  let out = signChar + body;
  if (o.padLeft > numWhole + hasSign) out = " ".repeat(o.padLeft - numWhole - hasSign) + out;
  return out;
}

/** dragon4.c's FormatScientific. */
function formatScientific(p: Parts, signChar: string, o: Dragon4Options): string {
  const leftChars = 1 + (signChar === "" ? 0 : 1);
  const pad = o.padLeft > leftChars ? " ".repeat(o.padLeft - leftChars) : "";
  const bufferSize = BUFFER - pad.length - (signChar === "" ? 0 : 1);
  const { digits, exponent } = dragon4Digits(
    p,
    o.unique,
    false,
    o.precision < 0 ? -1 : o.precision + 1,
    o.minDigits < 0 ? -1 : o.minDigits + 1,
    bufferSize,
  );
  let body = String(digits[0]);
  let numFrac = digits.length - 1;
  if (numFrac > 0) body += "." + digits.slice(1).join("");
  const trim = o.trim;
  if (trim !== "-" && numFrac === 0) body += ".";
  let addDigits = o.unique ? o.minDigits : o.precision;
  if (addDigits < 0) addDigits = 0;
  if (trim === "0") {
    if (numFrac === 0) {
      body += "0";
      numFrac++;
    }
  } else if (trim === "k" && addDigits > numFrac) {
    body += "0".repeat(addDigits - numFrac);
    numFrac = addDigits;
  }
  if (trim !== "k" && numFrac > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48) end--;
    body = body.slice(0, end);
    if (trim === "0" && body.endsWith(".")) body += "0";
  }
  let expDigits = o.expDigits;
  if (expDigits > 5) expDigits = 5;
  if (expDigits < 0) expDigits = 2;
  const e = Math.abs(exponent);
  // NumPy prints the exponent's digits down to the highest nonzero one, at least exp_digits:
  // none at all for a zero exponent with exp_digits=0 ("1.e+").
  let es = e === 0 && expDigits === 0 ? "" : String(e);
  if (es.length < expDigits) es = "0".repeat(expDigits - es.length) + es;
  return pad + signChar + body + "e" + (exponent >= 0 ? "+" : "-") + es;
}

/**
 * Formats one float as NumPy's dragon4_positional / dragon4_scientific do. `single` selects
 * float32 (x must hold an exact float32 value).
 */
export function dragon4(x: number, single: boolean, o: Dragon4Options): string {
  const p = floatParts(x, single);
  const signChar = p.negative ? "-" : o.sign ? "+" : "";
  if (p.special !== 0) return specialText(p, signChar);
  return o.scientific ? formatScientific(p, signChar, o) : formatPositional(p, signChar, o);
}

/** Shorthand: positional notation with the given overrides of D4_DEFAULTS. */
export function positional(x: number, single: boolean, o: Partial<Dragon4Options>): string {
  return dragon4(x, single, { ...D4_DEFAULTS, ...o, scientific: false });
}

/** Shorthand: scientific notation with the given overrides of D4_DEFAULTS. */
export function scientific(x: number, single: boolean, o: Partial<Dragon4Options>): string {
  return dragon4(x, single, { ...D4_DEFAULTS, ...o, scientific: true });
}
