/**
 * numpy.lib.stride_tricks: views with strides of your choosing. `sliding_window_view` gives every
 * window of a given shape as a read-only view (no copy), the building block of moving averages
 * and convolutions; `as_strided` makes a view with any shape and strides (as in NumPy, nothing
 * checks that they stay inside the array's memory: use it with care).
 *
 * @example
 * np.lib.stride_tricks.sliding_window_view(np.arange(5), 3).tolist() // [[0, 1, 2], [1, 2, 3], [2, 3, 4]]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { asArray } from "./creation.js";

/**
 * A view of `x` with the given shape and byte strides (each defaulting to x's own), read-only
 * unless `writeable`; as `numpy.lib.stride_tricks.as_strided`.
 * @example np.lib.stride_tricks.as_strided(np.arange(4), [3, 2], [8, 8]).tolist() // [[0, 1], [1, 2], [2, 3]]
 */
export function as_strided(
  x: ArrayLike,
  ...rest: Args<[readonly number[] | null, readonly number[] | null, boolean, boolean], { shape?: readonly number[] | null; strides?: readonly number[] | null; subok?: boolean; writeable?: boolean }>
): NDArray {
  const [shape, strides, , writeable = true] = bindArgs("as_strided", ["shape", "strides", "subok", "writeable"], rest) as [
    (readonly number[] | null)?,
    (readonly number[] | null)?,
    boolean?,
    boolean?,
  ];
  const a = asArray(x);
  const sh = shape == null ? a.shape.slice() : Array.from(shape, Number);
  const st = strides == null ? a.strides.slice() : Array.from(strides, Number);
  if (sh.length !== st.length) throw new ValueError("mismatch in length of strides and shape");
  return new NDArray(a._dt, sh, st, a._ptr, a._storage, a.base ?? a, a._writeable && writeable);
}

/**
 * Every window of `window_shape` over `x` (over all axes, or those in `axis`) as a view whose
 * last axes walk the window; read-only unless `writeable`. As
 * `numpy.lib.stride_tricks.sliding_window_view`.
 * @example np.lib.stride_tricks.sliding_window_view(np.arange(6).reshape(2, 3), 2, {axis: 1}).shape // [2, 2, 2]
 */
export function sliding_window_view(
  x: ArrayLike,
  window_shape: number | readonly number[],
  ...rest: Args<[number | readonly number[] | null], { axis?: number | readonly number[] | null; subok?: boolean; writeable?: boolean }>
): NDArray {
  const [axisArg, , writeable = false] = bindArgs("sliding_window_view", ["axis"], rest, ["subok", "writeable"]) as [
    (number | readonly number[] | null)?,
    boolean?,
    boolean?,
  ];
  const a = asArray(x);
  const window = typeof window_shape === "number" ? [window_shape] : Array.from(window_shape, Number);
  if (window.some((d) => d < 0)) throw new ValueError("`window_shape` cannot contain negative values");
  let axes: number[];
  if (axisArg == null) {
    axes = a.shape.map((_, i) => i);
    if (window.length !== axes.length) {
      throw new ValueError(
        `Since axis is \`None\`, must provide window_shape for all dimensions of \`x\`; got ${window.length} window_shape elements and \`x.ndim\` is ${a.ndim}.`,
      );
    }
  } else {
    // The same axis may be windowed more than once.
    axes = (typeof axisArg === "number" ? [axisArg] : Array.from(axisArg)).map((ax) => normalizeAxis(ax, a.ndim));
    if (window.length !== axes.length) {
      throw new ValueError(`Must provide matching length window_shape and axis; got ${window.length} window_shape elements and ${axes.length} axes elements.`);
    }
  }
  const trimmed = a.shape.slice();
  axes.forEach((ax, k) => {
    if (trimmed[ax]! < window[k]!) throw new ValueError("window shape cannot be larger than input array shape");
    trimmed[ax]! -= window[k]! - 1;
  });
  const strides = [...a.strides, ...axes.map((ax) => a.strides[ax]!)];
  return as_strided(a, [...trimmed, ...window], strides, { writeable });
}

/** The np.lib namespace: numpy.lib.stride_tricks. */
export const lib = { stride_tricks: { as_strided, sliding_window_view } } as const;
