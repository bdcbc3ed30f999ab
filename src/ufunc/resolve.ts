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
  type DType,
  type WeakKind,
} from "../core/dtype.js";
import { NumpyTypeError } from "../core/errors.js";
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
    default:
      return def.nout === 2 ? [loop, loop] : [loop];
  }
}

function noLoop(def: UfuncDef): never {
  throw new NumpyTypeError(
    `ufunc '${def.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

/**
 * The loop dtype for inputs of these strong dtypes and weak scalar kinds; `dtype` (the
 * `dtype=` argument) forces the loop.
 */
export function resolveLoop(def: UfuncDef, strong: readonly DType[], weak: readonly WeakKind[], dtype?: DType): DType {
  const loops = loopDTypes(def);
  if (dtype !== undefined) {
    const forced = def.out === "bool" ? resultType(strong, weak) : dtype;
    for (const l of loops) if (canCast(forced, l, "safe") && (def.out !== "same" || l === forced || canCast(l, forced, "safe"))) return l;
    noLoop(def);
  }
  let common = resultType(strong, weak);
  if (def.intAsFloat && (common.kind === "b" || common.kind === "i" || common.kind === "u")) common = FLOAT64;
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
  for (const l of loops) if (canCast(common, l, "safe")) return l;
  return noLoop(def);
}
