/**
 * Slices written as strings in Python's syntax ("1:3", "::-1", ":", "-3:"), and Python's
 * `slice.indices(n)` clipping (CPython's PySlice_AdjustIndices), which NumPy applies to every
 * slice of an index.
 *
 * @example
 * parseSlice("::-1") // {start: null, stop: null, step: -1}
 * sliceIndices(parseSlice("-100:100:3"), 10) // {start: 0, step: 3, length: 4}
 */
import { IndexError, NumpyTypeError, ValueError } from "../errors.js";

/** A slice as Python holds it: null where a bound was left out. */
export interface Slice {
  start: number | null;
  stop: number | null;
  step: number | null;
}

/** A slice resolved against an axis length: the first index, the step and the element count. */
export interface ResolvedSlice {
  start: number;
  step: number;
  length: number;
}

const BOUND = String.raw`\s*([+-]?\d+)?\s*`;
const SLICE_RE = new RegExp(`^${BOUND}:${BOUND}(?::${BOUND})?$`);
// A slice with a float bound ("1.5:3", "::1e0"): Python's TypeError rather than "invalid slice".
const FLOAT_BOUND = String.raw`\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?inf|nan)?\s*`;
const FLOAT_SLICE_RE = new RegExp(`^${FLOAT_BOUND}:${FLOAT_BOUND}(?::${FLOAT_BOUND})?$`);

/**
 * Parses Python slice syntax "start:stop:step" (each part optional, integers only).
 * Throws an IndexError naming the string when it is not a slice.
 */
export function parseSlice(text: string): Slice {
  const m = SLICE_RE.exec(text);
  if (m === null) {
    if (FLOAT_SLICE_RE.test(text)) throw new NumpyTypeError("slice indices must be integers or None or have an __index__ method");
    throw new IndexError(
      `invalid slice '${text}': a string index must be "..." or a slice "start:stop:step" of integers (e.g. "1:3", "::-1", ":")`,
    );
  }
  const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
  return { start: num(m[1]), stop: num(m[2]), step: num(m[3]) };
}

function clip(i: number, n: number, step: number): number {
  if (i < 0) {
    i += n;
    if (i < 0) i = step < 0 ? -1 : 0;
  } else if (i >= n) {
    i = step < 0 ? n - 1 : n;
  }
  return i;
}

/**
 * Python's `slice.indices(n)` and the element count, as NumPy resolves a slice on an axis of
 * length n. A step of zero is NumPy's ValueError.
 */
export function sliceIndices(s: Slice, n: number): ResolvedSlice {
  const step = s.step ?? 1;
  if (step === 0) throw new ValueError("slice step cannot be zero");
  const start = s.start === null ? (step < 0 ? n - 1 : 0) : clip(s.start, n, step);
  const stop = s.stop === null ? (step < 0 ? -1 : n) : clip(s.stop, n, step);
  let length: number;
  if (step < 0) length = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  else length = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return { start, step, length };
}
