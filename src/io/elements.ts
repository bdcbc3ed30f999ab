/**
 * Element access for the text readers and writers: the elements of an array in C order as
 * NumPy scalars, and a new array filled from parsed values.
 *
 * @example
 * cElements(np.array([1.5, 2])).map((x) => x.v) // [1.5, 2]
 */
import { FLOAT32, FLOAT64, type DType } from "../core/dtype.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { isCContiguous } from "../core/shape.js";
import type { PyNum } from "./printf.js";

/** The scalars of `a` in C order; a complex element gives its real and imaginary parts. */
export function cElements(a: NDArray): PyNum[] {
  const c = isCContiguous(a.shape, a.strides, a.itemsize) ? a : a.copy();
  const dt = c._dt;
  const view = c._storage.region.view(dt);
  const base = c._ptr >> dt.shift;
  const n = c.size * (dt.kind === "c" ? 2 : 1);
  const part = dt.kind === "c" ? (dt.itemsize === 8 ? FLOAT32 : FLOAT64) : dt;
  const out = new Array<PyNum>(n);
  for (let i = 0; i < n; i++) {
    const v = view[base + i]!;
    out[i] = { dt: part, v: dt.kind === "b" ? v !== 0 : v };
  }
  return out;
}

/** A value parsed from text: a number, a bigint (exact integers), or a complex pair. */
export type Parsed = number | bigint | boolean | { re: number; im: number };

/** A new C-ordered array of `dt` and `shape` holding `values` (already valid for `dt`). */
export function fromValues(dt: DType, shape: readonly number[], values: readonly Parsed[]): NDArray {
  const out = emptyArray(dt, shape);
  if (values.length === 0) return out;
  const view = out._storage.region.view(dt);
  const base = out._ptr >> dt.shift;
  if (dt.kind === "c") {
    values.forEach((v, i) => {
      const z = typeof v === "object" ? v : { re: Number(v), im: 0 };
      view[base + 2 * i] = z.re;
      view[base + 2 * i + 1] = z.im;
    });
  } else if (dt.big) {
    values.forEach((v, i) => (view[base + i] = typeof v === "bigint" ? v : BigInt(v as number)));
  } else {
    values.forEach((v, i) => (view[base + i] = typeof v === "boolean" ? (v ? 1 : 0) : Number(v)));
  }
  return out;
}
