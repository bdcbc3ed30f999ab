/**
 * np.save and np.load: .npy files, and .npz archives on loading (NumPy's numpy/lib/_npyio_impl.py).
 * Both work on bytes everywhere and on file names in Node.
 *
 * @example
 * const bytes = np.save(null, np.arange(3)); // the .npy bytes (np.save("a.npy", x) writes a file in Node)
 * np.load(bytes).tolist()                    // [0, 1, 2]
 */
import { asanyarray, type ArrayLike } from "../api/creation.js";
import { bindArgs, type Args } from "../core/args.js";
import { EOFError, NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { hasNpyMagic, MAX_HEADER_SIZE, readNpy, writeNpy } from "./format.js";
import { isPath, nodeFs, pathText } from "./node.js";
import { deliver, NpzFile, type SaveTarget } from "./npz.js";
import { asBytes, ByteReader, isReadable, type ReadableLike } from "./reader.js";

/**
 * Saves an array to the .npy format, as `numpy.save(file, arr, allow_pickle=True)`.
 * `file` is a path (Node only; ".npy" is appended when missing, as NumPy does), a writable
 * object with `write(bytes)` (like a Python file object), or null. The bytes written are
 * always returned, so in a browser `np.save(null, a)` gives the file's content.
 * @example
 * const bytes = np.save(null, np.array([[1, 2], [3, 4]], {dtype: "float32"}));
 * bytes.length // 144: a 128-byte header, then 16 bytes of data
 */
export function save(file: SaveTarget, arr: ArrayLike, ...rest: Args<[boolean], { allow_pickle?: boolean; fix_imports?: boolean }>): Uint8Array {
  bindArgs("save", ["allow_pickle"], rest, ["fix_imports"]);
  const bytes = writeNpy(asanyarray(arr));
  return deliver("save", file, bytes, ".npy");
}

type LoadOpts = {
  mmap_mode?: string | null;
  allow_pickle?: boolean;
  fix_imports?: boolean;
  encoding?: string;
  max_header_size?: number;
};

/** What np.load reads: a path (Node), bytes, or a readable object with read(size). */
export type LoadSource = string | URL | Uint8Array | ArrayBufferLike | ArrayBufferView | ReadableLike;

/**
 * Loads an array from .npy data, or an NpzFile from a .npz archive, as `numpy.load(file,
 * mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *,
 * max_header_size=10000)`; the kind is sniffed from the magic bytes. `mmap_mode` "r" (a read-only
 * array) and "c" (a writable copy) read the whole file from a path: NumPy's memmap values, as a
 * plain NDArray. Big-endian data comes back
 * in native byte order (same values, ndts's dtype); object arrays and pickles are refused.
 * @example
 * np.load(np.save(null, np.arange(3))).tolist() // [0, 1, 2]
 * np.load("data.npz").files                     // in Node: the array names
 */
export function load(file: LoadSource, ...rest: Args<[string | null, boolean, boolean, string], LoadOpts>): NDArray | NpzFile {
  const [mmapMode, allowPickle, , encoding, maxHeaderSize] = bindArgs("load", ["mmap_mode", "allow_pickle", "fix_imports", "encoding"], rest, [
    "max_header_size",
  ]) as [string | null | undefined, boolean | undefined, boolean | undefined, string | undefined, number | undefined];
  const enc = encoding ?? "ASCII";
  if (enc !== "ASCII" && enc !== "latin1" && enc !== "bytes") throw new ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'");
  let reader: ByteReader;
  let fid: string | null = null;
  if (isPath(file)) {
    fid = pathText(file);
    reader = ByteReader.from(nodeFs("load").readFileSync(fid));
  } else if (isReadable(file)) {
    reader = ByteReader.from(file);
  } else {
    const bytes = asBytes(file);
    if (bytes === undefined) throw new NumpyTypeError(`expected str, bytes or os.PathLike object, not ${typeof file}`);
    reader = ByteReader.from(bytes);
  }
  const opts = { allowPickle: allowPickle ?? false, maxHeaderSize: maxHeaderSize ?? MAX_HEADER_SIZE, realFile: fid !== null };
  const magic = reader.peek(6);
  if (magic.length === 0) throw new EOFError("No data left in file");
  const zip = magic.length >= 4 && magic[0] === 0x50 && magic[1] === 0x4b && ((magic[2] === 3 && magic[3] === 4) || (magic[2] === 5 && magic[3] === 6));
  if (zip) return new NpzFile(reader.rest(), opts, fid);
  if (hasNpyMagic(magic)) {
    // A file read whole gives what NumPy's memmap shows for "r" (read-only) and "c" (copy on
    // write: writes stay in memory); "r+" and "w+" would write through to the file.
    const readOnly = mmapMode === "r" && fid !== null;
    if (mmapMode && !readOnly && !(mmapMode === "c" && fid !== null)) {
      throw new NotImplementedError(`ndts cannot memory-map files (mmap_mode=${JSON.stringify(mmapMode)}); load without mmap_mode, or with "r" or "c" from a path`);
    }
    const arr = readNpy(reader, opts);
    if (readOnly) arr.flags.writeable = false;
    return arr;
  }
  if (!opts.allowPickle) {
    throw new ValueError(
      "This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.",
    );
  }
  throw new NotImplementedError("ndts cannot load pickled data (the file is neither .npy nor .npz)");
}
