/**
 * The ufunc methods beside reduce (./reduce.ts): accumulate, reduceat, outer, at (unbuffered, in
 * place, NumPy's indexed loops) and resolve_dtypes.
 *
 * @example
 * np.maximum.accumulate([1, 3, 2])            // array([1, 3, 3])
 * np.add.reduceat(np.arange(8), [0, 4, 1, 5]) // array([ 6,  4, 10, 18])
 */
import { bindArgs, isOptions } from "../core/args.js";
import { asArray } from "../api/creation.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, DType, INT64, resolveDType, type Casting, type DTypeLike, type DTypeName, type WeakKind } from "../core/dtype.js";
import { IndexError, NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import { forEachRun } from "../core/iter.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { IndexItem } from "../core/indexing.js";
import { toStorage, type Scalar } from "../core/scalar.js";
import { broadcastStrides, shapeSize, shapeText } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import * as Cx from "../kernels/ts/complex.js";
import { UFUNCS, type UfuncDef } from "./defs.js";
import { FPE_DIVIDE, FPE_INVALID, raiseFPE } from "./errstate.js";
import { classify, elementFn } from "./execute.js";
import { KERNEL_CODE, outputDTypes, parseSignature, resolveLoop } from "./resolve.js";
import { scalarKind } from "../core/coerce.js";
import { kernels } from "../storage/heap.js";
import { callUfunc, checkNegativePower, collectFPE, type UfuncResult } from "./ufunc.js";
import { DIVISIONS, castTo, checkPositional, combiner, fillAcc, methodOut, reduce, reduceDType, reductionDType, reductionLoop, reportFPE, singleAxis } from "./reduce.js";

/**
 * ufunc.accumulate along `axis` in place on `res` (C-contiguous) with the <op>_accum kernels:
 * row after row when axes follow `axis` (a whole row per vector loop), else run by run. Returns
 * the kernels' non-finite flag, or null when no kernel applies (complex, small arrays outside
 * the heap, ufuncs without one).
 */
function accumulateInPlace(def: UfuncDef, loop: DType, res: NDArray, axis: number): number | null {
  if (!res._storage.inHeap || def.kernel === null || res.size === 0) return null;
  const code = KERNEL_CODE[loop.id]!;
  const n = res.shape[axis]!;
  const outer = shapeSize(res.shape.slice(0, axis));
  const inner = shapeSize(res.shape.slice(axis + 1));
  const step = inner * loop.itemsize;
  type Kernel = (...a: number[]) => number;
  if (inner > 1) {
    const rows = kernels[`${def.kernel}_accum_rows_${code}`] as Kernel | undefined;
    return rows ? rows(res._ptr, step, n, inner, outer, n * step) : null;
  }
  const runs = kernels[`${def.kernel}_accum_${code}`] as Kernel | undefined;
  return runs ? runs(res._ptr, step, n, n * step, outer) : null;
}

/**
 * `ufunc.accumulate(array, axis=0, dtype=None, out=None)`: running results along an axis.
 */
export function accumulate(def: UfuncDef, array: ArrayLike, rest: readonly unknown[]): NDArray {
  if (def.nin !== 2) throw new ValueError("accumulate only supported for binary functions");
  if (def.nout !== 1) throw new ValueError("accumulate only supported for functions returning a single value");
  checkPositional("accumulate", 1, 4, [array], rest);
  const [axisArg, dtypeArg, outArg] = bindArgs("accumulate", ["axis", "dtype", "out"], rest) as [
    number | readonly number[] | null | undefined,
    DTypeLike | null | undefined,
    unknown,
  ];
  const out = methodOut(outArg);
  const a = asArray(array);
  if (a.ndim === 0) throw new NumpyTypeError("cannot accumulate on a scalar");
  const axis = singleAxis("accumulate", axisArg, a.ndim);
  out?._checkOut();
  const dtype = reductionDType(def, a._dt, dtypeArg, out);
  const loop = reductionLoop(def, dtype, dtypeArg != null);
  // NumPy's one-dimensional accumulation without casts checks out itself; the rest goes
  // through its iterator.
  if (out && a.ndim === 1 && a._dt === loop && out._dt === loop && (out.ndim !== 1 || out.shape[0] !== a.shape[0])) {
    throw new ValueError("provided out is the wrong size for the accumulation.");
  }
  const target = out ? iterOut(out, a.shape, `${shapeText(a.shape)}->${shapeText(a.shape)}`) : null;
  const res = castTo(a, loop);
  const n = a.shape[axis]!;
  if (def.name === "power" && n > 1) {
    const shape = res.shape.slice();
    shape[axis]! -= 1;
    checkNegativePower(res._view(shape, res.strides, res._ptr + res.strides[axis]!));
  }
  const f = combiner(def, loop);
  const view = res._storage.region.view(loop) as unknown as (number | bigint)[];
  const sh = loop.shift;
  const step = res.strides[axis]! >> sh;
  const otherShape = res.shape.map((d, i) => (i === axis ? 1 : d));
  const complex = loop.kind === "c";
  const flag = accumulateInPlace(def, loop, res, axis);
  if (flag === null) forEachRun(otherShape, [res._ptr], [res.strides], (p, st, m) => {
    for (let j = 0; j < m; j++) {
      let i = (p[0]! + j * st[0]!) >> sh;
      for (let k = 1; k < n; k++, i += step) {
        if (complex) {
          view[i + step] = (f as unknown as (a: number, b: number, c: number, d: number) => number)(
            view[i] as number,
            view[i + 1] as number,
            view[i + step] as number,
            view[i + step + 1] as number,
          );
          view[i + step + 1] = Cx.im;
        } else {
          const r = (f as (x: number | bigint, y: number | bigint) => number | bigint)(view[i]!, view[i + step]!);
          view[i + step] = loop === BOOL ? (r ? 1 : 0) : r;
        }
      }
    }
  });
  if (flag !== 0 || DIVISIONS.has(def.name)) {
    const shape = a.shape.slice();
    shape[axis] = Math.max(0, n - 1);
    reportFPE(def, a, a._view(shape, a.strides, a._ptr + (n > 1 ? a.strides[axis]! : 0)), res, "accumulate", null, n > 1);
  }
  if (target) {
    copyCast(res.shape, target._operand(), res._operand());
    return out!;
  }
  return res;
}

/**
 * The view of an accumulate or reduceat `out` that the result (of `shape`) is written to, with
 * NumPy's iterator checks and messages: out is seen through its first len(shape) axes (further
 * axes are ignored, as NumPy's op_axes do), fewer axes are an invalid op_axes entry, a size
 * that differs is a broadcast error, and a length-1 axis that would broadcast is refused.
 * `others` is the remapped text of the other operands, for the broadcast message.
 * @example iterOut(np.zeros(3), [4], "(4,)->(4,)") // throws "... (3,)->(3,) (4,)->(4,) "
 */
function iterOut(out: NDArray, shape: readonly number[], others: string): NDArray {
  const nd = shape.length;
  if (out.ndim < nd) {
    const k = nd - 1 - out.ndim;
    throw new ValueError(`Iterator input op_axes[0][${k}] (==${out.ndim}) is not a valid axis of op[0], which has ${out.ndim} dimensions `);
  }
  const seen = out.shape.slice(0, nd);
  if (seen.some((d, i) => d !== shape[i] && d !== 1)) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.shape)}->${shapeText(seen)} ${others} `);
  }
  if (seen.some((d, i) => d !== shape[i])) {
    throw new ValueError(
      `non-broadcastable output operand with shape ${shapeText(out.shape)} [remapped to ${shapeText(seen.slice().reverse())}] doesn't match the broadcast shape ${shapeText(shape)}`,
    );
  }
  return out.ndim === nd ? out : out._view(seen, out.strides.slice(0, nd), out._ptr);
}

/**
 * `ufunc.outer(A, B, **kwargs)`: f applied to every pair, result shape A.shape + B.shape; the
 * options are the ufunc call's (out, where, dtype, casting, ...).
 * @example np.multiply.outer([1, 2], [3, 4, 5]).shape // [2, 3]
 */
export function outer(def: UfuncDef, A: ArrayLike, B: ArrayLike, rest: readonly unknown[]): UfuncResult {
  if (def.nin !== 2) throw new ValueError("outer product only supported for binary functions");
  if (A === undefined || B === undefined || isOptions(B) || rest.length > 1 || (rest.length === 1 && !isOptions(rest[0]))) {
    throw new NumpyTypeError("exactly two arguments expected");
  }
  const a = asArray(A);
  const b = asArray(B);
  const av = a._view([...a.shape, ...new Array<number>(b.ndim).fill(1)], [...a.strides, ...new Array<number>(b.ndim).fill(0)], a._ptr);
  return callUfunc(def, [av, b, ...rest]) as UfuncResult;
}

/**
 * reduceat's indices as NumPy converts them to intp: a JS list element by element (floats
 * truncate, as Python's int()), an array by the 'safe' cast; exactly one dimension.
 * @example reduceatIndices([0, 4.5]) // [0, 4]
 */
function reduceatIndices(indices: ArrayLike): number[] {
  const ia = asArray(indices);
  if (ia.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (ia.ndim > 1) {
    if (indices instanceof NDArray) throw new ValueError("object too deep for desired array");
    throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  }
  if (indices instanceof NDArray && !(ia._dt.kind === "b" || ia._dt.kind === "i" || (ia._dt.kind === "u" && !ia._dt.big))) {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${ia.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (ia._dt.kind === "c") throw new NumpyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  return (ia.tolist() as unknown[]).map((v) => Math.trunc(Number(v)));
}

/**
 * `ufunc.reduceat(array, indices, axis=0, dtype=None, out=None)`: for each i, the reduction of
 * array[indices[i]:indices[i+1]] along axis (the last index runs to the end; an index not
 * below the next gives array[indices[i]] alone).
 * @example np.add.reduceat(np.arange(8), [0, 4, 1, 5]) // array([ 6,  4, 10, 18])
 */
export function reduceat(def: UfuncDef, array: ArrayLike, indices: ArrayLike, rest: readonly unknown[]): NDArray {
  if (def.nin !== 2) throw new ValueError("reduceat only supported for binary functions");
  if (def.nout !== 1) throw new ValueError("reduceat only supported for functions returning a single value");
  checkPositional("reduceat", 2, 5, [array, indices], rest);
  const [axisArg, dtypeArg, outArg] = bindArgs("reduceat", ["axis", "dtype", "out"], rest) as [
    number | readonly number[] | null | undefined,
    DTypeLike | null | undefined,
    unknown,
  ];
  const out = methodOut(outArg);
  const a = asArray(array);
  if (a.ndim === 0) throw new NumpyTypeError("cannot reduceat on a scalar");
  const axis = singleAxis("reduceat", axisArg, a.ndim);
  out?._checkOut();
  const idx = reduceatIndices(indices);
  const n = a.shape[axis]!;
  for (const i of idx) if (i < 0 || i >= n) throw new IndexError(`index ${i} out-of-bounds in ${def.name}.reduceat [0, ${n})`);
  const outShape = a.shape.slice();
  outShape[axis] = idx.length;
  let target: NDArray | null = null;
  if (out) {
    // NumPy's message names the input with the axis as newaxis and the indices on the axis.
    const inRemap = a.shape.map((d, i) => (i === axis ? "newaxis" : String(d)));
    const idxRemap = a.shape.map((_, i) => (i === axis ? String(idx.length) : "newaxis"));
    const text = (dims: string[]) => {
      while (dims[0] === "newaxis") dims.shift();
      return `(${dims.join(",")}${a.ndim === 1 && dims.length === 1 ? "," : ""})`;
    };
    target = iterOut(out, outShape, `${shapeText(a.shape)}->${text(inRemap)} (${idx.length},)->${text(idxRemap)}`);
  }
  const parts: NDArray[] = [];
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const j = k + 1 < idx.length ? idx[k + 1]! : n;
    const stop = j > i ? j : i + 1;
    const shape = a.shape.slice();
    shape[axis] = stop - i;
    const part = a._view(shape, a.strides, a._ptr + i * a.strides[axis]!);
    const r = reduce(def, part, [axis, dtypeArg, null, true], false, "reduceat") as NDArray;
    parts.push(r);
  }
  const dt = parts[0]?._dt ?? reductionLoop(def, reductionDType(def, a._dt, dtypeArg, out), dtypeArg != null);
  const res = emptyArray(dt, outShape);
  parts.forEach((p, k) => {
    const dst = res._view(p.shape, res.strides, res._ptr + k * res.strides[axis]!);
    copyCast(p.shape, dst._operand(), p._operand());
    p.dispose();
  });
  if (target) {
    copyCast(res.shape, target._operand(), res._operand());
    return out!;
  }
  return res;
}

/**
 * Whether ufunc.at's `indices` is a tuple of index items (NumPy's `(0, [1, 2])`, `(slice, idx)`,
 * `np.nonzero(m)`): JS has no tuples, so a JS array is one when it holds a slice string, null
 * (newaxis), an NDArray, or both numbers and arrays; a homogeneous nested list is an index array.
 * @example isIndexTuple([0, [0, 2]]) // true; isIndexTuple([[0, 1], [1, 1]]) // false
 */
function isIndexTuple(indices: unknown): indices is IndexItem[] {
  if (!Array.isArray(indices)) return false;
  const nested = indices.filter((x) => Array.isArray(x)).length;
  if (nested > 0 && nested < indices.length) return true;
  return indices.some((x) => typeof x === "string" || x === null || x instanceof NDArray);
}

/** The byte offset (from a._ptr) of every element of `a`, as an int64 array of a's shape. */
function elementOffsets(a: NDArray): NDArray {
  // Sum over the axes of index * stride, each axis broadcast along the others (WebAssembly loops).
  const offs = emptyArray(INT64, a.shape);
  fillAcc(offs, 0);
  a.shape.forEach((n, d) => {
    if (a.strides[d] === 0 || n <= 1) return;
    const steps = emptyArray(INT64, [n]);
    const v = steps._storage.region.view(INT64) as BigInt64Array;
    for (let k = 0; k < n; k++) v[(steps._ptr >> 3) + k] = BigInt(k * a.strides[d]!);
    const along = steps._view(a.shape, a.shape.map((_, e) => (e === d ? 8 : 0)), steps._ptr);
    callUfunc(UFUNCS.add, [offs, along, { out: offs }]);
    steps.dispose();
  });
  return offs;
}

/**
 * `ufunc.at(a, indices, b)`: unbuffered in place, so repeated indices accumulate. `indices` is
 * what NumPy's `a[indices]` takes: an int, a slice string, an integer or boolean array, or a
 * tuple of those (a JS array holding slices, null, NDArrays or both numbers and lists, such
 * as `[0, [0, 2]]` or `np.nonzero(mask)`); `b` broadcasts to a[indices].
 * @example const a = np.zeros(3); np.add.at(a, [0, 0, 2], 1); // a is [2, 0, 1]
 */
export function at(def: UfuncDef, a: NDArray, indices: unknown, b?: ArrayLike): void {
  if (!(a instanceof NDArray)) throw new NumpyTypeError("first operand must be array");
  if (def.nout !== 1) throw new ValueError("Only single output ufuncs supported at this time");
  if (def.nin === 2 && b === undefined) throw new ValueError("second operand needed for ufunc");
  if (def.nin === 1 && b !== undefined) throw new ValueError("second operand provided when ufunc is unary");
  a._checkWriteable();
  if (isIndexTuple(indices) || typeof indices === "string" || indices === null) {
    atElements(def, a, isIndexTuple(indices) ? indices : [indices as IndexItem], b);
    return;
  }
  const scalarIndex = !(Array.isArray(indices) || indices instanceof NDArray);
  let idx = scalarIndex ? asArray([indices as number]) : asArray(indices as ArrayLike);
  if (idx._dt !== BOOL && idx.size > 0 && idx._dt.kind !== "i" && idx._dt.kind !== "u") {
    if (indices instanceof NDArray) throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
  }
  if (idx.size === 0 && idx._dt !== BOOL) idx = idx.astype(INT64); // [] indexes nothing
  // A boolean mask (of any dimensions) selects elements as a[mask] does.
  if (idx._dt === BOOL || a.ndim === 0) {
    atElements(def, a, [scalarIndex ? (indices as number) : idx], b);
    return;
  }
  // Integers index axis 0: the elements of each indexed row, without visiting the others.
  const n0 = a.shape[0]!;
  const rows = (idx.ravel().tolist() as (number | bigint)[]).map(Number);
  for (const i of rows) if (i < -n0 || i >= n0) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${n0}`);
  const rowShape = a.shape.slice(1);
  const inRow = a.ndim === 1 ? [0] : (elementOffsets(a._view(rowShape, a.strides.slice(1), a._ptr)).ravel().tolist() as number[]).map(Number);
  const offsets: number[] = [];
  for (const i of rows) {
    const base = (i < 0 ? i + n0 : i) * a.strides[0]!;
    for (const o of inRow) offsets.push(base + o);
  }
  atOffsets(def, a, offsets, [...(scalarIndex ? [] : idx.shape), ...rowShape], b);
}

/**
 * ufunc.at with any index NumPy's a[index] takes: the selected elements (their byte offsets,
 * found by indexing an array of offsets), one at a time in index order, each combined with its
 * value of b broadcast to a[index].shape.
 */
function atElements(def: UfuncDef, a: NDArray, items: IndexItem[], b: ArrayLike | undefined): void {
  const offs = elementOffsets(a);
  const got = offs.get(...items);
  const sel = got instanceof NDArray ? got : asArray(got as number);
  const list = (sel.ndim === 0 ? [sel.item()] : (sel.ravel().tolist() as unknown[])).map(Number);
  const shape = sel.shape;
  offs.dispose();
  atOffsets(def, a, list, shape, b);
}

/** ufunc.at over the elements at byte offsets `list` (from a._ptr), with b broadcast to `shape` (a[index].shape). */
function atOffsets(def: UfuncDef, a: NDArray, list: readonly number[], shape: readonly number[], b: ArrayLike | undefined): void {
  let vals: NDArray | null = null;
  // NumPy's indexed loops (a 1-d `a`, `b` already of its dtype) report as the ufunc; other calls as "at".
  let name = "at";
  if (b !== undefined) {
    const bv = asArray(b);
    if (a.ndim === 1 && bv._dt === a._dt && INDEXED_LOOPS[def.name]?.includes(a._dt.kind)) name = def.name;
    const st = broadcastStrides(bv.shape, bv.strides, shape);
    if (st === null) throw new ValueError("array is not broadcastable to correct shape");
    vals = bv._view(shape, st, bv._ptr).flatten();
  }
  const fast = atSequential(def, a, list, vals, b);
  if (fast >= 0) {
    vals?.dispose();
    if (fast) raiseFPE(fast, name);
    return;
  }
  // NumPy reports the conditions of the whole call once, "encountered in at".
  const flags = collectFPE(() =>
    list.forEach((off, k) => {
      const el = a._view([], [], a._ptr + off);
      const args = vals ? [el, vals._view([], [], vals._ptr + k * vals.itemsize), { out: el, casting: "unsafe" }] : [el, { out: el, casting: "unsafe" }];
      callUfunc(def, args);
    }),
  );
  vals?.dispose();
  if (flags) raiseFPE(flags, name);
}

/** The dtype kinds of NumPy's indexed ufunc.at loops that can raise floating-point conditions. */
const INDEXED_LOOPS: Record<string, string> = { add: "iufc", subtract: "iufc", multiply: "iufc", divide: "f", floor_divide: "iuf" };

/** The single output dtype of a loop. */
function outputDTypesOf(def: UfuncDef, loop: DType): DType {
  return outputDTypes(def, loop)[0]!;
}

/** Integer division ufuncs whose zero divisor is NumPy's division by zero. */
const INT_DIVIDES = new Set(["floor_divide", "remainder", "fmod"]);

/**
 * ufunc.at's element loop in TypeScript, when the loop dtype is a's own real dtype and b is of
 * that dtype too (or a JS scalar that fits it): a[off] = f(a[off], b[k]) in index order, so
 * repeated indices accumulate. Returns the floating-point conditions met, or -1 when the case
 * needs the general per-element calls (casts, complex, integer powers).
 * @example atSequential(UFUNCS.add, a, [0, 0], vals, b) // 0: a[0] += vals[0] + vals[1]
 */
function atSequential(def: UfuncDef, a: NDArray, offsets: readonly number[], vals: NDArray | null, b: unknown): number {
  const dt = a._dt;
  if (dt.kind === "c" || (def.name === "power" && dt.kind !== "f")) return -1;
  const weak = vals !== null && !(b instanceof NDArray) ? scalarKind(b) : null;
  if (vals !== null && vals._dt !== dt && weak === null) return -1;
  let loop: DType;
  try {
    loop = weak !== null ? resolveLoop(def, [dt], [weak]) : resolveLoop(def, def.nin === 1 ? [dt] : [dt, dt], []);
  } catch {
    return -1;
  }
  if (loop !== dt || outputDTypesOf(def, loop) !== dt) return -1;
  let y0: number | bigint = 0;
  if (weak !== null) {
    try {
      y0 = toStorage(b as Scalar, dt) as number | bigint;
    } catch {
      return -1;
    }
  }
  const { fn } = elementFn(def, loop);
  const view = a._storage.region.view(dt) as unknown as (number | bigint)[];
  const base = a._ptr;
  const sh = dt.shift;
  const vv = vals !== null && weak === null ? (vals._storage.region.view(dt) as unknown as (number | bigint)[]) : null;
  const vbase = vals ? vals._ptr >> sh : 0;
  const float = dt.kind === "f";
  const boolOut = dt.kind === "b";
  const intDiv = !float && INT_DIVIDES.has(def.name);
  let flags = 0;
  const f1 = fn as (x: number | bigint) => number | bigint;
  const f2 = fn as (x: number | bigint, y: number | bigint) => number | bigint;
  for (let k = 0; k < offsets.length; k++) {
    const i = (base + offsets[k]!) >> sh;
    const x = view[i]!;
    let r: number | bigint;
    let y: number | bigint = 0;
    if (def.nin === 1) {
      r = f1(x);
      // integer reciprocal: NumPy's 1.0 / 0 (divide), cast to the integer type (invalid)
      if ((dt.kind === "i" || dt.kind === "u") && def.name === "reciprocal" && (x === 0 || x === 0n)) flags |= FPE_DIVIDE | FPE_INVALID;
    } else {
      y = vv ? vv[vbase + k]! : y0;
      r = f2(x, y);
      if (intDiv && (y === 0 || y === 0n)) flags |= FPE_DIVIDE;
    }
    view[i] = boolOut ? (r ? 1 : 0) : r;
    if (float && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, y as number);
  }
  return flags;
}

/**
 * `ufunc.resolve_dtypes(dtypes, *, signature=None, casting=None, reduction=False)`: the loop's
 * operand dtypes for these operand dtypes (null: not given), as NumPy resolves them; `BigInt`
 * and `Number` stand for Python's int and float (weak scalars). An output dtype that is given
 * must take the loop's output under `casting` (default "same_kind").
 * @example np.add.resolve_dtypes(["int8", "float32", null]) // ["float32", "float32", "float32"]
 */
export function resolveDtypes(def: UfuncDef, dtypes: unknown, rest: readonly unknown[]): DTypeName[] {
  const [signature, casting, reduction] = bindArgs("resolve_dtypes", [], rest, ["signature", "casting", "reduction"]) as [unknown, Casting | null | undefined, boolean | undefined];
  const nargs = def.nin + def.nout;
  if (!Array.isArray(dtypes) || dtypes.length !== nargs) throw new NumpyTypeError("resolve_dtypes: The dtypes must be a tuple of `ufunc.nargs` length.");
  const given = dtypes.map((d): DType | WeakKind | null => {
    if (d === null || d === undefined) return null;
    if (d === BigInt) return "int";
    if (d === Number) return "float";
    try {
      return resolveDType(d as DTypeLike);
    } catch {
      throw new NumpyTypeError("Provided dtype must be a valid NumPy dtype, int, float, complex, or None.");
    }
  });
  const ins = given.slice(0, def.nin);
  if (ins.some((d, k) => d === null && !(reduction && k === 0))) throw new NumpyTypeError("All input dtypes must be provided (except the first one in reductions)");
  let loop: DType;
  if (reduction) {
    const dt = ins[1];
    if (!(dt instanceof DType)) throw new NumpyTypeError("All input dtypes must be provided (except the first one in reductions)");
    loop = ins[0] instanceof DType ? resolveLoop(def, [ins[0], dt], []) : reductionLoop(def, reduceDType(def, dt, undefined), false);
  } else {
    const strong = ins.filter((d): d is DType => d instanceof DType);
    const weak = ins.filter((d): d is WeakKind => typeof d === "string");
    const fixed = signature == null ? undefined : parseSignature(def, signature);
    loop = def.inputs
      ? resolveLoop(def, ins[0] instanceof DType ? [ins[0]] : [], ins[0] instanceof DType ? [] : [ins[0] as WeakKind], fixed)
      : resolveLoop(def, strong, weak, fixed, ins);
  }
  const inTypes = def.inputs?.(loop) ?? new Array<DType>(def.nin).fill(loop);
  const outTypes = outputDTypes(def, loop);
  const rule = casting ?? "same_kind";
  outTypes.forEach((dt, j) => {
    const want = given[def.nin + j];
    if (want instanceof DType && !canCast(dt, want, rule)) {
      throw new UFuncTypeError(`Cannot cast ufunc '${def.name}' output from dtype('${dt.name}') to dtype('${want.name}') with casting rule '${rule}'`);
    }
  });
  return [...inTypes, ...outTypes].map((d) => d.name);
}
