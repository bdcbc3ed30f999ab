/**
 * Runs one resolved ufunc loop over broadcast operands: the iteration is reduced to runs
 * (core/iter.ts); each run goes to the WebAssembly kernel when there is one and the data is big
 * enough, else to the TypeScript loop built from the ufunc's element function (defs.ts).
 * Operands outside the heap are staged through scratch memory for the kernels. Returns the
 * floating-point conditions seen (errstate bits).
 */
import { realOf, type DType } from "../core/dtype.js";
import { forEachRun, simplify } from "../core/iter.js";
import * as C from "../kernels/ts/complex.js";
import { complexOps } from "../kernels/ts/complex.js";
import { HEAP, kernels, scalarSlot, scratch } from "../storage/heap.js";
import { parallel, parallelRows, threadsAvailable } from "../storage/threads.js";
import { BINARY_OPS, UNARY_OPS } from "../kernels/ts/math.js";

const scalarSlotAddress = () => scalarSlot(0);
import type { Region } from "../storage/region.js";
import { secondOutput, type UfuncDef } from "./defs.js";
import { FPE_DIVIDE, FPE_INVALID, FPE_OVERFLOW } from "./errstate.js";
import { KERNEL_CODE } from "./resolve.js";

/** An operand of a loop: its dtype and memory, with strides broadcast to the loop's shape. */
export interface LoopOperand {
  dt: DType;
  region: Region;
  ptr: number;
  strides: readonly number[];
  inHeap: boolean;
}

type Kernel = (...args: number[]) => number | undefined;
type Fn = (...args: never[]) => unknown;

/** Elements below which the TypeScript loop beats a kernel call. */
export const KERNEL_MIN = 32;

/** The WebAssembly kernel for a ufunc loop, if the module has one. */
export function findKernel(def: UfuncDef, loop: DType): Kernel | undefined {
  if (def.kernel === null) return undefined;
  const byDType = def.cache.kernels;
  let k = byDType[loop.id];
  if (k === undefined) byDType[loop.id] = k = (kernels[`${def.kernel}_${KERNEL_CODE[loop.id]}`] as Kernel | undefined) ?? null;
  return k ?? undefined;
}

/** The element function for a loop dtype (made once per ufunc and dtype). */
export function elementFn(def: UfuncDef, loop: DType): { fn: Fn; domain: "num" | "big" | "c" } {
  return (def.cache.elements[loop.id] ??= makeElementFn(def, loop));
}

function makeElementFn(def: UfuncDef, loop: DType): { fn: Fn; domain: "num" | "big" | "c" } {
  let fn: unknown;
  let domain: "num" | "big" | "c" = "num";
  if (loop.kind === "c") {
    fn = complexOps(loop.itemsize === 8)[def.name];
    domain = "c";
  } else if (loop.kind === "f") fn = def.f?.(loop);
  else if (loop.big) {
    fn = def.big?.(loop);
    domain = "big";
  } else fn = def.i?.(loop);
  if (typeof fn !== "function") throw new Error(`internal: ufunc '${def.name}' has no ${loop.name} loop`);
  return { fn: fn as Fn, domain };
}

/**
 * A contiguous run in TypeScript for real loops: out[io + i] = f(a[ia + i], b[ib + i * sb]),
 * with `b` a second array (sb = 1), a scalar storage value (b = null, sb = 0), or absent
 * (unary). Returns the floating-point conditions, or -1 when the loop is complex.
 */
export function runContiguousTS(
  def: UfuncDef,
  loop: DType,
  floatOut: boolean,
  o: (number | bigint)[],
  io: number,
  a: (number | bigint)[],
  ia: number,
  b: (number | bigint)[] | null,
  ib: number,
  scalar: number | bigint,
  scalarFirst: boolean,
  n: number,
): number {
  const { fn, domain } = elementFn(def, loop);
  if (domain === "c") return -1;
  let flags = 0;
  if (def.nin === 1) {
    const f = fn as (x: number | bigint) => number | bigint;
    for (let i = 0; i < n; i++) {
      const x = a[ia + i]!;
      const r = f(x);
      o[io + i] = r;
      if (floatOut && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, 0);
    }
  } else {
    const f = fn as (x: number | bigint, y: number | bigint) => number | bigint;
    for (let i = 0; i < n; i++) {
      const x = b === null && scalarFirst ? scalar : a[ia + i]!;
      const y = b === null ? (scalarFirst ? a[ia + i]! : scalar) : b[ib + i]!;
      const r = f(x, y);
      o[io + i] = r;
      if (floatOut && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, y as number);
    }
  }
  if (intDivision(def, loop)) {
    // reciprocal's divisor is its input
    if (def.nin === 1) flags |= divisorFlags(def, loop, a, ia, 1, a, ia, 1, n);
    else if (b !== null) flags |= divisorFlags(def, loop, a, ia, 1, b, ib, 1, n);
    // A scalar divisor: 0 divides by zero, -1 overflows INT_MIN in floor_divide.
    else if (!scalarFirst) flags |= divisorFlags(def, loop, a, ia, 1, [scalar], 0, 0, n);
    else flags |= divisorFlags(def, loop, [scalar], 0, 0, a, ia, 1, n);
  }
  return flags;
}

/**
 * The ufuncs whose integer loops divide: NumPy's divide flag for a zero divisor, and (true here)
 * its overflow flag for INT_MIN // -1. Other integer loops raise no flags (power(0, 0) is 1).
 */
const INT_DIVISIONS: Record<string, boolean> = { floor_divide: true, divmod: true, remainder: false, fmod: false, reciprocal: false };

/**
 * The conditions of an integer division by zero: NumPy's divide flag; integer reciprocal, which
 * NumPy computes as 1.0 / x cast to the integer type, also raises invalid (the cast of inf).
 */
function zeroDivisorCondition(def: UfuncDef): number {
  return def.nin === 1 ? FPE_DIVIDE | FPE_INVALID : FPE_DIVIDE;
}

/** Whether a loop is one of NumPy's integer divisions (see INT_DIVISIONS). */
function intDivision(def: UfuncDef, loop: DType): boolean {
  return (loop.kind === "i" || loop.kind === "u") && def.name in INT_DIVISIONS;
}

/**
 * Integer division by zero (NumPy's divide flag) and INT_MIN // -1 (overflow), found by looking
 * at the operands of a TypeScript run (element strides in TypedArray units).
 */
function divisorFlags(def: UfuncDef, loop: DType, a: (number | bigint)[], ia: number, sa: number, b: (number | bigint)[], ib: number, sb: number, n: number): number {
  const min = loop.kind === "i" && INT_DIVISIONS[def.name] ? -(2 ** (loop.itemsize * 8 - 1)) : null;
  const zero = zeroDivisorCondition(def);
  let flags = 0;
  for (let i = 0; i < n; i++, ia += sa, ib += sb) {
    const y = b[ib]!;
    if (y == 0) flags |= zero;
    else if (min !== null && y == -1 && a[ia]! == min) flags |= FPE_OVERFLOW;
  }
  return flags;
}

/**
 * Runs the loop. `outs` and `ins` hold element (0, ..., 0) addresses and broadcast strides over
 * `shape`. Inputs are already of the loop dtype.
 */
export function execute(def: UfuncDef, loop: DType, shape: readonly number[], outs: LoopOperand[], ins: LoopOperand[]): number {
  let size = 1;
  for (const d of shape) size *= d;
  if (size === 0) return 0;
  const kernel = size >= KERNEL_MIN && def.nout === 1 ? findKernel(def, loop) : undefined;
  const flags = kernel ? runKernel(def, kernel, shape, outs[0]!, ins) : runTS(def, loop, shape, outs, ins);
  return loop.kind === "c" && ORDERED.has(def.name) ? flags | complexOrderFlags(shape, ins) : flags;
}

/** The ordered comparisons, whose complex loops compare parts with C's `<` (NumPy's CLT ...). */
export const ORDERED = new Set(["less", "less_equal", "greater", "greater_equal"]);

/**
 * Invalid, as NumPy's complex ordered comparisons raise it: `xr < yr` with a NaN real part, or
 * equal real parts and `xi < yi` with a NaN imaginary part.
 */
function complexOrderFlags(shape: readonly number[], ins: LoopOperand[]): number {
  const [a, b] = ins.map((o) => o.region.view(o.dt) as unknown as number[]);
  const sh = ins[0]!.dt.shift;
  let flags = 0;
  forEachRun(shape, ins.map((o) => o.ptr), ins.map((o) => o.strides), (p, st, n) => {
    for (let i = 0, ia = p[0]! >> sh, ib = p[1]! >> sh; i < n && !flags; i++, ia += st[0]! >> sh, ib += st[1]! >> sh) {
      const xr = a![ia]!, yr = b![ib]!;
      if (xr !== xr || yr !== yr || (xr === yr && (a![ia + 1]! !== a![ia + 1]! || b![ib + 1]! !== b![ib + 1]!))) flags = FPE_INVALID;
    }
  });
  return flags;
}

// ---------------------------------------------------------------------------------------------
// TypeScript loops

function runTS(def: UfuncDef, loop: DType, shape: readonly number[], outs: LoopOperand[], ins: LoopOperand[]): number {
  const { fn, domain } = elementFn(def, loop);
  const ops = [...outs, ...ins];
  const views = ops.map((o) => o.region.view(o.dt) as unknown as (number | bigint)[]);
  const shifts = ops.map((o) => o.dt.shift);
  const o0 = outs[0]!;
  const floatOut = o0.dt.kind === "f";
  const secondFloat = outs.length === 2 && outs[1]!.dt.kind === "f";
  const big = domain === "big";
  const intDivide = intDivision(def, loop);
  let flags = 0;
  const nin = ins.length;
  const nout = outs.length;
  forEachRun(shape, ops.map((o) => o.ptr), ops.map((o) => o.strides), (p, st, n) => {
    const idx = p.map((x, k) => x >> shifts[k]!);
    const step = st.map((x, k) => x >> shifts[k]!);
    const out = views[0]!;
    let io = idx[0]!;
    const so = step[0]!;
    if (domain === "c") {
      flags |= complexRun(def, fn, views, idx, step, n, nin, o0.dt);
      return;
    }
    const a = views[nout]!;
    let ia = idx[nout]!;
    const sa = step[nout]!;
    if (nin === 1) {
      const f = fn as (x: number | bigint) => number | bigint;
      if (intDivide) flags |= divisorFlags(def, loop, a, ia, sa, a, ia, sa, n);
      for (let i = 0; i < n; i++, io += so, ia += sa) {
        const x = a[ia]!;
        const r = f(x);
        out[io] = r;
        if (floatOut && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, 0);
        if (nout === 2) {
          const r2 = (views[1]![idx[1]! + i * step[1]!] = secondOutput(def.name, big));
          if (secondFloat && (r2 as number) - (r2 as number) !== 0) flags |= classify(def, r2 as number, x as number, 0);
        }
      }
      return;
    }
    const b = views[nout + 1]!;
    let ib = idx[nout + 1]!;
    const sb = step[nout + 1]!;
    if (intDivide) flags |= divisorFlags(def, loop, a, ia, sa, b, ib, sb, n);
    const f = fn as (x: number | bigint, y: number | bigint) => number | bigint;
    for (let i = 0; i < n; i++, io += so, ia += sa, ib += sb) {
      const x = a[ia]!;
      const y = b[ib]!;
      const r = f(x, y);
      out[io] = r;
      if (floatOut && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, y as number);
      if (nout === 2) {
        // divmod(1., 0.): the remainder's NaN is an invalid operation too, as NumPy reports.
        const r2 = (views[1]![idx[1]! + i * step[1]!] = secondOutput(def.name, big));
        if (secondFloat && (r2 as number) - (r2 as number) !== 0) flags |= classify(def, r2 as number, x as number, y as number);
      }
    }
  });
  return flags;
}

/** A complex run: inputs complex; output complex, real (absolute) or bool. */
function complexRun(def: UfuncDef, fn: Fn, views: (number | bigint)[][], idx: number[], step: number[], n: number, nin: number, out: DType): number {
  const o = views[0] as number[];
  const a = views[1] as number[];
  const complexOut = out.kind === "c";
  const inexactOut = complexOut || out.kind === "f";
  let io = idx[0]!;
  let ia = idx[1]!;
  const so = step[0]!;
  const sa = step[1]!;
  let flags = 0;
  if (nin === 1) {
    const f = fn as (re: number, im: number) => number;
    for (let i = 0; i < n; i++, io += so, ia += sa) {
      const re = f(a[ia]!, a[ia + 1]!);
      const im = complexOut ? C.im : 0;
      o[io] = re;
      if (complexOut) o[io + 1] = im;
      if (inexactOut && re - re + (im - im) !== 0) flags |= classifyComplex(def, re, im, a[ia]!, a[ia + 1]!, 0, 0);
    }
    return flags;
  }
  const b = views[2] as number[];
  let ib = idx[2]!;
  const sb = step[2]!;
  const f = fn as (ar: number, ai: number, br: number, bi: number) => number;
  for (let i = 0; i < n; i++, io += so, ia += sa, ib += sb) {
    const re = f(a[ia]!, a[ia + 1]!, b[ib]!, b[ib + 1]!);
    const im = complexOut ? C.im : 0;
    o[io] = re;
    if (complexOut) o[io + 1] = im;
    if (inexactOut && re - re + (im - im) !== 0) flags |= classifyComplex(def, re, im, a[ia]!, a[ia + 1]!, b[ib]!, b[ib + 1]!);
  }
  return flags;
}

const isInf = (v: number) => v === Infinity || v === -Infinity;
const finite = (v: number) => v - v === 0;
/**
 * Complex inputs with a NaN part for which NumPy's (glibc's) unary loops still raise invalid: the
 * sin/cos of an infinite or NaN argument inside cexp, csinh and ctanh (ccos and ccosh take none).
 */
const NAN_INVALID: Record<string, (x: number, y: number) => boolean> = {
  exp: (x, y) => (x !== x && y === y && y !== 0) || (finite(x) && y !== y),
  exp2: (x, y) => (x !== x && y === y && y !== 0) || (finite(x) && y !== y),
  expm1: (x, y) => x !== x && isInf(y),
  sin: (x, y) => x !== x && finite(y) && y !== 0,
  sinh: (x, y) => finite(x) && x !== 0 && y !== y,
  tan: (x, y) => isInf(x) && y !== y,
  tanh: (x, y) => x !== x && isInf(y),
};

/**
 * The condition a non-finite complex result stands for: none when an input part is not finite,
 * invalid for a NaN part (with division by zero for a nonzero finite x / 0), else division by zero at the ufunc's pole (judged on magnitudes) or
 * overflow.
 */
function classifyComplex(def: UfuncDef, re: number, im: number, ar: number, ai: number, br: number, bi: number): number {
  // A NaN input propagates quietly, except a NaN divisor of NumPy's complex divide and
  // reciprocal, whose ordered comparisons of its parts (Smith's method) raise invalid.
  if (ar !== ar || ai !== ai || br !== br || bi !== bi) {
    if (def.name === "reciprocal") return FPE_INVALID;
    if (def.nin === 1) return NAN_INVALID[def.name]?.(ar, ai) ? FPE_INVALID : 0;
    // NumPy's complex power: 0j ** z other than a positive real is invalid; a real NaN or
    // infinite exponent is cast to an integer (to test for small integer powers): invalid too.
    if (def.name === "power" && !(br === 0 && bi === 0)) return (ar === 0 && ai === 0 ? !(br > 0 && bi === 0) : bi === 0 && !finite(br)) ? FPE_INVALID : 0;
    return def.name === "divide" && (br !== br || bi !== bi) ? FPE_INVALID : 0;
  }
  if (re !== re || im !== im) {
    // NumPy's sign sets inf+infj's nan+nanj directly, a quiet NaN (finite z never gives one).
    if (def.name === "sign") return 0;
    // NumPy's (1+0j)/0 is inf+nanj with both conditions; 0j/0j is invalid only.
    const byZero = def.name === "divide" && br === 0 && bi === 0 && (ar !== 0 || ai !== 0) && ar - ar + (ai - ai) === 0;
    return byZero ? FPE_INVALID | FPE_DIVIDE : FPE_INVALID;
  }
  if (ar - ar + (ai - ai) + (br - br) + (bi - bi) !== 0) return 0;
  const atPole = def.cpole && def.nin === 1 ? def.cpole(ar, ai) : def.pole?.(Math.hypot(ar, ai), Math.hypot(br, bi));
  return atPole ? FPE_DIVIDE : FPE_OVERFLOW;
}

/** The condition a non-finite float result stands for, given its (float) inputs. */
export function classify(def: UfuncDef, r: number, x: number, y: number): number {
  // A NaN input propagates quietly, except through logaddexp's ordered comparisons.
  if (x !== x || y !== y) return def.name === "logaddexp" || def.name === "logaddexp2" ? FPE_INVALID : 0;
  // A NaN from non-NaN inputs is IEEE's invalid operation, infinite inputs included
  // (inf - inf, inf * 0, sin(inf)); an infinite result of an infinite input is exact.
  if (r !== r) return def.name === "spacing" ? 0 : FPE_INVALID; // NumPy's spacing(inf) is a quiet NaN
  if (x - x !== 0 || y - y !== 0) return 0;
  return def.pole?.(x, y) ? FPE_DIVIDE : FPE_OVERFLOW;
}

// ---------------------------------------------------------------------------------------------
// WebAssembly kernels

const TILE = 2048;

/** Byte extent [lo, hi) an operand's elements span. */
function extent(shape: readonly number[], op: LoopOperand): [number, number] {
  let lo = op.ptr;
  let hi = op.ptr;
  for (let d = 0; d < shape.length; d++) {
    const span = (shape[d]! - 1) * op.strides[d]!;
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi + op.dt.itemsize];
}

function runKernel(def: UfuncDef, kernel: Kernel, shape: readonly number[], out: LoopOperand, ins: LoopOperand[]): number {
  // Inputs outside the heap: small ones are copied into scratch once; big ones (and an output
  // outside the heap) are staged tile by tile behind them.
  const spans = ins.map((op) => (op.inHeap ? null : extent(shape, op)));
  let small = 0;
  for (const s of spans) if (s && s[1] - s[0] <= 1 << 16) small += (s[1] - s[0] + 15) & ~15;
  const base = scratch(small + TILE * 16 * (ins.length + 1));
  let scratchUsed = 0;
  let staged = !out.inHeap;
  const stagedIns = ins.map((op, k) => {
    const span = spans[k];
    if (!span) return op;
    const [lo, hi] = span;
    if (hi - lo > 1 << 16) {
      staged = true;
      return op;
    }
    const at = base + scratchUsed;
    HEAP.bytes().set(new Uint8Array(op.region.buffer, lo, hi - lo), at);
    scratchUsed += (hi - lo + 15) & ~15;
    return { ...op, region: HEAP, ptr: at + (op.ptr - lo), inHeap: true };
  });
  // Float kernels may report non-finite results in their return value; complex ones are scanned.
  const outFloat = out.dt.kind === "f";
  const scan = nonfiniteScan(out.dt);
  const intDiv = intDivision(def, out.dt);
  let flags = 0;
  const ops = [out, ...stagedIns];
  const direct = !staged;
  if (direct) {
    const r = splitAcrossThreads(def, shape, ops);
    if (r !== null) {
      // Rare: classify the conditions run by run, as the single-threaded path does.
      forEachRun(shape, ops.map((o) => o.ptr), ops.map((o) => o.strides), (p, st, n) => {
        if (scan && (r === undefined || !outFloat ? scan(p[0]!, st[0]!, n) !== 0 : r !== 0)) flags |= classifyRun(def, ops, p, st, n);
        if (intDiv) flags |= zeroDivisorFlags(def, ops, p, st, n);
      });
      return flags;
    }
  }
  forEachRun(shape, ops.map((o) => o.ptr), ops.map((o) => o.strides), (p, st, n) => {
    if (direct) {
      const r = call(kernel, ins.length, p, st, n);
      if (scan && (typeof r === "number" && outFloat ? r !== 0 : scan(p[0]!, st[0]!, n) !== 0)) flags |= classifyRun(def, ops, p, st, n);
    } else {
      flags |= stagedRun(def, kernel, scan, ops, p, st, n, base + scratchUsed);
    }
    if (intDiv) flags |= zeroDivisorFlags(def, ops, p, st, n);
  });
  return flags;
}

/** Elements from which an operation is split across threads: cheap ops and transcendentals. */
const PARALLEL_MIN = 1 << 17;
const PARALLEL_MIN_EXPENSIVE = 1 << 13;
const EXPENSIVE = new Set<string>([...UNARY_OPS, ...BINARY_OPS, "float_power"]);

/** Whether an operation of this ufunc over `size` elements is worth splitting across threads. */
export function worthSplitting(def: UfuncDef, size: number): boolean {
  return threadsAvailable && size >= (def.kernel !== null && EXPENSIVE.has(def.kernel) ? PARALLEL_MIN_EXPENSIVE : PARALLEL_MIN);
}

/**
 * Runs a loop of heap operands on worker threads too, when it is big enough and reduces to one
 * or two dimensions: the elements of one run, or the rows of a 2-d iteration, are split between
 * the threads. Returns the OR of the kernels' results (undefined: they return nothing), or null
 * when it did not run.
 */
function splitAcrossThreads(def: UfuncDef, shape: readonly number[], ops: LoopOperand[]): number | undefined | null {
  let size = 1;
  for (const d of shape) size *= d;
  if (!worthSplitting(def, size)) return null;
  const name = `${def.kernel}_${KERNEL_CODE[ops[1]!.dt.id]}`;
  const { shape: sh, strides } = simplify(shape, ops.map((o) => o.strides));
  // Kernel argument order: inputs, then the output; each as (pointer, stride), then the count.
  const order = [...ops.slice(1).map((_, k) => k + 1), 0];
  if (sh.length === 1) return parallel(name, sh[0]!, order.flatMap((k) => [ops[k]!.ptr, strides[k]![0]!]), order.flatMap((k) => [strides[k]![0]!, 0]));
  if (sh.length !== 2) return null;
  // One call per row: the row's pointers, the inner strides and the row length.
  const base = [...order.flatMap((k) => [ops[k]!.ptr, strides[k]![1]!]), sh[1]!];
  return parallelRows(name, sh[0]!, base, [...order.flatMap((k) => [strides[k]![0]!, 0]), 0]);
}

/**
 * Calls a kernel on one run (operand 0 is the output, then the inputs). Float kernels return 1
 * when a result is NaN or infinite; kernels that return nothing leave that to a scan.
 */
function call(kernel: Kernel, nin: number, p: number[], st: readonly number[], n: number): number | undefined {
  if (nin === 1) return kernel(p[1]!, st[1]!, p[0]!, st[0]!, n);
  return kernel(p[1]!, st[1]!, p[2]!, st[2]!, p[0]!, st[0]!, n);
}

/** A run with operands outside the heap, in tiles through scratch memory. */
function stagedRun(def: UfuncDef, kernel: Kernel, scan: Kernel | undefined, ops: LoopOperand[], p: number[], st: readonly number[], n: number, tiles: number): number {
  const nop = ops.length;
  const base = tiles;
  const tp = new Array<number>(nop);
  const ts = new Array<number>(nop);
  let flags = 0;
  for (let start = 0; start < n; start += TILE) {
    const m = Math.min(TILE, n - start);
    for (let k = 0; k < nop; k++) {
      const op = ops[k]!;
      const addr = p[k]! + start * st[k]!;
      if (op.inHeap) {
        tp[k] = addr;
        ts[k] = st[k]!;
      } else {
        tp[k] = base + k * TILE * 16;
        ts[k] = op.dt.itemsize;
        if (k > 0) copyRun(op.region, addr, st[k]!, HEAP, tp[k]!, op.dt.itemsize, m, op.dt.itemsize);
      }
    }
    const r = call(kernel, nop - 1, tp, ts, m);
    if (scan && (typeof r === "number" && ops[0]!.dt.kind === "f" ? r !== 0 : scan(tp[0]!, ts[0]!, m) !== 0)) {
      const heapOps = ops.map((o, k) => (o.inHeap ? o : { ...o, region: HEAP, inHeap: true, ptr: tp[k]! }));
      flags |= classifyRun(def, heapOps, tp, ts, m);
    }
    const out = ops[0]!;
    if (!out.inHeap) copyRun(HEAP, tp[0]!, ts[0]!, out.region, p[0]! + start * st[0]!, st[0]!, m, out.dt.itemsize);
  }
  return flags;
}

/** Copies n elements of `size` bytes between strided places. */
function copyRun(src: Region, sp: number, ss: number, dst: Region, dp: number, ds: number, n: number, size: number): void {
  const s8 = src.bytes();
  const d8 = dst.bytes();
  if (ss === size && ds === size) {
    d8.set(s8.subarray(sp, sp + n * size), dp);
    return;
  }
  for (let i = 0; i < n; i++, sp += ss, dp += ds) for (let b = 0; b < size; b++) d8[dp + b] = s8[sp + b]!;
}

/** After a kernel produced non-finite values: which conditions they stand for. */
function classifyRun(def: UfuncDef, ops: LoopOperand[], p: readonly number[], st: readonly number[], n: number): number {
  const views = ops.map((o) => o.region.view(o.dt) as unknown as number[]);
  const sh = ops.map((o) => o.dt.shift);
  let flags = 0;
  if (ops[0]!.dt.kind === "c") {
    // a complex loop's complex result: both parts, from the inputs' parts
    const at = (k: number, i: number): number => (p[k]! + i * st[k]!) >> sh[k]!;
    for (let i = 0; i < n; i++) {
      const io = at(0, i);
      const re = views[0]![io]!;
      const im = views[0]![io + 1]!;
      if (re - re + (im - im) === 0) continue;
      const ia = at(1, i);
      const ib = ops.length > 2 ? at(2, i) : -1;
      const b = ops.length > 2 ? views[2]! : null;
      flags |= classifyComplex(def, re, im, views[1]![ia]!, views[1]![ia + 1]!, b ? b[ib]! : 0, b ? b[ib + 1]! : 0);
    }
    return flags;
  }
  for (let i = 0; i < n; i++) {
    const r = views[0]![(p[0]! + i * st[0]!) >> sh[0]!]!;
    if (r - r === 0) continue;
    const x = views[1]![(p[1]! + i * st[1]!) >> sh[1]!]!;
    const y = ops.length > 2 ? views[2]![(p[2]! + i * st[2]!) >> sh[2]!]! : 0;
    flags |= classify(def, r, x, y);
  }
  return flags;
}

/**
 * A scan for non-finite results in an inexact output run (pointer, byte stride, count): the
 * nonfinite kernel of a float dtype, or of both parts of a complex one; undefined otherwise.
 */
function nonfiniteScan(dt: DType): Kernel | undefined {
  if (dt.kind === "f") return kernels[`nonfinite_${KERNEL_CODE[dt.id]}`] as Kernel;
  if (dt.kind !== "c") return undefined;
  const part = realOf(dt);
  const f = kernels[`nonfinite_${KERNEL_CODE[part.id]}`] as Kernel;
  return (p: number, s: number, n: number) => (f(p, s, n) !== 0 || f(p + part.itemsize, s, n) !== 0 ? 1 : 0);
}

/**
 * Integer division kernels do not report division by zero (NumPy's divide flag) or INT_MIN / -1
 * (overflow): check the divisor with the all_ reduction kernel, and the dividend's minimum
 * before looking for -1 divisors.
 */
function zeroDivisorFlags(def: UfuncDef, ops: LoopOperand[], p: readonly number[], st: readonly number[], n: number): number {
  // the divisor: the last operand for reciprocal (its input), else the second input
  const k = def.nin === 1 ? ops.length - 1 : 2;
  const d = ops[k];
  if (d === undefined || n === 0) return 0;
  const code = KERNEL_CODE[d.dt.id]!;
  const allNonzero = d.inHeap ? (kernels[`all_${code}`] as Kernel | undefined) : undefined;
  const a = ops[1]!;
  const minOf = a.inHeap ? (kernels[`min_${code}`] as Kernel | undefined) : undefined;
  let flags = 0;
  // A broadcast divisor (stride 0, e.g. a // 3) is one value: look at it once.
  const zeroFree = allNonzero ? allNonzero(p[k]!, st[k]!, st[k] === 0 ? 1 : n) === 1 : false;
  const v = d.region.view(d.dt) as unknown as (number | bigint)[];
  const signedMin = d.dt.kind === "i" && INT_DIVISIONS[def.name] && (st[k] !== 0 || v[p[k]! >> d.dt.shift] == -1) ? -(2 ** (d.dt.itemsize * 8 - 1)) : null;
  // The dividend can only hit INT_MIN / -1 when its minimum is INT_MIN.
  const mayOverflow = signedMin !== null && (minOf ? Number(minOf(p[1]!, st[1]!, n)) === signedMin : true);
  if (zeroFree && !mayOverflow) return 0;
  const va = a.region.view(a.dt) as unknown as (number | bigint)[];
  for (let i = 0; i < n; i++) {
    const y = v[(p[k]! + i * st[k]!) >> d.dt.shift]!;
    if (y == 0) {
      flags |= zeroDivisorCondition(def);
      if (!mayOverflow) break;
    } else if (mayOverflow && y == -1 && va[(p[1]! + i * st[1]!) >> a.dt.shift]! == signedMin) flags |= FPE_OVERFLOW;
  }
  return flags;
}

/**
 * The floating-point conditions of a contiguous fast-path kernel call: from the kernel's return
 * value when it reports them, else by scanning the output.
 */
export function kernelFlags(
  def: UfuncDef,
  r: number | undefined,
  loop: DType,
  out: { _dt: DType; _ptr: number },
  arr: { _ptr: number },
  other: { _ptr: number } | null,
  scalarFirst: boolean,
  n: number,
): number {
  const outDt = out._dt;
  if (outDt.kind === "f" || outDt.kind === "c") {
    const nonfinite = typeof r === "number" && outDt.kind === "f" ? r !== 0 : nonfiniteScan(outDt)!(out._ptr, outDt.itemsize, n) !== 0;
    if (!nonfinite) return 0;
    const it = loop.itemsize;
    const a: LoopOperand = { dt: loop, region: HEAP, ptr: arr._ptr, strides: [it], inHeap: true };
    const o: LoopOperand = { dt: outDt, region: HEAP, ptr: out._ptr, strides: [outDt.itemsize], inHeap: true };
    if (def.nin === 1) return classifyRun(def, [o, a], [o.ptr, a.ptr], [outDt.itemsize, it], n);
    const b: LoopOperand = other ? { ...a, ptr: other._ptr } : { ...a, ptr: scalarSlotAddress(), strides: [0] };
    const ops = scalarFirst ? [o, b, a] : [o, a, b];
    return classifyRun(def, ops, ops.map((x) => x.ptr), ops.map((x) => x.strides[0]!), n);
  }
  if (intDivision(def, outDt)) {
    const it = loop.itemsize;
    const a: LoopOperand = { dt: loop, region: HEAP, ptr: arr._ptr, strides: [it], inHeap: true };
    const b: LoopOperand = other ? { ...a, ptr: other._ptr } : { ...a, ptr: scalarSlotAddress(), strides: [0] };
    // the divisor last: reciprocal's input, or the array or scalar on the right
    const ops = def.nin === 1 || scalarFirst ? [a, b, a] : [a, a, b];
    return zeroDivisorFlags(def, ops, ops.map((x) => x.ptr), ops.map((x) => x.strides[0]!), n);
  }
  return 0;
}
