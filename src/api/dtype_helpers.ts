/**
 * dtype helpers: NumPy 2's array-API numpy.isdtype, and numpy.common_type, numpy.mintypecode
 * and numpy.typename. In ndts a dtype is its name (`np.float64` is "float64") or a DType, so the
 * names are accepted wherever NumPy takes a dtype, and results are dtype names or type codes.
 *
 * @example
 * np.isdtype(np.float32, "real floating") // true
 * np.common_type(np.array([1, 2], "int8"), np.array([1.5], "float32")) // "float64"
 */
import { noOptions } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { DType, resolveDType } from "../core/dtype.js";
import { AttributeError, KeyError, NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { asArray } from "./creation.js";

/** Python's class repr of a JS value, for NumPy's "but it is a <class '...'>" messages. */
function pyClass(x: unknown): string {
  if (x === null || x === undefined) return "<class 'NoneType'>";
  if (typeof x === "number") return Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>";
  if (typeof x === "bigint") return "<class 'int'>";
  if (typeof x === "boolean") return "<class 'bool'>";
  if (typeof x === "string") return "<class 'str'>";
  if (typeof x === "function") return "<class 'type'>";
  if (Array.isArray(x)) return "<class 'list'>";
  if (x instanceof NDArray) return "<class 'numpy.ndarray'>";
  return "<class 'dict'>";
}

/** A NumPy dtype given as a DType or a dtype name, or null for anything else. */
function asDType(x: unknown): DType | null {
  if (x instanceof DType) return x;
  if (typeof x !== "string") return null;
  try {
    return resolveDType(x);
  } catch {
    return null;
  }
}

/** The array API's kind names and the dtype kinds they hold. */
const KINDS: Readonly<Record<string, string>> = {
  bool: "b",
  "signed integer": "i",
  "unsigned integer": "u",
  integral: "iu",
  "real floating": "f",
  "complex floating": "c",
  numeric: "iufc",
};

/**
 * Whether a dtype is of a kind, as NumPy 2's `numpy.isdtype(dtype, kind)`. `kind` is a dtype
 * (equal dtypes match), one of the kind names 'bool', 'signed integer', 'unsigned integer',
 * 'integral', 'real floating', 'complex floating', 'numeric', or a JS array of those (Python's
 * tuple): true when any matches. A kind name is matched before a dtype name.
 * @example np.isdtype(np.int8, "integral") // true
 * np.isdtype("float64", ["bool", np.float32]) // false
 */
export function isdtype(dtype: DType | string, kind: DType | string | readonly (DType | string)[], ...rest: [] | [Record<string, never>]): boolean {
  noOptions("isdtype", rest);
  const dt = asDType(dtype);
  if (dt === null) throw new NumpyTypeError(`dtype argument must be a NumPy dtype, but it is a ${pyClass(dtype)}.`);
  const kinds = Array.isArray(kind) ? (kind as unknown[]) : [kind];
  return kinds
    .map((k) => {
      if (typeof k === "string" && k in KINDS) return KINDS[k]!.includes(dt.kind);
      const other = asDType(k);
      if (other !== null) return other === dt;
      if (typeof k === "string") throw new ValueError(`kind argument is a string, but '${k}' is not a known kind name.`);
      throw new NumpyTypeError(`kind argument must be comprised of NumPy dtypes or strings only, but is a ${pyClass(k)}.`);
    })
    .some(Boolean);
}

/**
 * The inexact dtype every input array can be converted to without losing precision, as
 * `numpy.common_type(*arrays)`: integers count as float64; complex when any input is complex.
 * Inputs must be arrays (NumPy reads `.dtype`); boolean arrays are refused.
 * @example np.common_type(np.array([1], "int32"), np.array([1.5], "float32")) // "float64"
 * np.common_type(np.array([1], "complex64"), np.array([1], "float32")) // "complex64"
 */
export function common_type(...arrays: NDArray[]): string {
  if (arrays.length === 0) throw new NotImplementedError("ndts: common_type() of no arrays is float16, which ndts does not have");
  let complex = false;
  let precision = 0;
  for (const a of arrays) {
    if (!(a instanceof NDArray)) throw new AttributeError(`${pyClass(a).slice(7, -1)} object has no attribute 'dtype'`);
    const k = a._dt.kind;
    if (k === "b") throw new NumpyTypeError("can't get common type for non-numeric array");
    if (k === "c") complex = true;
    const p = k === "i" || k === "u" ? 2 : a._dt.itemsize / (k === "c" ? 2 : 1) === 4 ? 1 : 2;
    precision = Math.max(precision, p);
  }
  return complex ? (precision === 1 ? "complex64" : "complex128") : precision === 1 ? "float32" : "float64";
}

/** NumPy's type codes from largest to smallest element size (mintypecode picks the first). */
const BY_ELSIZE = "GDFgdfQqLlIiHhBb?";

type MinTypeOpts = { typeset?: string | readonly string[]; default?: string };

/**
 * The type code of the smallest-size type in `typeset` that the given types can be safely cast
 * to, as `numpy.mintypecode(typechars, typeset='GDFgdf', default='d')`: `typechars` is a string
 * of type codes, or a list of type codes and arrays (an array counts as its dtype's code);
 * `default` when none of them is in the typeset; 'D' for 'F' with 'd'.
 * @example np.mintypecode(["d", "f", "S"]) // "d"
 * np.mintypecode("dF") // "D"
 */
export function mintypecode(typechars: string | NDArray | readonly (string | ArrayLike)[], ...rest: [] | [string | readonly string[]] | [string | readonly string[], string] | [MinTypeOpts] | [string | readonly string[], MinTypeOpts]): string {
  const opts = rest.length > 0 && typeof rest[rest.length - 1] === "object" && !Array.isArray(rest[rest.length - 1]) ? (rest.pop() as MinTypeOpts) : {};
  for (const key of Object.keys(opts)) if (key !== "typeset" && key !== "default") throw new NumpyTypeError(`mintypecode() got an unexpected keyword argument '${key}'`);
  const typeset = (rest[0] as string | readonly string[] | undefined) ?? opts.typeset ?? "GDFgdf";
  const dflt = (rest[1] as string | undefined) ?? opts.default ?? "d";
  let codes: string[];
  if (typeof typechars === "string") codes = [...typechars];
  else if (typechars instanceof NDArray) codes = typechars.ndim > 0 && typechars.shape[0]! > 0 ? [typechars._dt.char] : [];
  else codes = typechars.map((t) => (typeof t === "string" ? t : asArray(t)._dt.char));
  const set = [...typeset];
  const hit = new Set(codes.filter((c) => set.includes(c)));
  if (hit.size === 0) return dflt;
  if (hit.has("F") && hit.has("d")) return "D";
  return [...hit].sort((a, b) => BY_ELSIZE.indexOf(a) - BY_ELSIZE.indexOf(b))[0]!;
}

const NAMES: Readonly<Record<string, string>> = {
  S1: "character", "?": "bool", b: "signed char", B: "unsigned char", h: "short", H: "unsigned short",
  i: "integer", I: "unsigned integer", l: "long integer", L: "unsigned long integer", q: "long long integer",
  Q: "unsigned long long integer", f: "single precision", d: "double precision", g: "long precision",
  F: "complex single precision", D: "complex double precision", G: "complex long double precision",
  S: "string", U: "unicode", V: "void", O: "object",
};

/**
 * A description of a type code, as `numpy.typename(char)`; an unknown code is a KeyError.
 * @example np.typename("d") // "double precision"
 */
export function typename(char: string, ...rest: [] | [Record<string, never>]): string {
  noOptions("typename", rest);
  const name = Object.hasOwn(NAMES, char) ? NAMES[char] : undefined;
  if (name === undefined) throw new KeyError(typeof char === "string" ? `'${char}'` : String(char));
  return name;
}
