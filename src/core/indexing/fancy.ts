/**
 * Advanced ("fancy") indexing: integer index arrays broadcast together, their result axes
 * placed where NumPy places them (in place when the advanced indices are adjacent, else first),
 * bounds checks in NumPy's order, and the gather / scatter loops between an array and a
 * result (or value) laid out in the result's shape. Copies are raw element copies: the caller
 * casts a value to the array's dtype first.
 *
 * @example
 * const plan = fancyPlan(a, entries, basicView(a, entries));
 * const offsets = fancyOffsets(plan, true); // byte offsets, one per broadcast index position
 */
import { INT32, UINT16, UINT32, UINT8 } from "../dtype.js";
import { IndexError } from "../errors.js";
import { forEachAddressC, forEachRun } from "../iter.js";
import type { NDArray } from "../ndarray.js";
import { broadcastStrides, shapeSize } from "../shape.js";
import { HEAP, kernels, scratch } from "../../storage/heap.js";
import type { Region } from "../../storage/region.js";
import { outOfBounds, type Subspace } from "./basic.js";
import type { Entry } from "./prepare.js";
import { readIndex, words } from "./int64.js";

/** One index array of a plan: the array, the axis of `a` it indexes (-1: a 0-d boolean's new axis). */
interface FancyIndex {
  array: NDArray;
  axis: number;
  size: number;
  stride: number;
}

/** Everything the gather and scatter loops need. */
export interface FancyPlan {
  sub: Subspace;
  indices: FancyIndex[];
  /** The broadcast shape of the index arrays. */
  fshape: number[];
  /** Position of the broadcast axes among the result axes. */
  consec: number;
  resultShape: number[];
}

function shapeWithSpace(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},) ` : `(${shape.join(",")}) `;
}

/**
 * Broadcasts the index arrays and places their axes (NumPy's mapiter_fill_info). Integers
 * count as advanced indices for the placement, as in NumPy.
 */
export function fancyPlan(a: NDArray, entries: readonly Entry[], sub: Subspace): FancyPlan {
  const indices: FancyIndex[] = [];
  let nf = 0;
  for (const e of entries) if (e.kind === "fancy" || e.kind === "bool0") nf = Math.max(nf, e.array.ndim);
  const fshape = new Array<number>(nf).fill(1);
  let d = 0;
  let resultDim = 0;
  let status = -1; // -1 none yet; 0 in the advanced run; 1 run ended; 2 not adjacent
  let consec = 0;
  let failed = false;
  for (const e of entries) {
    if (e.kind === "fancy" || e.kind === "bool0" || e.kind === "int") {
      if (status === -1) {
        consec = resultDim;
        status = 0;
      } else if (status === 1) {
        status = 2;
        consec = 0;
      }
    } else if (status === 0) {
      status = 1;
    }
    if (e.kind === "fancy" || e.kind === "bool0") {
      if (e.kind === "fancy") {
        indices.push({ array: e.array, axis: d, size: a.shape[d]!, stride: a.strides[d]! });
        d++;
      } else {
        indices.push({ array: e.array, axis: -1, size: 1, stride: 0 });
      }
      const sh = e.array.shape;
      for (let k = sh.length - 1, j = nf - 1; k >= 0 && !failed; k--, j--) {
        const n = sh[k]!;
        if (n === 1 || n === fshape[j]) continue;
        if (fshape[j] !== 1) failed = true;
        else fshape[j] = n;
      }
    } else if (e.kind === "ellipsis") {
      d += e.count;
      resultDim += e.count;
    } else if (e.kind === "newaxis") {
      resultDim += 1;
    } else {
      d += 1;
      resultDim += 1;
    }
  }
  if (failed) {
    const shapes = indices.map((f) => shapeWithSpace(f.array.shape)).join("");
    throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes}`);
  }
  const resultShape = [...sub.shape.slice(0, consec), ...fshape, ...sub.shape.slice(consec)];
  return { sub, indices, fshape, consec, resultShape };
}

/** Reads an integer array's values as JS numbers, broadcast to `shape`, in C order. */
function broadcastValues(arr: NDArray, shape: readonly number[]): Float64Array {
  const st = broadcastStrides(arr.shape, arr.strides, shape)!;
  const addr = cOrderOffsets(shape, st, arr._ptr);
  const n = addr.length;
  const out = new Float64Array(n);
  if (arr._dt.big) {
    const w = words(arr);
    // NumPy casts index arrays to intp, so a uint64 index of 2^63 or more wraps to a negative one.
    for (let k = 0; k < n; k++) out[k] = readIndex(w, addr[k]! >>> 2, true);
  } else {
    const v = arr._storage.region.view(arr._dt) as unknown as { readonly [i: number]: number };
    const sh = arr._dt.shift;
    for (let k = 0; k < n; k++) out[k] = v[addr[k]! >>> sh]!;
  }
  return out;
}

/** The k-th (C order) broadcast value of an int64/uint64 index array (as intp) as a bigint when beyond 2^53, for NumPy's message. */
function exactValue(arr: NDArray, shape: readonly number[], k: number, value: number): number | bigint {
  if (!arr._dt.big || Number.isSafeInteger(value)) return value;
  const addr = cOrderOffsets(shape, broadcastStrides(arr.shape, arr.strides, shape)!, arr._ptr)[k]!;
  const w = words(arr);
  const lo = BigInt(w[addr >>> 2]! >>> 0);
  const hi = BigInt(w[(addr >>> 2) + 1]!);
  return (hi << 32n) + lo;
}

/**
 * Byte offsets from the subspace start, one per position of the broadcast index shape
 * (C order). An index outside its axis is NumPy's IndexError, checked index array by index
 * array (as NumPy 2 does, also when the subspace is empty; nothing is checked when the index
 * arrays broadcast to an empty shape).
 */
export function fancyOffsets(plan: FancyPlan): Float64Array {
  const n = shapeSize(plan.fshape);
  const offsets = new Float64Array(n);
  for (const f of plan.indices) {
    if (f.axis < 0) continue; // a 0-d boolean's zeros
    const vals = broadcastValues(f.array, plan.fshape);
    const size = f.size;
    for (let k = 0; k < n; k++) {
      let i = vals[k]!;
      if (i < 0) i += size;
      if (i < 0 || i >= size) throw outOfBounds(exactValue(f.array, plan.fshape, k, vals[k]!), f.axis, size);
      offsets[k] += i * f.stride;
    }
  }
  return offsets;
}

/** The byte addresses of every position of `shape` under `strides` from `base`, in C order. */
function cOrderOffsets(shape: readonly number[], strides: readonly number[], base = 0): Float64Array {
  const out = new Float64Array(shapeSize(shape));
  let k = 0;
  forEachAddressC(shape, strides, base, (p) => {
    out[k++] = p;
  });
  return out;
}

/** The other side of a transfer: a result to fill or a value to read, in the result's shape. */
export interface ResultSide {
  region: Region;
  ptr: number;
  /** Byte strides over the plan's result shape (0 on broadcast axes of a value). */
  strides: readonly number[];
}

/**
 * Copies elements between `a` (at the plan's positions) and `other` (laid out in the result
 * shape): a gather into `other`, or, with `intoA`, a scatter from `other` into `a`, where the
 * last write to a repeated position wins (C order of the broadcast indices).
 */
export function fancyTransfer(
  plan: FancyPlan,
  offsets: Float64Array,
  a: NDArray,
  other: ResultSide,
  intoA: boolean,
): void {
  const nf = plan.fshape.length;
  const c = plan.consec;
  const st = other.strides;
  const fStrides = st.slice(c, c + nf);
  const subOther = [...st.slice(0, c), ...st.slice(c + nf)];
  const otherOffsets = cOrderOffsets(plan.fshape, fStrides);
  // Runs over the subspace: [a offset, other offset] relative to each element's base.
  const runs: number[] = [];
  forEachRun(plan.sub.shape, [0, 0], [plan.sub.strides, subOther], (p, s, n) => {
    runs.push(p[0]!, p[1]!, s[0]!, s[1]!, n);
  });
  if (runs.length === 0) return;
  const itemsize = a._dt.itemsize;
  if (a._storage.region === HEAP && other.region === HEAP && offsets.length > 0 && HEAP.buffer.byteLength < 2 ** 31) {
    // Both sides in the heap: the fancy_run kernel, one call per subspace run, with the byte
    // offsets (a's, then the other side's; under 2 GiB, so i32) in scratch memory.
    const n = offsets.length;
    const at = scratch(8 * n);
    const i32 = HEAP.view(INT32) as Int32Array;
    i32.set(offsets, at >> 2);
    i32.set(otherOffsets, (at >> 2) + n);
    for (let r = 0; r < runs.length; r += 5) {
      kernels.fancy_run(itemsize, intoA ? 1 : 0, plan.sub.ptr + runs[r]!, other.ptr + runs[r + 1]!, at, at + 4 * n, n, runs[r + 2]!, runs[r + 3]!, runs[r + 4]!);
    }
    return;
  }
  const unit = itemsize === 1 ? UINT8 : itemsize === 2 ? UINT16 : UINT32;
  const ub = unit.itemsize;
  const sh = unit.shift;
  const words = itemsize / ub;
  const av = a._storage.region.view(unit);
  const ov = other.region.view(unit);
  const dv = intoA ? av : ov;
  const sv = intoA ? ov : av;
  const aBase = plan.sub.ptr;
  if (runs.length === 5 && runs[4] === 1) {
    // One element per index position (no subspace): a plain gather or scatter.
    const aAt = aBase + runs[0]!;
    const oAt = other.ptr + runs[1]!;
    const n = offsets.length;
    for (let k = 0; k < n; k++) {
      const ai = (aAt + offsets[k]!) >>> sh;
      const oi = (oAt + otherOffsets[k]!) >>> sh;
      const j = intoA ? ai : oi;
      const i = intoA ? oi : ai;
      dv[j] = sv[i]!;
      if (words > 1) {
        dv[j + 1] = sv[i + 1]!;
        if (words > 2) {
          dv[j + 2] = sv[i + 2]!;
          dv[j + 3] = sv[i + 3]!;
        }
      }
    }
    return;
  }
  for (let k = 0; k < offsets.length; k++) {
    const aAt = aBase + offsets[k]!;
    const oAt = other.ptr + otherOffsets[k]!;
    for (let r = 0; r < runs.length; r += 5) {
      const aStart = (aAt + runs[r]!) >>> sh;
      const oStart = (oAt + runs[r + 1]!) >>> sh;
      const aStep = runs[r + 2]! / ub;
      const oStep = runs[r + 3]! / ub;
      const n = runs[r + 4]!;
      let j = intoA ? aStart : oStart;
      let i = intoA ? oStart : aStart;
      const dj = intoA ? aStep : oStep;
      const di = intoA ? oStep : aStep;
      if (words === 1) {
        for (let m = 0; m < n; m++, j += dj, i += di) dv[j] = sv[i]!;
      } else {
        for (let m = 0; m < n; m++, j += dj, i += di) {
          for (let w = 0; w < words; w++) dv[j + w] = sv[i + w]!;
        }
      }
    }
  }
}
