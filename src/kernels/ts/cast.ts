/**
 * Copy with dtype conversion between two strided arrays of one shape: the TypeScript kernel
 * behind astype, copy, array creation and assignment. Conversions follow NumPy's unsafe casting
 * on x86 (see core/scalar.ts for the float-to-int rules).
 */
import { KERNEL_CODE, realOf, type DType } from "../../core/dtype.js";
import { forEachRun, simplify } from "../../core/iter.js";
import { ValueError } from "../../core/errors.js";
import { warn } from "../../core/warnings.js";
import { castFloatToInt } from "../../core/scalar.js";
import { HEAP, kernels } from "../../storage/heap.js";
import { FPE_INVALID, FPE_OVERFLOW, raiseFPE } from "../../ufunc/errstate.js";
import type { AnyTyped, Region } from "../../storage/region.js";

/** An operand of a copy: where its element (0, ..., 0) is and how to step. */
export interface Operand {
  dt: DType;
  region: Region;
  ptr: number;
  strides: readonly number[];
}

type Conv = (v: number | bigint) => number | bigint;

/** The per-scalar conversion from a real source dtype to a real destination dtype. */
function scalarConv(from: DType, to: DType): Conv | null {
  if (to.kind === "b") return (v) => (v != 0 ? 1 : 0); // NaN != 0 is true, as NumPy
  if (to.kind === "f" || to.kind === "c") return from.big ? (v) => Number(v) : null;
  // Integer destination.
  if (from.kind === "f") return (v) => castFloatToInt(v as number, to);
  if (to.big) return from.big ? null : (v) => BigInt(v as number);
  if (from.big) return (v) => Number(BigInt.asIntN(32, v as bigint));
  return null; // TypedArray stores wrap small integers exactly as C casts do
}

/**
 * A same-dtype copy whose axes merge into two or three (a transposition, or rows of a view):
 * the copy_tiled kernel takes the two inner axes in one call (tiles for a transposition, whole
 * rows when both are contiguous), so no JavaScript call is paid per row. False otherwise.
 */
function copy2d(shape: readonly number[], dst: Operand, src: Operand): boolean {
  const { shape: sh, strides: st } = simplify(shape, [dst.strides, src.strides]);
  if (sh.length < 2 || sh.length > 3) return false;
  const k = sh.length - 2;
  const [dd, ss] = [st[0]!, st[1]!];
  for (let o = 0; o < (k ? sh[0]! : 1); o++) {
    const at = k ? o : 0;
    kernels.copy_tiled(dst.dt.itemsize, dst.ptr + at * (dd[0] ?? 0), dd[k]!, dd[k + 1]!, src.ptr + at * (ss[0] ?? 0), ss[k]!, ss[k + 1]!, sh[k]!, sh[k + 1]!);
  }
  return true;
}

/**
 * Copies src into dst element by element over `shape`, converting dtypes. Complex to a real
 * dtype other than bool keeps the real part, with NumPy's ComplexWarning. With `fpe` (the
 * casts NumPy reports: astype, np.array with a dtype, np.full, assignment, copyto), a float NaN,
 * infinity or out-of-range value cast to an integer dtype raises NumPy's "invalid value
 * encountered in cast", and a finite float64 that becomes an infinite float32 "overflow
 * encountered in cast" (warnings, or errors under np.errstate).
 * @example copyCast([2, 3], dstOperand, srcOperand, true)
 */
export function copyCast(shape: readonly number[], dst: Operand, src: Operand, fpe = false): void {
  const flags = copyCastFlags(shape, dst, src, fpe);
  if (flags) raiseFPE(flags, "cast");
}

/**
 * copyCast that returns the floating-point condition bits of the cast (checked when `fpe`)
 * instead of raising them: a ufunc reports its output casts under its own name, as NumPy does
 * ("invalid value encountered in add").
 * @example flags |= copyCastFlags(shape, outOperand, resultOperand, true)
 */
export function copyCastFlags(shape: readonly number[], dst: Operand, src: Operand, fpe: boolean): number {
  if (src.dt.kind === "c" && dst.dt.kind !== "c" && dst.dt.kind !== "b") {
    warn("Casting complex values to real discards the imaginary part", "ComplexWarning");
  }
  if (dst.region === HEAP && src.region === HEAP && src.dt === dst.dt && copy2d(shape, dst, src)) return 0;
  const check = fpe && src.dt !== dst.dt ? castCheck(src.dt, dst.dt) : null;
  if (dst.region === HEAP && src.region === HEAP && runLength(shape, dst, src) >= KERNEL_RUN) {
    // Both in the WebAssembly heap: the cast kernels (SIMD on contiguous runs; bit-exact with
    // the loops below, see test/kernels/cast.test.ts).
    const kernel = kernels[`cast_${KERNEL_CODE[src.dt.id]}_${KERNEL_CODE[dst.dt.id]}`]!;
    if (check === null) {
      forEachRun(shape, [dst.ptr, src.ptr], [dst.strides, src.strides], (p, st, n) => kernel(p[1]!, st[1]!, p[0]!, st[0]!, n));
      return 0;
    }
    // Checked: a kernel returns 1 when a value of its run may have raised the condition (its
    // v128 loops only see sentinel results, e.g. INT_MIN); that run is then checked exactly.
    let hit = false;
    forEachRun(shape, [dst.ptr, src.ptr], [dst.strides, src.strides], (p, st, n) => {
      if (kernel(p[1]!, st[1]!, p[0]!, st[0]!, n) !== 0 && !hit) {
        for (const o of check.offsets) hit ||= check.heap(p[1]! + o, st[1]!, n);
      }
    });
    return hit ? check.bit : 0;
  }
  const d = dst.region.view(dst.dt) as unknown as (number | bigint)[] & AnyTyped;
  const s = src.region.view(src.dt) as unknown as (number | bigint)[] & AnyTyped;
  const ds = dst.dt.shift;
  const ss = src.dt.shift;
  const dc = dst.dt.kind === "c";
  const sc = src.dt.kind === "c";
  const conv = dc && sc ? null : scalarConv(realOf(src.dt), dst.dt);
  const toBoolFromComplex = sc && dst.dt.kind === "b";
  let hit = false;
  forEachRun(shape, [dst.ptr, src.ptr], [dst.strides, src.strides], (p, st, n) => {
    let j = p[0]! >> ds;
    let i = p[1]! >> ss;
    const dj = st[0]! >> ds;
    const di = st[1]! >> ss;
    if (check !== null && !hit) hit = checkRun(s as unknown as ArrayLike<number>, i, di, n, check);
    if (toBoolFromComplex) {
      for (let k = 0; k < n; k++, i += di, j += dj) d[j] = s[i] != 0 || s[i + 1] != 0 ? 1 : 0;
    } else if (dc && sc) {
      for (let k = 0; k < n; k++, i += di, j += dj) {
        d[j] = s[i]!;
        d[j + 1] = s[i + 1]!;
      }
    } else if (dc) {
      for (let k = 0; k < n; k++, i += di, j += dj) {
        d[j] = conv ? conv(s[i]!) : s[i]!;
        d[j + 1] = 0;
      }
    } else if (conv) {
      for (let k = 0; k < n; k++, i += di, j += dj) d[j] = conv(s[i]!);
    } else {
      for (let k = 0; k < n; k++, i += di, j += dj) d[j] = s[i]!;
    }
  });
  return hit ? check!.bit : 0;
}

/** The JS form of a cast check: n elements (parts) of s from index i, step di. */
function checkRun(s: ArrayLike<number>, i: number, di: number, n: number, check: CastCheck): boolean {
  const { lo, hi } = check;
  const both = check.offsets.length === 2;
  for (let k = 0; k < n; k++, i += di) {
    if (check.bit === FPE_INVALID) {
      const x = s[i]!;
      if (!(x > lo && x < hi)) return true;
    } else {
      const a = Math.abs(s[i]!);
      const b = both ? Math.abs(s[i + 1]!) : 0;
      if ((a >= lo && a < hi) || (b >= lo && b < hi)) return true;
    }
  }
  return false;
}


/**
 * The open intervals of float values that x86's conversions to an integer dtype take without
 * raising "invalid" (NumPy's "invalid value encountered in cast"): 32-bit conversions for the
 * types up to int32 and uint16, 64-bit ones for int64 and uint32, and the unsigned 64-bit
 * conversion for uint64. Measured with NumPy 2.4.6 on x86-64.
 */
const INT_CAST_RANGE: Record<string, readonly [number, number]> = {
  int8: [-2147483649, 2 ** 31],
  uint8: [-2147483649, 2 ** 31],
  int16: [-2147483649, 2 ** 31],
  uint16: [-2147483649, 2 ** 31],
  int32: [-2147483649, 2 ** 31],
  uint32: [-(2 ** 63) - 2048, 2 ** 63],
  int64: [-(2 ** 63) - 2048, 2 ** 63],
  uint64: [-(2 ** 63) - 2048, 2 ** 64],
};

/** From this magnitude a float64 rounds to infinity in float32 (half an ulp above float32's max). */
const F32_OVERFLOW = 2 ** 128 - 2 ** 103;

/** What a cast must look for: a test of a run of source parts (heap kernel and JS forms). */
interface CastCheck {
  bit: number;
  /** Part offsets within an element to test (the real part; both parts for complex -> complex64). */
  offsets: readonly number[];
  heap: (p: number, s: number, n: number) => boolean;
  /** Invalid: a value outside (lo, hi); overflow: a magnitude in [lo, hi). */
  lo: number;
  hi: number;
}

const CHECKS = new Map<number, CastCheck | null>();

/** True when a cast from `src` to `dst` can raise NumPy's "encountered in cast" warnings. */
export function castCanWarn(src: DType, dst: DType): boolean {
  return src !== dst && castCheck(src, dst) !== null;
}

/** The floating-point condition a cast from `src` to `dst` can raise, or null (most casts). */
function castCheck(src: DType, dst: DType): CastCheck | null {
  const key = src.id * 64 + dst.id;
  let c = CHECKS.get(key);
  if (c === undefined) CHECKS.set(key, (c = makeCastCheck(src, dst)));
  return c;
}

function makeCastCheck(src: DType, dst: DType): CastCheck | null {
  const from = realOf(src);
  if (from.kind !== "f") return null;
  const range = dst.kind === "i" || dst.kind === "u" ? INT_CAST_RANGE[dst.name] : undefined;
  if (range) {
    const [lo, hi] = range;
    const k = from.itemsize === 8 ? kernels.outside_f64! : kernels.outside_f32!;
    return { bit: FPE_INVALID, offsets: [0], heap: (p, s, n) => k(p, s, n, lo, hi) !== 0, lo, hi };
  }
  if (from.itemsize === 8 && (dst.name === "float32" || dst.name === "complex64")) {
    return {
      bit: FPE_OVERFLOW,
      offsets: src.kind === "c" && dst.kind === "c" ? [0, 8] : [0],
      heap: (p, s, n) => kernels.overflow_f32_f64!(p, s, n, F32_OVERFLOW) !== 0,
      lo: F32_OVERFLOW,
      hi: Infinity,
    };
  }
  return null;
}

/** Runs at least this long go to a WebAssembly cast kernel (shorter ones: the loop is cheaper). */
const KERNEL_RUN = 16;

/** The length of the innermost run forEachRun would make (the whole size when it coalesces). */
function runLength(shape: readonly number[], dst: Operand, src: Operand): number {
  let n = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    n *= shape[d]!;
    if (d === 0 || n >= KERNEL_RUN) break;
    // The next axis out continues the run only when both operands step on contiguously.
    if (dst.strides[d - 1] !== dst.strides[d]! * shape[d]! || src.strides[d - 1] !== src.strides[d]! * shape[d]!) break;
  }
  return n;
}

/** Writes one converted value (already in dst's storage form) to every element of dst. */
export function fillStorage(shape: readonly number[], dst: Operand, re: number | bigint, im: number): void {
  const d = dst.region.view(dst.dt) as unknown as (number | bigint)[];
  const ds = dst.dt.shift;
  const complex = dst.dt.kind === "c";
  const fill = (d as unknown as { fill(v: number | bigint, start: number, end: number): void }).fill.bind(d);
  forEachRun(shape, [dst.ptr], [dst.strides], (p, st, n) => {
    let j = p[0]! >> ds;
    const dj = st[0]! >> ds;
    // Contiguous runs: the typed array's native fill (a memset for zeros).
    if (!complex && dj === 1) return fill(re, j, j + n);
    if (complex && dj === 2 && re === 0 && im === 0 && !Object.is(re, -0) && !Object.is(im, -0)) return fill(0, j, j + 2 * n);
    if (complex) {
      for (let k = 0; k < n; k++, j += dj) {
        d[j] = re;
        d[j + 1] = im;
      }
    } else {
      for (let k = 0; k < n; k++, j += dj) d[j] = re;
    }
  });
}

/** C type names NumPy's casting="same_value" errors use. */
const C_NAMES: Record<string, string> = {
  bool: "bool", int8: "byte", uint8: "ubyte", int16: "short", uint16: "ushort", int32: "int", uint32: "uint",
  int64: "long", uint64: "ulong", float32: "float", float64: "double", complex64: "cfloat", complex128: "cdouble",
};

function sameValue(s: number | bigint, d: number | bigint): boolean {
  if (typeof s === typeof d) return s === d || (s !== s && d !== d);
  const n = typeof s === "number" ? s : (d as number);
  const b = typeof s === "bigint" ? s : (d as bigint);
  return Number.isInteger(n) && BigInt(n) === b;
}

/**
 * Checks that a cast of src into dst (already done) kept every value, as NumPy 2.4's
 * casting="same_value" requires; throws NumPy's ValueError otherwise.
 * @example checkSameValue([3], castOperand, srcOperand)
 */
export function checkSameValue(shape: readonly number[], dst: Operand, src: Operand): void {
  const d = dst.region.view(dst.dt) as unknown as (number | bigint)[];
  const s = src.region.view(src.dt) as unknown as (number | bigint)[];
  const ds = dst.dt.shift;
  const ss = src.dt.shift;
  const dc = dst.dt.kind === "c";
  const sc = src.dt.kind === "c";
  const fail = (why = "") => new ValueError(`could not cast 'same_value' ${C_NAMES[src.dt.name]} to ${C_NAMES[dst.dt.name]}${why}`);
  // A cast to bool keeps the truth value, which NumPy counts as the same value.
  if (dst.dt.kind === "b") return;
  forEachRun(shape, [dst.ptr, src.ptr], [dst.strides, src.strides], (p, st, n) => {
    let j = p[0]! >> ds;
    let i = p[1]! >> ss;
    for (let k = 0; k < n; k++, i += st[1]! >> ss, j += st[0]! >> ds) {
      // Per element, as NumPy: the (real) value first, then a dropped imaginary part.
      if (!sameValue(s[i]!, d[j]!) || (sc && dc && !sameValue(s[i + 1]!, d[j + 1]!))) throw fail();
      if (sc && !dc && s[i + 1] !== 0) throw fail(": imag is not 0");
    }
  });
}

/**
 * Whether a cast of `src` (over `shape`) to `to` underflows: a float64 (or complex128 part)
 * that rounds inexactly below float32's smallest normal in a narrowing float cast. NumPy's
 * "underflow encountered in cast"; looked for only while np.errstate watches underflow (the
 * copy itself reports invalid and overflow, see copyCastFlags).
 * @example castUnderflow([1], f64Operand(1e-40), FLOAT32) // true
 */
export function castUnderflow(shape: readonly number[], src: Operand, to: DType): boolean {
  const fk = src.dt.kind;
  if ((fk !== "f" && fk !== "c") || (to.kind !== "f" && to.kind !== "c") || realOf(to).itemsize >= realOf(src.dt).itemsize) return false;
  const tiny = (x: number): boolean => {
    const f = Math.fround(x);
    return f !== x && Math.abs(f) < 2 ** -126 && x - x === 0;
  };
  const s = src.region.view(src.dt) as unknown as number[];
  const sh = src.dt.shift;
  let found = false;
  forEachRun(shape, [src.ptr], [src.strides], (p, st, n) => {
    let i = p[0]! >> sh;
    const di = st[0]! >> sh;
    for (let k = 0; k < n && !found; k++, i += di) found = tiny(s[i]!) || (fk === "c" && tiny(s[i + 1]!));
  });
  return found;
}
