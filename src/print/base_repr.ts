/**
 * np.binary_repr and np.base_repr (numpy/_core/numeric.py): an integer as a string of binary
 * digits (two's complement for a negative number given a width) or of digits in a base up to 36.
 * Integers are exact at any size: a bigint, or a 0-d integer array, is taken whole.
 *
 * @example
 * np.binary_repr(-3, 5) // "11101"
 * np.base_repr(255, 16) // "FF"
 */
import { bindArgs, type Args, takeRequired } from "../core/args.js";
import { NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";

/** An integer argument: a JS integer, a bigint, a boolean, or a 0-d (or size-1) integer or bool array. */
export type IntLike = number | bigint | boolean | NDArray;

function pyTypeName(x: unknown): string {
  if (typeof x === "number") return "float";
  if (typeof x === "string") return "str";
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  return typeof x === "object" ? "dict" : typeof x;
}

/** Python's operator.index(num) as a bigint. */
function indexArg(num: unknown): bigint {
  if (typeof num === "bigint") return num;
  if (typeof num === "boolean") return num ? 1n : 0n;
  if (typeof num === "number" && Number.isInteger(num)) return BigInt(num);
  if (num instanceof NDArray && num.ndim === 0 && (num._dt.kind === "i" || num._dt.kind === "u" || num._dt.kind === "b")) {
    const v = num._read(num._ptr, true) as number | bigint | boolean;
    return typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
  }
  if (num instanceof NDArray) throw new NumpyTypeError("only integer scalar arrays can be converted to a scalar index");
  throw new NumpyTypeError(`'${pyTypeName(num)}' object cannot be interpreted as an integer`);
}

/** Python's int(number) as a bigint: floats truncate toward zero. */
function intArg(x: unknown): bigint {
  if (typeof x === "number") {
    if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    return BigInt(Math.trunc(x));
  }
  if (x instanceof NDArray && x.size === 1 && x._dt.kind === "f") return intArg(x._read(x._ptr, true) as number);
  return indexArg(x);
}

/**
 * The binary digits of an integer (NumPy's binary_repr). Without `width`, a negative number is
 * "-" and the digits of its magnitude; with `width`, its two's complement in at least `width`
 * bits (a width too small for the number is NumPy's ValueError).
 * @example
 * np.binary_repr(3) // "11"; np.binary_repr(-3) // "-11"
 * np.binary_repr(3, {width: 4}) // "0011"; np.binary_repr(-3, 3) // "101"
 */
export function binary_repr(num: IntLike, ...rest: Args<[number | null], { width?: number | null }>): string {
  [num, ...rest] = takeRequired("binary_repr", ["num"], [num, ...rest]) as [typeof num, ...typeof rest];
  const [widthArg] = bindArgs("binary_repr", ["width"], rest) as [number | bigint | null | undefined];
  const width = widthArg == null ? null : Number(indexArg(widthArg));
  const n = indexArg(num);
  const check = (binwidth: number): void => {
    if (width !== null && width < binwidth) throw new ValueError(`Insufficient bit width=${width} provided for binwidth=${binwidth}`);
  };
  if (n === 0n) return "0".repeat(width || 1);
  if (n > 0n) {
    const binary = n.toString(2);
    check(binary.length);
    return binary.padStart(width === null ? binary.length : Math.max(binary.length, width), "0");
  }
  if (width === null) return "-" + (-n).toString(2);
  let poswidth = (-n).toString(2).length;
  // NumPy's gh-8679: no extra digit for numbers at the boundaries (-2**k).
  if (1n << BigInt(poswidth - 1) === -n) poswidth -= 1;
  const binary = ((1n << BigInt(poswidth + 1)) + n).toString(2);
  check(binary.length);
  return "1".repeat(Math.max(binary.length, width) - binary.length) + binary;
}

/**
 * The digits of a number in a base from 2 to 36 (NumPy's base_repr), upper-case letters past 9,
 * `padding` zeros on the left and "-" for a negative number. A float is truncated, as int().
 * @example np.base_repr(5) // "101"; np.base_repr(10, 16) // "A"; np.base_repr(7, {base: 5, padding: 3}) // "00012"
 */
export function base_repr(number: IntLike, ...rest: Args<[number, number], { base?: number; padding?: number }>): string {
  [number, ...rest] = takeRequired("base_repr", ["number"], [number, ...rest]) as [typeof number, ...typeof rest];
  const [baseArg, paddingArg] = bindArgs("base_repr", ["base", "padding"], rest) as [number | undefined, number | undefined];
  const base = baseArg ?? 2;
  if (base > 36) throw new ValueError("Bases greater than 36 not handled in base_repr.");
  if (base < 2) throw new ValueError("Bases less than 2 not handled in base_repr.");
  const n = intArg(number);
  const mag = n < 0n ? -n : n;
  // The sign is the number's own (base_repr(-0.5) is "-", as NumPy's).
  const neg = typeof number === "number" ? number < 0 : number instanceof NDArray && number._dt.kind === "f" ? (number._read(number._ptr, true) as number) < 0 : n < 0n;
  const padding = paddingArg ?? 0;
  const out = (neg ? "-" : "") + "0".repeat(Math.max(0, padding)) + (mag === 0n ? "" : mag.toString(Number(base)).toUpperCase());
  return out === "" ? "0" : out;
}
