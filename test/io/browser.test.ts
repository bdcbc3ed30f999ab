// ndts's I/O without Node's built-ins (as in a browser): no static node: imports, bytes work,
// paths are refused clearly, savez_compressed uses ndts's own DEFLATE.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import * as np from "../../src/index.js";
import { deflateRaw } from "../../src/io/deflate.js";
import { inflateRaw } from "../../src/io/inflate.js";

/** Runs `fn` with process.getBuiltinModule hidden, as in an environment without Node's modules. */
function withoutNode<R>(fn: () => R): R {
  const p = process as unknown as { getBuiltinModule?: unknown };
  const saved = p.getBuiltinModule;
  p.getBuiltinModule = undefined;
  try {
    return fn();
  } finally {
    p.getBuiltinModule = saved;
  }
}

test("the compiled io modules import no node: module statically", () => {
  const dir = join(process.cwd(), "dist", "src", "io");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  assert.ok(files.length >= 15);
  for (const f of files) assert.doesNotMatch(readFileSync(join(dir, f), "utf8"), /from\s+["']node:|require\(["']node:|import\(["']node:/, f);
});

test("without Node's modules: bytes work, paths throw NotImplementedError, savez_compressed still compresses", () => {
  withoutNode(() => {
    const a = np.arange(1000, { dtype: "float64" }).reshape(10, 100);
    assert.deepEqual((np.load(np.save(null, a)) as np.NDArray).tolist(), a.tolist());
    assert.throws(() => np.save("x.npy", a), { name: "NotImplementedError", message: /save\(\) with a file name needs Node's file system/ });
    assert.throws(() => np.load("x.npy"), np.NotImplementedError);
    assert.throws(() => np.loadtxt("x.txt"), np.NotImplementedError);
    const z = np.savez_compressed(null, { a, b: np.zeros(5000, { dtype: "int8" }) });
    assert.ok(z.length < a.nbytes / 2);
    const f = np.load(z) as np.NpzFile;
    assert.deepEqual((f.get("a") as np.NDArray).tolist(), a.tolist());
    assert.deepEqual((f.get("b") as np.NDArray).shape, [5000]);
  });
});

test("deflateRaw output is valid DEFLATE (zlib and ndts inflate it back)", () => {
  const text = new TextEncoder().encode("numpy ndts ".repeat(3000) + "tail");
  const noise = new Uint8Array(70000);
  let s = 7;
  for (let i = 0; i < noise.length; i++) noise[i] = (s = (s * 1664525 + 1013904223) >>> 0) >>> 24;
  const ramp = new Uint8Array(np.arange(20000, { dtype: "int64" }).tobytes());
  for (const data of [new Uint8Array(0), new Uint8Array([1]), text, noise, ramp, new Uint8Array(100000).fill(255)]) {
    const z = deflateRaw(data);
    assert.deepEqual(Buffer.from(inflateRawSync(z)), Buffer.from(data), `${data.length} bytes via zlib`);
    assert.deepEqual(Buffer.from(inflateRaw(z)), Buffer.from(data), `${data.length} bytes via ndts`);
  }
  assert.ok(deflateRaw(text).length < text.length / 20);
  // Incompressible data goes into stored blocks: 5 bytes of overhead per block of 32768 tokens.
  assert.ok(deflateRaw(noise).length <= noise.length + 5 * Math.ceil(noise.length / 32768) + 1);
});
