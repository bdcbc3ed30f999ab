// Reads test/io/fixtures (written by NumPy through test/io/make_fixtures.py) and builds ndts
// arrays equal to the ones NumPy saved.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

export const FIXTURES = join(process.cwd(), "test", "io", "fixtures");

export interface Described {
  dtype: string;
  shape: number[];
  sha256: string;
  b64?: string;
}
export interface NpyFixture extends Described {
  file: string;
  build: "C" | "F" | "slice" | null;
}
export interface Manifest {
  numpy: string;
  npy: NpyFixture[];
  npz: { file: string; files: string[]; members: Record<string, Described> }[];
  raw_member: { text: string };
}

export const manifest = JSON.parse(readFileSync(join(FIXTURES, "manifest.json"), "utf8")) as Manifest;

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, file)));
}

/** The array NumPy saved, built in ndts from its C-order bytes (and laid out as NumPy's was). */
export function buildArray(f: NpyFixture): np.NDArray {
  if (f.build === "slice") return np.arange(24, { dtype: "int32" }).reshape(4, 6).get("::2", "1::2") as np.NDArray;
  const raw = Buffer.from(f.b64!, "base64");
  const copy = new Uint8Array(raw.length);
  copy.set(raw);
  const a = np.frombuffer(copy.buffer, f.dtype).reshape(f.shape);
  return f.build === "F" ? a.copy("F") : a.copy();
}

/** Asserts an ndts array has NumPy's dtype, shape and (C-order) bytes. */
export function assertMatches(a: unknown, d: Described, where: string): void {
  assert.ok(a instanceof np.NDArray, `${where}: not an NDArray`);
  assert.equal(a.dtype, d.dtype, `${where}: dtype`);
  assert.deepEqual(a.shape, d.shape, `${where}: shape`);
  const bytes = a.tobytes();
  if (d.b64 !== undefined) assert.equal(Buffer.from(bytes).toString("base64"), d.b64, `${where}: data`);
  assert.equal(createHash("sha256").update(bytes).digest("hex"), d.sha256, `${where}: sha256`);
}
