/**
 * The dtype helpers type promotion rests on: result_type, promote_types, can_cast,
 * min_scalar_type, finfo and iinfo, with NumPy 2's rules (JS numbers are weak scalars).
 *
 * @example
 * np.result_type("int8", 1.5) // "float64"
 * np.finfo("float32").eps // 1.1920928955078125e-7
 * np.iinfo("int16").max // 32767
 */
import { bindArgs, isOptions, type Args } from "../core/args.js";
import { scalarKind } from "../core/coerce.js";
import { isComplexScalar } from "../core/scalar.js";
import {
  BOOL,
  canCast,
  COMPLEX128,
  defaultDType,
  DType,
  FLOAT32,
  FLOAT64,
  INT16,
  INT32,
  INT64,
  INT8,
  intRange,
  promote,
  realOf,
  resolveDType,
  promoteSequence,
  type PromotionDType,
  UINT16,
  UINT32,
  UINT64,
  UINT8,
  type Casting,
  type DTypeLike,
  type DTypeName,
} from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { warn } from "../core/warnings.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { arrayStr } from "../print/arrayprint.js";
import { asArray } from "./creation.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The DType an argument of result_type stands for: an array's (or array_like's) dtype, a dtype,
 * or a JS scalar's Python type (an abstract, weak DType; a boolean is the bool dtype).
 */
function promotionDType(x: unknown): [PromotionDType, "array" | "dtype"] {
  if (x instanceof NDArray) return [x._dt, "array"];
  if (typeof x === "string" || x instanceof DType || x === Number || x === Boolean || x === BigInt) return [resolveDType(x as DTypeLike), "dtype"];
  const k = scalarKind(x);
  if (k !== null) return [k === "bool" ? BOOL : k, "array"];
  return [asArray(x as never)._dt, "array"];
}

/** Python's TypeError for a function without keyword parameters given an options object. */
function noKeywords(fn: string, args: readonly unknown[], words: string): void {
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) {
    const key = Object.keys(last)[0];
    throw new NumpyTypeError(key === undefined ? `${fn}() takes no keyword arguments` : `${fn}() ${words} '${key}'`);
  }
}

/** The one argument of finfo/iinfo, positional or by its name in an options object. */
function infoArg(fn: string, name: string, args: readonly unknown[]): unknown {
  let n = args.length;
  while (n > 1 && args[n - 1] === undefined) n--;
  const last = args[n - 1];
  if (isOptions(last)) {
    for (const k of Object.keys(last)) if (k !== name || n > 1) throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    if (n === 1) return last[name];
  }
  if (n > 1) throw new NumpyTypeError(`${fn}() takes 2 positional arguments but ${n + 1} were given`);
  return args[0];
}

/**
 * The dtype NumPy's promotion gives for these arrays, dtypes and scalars (`np.result_type`).
 * @example np.result_type(np.zeros(2, "float32"), 3.0) // "float32"
 */
export function result_type(...arrays_and_dtypes: unknown[]): DTypeName {
  noKeywords("result_type", arrays_and_dtypes, "got an unexpected keyword argument");
  if (arrays_and_dtypes.length === 0) throw new ValueError("at least one array or dtype is required");
  // One Python int alone is typed by its value, as np.asarray types it: np.result_type(2**63) is uint64.
  const only = arrays_and_dtypes[0];
  if (arrays_and_dtypes.length === 1 && scalarKind(only) === "int") return asArray(only as number | bigint)._dt.name;
  // NumPy promotes the arrays (Python scalars among them) first, then the dtypes, in order.
  const args = arrays_and_dtypes.map(promotionDType);
  return promoteSequence([...args.filter((a) => a[1] === "array"), ...args.filter((a) => a[1] === "dtype")].map((a) => a[0])).name;
}

/**
 * The smallest dtype both dtypes cast to safely (`np.promote_types`).
 * @example np.promote_types("int8", "uint8") // "int16"
 */
export function promote_types(type1: DTypeLike, type2: DTypeLike, ...extra: never[]): DTypeName {
  const all: unknown[] = [type1, type2, ...extra];
  if (all.some((x) => isOptions(x))) throw new NumpyTypeError("numpy.promote_types() takes no keyword arguments");
  if (all.length > 2) throw new NumpyTypeError(`promote_types() takes 2 positional arguments but ${all.length} were given`);
  return promote(resolveDType(type1), resolveDType(type2)).name;
}

/**
 * Whether a cast is allowed under a casting rule (`np.can_cast`); `from_` is a dtype or an array.
 * @example np.can_cast("int64", "float64") // true
 */
export function can_cast(from_: DTypeLike | NDArray, to: DTypeLike, ...rest: Args<[Casting], { casting?: Casting }>): boolean {
  const c = (bindArgs("can_cast", ["casting"], rest)[0] as Casting | null | undefined) ?? "safe";
  if (typeof from_ === "number" || typeof from_ === "boolean" || typeof from_ === "bigint" || isComplexScalar(from_)) {
    throw new NumpyTypeError(
      "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.",
    );
  }
  if (from_ === null || from_ === undefined) throw new NumpyTypeError("did not understand one of the types; 'None' not accepted");
  const src = from_ instanceof NDArray ? from_._dt : resolveDType(from_);
  return canCast(src, resolveDType(to), c);
}

/**
 * The smallest dtype that holds a scalar's value (`np.min_scalar_type`), NumPy's rules: ints by
 * range ("object" past int64/uint64, as NumPy says), floats "float16" inside (-65000, 65000) or
 * when not finite, "float32" inside (-3.4e38, 3.4e38); complex "complex64" when both parts are
 * inside (-3.4e38, 3.4e38). A 0-d array's value is judged in its dtype's kind (never wider than
 * it); any other array gives its own dtype. NumPy answers "float16" for small floats; ndts names
 * it too, though it has no float16 storage.
 * @example np.min_scalar_type(300) // "uint16"; np.min_scalar_type(1.5) // "float16"
 */
export function min_scalar_type(a: unknown, ...extra: never[]): string {
  noKeywords("min_scalar_type", [a, ...extra], "got an unexpected keyword argument");
  if (extra.length > 0) throw new NumpyTypeError(`min_scalar_type() takes 1 positional argument but ${extra.length + 1} were given`);
  if (a instanceof NDArray) {
    if (a.ndim > 0) return a.dtype;
    const v = a.item();
    const k = a._dt.kind;
    if (k === "b") return "bool";
    if (k === "i" || k === "u") return minIntType(typeof v === "bigint" ? v : BigInt(v as number));
    if (k === "f") return minFloatType(v as number, a._dt);
    return minComplexType(v as { re: number; im: number }, a._dt);
  }
  const kind = scalarKind(a);
  if (kind === null) return asArray(a as never).dtype;
  if (kind === "bool") return "bool";
  if (kind === "int") return minIntType(typeof a === "bigint" ? a : BigInt(a as number));
  if (kind === "float") return minFloatType(a as number, FLOAT64);
  return minComplexType(a as { re: number; im: number }, COMPLEX128);
}

function minIntType(n: bigint): string {
  const order = n >= 0n ? [UINT8, UINT16, UINT32, UINT64] : [INT8, INT16, INT32, INT64];
  for (const dt of order) {
    const [lo, hi] = intRange(dt);
    if (n >= lo && n <= hi) return dt.name;
  }
  return "object";
}

function minFloatType(x: number, dt: DType): string {
  if ((x > -65000 && x < 65000) || !Number.isFinite(x)) return "float16";
  return dt === FLOAT32 || (x > -3.4e38 && x < 3.4e38) ? "float32" : "float64";
}

function minComplexType(z: { re: number; im: number }, dt: DType): string {
  const small = (v: number) => v > -3.4e38 && v < 3.4e38;
  return dt.itemsize === 8 || (small(z.re) && small(z.im)) ? "complex64" : "complex128";
}

const RULE = "-".repeat(63);

/**
 * The dtype finfo/iinfo describe: a dtype, an array's dtype, or a Python scalar's type
 * (np.finfo(7.5) is float64's, np.iinfo(7) int64's).
 * @example infoDType(7, msg) // INT64
 */
function infoDType(x: unknown, notDType: string): DType {
  if (x instanceof NDArray) return x._dt;
  const k = scalarKind(x);
  if (k !== null) return defaultDType(k);
  try {
    return resolveDType(x as DTypeLike);
  } catch (e) {
    // NumPy takes a string that names no dtype as a str object: np.finfo("float99") is
    // "data type <class 'numpy.str_'> not inexact", np.iinfo("int3") "... data type 'U'.".
    if (typeof x === "string" && e instanceof TypeError && e.message.endsWith("not understood")) throw new ValueError(notDType);
    throw e;
  }
}

/** Machine limits of a float dtype (what `np.finfo` returns). */
export class FInfo {
  readonly bits: number;
  readonly eps: number;
  readonly epsneg: number;
  readonly max: number;
  readonly min: number;
  readonly tiny: number;
  readonly smallest_normal: number;
  readonly smallest_subnormal: number;
  readonly resolution: number;
  readonly precision: number;
  readonly maxexp: number;
  readonly minexp: number;
  readonly machep: number;
  readonly negep: number;
  readonly nexp: number;
  readonly nmant: number;
  readonly iexp: number;
  readonly dtype: DTypeName;

  constructor(dtype: unknown) {
    const given = infoDType(dtype, "data type <class 'numpy.str_'> not inexact");
    const dt = realOf(given);
    if (dt !== FLOAT32 && dt !== FLOAT64) throw new ValueError(`data type <class 'numpy.${dt.name}'> not inexact`);
    const single = dt === FLOAT32;
    this.dtype = dt.name;
    this.bits = single ? 32 : 64;
    this.nmant = single ? 23 : 52;
    this.nexp = single ? 8 : 11;
    this.iexp = this.nexp;
    this.machep = -this.nmant;
    this.negep = -this.nmant - 1;
    this.eps = 2 ** this.machep;
    this.epsneg = 2 ** this.negep;
    this.maxexp = single ? 128 : 1024;
    this.minexp = single ? -126 : -1022;
    this.max = single ? 3.4028234663852886e38 : Number.MAX_VALUE;
    this.min = -this.max;
    this.tiny = this.smallest_normal = 2 ** this.minexp;
    this.smallest_subnormal = single ? 1.401298464324817e-45 : Number.MIN_VALUE;
    this.precision = single ? 6 : 15;
    this.resolution = single ? Math.fround(1e-6) : 1e-15;
  }

  /** NumPy's str(finfo): the table of machine parameters. */
  toString(): string {
    const f = (x: number) => formatIn(x, this.dtype);
    return (
      `Machine parameters for ${this.dtype}\n${RULE}\n` +
      `precision = ${this.precision}   resolution = ${f(this.resolution)}\n` +
      `machep = ${this.machep}   eps =        ${f(this.eps)}\n` +
      `negep =  ${this.negep}   epsneg =     ${f(this.epsneg)}\n` +
      `minexp = ${this.minexp}   tiny =       ${f(this.tiny)}\n` +
      `maxexp = ${this.maxexp}   max =        ${f(this.max)}\n` +
      `nexp =   ${this.nexp}   min =        -max\n` +
      `smallest_normal = ${f(this.smallest_normal)}   smallest_subnormal = ${f(this.smallest_subnormal)}\n${RULE}\n`
    );
  }
  /** NumPy's repr(finfo). */
  [INSPECT](): string {
    const f = (x: number) => formatIn(x, this.dtype);
    return `finfo(resolution=${f(this.resolution)}, min=${f(this.min)}, max=${f(this.max)}, dtype=${this.dtype})`;
  }
}

/**
 * Machine limits of a float dtype (complex: of its parts), as `np.finfo`.
 * @example np.finfo("float64").eps // 2.220446049250313e-16
 */
export function finfo(dtype: DTypeLike | NDArray | number | bigint | boolean | { dtype: DTypeLike } | null, ...extra: never[]): FInfo {
  let arg = infoArg("finfo.__new__", "dtype", [dtype, ...extra]);
  if (arg === null) {
    warn("finfo() dtype cannot be None. This behavior will raise an error in the future. (Deprecated in NumPy 1.25)", "DeprecationWarning");
    arg = FLOAT64;
  }
  // NumPy caches its finfo objects: np.finfo(np.float32) is np.finfo(np.complex64).
  const info = new FInfo(arg);
  const cached = FINFO_CACHE.get(info.dtype);
  if (cached !== undefined) return cached;
  FINFO_CACHE.set(info.dtype, info);
  return info;
}

const FINFO_CACHE = new Map<DTypeName, FInfo>();

/** A float printed as NumPy prints a scalar of the dtype. */
function formatIn(x: number, dtype: DTypeName): string {
  const a = emptyArray(dtype === "float32" ? FLOAT32 : FLOAT64, []);
  a.fill(x);
  return arrayStr(a);
}

/** Machine limits of an integer dtype (what `np.iinfo` returns). */
export class IInfo {
  readonly bits: number;
  /** The smallest value (a bigint when beyond +-2^53). */
  readonly min: number | bigint;
  /** The largest value (a bigint when beyond +-2^53). */
  readonly max: number | bigint;
  readonly dtype: DTypeName;
  readonly kind: string;

  constructor(int_type: unknown) {
    const dt = infoDType(int_type, "Invalid integer data type 'U'.");
    if (dt.kind !== "i" && dt.kind !== "u") throw new ValueError(`Invalid integer data type '${dt.kind}'.`);
    const [lo, hi] = intRange(dt);
    const small = (v: bigint) => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v);
    this.bits = dt.itemsize * 8;
    this.min = small(lo);
    this.max = small(hi);
    this.dtype = dt.name;
    this.kind = dt.kind;
  }

  /** NumPy's str(iinfo). */
  toString(): string {
    return `Machine parameters for ${this.dtype}\n${RULE}\nmin = ${this.min}\nmax = ${this.max}\n${RULE}\n`;
  }
  /** NumPy's repr(iinfo). */
  [INSPECT](): string {
    return `iinfo(min=${this.min}, max=${this.max}, dtype=${this.dtype})`;
  }
}

/**
 * Machine limits of an integer dtype, as `np.iinfo`.
 * @example np.iinfo("uint8").max // 255
 */
export function iinfo(int_type: DTypeLike | NDArray | number | bigint | boolean | { int_type: DTypeLike }, ...extra: never[]): IInfo {
  return new IInfo(infoArg("iinfo.__init__", "int_type", [int_type, ...extra]));
}

/** NumPy's abstract scalar types, for issubdtype: np.generic, np.number, np.integer, ... */
export const generic = "generic";
export const number = "number";
export const integer = "integer";
export const signedinteger = "signedinteger";
export const unsignedinteger = "unsignedinteger";
export const inexact = "inexact";
export const floating = "floating";
export const complexfloating = "complexfloating";
export const flexible = "flexible";
export const character = "character";

/** Each abstract type and the abstract types above it. */
const ABSTRACT_PARENTS: Record<string, readonly string[]> = {
  generic: [],
  number: ["generic"],
  integer: ["number", "generic"],
  signedinteger: ["integer", "number", "generic"],
  unsignedinteger: ["integer", "number", "generic"],
  inexact: ["number", "generic"],
  floating: ["inexact", "number", "generic"],
  complexfloating: ["inexact", "number", "generic"],
  flexible: ["generic"],
  character: ["flexible", "generic"],
};

/**
 * NumPy types ndts has no storage for, by the names np.float16, np.object_, ... hold: their
 * place in the hierarchy, so issubdtype answers for them (np.issubdtype(a.dtype, np.str_) is
 * false for every ndts array) instead of refusing the name.
 */
const STORAGELESS_PARENT: Record<string, string> = {
  float16: "floating",
  longdouble: "floating",
  float128: "floating",
  clongdouble: "complexfloating",
  complex256: "complexfloating",
  object_: "generic",
  str_: "character",
  bytes_: "character",
  void: "flexible",
  datetime64: "generic",
  timedelta64: "signedinteger",
};

/** The abstract types a concrete dtype belongs to (its own name first). */
function ancestors(x: DTypeLike): readonly string[] {
  if (typeof x === "string" && x in ABSTRACT_PARENTS) return [x, ...ABSTRACT_PARENTS[x]!];
  if (typeof x === "string" && x in STORAGELESS_PARENT) {
    const p = STORAGELESS_PARENT[x]!;
    return [x, p, ...ABSTRACT_PARENTS[p]!];
  }
  const dt = resolveDType(x);
  const kind = { b: null, i: "signedinteger", u: "unsignedinteger", f: "floating", c: "complexfloating" }[dt.kind];
  return kind == null ? [dt.name, "generic"] : [dt.name, kind, ...ABSTRACT_PARENTS[kind]!];
}

/**
 * Whether the first dtype is the second or below it in NumPy's type hierarchy
 * (`np.issubdtype`); either may be an abstract type such as `np.integer` or `np.floating`.
 * @example np.issubdtype("int8", np.integer) // true; np.issubdtype("float32", "float64") // false
 */
export function issubdtype(arg1: DTypeLike, arg2: DTypeLike): boolean {
  const target = typeof arg2 === "string" && (arg2 in ABSTRACT_PARENTS || arg2 in STORAGELESS_PARENT) ? arg2 : resolveDType(arg2).name;
  return ancestors(arg1).includes(target);
}
