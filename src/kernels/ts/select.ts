/**
 * Elementwise selection, out = cond ? x : y, over operands strided for one shape (stride 0
 * broadcasts): the where_<bytes> WebAssembly kernels when the output is in the heap (inputs
 * outside it are staged into scratch heap memory), else a TypeScript loop. Behind np.where,
 * np.select, np.copyto(where=) and the ufuncs' where=.
 */
import { BOOL } from "../../core/dtype.js";
import { forEachRun } from "../../core/iter.js";
import { HEAP, kernels, scratch } from "../../storage/heap.js";
import type { Operand } from "./cast.js";

/** Bytes of inputs outside the heap that are staged for a kernel (more: the TypeScript loop). */
const STAGE_MAX = 1 << 16;

/** Byte extent [lo, hi) an operand's elements span over `shape`. */
function extent(shape: readonly number[], op: Operand): [number, number] {
  let lo = op.ptr;
  let hi = op.ptr;
  for (let d = 0; d < shape.length; d++) {
    const span = (shape[d]! - 1) * op.strides[d]!;
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi + op.dt.itemsize];
}

/**
 * out = cond ? x : y over `shape`; x, y and out share a dtype, cond is bool. out may be x or y.
 * @example selectRuns([3], outOperand, maskOperand, xOperand, yOperand)
 */
export function selectRuns(shape: readonly number[], out: Operand, cond: Operand, x: Operand, y: Operand): void {
  if (shape.some((d) => d === 0)) return;
  const ins = [cond, x, y];
  const ptrs = [out.ptr, ...ins.map((o) => o.ptr)];
  const strides = [out.strides, ...ins.map((o) => o.strides)];
  if (out.region === HEAP) {
    const spans = ins.map((o) => (o.region === HEAP ? null : extent(shape, o)));
    const bytes = spans.reduce((t, s) => t + (s ? s[1] - s[0] + 16 : 0), 0);
    if (bytes <= STAGE_MAX) {
      let at = bytes ? scratch(bytes) : 0;
      spans.forEach((s, k) => {
        if (!s) return;
        HEAP.bytes().set(ins[k]!.region.bytes().subarray(s[0], s[1]), at);
        ptrs[k + 1] = at + (ins[k]!.ptr - s[0]);
        at += s[1] - s[0] + 16;
      });
      const kernel = kernels[`where_${out.dt.itemsize}`]!;
      forEachRun(shape, ptrs, strides, (p, st, n) => kernel(p[1]!, st[1]!, p[2]!, st[2]!, p[3]!, st[3]!, p[0]!, st[0]!, n));
      return;
    }
  }
  const lanes = out.dt.kind === "c" ? 2 : 1;
  const sh = out.dt.shift;
  const o = out.region.view(out.dt) as unknown as (number | bigint)[];
  const c = cond.region.view(BOOL);
  const xv = x.region.view(out.dt) as unknown as (number | bigint)[];
  const yv = y.region.view(out.dt) as unknown as (number | bigint)[];
  forEachRun(shape, ptrs, strides, (p, st, n) => {
    for (let i = 0; i < n; i++) {
      const pick = c[p[1]! + i * st[1]!] !== 0;
      const from = (pick ? p[2]! + i * st[2]! : p[3]! + i * st[3]!) >> sh;
      const to = (p[0]! + i * st[0]!) >> sh;
      const v = pick ? xv : yv;
      for (let q = 0; q < lanes; q++) o[to + q] = v[from + q]!;
    }
  });
}
