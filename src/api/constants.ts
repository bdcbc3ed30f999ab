/**
 * NumPy's constants and dtype names.
 *
 * @example
 * np.pi // 3.141592653589793
 * np.zeros(3, {dtype: np.float32})
 */
import { isOptions, type Args } from "../core/args.js";
import { resolveDType, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError } from "../core/errors.js";

export const pi = Math.PI;
export const e = Math.E;
export const euler_gamma = 0.5772156649015329;
export const inf = Infinity;
export const nan = NaN;
/** `np.newaxis` is None in NumPy; in an index it adds an axis. */
export const newaxis = null;

export const bool = "bool";
export const bool_ = "bool";
export const int8 = "int8";
export const int16 = "int16";
export const int32 = "int32";
export const int64 = "int64";
export const uint8 = "uint8";
export const uint16 = "uint16";
export const uint32 = "uint32";
export const uint64 = "uint64";
/**
 * NumPy's half-precision name. ndts has no float16 storage (Node 20 has no Float16Array), so
 * using it as a dtype throws a TypeError saying so, instead of silently picking another dtype.
 * @example np.zeros(3, {dtype: np.float16}) // throws TypeError: data type 'float16' is not supported by ndts
 */
export const float16 = "float16";
/** NumPy's alias of float16 (see `np.float16`). */
export const half = "float16";
export const float32 = "float32";
export const float64 = "float64";
export const complex64 = "complex64";
export const complex128 = "complex128";
export const intp = "int64";
export const uintp = "uint64";
export const int_ = "int64";
export const uint = "uint64";
export const double = "float64";
export const single = "float32";
export const csingle = "complex64";
export const cdouble = "complex128";
export const byte = "int8";
export const ubyte = "uint8";
export const short = "int16";
export const ushort = "uint16";
export const intc = "int32";
export const uintc = "uint32";
export const longlong = "int64";
export const long = "int64";
export const ulong = "uint64";
/**
 * NumPy scalar types ndts has no storage for. They exist as names so that a ported
 * `dtype=np.longdouble` (or np.object_, np.str_, ...) throws ndts's "not supported" TypeError
 * instead of being `undefined`, which would silently mean "no dtype given".
 * @example np.zeros(2, {dtype: np.longdouble}) // throws TypeError: data type 'longdouble' is not supported by ndts ...
 */
export const longdouble = "longdouble";
export const clongdouble = "clongdouble";
export const float128 = "float128";
export const complex256 = "complex256";
export const object_ = "object_";
export const str_ = "str_";
export const bytes_ = "bytes_";
const void_ = "void";
export { void_ as void };
export const datetime64 = "datetime64";
export const timedelta64 = "timedelta64";
export const ulonglong = "uint64";

/** NumPy's `np.little_endian`: ndts stores every dtype in the platform's (little-endian) order. */
export const little_endian = true;
/** NumPy's bool scalars `np.True_` and `np.False_`: JS booleans, as ndts gives bool items. */
export const True_ = true;
export const False_ = false;

/**
 * NumPy's `np.typecodes`: the one-letter type codes of each kind, as NumPy lists them on Linux.
 * @example np.typecodes.AllFloat // "efdgFDG"
 */
export const typecodes: Readonly<Record<string, string>> = Object.freeze({
  Character: "c",
  Integer: "bhilqnp",
  UnsignedInteger: "BHILQNP",
  Float: "efdg",
  Complex: "FDG",
  AllInteger: "bBhHiIlLqQnNpP",
  AllFloat: "efdgFDG",
  Datetime: "Mm",
  All: "?bhilqnpBHILQNPefdgFDGSUVOMm",
});

/**
 * The dtype object for a dtype name or alias (`np.dtype("f4").name` is "float32"); `null` is
 * the default dtype, float64, as `np.dtype(None)`.
 * @example np.dtype("int16").itemsize // 2
 */
export function dtype(x: DTypeLike | null, ...rest: Args<[boolean, boolean], { align?: boolean; copy?: boolean }>): DType {
  // align and copy change nothing for ndts's (non-structured) dtypes; other keywords are refused.
  for (const k of isOptions(rest[rest.length - 1]) ? Object.keys(rest[rest.length - 1] as object) : []) {
    if (k !== "align" && k !== "copy") throw new NumpyTypeError(`'${k}' is an invalid keyword argument for dtype()`);
  }
  return x === null ? resolveDType("float64") : resolveDType(x);
}
