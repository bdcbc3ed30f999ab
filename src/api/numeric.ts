/**
 * Discrete correlation and convolution of 1-d sequences: numpy.correlate and numpy.convolve.
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { add, conj, multiply } from "../ufunc/index.js";
import { asArray, zeros } from "./creation.js";
import { result_type } from "./dtypes.js";

type Mode = "valid" | "same" | "full" | 0 | 1 | 2;

/** NumPy's mode number (0 valid, 1 same, 2 full), with its errors. */
function modeNumber(mode: unknown): number {
  if (typeof mode === "number") {
    if (mode === 0 || mode === 1 || mode === 2) return mode;
    throw new ValueError("integer convolve/correlate mode must be 0, 1, or 2");
  }
  const i = ["valid", "same", "full"].indexOf(String(mode));
  if (typeof mode !== "string" || i < 0) throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  return i;
}

/** A 1-d operand: 0-d and deeper arrays are NumPy's errors. */
function sequence(x: ArrayLike): NDArray {
  const a = asArray(x);
  if (a.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (a.ndim > 1) throw new ValueError("object too deep for desired array");
  return a;
}

/**
 * z[j] = sum_t a[j - (N - 1) + t] w[t] for j in [0, M + N - 1) (the full correlation of a with w),
 * cut to `mode` as NumPy's _pyarray_correlate does: for the longer length n and the shorter m,
 * valid is z[m-1 : n], same is n values from m - 1 - m // 2 (from m // 2 when a is the shorter).
 * Computed tap by tap (one vector multiply-add per element of the shorter operand).
 */
function correlateFull(a: NDArray, w: NDArray, mode: number): NDArray {
  const M = a.shape[0]!;
  const N = w.shape[0]!;
  const dt = result_type(a, w);
  const A = a.astype(dt);
  const W = w.astype(dt);
  const z = zeros(M + N - 1, dt);
  if (N <= M) {
    for (let t = 0; t < N; t++) {
      const win = z.get(`${N - 1 - t}:${N - 1 - t + M}`) as NDArray;
      add(win, multiply(A, W.get(`${t}:${t + 1}`) as NDArray), { out: win });
    }
  } else {
    const rev = W.get("::-1") as NDArray;
    for (let s = 0; s < M; s++) {
      const win = z.get(`${s}:${s + N}`) as NDArray;
      add(win, multiply(rev, A.get(`${s}:${s + 1}`) as NDArray), { out: win });
    }
  }
  const n = Math.max(M, N);
  const m = Math.min(M, N);
  if (mode === 2) return z;
  if (mode === 0) return z.get(`${m - 1}:${n}`) as NDArray;
  const start = M < N ? Math.floor(m / 2) : m - 1 - Math.floor(m / 2);
  return z.get(`${start}:${start + n}`) as NDArray;
}

/**
 * Cross-correlation of two 1-d sequences, as `numpy.correlate(a, v, mode='valid')`:
 * z[k] = sum_n a[n + k] conj(v[n]), mode "valid", "same" or "full" (or 0, 1, 2).
 * @example np.correlate([1, 2, 3], [0, 1, 0.5]).tolist() // [3.5]
 * np.correlate([1, 2, 3], [0, 1, 0.5], "full").tolist() // [0.5, 2, 3.5, 3, 0]
 */
export function correlate(a: ArrayLike, v: ArrayLike, ...rest: Args<[Mode], { mode?: Mode }>): NDArray {
  const [mode] = bindArgs("correlate", ["mode"], rest) as [Mode | undefined];
  const m = modeNumber(mode ?? "valid");
  const x = sequence(a);
  let y = sequence(v);
  if (x.shape[0] === 0) throw new ValueError("first array argument cannot be empty");
  if (y.shape[0] === 0) throw new ValueError("second array argument cannot be empty");
  if (y.dtype.startsWith("complex")) y = conj(y) as NDArray;
  return correlateFull(x, y, m);
}

/**
 * Discrete linear convolution of two 1-d sequences, as `numpy.convolve(a, v, mode='full')`:
 * (a * v)[n] = sum_m a[m] v[n - m], mode "full", "same" or "valid" (or 2, 1, 0).
 * @example np.convolve([1, 2, 3], [0, 1, 0.5]).tolist() // [0, 1, 2.5, 4, 1.5]
 * np.convolve([1, 2, 3], [0, 1, 0.5], "same").tolist() // [1, 2.5, 4]
 */
export function convolve(a: ArrayLike, v: ArrayLike, ...rest: Args<[Mode], { mode?: Mode }>): NDArray {
  const [mode] = bindArgs("convolve", ["mode"], rest) as [Mode | undefined];
  let x = asArray(a);
  let y = asArray(v);
  if (x.ndim === 0) x = x.reshape([1]);
  if (y.ndim === 0) y = y.reshape([1]);
  if (x.shape[0] === 0) throw new ValueError("a cannot be empty");
  if (y.shape[0] === 0) throw new ValueError("v cannot be empty");
  if (y.shape[0]! > x.shape[0]!) [x, y] = [y, x];
  const m = modeNumber(mode ?? "full");
  return correlateFull(sequence(x), sequence(y).get("::-1") as NDArray, m);
}
