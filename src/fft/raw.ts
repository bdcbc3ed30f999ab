/**
 * NumPy 2's `_raw_fft`: one transform along one axis, with its argument checks in NumPy's order
 * (n, norm, axis, out), its dtypes (float32/complex64 stay single precision, everything else is
 * complex128/float64) and its `out=` rules (shape, casting, input broadcast to out).
 *
 * @example
 * rawFft(asArray([1, 2, 3]), 3, -1, "c2c", true, null, null) // the same as np.fft.fft([1, 2, 3])
 */
import { COMPLEX128, COMPLEX64, FLOAT32, FLOAT64, type DType } from "../core/dtype.js";
import { IndexError, NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import { emptyArray, layoutStrides, NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { may_share_memory } from "../api/manipulation.js";
import { pyFloatRepr } from "../print/formatters.js";
import { FPE_INVALID, FPE_OVERFLOW, raiseFPE } from "../ufunc/errstate.js";
import { mapLanes, type LaneKernel } from "./lanes.js";
import { complexPlan } from "./plan.js";
import { realPlan } from "./real.js";

/** The `norm` argument: "backward" (the default, also null), "ortho" or "forward". */
export type Norm = "backward" | "ortho" | "forward" | null;

/** c2c: complex to complex; r2c: real n to complex n/2+1 (rfft); c2r: complex to real n (irfft). */
export type Kind = "c2c" | "r2c" | "c2r";

/** Python's str() of an argument, for messages. */
export function pyStr(x: unknown): string {
  if (x === null || x === undefined) return "None";
  if (typeof x === "boolean") return x ? "True" : "False";
  if (typeof x === "number") return Number.isInteger(x) ? String(x) : pyFloatRepr(x);
  return String(x);
}

/** Python's type name of a JS argument, for messages. */
function pyType(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (Array.isArray(x)) return "list";
  return typeof x;
}

/** NumPy's _swap_direction: the norm of the inverse transform. */
export function swapDirection(norm: unknown): Norm {
  switch (norm) {
    case null:
    case undefined:
    case "backward":
      return "forward";
    case "ortho":
      return "ortho";
    case "forward":
      return "backward";
    default:
      throw new ValueError(`Invalid norm value ${pyStr(norm)}; should be "backward", "ortho" or "forward".`);
  }
}

/** Python's a.shape[axis] (NumPy reads the default n with it before checking the axis). */
export function shapeAt(a: NDArray, axis: unknown): number {
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new NumpyTypeError(`tuple indices must be integers or slices, not ${pyType(axis)}`);
  }
  const nd = a.ndim;
  if (axis < -nd || axis >= nd) throw new IndexError("tuple index out of range");
  return a.shape[axis < 0 ? axis + nd : axis]!;
}

/** Scalars (float32 or float64) of the transform: NumPy's result_type(a.real.dtype, 1.0). */
function isSingle(a: NDArray): boolean {
  return a._dt === FLOAT32 || a._dt === COMPLEX64;
}

function checkOut(out: unknown, a: NDArray, axis: number, nOut: number): NDArray | null {
  if (out === null || out === undefined) return null;
  if (!(out instanceof NDArray)) throw new NumpyTypeError("return arrays must be of ArrayType");
  if (out.ndim !== a.ndim || out.shape[axis] !== nOut) throw new ValueError("output array has wrong shape.");
  return out;
}

/** A shape as NumPy's iterator errors print it: "(2,8)", "(8,newaxis)". */
function tup(s: readonly (number | string)[]): string {
  return `(${s.join(",")}${s.length === 1 ? "," : ""})`;
}

/**
 * The input seen with out's outer dimensions: size-1 dimensions broadcast, as the gufunc's
 * iterator does (loop dimensions = the outer ones in order, then the transform axis), with its
 * two errors.
 */
function broadcastInput(a: NDArray, out: NDArray, axis: number, nOut: number): NDArray {
  const outer = a.shape.map((_, d) => d).filter((d) => d !== axis);
  const ao = outer.map((d) => a.shape[d]!);
  const oo = outer.map((d) => out.shape[d]!);
  if (ao.every((x, i) => x === oo[i])) return a;
  if (ao.some((x, i) => x !== oo[i] && x !== 1 && oo[i] !== 1)) {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${tup(a.shape)}->${tup([...ao, "newaxis"])} ()->() ${tup(out.shape)}->${tup([...oo, out.shape[axis]!])}  and requested shape (${nOut})`,
    );
  }
  const bo = ao.map((x, i) => Math.max(x, oo[i]!));
  if (bo.some((x, i) => x !== oo[i])) {
    throw new ValueError(`non-broadcastable output operand with shape ${tup(out.shape)} [remapped to ${tup([...oo, out.shape[axis]!].reverse())}] doesn't match the broadcast shape ${tup([...bo, nOut])}`);
  }
  const shape = a.shape.map((x, d) => (d === axis ? x : out.shape[d]!));
  const strides = a.strides.map((st, d) => (d !== axis && a.shape[d] !== out.shape[d] ? 0 : st));
  return a._view(shape, strides, a._ptr);
}

/**
 * One transform along `axis` as NumPy 2's _raw_fft. `conjIn` / `conjOut` conjugate the input /
 * the result (hfft and ihfft).
 */
export function rawFft(a: NDArray, n: number, axis: number, kind: Kind, forward: boolean, normArg: unknown, outArg: unknown, conjIn = false, conjOut = false): NDArray {
  if (typeof n !== "number") throw new NumpyTypeError(`'<' not supported between instances of '${pyType(n)}' and 'int'`);
  if (n < 1 || Number.isNaN(n)) throw new ValueError(`Invalid number of FFT data points (${pyStr(n)}) specified.`);
  const norm = forward ? normArg : swapDirection(normArg);
  const single = isSingle(a);
  const r = single ? Math.fround : (x: number) => x;
  let fct: number;
  if (norm === null || norm === undefined || norm === "backward") fct = 1;
  else if (norm === "ortho") fct = r(1 / r(Math.sqrt(r(n))));
  else if (norm === "forward") fct = r(1 / r(n));
  else throw new ValueError(`Invalid norm value ${pyStr(norm)}; should be "backward","ortho" or "forward".`);
  if (!Number.isInteger(n)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  const nOut = kind === "r2c" ? (n >> 1) + 1 : n;
  if (typeof axis !== "number") throw new NumpyTypeError(`'${pyType(axis)}' object cannot be interpreted as an integer`);
  if (!Number.isInteger(axis)) throw new NumpyTypeError("integer argument expected, got float");
  const ax = normalizeAxis(axis, a.ndim);
  const out = checkOut(outArg, a, ax, nOut);
  // the ufunc's order: the out argument (read-only), the loop (input types), the output cast
  out?._checkOut();
  const resultDt: DType = kind === "c2r" ? (single ? FLOAT32 : FLOAT64) : single ? COMPLEX64 : COMPLEX128;
  if (kind === "r2c" && a._dt.kind === "c") {
    throw new NumpyTypeError(`ufunc 'rfft_n_${n % 2 === 0 ? "even" : "odd"}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  if (out !== null) {
    const k = out._dt.kind;
    if (k !== "c" && (kind !== "c2r" || k !== "f")) {
      const ufunc = kind === "c2c" ? (forward ? "fft" : "ifft") : kind === "r2c" ? `rfft_n_${n % 2 === 0 ? "even" : "odd"}` : "irfft";
      throw new UFuncTypeError(`Cannot cast ufunc '${ufunc}' output from dtype('${resultDt.name}') to dtype('${out._dt.name}') with casting rule 'same_kind'`);
    }
  }
  let src = a._dt.kind === "f" || a._dt.kind === "c" ? a : a.astype("float64");
  let dst: NDArray;
  if (out === null) {
    const shape = a.shape.map((x, d) => (d === ax ? nOut : x));
    dst = emptyArray(resultDt, shape, layoutStrides(shape, a.strides, resultDt.itemsize, "K", a.itemsize));
  } else {
    dst = out;
    if (src !== out && may_share_memory(src, out)) src = src.copy();
    src = broadcastInput(src, out, ax, nOut);
  }
  const inCount = kind === "c2r" ? (n >> 1) + 1 : n;
  const fpe = { flags: 0 };
  const kernel = watchFPE(laneKernel(kind, n, forward, fct, conjIn, conjOut), (kind === "r2c" ? 1 : 2) * inCount, (kind === "c2r" ? 1 : 2) * nOut, fpe);
  mapLanes(src, dst, ax, { count: inCount, complex: kind !== "r2c" }, kind !== "c2r", kernel);
  if (fpe.flags) raiseFPE(fpe.flags, kind === "c2c" ? (forward ? "fft" : "ifft") : kind === "r2c" ? `rfft_n_${n % 2 === 0 ? "even" : "odd"}` : "irfft");
  return dst;
}

/**
 * The floating-point exceptions pocketfft's arithmetic raises, told from the lanes' values (as
 * NumPy reports them after the ufunc loop, under np.errstate): an inf or nan from finite input
 * is an overflow (and a nan also an invalid operation); a nan from input holding an inf (and no
 * nan) is an invalid operation (inf - inf); nan input only propagates.
 */
function watchFPE(kernel: LaneKernel, inLen: number, outLen: number, fpe: { flags: number }): LaneKernel {
  return (x, y) => {
    let sx = 0;
    for (let i = 0; i < inLen; i++) sx += x[i]! - x[i]!;
    // input holding an inf and no nan (a nan's own propagation raises nothing)
    let inf = false;
    if (sx !== 0) {
      let nanIn = false;
      for (let i = 0; i < inLen && !nanIn; i++) {
        nanIn = x[i] !== x[i];
        inf ||= x[i] === Infinity || x[i] === -Infinity;
      }
      inf &&= !nanIn;
    }
    kernel(x, y);
    let sy = 0;
    for (let j = 0; j < outLen; j++) sy += y[j]! - y[j]!;
    if (sy === 0) return;
    let nan = false;
    for (let j = 0; j < outLen && !nan; j++) nan = y[j] !== y[j];
    if (sx === 0) fpe.flags |= FPE_OVERFLOW | (nan ? FPE_INVALID : 0);
    else if (inf && nan) fpe.flags |= FPE_INVALID;
  };
}

/** The lane transform: y = fct * T(x), with the conjugations of the backward direction. */
function laneKernel(kind: Kind, n: number, forward: boolean, fct: number, conjIn: boolean, conjOut: boolean): LaneKernel {
  if (kind === "c2c") {
    const plan = complexPlan(n);
    const negIn = conjIn !== !forward;
    const negOut = conjOut !== !forward;
    return (x, y) => {
      if (negIn) for (let j = 1; j < 2 * n; j += 2) x[j] = -x[j]!;
      const z = plan.forward(x);
      if (fct === 1 && !negOut) {
        y.set(z.length === 2 * n ? z : z.subarray(0, 2 * n));
        return;
      }
      if (negOut) {
        // 0 - v: an exact zero comes out +0, as the direct backward transform gives it
        for (let j = 0; j < 2 * n; j += 2) {
          y[j] = z[j]! * fct;
          y[j + 1] = 0 - z[j + 1]! * fct;
        }
      } else {
        for (let j = 0; j < 2 * n; j += 2) {
          y[j] = z[j]! * fct;
          y[j + 1] = z[j + 1]! * fct;
        }
      }
    };
  }
  const plan = realPlan(n);
  if (kind === "r2c") {
    const m = 2 * ((n >> 1) + 1);
    const si = conjOut ? -fct : fct;
    return (x, y) => {
      plan.forward(x, y);
      if (fct === 1 && !conjOut) return;
      for (let j = 0; j < m; j += 2) {
        y[j] = y[j]! * fct;
        y[j + 1] = y[j + 1]! * si;
      }
    };
  }
  const m = 2 * ((n >> 1) + 1);
  return (x, y) => {
    if (conjIn) for (let j = 1; j < m; j += 2) x[j] = -x[j]!;
    plan.backward(x, y);
    if (fct !== 1) for (let j = 0; j < n; j++) y[j] = y[j]! * fct;
  };
}
