/**
 * Element-wise math that NumPy builds from its ufuncs: clip, round/around, fix, isclose,
 * allclose, array_equal, nan_to_num, real, imag, angle, diff, ediff1d, outer.
 *
 * @example
 * np.clip([1, 5, 9], 2, 6) // array([2, 5, 6])
 * np.round([1.25, 2.5], 1) // array([1.2, 2.5])
 * np.allclose([1, 2], [1, 2.0000001]) // true
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { scalarKind } from "../core/coerce.js";
import { canCast, COMPLEX128, FLOAT32, FLOAT64, INT64, intRange, realOf, resolveDType, resultType, type Casting, type DType, type DTypeLike, type WeakKind } from "../core/dtype.js";
import { NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import { forEachRun } from "../core/iter.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, normalizeAxis, shapeText } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { UFUNCS, type UfuncName } from "../ufunc/defs.js";
import { errstate } from "../ufunc/errstate.js";
import { reduce } from "../ufunc/reduce.js";
import { callUfunc, uf, ufuncShape, type UfuncResult } from "../ufunc/ufunc.js";
import { array, asArray } from "./creation.js";
import { broadcast_to } from "./broadcasting.js";
import { concatenate } from "./joining.js";
import { copyto } from "./select.js";
import { withTemps } from "./temps.js";
import { warn } from "../core/warnings.js";

type Out = NDArray | null | undefined;

/** withTemps for a chain of ufunc calls: every call's result is an intermediate. */
function ufuncTemps<R>(f: (u: typeof uf) => R): R {
  return withTemps((temp) => f((name: UfuncName, ...args: unknown[]) => temp(uf(name, ...args))));
}

/** A 0-d array result as a JS scalar (as NumPy's `result[()]`), else the array. */
function unwrap(a: NDArray): NDArray | Scalar {
  return a.ndim === 0 ? (a._scalar() as Scalar) : a;
}

/**
 * NumPy's _clip for integer arrays: a Python int lower bound at or below the dtype's minimum, or
 * upper bound at or above its maximum, bounds nothing and is dropped (null); any other bound
 * stays, so one beyond the range on the far side is the ufunc's OverflowError.
 * @example clipBound(int8Array, 300, "max") // null; clipBound(int8Array, 300, "min") // 300
 */
function clipBound(a: NDArray, bound: unknown, side: "min" | "max"): unknown {
  if ((a._dt.kind !== "i" && a._dt.kind !== "u") || scalarKind(bound) !== "int") return bound;
  const [lo, hi] = intRange(a._dt);
  const v = typeof bound === "bigint" ? bound : BigInt(bound as number);
  return (side === "min" ? v <= lo : v >= hi) ? null : bound;
}

/**
 * The dtype of NumPy's clip ufunc for an array and two bounds: their result type, JS numbers
 * weak. @example clipDType(int8Array, 300, 2.5) // FLOAT64
 */
function clipDType(arr: NDArray, lo: unknown, hi: unknown): DType {
  const strong: DType[] = [arr._dt];
  const weak: WeakKind[] = [];
  for (const b of [lo, hi]) {
    const k = scalarKind(b);
    if (k !== null) weak.push(k);
    else strong.push(asArray(b as ArrayLike)._dt);
  }
  return resultType(strong, weak);
}

/**
 * Limits values to [a_min, a_max] (either may be null); NaN stays NaN.
 * @example np.clip(np.arange(5), 1, 3) // array([1, 1, 2, 3, 3])
 */
export function clip(
  a: ArrayLike,
  ...rest: Args<[ArrayLike | null, ArrayLike | null, NDArray], { a_min?: ArrayLike | null; a_max?: ArrayLike | null; out?: Out; min?: ArrayLike | null; max?: ArrayLike | null; dtype?: unknown; casting?: unknown; where?: ArrayLike | boolean; order?: string }>
): UfuncResult {
  const [aMin, aMax, out, min, max, dtypeArg, castingArg, whereArg] = bindArgs("clip", ["a_min", "a_max", "out"], rest, ["min", "max", "dtype", "casting", "where", "order"]) as [
    ArrayLike | null | undefined,
    ArrayLike | null | undefined,
    Out,
    ArrayLike | null | undefined,
    ArrayLike | null | undefined,
    DTypeLike | null | undefined,
    Casting | undefined,
    ArrayLike | boolean | undefined,
  ];
  const where = whereArg === undefined || whereArg === true ? null : whereArg;
  // a_min and a_max go together (None counts as given); min= and max= stand alone.
  if (aMin !== undefined && aMax === undefined) throw new NumpyTypeError("clip() missing 1 required positional argument: 'a_max'");
  if (aMax !== undefined && aMin === undefined) throw new NumpyTypeError("clip() missing 1 required positional argument: 'a_min'");
  if (aMin !== undefined && (min !== undefined || max !== undefined)) {
    throw new ValueError("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
  }
  const arr = asArray(a);
  const casting = castingArg ?? "same_kind";
  const lo = clipBound(arr, aMin ?? min ?? null, "min");
  const hi = clipBound(arr, aMax ?? max ?? null, "max");
  // One ufunc call in NumPy (minimum or maximum alone when a bound is None): its operands and
  // out broadcast together, with the iterator's errors naming every shape.
  const bounds = [lo, hi].filter((x) => x !== null).map((x) => asArray(x as ArrayLike).shape);
  ufuncShape([arr.shape, ...bounds], out ? [out.shape] : [], where === null ? undefined : asArray(where).shape);
  out?._checkOut();
  // NumPy 2 leaves masked-out elements of a fresh output unwritten, and says so.
  if (where !== null && !out) warn("'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.", "UserWarning");
  // clip is one ufunc in NumPy: dtype= is its loop, and casts are checked under its name.
  const dtype = dtypeArg == null ? undefined : resolveDType(dtypeArg);
  if (dtype) [arr, lo, hi].forEach((x, k) => checkInputCast("clip", k, x, dtype, casting));
  const both = lo !== null && hi !== null;
  // NumPy's _clip: with one bound it is maximum(a, min) or minimum(a, max); with both it is the
  // clip ufunc, whose three operands promote together (clip(int8, 300, 2.5) is float64).
  const loop = dtype ?? (both ? clipDType(arr, lo, hi) : undefined);
  const opts = loop ? [{ dtype: loop, casting: dtype ? "unsafe" : "same_kind" }] : [];
  const r = ufuncTemps((u) => {
    let c: NDArray = arr;
    if (both) {
      // The bounds go first: maximum and minimum return their second argument on ties (and a
      // NaN first one), so the clip loop keeps x where it equals a bound (clip(-0.0, 0, 1) is
      // -0.0) and a NaN bound gives NaN, as NumPy's does. A scalar upper bound is applied in
      // place (one array, as NumPy's clip: the loop dtype is fixed).
      const m = u("maximum", lo, c, ...opts);
      c = typeof hi === "number" ? uf("minimum", hi, m, { out: m, ...opts[0] }) : u("minimum", hi, m, ...opts);
    } else if (lo !== null) c = u("maximum", c, lo, ...opts);
    else if (hi !== null) c = u("minimum", c, hi, ...opts);
    return c === arr ? (dtype ? arr.astype(dtype) : arr.copy()) : c;
  });
  if (out) {
    checkOutputCast("clip", r._dt, out, casting);
    // Only where `where` is true (out keeps its other elements), as the ufunc's where=.
    if (where !== null) copyto(out, r, { casting: "unsafe", where });
    else copyCast(out.shape, out._operand(), broadcastOperand(r, out.shape));
    r.dispose();
    return out;
  }
  // A 0-d result is NumPy's scalar, as every ufunc's.
  return unwrap(r);
}

/** A ufunc input's cast to a forced loop dtype, as NumPy checks it (Python scalars by kind). */
function checkInputCast(name: string, k: number, x: unknown, loop: DType, casting: Casting): void {
  if (x === null || x === undefined) return;
  const weak = scalarKind(x);
  let from: DType;
  if (weak === null) from = asArray(x as ArrayLike)._dt;
  else if (casting === "unsafe" || weak === "bool" || loop.kind === "c" || (loop.kind === "f" && weak !== "complex") || ((loop.kind === "i" || loop.kind === "u") && weak === "int")) return;
  else from = weak === "int" ? INT64 : weak === "float" ? FLOAT64 : COMPLEX128;
  if (weak === null && canCast(from, loop, casting)) return;
  throw new UFuncTypeError(`Cannot cast ufunc '${name}' input ${k} from dtype('${from.name}') to dtype('${loop.name}') with casting rule '${casting}'`);
}

/** A ufunc result's cast into `out`, as NumPy checks it. */
function checkOutputCast(name: string, from: DType, out: NDArray, casting: Casting): void {
  if (!canCast(from, out._dt, casting)) {
    throw new UFuncTypeError(`Cannot cast ufunc '${name}' output from dtype('${from.name}') to dtype('${out.dtype}') with casting rule '${casting}'`);
  }
}

function broadcastOperand(src: NDArray, shape: readonly number[]) {
  const st = broadcastStrides(src.shape, src.strides, shape);
  if (st === null) throw new ValueError(`could not broadcast input array from shape ${shapeText(src.shape)} into shape ${shapeText(shape)}`);
  return { ...src._operand(), strides: st };
}

/**
 * `decimals` of np.round as Python's index conversion reads it: an integer (a bigint or a boolean
 * too), undefined/null for 0; a float is NumPy's TypeError.
 * @example decimalsInt(2) // 2
 */
function decimalsInt(d: unknown): number {
  if (d === undefined || d === null) return 0;
  if (typeof d === "boolean") return d ? 1 : 0;
  if (typeof d === "bigint") return Number(d);
  if (typeof d === "number" && Number.isInteger(d)) return d;
  const kind = typeof d === "number" ? "float" : Array.isArray(d) ? "list" : typeof d === "string" ? "str" : typeof d;
  throw new NumpyTypeError(`'${kind}' object cannot be interpreted as an integer`);
}

/**
 * Rounds to `decimals` decimals, halves to even, as NumPy: x * 10**d, rint, / 10**d
 * (integers: unchanged for d >= 0, rounded through float64 for d < 0).
 * @example np.round([0.5, 1.5, 2.5]) // array([0., 2., 2.])
 */
export function around(a: ArrayLike, ...rest: Args<[number, NDArray], { decimals?: number; out?: Out }>): UfuncResult {
  const [decimalsArg, out] = bindArgs("round", ["decimals", "out"], rest) as [number | undefined, Out];
  const decimals = decimalsInt(decimalsArg);
  const arr = asArray(a);
  const dt = arr._dt;
  if (dt.kind === "b" && decimals !== 0) {
    // NumPy scales bools in float64 and cannot cast the result back.
    throw new UFuncTypeError(`Cannot cast ufunc '${decimals > 0 ? "multiply" : "divide"}' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'`);
  }
  if (out) {
    out._checkOut();
    // NumPy's PyArray_Round checks the size first; floats then go into out through rint (or
    // multiply/divide by a scalar), whose call checks the shapes.
    if (out.size !== arr.size) throw new ValueError("invalid output shape");
    if (dt.kind === "f" || dt.kind === "c") ufuncShape(decimals === 0 ? [arr.shape] : [arr.shape, []], [out.shape]);
  }
  const r = ufuncTemps((u) => {
    // NumPy rounds bools (decimals 0) with rint, whose bool loop gives float16 (float32 here, as rint).
    if (dt.kind === "b") return u("rint", arr);
    if (dt.kind === "i" || dt.kind === "u") {
      if (decimals >= 0) return arr.copy();
      const f = 10 ** -decimals;
      return u("multiply", u("rint", u("divide", arr, f)), f).astype(dt);
    }
    if (dt.kind === "c") {
      // NumPy rounds the real and imaginary parts separately (inf stays inf; no complex product).
      const z = emptyArray(dt, arr.shape);
      const parts = (w: NDArray) => [real(w), imag(w)] as NDArray[];
      const [zr, zi] = parts(z);
      const [ar, ai] = parts(arr);
      copyCast(arr.shape, zr!._operand(), asArray(around(ar!, decimals) as NDArray)._operand());
      copyCast(arr.shape, zi!._operand(), asArray(around(ai!, decimals) as NDArray)._operand());
      return z;
    }
    if (decimals === 0) return u("rint", arr);
    // Scale, rint, unscale, as NumPy, the last two in place in one array.
    const f = 10 ** Math.abs(decimals);
    const [scaleBy, unscaleBy] = decimals > 0 ? (["multiply", "divide"] as const) : (["divide", "multiply"] as const);
    const y = u(scaleBy, arr, realOf(dt) === FLOAT32 ? Math.fround(f) : f) as NDArray;
    uf("rint", y, { out: y });
    return uf(unscaleBy, y, realOf(dt) === FLOAT32 ? Math.fround(f) : f, { out: y }) as NDArray;
  });
  if (out) {
    // NumPy rounds floats into out with multiply/rint/divide, each checking its cast.
    if (dt.kind === "f" || dt.kind === "c") checkOutputCast(decimals === 0 ? "rint" : decimals > 0 ? "multiply" : "divide", r._dt, out, "same_kind");
    copyCast(out.shape, out._operand(), broadcastOperand(r, out.shape));
    r.dispose();
    return out;
  }
  // A 0-d result is NumPy's scalar (np.round(np.array(2.5)) is np.float64(2.0)).
  return unwrap(r);
}
export { around as round };

/**
 * Rounds toward zero (floor for x >= 0, ceil below).
 * @example np.fix([-1.5, 2.7]) // array([-1.,  2.])
 */
export function fix(x: ArrayLike, ...rest: Args<[NDArray], { out?: Out }>): UfuncResult {
  // NumPy 2.4's fix is trunc itself (its out casting, errors and integer results).
  const [out] = bindArgs("fix", ["out"], rest) as [Out];
  return callUfunc(UFUNCS.trunc, out ? [x, { out }] : [x]) as UfuncResult;
}

type CloseOpts = { rtol?: number | ArrayLike; atol?: number | ArrayLike; equal_nan?: boolean };

/**
 * Element-wise |a - b| <= atol + rtol * |b| (equal infinities are close; NaNs only with equal_nan).
 * @example np.isclose([1e10, 1e-7], [1.00001e10, 1e-8]) // array([ True, False])
 */
export function isclose(a: ArrayLike, b: ArrayLike, ...rest: Args<[number, number, boolean], CloseOpts>): UfuncResult {
  const [rtol, atol, equalNan] = bindArgs("isclose", ["rtol", "atol", "equal_nan"], rest) as [number | undefined, number | undefined, boolean | undefined];
  const x = scalarKind(a) !== null ? a : asArray(a);
  let y: unknown = b;
  if (scalarKind(b) === null) {
    const yb = asArray(b);
    const dt: DType = yb._dt.kind === "f" || yb._dt.kind === "c" ? yb._dt : FLOAT64;
    y = yb._dt === dt ? yb : yb.astype(dt);
  } else if (scalarKind(b) === "int" || scalarKind(b) === "bool") {
    y = Number(b);
  }
  const result = errstate({ invalid: "ignore" }, () =>
    ufuncTemps((u) => {
      const tol = u("add", atol ?? 1e-8, u("multiply", rtol ?? 1e-5, u("absolute", y)));
      let r = u("logical_or", u("logical_and", u("less_equal", u("absolute", u("subtract", x, y)), tol), u("isfinite", y)), u("equal", x, y));
      if (equalNan) r = u("logical_or", r, u("logical_and", u("isnan", x), u("isnan", y)));
      return r;
    }),
  );
  if (y instanceof NDArray && y !== b && y !== result) y.dispose(); // a float copy made here
  return unwrap(result);
}

/**
 * Whether all elements are close (`isclose`).
 * @example np.allclose([1, 2], [1, 2.0000001]) // true
 */
export function allclose(a: ArrayLike, b: ArrayLike, ...rest: Args<[number, number, boolean], CloseOpts>): boolean {
  const r = isclose(a, b, ...(rest as []));
  if (!(r instanceof NDArray)) return Boolean(r);
  const all = allTrue(r);
  r.dispose();
  return all;
}

/** Whether every element is true (the logical_and reduction: SIMD on heap arrays). */
function allTrue(r: NDArray): boolean {
  return Boolean(reduce(UFUNCS.logical_and, r, [null]));
}

/**
 * True when both have the same shape and elements (NaNs equal only with equal_nan).
 * @example np.array_equal([1, 2], [1, 2]) // true
 */
export function array_equal(a1: ArrayLike, a2: ArrayLike, ...rest: Args<[boolean], { equal_nan?: boolean }>): boolean {
  const [equalNan] = bindArgs("array_equal", ["equal_nan"], rest) as [boolean | undefined];
  const x = asArray(a1);
  const y = asArray(a2);
  if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
  return ufuncTemps((u) => {
    let eq = u("equal", x, y);
    if (equalNan && (x._dt.kind === "f" || x._dt.kind === "c" || y._dt.kind === "f" || y._dt.kind === "c")) {
      eq = u("logical_or", eq, u("logical_and", u("isnan", x), u("isnan", y)));
    }
    return allTrue(eq);
  });
}

/**
 * True when the inputs are shape consistent (they broadcast together) and equal element-wise.
 * @example np.array_equiv([1, 2], [[1, 2], [1, 2]]) // true
 */
export function array_equiv(a1: ArrayLike, a2: ArrayLike, ...rest: Args<[], Record<string, never>>): boolean {
  bindArgs("array_equiv", [], rest);
  const x = asArray(a1);
  const y = asArray(a2);
  try {
    broadcastShapes(x.shape, y.shape);
  } catch {
    return false;
  }
  return allTrue(uf("equal", x, y));
}

type NanToNumOpts = { copy?: boolean; nan?: number; posinf?: number | null; neginf?: number | null };

/**
 * Replaces NaN with `nan` (0.0) and infinities with `posinf`/`neginf` (the dtype's largest
 * finite values by default).
 * @example np.nan_to_num([NaN, Infinity, 1.5]) // array([0.00000000e+000, 1.79769313e+308, 1.50000000e+000])
 */
export function nan_to_num(x: ArrayLike, ...rest: Args<[boolean, number, number, number], NanToNumOpts>): UfuncResult {
  const [copy, nanArg, posinf, neginf] = bindArgs("nan_to_num", ["copy", "nan", "posinf", "neginf"], rest) as [
    boolean | undefined,
    number | undefined,
    number | null | undefined,
    number | null | undefined,
  ];
  // copy=False goes through np.array(x, copy=False): a list or scalar is NumPy 2's no-copy error.
  const arr = copy === false ? array(x, { copy: false }) : asArray(x);
  const out = copy === false ? arr : arr.copy();
  const dt = out._dt;
  if (dt.kind !== "f" && dt.kind !== "c") return unwrap(out);
  if (out === arr) out._checkWriteable();
  const big = realOf(dt) === FLOAT32 ? 3.4028234663852886e38 : Number.MAX_VALUE;
  const nan = nanArg ?? 0;
  const pos = posinf ?? big;
  const neg = neginf ?? -big;
  const v = out._storage.region.view(dt) as Float64Array | Float32Array;
  const parts = dt.kind === "c" ? 2 : 1;
  forEachRun(out.shape, [out._ptr], [out.strides], (p, st, n) => {
    const step = st[0]! >> dt.shift;
    for (let k = 0, i = p[0]! >> dt.shift; k < n; k++, i += step) {
      for (let q = i; q < i + parts; q++) {
        const e = v[q]!;
        if (e - e !== 0) v[q] = e !== e ? nan : e > 0 ? pos : neg;
      }
    }
  });
  return unwrap(out);
}


/**
 * The real part: for complex input a view of the real parts, else the array itself.
 * @example np.real(np.array([{re: 1, im: 2}])) // array([1.])
 */
export function real(val: ArrayLike): NDArray | Scalar {
  const a = asArray(val);
  if (a._dt.kind !== "c") return val instanceof NDArray ? a : unwrap(a);
  const r = new NDArray(realOf(a._dt), a.shape, a.strides, a._ptr, a._storage, a.base ?? a, a._writeable);
  return val instanceof NDArray ? r : unwrap(r);
}

/**
 * The imaginary part: for complex input a view of the imaginary parts, else read-only zeros.
 * @example np.imag(np.array([{re: 1, im: 2}])) // array([2.])
 */
export function imag(val: ArrayLike): NDArray | Scalar {
  const a = asArray(val);
  let r: NDArray;
  if (a._dt.kind === "c") {
    const dt = realOf(a._dt);
    r = new NDArray(dt, a.shape, a.strides, a._ptr + dt.itemsize, a._storage, a.base ?? a, a._writeable);
  } else {
    r = emptyArray(a._dt, a.shape, undefined, true);
    r._writeable = false;
  }
  return val instanceof NDArray ? r : unwrap(r);
}

/**
 * The angle of complex numbers, in radians (or degrees).
 * @example np.angle([{re: 0, im: 1}, -1]) // array([1.57079633, 3.14159265])
 */
export function angle(z: ArrayLike, ...rest: Args<[boolean], { deg?: boolean }>): UfuncResult {
  const [deg] = bindArgs("angle", ["deg"], rest) as [boolean | undefined];
  const a = asArray(z);
  const [re, im] = a._dt.kind === "c" ? [real(a), imag(a)] : [a, 0];
  let r = uf("arctan2", im, re);
  if (deg) r = uf("multiply", r, 180 / Math.PI);
  return unwrap(r);
}

/** `a` without its first `lo` and last `hi` elements along `axis` (a view; empty when too short). */
function trimAxis(a: NDArray, axis: number, lo: number, hi: number): NDArray {
  const shape = a.shape.slice();
  const n = Math.max(shape[axis]! - lo - hi, 0);
  shape[axis] = n;
  return a._view(shape, a.strides, n > 0 ? a._ptr + lo * a.strides[axis]! : a._ptr);
}

/** `x` as diff's prepend/append operand: a 0-d value is broadcast to a's shape with 1 on `axis`. */
function diffEdge(x: ArrayLike, a: NDArray, axis: number): NDArray {
  const e = asArray(x);
  if (e.ndim > 0) return e;
  const shape = a.shape.map((d, k) => (k === axis ? 1 : d));
  return broadcast_to(e, shape);
}

/**
 * The n-th discrete difference along `axis` (default the last): out[i] = a[i+1] - a[i], applied
 * n times, after joining `prepend` and `append` to `a` along the axis. Booleans use not_equal.
 * @example np.diff([1, 2, 4, 7, 0]) // array([ 1,  2,  3, -7])
 */
export function diff(
  a: ArrayLike,
  ...rest: Args<[number, number, ArrayLike, ArrayLike], { n?: number; axis?: number; prepend?: ArrayLike; append?: ArrayLike }>
): NDArray {
  const [nArg, axisArg, prepend, append] = bindArgs("diff", ["n", "axis", "prepend", "append"], rest) as [number | undefined, number | undefined, ArrayLike | undefined, ArrayLike | undefined];
  const n = typeof nArg === "boolean" ? Number(nArg) : nArg ?? 1;
  // NumPy returns `a` itself for n == 0 (here as an array).
  if (n == 0) return asArray(a);
  if (n < 0) throw new ValueError(`order must be non-negative but got ${String(n)}`);
  let arr = asArray(a);
  if (arr.ndim === 0) throw new ValueError("diff requires input that is at least one dimensional");
  const axis = normalizeAxis(axisArg ?? -1, arr.ndim);
  return withTemps((temp) => {
    if (prepend !== undefined || append !== undefined) {
      const parts = [...(prepend !== undefined ? [diffEdge(prepend, arr, axis)] : []), arr, ...(append !== undefined ? [diffEdge(append, arr, axis)] : [])];
      arr = temp(concatenate(parts, axis));
    }
    const times = decimalsInt(n);
    for (let k = 0; k < times; k++) {
      arr = temp(uf(arr._dt.kind === "b" ? "not_equal" : "subtract", trimAxis(arr, axis, 1, 0), trimAxis(arr, axis, 0, 1)));
    }
    return arr;
  });
}

/**
 * The differences between consecutive elements of the flattened array, with `to_begin` and
 * `to_end` (cast to the array's dtype, which they must reach under "same_kind") around them.
 * @example np.ediff1d([1, 2, 4, 7, 0], {to_begin: -99, to_end: [88, 99]}) // array([-99,   1,   2,   3,  -7,  88,  99])
 */
export function ediff1d(ary: ArrayLike, ...rest: Args<[ArrayLike | null, ArrayLike | null], { to_end?: ArrayLike | null; to_begin?: ArrayLike | null }>): NDArray {
  const [toEnd, toBegin] = bindArgs("ediff1d", ["to_end", "to_begin"], rest) as [ArrayLike | null | undefined, ArrayLike | null | undefined];
  const arr = asArray(ary).ravel();
  const len = arr.shape[0]!;
  const head = trimAxis(arr, 0, 1, 0);
  const tail = trimAxis(arr, 0, 0, 1);
  if (toBegin == null && toEnd == null) return uf("subtract", head, tail);
  const edge = (x: ArrayLike | null | undefined, name: string): NDArray | null => {
    if (x == null) return null;
    const e = asArray(x);
    if (!canCast(e._dt, arr._dt, "same_kind")) throw new NumpyTypeError(`dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
    return e.ravel();
  };
  const begin = edge(toBegin, "to_begin");
  const end = edge(toEnd, "to_end");
  const lb = begin?.size ?? 0;
  const le = end?.size ?? 0;
  const ld = Math.max(len - 1, 0);
  const result = emptyArray(arr._dt, [ld + lb + le]);
  if (begin) copyCast([lb], trimAxis(result, 0, 0, ld + le)._operand(), begin._operand());
  if (end) copyCast([le], trimAxis(result, 0, lb + ld, 0)._operand(), end._operand());
  uf("subtract", head, tail, { out: trimAxis(result, 0, lb, le) });
  return result;
}

/**
 * The outer product of two vectors (both flattened first): out[i, j] = a[i] * b[j].
 * @example np.outer([1, 2, 3], [4, 5]) // array([[ 4,  5], [ 8, 10], [12, 15]])
 */
export function outer(a: ArrayLike, b: ArrayLike, ...rest: Args<[NDArray], { out?: Out }>): NDArray {
  const [out] = bindArgs("outer", ["out"], rest) as [Out];
  const x = asArray(a);
  const y = asArray(b);
  return uf("multiply", x.reshape(x.size, 1), y.reshape(1, y.size), ...(out ? [out] : []));
}
