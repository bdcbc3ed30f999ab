/**
 * .npz archives: NpzFile (what np.load returns for a zip file) and np.savez /
 * np.savez_compressed. Members are .npy files named after the arrays; positional arrays are
 * arr_0, arr_1, ..., keyword arrays keep their names (written first, as NumPy does).
 *
 * @example
 * const bytes = np.savez(null, np.arange(3), {x: np.eye(2)});
 * const z = np.load(bytes);
 * z.files          // ["x", "arr_0"]
 * z.get("arr_0")   // the array [0, 1, 2]; z.x and z["x"] work too
 */
import { isOptions } from "../core/args.js";
import { KeyError, NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { asanyarray, type ArrayLike } from "../api/creation.js";
import { deflateRaw } from "./deflate.js";
import { hasNpyMagic, readNpy, writeNpy, type ReadOptions } from "./format.js";
import { pyStrRepr } from "./pyliteral.js";
import { builtinModule, isPath, nodeFs, pathText, type ZlibLike } from "./node.js";
import { ByteReader, isWritable, type WritableLike } from "./reader.js";
import { readZip, writeZip, type ZipEntry } from "./zip.js";

const MAX_REPR_ARRAY_COUNT = 5;

const closed = (): ValueError => new ValueError("I/O operation on closed file (the NpzFile was closed)");

/**
 * A lazily read .npz archive, as NumPy's NpzFile: `files` lists the array names, `get(name)`
 * (or the property `z.name`, or `z["name"]`, or `z.f.name`) reads one, fresh on each access.
 * Class members (files, get, keys, close, ...) take precedence over member names in property
 * access; get() always reaches every member.
 */
export class NpzFile {
  /** The member names, without their ".npy" suffix. */
  readonly files: string[];
  /** NumPy's BagObj: `z.f.x` is `z.get("x")`. */
  readonly f: Record<string, NDArray | Uint8Array>;
  /** The file name when loaded from a path, else null. */
  readonly fid: string | null;
  private members: Map<string, ZipEntry> | null;
  private readonly opts: ReadOptions;
  [key: string]: unknown;

  /** @internal np.load makes these. */
  constructor(bytes: Uint8Array, opts: ReadOptions, fid: string | null) {
    const entries = readZip(bytes);
    this.members = new Map();
    this.files = [];
    for (const e of entries) {
      const short = e.name.endsWith(".npy") ? e.name.slice(0, -4) : e.name;
      this.files.push(short);
      this.members.set(short, e);
      this.members.set(e.name, e);
    }
    this.opts = opts;
    this.fid = fid;
    const bag = new Proxy({} as Record<string, NDArray | Uint8Array>, {
      get: (_t, k) => (typeof k === "string" ? this.getitem(k) : undefined),
      has: (_t, k) => typeof k === "string" && this.has(k),
      ownKeys: () => [...this.files],
      getOwnPropertyDescriptor: (_t, k) =>
        typeof k === "string" && this.has(k) ? { enumerable: true, configurable: true, get: () => this.getitem(k) } : undefined,
    });
    this.f = bag;
    return new Proxy(this, {
      get(target, k, receiver) {
        if (typeof k === "string" && !(k in target) && target.has(k)) return target.getitem(k);
        return Reflect.get(target, k, receiver);
      },
      has(target, k) {
        return k in target || (typeof k === "string" && target.has(k));
      },
    });
  }

  /** NumPy's `key in npz`. @example np.load(bytes).has("arr_0") // true */
  has(key: string): boolean {
    return this.members !== null && this.members.has(key);
  }

  /**
   * NumPy's `npz[key]`: the array (or, for a member that is not a .npy file, its bytes);
   * KeyError "<key> is not a file in the archive" when missing.
   * @example np.load(np.savez(null, [1, 2])).getitem("arr_0").tolist() // [1, 2]
   */
  getitem(key: string): NDArray | Uint8Array {
    if (this.members === null) throw closed();
    const e = this.members.get(key);
    // str() of a Python KeyError is the repr of its argument.
    if (e === undefined) throw new KeyError(pyStrRepr(`${key} is not a file in the archive`));
    const data = e.read();
    if (!hasNpyMagic(data)) return data;
    return readNpy(ByteReader.from(data), { ...this.opts, realFile: false });
  }

  /**
   * NumPy's `npz.get(key, default=None)`: the array, or `default` when there is no such member.
   * @example np.load(np.savez(null, {x: [1]})).get("x").tolist() // [1]
   */
  get(key: string, defaultValue: NDArray | Uint8Array | null = null): NDArray | Uint8Array | null {
    if (this.members === null) throw closed();
    return this.has(key) ? this.getitem(key) : defaultValue;
  }

  /** The member names (NumPy's keys()). @example [...z.keys()] // ["arr_0"] */
  keys(): string[] {
    return [...this.files];
  }

  /** The arrays, read in `files` order. */
  values(): (NDArray | Uint8Array)[] {
    return this.files.map((k) => this.getitem(k));
  }

  /** [name, array] pairs. */
  items(): [string, NDArray | Uint8Array][] {
    return this.files.map((k) => [k, this.getitem(k)]);
  }

  /** Number of members. */
  get length(): number {
    return this.files.length;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.files[Symbol.iterator]();
  }

  /** Releases the archive; later reads throw. */
  close(): void {
    this.members = null;
  }

  [Symbol.dispose](): void {
    this.close();
  }

  /** NumPy's repr: "NpzFile 'x.npz' with keys: a, b". */
  toString(): string {
    let names = this.files.slice(0, MAX_REPR_ARRAY_COUNT).join(", ");
    if (this.files.length > MAX_REPR_ARRAY_COUNT) names += "...";
    return `NpzFile ${pyStrRepr(this.fid ?? "object")} with keys: ${names}`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

/** The file argument of np.savez: a path (Node), a writable object, or null for bytes only. */
export type SaveTarget = string | URL | WritableLike | null | undefined;

/** Writes `bytes` to a path (adding `ext` when missing) or a writable, and returns them. */
export function deliver(fn: string, file: SaveTarget, bytes: Uint8Array, ext: string): Uint8Array {
  if (file === null || file === undefined) return bytes;
  if (isPath(file)) {
    let p = pathText(file);
    if (!p.endsWith(ext)) p += ext;
    nodeFs(fn).writeFileSync(p, bytes);
  } else if (isWritable(file)) {
    file.write(bytes);
  } else {
    throw new NumpyTypeError(`expected str, bytes or os.PathLike object, not ${typeof file}`);
  }
  return bytes;
}

/** zlib's deflate in Node (level 6, as Python's zipfile); ndts's own compressor elsewhere. */
function deflate(data: Uint8Array): Uint8Array {
  const zlib = builtinModule<ZlibLike>("zlib");
  if (zlib === undefined) return deflateRaw(data);
  const out = zlib.deflateRawSync(data, { level: 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function savezImpl(fn: string, file: SaveTarget, args: unknown[], compress: boolean): Uint8Array {
  const last = args.length > 0 ? args[args.length - 1] : undefined;
  const kwds: Record<string, unknown> = isOptions(last) ? { ...last } : {};
  const positional = isOptions(last) ? args.slice(0, -1) : args;
  if ("allow_pickle" in kwds) delete kwds.allow_pickle; // ndts never pickles: nothing to allow
  const named = new Map<string, unknown>(Object.entries(kwds));
  positional.forEach((val, i) => {
    const key = `arr_${i}`;
    if (named.has(key)) throw new ValueError(`Cannot use un-named variables and keyword ${key}`);
    named.set(key, val);
  });
  if (named.size > 0xffff) throw new NotImplementedError("ndts writes zip archives of up to 65535 arrays (no zip64)");
  const members = [...named].map(([key, val]) => {
    const data = writeNpy(asanyarray(val as ArrayLike));
    return { name: `${key}.npy`, data, compressed: compress ? deflate(data) : null };
  });
  return deliver(fn, file, writeZip(members), ".npz");
}

/**
 * Saves several arrays into an uncompressed .npz archive, as `numpy.savez(file, *args,
 * allow_pickle=True, **kwds)`: positional arrays are named arr_0, arr_1, ...; the trailing
 * options object gives named arrays. `file` is a path (Node; ".npz" is appended when missing),
 * a writable object with write(bytes), or null; the archive's bytes are always returned.
 * @example
 * const bytes = np.savez(null, np.arange(3), {y: np.ones(2)});
 * np.load(bytes).files // ["y", "arr_0"]
 */
export function savez(file: SaveTarget, ...args: unknown[]): Uint8Array {
  return savezImpl("savez", file, args, false);
}

/**
 * np.savez with DEFLATE compression (NumPy's savez_compressed): node:zlib in Node; elsewhere
 * ndts's own compressor (LZ77 with fixed Huffman codes: valid, a little larger). Returns the
 * archive's bytes.
 * @example np.load(np.savez_compressed(null, {x: np.zeros(1000)})).get("x").shape // [1000]
 */
export function savez_compressed(file: SaveTarget, ...args: unknown[]): Uint8Array {
  return savezImpl("savez_compressed", file, args, true);
}
