/**
 * Runs a 1-D transform on every lane of an array along one axis: each lane is copied (cropped or
 * zero-padded) into a contiguous Float64Array, transformed, and written to the same lane of the
 * destination, so any strides, axes, dtypes (float32/float64/complex64/complex128) and an output
 * that is the input itself all work.
 *
 * @example
 * mapLanes(src, dst, 1, { count: 8, complex: true }, true, (x, y) => transform(x, y));
 */
import type { NDArray } from "../core/ndarray.js";

/** A lane transform: reads `input`, writes `output` (both Float64Array, complex interleaved). */
export type LaneKernel = (input: Float64Array, output: Float64Array) => void;

/** What a kernel reads from each lane: `count` values, complex (re, im) or real. */
export interface LaneInput {
  count: number;
  complex: boolean;
}

type FloatView = Float64Array | Float32Array;

/**
 * Applies `kernel` to every lane of `src` along `axis`, writing `dst` (same shape but along
 * `axis`, where it has dst.shape[axis] values, complex when `outComplex`). Both arrays must have
 * float or complex dtypes; a complex destination of a real kernel gets zero imaginary parts.
 */
export function mapLanes(src: NDArray, dst: NDArray, axis: number, input: LaneInput, outComplex: boolean, kernel: LaneKernel): void {
  const nd = src.ndim;
  const sdt = src._dt;
  const ddt = dst._dt;
  const sCplx = sdt.kind === "c";
  const dCplx = ddt.kind === "c";
  const inW = input.complex ? 2 : 1;
  const outCount = dst.shape[axis]!;
  const outW = outComplex ? 2 : 1;
  const inBuf = new Float64Array(inW * input.count);
  const outBuf = new Float64Array(outW * outCount);
  const copyN = Math.min(src.shape[axis]!, input.count);
  const outer: number[] = [];
  for (let d = 0; d < nd; d++) if (d !== axis) outer.push(d);
  const sh = outer.map((d) => src.shape[d]!);
  const lanes = sh.reduce((p, x) => p * x, 1);
  if (lanes === 0 || outCount === 0) return;
  const ss = outer.map((d) => src.strides[d]! >> sdt.shift);
  const ds = outer.map((d) => dst.strides[d]! >> ddt.shift);
  const sStep = src.strides[axis]! >> sdt.shift;
  const dStep = dst.strides[axis]! >> ddt.shift;
  let sOff = src._ptr >> sdt.shift;
  let dOff = dst._ptr >> ddt.shift;
  const idx = new Array<number>(outer.length).fill(0);
  // views last: nothing below allocates array memory
  const sv = src._storage.region.view(sdt) as FloatView;
  const dv = dst._storage.region.view(ddt) as FloatView;
  const sW = sCplx ? 2 : 1;
  const dW = dCplx ? 2 : 1;
  for (let lane = 0; lane < lanes; lane++) {
    // gather
    if (sW === inW && sStep === sW) {
      inBuf.set(sv.subarray(sOff, sOff + inW * copyN));
    } else if (inW === 2 && sW === 1) {
      for (let j = 0, o = sOff; j < copyN; j++, o += sStep) {
        inBuf[2 * j] = sv[o]!;
        inBuf[2 * j + 1] = 0;
      }
    } else if (inW === 2) {
      for (let j = 0, o = sOff; j < copyN; j++, o += sStep) {
        inBuf[2 * j] = sv[o]!;
        inBuf[2 * j + 1] = sv[o + 1]!;
      }
    } else {
      for (let j = 0, o = sOff; j < copyN; j++, o += sStep) inBuf[j] = sv[o]!;
    }
    inBuf.fill(0, inW * copyN);
    kernel(inBuf, outBuf);
    // scatter
    if (dW === outW && dStep === dW) {
      dv.set(outW * outCount === outBuf.length ? outBuf : outBuf.subarray(0, outW * outCount), dOff);
    } else if (dW === 2 && outW === 1) {
      for (let j = 0, o = dOff; j < outCount; j++, o += dStep) {
        dv[o] = outBuf[j]!;
        dv[o + 1] = 0;
      }
    } else if (dW === 2) {
      for (let j = 0, o = dOff; j < outCount; j++, o += dStep) {
        dv[o] = outBuf[2 * j]!;
        dv[o + 1] = outBuf[2 * j + 1]!;
      }
    } else {
      for (let j = 0, o = dOff; j < outCount; j++, o += dStep) dv[o] = outBuf[j]!;
    }
    for (let d = outer.length - 1; d >= 0; d--) {
      idx[d]!++;
      sOff += ss[d]!;
      dOff += ds[d]!;
      if (idx[d]! < sh[d]!) break;
      sOff -= ss[d]! * sh[d]!;
      dOff -= ds[d]! * sh[d]!;
      idx[d] = 0;
    }
  }
}
