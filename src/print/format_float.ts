/**
 * np.format_float_positional and np.format_float_scientific: one float to a decimal string
 * with NumPy's Dragon4 (shortest unique digits, or exact digits up to a precision), rounding,
 * trimming and padding.
 *
 * A JS number is a Python float (float64). To format a float32 value with float32's digits, as
 * NumPy does for an `np.float32` scalar, pass a 0-d float32 array: `np.array(x, {dtype: "float32"})`.
 *
 * @example
 * np.format_float_positional(0.1) // "0.1"
 * np.format_float_scientific(np.array(Math.PI, {dtype: "float32"})) // "3.1415927e+00"
 * np.format_float_positional(1 / 3, {precision: 4, unique: false}) // "0.3333"
 */
import { bindArgs, type Args, takeRequired } from "../core/args.js";
import { NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { dragon4, D4_DEFAULTS, type TrimMode } from "./dragon4.js";
import { noneOrPositive } from "./formatters.js";

/** A float argument: a JS number (float64), a bigint or boolean, or a size-1 real NDArray. */
export type FloatLike = number | bigint | boolean | NDArray;

/** The value to format and whether it is a float32. */
function floatArg(x: FloatLike): [number, boolean] {
  if (typeof x === "number") return [x, false];
  if (typeof x === "bigint") {
    const v = Number(x);
    if (!Number.isFinite(v)) throw new OverflowError("int too large to convert to float");
    return [v, false];
  }
  if (typeof x === "boolean") return [x ? 1 : 0, false];
  if (x instanceof NDArray) {
    if (x.ndim !== 0) throw new NumpyTypeError("only 0-dimensional arrays can be converted to Python scalars");
    const v = x._read(x._ptr, true);
    if (x._dt.kind === "c") throw new NumpyTypeError("float() argument must be a string or a real number, not 'complex'");
    if (x._dt.kind === "f") return [v as number, x._dt.name === "float32"];
    return [Number(v as number | bigint | boolean), false];
  }
  if (typeof x === "object" && x !== null && "re" in x) throw new NumpyTypeError("must be real number, not complex");
  throw new NumpyTypeError(`must be real number, not ${pyTypeName(x)}`);
}

/** The Python type NumPy's message names for a JS value that is not a float. */
function pyTypeName(x: unknown): string {
  if (typeof x === "string") return "str";
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (typeof x === "function") return "function";
  return typeof x === "object" ? "dict" : typeof x;
}

/** An int argument (precision, pad_left, ...): Python's TypeError for a float; a boolean is 0 or 1. */
function intArg(x: number | boolean | null): number | null {
  if (typeof x === "boolean") return Number(x);
  if (typeof x === "number" && !Number.isInteger(x)) throw new NumpyTypeError("integer argument expected, got float");
  return x;
}

function trimArg(trim: unknown): TrimMode {
  if (trim === "k" || trim === "." || trim === "0" || trim === "-") return trim;
  throw new NumpyTypeError(`if supplied, trim must be 'k', '.', '0' or '-' found \`${String(trim).padStart(100)}\``);
}

function truthy(v: unknown, dflt: boolean): boolean {
  return v == null ? dflt : Boolean(v);
}

/** Options of np.format_float_scientific. */
export interface FormatScientificOptions {
  precision?: number | null;
  unique?: boolean;
  trim?: TrimMode;
  sign?: boolean;
  pad_left?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
}

/** Options of np.format_float_positional. */
export interface FormatPositionalOptions {
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: TrimMode;
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  min_digits?: number | null;
}

/**
 * Formats a float in scientific notation (NumPy's format_float_scientific): `precision`,
 * `unique`, `trim` ('k', '.', '0', '-'), `sign`, `pad_left`, `exp_digits`, `min_digits`.
 * @example
 * np.format_float_scientific(1.23e24, {exp_digits: 4}) // "1.23e+0024"
 * np.format_float_scientific(np.array(1.23e24, {dtype: "float32"}), {unique: false, precision: 15}) // "1.230000071797338e+24"
 */
export function format_float_scientific(
  x: FloatLike,
  ...rest: Args<[number, boolean, TrimMode, boolean, number, number, number], FormatScientificOptions>
): string {
  [x, ...rest] = takeRequired("format_float_scientific", ["x"], [x, ...rest]) as [typeof x, ...typeof rest];
  const [precision, unique, trim, sign, padLeft, expDigits, minDigits] = bindArgs("format_float_scientific", [
    "precision",
    "unique",
    "trim",
    "sign",
    "pad_left",
    "exp_digits",
    "min_digits",
  ], rest) as [number | null, boolean | null, TrimMode | null, boolean | null, number | null, number | null, number | null];
  const prec = noneOrPositive(intArg(precision), "precision");
  const pl = noneOrPositive(intArg(padLeft), "pad_left");
  const ed = noneOrPositive(intArg(expDigits), "exp_digits");
  const md = noneOrPositive(intArg(minDigits), "min_digits");
  if (md > 0 && prec > 0 && md > prec) throw new ValueError("min_digits must be less than or equal to precision");
  const [v, single] = floatArg(x);
  const t = trimArg(trim ?? "k");
  const u = truthy(unique, true);
  if (!u && prec < 0) throw new NumpyTypeError("in non-unique mode `precision` must be supplied");
  return dragon4(v, single, {
    ...D4_DEFAULTS,
    scientific: true,
    unique: u,
    precision: prec,
    minDigits: md,
    sign: truthy(sign, false),
    trim: t,
    padLeft: pl,
    expDigits: ed,
  });
}

/**
 * Formats a float in positional notation (NumPy's format_float_positional): `precision`,
 * `unique`, `fractional`, `trim` ('k', '.', '0', '-'), `sign`, `pad_left`, `pad_right`,
 * `min_digits`.
 * @example
 * np.format_float_positional(np.array(Math.PI, {dtype: "float32"})) // "3.1415927"
 * np.format_float_positional(0.3, {unique: false, precision: 20}) // "0.29999999999999998890"
 */
export function format_float_positional(
  x: FloatLike,
  ...rest: Args<[number, boolean, boolean, TrimMode, boolean, number, number, number], FormatPositionalOptions>
): string {
  [x, ...rest] = takeRequired("format_float_positional", ["x"], [x, ...rest]) as [typeof x, ...typeof rest];
  const [precision, unique, fractional, trim, sign, padLeft, padRight, minDigits] = bindArgs("format_float_positional", [
    "precision",
    "unique",
    "fractional",
    "trim",
    "sign",
    "pad_left",
    "pad_right",
    "min_digits",
  ], rest) as [number | null, boolean | null, boolean | null, TrimMode | null, boolean | null, number | null, number | null, number | null];
  const prec = noneOrPositive(intArg(precision), "precision");
  const pl = noneOrPositive(intArg(padLeft), "pad_left");
  const pr = noneOrPositive(intArg(padRight), "pad_right");
  const md = noneOrPositive(intArg(minDigits), "min_digits");
  const frac = truthy(fractional, true);
  if (!frac && prec === 0) throw new ValueError("precision must be greater than 0 if fractional=False");
  if (md > 0 && prec > 0 && md > prec) throw new ValueError("min_digits must be less than or equal to precision");
  const [v, single] = floatArg(x);
  const t = trimArg(trim ?? "k");
  const u = truthy(unique, true);
  if (!u && prec < 0) throw new NumpyTypeError("in non-unique mode `precision` must be supplied");
  return dragon4(v, single, {
    ...D4_DEFAULTS,
    scientific: false,
    unique: u,
    fractional: frac,
    precision: prec,
    minDigits: md,
    sign: truthy(sign, false),
    trim: t,
    padLeft: pl,
    padRight: pr,
  });
}
