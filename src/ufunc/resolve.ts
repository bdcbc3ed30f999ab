/**
 * Type resolution for ufunc calls, as NumPy 2 does it: the inputs' result type (JS numbers are
 * weak Python scalars, NEP 50), then the first loop of the ufunc that this type casts to safely.
 *
 * @example
 * resolveLoop(UFUNCS.add, [INT8], ["int"]) === INT8 // int8 array + 1 stays int8
 * resolveLoop(UFUNCS.divide, [INT64], []) === FLOAT64
 */
import {
  BOOL,
  canCast,
  DType,
  resolveDType,
  type DTypeLike,
  COMPLEX128,
  COMPLEX64,
  FLOAT32,
  FLOAT64,
  INT16,
  INT32,
  INT64,
  INT8,
  realOf,
  resultType,
  UINT16,
  UINT32,
  UINT64,
  UINT8,
  type WeakKind,
} from "../core/dtype.js";
import { NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import type { UfuncDef } from "./defs.js";

const BY_CHAR: Record<string, DType> = {
  "?": BOOL,
  b: INT8,
  B: UINT8,
  h: INT16,
  H: UINT16,
  i: INT32,
  I: UINT32,
  l: INT64,
  L: UINT64,
  f: FLOAT32,
  d: FLOAT64,
  F: COMPLEX64,
  D: COMPLEX128,
};

/** The loop dtypes of a ufunc, in NumPy's order. */
export function loopDTypes(def: UfuncDef): DType[] {
  return (def.cache.loops ??= Array.from(def.loops, (c) => BY_CHAR[c]!));
}

export { KERNEL_CODE } from "../core/dtype.js";

/** The output dtypes of a loop. */
export function outputDTypes(def: UfuncDef, loop: DType): DType[] {
  return (def.cache.outputs[loop.id] ??= makeOutputDTypes(def, loop));
}

function makeOutputDTypes(def: UfuncDef, loop: DType): DType[] {
  switch (def.out) {
    case "bool":
      return [BOOL];
    case "real":
      return [realOf(loop)];
    case "frexp":
      return [loop, INT32];
    case "uint8":
      return [UINT8];
    default:
      return def.nout === 2 ? [loop, loop] : [loop];
  }
}

function noLoop(def: UfuncDef): never {
  throw new NumpyTypeError(
    `ufunc '${def.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

/** NumPy's DType class of an input, as its messages name it (None: a reduction's output slot). */
function dtypeClassName(x: DType | WeakKind | null): string {
  if (x === null) return "None";
  if (typeof x === "string") {
    const weak: Record<WeakKind, string> = { bool: "BoolDType", int: "_PyLongDType", float: "_PyFloatDType", complex: "_PyComplexDType" };
    return `<class 'numpy.dtypes.${weak[x]}'>`;
  }
  const n = x.name;
  const cls = n === "bool" ? "Bool" : n.startsWith("uint") ? "UInt" + n.slice(4) : n[0]!.toUpperCase() + n.slice(1);
  return `<class 'numpy.dtypes.${cls}DType'>`;
}

/**
 * Ufuncs NumPy 2 resolves by promotion alone, with no legacy fallback that casts the inputs to
 * a larger loop: the inputs' common dtype must have a loop of its own (gcd(bool, bool) and
 * sign(bool) raise, gcd(int8, uint64) finds no integer loop).
 */
const PROMOTION_ONLY = new Set(["gcd", "lcm", "positive", "sign"]);

/**
 * The loop dtype for inputs of these strong dtypes and weak scalar kinds; `dtype` (the
 * `dtype=` argument) forces the loop. `ordered` lists the inputs in call order, for messages.
 *
 * Without `dtype`, this is NumPy's legacy linear search: the first loop that every array input
 * casts to safely, the weak Python scalars taking the inputs' common dtype (so a uint16 and an
 * int8 array meet in arctan2's float32 loop, though their common dtype is int32).
 */
export function resolveLoop(
  def: UfuncDef,
  strong: readonly DType[],
  weak: readonly WeakKind[],
  fixed?: DType | readonly (DType | null)[],
  ordered?: readonly (DType | WeakKind | null)[],
): DType {
  if (fixed !== undefined) return signatureLoop(def, strong, weak, fixed);
  return searchLoop(def, loopDTypes(def), strong, weak, ordered);
}

/**
 * The loop for a `dtype=` (the outputs' dtype) or a `signature=` (fixed operand dtypes, null
 * where free): among the loops with those operand dtypes, the first the inputs reach by the
 * usual search, else the first (its input casts are then checked under `casting`).
 * @example signatureLoop(UFUNCS.absolute, [COMPLEX128], [], FLOAT64) // the D->d loop
 */
function signatureLoop(def: UfuncDef, strong: readonly DType[], weak: readonly WeakKind[], fixed: DType | readonly (DType | null)[]): DType {
  const nargs = def.nin + def.nout;
  const sig: (DType | null)[] = fixed instanceof DType ? [...new Array<null>(def.nin).fill(null), ...new Array<DType>(def.nout).fill(fixed)] : [...fixed];
  const candidates = loopDTypes(def).filter((l) => {
    const ins = def.inputs?.(l) ?? new Array<DType>(def.nin).fill(l);
    const types = [...ins, ...outputDTypes(def, l)];
    return types.length === nargs && sig.every((d, i) => d === null || d === types[i]);
  });
  if (candidates.length === 0) throw new NumpyTypeError(`No loop matching the specified signature and casting was found for ufunc ${def.name}`);
  if (candidates.length === 1) return candidates[0]!;
  try {
    return searchLoop(def, candidates, strong, weak);
  } catch {
    return candidates[0]!;
  }
}

/**
 * Parses a `signature=` as NumPy does: a type string "ll->d" (exactly nin typecodes, "->", nout
 * typecodes), or a tuple (a JS array) of one dtype or null per operand; NumPy's errors otherwise.
 * @example parseSignature(UFUNCS.add, "ll->d") // [INT64, INT64, FLOAT64]
 */
export function parseSignature(def: UfuncDef, signature: unknown): (DType | null)[] {
  const nargs = def.nin + def.nout;
  let items: readonly unknown[];
  if (typeof signature === "string" && signature.length !== 1) {
    const m = /^([^-]*)->(.*)$/.exec(signature);
    if (!m || m[1]!.length !== def.nin || m[2]!.length !== def.nout) {
      throw new ValueError(`a type-string for ${def.name}, ${def.nin} typecode(s) before and ${def.nout} after the -> sign`);
    }
    return [...m[1]!, ...m[2]!].map((c) => {
      const dt = BY_CHAR[c];
      if (dt === undefined) throw new ValueError("Invalid data-type for array");
      return dt;
    });
  } else if (typeof signature === "string") items = [signature];
  else if (Array.isArray(signature)) items = signature;
  else throw new NumpyTypeError("the signature object to ufunc must be a string or a tuple.");
  if (items.length === 1) {
    if (items[0] == null) throw new NumpyTypeError("a single item type tuple cannot contain None.");
    throw new NumpyTypeError("Use `dtype` or  fill the tuple with more than one 'None'.");
  }
  if (items.length !== nargs) throw new ValueError(`a type-tuple must be specified of length ${nargs} for ufunc '${def.name}'`);
  return items.map((x) => (x == null ? null : x instanceof DType ? x : resolveDType(x as DTypeLike)));
}

/** The logical ufuncs: NumPy takes any input into their bool loop, under any casting rule. */
export const LOGICAL = new Set(["logical_and", "logical_or", "logical_xor"]);

/** NumPy's linear search over `loops` (see resolveLoop). */
function searchLoop(def: UfuncDef, loops: readonly DType[], strong: readonly DType[], weak: readonly WeakKind[], ordered?: readonly (DType | WeakKind | null)[]): DType {
  const common = resultType(strong, weak);
  if (def.intAsFloat && (common.kind === "b" || common.kind === "i" || common.kind === "u")) return FLOAT64;
  if (common === BOOL && !def.loops.includes("?")) {
    if (def.name === "subtract") {
      throw new NumpyTypeError(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
      );
    }
    if (def.name === "negative") {
      throw new NumpyTypeError(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
      );
    }
  }
  if (PROMOTION_ONLY.has(def.name)) {
    if (loops.includes(common)) return common;
    const types = (ordered ?? [...strong, ...weak]).map(dtypeClassName);
    const sig = types.length === 1 ? types[0]! : `(${types.join(", ")})`;
    throw new UFuncTypeError(`ufunc '${def.name}' did not contain a loop with signature matching types ${sig} -> None`);
  }
  // NumPy's logical promoter: inputs of different dtypes, or a Python scalar, meet in the bool loop.
  if (LOGICAL.has(def.name) && !(weak.length === 0 && strong.length === 2 && strong[0] === strong[1])) return BOOL;
  // A Python bool is not weak in NumPy: it is a strong bool input.
  const arrays = weak.includes("bool") ? [...strong, BOOL] : strong;
  const anyWeak = weak.some((k) => k !== "bool");
  for (const l of loops) {
    if (arrays.every((s) => canCast(s, l, "safe")) && (!anyWeak || canCast(common, l, "safe"))) return l;
  }
  return noLoop(def);
}
