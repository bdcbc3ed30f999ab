/**
 * dtypes: NumPy's 13 numeric types, their names and aliases, and the casting and promotion
 * rules of NumPy 2 (NEP 50).
 *
 * @example
 * np.promote_types("int8", "uint8") // "int16"
 * np.can_cast("float64", "float32", "same_kind") // true
 */
import { NotImplementedError, NumpyTypeError, ValueError } from "./errors.js";

/** The name of a dtype, as `a.dtype` returns it. */
export type DTypeName =
  | "bool"
  | "int8"
  | "int16"
  | "int32"
  | "int64"
  | "uint8"
  | "uint16"
  | "uint32"
  | "uint64"
  | "float32"
  | "float64"
  | "complex64"
  | "complex128";

/** NumPy's kind characters: b(ool), i(nt), u(nsigned), f(loat), c(omplex). */
export type Kind = "b" | "i" | "u" | "f" | "c";

type TypedArrayCtor =
  | Uint8ArrayConstructor
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | BigInt64ArrayConstructor
  | BigUint64ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor;

/** NumPy's byte-order codes by first letter, as little ("<", native on every ndts platform) or big (">"). */
const BYTE_ORDERS: Record<string, "<" | ">"> = {
  "<": "<", l: "<", L: "<", "=": "<", n: "<", N: "<", "|": "<", i: "<", I: "<",
  ">": ">", b: ">", B: ">", s: ">", S: ">",
};

/** NumPy's type numbers by type character (NPY_BOOL = 0, ..., NPY_CDOUBLE = 15). */
const TYPE_NUM: Record<string, number> = { "?": 0, b: 1, B: 2, h: 3, H: 4, i: 5, I: 6, l: 7, L: 8, f: 11, d: 12, F: 14, D: 15 };

/**
 * Everything the engine knows about one dtype: one instance per dtype, what `np.dtype(x)`
 * returns. `String(dt)` is its name.
 */
export class DType {
  /** NumPy's `dtype.str` on a little-endian machine, e.g. "<f8". */
  readonly str: string;
  /** log2 of the bytes per TypedArray scalar. */
  readonly shift: number;
  /** Stored as bigint (int64, uint64). */
  readonly big: boolean;
  /** NumPy's `dtype.alignment`: the bytes of one scalar (of one part, for complex). */
  readonly alignment: number;
  /** NumPy's `dtype.byteorder`: "|" for one-byte types, "=" (native) for the others. */
  readonly byteorder: "|" | "=";
  /** NumPy's `dtype.num`, its type number on Linux (int64 is C long: 7). */
  readonly num: number;
  /** NumPy's `dtype.isnative`: ndts stores every dtype in native byte order. */
  readonly isnative = true;
  /** NumPy's `dtype.type`: the scalar type, which ndts names by its string (`np.float32` is "float32"). */
  readonly type: DTypeName;
  /** NumPy's `dtype.descr`, e.g. `[["", "<f8"]]`. */
  readonly descr: readonly (readonly [string, string])[];
  /** A plain dtype is not a sub-array: `shape` is `[]`, `ndim` 0, `base` the dtype itself. */
  readonly shape: readonly number[] = Object.freeze([]);
  readonly ndim = 0;
  /** NumPy's attributes of structured and object dtypes, which ndts's dtypes are not. */
  readonly names = null;
  readonly fields = null;
  readonly subdtype = null;
  readonly metadata = null;
  readonly hasobject = false;
  readonly isalignedstruct = false;
  readonly flags = 0;
  /** 1: a built-in dtype, as NumPy reports for every numeric dtype. */
  readonly isbuiltin = 1;
  constructor(
    readonly name: DTypeName,
    /** Index 0..12, stable: tables are indexed by it. */
    readonly id: number,
    readonly kind: Kind,
    /** Bytes per element (complex: both parts). */
    readonly itemsize: number,
    /** NumPy's one-letter type code (`dtype.char`). */
    readonly char: string,
    /** The TypedArray that views the storage (complex: two scalars per element). */
    readonly Typed: TypedArrayCtor,
  ) {
    this.str = (itemsize === 1 ? "|" : "<") + kind + itemsize;
    this.shift = Math.log2(kind === "c" ? itemsize / 2 : itemsize);
    this.big = name === "int64" || name === "uint64";
    this.alignment = kind === "c" ? itemsize / 2 : itemsize;
    this.byteorder = itemsize === 1 ? "|" : "=";
    this.num = TYPE_NUM[char]!;
    this.type = name;
    this.descr = Object.freeze([Object.freeze(["", this.str] as const)]);
    Object.freeze(this);
  }
  /** NumPy's `dtype.base`: the dtype itself (it has no sub-array). */
  get base(): DType {
    return this;
  }
  /**
   * NumPy's `dtype.newbyteorder(new_order="S")`. ndts stores native (little-endian) data only, so
   * the orders that keep this dtype return it, and a big-endian result is NotImplementedError.
   * @example np.dtype("f8").newbyteorder("<").name // "float64"
   */
  newbyteorder(new_order = "S"): DType {
    const order = BYTE_ORDERS[String(new_order)[0] ?? ""];
    if (order === undefined) throw new ValueError(`byteorder not recognized (got '${String(new_order)}')`);
    if (this.itemsize === 1 || order === "<") return this;
    throw new NotImplementedError(`ndts has no big-endian dtypes: dtype('>${this.kind}${this.itemsize}') cannot be made`);
  }
  toString(): string {
    return this.name;
  }
  /** NumPy's `repr(dtype)`, which Node's `console.log` / `util.inspect` print: `dtype('float32')`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `dtype('${this.name}')`;
  }
}

function make(
  name: DTypeName,
  id: number,
  kind: Kind,
  itemsize: number,
  char: string,
  Typed: TypedArrayCtor,
): DType {
  return new DType(name, id, kind, itemsize, char, Typed);
}

export const BOOL = make("bool", 0, "b", 1, "?", Uint8Array);
export const INT8 = make("int8", 1, "i", 1, "b", Int8Array);
export const UINT8 = make("uint8", 2, "u", 1, "B", Uint8Array);
export const INT16 = make("int16", 3, "i", 2, "h", Int16Array);
export const UINT16 = make("uint16", 4, "u", 2, "H", Uint16Array);
export const INT32 = make("int32", 5, "i", 4, "i", Int32Array);
export const UINT32 = make("uint32", 6, "u", 4, "I", Uint32Array);
export const INT64 = make("int64", 7, "i", 8, "l", BigInt64Array);
export const UINT64 = make("uint64", 8, "u", 8, "L", BigUint64Array);
export const FLOAT32 = make("float32", 9, "f", 4, "f", Float32Array);
export const FLOAT64 = make("float64", 10, "f", 8, "d", Float64Array);
export const COMPLEX64 = make("complex64", 11, "c", 8, "F", Float32Array);
export const COMPLEX128 = make("complex128", 12, "c", 16, "D", Float64Array);

/** All dtypes, indexed by id, in NumPy's promotion order within each kind. */
export const DTYPES: readonly DType[] = [
  BOOL,
  INT8,
  UINT8,
  INT16,
  UINT16,
  INT32,
  UINT32,
  INT64,
  UINT64,
  FLOAT32,
  FLOAT64,
  COMPLEX64,
  COMPLEX128,
];

/** The WebAssembly kernel suffix of a dtype. */
export const KERNEL_CODE: readonly string[] = DTYPES.map((dt) =>
  dt.kind === "b" ? "b" : dt.kind === "c" ? `c${dt.itemsize * 8}` : `${dt.kind === "u" ? "u" : dt.kind === "i" ? "i" : "f"}${dt.itemsize * 8}`,
);

const BY_NAME = new Map<string, DType>();
for (const dt of DTYPES) {
  BY_NAME.set(dt.name, dt);
  BY_NAME.set(dt.char, dt);
  BY_NAME.set(dt.str, dt);
  BY_NAME.set(dt.kind + dt.itemsize, dt);
  BY_NAME.set("=" + dt.kind + dt.itemsize, dt);
}
const ALIASES: Record<string, DType> = {
  bool_: BOOL,
  b1: BOOL,
  "|b1": BOOL,
  "?": BOOL,
  byte: INT8,
  ubyte: UINT8,
  short: INT16,
  ushort: UINT16,
  intc: INT32,
  uintc: UINT32,
  int: INT64,
  int_: INT64,
  intp: INT64,
  long: INT64,
  longlong: INT64,
  uint: UINT64,
  uintp: UINT64,
  ulong: UINT64,
  ulonglong: UINT64,
  q: INT64,
  Q: UINT64,
  p: INT64,
  P: UINT64,
  n: INT64,
  N: UINT64,
  single: FLOAT32,
  float: FLOAT64,
  double: FLOAT64,
  csingle: COMPLEX64,
  complex: COMPLEX128,
  cdouble: COMPLEX128,
};
for (const [k, v] of Object.entries(ALIASES)) BY_NAME.set(k, v);
// A type code or kind+size ("d", "q", "f8") takes the native orders "<", "=" and "|" before it.
for (const [k, v] of [...BY_NAME]) if (/^(?:[?a-zA-Z]|[biufc]\d+)$/.test(k)) for (const p of ["<", "=", "|"]) BY_NAME.set(p + k, v);
// One-byte types have no byte order: NumPy takes any of "<", ">", "|", "=" before them.
for (const dt of [BOOL, INT8, UINT8]) {
  for (const p of ["<", ">", "|", "="]) BY_NAME.set(p + dt.char, dt).set(p + dt.kind + 1, dt);
}
/** NumPy 1's aliases ending in a digit, which NumPy 2 refuses with its own message. */
const REMOVED_ALIASES = new Set(["bool8", "int0", "uint0", "object0", "str0", "bytes0", "void0"]);

/** NumPy dtypes ndts has no storage for (valid in NumPy, so not "not understood"). */
const UNSUPPORTED =
  /^[<>=|]?(?:[USaV]\d*|[OcT]|[Mm]8(?:\[\w+\])?|(?:datetime|timedelta)64(?:\[\w+\])?|f16|c32|g|G|longdouble|clongdouble|float128|complex256|object_?|str_?|unicode|bytes_?|void)$/;

/** What a `dtype=` argument may be: a name ("float32", "f4", "<f4", "float") or a constant. */
export type DTypeLike = DTypeName | string | DType | NumberConstructor | BooleanConstructor | BigIntConstructor;

/**
 * Resolves a dtype argument, as `np.dtype(x)` does; throws NumPy's TypeError when unknown.
 * @example resolveDType("f4").name // "float32"
 */
export function resolveDType(x: DTypeLike): DType {
  if (typeof x === "string") {
    const dt = BY_NAME.get(x);
    if (dt !== undefined) return dt;
    if (x === "float16" || x === "f2" || x === "e" || x === "half")
      throw new NumpyTypeError(`data type '${x}' is not supported by ndts (no float16 storage)`);
    if (REMOVED_ALIASES.has(x)) throw new NumpyTypeError(`Alias '${x}' was removed in NumPy 2.0. Use a name without a digit at the end.`);
    if (UNSUPPORTED.test(x) || (x[0] === ">" && BY_NAME.has(`<${x.slice(1)}`))) {
      throw new NumpyTypeError(`data type '${x}' is not supported by ndts (a NumPy dtype without ndts storage: strings, bytes, objects, dates, long doubles, big-endian)`);
    }
    throw new NumpyTypeError(`data type '${x}' not understood`);
  }
  if (x === Number) return FLOAT64;
  if (x === Boolean) return BOOL;
  if (x === BigInt) return INT64;
  if (x instanceof DType) return x;
  const shown = typeof x === "function" ? `<class '${(x as { name?: string }).name ?? "function"}'>` : String(x);
  throw new NumpyTypeError(`Cannot interpret '${shown}' as a data type`);
}

/** `dtype=None` means "not given": undefined and null both resolve to undefined. */
export function optionalDType(x: DTypeLike | null | undefined): DType | undefined {
  return x === undefined || x === null ? undefined : resolveDType(x);
}

// ---------------------------------------------------------------------------------------------
// Casting

/** Bits of precision a float/complex component keeps for integers (for safe int->float casts). */
function mantissaBits(dt: DType): number {
  switch (dt.name) {
    case "float32":
    case "complex64":
      return 24;
    case "float64":
    case "complex128":
      return 53;
    default:
      return 0;
  }
}

function safeCast(from: DType, to: DType): boolean {
  if (from === to || from.kind === "b") return true;
  switch (from.kind) {
    case "i":
      if (to.kind === "i") return to.itemsize >= from.itemsize;
      if (to.kind === "f" || to.kind === "c")
        return mantissaBits(to) > from.itemsize * 8 || from.itemsize === 8 && mantissaBits(to) === 53;
      return false;
    case "u":
      if (to.kind === "u") return to.itemsize >= from.itemsize;
      if (to.kind === "i") return to.itemsize > from.itemsize;
      if (to.kind === "f" || to.kind === "c")
        return mantissaBits(to) > from.itemsize * 8 || from.itemsize === 8 && mantissaBits(to) === 53;
      return false;
    case "f":
      if (to.kind === "f") return to.itemsize >= from.itemsize;
      if (to.kind === "c") return to.itemsize >= 2 * from.itemsize;
      return false;
    case "c":
      return to.kind === "c" && to.itemsize >= from.itemsize;
  }
  return false;
}

const KIND_ORDER: Record<Kind, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/** NumPy's casting levels, from strictest to loosest. */
export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";

const SAFE = DTYPES.map((a) => DTYPES.map((b) => safeCast(a, b)));

/**
 * Whether a cast is allowed under a casting rule (`np.can_cast` on dtypes).
 * @example canCast(INT64, FLOAT64, "safe") // true
 */
export function canCast(from: DType, to: DType, casting: Casting = "safe"): boolean {
  switch (casting) {
    case "no":
    case "equiv":
      return from === to;
    case "safe":
      return SAFE[from.id]![to.id]!;
    case "same_kind":
      return SAFE[from.id]![to.id]! || KIND_ORDER[from.kind] <= KIND_ORDER[to.kind];
    case "unsafe":
      return true;
    default:
      throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`);
  }
}

// ---------------------------------------------------------------------------------------------
// Promotion

/** The smallest dtype both cast to safely: NumPy's promotion table for numeric types. */
const PROMOTE: DType[][] = DTYPES.map((a) =>
  DTYPES.map((b) => {
    for (const t of DTYPES) if (SAFE[a.id]![t.id] && SAFE[b.id]![t.id]) return t;
    return COMPLEX128;
  }),
);

/**
 * NumPy's `promote_types` on resolved dtypes.
 * @example promote(INT8, UINT8) === INT16
 */
export function promote(a: DType, b: DType): DType {
  return PROMOTE[a.id]![b.id]!;
}

/** The Python scalar kinds a JS value stands for (NEP 50 weak scalars). */
export type WeakKind = "bool" | "int" | "float" | "complex";

/** The default dtype of a Python scalar of this kind (int64 for int, as NumPy on Linux). */
export function defaultDType(kind: WeakKind): DType {
  return kind === "bool" ? BOOL : kind === "int" ? INT64 : kind === "float" ? FLOAT64 : COMPLEX128;
}

/**
 * Promotes an array dtype with a weak Python scalar, as NumPy 2 does: the scalar adopts the
 * array's dtype within the same kind and only lifts the kind.
 * @example promoteWeak(FLOAT32, "float") === FLOAT32; promoteWeak(INT8, "float") === FLOAT64
 */
export function promoteWeak(dt: DType, kind: WeakKind): DType {
  switch (kind) {
    case "bool":
      return dt;
    case "int":
      return dt.kind === "b" ? INT64 : dt;
    case "float":
      return dt.kind === "f" || dt.kind === "c" ? dt : FLOAT64;
    case "complex":
      if (dt.kind === "c") return dt;
      return dt === FLOAT32 ? COMPLEX64 : COMPLEX128;
  }
}

/**
 * A DType class in NumPy's promotion of a sequence: a concrete dtype, or the abstract DType of a
 * Python int, float or complex (NEP 50's weak scalars; a Python bool is the concrete bool).
 */
export type PromotionDType = DType | "int" | "float" | "complex";

/**
 * NumPy's `cls.__common_dtype__(other)` for the builtin numeric DTypes and the Python scalars'
 * abstract DTypes (dtypemeta.c's default_builtin_common_dtype, abstractdtypes.c); null is
 * NotImplemented: `other` knows more (a concrete DType defers to a larger type number).
 */
function commonDType(cls: PromotionDType, other: PromotionDType): PromotionDType | null {
  if (typeof cls === "string") {
    if (typeof other === "string") return (cls === "float" && other === "int") || (cls === "complex" && other !== "complex") ? cls : null;
    const integral = other.kind === "b" || other.kind === "i" || other.kind === "u";
    if (cls === "int") return other.kind === "b" ? INT64 : null;
    return integral ? (cls === "float" ? FLOAT64 : COMPLEX128) : null;
  }
  if (typeof other === "string") {
    if (other === "complex") return cls.kind === "c" ? cls : cls.kind === "f" ? complexOf(cls) : null;
    if (other === "float") return cls.kind === "c" || cls.kind === "f" ? cls : null;
    return cls.kind === "b" ? null : cls;
  }
  return other.num > cls.num ? null : promote(cls, other);
}

/** NumPy's PyArray_CommonDType: either side's common DType (every pair of ndts's DTypes has one). */
function commonEither(a: PromotionDType, b: PromotionDType): PromotionDType {
  return a === b ? a : (commonDType(a, b) ?? commonDType(b, a)!);
}

/**
 * NumPy's reduce_dtypes_to_most_knowledgeable: pairs the first and last halves, moving the DType
 * that knows more to the front and clearing the ones that cannot change the result; returns the
 * last pair's common DType (null: NotImplemented).
 */
function reduceToMostKnowledgeable(d: (PromotionDType | null)[], length: number): PromotionDType | null {
  const half = length >> 1;
  let res: PromotionDType | null = null;
  for (let low = 0; low < half; low++) {
    const high = length - 1 - low;
    res = d[high] === d[low] ? d[low]! : commonDType(d[low]!, d[high]!);
    if (res === null) [d[low], d[high]] = [d[high]!, d[low]!];
    else if (res === d[low]) d[high] = null;
  }
  return length === 2 ? res : reduceToMostKnowledgeable(d, length - half);
}

/**
 * The dtype NumPy's PyArray_PromoteDTypeSequence gives for a sequence of DTypes: the most
 * knowledgeable one ("main") promotes each of the others, and those results are combined. This
 * is `np.result_type`'s (and concatenate's, and a ufunc's) rule, and not pairwise promotion:
 * np.result_type("uint16", "int8", "float32") is float32 though uint16 and int8 promote to int32.
 * An abstract result is its Python type's default dtype (int64, float64, complex128).
 * @example promoteSequence([UINT16, INT8, COMPLEX64]) === COMPLEX64
 */
export function promoteSequence(seq: readonly PromotionDType[]): DType {
  if (seq.length === 0) throw new ValueError("at least one array or dtype is required");
  let result: PromotionDType | null = seq[0]!;
  if (seq.length > 1) {
    const d: (PromotionDType | null)[] = [...seq];
    result = reduceToMostKnowledgeable(d, d.length);
    const main = d[0]!;
    for (let i = result === null ? 1 : 2; i < d.length; i++) {
      if (d[i] === null) continue;
      const p = commonDType(main, d[i]!)!;
      result = result === null ? p : commonEither(result, p);
    }
  }
  return typeof result === "string" ? defaultDType(result) : result!;
}

/**
 * The result dtype of strong dtypes and weak scalar kinds together (`np.result_type`), by
 * NumPy's sequence promotion (promoteSequence), the weak scalars after the dtypes.
 * @example resultType([FLOAT32], ["float"]) === FLOAT32
 */
export function resultType(dtypes: readonly DType[], weak: readonly WeakKind[] = []): DType {
  if (weak.length === 0 && dtypes.length === 2) return promote(dtypes[0]!, dtypes[1]!);
  return promoteSequence([...dtypes, ...weak.map((k) => (k === "bool" ? BOOL : k))]);
}

export function isInteger(dt: DType): boolean {
  return dt.kind === "i" || dt.kind === "u";
}
export function isFloating(dt: DType): boolean {
  return dt.kind === "f";
}
export function isComplex(dt: DType): boolean {
  return dt.kind === "c";
}
/** The real dtype of a complex one (complex64 -> float32), else the dtype itself. */
export function realOf(dt: DType): DType {
  return dt === COMPLEX64 ? FLOAT32 : dt === COMPLEX128 ? FLOAT64 : dt;
}
/** The complex dtype holding a real one (float32 -> complex64, others -> complex128). */
export function complexOf(dt: DType): DType {
  return dt.kind === "c" ? dt : dt === FLOAT32 ? COMPLEX64 : COMPLEX128;
}

/** Integer ranges, as bigints (exact for 64-bit types). */
export function intRange(dt: DType): [bigint, bigint] {
  const bits = BigInt(dt.itemsize * 8);
  if (dt.kind === "u") return [0n, (1n << bits) - 1n];
  if (dt.kind === "b") return [0n, 1n];
  return [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}
