/**
 * Python's printf-style `%` formatting of NumPy scalars, as np.savetxt uses it: conversions
 * d i u o x X e E f F g G s r c and %%, flags `#0- +`, width and precision (also `*`), with
 * correctly rounded decimal output (round-half-even on exact ties, as CPython).
 *
 * @example
 * pyFormat("%.3e, %5d", [num(FLOAT64, 1234.5), num(INT64, 7n)]) // "1.234e+03,     7"
 */
import type { DType } from "../core/dtype.js";
import { NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import { scalarStr } from "../print/formatters.js";

/** One NumPy scalar: its dtype (kind b, i, u or f) and value. */
export interface PyNum {
  dt: DType;
  v: number | bigint | boolean;
  /** A plain Python object (what item() gives): repr() is "1.5", not "np.float64(1.5)". */
  py?: boolean;
}

/** A NumPy scalar. @example num(FLOAT64, 1.5) */
export function num(dt: DType, v: number | bigint | boolean): PyNum {
  return { dt, v };
}

const SPEC = /%(?:\(([^)]*)\))?([-#0 +]*)(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([diouxXeEfFgGcrsa%])?/g;

type Op =
  | { kind: "lit"; text: string }
  | { kind: "err"; error: () => Error }
  | { kind: "spec"; flags: string; width: string | undefined; prec: string | undefined; conv: string };

/** A format string parsed once into literal text and conversions (errors kept in place, as Python meets them). */
function compile(format: string): Op[] {
  const ops: Op[] = [];
  let last = 0;
  for (const m of format.matchAll(SPEC)) {
    const [whole, key, flags, width, prec, conv] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined];
    const at = m.index!;
    if (at > last) ops.push({ kind: "lit", text: format.slice(last, at) });
    last = at + whole.length;
    if (conv === undefined) {
      const c = format[at + whole.length];
      ops.push({
        kind: "err",
        error: () =>
          c === undefined ? new ValueError("incomplete format") : new ValueError(`unsupported format character '${c}' (0x${c.codePointAt(0)!.toString(16)}) at index ${at + whole.length}`),
      });
      break;
    }
    if (key !== undefined) ops.push({ kind: "err", error: () => new NumpyTypeError("format requires a mapping") });
    else if (conv === "%" && whole === "%%") ops.push({ kind: "lit", text: "%" });
    else ops.push({ kind: "spec", flags, width, prec, conv });
  }
  if (last < format.length) ops.push({ kind: "lit", text: format.slice(last) });
  return ops;
}

/**
 * Python's `format % tuple(args)` as a function of the arguments, the format parsed once:
 * TypeError when the argument count does not match the conversions ("not enough arguments for
 * format string", "not all arguments converted during string formatting").
 */
export function compileFormat(format: string): (args: readonly PyNum[]) => string {
  const ops = compile(format);
  return (args) => {
    let k = 0;
    const next = (): PyNum => {
      if (k >= args.length) throw new NumpyTypeError("not enough arguments for format string");
      return args[k++]!;
    };
    let out = "";
    for (const op of ops) {
      if (op.kind === "lit") out += op.text;
      else if (op.kind === "err") throw op.error();
      else {
        const w = op.width === "*" ? Number(toInt(next(), "*")) : op.width === undefined ? 0 : Number(op.width);
        const p = op.prec === "*" ? Number(toInt(next(), "*")) : op.prec === undefined ? undefined : Number(op.prec || "0");
        out += op.conv === "%" ? pad("%", w, op.flags, false) : convert(next(), op.conv, op.flags + (w < 0 ? "-" : ""), Math.abs(w), p);
      }
    }
    if (k < args.length) throw new NumpyTypeError("not all arguments converted during string formatting");
    return out;
  };
}

/** Python's `format % tuple(args)`. */
export function pyFormat(format: string, args: readonly PyNum[]): string {
  return compileFormat(format)(args);
}

function typeName(x: PyNum): string {
  return x.dt.kind === "b" ? "numpy.bool" : `numpy.${x.dt.name}`;
}

/** Python's int(x) for %d: floats truncate; NaN and infinities cannot convert. */
function toInt(x: PyNum, conv: string): bigint {
  if (typeof x.v === "bigint") return x.v;
  if (typeof x.v === "boolean") return x.v ? 1n : 0n;
  if (x.dt.kind === "f") {
    if (conv !== "d" && conv !== "i" && conv !== "u" && conv !== "*") {
      throw new NumpyTypeError(`%${conv} format: an integer is required, not ${typeName(x)}`);
    }
    if (Number.isNaN(x.v)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x.v)) throw new OverflowError("cannot convert float infinity to integer");
    return BigInt(Math.trunc(x.v));
  }
  return BigInt(x.v);
}

function toFloat(x: PyNum): number {
  return typeof x.v === "boolean" ? (x.v ? 1 : 0) : Number(x.v);
}

/** Pads a converted value to `width`: left-justified with "-", zero-filled after the sign with "0". */
function pad(body: string, width: number, flags: string, numeric: boolean, signLen = 0): string {
  if (body.length >= width) return body;
  if (flags.includes("-")) return body + " ".repeat(width - body.length);
  if (numeric && flags.includes("0")) return body.slice(0, signLen) + "0".repeat(width - body.length) + body.slice(signLen);
  return " ".repeat(width - body.length) + body;
}

function sign(neg: boolean, flags: string): string {
  return neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
}

function convert(x: PyNum, conv: string, flags: string, width: number, prec: number | undefined): string {
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      const s = conv === "s" ? pyStr(x) : pyRepr(x);
      return pad(prec === undefined ? s : s.slice(0, prec), width, flags, false);
    }
    case "c": {
      if (x.dt.kind === "f") throw new NumpyTypeError(`%c requires an int or a unicode character, not ${typeName(x)}`);
      const code = toInt(x, "c");
      if (code < 0n || code > 0x10ffffn) throw new OverflowError("%c arg not in range(0x110000)");
      return pad(String.fromCodePoint(Number(code)), width, flags, false);
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const n = toInt(x, conv);
      const neg = n < 0n;
      const mag = neg ? -n : n;
      let digits = conv === "o" ? mag.toString(8) : conv === "x" ? mag.toString(16) : conv === "X" ? mag.toString(16).toUpperCase() : mag.toString();
      if (prec !== undefined && digits.length < prec) digits = "0".repeat(prec - digits.length) + digits;
      const prefix = flags.includes("#") && conv !== "d" && conv !== "i" && conv !== "u" ? (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") : "";
      const s = sign(neg, flags) + prefix;
      return pad(s + digits, width, flags, true, s.length);
    }
    default:
      return formatFloat(toFloat(x), conv, flags, width, prec ?? 6);
  }
}

/** str() of a NumPy scalar. */
function pyStr(x: PyNum): string {
  if (typeof x.v === "boolean") return x.v ? "True" : "False";
  if (x.dt.kind === "b") return x.v ? "True" : "False";
  return scalarStr(x.v, x.dt.kind, x.dt.itemsize === 4);
}

/** repr() of a NumPy 2 scalar: np.float64(1.5), np.int64(3), np.True_. */
function pyRepr(x: PyNum): string {
  if (x.py) return pyStr(x);
  if (x.dt.kind === "b") return x.v ? "np.True_" : "np.False_";
  return `np.${x.dt.name}(${pyStr(x)})`;
}

function formatFloat(x: number, conv: string, flags: string, width: number, prec: number): string {
  const upper = conv === "E" || conv === "F" || conv === "G";
  const lower = conv.toLowerCase();
  const neg = x < 0 || Object.is(x, -0);
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? "nan" : "inf";
    const s = sign(!Number.isNaN(x) && neg, flags);
    body = s + (upper ? body.toUpperCase() : body);
    return pad(body, width, flags, true, s.length);
  }
  const ax = Math.abs(x);
  const alt = flags.includes("#");
  if (lower === "e") body = expText(ax, prec, alt);
  else if (lower === "f") body = fixedText(ax, prec, alt);
  else {
    const P = prec === 0 ? 1 : prec;
    const [, exp] = expParts(ax, P - 1);
    if (exp >= -4 && exp < P) body = fixedText(ax, P - 1 - exp, alt);
    else body = expText(ax, P - 1, alt);
    if (!alt && body.includes(".")) {
      const [m, e] = body.split("e") as [string, string | undefined];
      body = m.replace(/\.?0+$/, "") + (e === undefined ? "" : "e" + e);
    }
  }
  if (upper) body = body.toUpperCase();
  const s = sign(neg, flags);
  return pad(s + body, width, flags, true, s.length);
}

// ---------------------------------------------------------------------------------------------
// Correctly rounded decimal digits of a double.

/** ax = N / 10**k exactly (ax finite, >= 0). */
function exact(ax: number): [bigint, number] {
  if (ax === 0) return [0n, 0];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, ax);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return [m << BigInt(e), 0];
  return [m * 5n ** BigInt(-e), -e];
}

/** N / 10**drop rounded half-even. */
function roundDiv(n: bigint, drop: number): bigint {
  if (drop <= 0) return n * 10n ** BigInt(-drop);
  const d = 10n ** BigInt(drop);
  const q = n / d;
  const r = (n % d) * 2n;
  return r > d || (r === d && q % 2n === 1n) ? q + 1n : q;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const ctz = (v: number): number => 31 - Math.clz32(v & -v);

/**
 * ax = m * 2**-k with m odd: returns [k, bit length of m]. When k > 0 the exact decimal
 * expansion has exactly k digits after the point and floor(log10(m * 5**k)) + 1 significant
 * digits, which tells whether rounding can meet an exact tie.
 */
function binaryParts(ax: number): [number, number] {
  F64[0] = ax;
  const lo = U32[0]!;
  let hi = U32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  hi &= 0xfffff;
  if (bexp !== 0) hi |= 0x100000;
  const tz = lo !== 0 ? ctz(lo) : 32 + ctz(hi);
  const bits = (hi !== 0 ? 53 - Math.clz32(hi) + 11 : 32 - Math.clz32(lo)) - tz;
  const e = (bexp !== 0 ? bexp - 1075 : -1074) + tz;
  return [-e, bits];
}

/** Whether the exact value of ax may lie halfway between two numbers of `digits` significant digits. */
function mayTieSignificant(ax: number, digits: number): boolean {
  const [k, bits] = binaryParts(ax);
  if (k <= 0) return ax >= 10 ** digits;
  const sig = (bits - 1) * Math.LOG10E * Math.LN2 + k * Math.log10(5) + 1;
  return Math.abs(sig - (digits + 1)) < 2;
}

/** The significant digits (prec + 1 of them) and the decimal exponent of ax in e-notation. */
function expParts(ax: number, prec: number): [string, number] {
  if (ax === 0) return ["0".repeat(prec + 1), 0];
  // JS rounds exact ties up, CPython to even: the exact path runs only where a tie may be.
  if (prec < 100 && !mayTieSignificant(ax, prec + 1)) {
    const [m, e] = ax.toExponential(prec).split("e") as [string, string];
    return [m.replace(".", ""), Number(e)];
  }
  const [n, k] = exact(ax);
  const len = n.toString().length;
  let exp = len - 1 - k;
  let q = roundDiv(n, len - (prec + 1));
  if (q.toString().length > prec + 1) {
    q /= 10n;
    exp++;
  }
  return [q.toString(), exp];
}

function expText(ax: number, prec: number, alt: boolean): string {
  const [d, exp] = expParts(ax, prec);
  const mant = d.length > 1 || alt ? `${d[0]}.${d.slice(1)}` : d;
  return `${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}

function fixedText(ax: number, prec: number, alt: boolean): string {
  let s: string | undefined;
  // A tie needs exactly prec + 1 digits after the point (k of them when k > 0; none for integers).
  if (prec <= 100 && ax < 1e21 && binaryParts(ax)[0] !== prec + 1) s = ax.toFixed(prec);
  if (s === undefined) {
    const [n, k] = exact(ax);
    const q = roundDiv(n, k - prec).toString().padStart(prec + 1, "0");
    s = prec > 0 ? `${q.slice(0, q.length - prec)}.${q.slice(q.length - prec)}` : q;
  }
  return alt && prec === 0 ? s + "." : s;
}
