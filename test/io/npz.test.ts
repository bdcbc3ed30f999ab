// .npz archives: NumPy-written archives load (stored and deflated, empty, non-.npy members);
// np.savez / np.savez_compressed output loads back; zip, CRC-32 and inflate pieces.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import * as np from "../../src/index.js";
import { crc32 } from "../../src/io/crc32.js";
import { inflateRaw } from "../../src/io/inflate.js";
import { readZip } from "../../src/io/zip.js";
import { assertMatches, fixtureBytes, FIXTURES, manifest } from "./fixtures.js";

const npz = (x: unknown): np.NpzFile => {
  assert.ok(x instanceof np.NpzFile);
  return x;
};

test("np.load reads NumPy's .npz archives: savez, savez_compressed, empty, large deflated members", () => {
  assert.equal(manifest.npz.length, 5);
  for (const z of manifest.npz) {
    const f = npz(np.load(fixtureBytes(z.file)));
    assert.deepEqual(f.files, z.files, z.file);
    for (const name of z.files) assertMatches(f.get(name), z.members[name]!, `${z.file}:${name}`);
  }
});

test("NpzFile: properties, [] access, f, keys/values/items, has, iteration, repr, close", () => {
  const path = join(FIXTURES, "savez_mixed.npz");
  const f = npz(np.load(path));
  assert.deepEqual(f.files, ["x", "flag", "arr_0", "arr_1"]);
  assert.deepEqual((f.x as np.NDArray).tolist(), [[{ re: 1, im: 2 }, { re: 3, im: -4 }]]);
  assert.deepEqual((f["arr_0"] as np.NDArray).tolist(), [[0, 1, 2], [3, 4, 5]]);
  assert.deepEqual((f.f.arr_1 as np.NDArray).tolist(), [1.5, -2.25]);
  assert.deepEqual((f.getitem("arr_1.npy") as np.NDArray).dtype, "float32");
  assert.equal(f.get("missing"), null);
  assert.throws(() => f.getitem("missing"), { name: "KeyError", message: "'missing is not a file in the archive'" });
  assert.ok(f.has("flag") && f.has("flag.npy") && !f.has("nope"));
  assert.ok("flag" in f);
  assert.deepEqual(f.keys(), f.files);
  assert.deepEqual([...f], f.files);
  assert.equal(f.length, 4);
  assert.equal(f.values().length, 4);
  assert.equal((f.items()[1]![1] as np.NDArray).item(), true);
  assert.equal(String(f), `NpzFile '${path}' with keys: x, flag, arr_0, arr_1`);
  f.close();
  assert.throws(() => f.get("x"));
  const m = npz(np.load(fixtureBytes("compressed_large.npz")));
  assert.equal(String(m), "NpzFile 'object' with keys: ramp, rounded, noise, zeros");
});

test("a member that is not a .npy file comes back as its bytes", () => {
  const f = npz(np.load(fixtureBytes("raw_member.npz")));
  assert.deepEqual(f.files, ["notes.txt", "a"]);
  assert.equal(new TextDecoder().decode(f.get("notes.txt") as Uint8Array), manifest.raw_member.text);
  assert.deepEqual((f.get("a") as np.NDArray).tolist(), [0, 1, 2]);
});

test("np.savez and np.savez_compressed round trip, name members as NumPy does, write paths", () => {
  const a = np.arange(12, { dtype: "int16" }).reshape(3, 4).T;
  const b = np.array([[1.5, -2], [Infinity, NaN]], { dtype: "float32" });
  for (const save of [np.savez, np.savez_compressed]) {
    const bytes = save(null, a, [1, 2, 3], { b, z: 7 });
    const f = npz(np.load(bytes));
    assert.deepEqual(f.files, ["b", "z", "arr_0", "arr_1"]);
    const a2 = f.get("arr_0") as np.NDArray;
    assert.deepEqual(a2.tolist(), a.tolist());
    assert.ok(a2.flags.f_contiguous && !a2.flags.c_contiguous);
    assert.deepEqual((f.get("b") as np.NDArray).tolist(), b.tolist());
    assert.equal((f.get("z") as np.NDArray).dtype, "int64");
    // Each member is exactly the .npy file np.save writes.
    const members = readZip(bytes);
    assert.deepEqual(Buffer.from(members[2]!.read()), Buffer.from(np.save(null, a)));
  }
  const dir = mkdtempSync(join(tmpdir(), "ndts-npz-"));
  np.savez(join(dir, "out"), np.ones(2));
  assert.ok(existsSync(join(dir, "out.npz")));
  np.savez_compressed(join(dir, "c.npz"), { q: np.zeros(500) });
  assert.deepEqual((npz(np.load(join(dir, "c.npz"))).get("q") as np.NDArray).shape, [500]);
  const empty = np.savez(null);
  assert.deepEqual(npz(np.load(empty)).files, []);
  assert.deepEqual(Array.from(empty.subarray(0, 4)), [0x50, 0x4b, 0x05, 0x06]);
  assert.throws(() => np.savez(null, 1, { arr_0: 2 }), { name: "ValueError", message: "Cannot use un-named variables and keyword arr_0" });
});

test("non-ASCII member names (UTF-8 flag) both ways; NpzFile works with `using`", () => {
  const bytes = np.savez(null, { größe: np.arange(3), "x y": np.ones(2) });
  {
    using f = npz(np.load(bytes));
    assert.deepEqual(f.files, ["größe", "x y"]);
    assert.deepEqual((f.get("größe") as np.NDArray).tolist(), [0, 1, 2]);
    assert.deepEqual((f["x y"] as np.NDArray).tolist(), [1, 1]);
  }
  assert.deepEqual(npz(np.load(fixtureBytes("unicode_names.npz"))).files, ["größe", "x y"]);
});

test("np.savez writes NumPy's .npz bytes exactly (Python zipfile's layout, 1980-01-01 dates)", () => {
  const a = np.arange(6).reshape(2, 3);
  const b = np.array([1.5, -2.25], { dtype: "float32" });
  const c = np.array([[{ re: 1, im: 2 }, { re: 3, im: -4 }]]);
  const same = (mine: Uint8Array, file: string): void => assert.deepEqual(Buffer.from(mine), Buffer.from(fixtureBytes(file)), file);
  same(np.savez(null, a, b, { x: c, flag: np.array(true) }), "savez_mixed.npz");
  same(np.savez(null), "savez_empty.npz");
  same(np.savez(null, { größe: np.arange(2), "x y": np.ones(1) }), "unicode_names.npz");
});

test("corrupt archives throw ValueErrors", () => {
  const good = fixtureBytes("savez_compressed_mixed.npz");
  assert.throws(() => np.load(good.subarray(0, 40)), { name: "BadZipFile", message: "File is not a zip file" });
  const flipped = good.slice();
  const entry = readZip(good)[0]!;
  assert.equal(entry.name, "x.npy");
  flipped[100] = flipped[100]! ^ 0xff; // inside the first member's deflate stream
  assert.throws(() => (np.load(flipped) as np.NpzFile).get("x"), np.ValueError);
});

test("crc32 and inflateRaw agree with zlib on stored, fixed and dynamic blocks", () => {
  assert.equal(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
  const text = new TextEncoder().encode("the quick brown fox jumps over the lazy dog; ".repeat(500));
  const noise = new Uint8Array(100000);
  let s = 12345;
  for (let i = 0; i < noise.length; i++) noise[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  for (const data of [new Uint8Array(0), new Uint8Array([97]), text, noise, new Uint8Array(70000)]) {
    for (const level of [0, 1, 6, 9]) {
      const z = deflateRawSync(data, { level });
      assert.deepEqual(Buffer.from(inflateRaw(z)), Buffer.from(data), `level ${level}, ${data.length} bytes`);
    }
  }
  assert.throws(() => inflateRaw(new Uint8Array([0xff])), { name: "ValueError" });
  assert.throws(() => inflateRaw(deflateRawSync(text).subarray(0, 50)), { name: "ValueError", message: /truncated/ });
});
