/**
 * Ufunc objects, as in NumPy: callable (`np.add(a, b)`), with `nin`, `nout`, `nargs`,
 * `identity`, `types`, and the methods reduce, accumulate, outer, reduceat and at. A call
 * converts its inputs (JS numbers stay weak Python scalars), resolves the loop (resolve.ts),
 * broadcasts, allocates or checks `out`, applies `where`, runs the loop (execute.ts) and raises
 * the floating-point conditions under the current errstate.
 *
 * @example
 * np.add(np.array([1, 2]), 1)       // array([2, 3])
 * np.add.reduce(np.array([1, 2, 3])) // 6
 * np.multiply.outer([1, 2], [3, 4])
 */
import { isOptions } from "../core/args.js";
import { asArray } from "../api/creation.js";
import { scalarKind, type ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, complexOf, defaultDType, INT64, intRange, UINT64, resolveDType, type Casting, type DType, type DTypeLike, type WeakKind } from "../core/dtype.js";
import { NumpyTypeError, OverflowError, UFuncTypeError, ValueError } from "../core/errors.js";
import { emptyArray, layoutStrides, NDArray, type Order } from "../core/ndarray.js";
import { toStorage, type Scalar } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, cStrides, fStrides, isFContiguous, shapeText } from "../core/shape.js";
import { castUnderflow, copyCast, copyCastFlags } from "../kernels/ts/cast.js";
import { selectRuns } from "../kernels/ts/select.js";
import { UFUNCS, type UfuncDef, type UfuncName } from "./defs.js";
import { FPE_UNDERFLOW, raiseFPE, watchUnder } from "./errstate.js";
import { forEachRun } from "../core/iter.js";
import { warn } from "../core/warnings.js";
import { execute, type LoopOperand } from "./execute.js";
import { fastCall, scalarArray } from "./fast.js";
import { LOGICAL, outputDTypes, parseSignature, resolveLoop } from "./resolve.js";

/** Keyword options every ufunc call takes. */
export interface UfuncOptions {
  out?: NDArray | null | readonly (NDArray | null)[];
  where?: ArrayLike | boolean;
  dtype?: DTypeLike | null;
  casting?: Casting;
  order?: Order;
  subok?: boolean;
  signature?: unknown;
  /** NumPy's older spelling of `signature`. */
  sig?: unknown;
}

const OPTION_NAMES = new Set(["out", "where", "dtype", "casting", "order", "subok", "signature", "sig"]);

/** What a ufunc returns: an array, a JS scalar for 0-d results, or a pair for two outputs. */
export type UfuncResult = NDArray | Scalar;

/** One input after conversion: an array, or a weak Python scalar. */
interface Input {
  arr: NDArray | null;
  weak: WeakKind | null;
  value: Scalar;
}

function toInput(x: unknown): Input {
  const k = scalarKind(x);
  if (k !== null) return { arr: null, weak: k, value: x as Scalar };
  if (x instanceof NDArray) return { arr: x, weak: null, value: 0 };
  return { arr: asArray(x as ArrayLike), weak: null, value: 0 };
}


function operand(a: NDArray, shape: readonly number[], strides?: readonly number[]): LoopOperand {
  const st = strides ?? broadcastStrides(a.shape, a.strides, shape)!;
  const storage = a._storage;
  return { dt: a._dt, region: storage.region, ptr: a._ptr, strides: st, inHeap: storage.inHeap };
}

function sharesMemory(a: NDArray, b: NDArray): boolean {
  return a._storage === b._storage;
}

/**
 * The Ufunc object type: a function with NumPy's ufunc attributes and methods. `R` is what a call
 * returns: one result (an array, or a JS scalar for scalar or 0-d input) for the ufuncs with one
 * output, a list of them for divmod, frexp and modf.
 */
export interface Ufunc<R = UfuncResult | UfuncResult[]> {
  (...args: unknown[]): R;
  readonly nin: number;
  readonly nout: number;
  readonly nargs: number;
  readonly identity: number | boolean | null;
  /** The ufunc's NumPy name (`np.absolute.__name__` is "absolute", also for its alias np.abs). */
  readonly __name__: string;
  /** The generalized-ufunc core signature: null for elementwise ufuncs, as NumPy's None. */
  readonly signature: string | null;
  readonly ntypes: number;
  readonly types: string[];
  /** @internal */
  readonly def: UfuncDef;
  reduce(array: ArrayLike, ...rest: unknown[]): UfuncResult;
  accumulate(array: ArrayLike, ...rest: unknown[]): NDArray;
  reduceat(array: ArrayLike, indices: ArrayLike, ...rest: unknown[]): NDArray;
  outer(A: ArrayLike, B: ArrayLike, ...rest: unknown[]): UfuncResult;
  at(a: NDArray, indices: unknown, b?: ArrayLike): void;
  resolve_dtypes(dtypes: readonly unknown[], options?: { signature?: unknown; casting?: Casting | null; reduction?: boolean }): string[];
}

/**
 * The `where=` mask as a bool array: an array must be bool already (NumPy casts it with the
 * 'safe' rule), while JS values (Python lists and scalars) are converted.
 * @example whereMask([1, 0, 1]) // array([ True, False,  True])
 */
export function whereMask(where: unknown): NDArray {
  if (where instanceof NDArray) {
    if (where._dt !== BOOL) throw new NumpyTypeError(`Cannot cast array data from dtype('${where.dtype}') to dtype('bool') according to the rule 'safe'`);
    return where;
  }
  // None is a Python object NumPy casts to False.
  const w = asArray(where === null ? false : (where as ArrayLike));
  return w._dt === BOOL ? w : w.astype(BOOL);
}

/**
 * The shape a ufunc call iterates over: its inputs (and where mask) broadcast together, which
 * every output must be exactly; errors as NumPy's iterator words them (all shapes named).
 * @example ufuncShape([[2, 3], [3]], [], undefined) // [2, 3]
 */
export function ufuncShape(inputs: readonly (readonly number[])[], outs: readonly (readonly number[])[], where?: readonly number[]): number[] {
  let shape: number[];
  try {
    shape = broadcastShapes(...inputs, ...(where ? [where] : []), ...outs);
  } catch {
    throw new ValueError(`operands could not be broadcast together with shapes ${[...inputs, ...outs, ...(where ? [where] : [])].map(shapeText).join(" ")} `);
  }
  for (const o of outs) {
    if (o.length !== shape.length || o.some((d, i) => d !== shape[i])) {
      throw new ValueError(`non-broadcastable output operand with shape ${shapeText(o)} doesn't match the broadcast shape ${shapeText(shape)}`);
    }
  }
  return shape;
}

/** Splits a call's arguments into inputs, positional outs and options. */
function splitArgs(def: UfuncDef, args: readonly unknown[]): { inputs: unknown[]; opts: UfuncOptions; outs: (NDArray | null)[] | null } {
  let n = args.length;
  let opts: UfuncOptions = {};
  if (n > def.nin && isOptions(args[n - 1])) {
    opts = args[n - 1] as UfuncOptions;
    n--;
    for (const key of Object.keys(opts)) {
      if (!OPTION_NAMES.has(key)) throw new NumpyTypeError(`${def.name}() got an unexpected keyword argument '${key}'`);
    }
  }
  if (n < def.nin || n > def.nin + def.nout) {
    throw new NumpyTypeError(`${def.name}() takes from ${def.nin} to ${def.nin + def.nout} positional arguments but ${n} ${n === 1 ? "was" : "were"} given`);
  }
  let outs: (NDArray | null)[] | null = null;
  if (n > def.nin) {
    if (opts.out !== undefined) throw new NumpyTypeError("cannot specify 'out' as both a positional and keyword argument");
    outs = args.slice(def.nin, n) as (NDArray | null)[];
  } else if (opts.out != null) {
    if (def.nout > 1 && !Array.isArray(opts.out)) throw new NumpyTypeError("'out' must be a tuple of arrays");
    outs = Array.isArray(opts.out) ? [...(opts.out as (NDArray | null)[])] : [opts.out as NDArray];
    if (outs.length !== def.nout) throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
  }
  if (outs) {
    for (const o of outs) {
      if (o !== null && o !== undefined && !(o instanceof NDArray)) throw new NumpyTypeError("return arrays must be of ArrayType");
      o?._checkOut();
    }
  }
  return { inputs: args.slice(0, def.nin), opts, outs };
}

/** The output array of `np.add(a, b, out)` or `np.add(a, b, {out})` when that is all the call adds, else null. */
function soleOut(x: unknown): NDArray | null {
  if (x instanceof NDArray) return x;
  if (!isOptions(x)) return null;
  let out: unknown = null;
  for (const key in x) {
    if (key !== "out") return null;
    out = x[key];
  }
  if (Array.isArray(out) && out.length === 1) out = out[0];
  return out instanceof NDArray ? out : null;
}

/** While set, general-path calls add their floating-point conditions here instead of raising them. */
let collectedFPE: { flags: number } | null = null;

/**
 * Runs `fn` (general-path ufunc calls, such as ufunc.at's element calls) and returns the
 * floating-point conditions its calls met, unraised: NumPy reports them once, for the method.
 * @example const flags = collectFPE(() => callUfunc(def, [x, y, {out: x, casting: "unsafe"}])); raiseFPE(flags, "at");
 */
export function collectFPE(fn: () => void): number {
  const outer = collectedFPE;
  const box = { flags: 0 };
  collectedFPE = box;
  try {
    fn();
  } finally {
    collectedFPE = outer;
  }
  return box.flags;
}

/**
 * Calls the ufunc `name` keeping 0-d results as arrays (the library's own calls, which go on to
 * use array methods).
 * @example uf("add", a, 1) // an NDArray, even for 0-d a
 */
export function uf(name: UfuncName, ...args: unknown[]): NDArray {
  return callUfunc(UFUNCS[name], args, true) as NDArray;
}

/**
 * Calls a ufunc: NumPy's full calling convention (inputs, optional positional outs, and the
 * options out, where, dtype, casting, order).
 */
export function callUfunc(def: UfuncDef, args: readonly unknown[], keepArrays = false): UfuncResult | UfuncResult[] {
  if (def.nout === 1 && (args.length === def.nin || args.length === def.nin + 1) && !(watchUnder && UNDERFLOWS.has(def.name))) {
    const into = args.length === def.nin ? undefined : soleOut(args[def.nin]);
    if (into !== null) {
      const r = fastCall(def, args, keepArrays, into);
      if (r !== undefined) return r;
    }
  }
  const split = splitArgs(def, args);
  const { inputs: raw, outs } = split;
  let opts = split.opts;
  const inputs = raw.map(toInput);
  const casting = opts.casting ?? "same_kind";
  if (!["no", "equiv", "safe", "same_kind", "unsafe"].includes(casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`);
  }
  const strong: DType[] = [];
  const weak: WeakKind[] = [];
  for (const x of inputs) {
    if (x.arr) strong.push(x.arr._dt);
    else weak.push(x.weak!);
  }
  if (opts.sig !== undefined) {
    if (opts.signature !== undefined) throw new NumpyTypeError("cannot specify both 'sig' and 'signature'");
    opts = { ...opts, signature: opts.sig };
  }
  if (opts.dtype != null && opts.signature != null) throw new NumpyTypeError("cannot specify both 'signature' and 'dtype'");
  const dtypeArg = opts.dtype == null ? undefined : resolveDType(opts.dtype);
  const fixed = dtypeArg ?? (opts.signature == null ? undefined : parseSignature(def, opts.signature));
  if (fixed === undefined && !outs && (opts.where === undefined || opts.where === true)) {
    const exact = mixedSignComparison(def, inputs);
    if (exact) return exact.ndim === 0 && !keepArrays ? (exact._scalar() as Scalar) : exact;
  }
  // ldexp-style ufuncs: the loop follows the first input; the others have fixed types.
  let loop = def.inputs
    ? resolveLoop(def, inputs[0]!.arr ? [inputs[0]!.arr._dt] : [], inputs[0]!.arr ? [] : [inputs[0]!.weak!], fixed)
    : resolveLoop(def, strong, weak, fixed, inputs.map((x) => (x.arr ? x.arr._dt : x.weak!)));
  const inTypes = def.inputs?.(loop);
  if (inTypes) for (let k = 1; k < inputs.length; k++) checkFixedTypeInput(def, inputs[k]!, inTypes[k]!);
  if (fixed === undefined) {
    const exact = outOfRangeComparison(def, loop, inputs, args, keepArrays);
    if (exact !== undefined) return exact;
  }
  loop = logicalWidening(def, loop, inputs);
  const outDts = outputDTypes(def, loop);

  // Broadcast the array inputs (and where), then check the outputs against the result shape.
  const shapes = inputs.map((x) => (x.arr ? x.arr.shape : []));
  if (opts.order !== undefined && !["C", "F", "A", "K"].includes(opts.order)) {
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(opts.order)}')`);
  }
  const where = opts.where === undefined || opts.where === true ? null : whereMask(opts.where);
  // NumPy 2 leaves masked-out elements of a fresh output unwritten, and says so.
  if (where && opts.out === undefined && (outs === null || outs.every((o) => o == null))) {
    warn("'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.", "UserWarning");
  }
  const outShapes = outs?.map((o) => o?.shape).filter((s): s is readonly number[] => s !== undefined) ?? [];
  const shape = ufuncShape(shapes, outShapes, where?.shape);

  // Python ints must fit the loop dtype: NumPy converts them before it checks any cast.
  inputs.forEach((x, k) => {
    const want = inTypes?.[k] ?? loop;
    if (x.weak === "int" && (want.kind === "i" || want.kind === "u")) toStorage(x.value, want);
  });
  // Inputs in the loop dtype.
  const loopIns = inputs.map((x, k) => {
    const want = inTypes?.[k] ?? loop;
    if (!x.arr) {
      if (fixed !== undefined && inTypes === undefined) checkWeakCast(def, k, x.weak!, want, casting);
      return scalarArray(x.value, want);
    }
    let a = x.arr;
    if (a._dt === want) return a;
    if (inTypes !== undefined) a = fixedTypeInput(a, want);
    if (inTypes === undefined && !canCast(a._dt, loop, casting) && !(loop === BOOL && LOGICAL.has(def.name))) {
      throw new UFuncTypeError(`Cannot cast ufunc '${def.name}' input${def.nin === 1 ? "" : ` ${k}`} from dtype('${a.dtype}') to dtype('${loop.name}') with casting rule '${casting}'`);
    }
    const c = emptyArray(want, a.shape, layoutStrides(a.shape, a.strides, want.itemsize, "K"));
    // NumPy reports an input cast's conditions as the cast's ("invalid value encountered in cast").
    copyCast(a.shape, c._operand(), a._operand(), true);
    return c;
  });
  if (def.name === "power" && (loop.kind === "i" || loop.kind === "u")) checkNegativePower(loopIns[1]!, shape, where);

  // Outputs: the caller's (written directly when the dtype matches and no input overlaps it in
  // another layout), else fresh arrays.
  const layoutOf = outputLayout(shape, inputs, opts.order ?? "K");
  const finals: (NDArray | null)[] = outs ?? new Array(def.nout).fill(null);
  const targets = outDts.map((dt, j) => {
    const o = finals[j];
    if (o) {
      if (!canCast(dt, o._dt, casting)) {
        throw new UFuncTypeError(`Cannot cast ufunc '${def.name}' output from dtype('${dt.name}') to dtype('${o.dtype}') with casting rule '${casting}'`);
      }
      const overlap = loopIns.some((a) => sharesMemory(a, o) && !(a._ptr === o._ptr && sameStrides(a, o)));
      if (o._dt === dt && !where && !overlap) return o;
    }
    const strides = layoutOf(dt.itemsize);
    return emptyArray(dt, shape, strides);
  });

  // NumPy 2's float power loop takes an exponent of 0.5 broadcast over the base as sqrt
  // ((-0) ** 0.5 is -0); warnings still name power.
  const sqrtPower = def.name === "power" && loop.kind === "f" && loopIns[1]!.size === 1 && loopIns[1]!.item() === 0.5;
  let flags = execute(
    sqrtPower ? UFUNCS.sqrt : def,
    loop,
    shape,
    targets.map((t) => operand(t, shape, t.strides)),
    (sqrtPower ? loopIns.slice(0, 1) : loopIns).map((a) => operand(a, shape)),
  );

  if (watchUnder && loop.kind === "f" && UNDERFLOWS.has(def.name)) flags |= underflowFlags(def, loop, shape, targets[0]!, loopIns);
  // The loop ran over every element; NumPy's conditions are those of the elements `where` selects.
  if (where && flags) flags = selectedFlags(def, loop, shape, outDts, sqrtPower ? loopIns.slice(0, 1) : loopIns, where, sqrtPower);

  // Copy into the caller's outputs where the loop could not write them directly.
  let castConds = 0;
  const results = targets.map((t, j) => {
    const o = finals[j];
    if (!o || o === t) return o ?? t;
    if (where) {
      maskedCopy(o, t, where, shape);
    } else {
      // An output cast's conditions are the ufunc's ("overflow encountered in add"), as NumPy's.
      flags |= copyCastFlags(shape, o._operand(), t._operand(), true);
    }
    // Underflow of the cast to out's dtype (the copy above reports invalid and overflow) is
    // looked for only while np.errstate watches it. Masked-out elements are not cast.
    if (watchUnder && o._dt !== t._dt && !where && castUnderflow(shape, t._operand(), o._dt)) castConds |= FPE_UNDERFLOW;
    return o;
  });
  if (flags || castConds) {
    if (collectedFPE) collectedFPE.flags |= flags | castConds;
    else raiseFPE(flags | castConds, def.name);
  }
  // A 0-d result is a JS scalar; int64/uint64 beyond +-2^53 stay exact as bigints (API.md "Numbers").
  const ret = results.map((r) => (r.ndim === 0 && !outs && !keepArrays ? (r._scalar() as Scalar) : r));
  return def.nout === 1 ? ret[0]! : ret;
}

/**
 * The memory layout of a call's new outputs, as NumPy's `order=`: "C" and "F" as named; "A" is
 * F when every full-dimensional array input is F-contiguous, else C; "K" (the default) is the
 * axis order NumPy's iterator picks from the inputs (npyiter_find_best_axis_ordering).
 * @example outputLayout([2, 3], [fortranInput], "K")(8) // [8, 16]
 */
function outputLayout(shape: readonly number[], inputs: readonly Input[], order: Order): (itemsize: number) => number[] {
  const full = inputs.flatMap((x) => (x.arr && x.arr.ndim === shape.length ? [x.arr] : []));
  if (order === "F" || (order === "A" && full.length > 0 && full.every((a) => isFContiguous(a.shape, a.strides, a.itemsize)))) {
    return (it) => fStrides(shape, it);
  }
  const arrays = inputs.flatMap((x) => (x.arr ? [x.arr] : []));
  if (order !== "K" || arrays.length === 0) return (it) => cStrides(shape, it);
  // NumPy's trivial loop: inputs of the output's shape, all F-contiguous, give an F-order output.
  if (arrays.every((a) => a.ndim === shape.length && a.shape.every((d, i) => d === shape[i]) && isFContiguous(a.shape, a.strides, a.itemsize))) {
    if (!arrays.every((a) => a._contiguous)) return (it) => fStrides(shape, it);
  }
  const perm = bestAxisOrder(shape, arrays);
  return (it) => {
    const out = new Array<number>(shape.length);
    let step = it;
    for (const ax of perm) {
      out[ax] = step;
      step *= Math.max(shape[ax]!, 1);
    }
    return out;
  };
}

/**
 * NumPy's npyiter_find_best_axis_ordering: the axes from innermost to outermost, by insertion
 * from C order, an axis moving inward past another only when every operand with nonzero strides
 * on both (a broadcast axis has none) has the larger |stride| on it.
 */
function bestAxisOrder(shape: readonly number[], arrays: readonly NDArray[]): number[] {
  const nd = shape.length;
  const stride = (a: NDArray, ax: number): number => {
    const k = ax - (nd - a.ndim);
    return k < 0 || (a.shape[k] === 1 && shape[ax] !== 1) ? 0 : Math.abs(a.strides[k]!);
  };
  const perm = Array.from({ length: nd }, (_, i) => nd - 1 - i);
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    let pos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambiguous = true;
      let swap = false;
      for (const a of arrays) {
        const s0 = stride(a, j0);
        const s1 = stride(a, j1);
        if (s0 === 0 || s1 === 0) continue;
        if (s1 <= s0) swap = false;
        else if (ambiguous) swap = true;
        ambiguous = false;
      }
      if (ambiguous) continue;
      if (!swap) break;
      pos = i1;
    }
    if (pos !== i0) {
      perm.splice(i0, 1);
      perm.splice(pos, 0, j0);
    }
  }
  return perm;
}

function sameStrides(a: NDArray, b: NDArray): boolean {
  return a.strides.length === b.strides.length && a.strides.every((s, i) => s === b.strides[i]);
}

/**
 * The floating-point conditions of a loop over only the elements the (broadcast) mask selects:
 * the selected inputs are gathered and the loop run again on them (only when the full run
 * raised a condition, so the common case pays nothing).
 */
function selectedFlags(def: UfuncDef, loop: DType, shape: readonly number[], outDts: readonly DType[], ins: readonly NDArray[], where: NDArray, sqrtPower: boolean): number {
  const view = (a: NDArray) => a._view(shape, broadcastStrides(a.shape, a.strides, shape)!, a._ptr);
  const mask = view(where.astype("bool"));
  const picked = ins.map((a) => view(a).get(mask) as NDArray);
  const n = picked[0]?.size ?? 0;
  if (n === 0) return 0;
  const outs = outDts.map((dt) => emptyArray(dt, [n]));
  return execute(sqrtPower ? UFUNCS.sqrt : def, loop, [n], outs.map((t) => operand(t, [n])), picked.map((a) => operand(a, [n])));
}

/** Copies src into dst (of `shape`) where the (broadcast) mask is true, casting to dst's dtype. */
export function maskedCopy(dst: NDArray, src: NDArray, where: NDArray, shape: readonly number[]): void {
  const m = where._dt === BOOL ? where : where.astype("bool");
  const ms = broadcastStrides(m.shape, m.strides, shape);
  if (!ms) throw new ValueError(`could not broadcast where mask from shape ${shapeText(m.shape)} into shape ${shapeText(shape)}`);
  const values = src._dt === dst._dt ? src : src.astype(dst._dt);
  const vs = broadcastStrides(values.shape, values.strides, shape)!;
  selectRuns(shape, dst._operand(), { ...m._operand(), strides: ms }, { ...values._operand(), strides: vs }, dst._operand());
}

/**
 * A Python scalar input cast to a loop forced by `dtype=`: NumPy lets an int go to any number
 * loop and a float to any inexact one; other casts need casting='unsafe', and the message
 * names the scalar's dtype for that loop: its default, but a complex of the loop's precision
 * for a float loop (np.add(int_array, 1.5, dtype="int32") names float64,
 * np.add(int_array, 1j, dtype="float32") complex64).
 */
function checkWeakCast(def: UfuncDef, k: number, weak: WeakKind, loop: DType, casting: Casting): void {
  if (casting === "unsafe" || weak === "bool") return;
  const ok = loop.kind === "c" || (loop.kind === "f" && weak !== "complex") || ((loop.kind === "i" || loop.kind === "u") && weak === "int");
  if (ok) return;
  const from = weak === "complex" && loop.kind === "f" ? complexOf(loop).name : defaultDType(weak).name;
  throw new UFuncTypeError(`Cannot cast ufunc '${def.name}' input${def.nin === 1 ? "" : ` ${k}`} from dtype('${from}') to dtype('${loop.name}') with casting rule '${casting}'`);
}

/**
 * ldexp's exponent: NumPy has int32 and int64 exponent loops, so an integer (or bool) array
 * that casts safely to int64, or a Python int, is accepted; floats and uint64 find no loop.
 */
function checkFixedTypeInput(def: UfuncDef, x: Input, want: DType): void {
  if (want.kind !== "i") return;
  const ok = x.arr ? (x.arr._dt.kind === "b" || x.arr._dt.kind === "i" || x.arr._dt.kind === "u") && canCast(x.arr._dt, INT64, "safe") : x.weak === "int" || x.weak === "bool";
  if (!ok) {
    throw new NumpyTypeError(
      `ufunc '${def.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
    );
  }
}

/**
 * An int64 or uint32 exponent for the int32 exponent loop: clamped to int32's range (NumPy's
 * int64 loop gives the same inf or 0 there), so the cast cannot wrap 2**40 to 0.
 */
function fixedTypeInput(a: NDArray, want: DType): NDArray {
  if (want.kind !== "i" || canCast(a._dt, want, "safe")) return a;
  let c = callUfunc(UFUNCS.minimum, [a, 2 ** (8 * want.itemsize - 1) - 1], true) as NDArray;
  if (a._dt.kind === "i") c = callUfunc(UFUNCS.maximum, [c, -(2 ** (8 * want.itemsize - 1))], true) as NDArray;
  return c;
}

/** x op y where x is a negative signed int and y a uint64 (the other order mirrored). */
const NEGATIVE_VS_UNSIGNED: Record<string, boolean> = {
  equal: false,
  not_equal: true,
  less: true,
  less_equal: true,
  greater: false,
  greater_equal: false,
};

/**
 * Comparisons of uint64 with signed integer arrays, exactly, as NumPy 2's mixed "qQ->?" loops
 * do (no float64 rounding: uint64 2**53 + 1 != int64 2**53): a negative signed value decides
 * the result, the others compare as uint64. Undefined when the call is not such a comparison.
 */
function mixedSignComparison(def: UfuncDef, inputs: readonly Input[]): NDArray | undefined {
  if (!(def.name in NEGATIVE_VS_UNSIGNED) || inputs.length !== 2) return undefined;
  const [x, y] = inputs.map((i) => i.arr);
  if (!x || !y) return undefined;
  const ux = x._dt === UINT64 && y._dt.kind === "i";
  const uy = y._dt === UINT64 && x._dt.kind === "i";
  if (!ux && !uy) return undefined;
  const s = ux ? y : x;
  const neg = callUfunc(UFUNCS.less, [s, 0], true) as NDArray;
  const sU = (callUfunc(UFUNCS.maximum, [s, 0], true) as NDArray).astype(UINT64);
  const core = callUfunc(def, ux ? [x, sU] : [sU, y], true) as NDArray;
  // With the signed value negative: s op u is NEGATIVE_VS_UNSIGNED; u op s is its mirror.
  const sFirst = NEGATIVE_VS_UNSIGNED[def.name]!;
  const symmetric = def.name === "equal" || def.name === "not_equal";
  const negResult = ux && !symmetric ? !sFirst : sFirst;
  return negResult
    ? (callUfunc(UFUNCS.logical_or, [core, neg], true) as NDArray)
    : (callUfunc(UFUNCS.logical_and, [core, callUfunc(UFUNCS.logical_not, [neg], true)], true) as NDArray);
}

/** The JS meaning of each comparison ufunc, for Python ints beyond every array value. */
const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  equal: (a, b) => a === b,
  not_equal: (a, b) => a !== b,
  less: (a, b) => a < b,
  less_equal: (a, b) => a <= b,
  greater: (a, b) => a > b,
  greater_equal: (a, b) => a >= b,
};

/**
 * NumPy 2 compares integer arrays with Python ints beyond the loop's range exactly: the outcome
 * is the same for every element (uint8 < 300 is True, uint64 == 2**64 is False, int64 < 2**63
 * is True). Such a call is redone as the comparison with the range's nearer end that has this
 * outcome (x < 2**64 as x <= max(uint64)), so out= and where= behave as usual. Undefined when
 * the call is not such a comparison; bool arrays are not integers here (NumPy raises).
 */
function outOfRangeComparison(def: UfuncDef, loop: DType, inputs: readonly Input[], args: readonly unknown[], keepArrays: boolean): UfuncResult | undefined {
  const compare = COMPARE[def.name];
  if (compare === undefined || !(loop.kind === "i" || loop.kind === "u")) return undefined;
  if (!inputs.some((x) => x.arr && (x.arr._dt.kind === "i" || x.arr._dt.kind === "u"))) return undefined;
  const k = inputs.findIndex((x) => !x.arr && x.weak === "int" && !fitsInt(x.value as number | bigint, loop));
  if (k < 0) return undefined;
  const above = (inputs[k]!.value as number | bigint) > 0;
  const v = above ? Infinity : -Infinity;
  const outcome = k === 0 ? compare(v, 0) : compare(0, v);
  // With the bound at position k: "<=" / ">=" hold for every value of the dtype, ">" / "<" for none.
  const boundRight = (k === 1) === above;
  const op = outcome ? (boundRight ? "less_equal" : "greater_equal") : boundRight ? "greater" : "less";
  const [lo, hi] = intRange(loop);
  const redone = [...args];
  redone[k] = above ? hi : lo;
  return callUfunc(UFUNCS[op], redone, keepArrays) as UfuncResult;
}

/** Whether a Python int fits an integer dtype. */
function fitsInt(v: number | bigint, dt: DType): boolean {
  const [lo, hi] = intRange(dt);
  const b = typeof v === "bigint" ? v : BigInt(v);
  return b >= lo && b <= hi;
}

/**
 * logical_and/or/xor take a Python int's truth value, which NumPy reads as a C long: an int
 * beyond int64 is an OverflowError whatever the array's dtype. Within int64, an int out of an
 * integer loop's range (logical_and(uint8 array, -1)) widens the loop to int64.
 */
function logicalWidening(def: UfuncDef, loop: DType, inputs: readonly Input[]): DType {
  if (!def.name.startsWith("logical")) return loop;
  for (const x of inputs) {
    if (x.arr || x.weak !== "int") continue;
    const v = x.value as number | bigint;
    if (!fitsInt(v, INT64)) throw new OverflowError("Python int too large to convert to C long");
    if ((loop.kind === "i" || loop.kind === "u") && !fitsInt(v, loop)) return INT64;
  }
  return loop;
}

/**
 * NumPy's integer power loops refuse negative exponents (a ValueError for the whole call).
 * @example checkNegativePower(np.array([2, -1])) // throws
 */
export function checkNegativePower(exponent: NDArray, shape?: readonly number[], where?: NDArray | null): void {
  if (exponent._dt.kind !== "i") return;
  // NumPy's loop checks the elements it computes: none of an empty result, only where= selects.
  if (shape !== undefined && shape.reduce((p, d) => p * d, 1) === 0) return;
  if (where) {
    const neg = callUfunc(UFUNCS.logical_and, [callUfunc(UFUNCS.less, [exponent, 0], true), where], true) as NDArray;
    for (const v of neg.ravel()) if (v) throw new ValueError("Integers to negative integer powers are not allowed.");
    return;
  }
  // Every element, whatever the exponent's dimensions (a 0-d array has no first axis to iterate).
  for (const v of exponent.ravel()) {
    if ((v as number) < 0) throw new ValueError("Integers to negative integer powers are not allowed.");
  }
}

/** The ufuncs whose float results ndts checks for underflow (while errstate watches it). */
const UNDERFLOWS = new Set(["multiply", "divide", "square", "reciprocal", "power", "float_power", "ldexp", "exp", "exp2", "nextafter", "divmod"]);

/**
 * NumPy's underflow condition (a result below the smallest normal that is not exact), which the
 * kernels do not report: looked for in a float loop's results while the "under" mode is not
 * "ignore". Products, quotients and ldexp are checked for exactness by undoing them; exp, exp2
 * and powers of a base other than 0 and 1 underflow whenever the result is that small;
 * nextafter whenever it steps into that range.
 * @example np.errstate({under: "raise"}, () => np.multiply(1e-200, 1e-200)) // throws "underflow encountered in multiply"
 */
function underflowFlags(def: UfuncDef, loop: DType, shape: readonly number[], out: NDArray, ins: readonly NDArray[]): number {
  const tiny = loop.itemsize === 4 ? 2 ** -126 : 2 ** -1022;
  const round = loop.itemsize === 4 ? Math.fround : (v: number) => v;
  const ops = [operand(out, shape, out.strides), ...ins.map((a) => operand(a, shape))];
  const views = ops.map((o) => o.region.view(o.dt) as unknown as number[]);
  const shifts = ops.map((o) => o.dt.shift);
  const name = def.name;
  const inexactProduct = (x: number, y: number): boolean => {
    if (x === 0 || y === 0) return false;
    const r = round(x * y);
    return Math.abs(r) < tiny && (r === 0 || r / y !== x || r / x !== y);
  };
  const inexactQuotient = (x: number, y: number): boolean => {
    if (x === 0) return false;
    const r = round(x / y);
    return Math.abs(r) < tiny && (r === 0 || r * y !== x);
  };
  let found = false;
  forEachRun(shape, ops.map((o) => o.ptr), ops.map((o) => o.strides), (p, st, n) => {
    if (found) return;
    for (let k = 0; k < n; k++) {
      const at = (j: number) => Number(views[j]![(p[j]! + k * st[j]!) >> shifts[j]!]!);
      const r = at(0);
      if (!(Math.abs(r) < tiny) && name !== "divmod") continue;
      const x = at(1);
      const y = ops.length > 2 ? at(2) : 0;
      if (x - x !== 0 || y - y !== 0) continue; // non-finite inputs are exact cases
      let under: boolean;
      if (name === "multiply") under = inexactProduct(x, y);
      else if (name === "square") under = inexactProduct(x, x);
      else if (name === "divide" || name === "divmod") under = y !== 0 && inexactQuotient(x, y);
      else if (name === "reciprocal") under = inexactQuotient(1, x);
      else if (name === "ldexp") {
        let t = r;
        for (let e = -y; e !== 0; ) {
          const step = Math.max(-1000, Math.min(1000, e));
          t *= 2 ** step;
          e -= step;
        }
        under = x !== 0 && (r === 0 || t !== x);
      } else if (name === "power" || name === "float_power") under = x !== 0 && x !== 1 && Math.abs(x) !== 1;
      else if (name === "nextafter") under = x !== y;
      else under = true; // exp, exp2 of a finite argument
      if (under) {
        found = true;
        return;
      }
    }
  });
  return found ? FPE_UNDERFLOW : 0;
}
