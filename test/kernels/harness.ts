/**
 * Test harness for the WebAssembly kernels: heap operands in any layout (contiguous, strided,
 * negative stride, broadcast, aliased), typed reads and writes, exact value comparison, and the
 * NumPy-generated cases of test/golden/data/kernels_arith.json.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { heapAlloc, heapFree, kernels } from "../../src/storage/heap.js";
import type { Complex } from "../../src/core/scalar.js";
import type { Code, Value } from "../../src/kernels/ts/arith.js";

export const ITEMSIZE: Record<Code, number> = {
  b: 1, i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, f32: 4, f64: 8, c64: 8, c128: 16,
};

/** NumPy dtype name -> kernel code. */
export const CODE: Record<string, Code> = {
  bool: "b", int8: "i8", uint8: "u8", int16: "i16", uint16: "u16", int32: "i32", uint32: "u32",
  int64: "i64", uint64: "u64", float32: "f32", float64: "f64", complex64: "c64", complex128: "c128",
};

export const K = kernels as unknown as Record<string, (...a: number[]) => number | bigint>;

const dv = (): DataView => new DataView(kernels.memory.buffer);

/** Writes one value at byte address p. */
export function poke(p: number, c: Code, v: Value): void {
  const d = dv();
  switch (c) {
    case "b":
    case "u8":
      return d.setUint8(p, v as number);
    case "i8":
      return d.setInt8(p, v as number);
    case "i16":
      return d.setInt16(p, v as number, true);
    case "u16":
      return d.setUint16(p, v as number, true);
    case "i32":
      return d.setInt32(p, v as number, true);
    case "u32":
      return d.setUint32(p, v as number, true);
    case "i64":
      return d.setBigInt64(p, v as bigint, true);
    case "u64":
      return d.setBigUint64(p, v as bigint, true);
    case "f32":
      return d.setFloat32(p, v as number, true);
    case "f64":
      return d.setFloat64(p, v as number, true);
    case "c64":
      d.setFloat32(p, (v as Complex).re, true);
      return d.setFloat32(p + 4, (v as Complex).im, true);
    case "c128":
      d.setFloat64(p, (v as Complex).re, true);
      return d.setFloat64(p + 8, (v as Complex).im, true);
  }
}

/** Reads one value at byte address p. */
export function peek(p: number, c: Code): Value {
  const d = dv();
  switch (c) {
    case "b":
    case "u8":
      return d.getUint8(p);
    case "i8":
      return d.getInt8(p);
    case "i16":
      return d.getInt16(p, true);
    case "u16":
      return d.getUint16(p, true);
    case "i32":
      return d.getInt32(p, true);
    case "u32":
      return d.getUint32(p, true);
    case "i64":
      return d.getBigInt64(p, true);
    case "u64":
      return d.getBigUint64(p, true);
    case "f32":
      return d.getFloat32(p, true);
    case "f64":
      return d.getFloat64(p, true);
    case "c64":
      return { re: d.getFloat32(p, true), im: d.getFloat32(p + 4, true) };
    case "c128":
      return { re: d.getFloat64(p, true), im: d.getFloat64(p + 8, true) };
  }
}

/** Values of a little-endian byte string of dtype c. */
export function decode(bytes: Uint8Array, c: Code): Value[] {
  const n = bytes.length / ITEMSIZE[c];
  const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Value[] = [];
  const w = ITEMSIZE[c];
  for (let i = 0; i < n; i++) {
    const p = i * w;
    switch (c) {
      case "b":
      case "u8":
        out.push(d.getUint8(p));
        break;
      case "i8":
        out.push(d.getInt8(p));
        break;
      case "i16":
        out.push(d.getInt16(p, true));
        break;
      case "u16":
        out.push(d.getUint16(p, true));
        break;
      case "i32":
        out.push(d.getInt32(p, true));
        break;
      case "u32":
        out.push(d.getUint32(p, true));
        break;
      case "i64":
        out.push(d.getBigInt64(p, true));
        break;
      case "u64":
        out.push(d.getBigUint64(p, true));
        break;
      case "f32":
        out.push(d.getFloat32(p, true));
        break;
      case "f64":
        out.push(d.getFloat64(p, true));
        break;
      case "c64":
        out.push({ re: d.getFloat32(p, true), im: d.getFloat32(p + 4, true) });
        break;
      case "c128":
        out.push({ re: d.getFloat64(p, true), im: d.getFloat64(p + 8, true) });
        break;
    }
  }
  return out;
}

export const fromB64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "base64"));

/** True when two values are the same: NaN equals NaN (any payload), -0 differs from +0. */
export function same(a: Value, b: Value): boolean {
  if (typeof a === "object" && typeof b === "object") return same(a.re, b.re) && same(a.im, b.im);
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) || (a !== a && b !== b);
  return a === b;
}

/** Within `ulps` units in the last place of b (float64 or float32 spacing). */
export function close(a: Value, b: Value, ulps: number, f32 = false): boolean {
  if (same(a, b)) return true;
  if (typeof a === "object" && typeof b === "object") return close(a.re, b.re, ulps, f32) && close(a.im, b.im, ulps, f32);
  if (typeof a !== "number" || typeof b !== "number" || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  const ulp = Math.max(f32 ? 2 ** -149 : Number.MIN_VALUE, Math.abs(b) * (f32 ? 2 ** -23 : 2 ** -52));
  return Math.abs(a - b) <= ulps * ulp;
}

export const show = (v: Value): string => (typeof v === "object" ? `(${v.re}, ${v.im})` : typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : String(v));

/** Asserts element-wise sameness, naming the first differing element and its inputs. */
export function assertSame(got: Value[], want: Value[], where: string, inputs: Value[][] = [], ulps = 0, f32 = false): void {
  assert.equal(got.length, want.length, `${where}: length`);
  for (let i = 0; i < want.length; i++) {
    const ok = ulps ? close(got[i]!, want[i]!, ulps, f32) : same(got[i]!, want[i]!);
    if (!ok) {
      const args = inputs.map((x) => show(x[i % x.length]!)).join(", ");
      assert.fail(`${where}: element ${i} (${args}): got ${show(got[i]!)}, want ${show(want[i]!)}`);
    }
  }
}

// ---- operands ---------------------------------------------------------------------------------

const live: [number, number][] = [];

/** A heap block (freed by freeAll). */
export function block(bytes: number): number {
  const size = Math.max(16, bytes);
  const p = heapAlloc(size);
  assert.ok(p > 0, "heap allocation failed");
  live.push([p, size]);
  return p;
}

export function freeAll(): void {
  for (const [p, s] of live.splice(0)) heapFree(p, s);
}

/** How one operand is laid out: element stride in items (0 broadcast, negative backwards). */
export type Mult = 1 | 2 | -1 | 0 | 3;

/** An operand of n elements of dtype c laid out with `mult`: [address of element 0, byte stride]. */
export function place(c: Code, n: number, mult: Mult): [number, number] {
  const w = ITEMSIZE[c];
  const span = Math.max(1, n) * Math.max(1, Math.abs(mult)) * w;
  const base = block(span + 32) + 8; // 8 past the allocator's 16-byte alignment, as views are
  const stride = mult * w;
  const p0 = mult < 0 ? base + (n - 1) * w * -mult : base;
  return [p0, stride];
}

export function write(p: number, s: number, c: Code, vals: readonly Value[], n = vals.length): void {
  for (let i = 0; i < n; i++) poke(p + i * s, c, vals[i]!);
}

export function read(p: number, s: number, c: Code, n: number): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push(peek(p + i * s, c));
  return out;
}

// ---- golden cases -----------------------------------------------------------------------------

export interface KernelCase {
  id: string;
  py: string;
  kernel: { name: string; kind: "binary" | "unary" | "cast" | "reduce" };
  expect: { kind: string; dtype?: string; data?: string; value?: unknown; re?: number | string; im?: number | string };
  /** The D(...) inputs: [code, values]. */
  inputs: [Code, Value[]][];
}

const D_RE = /D\("([^"]*)", "([a-z0-9]+)", \[[^\]]*\]\)/g;

/** The NumPy-generated kernel cases (test/golden/data/kernels_arith.json). */
export function kernelCases(kind?: string): KernelCase[] {
  const doc = JSON.parse(readFileSync(join(process.cwd(), "test/golden/data/kernels_arith.json"), "utf8")) as {
    cases: (Omit<KernelCase, "inputs"> & { kernel?: KernelCase["kernel"] })[];
  };
  const out: KernelCase[] = [];
  for (const c of doc.cases) {
    if (!c.kernel || (kind && c.kernel.kind !== kind)) continue;
    const inputs: [Code, Value[]][] = [];
    for (const m of c.py.matchAll(D_RE)) {
      const code = CODE[m[2]!]!;
      inputs.push([code, decode(fromB64(m[1]!), code)]);
    }
    out.push({ ...c, kernel: c.kernel, inputs });
  }
  return out;
}

/** A golden float scalar ("nan", "inf", "-0", or a number). */
export function goldenNum(v: unknown): number {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  if (v === "-0") return -0;
  return v as number;
}
