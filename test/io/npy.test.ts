// np.save / np.load of .npy data against files written by NumPy (test/io/make_fixtures.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as np from "../../src/index.js";
import { assertMatches, buildArray, fixtureBytes, FIXTURES, manifest } from "./fixtures.js";

test("np.load reads every NumPy .npy fixture: 13 dtypes, 0-d, empty, F-order, big-endian, v2, v3", () => {
  assert.ok(manifest.npy.length > 80);
  for (const f of manifest.npy) {
    const a = np.load(fixtureBytes(f.file));
    assertMatches(a, f, f.file);
    if (f.file.includes("_F")) assert.ok((a as np.NDArray).flags.f_contiguous, `${f.file}: Fortran order kept`);
  }
});

test("np.load reads a path in Node (string and file: URL)", () => {
  const f = manifest.npy.find((x) => x.file === "float64_2x3.npy")!;
  assertMatches(np.load(join(FIXTURES, f.file)), f, "path");
  assertMatches(np.load(new URL(`file://${join(FIXTURES, f.file)}`)), f, "URL");
});

test("np.save writes byte-identical .npy files to NumPy's, for every savable fixture", () => {
  let n = 0;
  for (const f of manifest.npy) {
    if (f.build === null) continue;
    const a = buildArray(f);
    const mine = np.save(null, a);
    assert.deepEqual(Buffer.from(mine), Buffer.from(fixtureBytes(f.file)), f.file);
    n++;
  }
  assert.ok(n > 60);
});

test("np.save to a path appends .npy as NumPy does; to a writable object it calls write(bytes)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndts-io-"));
  const a = np.arange(6, { dtype: "float32" }).reshape(2, 3);
  const ret = np.save(join(dir, "x"), a);
  assert.ok(existsSync(join(dir, "x.npy")));
  assert.deepEqual(new Uint8Array(readFileSync(join(dir, "x.npy"))), ret);
  np.save(join(dir, "y.npy"), a);
  assert.ok(existsSync(join(dir, "y.npy")) && !existsSync(join(dir, "y.npy.npy")));
  const chunks: Uint8Array[] = [];
  np.save({ write: (b: Uint8Array) => chunks.push(b) }, [1, 2, 3], { allow_pickle: false });
  assert.deepEqual((np.load(chunks[0]!) as np.NDArray).tolist(), [1, 2, 3]);
  assert.equal((np.load(chunks[0]!) as np.NDArray).dtype, "int64");
});

test("np.load reads arrays saved one after another from a file-like object", () => {
  const bytes = fixtureBytes("sequence.npy");
  let pos = 0;
  const file = {
    read(n?: number): Uint8Array {
      const end = n === undefined ? bytes.length : Math.min(bytes.length, pos + n);
      const out = bytes.subarray(pos, end);
      pos = end;
      return out;
    },
  };
  assert.deepEqual((np.load(file) as np.NDArray).tolist(), [1, 2]);
  assert.deepEqual((np.load(file) as np.NDArray).tolist(), [[1.5, 3]]);
  assert.throws(() => np.load(file), { name: "EOFError", message: "No data left in file" });
});

test("descr spellings NumPy accepts: '=f8', '<q', 'float64', '>b1', 'f8' (no byte order)", () => {
  const good = fixtureBytes("float64_2x3.npy");
  const expect: Record<string, string> = { "=f8": "float64", "<q": "int64", float64: "float64", ">b1": "bool", f8: "float64", "<u2": "uint16" };
  for (const [d, name] of Object.entries(expect)) {
    const text = new TextEncoder().encode(`{'descr': '${d}', 'fortran_order': False, 'shape': (2,), }`);
    const b = new Uint8Array(10 + text.length + 16);
    b.set(good.subarray(0, 8));
    b[8] = text.length;
    b.set(text, 10);
    const a = np.load(b) as np.NDArray;
    assert.equal(a.dtype, name, d);
    assert.deepEqual(a.shape, [2]);
  }
});

test("round trips: views, scalars, lists; ArrayBuffer and Buffer inputs", () => {
  const base = np.arange(60, { dtype: "complex64" }).reshape(3, 4, 5);
  for (const v of [base.transpose(2, 0, 1), base.get("::-1", 1), base.T, base.get(0, "::2", "1:")] as np.NDArray[]) {
    const b = np.save(null, v);
    const back = np.load(b.buffer) as np.NDArray;
    assert.deepEqual(back.tolist(), v.tolist());
    assert.deepEqual(back.shape, v.shape);
    assert.deepEqual((np.load(Buffer.from(b)) as np.NDArray).tolist(), v.tolist());
  }
  assert.equal((np.load(np.save(null, 2.5)) as np.NDArray).item(), 2.5);
  assert.deepEqual((np.load(np.save(null, [true, false])) as np.NDArray).tolist(), [true, false]);
});

test("malformed .npy data throws NumPy's ValueErrors", () => {
  const good = fixtureBytes("float64_2x3.npy");
  const withHeader = (h: string): Uint8Array => {
    const text = new TextEncoder().encode(h);
    const out = new Uint8Array(10 + text.length);
    out.set(good.subarray(0, 8));
    out[8] = text.length & 0xff;
    out[9] = text.length >> 8;
    out.set(text, 10);
    return out;
  };
  const err = (b: Uint8Array, message: string | RegExp, name = "ValueError"): void => {
    assert.throws(() => np.load(b), (e: Error) => {
      assert.equal(e.name, name);
      if (typeof message === "string") assert.equal(e.message, message);
      else assert.match(e.message, message);
      return e instanceof (name === "ValueError" ? np.ValueError : Error);
    });
  };
  err(good.subarray(0, 7), "EOF: reading magic string, expected 8 bytes got 7");
  err(good.subarray(0, 9), "EOF: reading array header length, expected 2 bytes got 1");
  err(good.subarray(0, 100), "EOF: reading array header, expected 118 bytes got 90");
  err(good.subarray(0, good.length - 3), "EOF: reading array data, expected 48 bytes got 45");
  const v9 = good.slice();
  v9[6] = 9;
  err(v9, "we only support format version (1,0), (2,0), and (3,0), not (9, 0)");
  err(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), "), /^Cannot parse header: "\{'descr'/);
  err(withHeader("[1, 2]"), "Header is not a dictionary: [1, 2]");
  err(withHeader("{'descr': '<f8', 'shape': (2,)}"), "Header does not contain the correct keys: ['descr', 'shape']");
  err(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': [2]}"), "shape is not valid: [2]");
  err(withHeader("{'descr': '<f8', 'fortran_order': 0, 'shape': (2,)}"), "fortran_order is not a valid bool: 0");
  err(withHeader("{'descr': 'xyz', 'fortran_order': False, 'shape': (2,)}"), "descr is not a valid dtype descriptor: 'xyz'");
  err(withHeader("{'descr': 5, 'fortran_order': False, 'shape': (2,)}"), "descr is not a valid dtype descriptor: 5");
  err(withHeader("{'descr': '<>f8', 'fortran_order': False, 'shape': (2,)}"), "descr is not a valid dtype descriptor: '<>f8'");
  err(withHeader("{'descr': '|O', 'fortran_order': False, 'shape': (2,)}"), "Object arrays cannot be loaded when allow_pickle=False");
  for (const d of ["<f2", "|S3", "<M8[ns]", "<c32", ">U3"]) {
    err(withHeader(`{'descr': '${d}', 'fortran_order': False, 'shape': (2,)}`), /^ndts cannot load arrays of dtype/, "NotImplementedError");
  }
  err(withHeader("{'descr': '<U3', 'fortran_order': False, 'shape': (2,)}"), /ndts cannot load arrays of dtype '<U3'/, "NotImplementedError");
  err(withHeader("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (2,)}"), /structured/, "NotImplementedError");
  err(withHeader(`{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }${" ".repeat(10000)}`), /^Header info length \(10057\) is large/);
  err(new TextEncoder().encode("hello world"), /^This file contains pickled \(object\) data\./);
  err(new Uint8Array(0), "No data left in file", "EOFError");
  assert.throws(() => np.load(good, { mmap_mode: "r" }), np.NotImplementedError);
  assert.throws(() => np.load(good, { encoding: "utf8" }), { name: "ValueError", message: "encoding must be 'ASCII', 'latin1', or 'bytes'" });
  assert.throws(() => np.load(good, { bogus: 1 } as never), { name: "TypeError", message: "load() got an unexpected keyword argument 'bogus'" });
  assert.throws(() => np.save(null, [1], { bogus: 1 } as never), { name: "TypeError", message: "save() got an unexpected keyword argument 'bogus'" });
});

test("a short file read from a path reports the elements read, as NumPy's fromfile path does", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndts-io-"));
  const good = fixtureBytes("float64_2x3.npy");
  writeFileSync(join(dir, "short.npy"), good.subarray(0, good.length - 10));
  assert.throws(() => np.load(join(dir, "short.npy")), {
    name: "ValueError",
    message: "Failed to read all data for array. Expected (2, 3) = 6 elements, could only read 4 elements. (file seems not fully written?)",
  });
});

test("a short stream is reported per 256 KiB chunk, as NumPy reads it; max_header_size and allow_pickle", () => {
  const d = np.save(null, np.arange(40000, { dtype: "float64" }));
  // NumPy 2.4, np.load(io.BytesIO(d[:len(d) - cut])) for cut = 10, 100000, 464000:
  const want: [number, string][] = [
    [10, "EOF: reading array data, expected 57856 bytes got 57846"],
    [100000, "EOF: reading array data, expected 262144 bytes got 220000"],
    [464000, "EOF: reading array data, expected 262144 bytes got 176128"],
  ];
  for (const [cut, message] of want) assert.throws(() => np.load(d.subarray(0, d.length - cut)), { name: "ValueError", message });
  const i1 = np.save(null, np.zeros(70000, { dtype: "int8" }));
  assert.throws(() => np.load(i1.subarray(0, i1.length - 5)), { name: "ValueError", message: "EOF: reading array data, expected 70000 bytes got 69995" });
  const small = np.save(null, np.arange(3, { dtype: "int8" }));
  assert.throws(() => np.load(small, { max_header_size: 20 }), { name: "ValueError", message: /^Header info length \(118\) is large/ });
  assert.deepEqual((np.load(small, { max_header_size: 20, allow_pickle: true }) as np.NDArray).tolist(), [0, 1, 2]);
});

test("np.load(path, mmap_mode) 'r' gives a read-only array and 'c' a writable copy; 'r+' / 'w+' are not supported", () => {
  const file = join(mkdtempSync(join(tmpdir(), "ndts-mmap-")), "m.npy");
  np.save(file, np.arange(3));
  const r = np.load(file, { mmap_mode: "r" }) as np.NDArray;
  assert.deepEqual([r.tolist(), r.flags.writeable], [[0, 1, 2], false]);
  assert.throws(() => r.set(0, 5), { name: "ValueError", message: "assignment destination is read-only" });
  const c = np.load(file, "c") as np.NDArray;
  c.set(0, 5);
  assert.deepEqual([c.tolist(), (np.load(file) as np.NDArray).tolist()], [[5, 1, 2], [0, 1, 2]]);
  assert.throws(() => np.load(file, { mmap_mode: "r+" }), np.NotImplementedError);
  assert.throws(() => np.load(file, { mmap_mode: "w+" }), np.NotImplementedError);
});
