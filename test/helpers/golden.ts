/**
 * Reads the NumPy-generated golden cases (test/golden/data/*.json, written by
 * test/golden/generate.py) and checks one case's ndts result against NumPy's.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "../../src/index.js";
import { NDArray } from "../../src/core/ndarray.js";

export interface Expect {
  kind: "array" | "bool" | "int" | "float" | "complex" | "str" | "list" | "none" | "error";
  dtype?: string;
  shape?: number[];
  data?: string;
  str?: string;
  repr?: string;
  value?: unknown;
  re?: number | string;
  im?: number | string;
  items?: Expect[];
  error?: string;
  message?: string;
}

export interface GoldenCase {
  id: string;
  py: string;
  js: string;
  print?: boolean;
  ulps?: number;
  /** Tolerance in ulps of the largest magnitude of the expected array (FFT-like rounding). */
  ulps_max?: number;
  expect: Expect;
  numpy2?: string;
}

const DATA = join(process.cwd(), "test", "golden", "data");

/** All golden families: name -> cases. */
export function loadFamilies(): Map<string, GoldenCase[]> {
  const out = new Map<string, GoldenCase[]>();
  for (const f of readdirSync(DATA).sort()) {
    if (!f.endsWith(".json")) continue;
    const doc = JSON.parse(readFileSync(join(DATA, f), "utf8")) as { family: string; cases: GoldenCase[] };
    out.set(doc.family, doc.cases);
  }
  return out;
}

function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, "base64"));
}

/** The input helper the cases use: a fresh array from base64 bytes, dtype and shape. */
export function D(b64: string, dtype: string, shape: number[]): NDArray {
  const bytes = fromBase64(b64);
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return np.frombuffer(copy.buffer, dtype).reshape(shape).copy();
}

/** Evaluates a case's JS expression with `np` and `D` in scope. */
export function run(c: GoldenCase): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function("np", "D", `"use strict"; return (${c.js});`) as (n: typeof np, d: typeof D) => unknown;
  return fn(np, D);
}

function num(v: number | string | undefined): number {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  if (v === "-0") return -0;
  return v as number;
}

/** Bytes of an array's elements in C order. */
export function cBytes(a: NDArray): Uint8Array {
  const c = a.copy("C");
  return c._storage.region.bytes().slice(c._ptr, c._ptr + c.nbytes);
}

/**
 * got within `ulps` units in the last place of want. The ulp is |want| * 2^-52, but never below
 * `floor` (the smallest subnormal step of the dtype, in the same units).
 */
function floatClose(got: number, want: number, ulps: number, floor = Number.MIN_VALUE): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (Object.is(got, want)) return true;
  if (ulps === 0) return false;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return false;
  const ulp = Math.max(floor, Math.abs(want) * 2 ** -52);
  return Math.abs(got - want) <= ulps * ulp;
}

function compareData(a: NDArray, e: Expect, ulps: number, where: string, ulpsMax = 0): void {
  const got = cBytes(a);
  const want = fromBase64(e.data!);
  assert.equal(got.length, want.length, `${where}: byte length`);
  const kind = a._dt.kind;
  if (kind !== "f" && kind !== "c") {
    assert.deepEqual(Buffer.from(got).toString("hex"), Buffer.from(want).toString("hex"), `${where}: values`);
    return;
  }
  const Typed = a._dt.Typed as Float32ArrayConstructor | Float64ArrayConstructor;
  const g = new Typed(got.buffer as ArrayBuffer, got.byteOffset, got.length / Typed.BYTES_PER_ELEMENT);
  const w = new Typed(want.buffer as ArrayBuffer, want.byteOffset, want.length / Typed.BYTES_PER_ELEMENT);
  // float32: a float32 ulp is 2^29 float64 ulps; its smallest subnormal step is 2^-149.
  const tol = Typed === Float32Array ? ulps * 2 ** 29 : ulps;
  let floor = Typed === Float32Array ? 2 ** -149 / 2 ** 29 : Number.MIN_VALUE;
  if (ulpsMax > 0) {
    // every element within ulpsMax ulps of the largest finite magnitude
    let big = 0;
    for (let i = 0; i < w.length; i++) if (Number.isFinite(w[i]!)) big = Math.max(big, Math.abs(w[i]!));
    floor = Math.max(floor, big * 2 ** -52);
  }
  const tolAll = ulpsMax > 0 ? Math.max(tol, Typed === Float32Array ? ulpsMax * 2 ** 29 : ulpsMax) : tol;
  for (let i = 0; i < w.length; i++) {
    if (!floatClose(g[i]!, w[i]!, tolAll, floor)) {
      assert.fail(`${where}: element ${kind === "c" ? (i >> 1) + (i & 1 ? " (imag)" : " (real)") : i}: got ${g[i]}, NumPy gives ${w[i]}`);
    }
  }
}

/** Asserts that `got` matches NumPy's encoded result. */
export function check(got: unknown, e: Expect, c: GoldenCase, where = c.id): void {
  const ulps = c.ulps ?? 0;
  switch (e.kind) {
    case "array": {
      assert.ok(got instanceof NDArray, `${where}: expected an NDArray, got ${String(got)}`);
      const a = got as NDArray;
      assert.equal(a.dtype, e.dtype, `${where}: dtype`);
      assert.deepEqual([...a.shape], e.shape, `${where}: shape`);
      compareData(a, e, ulps, where, c.ulps_max ?? 0);
      if (c.print) {
        assert.equal(String(a), e.str, `${where}: str`);
        const repr = (a as unknown as Record<symbol, () => string>)[Symbol.for("nodejs.util.inspect.custom")]!();
        assert.equal(repr, e.repr, `${where}: repr`);
      }
      return;
    }
    case "bool":
      assert.equal(got, e.value, where);
      return;
    case "int":
      assert.ok(typeof got === "number" || typeof got === "bigint", `${where}: expected an integer, got ${String(got)}`);
      assert.equal(BigInt(got as number | bigint), BigInt(e.value as string), where);
      return;
    case "float":
      assert.equal(typeof got, "number", `${where}: expected a number`);
      assert.ok(floatClose(got as number, num(e.value as number | string), ulps), `${where}: got ${String(got)}, NumPy gives ${String(e.value)}`);
      return;
    case "complex": {
      const z = got as { re: number; im: number };
      assert.ok(typeof z === "object" && z !== null && "re" in z, `${where}: expected {re, im}`);
      assert.ok(floatClose(z.re, num(e.re), ulps) && floatClose(z.im, num(e.im), ulps), `${where}: got ${z.re}+${z.im}j`);
      return;
    }
    case "str":
      assert.equal(got, e.value, where);
      return;
    case "list": {
      assert.ok(Array.isArray(got), `${where}: expected a list/tuple`);
      const g = got as unknown[];
      assert.equal(g.length, e.items!.length, `${where}: length`);
      e.items!.forEach((item, i) => check(g[i], item, c, `${where}[${i}]`));
      return;
    }
    case "none":
      assert.ok(got === undefined || got === null, `${where}: expected nothing`);
      return;
    case "error":
      assert.fail(`${where}: NumPy raises ${e.error}: ${e.message}, ndts returned ${String(got)}`);
  }
}

/** Runs a case and checks the result or the error. */
export function runCase(c: GoldenCase): void {
  const e = c.expect;
  if (e.kind === "error") {
    let thrown: unknown;
    try {
      run(c);
    } catch (err) {
      thrown = err;
    }
    assert.ok(thrown instanceof Error, `${c.id}: NumPy raises ${e.error}: ${e.message}; ndts did not throw`);
    assert.equal((thrown as Error).name, e.error, `${c.id}: error class (message: ${(thrown as Error).message})`);
    assert.equal((thrown as Error).message, e.message, `${c.id}: error message`);
    return;
  }
  check(run(c), e, c);
}
