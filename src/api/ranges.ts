/**
 * Numerical ranges and grids: arange, linspace, logspace, geomspace, meshgrid, indices,
 * fromfunction. The arithmetic is NumPy's, step by step, so results match to the last bit:
 * arange computes its length and first two values with Python's number rules and fills the
 * rest as `a[0] + i*(a[1]-a[0])` in the target dtype; linspace is `i*step + start` (or
 * `i/div*delta + start` when the step underflows) with the last sample set to `stop`.
 *
 * @example
 * np.arange(5) // [0 1 2 3 4], int64
 * np.arange(0, 1, 0.25) // [0 0.25 0.5 0.75]
 * np.linspace(2, 3, 5) // [2 2.25 2.5 2.75 3]
 * np.logspace(0, 3, 4) // [1 10 100 1000]
 */
import { bindArgs, checkDevice, isOptions, type Args, takeRequired } from "../core/args.js";
import { scalarKind, type ArrayLike } from "../core/coerce.js";
import {
  BOOL,
  COMPLEX128,
  COMPLEX64,
  FLOAT32,
  FLOAT64,
  INT32,
  INT64,
  UINT32,
  UINT64,
  intRange,
  optionalDType,
  promote,
  resolveDType,
  resultType,
  type DType,
  type DTypeLike,
  type WeakKind,
} from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, OverflowError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { copyAs, emptyArray, NDArray } from "../core/ndarray.js";
import { forEachAddressC } from "../core/iter.js";
import type { Complex } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, cStrides, normalizeShape, shapeSize, type ShapeLike } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { kernels } from "../storage/heap.js";
import { asArray } from "./creation.js";
import { broadcast_arrays } from "./broadcasting.js";
import { expand_dims, moveaxis } from "./manipulation.js";
import { divide, log10, multiply, power, sign } from "../ufunc/index.js";

// ---------------------------------------------------------------------------------------------
// Python numbers, as arange's length and first values are computed with them

/** A Python int (exact) or float, as the C code of arange sees its arguments. */
type PyNum = { int: true; v: bigint } | { int: false; v: number };

/** A value arange accepts for start, stop or step. */
export type ArangeValue = number | bigint | boolean | Complex | NDArray;

const TWO53n = 1n << 53n;

function pyNum(x: unknown, what: string): { num: PyNum; dt: DType | null; weak: WeakKind | null } {
  if (x instanceof NDArray) {
    if (x.ndim !== 0) throw new NumpyTypeError(`arange: scalar arguments expected instead of an array (${what})`);
    const v = x._read(x._ptr, true);
    if (x._dt.kind === "c") throw new NotImplementedError("ndts: arange of complex values is not supported");
    const num: PyNum =
      x._dt.kind === "f" ? { int: false, v: v as number } : { int: true, v: typeof v === "boolean" ? BigInt(v ? 1 : 0) : BigInt(v as number | bigint) };
    return { num, dt: x._dt, weak: null };
  }
  const kind = scalarKind(x);
  if (kind === null || kind === "complex") {
    if (kind === "complex") throw new NotImplementedError("ndts: arange of complex values is not supported");
    throw new NumpyTypeError(`unsupported operand type for arange: '${typeof x}'`);
  }
  if (typeof x === "boolean") return { num: { int: true, v: x ? 1n : 0n }, dt: null, weak: "bool" };
  if (typeof x === "bigint") return { num: { int: true, v: x }, dt: null, weak: "int" };
  const n = x as number;
  return kind === "int" ? { num: { int: true, v: BigInt(n) }, dt: null, weak: "int" } : { num: { int: false, v: n }, dt: null, weak: "float" };
}

function toFloat(a: PyNum): number {
  return a.int ? Number(a.v) : a.v;
}

function pySub(a: PyNum, b: PyNum): PyNum {
  return a.int && b.int ? { int: true, v: a.v - b.v } : { int: false, v: toFloat(a) - toFloat(b) };
}

function pyAdd(a: PyNum, b: PyNum): PyNum {
  return a.int && b.int ? { int: true, v: a.v + b.v } : { int: false, v: toFloat(a) + toFloat(b) };
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** Python's int / int: the correctly rounded quotient. */
function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new ZeroDivisionError("division by zero");
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x <= TWO53n && y <= TWO53n) return Number(a) / Number(b);
  const neg = a < 0n !== b < 0n;
  // Scale so that the integer quotient has at least 55 bits, then fold the remainder into a
  // sticky bit: Number() of that rounds exactly as the true quotient would.
  const shift = bitLength(y) - bitLength(x) + 55;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = x << BigInt(shift);
    q = n / y;
    r = n % y;
  } else {
    const d = y << BigInt(-shift);
    q = x / d;
    r = x % d;
  }
  if (r !== 0n) q |= 1n;
  let v = Number(q);
  // v * 2**-shift, in two exact steps when the power alone would overflow or underflow.
  const half = Math.trunc(shift / 2);
  v = v * 2 ** -half * 2 ** -(shift - half);
  return neg ? -v : v;
}

function pyTrueDiv(a: PyNum, b: PyNum): number {
  if (a.int && b.int) return intTrueDiv(a.v, b.v);
  const d = toFloat(b);
  if (d === 0) throw new ZeroDivisionError("float division by zero");
  return toFloat(a) / d;
}

const INTP_MAX = 9223372036854775807; // (double)NPY_MAX_INTP, which is 2**63

/** NumPy's _arange_safe_ceil_to_intp. */
function safeCeil(value: number): number {
  const iv = Math.ceil(value);
  if (Number.isNaN(iv)) throw new ValueError("arange: cannot compute length");
  if (!(-INTP_MAX <= iv && iv <= INTP_MAX)) throw new ValueError("Maximum allowed size exceeded");
  // (npy_intp)2**63 is INT64_MIN on x86: an empty result.
  return iv >= INTP_MAX ? -1 : iv;
}

/** NumPy's _calc_length: ceil((stop - start) / step), with its underflow rules. */
function arangeLength(start: PyNum, stop: PyNum, step: PyNum): number {
  const next = pySub(stop, start);
  const nextNonzero = next.int ? next.v !== 0n : next.v !== 0;
  const value = pyTrueDiv(next, step);
  if (!Number.isFinite(value) && !Number.isNaN(value)) throw new ValueError("Maximum allowed size exceeded");
  if (value === 0 && nextNonzero) return Object.is(value, -0) ? 0 : 1;
  return safeCeil(value);
}

/** A Python number stored into one element of `dt`, as NumPy 2's setitem does it. */
function setitem(x: PyNum, dt: DType): number | bigint {
  switch (dt.kind) {
    case "b":
      return (x.int ? x.v !== 0n : x.v !== 0) ? 1 : 0;
    case "f":
    case "c":
      return toFloat(x);
    default: {
      let v: bigint;
      if (x.int) v = x.v;
      else {
        if (Number.isNaN(x.v)) throw new ValueError("cannot convert float NaN to integer");
        if (!Number.isFinite(x.v)) throw new OverflowError("cannot convert float infinity to integer");
        v = BigInt(Math.trunc(x.v));
      }
      const [lo, hi] = intRange(dt);
      if (v < lo || v > hi) throw new OverflowError(`Python integer ${v} out of bounds for ${dt.name}`);
      return dt.big ? v : Number(v);
    }
  }
}

/** Fills a[2:] of a fresh contiguous 1-d array from a[0] and a[1], as NumPy's dtype fill. */
/**
 * The arange kernels (assembly/sequence.ts) for float64, float32, int32/uint32 and int64/uint64
 * arrays in the heap: elements from 2 on as fillArange computes them (the first two, set by the
 * caller, are kept). False for the other dtypes.
 */
function arangeKernel(a: NDArray, n: number): boolean {
  const dt = a._dt;
  const view = a._storage.region.view(dt) as unknown as (number | bigint)[];
  const at = a._ptr >> dt.shift;
  const first = view[at]!;
  const second = view[at + 1]!;
  if (dt === FLOAT64) kernels.arange_f64(a._ptr, n, first as number, (second as number) - (first as number));
  else if (dt === FLOAT32) kernels.arange_f32(a._ptr, n, first as number, Math.fround((second as number) - (first as number)));
  else if (dt === INT32 || dt === UINT32) kernels.arange_i32(a._ptr, n, (first as number) | 0, ((second as number) - (first as number)) | 0);
  else if (dt === INT64 || dt === UINT64) {
    const arange = kernels.arange_i64 as unknown as (p: number, n: number, s: bigint, d: bigint) => void;
    arange(a._ptr, n, BigInt.asIntN(64, first as bigint), BigInt.asIntN(64, (second as bigint) - (first as bigint)));
  } else return false;
  view[at] = first;
  view[at + 1] = second;
  return true;
}

function fillArange(a: NDArray, n: number): void {
  const dt = a._dt;
  const region = a._storage.region;
  const at = a._ptr >> dt.shift;
  if (dt.kind === "b") {
    throw new NumpyTypeError("arange() is only supported for booleans when the result has at most length 2.");
  }
  if (a._storage.inHeap && n > 2 && arangeKernel(a, n)) return;
  if (dt.kind === "f" || dt.kind === "c") {
    const v = region.view(dt) as Float64Array | Float32Array;
    const step = dt.kind === "c" ? 2 : 1;
    for (let part = 0; part < step; part++) {
      const s = v[at + part]!;
      const i0 = at + part;
      if (dt === FLOAT64 || dt.itemsize === 16) {
        const d = v[i0 + step]! - s;
        for (let i = 2; i < n; i++) v[i0 + i * step] = s + i * d;
      } else {
        const f = Math.fround;
        const d = f(v[i0 + step]! - s);
        for (let i = 2; i < n; i++) v[i0 + i * step] = s + f(f(i) * d);
      }
    }
    return;
  }
  if (!dt.big) {
    // 8- to 32-bit integers: start + i*delta wraps modulo 2**32 and the store wraps to the type.
    const v = region.view(dt) as Int32Array;
    const s = v[at]!;
    const d = (v[at + 1]! - s) | 0;
    for (let i = 2; i < n; i++) v[at + i] = s + Math.imul(i, d);
    return;
  }
  const v = region.view(dt) as BigInt64Array;
  const s = v[at]!;
  const d = dt.kind === "u" ? BigInt.asUintN(64, v[at + 1]! - s) : BigInt.asIntN(64, v[at + 1]! - s);
  const ds = dt.kind === "u" && d >= 1n << 63n ? d - (1n << 64n) : d; // the same step mod 2**64
  const last = s + BigInt(n - 1) * ds;
  const lim = TWO53n;
  if (s > -lim && s < lim && ds > -lim && ds < lim && last > -lim && last < lim && BigInt(n) * (ds < 0n ? -ds : ds) < lim) {
    // Every value and product is an exact double: write the two 32-bit halves directly.
    const lo = region.view(UINT32) as Uint32Array;
    const hi = region.view(INT32) as Int32Array;
    const sn = Number(s);
    const dn = Number(ds);
    const w = at * 2;
    for (let i = 2; i < n; i++) {
      const x = sn + i * dn;
      const h = Math.floor(x / 4294967296);
      lo[w + 2 * i] = x - h * 4294967296;
      hi[w + 2 * i + 1] = h;
    }
    return;
  }
  const wrap = dt.kind === "u" ? (x: bigint) => BigInt.asUintN(64, x) : (x: bigint) => BigInt.asIntN(64, x);
  for (let i = 2; i < n; i++) v[at + i] = wrap(s + BigInt(i) * d);
}

type ArangeOpts = {
  start?: ArangeValue | null;
  stop?: ArangeValue | null;
  step?: ArangeValue | null;
  dtype?: DTypeLike | null;
  device?: string;
  like?: unknown;
};

/** Whether an arange argument is complex: a {re, im} scalar or a complex 0-d array. */
function isComplexArg(x: unknown): boolean {
  return x instanceof NDArray ? x._dt.kind === "c" : scalarKind(x) === "complex";
}

/** An arange argument as a complex number (Python's complex(x)). */
function asComplex(x: unknown): Complex {
  if (x instanceof NDArray) {
    if (x.ndim !== 0) throw new NumpyTypeError("arange: scalar arguments expected instead of an array");
    const v = x.item();
    if (typeof v === "object" && v !== null) return v as Complex;
    return { re: Number(v), im: 0 };
  }
  if (typeof x === "object" && x !== null) return x as Complex;
  return { re: Number(x), im: 0 };
}

/** Python's complex division (Smith's algorithm, as CPython's _Py_c_quot). */
function pyComplexDiv(a: Complex, b: Complex): Complex {
  const ar = Math.abs(b.re);
  const ai = Math.abs(b.im);
  if (ar >= ai) {
    if (ar === 0) throw new ZeroDivisionError("complex division by zero");
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (ai >= ar) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/**
 * arange with complex arguments, as NumPy's PyArray_ArangeObj: the length is
 * min(ceil(re), ceil(im)) of (stop - start) / step (only the real part when that quotient is a
 * complex64 scalar, which is not a Python complex), the values start + i * delta part by part.
 */
function complexArange(start: unknown, stop: unknown, step: unknown, dtype: DType | undefined, defaultStep: boolean): NDArray {
  const args = defaultStep ? [start, stop] : [start, stop, step];
  const strong = args.filter((x): x is NDArray => x instanceof NDArray).map((x) => x._dt);
  const weak = args.filter((x) => !(x instanceof NDArray)).map((x) => scalarKind(x)!);
  // The quotient is computed with scalar arithmetic (Python scalars weak); the result dtype
  // promotes intp with each argument's own dtype (a Python complex is complex128).
  const quotient = resultType(strong, weak);
  const own = weak.map((k) => (k === "complex" ? COMPLEX128 : k === "float" ? FLOAT64 : k === "bool" ? BOOL : INT64));
  const dt = dtype ?? resultType([INT64, ...strong, ...own], []);
  if (dt.kind !== "c") throw new NumpyTypeError("must be real number, not complex");
  const a = asComplex(start);
  const b = asComplex(stop);
  const c = asComplex(step);
  const val = pyComplexDiv({ re: b.re - a.re, im: b.im - a.im }, c);
  let len = safeCeil(val.re);
  if (quotient !== COMPLEX64) len = Math.min(len, safeCeil(val.im));
  const out = emptyArray(dt, [Math.max(len, 0)]);
  if (len <= 0) return out;
  const R = dt === COMPLEX64 ? Math.fround : (x: number) => x;
  const v = out._storage.region.view(dt) as Float32Array | Float64Array;
  const at = out._ptr >> dt.shift;
  const s0 = { re: R(a.re), im: R(a.im) };
  const s1 = { re: R(a.re + c.re), im: R(a.im + c.im) };
  const delta = { re: R(s1.re - s0.re), im: R(s1.im - s0.im) };
  v[at] = s0.re;
  v[at + 1] = s0.im;
  if (len > 1) {
    v[at + 2] = s1.re;
    v[at + 3] = s1.im;
  }
  for (let i = 2; i < len; i++) {
    v[at + 2 * i] = R(s0.re + R(R(i) * delta.re));
    v[at + 2 * i + 1] = R(s0.im + R(R(i) * delta.im));
  }
  return out;
}

/**
 * Evenly spaced values in the half-open interval [start, stop), as `numpy.arange([start,]
 * stop[, step], dtype=None)`. With only integers the dtype is int64; any float makes it
 * float64, any complex complex128 (see complexArange). NumPy computes the first two values in the target dtype and fills the rest as
 * `a[0] + i*(a[1]-a[0])`, which is why `np.arange(0, 5, 0.5, {dtype: "int64"})` is all zeros.
 * @example
 * np.arange(3) // [0 1 2]
 * np.arange(1, 2, 0.25) // [1 1.25 1.5 1.75]
 * np.arange(0, 6, 2, "int8") // [0 2 4], int8
 */
export function arange(...args: Args<[ArangeValue, ArangeValue, ArangeValue, DTypeLike], ArangeOpts>): NDArray {
  let [start, stop, step, dtype, device] = bindArgs("arange", ["start", "stop", "step", "dtype"], args, ["device", "like"]) as [
    ArangeValue | null | undefined,
    ArangeValue | null | undefined,
    ArangeValue | null | undefined,
    DTypeLike | null | undefined,
    unknown,
  ];
  checkDevice(device);
  // NumPy refuses a call with no positional argument and no stop (np.arange(start=2)).
  const positional = args.length - (args.length > 0 && isOptions(args[args.length - 1]) ? 1 : 0);
  if (stop === undefined && positional === 0) throw new NumpyTypeError("arange() requires stop to be specified.");
  if (stop == null) {
    if (start == null) throw new NumpyTypeError("arange() requires stop to be specified.");
    stop = start;
    start = 0;
  } else if (start == null) start = 0;
  if ([start, stop, step].some(isComplexArg)) return complexArange(start, stop, step ?? 1, optionalDType(dtype), step == null);
  const a = pyNum(start, "start");
  const b = pyNum(stop, "stop");
  const c = step == null ? { num: { int: true as const, v: 1n }, dt: null, weak: "int" as WeakKind } : pyNum(step, "step");
  const len = Math.max(arangeLength(a.num, b.num, c.num), 0);
  let dt = optionalDType(dtype);
  if (dt === undefined) {
    // NumPy's discovery starts from intp and promotes with each argument's own dtype.
    dt = INT64;
    for (const p of step == null ? [a, b] : [a, b, c]) {
      let own: DType;
      if (p.dt !== null) own = p.dt;
      else if (p.weak === "float") own = FLOAT64;
      else if (p.weak === "bool") own = BOOL;
      else {
        const v = (p.num as { v: bigint }).v;
        own = v >= -(1n << 63n) && v < 1n << 63n ? INT64 : v >= 0n && v < 1n << 64n ? UINT64 : FLOAT64;
        if (v >= 1n << 64n || v < -(1n << 63n)) throw new NumpyTypeError("ndts has no object dtype: arange of integers outside the int64/uint64 range");
      }
      dt = promote(dt, own);
    }
  }
  const out = emptyArray(dt, [len]);
  if (len === 0) return out;
  const view = out._storage.region.view(dt) as unknown as (number | bigint)[];
  const at = out._ptr >> dt.shift;
  const step2 = dt.kind === "c" ? 2 : 1;
  view[at] = setitem(a.num, dt);
  if (step2 === 2) view[at + 1] = 0;
  if (len === 1) return out;
  view[at + step2] = setitem(pyAdd(a.num, c.num), dt);
  if (step2 === 2) view[at + 3] = 0;
  if (len === 2) return out;
  fillArange(out, len);
  return out;
}

// ---------------------------------------------------------------------------------------------
// linspace, logspace, geomspace

/** An argument of linspace & co. as an array plus whether it was a weak Python scalar. */
interface Operand {
  arr: NDArray;
  weak: WeakKind | null;
}

function operand(x: unknown): Operand {
  if (x instanceof NDArray) return { arr: x, weak: null };
  const k = scalarKind(x);
  return { arr: asArray(x as ArrayLike), weak: k };
}

/** The values of `a` broadcast to `shape`, in C order, as doubles (real part for complex). */
function doubles(a: NDArray, shape: readonly number[]): Float64Array {
  const st = broadcastStrides(a.shape, a.strides, shape);
  if (st === null) throw new ValueError(`could not broadcast shape ${a.shape} to ${shape}`);
  const out = new Float64Array(shapeSize(shape));
  const dt = a._dt;
  const v = a._storage.region.view(dt) as unknown as Indexed<number | bigint>;
  const sh = dt.shift;
  let k = 0;
  if (dt.big) forEachAddressC(shape, st, a._ptr, (p) => (out[k++] = Number(v[p >> sh])));
  else forEachAddressC(shape, st, a._ptr, (p) => (out[k++] = v[p >> sh] as number));
  return out;
}

type Indexed<T> = { readonly [i: number]: T; readonly length: number };

/**
 * The values of `a` broadcast to `shape`, in C order, as interleaved (re, im) doubles: what
 * complex linspace computes on, part by part.
 */
function complexParts(a: NDArray, shape: readonly number[]): Float64Array {
  const re = doubles(a, shape);
  const out = new Float64Array(re.length * 2);
  for (let i = 0; i < re.length; i++) out[2 * i] = re[i]!;
  if (a._dt.kind === "c") {
    const st = broadcastStrides(a.shape, a.strides, shape)!;
    const v = a._storage.region.view(a._dt) as Float32Array | Float64Array;
    const sh = a._dt.shift;
    let k = 1;
    forEachAddressC(shape, st, a._ptr, (p) => {
      out[k] = v[(p >> sh) + 1]!;
      k += 2;
    });
  }
  return out;
}

/**
 * The inexact dtype linspace computes in: NumPy's result_type(start, stop, ensure_inexact).
 */
function inexactType(ops: readonly Operand[]): DType {
  const strong = ops.filter((o) => o.weak === null).map((o) => o.arr._dt);
  const weak = ops.filter((o) => o.weak !== null).map((o) => o.weak!);
  const dt = resultType(strong, weak);
  return dt.kind === "f" || dt.kind === "c" ? dt : FLOAT64;
}

/** operator.index(num) and the non-negativity check of linspace. */
function sampleCount(num: unknown): number {
  if (typeof num === "bigint") num = Number(num);
  if (typeof num === "boolean") num = num ? 1 : 0;
  if (typeof num !== "number" || !Number.isInteger(num)) {
    throw new NumpyTypeError(`'${typeof num === "number" ? "float" : typeof num}' object cannot be interpreted as an integer`);
  }
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  return num;
}

function isIntegerDType(dt: DType): boolean {
  return dt.kind === "i" || dt.kind === "u";
}

/** A fresh C-contiguous float array of `shape` and its element view. */
function floatArray(dt: DType, shape: readonly number[]): [NDArray, Float64Array | Float32Array, number] {
  const a = emptyArray(dt, shape);
  return [a, a._storage.region.view(dt) as Float64Array | Float32Array, a._ptr >> dt.shift];
}

/** linspace's samples as a (num, *bshape) array of `dt`, and the step (number or array). */
function linspaceCore(
  start: Operand,
  stop: Operand,
  num: number,
  endpoint: boolean,
  dt: DType,
): [NDArray, number | Complex | NDArray] {
  // NumPy computes stop - start first: a mismatch names stop's shape first.
  const bshape = broadcastShapes(stop.arr.shape, start.arr.shape);
  // Complex values are computed part by part (interleaved re, im): for finite values NumPy's
  // complex arithmetic here (differences, division by div, products with i + 0j) is exactly that.
  const parts = dt.kind === "c" ? 2 : 1;
  const m = shapeSize(bshape) * parts;
  const R = dt === FLOAT32 || dt === COMPLEX64 ? Math.fround : (x: number) => x;
  const S = (parts === 2 ? complexParts(start.arr, bshape) : doubles(start.arr, bshape)).map(R);
  const T = (parts === 2 ? complexParts(stop.arr, bshape) : doubles(stop.arr, bshape)).map(R);
  const delta = new Float64Array(m);
  for (let j = 0; j < m; j++) delta[j] = R(T[j]! - S[j]!);
  const div = endpoint ? num - 1 : num;
  const [y, v, at] = floatArray(dt, [num, ...bshape]);
  let step: number | Complex | NDArray = parts === 2 ? { re: NaN, im: NaN } : NaN;
  let added = false; // y already holds i * step + start
  if (div > 0) {
    const st = new Float64Array(m);
    let anyZero = false;
    // A complex value over div is NumPy's complex division by div + 0j (Smith's method, which
    // multiplies by 1/div): (re + im*0) * (1/div), (im - re*0) * (1/div).
    const scl = R(1 / div);
    if (parts === 1) for (let j = 0; j < m; j++) st[j] = R(delta[j]! / div);
    else {
      for (let j = 0; j < m; j += 2) {
        const re = delta[j]!;
        const im = delta[j + 1]!;
        st[j] = R(R(re + R(im * 0)) * scl);
        st[j + 1] = R(R(im - R(re * 0)) * scl);
      }
    }
    // NumPy's any(step == 0): a complex step is zero when both parts are.
    for (let j = 0; j < m; j += parts) if (st[j] === 0 && (parts === 1 || st[j + 1] === 0)) anyZero = true;
    if (anyZero) {
      // Special handling for denormal steps (NumPy gh-5437): y = i/div * delta.
      for (let i = 0; i < num; i++) {
        const t = parts === 1 ? R(R(i) / div) : R(R(i) * scl);
        for (let j = 0; j < m; j++) v[at + i * m + j] = R(t * delta[j]!);
      }
    } else if (m === 1 && y._storage.inHeap && (dt === FLOAT64 || dt === FLOAT32)) {
      // The arange kernel computes start + i * step with the same two roundings.
      (dt === FLOAT64 ? kernels.arange_f64 : kernels.arange_f32)(y._ptr, num, S[0]!, st[0]!);
      added = true;
    } else {
      for (let i = 0; i < num; i++) {
        const fi = R(i);
        for (let j = 0; j < m; j++) v[at + i * m + j] = R(fi * st[j]!);
      }
    }
    if (bshape.length === 0) step = parts === 2 ? { re: st[0]!, im: st[1]! } : st[0]!;
    else {
      const [sa, sv, sat] = floatArray(dt, bshape);
      sv.set(st, sat);
      step = sa;
    }
  } else {
    for (let i = 0; i < num; i++) for (let j = 0; j < m; j++) v[at + i * m + j] = R(i * delta[j]!);
  }
  if (!added) for (let i = 0; i < num; i++) for (let j = 0; j < m; j++) v[at + i * m + j] = R(v[at + i * m + j]! + S[j]!);
  if (endpoint && num > 1) for (let j = 0; j < m; j++) v[at + (num - 1) * m + j] = T[j]!;
  return [y, step];
}

/** moveaxis(y, 0, axis) as NumPy's linspace does it (AxisError names `destination`). */
function placeAxis(y: NDArray, axis: number): NDArray {
  return axis === 0 ? y : moveaxis(y, 0, axis);
}

/** NumPy's final `astype(dtype, copy=False)`, flooring first for integer dtypes. */
function finish(y: NDArray, dtype: DType | undefined, floorFirst: boolean): NDArray {
  if (dtype === undefined || dtype === y._dt) return y;
  if (floorFirst && isIntegerDType(dtype)) {
    const v = y._storage.region.view(y._dt) as Float64Array | Float32Array;
    forEachAddressC(y.shape, y.strides, y._ptr, (p) => {
      const i = p >> y._dt.shift;
      v[i] = Math.floor(v[i]!);
    });
  }
  return copyAs(y, dtype, "K");
}

type LinspaceOpts = {
  num?: number;
  endpoint?: boolean;
  retstep?: boolean;
  dtype?: DTypeLike | null;
  axis?: number;
  device?: string;
};

/**
 * `num` evenly spaced samples over [start, stop] (or [start, stop) with endpoint false), as
 * `numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`.
 * start and stop may be arrays: the samples then run along `axis`. With `retstep` the result
 * is `[samples, step]`. Integer dtypes floor the samples, as NumPy >= 1.20. Complex start/stop
 * give complex samples (and a `{re, im}` step).
 * @example
 * np.linspace(2, 3, 5) // [2 2.25 2.5 2.75 3]
 * np.linspace(2, 3, 5, {endpoint: false}) // [2 2.2 2.4 2.6 2.8]
 * const [x, step] = np.linspace(0, 1, 5, {retstep: true}); // step 0.25
 */
export function linspace(start: ArrayLike, opts: LinspaceOpts & { stop: ArrayLike; retstep?: false }): NDArray;
export function linspace(opts: LinspaceOpts & { start: ArrayLike; stop: ArrayLike; retstep?: false }): NDArray;
export function linspace(
  start: ArrayLike,
  stop: ArrayLike,
  ...rest: Args<[number, boolean, false, DTypeLike, number], LinspaceOpts & { retstep?: false }>
): NDArray;
export function linspace(
  start: ArrayLike,
  stop: ArrayLike,
  ...rest: Args<[number, boolean, true, DTypeLike, number], LinspaceOpts & { retstep: true }>
): [NDArray, number | Complex | NDArray];
export function linspace(
  start: ArrayLike,
  stop: ArrayLike,
  ...rest: Args<[number, boolean, boolean, DTypeLike, number], LinspaceOpts>
): NDArray | [NDArray, number | Complex | NDArray];
export function linspace(
  start: ArrayLike | LinspaceOpts,
  stop?: ArrayLike | LinspaceOpts,
  ...rest: Args<[number, boolean, boolean, DTypeLike, number], LinspaceOpts>
): NDArray | [NDArray, number | Complex | NDArray] {
  const [lo, hi, ...opts] = takeRequired("linspace", ["start", "stop"], [start, stop, ...rest]) as [ArrayLike, ArrayLike, ...typeof rest];
  const [num, endpoint, retstep, dtype, axis, device] = bindArgs("linspace", ["num", "endpoint", "retstep", "dtype", "axis"], opts, [
    "device",
  ]) as [number | null | undefined, boolean | null | undefined, boolean | null | undefined, DTypeLike | null | undefined, number | null | undefined, unknown];
  checkDevice(device);
  const n = sampleCount(num ?? 50);
  const a = operand(lo);
  const b = operand(hi);
  const dt = inexactType([a, b]);
  const target = optionalDType(dtype);
  if (dt.kind === "c" && target !== undefined && isIntegerDType(target)) {
    throw new NumpyTypeError(
      "ufunc 'floor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  }
  const [y, step] = linspaceCore(a, b, n, endpoint ?? true, dt);
  const out = finish(placeAxis(y, axis ?? 0), target, true);
  return retstep ? [out, step] : out;
}


type LogspaceOpts = { num?: number; endpoint?: boolean; base?: ArrayLike; dtype?: DTypeLike | null; axis?: number };

/**
 * Numbers spaced evenly on a log scale: `base ** linspace(start, stop, num)`, as
 * `numpy.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`.
 * `base` may be an array (NumPy >= 1.25).
 * @example
 * np.logspace(2, 3, 4) // [100 215.443469 464.15888336 1000]
 * np.logspace(2, 3, 4, {base: 2}) // [4 5.0396842 6.34960421 8]
 */
export function logspace(start: ArrayLike, opts: LogspaceOpts & { stop: ArrayLike }): NDArray;
export function logspace(opts: LogspaceOpts & { start: ArrayLike; stop: ArrayLike }): NDArray;
export function logspace(start: ArrayLike, stop: ArrayLike, ...rest: Args<[number, boolean, ArrayLike, DTypeLike, number], LogspaceOpts>): NDArray;
export function logspace(
  start: ArrayLike | LogspaceOpts,
  stop?: ArrayLike | LogspaceOpts,
  ...rest: Args<[number, boolean, ArrayLike, DTypeLike, number], LogspaceOpts>
): NDArray {
  const [lo, hi, ...opts] = takeRequired("logspace", ["start", "stop"], [start, stop, ...rest]) as [ArrayLike, ArrayLike, ...typeof rest];
  const [num, endpoint, base, dtype, axis] = bindArgs("logspace", ["num", "endpoint", "base", "dtype", "axis"], opts) as [
    number | null | undefined,
    boolean | null | undefined,
    ArrayLike | null | undefined,
    DTypeLike | null | undefined,
    number | null | undefined,
  ];
  const n = sampleCount(num ?? 50);
  const ax = axis ?? 0;
  let a = operand(lo);
  let b = operand(hi);
  let bs = operand(base ?? 10.0);
  const target = optionalDType(dtype);
  if (bs.arr.ndim > 0) {
    // A non-scalar base broadcasts with start and stop, which may change what `axis` means.
    const nd = broadcastShapes(a.arr.shape, b.arr.shape, bs.arr.shape).length;
    const pad = (o: Operand): Operand => {
      const k = nd - o.arr.ndim;
      if (k <= 0) return o;
      return { arr: o.arr.reshape([...new Array<number>(k).fill(1), ...o.arr.shape]), weak: null };
    };
    a = pad(a);
    b = pad(b);
    bs = pad(bs);
    bs = { arr: expand_dims(bs.arr, ax), weak: null };
  }
  const dt = inexactType([a, b]);
  const [y0] = linspaceCore(a, b, n, endpoint ?? true, dt);
  const y = placeAxis(y0, ax);
  // The power ufunc, as NumPy's `_nx.power(base, y)`.
  const p = power(bs.weak === null ? bs.arr : (base ?? 10.0), y) as NDArray;
  return target === undefined || target === p._dt ? p : copyAs(p, target, "K");
}

type GeomspaceOpts = { num?: number; endpoint?: boolean; dtype?: DTypeLike | null; axis?: number };

/**
 * geomspace of complex values, composed of ufuncs exactly as NumPy's Python code: rotate start
 * onto the positive reals by sign(start), logspace between the log10s, restore the exact
 * endpoints, rotate back.
 */
function complexGeomspace(sa: NDArray, so: NDArray, n: number, endpoint: boolean, dt: DType, target: DType | undefined, axis: number): NDArray {
  const start = sa.astype(dt);
  const stop = so.astype(dt);
  for (const arr of [start, stop]) {
    const parts = (arr.ravel().tolist() as Complex[]).some((z) => z.re === 0 && z.im === 0);
    if (parts) throw new ValueError("Geometric sequence cannot include zero");
  }
  const outSign = sign(start) as NDArray;
  const s0 = divide(start, outSign) as NDArray;
  const s1 = divide(stop, outSign) as NDArray;
  const result = logspace(log10(s0) as NDArray, log10(s1) as NDArray, n, { endpoint, base: 10.0, dtype: dt });
  if (n > 0) result.set(0, s0);
  if (n > 1 && endpoint) result.set(-1, s1);
  let out = multiply(result, outSign) as NDArray;
  if (axis !== 0) out = moveaxis(out, 0, axis);
  return target === undefined || target === out._dt ? out : copyAs(out, target, "K");
}

/**
 * Numbers spaced evenly on a log scale with the endpoints given directly (a geometric
 * progression), as `numpy.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`.
 * Negative endpoints work as in NumPy 2 (the sign of start is factored out); complex inputs
 * go through the ufuncs as NumPy's code does. Real logarithms use JS `Math.log10`; powers are
 * the power ufunc's.
 * @example
 * np.geomspace(1, 1000, 4) // [1 10 100 1000]
 * np.geomspace(-1000, -1, 4) // [-1000 -100 -10 -1]
 */
export function geomspace(start: ArrayLike, opts: GeomspaceOpts & { stop: ArrayLike }): NDArray;
export function geomspace(opts: GeomspaceOpts & { start: ArrayLike; stop: ArrayLike }): NDArray;
export function geomspace(start: ArrayLike, stop: ArrayLike, ...rest: Args<[number, boolean, DTypeLike, number], GeomspaceOpts>): NDArray;
export function geomspace(
  start: ArrayLike | GeomspaceOpts,
  stop?: ArrayLike | GeomspaceOpts,
  ...rest: Args<[number, boolean, DTypeLike, number], GeomspaceOpts>
): NDArray {
  const [lo, hi, ...opts] = takeRequired("geomspace", ["start", "stop"], [start, stop, ...rest]) as [ArrayLike, ArrayLike, ...typeof rest];
  const [num, endpoint, dtype, axis] = bindArgs("geomspace", ["num", "endpoint", "dtype", "axis"], opts) as [
    number | null | undefined,
    boolean | null | undefined,
    DTypeLike | null | undefined,
    number | null | undefined,
  ];
  const n = sampleCount(num ?? 50);
  const sa = asArray(lo);
  const so = asArray(hi);
  const target = optionalDType(dtype);
  const dt = resultType([sa._dt, so._dt, target ?? FLOAT64], ["float"]);
  if (dt.kind === "c") return complexGeomspace(sa, so, n, endpoint ?? true, dt, target, axis ?? 0);
  for (const arr of [sa, so]) {
    for (const x of doubles(arr, arr.shape)) if (x === 0) throw new ValueError("Geometric sequence cannot include zero");
  }
  const R = dt === FLOAT32 ? Math.fround : (x: number) => x;
  // Rotate start to the positive reals: out_sign = sign(start); start /= out_sign; stop /= out_sign.
  const s = doubles(sa, sa.shape).map(R);
  const sign = s.map((x) => (Number.isNaN(x) ? NaN : x > 0 ? 1 : -1));
  const absStart = s.map((x, i) => R(x / sign[i]!));
  const bshape = broadcastShapes(sa.shape, so.shape);
  const signB = doubles(fromValues(sign, sa.shape, dt), bshape);
  const t = doubles(so, bshape).map(R);
  const stopRot = t.map((x, i) => R(x / signB[i]!));
  const logS = fromValues(absStart.map((x) => R(Math.log10(x))), sa.shape, dt);
  const logT = fromValues(stopRot.map((x) => R(Math.log10(x))), bshape, dt);
  const [y] = linspaceCore({ arr: logS, weak: null }, { arr: logT, weak: null }, n, endpoint ?? true, dt);
  const m = shapeSize(bshape);
  const v = y._storage.region.view(dt) as Float64Array | Float32Array;
  const at = y._ptr >> dt.shift;
  power(10.0, y, { out: y });
  if (n > 0) {
    const sB = doubles(fromValues(absStart, sa.shape, dt), bshape);
    for (let j = 0; j < m; j++) v[at + j] = sB[j]!;
    if (n > 1 && (endpoint ?? true)) for (let j = 0; j < m; j++) v[at + (n - 1) * m + j] = stopRot[j]!;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) v[at + i * m + j] = R(v[at + i * m + j]! * signB[j]!);
  return finish(placeAxis(y, axis ?? 0), target, false);
}

/** A fresh array of `dt` and `shape` holding `values` (C order). */
function fromValues(values: Float64Array, shape: readonly number[], dt: DType): NDArray {
  const [a, v, at] = floatArray(dt, shape);
  v.set(values, at);
  return a;
}

// ---------------------------------------------------------------------------------------------
// Grids

type MeshgridOpts = { copy?: boolean; sparse?: boolean; indexing?: "xy" | "ij" };

/**
 * Coordinate matrices from coordinate vectors, as `numpy.meshgrid(*xi, copy=True,
 * sparse=False, indexing='xy')`: the vectors are separate arguments, the options a trailing
 * object. Returns an array of NDArrays (NumPy's tuple).
 * @example
 * const [X, Y] = np.meshgrid([1, 2, 3], [4, 5]); // X.shape [2, 3]
 * const [I, J] = np.meshgrid([1, 2, 3], [4, 5], {indexing: "ij"}); // I.shape [3, 2]
 */
export function meshgrid(...xi: (ArrayLike | MeshgridOpts)[]): NDArray[] {
  let opts: MeshgridOpts = {};
  const last = xi[xi.length - 1];
  if (xi.length > 0 && isOptions(last)) {
    opts = last as MeshgridOpts;
    xi = xi.slice(0, -1);
    for (const k of Object.keys(opts)) {
      if (k !== "copy" && k !== "sparse" && k !== "indexing") {
        throw new NumpyTypeError(`meshgrid() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  const indexing = opts.indexing ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const nd = xi.length;
  const output = xi.map((x, i) => {
    const shape = new Array<number>(nd).fill(1);
    shape[i] = -1;
    return asArray(x as ArrayLike).reshape(shape);
  });
  if (indexing === "xy" && nd > 1) {
    const rest = new Array<number>(nd - 2).fill(1);
    output[0] = output[0]!.reshape([1, -1, ...rest]);
    output[1] = output[1]!.reshape([-1, 1, ...rest]);
  }
  let res = opts.sparse ? output : broadcast_arrays(...output);
  if (opts.copy ?? true) res = res.map((x) => x.copy());
  return res;
}

type IndicesOpts = { dtype?: DTypeLike; sparse?: boolean };

/**
 * An array representing the indices of a grid, as `numpy.indices(dimensions, dtype=int,
 * sparse=False)`: shape (N, *dimensions), or with `sparse` an array of N arrays that
 * broadcast against each other.
 * @example
 * np.indices([2, 3]).shape // [2, 2, 3]
 * np.indices([2, 3], {sparse: true}).map((a) => a.shape) // [[2, 1], [1, 3]]
 */
export function indices(dimensions: ShapeLike, ...rest: Args<[DTypeLike, false], IndicesOpts & { sparse?: false }>): NDArray;
export function indices(dimensions: ShapeLike, ...rest: Args<[DTypeLike, true], IndicesOpts & { sparse: true }>): NDArray[];
export function indices(dimensions: ShapeLike, ...rest: Args<[DTypeLike, boolean], IndicesOpts>): NDArray | NDArray[];
export function indices(dimensions: ShapeLike, ...rest: Args<[DTypeLike, boolean], IndicesOpts>): NDArray | NDArray[] {
  [dimensions, ...rest] = takeRequired("indices", ["dimensions"], [dimensions, ...rest]) as [typeof dimensions, ...typeof rest];
  const [dtype, sparse] = bindArgs("indices", ["dtype", "sparse"], rest) as [DTypeLike | null | undefined, boolean | null | undefined];
  const dims = typeof dimensions === "number" ? [dimensions] : Array.from(dimensions);
  const dt = dtype == null ? INT64 : resolveDType(dtype);
  const n = dims.length;
  const parts: NDArray[] = [];
  for (let i = 0; i < n; i++) {
    const shape = new Array<number>(n).fill(1);
    shape[i] = dims[i]!;
    parts.push(arange(dims[i]!, { dtype: dt }).reshape(shape));
  }
  if (sparse) return parts;
  const shape = normalizeShape([n, ...dims]);
  const res = emptyArray(dt, shape);
  const inner = shape.slice(1);
  const per = shapeSize(inner);
  for (let i = 0; i < n; i++) {
    const src = parts[i]!;
    const dst = { dt, region: res._storage.region, ptr: res._ptr + i * per * dt.itemsize, strides: cStrides(inner, dt.itemsize) };
    copyCast(inner, dst, { ...src._operand(), strides: broadcastStrides(src.shape, src.strides, inner)! });
  }
  return res;
}

/**
 * Constructs an array by calling `fn` once with the index arrays of `shape` (NDArrays, as
 * `numpy.fromfunction(function, shape, *, dtype=float, **kwargs)`); returns what `fn` returns.
 * Other options are NumPy's **kwargs: `fn` gets them as one trailing object.
 * @example
 * np.fromfunction((i, j) => i, [2, 2]) // float64 row indices
 */
export function fromfunction<R>(
  fn: (...idx: NDArray[]) => R,
  shape: ShapeLike,
  opts: { dtype?: DTypeLike | null; like?: unknown; [kwarg: string]: unknown } = {},
): R {
  // NumPy passes any other keyword on to the function (`function(*indices, **kwargs)`): here
  // as one trailing options object after the index arrays.
  const kwargs: Record<string, unknown> = {};
  for (const k of Object.keys(opts)) if (k !== "dtype" && k !== "like") kwargs[k] = opts[k];
  const idx = indices(shape, { dtype: (opts.dtype as DTypeLike | null | undefined) ?? FLOAT64 });
  const n = idx.shape[0] ?? 0;
  const inner = idx.shape.slice(1);
  const args: NDArray[] = [];
  for (let i = 0; i < n; i++) args.push(idx._view(inner, idx.strides.slice(1), idx._ptr + i * idx.strides[0]!));
  return Object.keys(kwargs).length > 0 ? (fn as (...a: unknown[]) => R)(...args, kwargs) : fn(...args);
}
