/**
 * Runs a 1-D transform on every lane of an array along one axis: each lane is copied (cropped or
 * zero-padded) into a contiguous Float64Array, transformed, and written to the same lane of the
 * destination, so any strides, axes, dtypes (float32/float64/complex64/complex128) and an output
 * that is the input itself all work. Lanes that are strided in memory are gathered and scattered
 * a batch at a time along the outer axis of smallest stride, so that reads and writes run along
 * memory rather than across it.
 *
 * @example
 * mapLanes(src, dst, 1, { count: 8, complex: true }, true, (x, y) => transform(x, y));
 */
import type { NDArray } from "../core/ndarray.js";

/** A lane transform: reads `input` (which it may overwrite), writes all of `output`. */
export type LaneKernel = (input: Float64Array, output: Float64Array) => void;

/** What a kernel reads from each lane: `count` values, complex (re, im) or real. */
export interface LaneInput {
  count: number;
  complex: boolean;
}

type FloatView = Float64Array | Float32Array;

/** Lanes gathered together when the transform axis is strided. */
const BATCH = 16;

/**
 * Applies `kernel` to every lane of `src` along `axis`, writing `dst` (same shape but along
 * `axis`, where it has dst.shape[axis] values, complex when `outComplex`). Both arrays must have
 * float or complex dtypes; a complex destination of a real kernel gets zero imaginary parts.
 */
export function mapLanes(src: NDArray, dst: NDArray, axis: number, input: LaneInput, outComplex: boolean, kernel: LaneKernel): void {
  const sdt = src._dt;
  const ddt = dst._dt;
  const sW = sdt.kind === "c" ? 2 : 1;
  const dW = ddt.kind === "c" ? 2 : 1;
  const inW = input.complex ? 2 : 1;
  const outW = outComplex ? 2 : 1;
  const inLen = inW * input.count;
  const outCount = dst.shape[axis]!;
  const outLen = outW * outCount;
  const copyN = Math.min(src.shape[axis]!, input.count);
  // outer dimensions, largest source stride first (the last one is the batch dimension)
  const outer: number[] = [];
  for (let d = 0; d < src.ndim; d++) if (d !== axis) outer.push(d);
  outer.sort((x, y) => Math.abs(src.strides[y]!) - Math.abs(src.strides[x]!) || x - y);
  const sh = outer.map((d) => src.shape[d]!);
  const lanes = sh.reduce((p, x) => p * x, 1);
  if (lanes === 0 || outCount === 0) return;
  const ss = outer.map((d) => src.strides[d]! >> sdt.shift);
  const ds = outer.map((d) => dst.strides[d]! >> ddt.shift);
  const sStep = src.strides[axis]! >> sdt.shift;
  const dStep = dst.strides[axis]! >> ddt.shift;
  const nb = outer.length;
  const innerLen = nb > 0 ? sh[nb - 1]! : 1;
  const sIn = nb > 0 ? ss[nb - 1]! : 0;
  const dIn = nb > 0 ? ds[nb - 1]! : 0;
  const strided = Math.abs(sStep) !== sW || Math.abs(dStep) !== dW;
  const batch = strided && nb > 0 ? Math.max(1, Math.min(BATCH, innerLen, Math.floor(2 ** 20 / Math.max(inLen, outLen)))) : 1;
  // one tile per side, lane b at b * len
  const inTile = new Float64Array(batch * inLen);
  const outTile = new Float64Array(batch * outLen);
  const inBufs = batch === 1 ? [inTile] : Array.from({ length: batch }, (_, b) => inTile.subarray(b * inLen, (b + 1) * inLen));
  const outBufs = batch === 1 ? [outTile] : Array.from({ length: batch }, (_, b) => outTile.subarray(b * outLen, (b + 1) * outLen));
  const idx = new Array<number>(nb).fill(0);
  let sOff = src._ptr >> sdt.shift;
  let dOff = dst._ptr >> ddt.shift;
  // views last: nothing below allocates array memory
  const sv = src._storage.region.view(sdt) as FloatView;
  const dv = dst._storage.region.view(ddt) as FloatView;
  // a long contiguous float64 destination lane is the kernel's output buffer itself
  const direct = batch === 1 && dv instanceof Float64Array && dW === outW && dStep === dW && outLen >= 128;

  for (let lane = 0; lane < lanes; ) {
    const nLanes = Math.min(batch, innerLen - (nb > 0 ? idx[nb - 1]! : 0));
    if (copyN < input.count) for (let b = 0; b < nLanes; b++) inBufs[b]!.fill(0, inW * copyN);
    gather(sOff, nLanes);
    for (let b = 0; b < nLanes; b++) {
      if (direct) kernel(inBufs[0]!, dv.subarray(dOff, dOff + outLen));
      else kernel(inBufs[b]!, outBufs[b]!);
    }
    if (!direct) scatter(dOff, nLanes);
    lane += nLanes;
    // advance nLanes along the batch dimension, carrying into the outer ones
    if (nb === 0) continue;
    idx[nb - 1]! += nLanes;
    sOff += nLanes * sIn;
    dOff += nLanes * dIn;
    for (let d = nb - 1; d >= 0 && idx[d]! >= sh[d]!; d--) {
      sOff -= ss[d]! * sh[d]!;
      dOff -= ds[d]! * sh[d]!;
      idx[d] = 0;
      if (d === 0) break;
      idx[d - 1]!++;
      sOff += ss[d - 1]!;
      dOff += ds[d - 1]!;
    }
  }

  function gather(base: number, nLanes: number): void {
    if (nLanes === 1) {
      const buf = inBufs[0]!;
      if (sW === inW && sStep === sW && copyN * inW >= 64) buf.set(sv.subarray(base, base + inW * copyN));
      else if (inW === 2 && sW === 1) {
        for (let j = 0, o = base; j < copyN; j++, o += sStep) {
          buf[2 * j] = sv[o]!;
          buf[2 * j + 1] = 0;
        }
      } else if (inW === 2) {
        for (let j = 0, o = base; j < copyN; j++, o += sStep) {
          buf[2 * j] = sv[o]!;
          buf[2 * j + 1] = sv[o + 1]!;
        }
      } else {
        for (let j = 0, o = base; j < copyN; j++, o += sStep) buf[j] = sv[o]!;
      }
      return;
    }
    // several lanes: along the lanes (memory order) inside, along the axis outside
    const t = inTile;
    for (let j = 0, o = base; j < copyN; j++, o += sStep) {
      if (inW === 1) {
        for (let b = 0, p = o, q = j; b < nLanes; b++, p += sIn, q += inLen) t[q] = sv[p]!;
      } else if (sW === 1) {
        for (let b = 0, p = o, q = 2 * j; b < nLanes; b++, p += sIn, q += inLen) {
          t[q] = sv[p]!;
          t[q + 1] = 0;
        }
      } else {
        for (let b = 0, p = o, q = 2 * j; b < nLanes; b++, p += sIn, q += inLen) {
          t[q] = sv[p]!;
          t[q + 1] = sv[p + 1]!;
        }
      }
    }
  }

  function scatter(base: number, nLanes: number): void {
    if (nLanes === 1 && dW === outW && dStep === dW && outLen >= 64) {
      dv.set(outBufs[0]!, base);
      return;
    }
    const t = outTile;
    for (let j = 0, o = base; j < outCount; j++, o += dStep) {
      if (dW === 1) {
        for (let b = 0, p = o, q = j; b < nLanes; b++, p += dIn, q += outLen) dv[p] = t[q]!;
      } else if (outW === 1) {
        for (let b = 0, p = o, q = j; b < nLanes; b++, p += dIn, q += outLen) {
          dv[p] = t[q]!;
          dv[p + 1] = 0;
        }
      } else {
        for (let b = 0, p = o, q = 2 * j; b < nLanes; b++, p += dIn, q += outLen) {
          dv[p] = t[q]!;
          dv[p + 1] = t[q + 1]!;
        }
      }
    }
  }
}
