/**
 * The fast path of ufunc calls: no options, C-contiguous inputs already of the loop dtype, one
 * array shape (or an array and a JS number). One kernel call (split across threads when large),
 * or one TypeScript loop for small arrays; everything else takes the general path in ufunc.ts.
 *
 * @example a.add(b) // two contiguous float64 arrays of one shape: one add_f64 call
 */
import { scalarKind } from "../core/coerce.js";
import type { DType, WeakKind } from "../core/dtype.js";
import { OverflowError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { imagPart, toStorage, type Scalar } from "../core/scalar.js";
import { cStrides } from "../core/shape.js";
import { HEAP, scalarSlot } from "../storage/heap.js";
import { parallel } from "../storage/threads.js";
import { UFUNCS, type UfuncDef } from "./defs.js";
import { raiseFPE } from "./errstate.js";
import { execute, findKernel, kernelFlags, KERNEL_MIN, ORDERED, runContiguousTS, worthSplitting, type LoopOperand } from "./execute.js";
import { KERNEL_CODE, outputDTypes, resolveLoop } from "./resolve.js";

/** What a fast call returns: an array, or a JS scalar for a 0-d result (functions only). */
type FastResult = NDArray | Scalar;

/** A 0-d array holding a weak scalar converted to `dt` (NumPy 2 range rules for ints). */
export function scalarArray(v: Scalar, dt: DType): NDArray {
  const a = emptyArray(dt, [], []);
  const view = a._storage.region.view(dt) as unknown as (number | bigint)[];
  const i = a._ptr >> dt.shift;
  view[i] = toStorage(v, dt);
  if (dt.kind === "c") view[i + 1] = imagPart(v);
  return a;
}

const WEAK_INDEX: Record<WeakKind, number> = { bool: 0, int: 1, float: 2, complex: 3 };

function fastLoop(def: UfuncDef, dt: DType, weak: WeakKind | null): DType | null {
  const table = def.cache.fast;
  const key = dt.id * 5 + (weak === null ? 4 : WEAK_INDEX[weak]);
  let loop = table[key];
  if (loop === undefined) {
    try {
      loop = resolveLoop(def, [dt], weak === null ? [] : [weak]);
    } catch {
      loop = null;
    }
    table[key] = loop;
  }
  return loop;
}

function contiguous(a: NDArray): boolean {
  return a._contiguous;
}

/**
 * The fast path's result, or undefined when the call does not qualify. `into` is the `out=` array,
 * used when it is exactly what the result would be (dtype, shape, C order, writeable) and shares
 * no memory with an input other than being that input.
 */
export function fastCall(def: UfuncDef, args: readonly unknown[], keepArrays: boolean, into?: NDArray): FastResult | undefined {
  if (def.inputs) return undefined;
  const x = args[0];
  const y = def.nin === 2 ? args[1] : undefined;
  let arr: NDArray;
  let other: NDArray | null = null;
  let scalar: Scalar | null = null;
  let weak: WeakKind | null = null;
  let scalarFirst = false;
  if (x instanceof NDArray) {
    arr = x;
    if (def.nin === 2) {
      if (y instanceof NDArray) {
        if (y._dt !== x._dt || !sameShape(x.shape, y.shape) || !contiguous(y)) return undefined;
        other = y;
      } else if (typeof y === "number" || typeof y === "boolean") {
        scalar = y;
        weak = scalarKind(y);
      } else return undefined;
    }
  } else if (y instanceof NDArray && (typeof x === "number" || typeof x === "boolean")) {
    arr = y;
    scalar = x;
    weak = scalarKind(x);
    scalarFirst = true;
  } else return undefined;
  if (!contiguous(arr)) return undefined;
  const loop = fastLoop(def, arr._dt, weak);
  if (loop === null || loop !== arr._dt) return undefined;
  // Complex ordered comparisons check their operands for NaNs on the general path.
  if (loop.kind === "c" && ORDERED.has(def.name)) return undefined;
  // An integer power with the array as exponent: the general path checks for negative exponents.
  if (def.name === "power" && scalarFirst && loop.kind === "i") return undefined;
  let scalarStored: number | bigint = 0;
  let scalarImag = 0;
  if (scalar !== null) {
    try {
      scalarStored = toStorage(scalar, loop);
      scalarImag = loop.kind === "c" && loop.itemsize === 8 ? Math.fround(imagPart(scalar)) : imagPart(scalar);
    } catch (e) {
      if (e instanceof OverflowError && def.out === "bool") return undefined; // NumPy 2's widened comparison
      throw e;
    }
    if (def.name === "power" && (loop.kind === "i" || loop.kind === "u") && !scalarFirst && scalarStored < 0 && arr.size > 0) {
      throw new ValueError("Integers to negative integer powers are not allowed.");
    }
  } else if (def.name === "power" && other && loop.kind === "i") return undefined;
  // x ** 2 is x * x, to the bit: a correctly rounded power of 2 is the rounded product, and
  // integers wrap alike (NumPy's `a ** 2` takes its square loop too). The multiply kernel runs;
  // warnings still name power.
  // A scalar exponent of 0.5 is sqrt in NumPy 2's float power loop ((-0) ** 0.5 is -0, (-inf)
  // ** 0.5 is nan), named power in warnings.
  let kdef = def;
  if (def.name === "power" && !scalarFirst && scalar === 2 && loop.kind !== "c") {
    kdef = UFUNCS.multiply;
    other = arr;
    scalar = null;
  } else if (def.name === "power" && !scalarFirst && scalar === 0.5 && loop.kind === "f") {
    kdef = UFUNCS.sqrt;
    scalar = null;
  }
  const outDt = outputDTypes(def, loop)[0]!;
  if (into && !fitsOut(into, outDt, loop, arr, other)) return undefined;
  const out = into ?? emptyArray(outDt, arr.shape, outDt.itemsize === loop.itemsize ? arr.strides : cStrides(arr.shape, outDt.itemsize));
  const n = out.size;
  let flags = 0;
  if (n > 0) {
    const kernel = n >= KERNEL_MIN ? findKernel(kdef, loop) : undefined;
    if (kernel && arr._storage.inHeap && out._storage.inHeap && (other === null || other._storage.inHeap)) {
      flags = fastKernel(kdef, kernel, loop, out, arr, other, scalar === null ? null : [scalarStored, scalarImag], scalarFirst, n);
    } else if (loop.kind !== "c") {
      const v = (x: NDArray) => x._storage.region.view(x._dt) as unknown as (number | bigint)[];
      const sh = loop.shift;
      flags = runContiguousTS(kdef, loop, outDt.kind === "f", v(out), out._ptr >> outDt.shift, v(arr), arr._ptr >> sh, other ? v(other) : null, other ? other._ptr >> sh : 0, scalarStored, scalarFirst, n);
    } else {
      const flat = (a: NDArray): LoopOperand => ({ dt: a._dt, region: a._storage.region, ptr: a._ptr, strides: [a._dt.itemsize], inHeap: a._storage.inHeap });
      const ins: LoopOperand[] = [];
      if (def.nin === 1) ins.push(flat(arr));
      else if (other) ins.push(flat(arr), flat(other));
      else {
        const s = scalarArray(scalar!, loop);
        const sop: LoopOperand = { dt: loop, region: s._storage.region, ptr: s._ptr, strides: [0], inHeap: s._storage.inHeap };
        if (scalarFirst) ins.push(sop, flat(arr));
        else ins.push(flat(arr), sop);
      }
      flags = execute(def, loop, [n], [flat(out)], ins);
    }
  }
  if (flags) raiseFPE(flags, def.name);
  if (into) return into;
  return out.ndim === 0 && !keepArrays ? (out._scalar() as Scalar) : out;
}

/** `out` can take the result in place of a new array (see fastCall). */
function fitsOut(out: NDArray, outDt: DType, loop: DType, arr: NDArray, other: NDArray | null): boolean {
  if (out._dt !== outDt || !out._writeable || !contiguous(out) || !sameShape(out.shape, arr.shape)) return false;
  const exactAliasOk = outDt.itemsize === loop.itemsize;
  const clear = (x: NDArray) =>
    x._storage !== out._storage ||
    (x._ptr === out._ptr ? exactAliasOk : x._ptr + x.nbytes <= out._ptr || out._ptr + out.nbytes <= x._ptr);
  return clear(arr) && (other === null || clear(other));
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One kernel call over contiguous heap operands; a scalar goes in a heap slot with stride 0. */
function fastKernel(
  def: UfuncDef,
  kernel: (...a: number[]) => number | undefined,
  loop: DType,
  out: NDArray,
  arr: NDArray,
  other: NDArray | null,
  scalar: [number | bigint, number] | null,
  scalarFirst: boolean,
  n: number,
): number {
  const it = loop.itemsize;
  const os = out._dt.itemsize;
  let r: number | undefined | null = null;
  let bp = 0;
  let bs = 0;
  if (def.nin === 2) {
    if (other) {
      bp = other._ptr;
      bs = it;
    } else {
      bp = scalarSlot(0);
      const v = HEAP.view(loop) as unknown as (number | bigint)[];
      v[bp >> loop.shift] = scalar![0];
      if (loop.kind === "c") v[(bp >> loop.shift) + 1] = scalar![1];
    }
  }
  if (worthSplitting(def, n)) {
    // Kernel arguments: inputs (pointer, stride), the output, then the count; per element each
    // pointer advances by its stride.
    const a = [arr._ptr, it], o = [out._ptr, os], b = [bp, bs];
    const da = [it, 0], dout = [os, 0], db = [bs, 0];
    const base = def.nin === 1 ? [...a, ...o] : scalarFirst ? [...b, ...a, ...o] : [...a, ...b, ...o];
    const step = def.nin === 1 ? [...da, ...dout] : scalarFirst ? [...db, ...da, ...dout] : [...da, ...db, ...dout];
    r = parallel(`${def.kernel}_${KERNEL_CODE[loop.id]}`, n, base, step);
  }
  if (r === null) {
    if (def.nin === 1) r = kernel(arr._ptr, it, out._ptr, os, n);
    else if (scalarFirst) r = kernel(bp, bs, arr._ptr, it, out._ptr, os, n);
    else r = kernel(arr._ptr, it, bp, bs, out._ptr, os, n);
  }
  return kernelFlags(def, r, loop, out, arr, other, scalarFirst, n);
}
