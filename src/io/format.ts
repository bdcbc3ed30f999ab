/**
 * The .npy format (NumPy's numpy/lib/format.py): the magic string, the header dict in Python
 * literal syntax padded so the data starts on a 64-byte boundary, then the raw data in C or
 * Fortran order. Versions 1.0, 2.0 and 3.0 are read; 1.0 is written unless the header needs more.
 *
 * @example
 * const bytes = writeNpy(np.arange(3)); // the bytes np.save writes
 * readNpy(ByteReader.from(bytes), {allowPickle: false, maxHeaderSize: 10000, realFile: false}).tolist() // [0, 1, 2]
 */
import { resolveDType, type DType } from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { fStrides, isCContiguous, isFContiguous, shapeRepr } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { parsePyLiteral, pyBytesRepr, pyRepr, pyStrRepr, PyDict, PySyntaxError, PyTuple, type PyValue } from "./pyliteral.js";
import type { ByteReader } from "./reader.js";

/** "\x93NUMPY", the first six bytes of every .npy file. */
export const MAGIC_PREFIX = new Uint8Array([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
const MAGIC_LEN = MAGIC_PREFIX.length + 2;
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
/** NumPy's default `max_header_size`. */
export const MAX_HEADER_SIZE = 10000;
/** Bytes per chunk when NumPy reads array data from a stream (format.BUFFER_SIZE). */
const BUFFER_SIZE = 2 ** 18;

export type Version = [number, number];

/**
 * The header dict text NumPy writes for an array: sorted keys, Python reprs, and spare spaces
 * so the growth axis can be rewritten in place.
 * @example headerText("<f8", false, [2, 3]) // "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }" + 20 spaces
 */
export function headerText(descr: string, fortranOrder: boolean, shape: readonly number[]): string {
  const shapeText = shapeRepr(shape);
  let h = `{'descr': ${pyStrRepr(descr)}, 'fortran_order': ${fortranOrder ? "True" : "False"}, 'shape': ${shapeText}, }`;
  if (shape.length > 0) {
    const growth = shape[fortranOrder ? shape.length - 1 : 0]!;
    h += " ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - String(growth).length));
  }
  return h;
}

function encode(text: string, version: Version): Uint8Array {
  if (version[0] === 3) return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new RangeError("latin1 cannot encode the header");
    out[i] = c;
  }
  return out;
}

/** The magic string, header length, header and padding, for one format version. */
export function wrapHeader(text: string, version: Version): Uint8Array {
  const header = encode(text, version);
  const lenBytes = version[0] === 1 ? 2 : 4;
  const hlen = header.length + 1;
  const padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenBytes + hlen) % ARRAY_ALIGN);
  const total = hlen + padlen;
  if (version[0] === 1 && total > 0xffff) throw new ValueError(`Header length ${hlen} too big for version=(1, 0)`);
  const out = new Uint8Array(MAGIC_LEN + lenBytes + total);
  out.set(MAGIC_PREFIX);
  out[6] = version[0];
  out[7] = version[1];
  const dv = new DataView(out.buffer);
  if (lenBytes === 2) dv.setUint16(8, total, true);
  else dv.setUint32(8, total, true);
  out.set(header, MAGIC_LEN + lenBytes);
  out.fill(0x20, MAGIC_LEN + lenBytes + header.length, out.length - 1);
  out[out.length - 1] = 0x0a;
  return out;
}

/** Version 1.0 when the header fits, else 2.0 (latin1) or 3.0 (utf-8), with NumPy's warnings. */
function wrapHeaderGuessVersion(text: string): Uint8Array {
  try {
    return wrapHeader(text, [1, 0]);
  } catch (e) {
    if (!(e instanceof ValueError) && !(e instanceof RangeError)) throw e;
  }
  try {
    const out = wrapHeader(text, [2, 0]);
    warn("Stored array in format 2.0. It can only beread by NumPy >= 1.9", "UserWarning");
    return out;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const out = wrapHeader(text, [3, 0]);
  warn("Stored array in format 3.0. It can only be read by NumPy >= 1.17", "UserWarning");
  return out;
}

/**
 * The complete .npy bytes of an array, as `np.save` writes them: fortran_order is True for a
 * Fortran-contiguous array that is not C-contiguous, and the data follows in that order.
 */
export function writeNpy(a: NDArray): Uint8Array {
  const c = isCContiguous(a.shape, a.strides, a.itemsize);
  const fortran = !c && isFContiguous(a.shape, a.strides, a.itemsize);
  const header = wrapHeaderGuessVersion(headerText(a._dt.str, fortran, a.shape));
  const data = a.tobytes(fortran ? "F" : "C");
  const out = new Uint8Array(header.length + data.length);
  out.set(header);
  out.set(data, header.length);
  return out;
}

/** True when `b` starts with the .npy magic prefix. */
export function hasNpyMagic(b: Uint8Array): boolean {
  return b.length >= MAGIC_PREFIX.length && MAGIC_PREFIX.every((x, i) => b[i] === x);
}

/** The header of a .npy stream: version, shape, order, dtype and byte order. */
export interface NpyHeader {
  version: Version;
  shape: number[];
  fortranOrder: boolean;
  dtype: DType;
  bigEndian: boolean;
  /** The descr string as written, e.g. ">f8". */
  descr: string;
}

/** Options of reading one array. */
export interface ReadOptions {
  allowPickle: boolean;
  maxHeaderSize: number;
  /** The source is a real file (NumPy then uses fromfile and words a short read differently). */
  realFile: boolean;
}

/** Reads the magic string and header from `r` (NumPy's read_magic and _read_array_header). */
export function readHeader(r: ByteReader, o: ReadOptions): NpyHeader {
  const magic = r.readExact(MAGIC_LEN, "magic string");
  if (!hasNpyMagic(magic)) {
    throw new ValueError(`the magic string is not correct; expected ${pyBytesRepr(MAGIC_PREFIX)}, got ${pyBytesRepr(magic.subarray(0, MAGIC_LEN - 2))}`);
  }
  const version: Version = [magic[6]!, magic[7]!];
  if (!((version[0] === 1 || version[0] === 2 || version[0] === 3) && version[1] === 0)) {
    throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not (${version[0]}, ${version[1]})`);
  }
  const lenBytes = version[0] === 1 ? 2 : 4;
  const lb = r.readExact(lenBytes, "array header length");
  const dv = new DataView(lb.buffer, lb.byteOffset, lb.byteLength);
  const hlen = lenBytes === 2 ? dv.getUint16(0, true) : dv.getUint32(0, true);
  const raw = r.readExact(hlen, "array header");
  const text = version[0] === 3 ? new TextDecoder("utf-8", { fatal: true }).decode(raw) : latin1(raw);
  const maxHeader = o.allowPickle ? Infinity : o.maxHeaderSize;
  if (text.length > maxHeader) {
    throw new ValueError(
      `Header info length (${text.length}) is large and may not be safe to load securely.\n` +
        "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n" +
        "For safety against large resource use or crashes, sandboxing may be necessary.",
    );
  }
  let d: PyValue;
  try {
    d = parsePyLiteral(version[0] <= 2 ? text.replace(/(\d)L\b/g, "$1") : text);
  } catch (e) {
    if (e instanceof PySyntaxError) throw new ValueError(`Cannot parse header: ${pyStrRepr(text)}`);
    throw e;
  }
  if (!(d instanceof PyDict)) throw new ValueError(`Header is not a dictionary: ${pyRepr(d)}`);
  const keys = d.entries.map(([k]) => k);
  const expected = ["descr", "fortran_order", "shape"];
  if (keys.length !== 3 || !expected.every((k) => d.has(k))) {
    const sorted = [...keys].sort((a, b) => (pyRepr(a) < pyRepr(b) ? -1 : 1));
    throw new ValueError(`Header does not contain the correct keys: ${pyRepr(sorted)}`);
  }
  const shapeV = d.get("shape")!;
  if (!(shapeV instanceof PyTuple) || !shapeV.items.every((x) => typeof x === "bigint" || typeof x === "boolean")) {
    throw new ValueError(`shape is not valid: ${pyRepr(shapeV)}`);
  }
  const fortranV = d.get("fortran_order")!;
  if (typeof fortranV !== "boolean") throw new ValueError(`fortran_order is not a valid bool: ${pyRepr(fortranV)}`);
  const shape = shapeV.items.map((x) => Number(x as bigint | boolean));
  if (shape.some((n) => n < 0)) throw new ValueError("negative dimensions are not allowed");
  const descrV = d.get("descr")!;
  const { dtype, bigEndian, descr } = descrToDType(descrV, o.allowPickle);
  return { version, shape, fortranOrder: fortranV, dtype, bigEndian, descr };
}

/** NumPy's descr_to_dtype for the dtypes ndts stores; refuses the others clearly. */
function descrToDType(descr: PyValue, allowPickle: boolean): { dtype: DType; bigEndian: boolean; descr: string } {
  if (Array.isArray(descr) || descr instanceof PyTuple) {
    throw new NotImplementedError(`ndts cannot load structured or subarray dtypes (descr ${pyRepr(descr)})`);
  }
  if (typeof descr !== "string") throw new ValueError(`descr is not a valid dtype descriptor: ${pyRepr(descr)}`);
  if (/^[|<>=]?O\d*$/.test(descr) || descr === "object") {
    if (!allowPickle) throw new ValueError("Object arrays cannot be loaded when allow_pickle=False");
    throw new NotImplementedError("ndts cannot unpickle object arrays (descr '|O')");
  }
  const order = /^[<>|=]/.test(descr) ? descr[0] : "";
  const body = order === "" ? descr : descr.slice(1);
  if (/^[<>|=]/.test(body)) throw new ValueError(`descr is not a valid dtype descriptor: ${pyRepr(descr)}`);
  try {
    const dtype = resolveDType(body);
    return { dtype, bigEndian: order === ">" && dtype.itemsize > 1, descr };
  } catch (e) {
    if (e instanceof NumpyTypeError && /not supported by ndts/.test(e.message)) {
      throw new NotImplementedError(`ndts cannot load arrays of dtype ${pyStrRepr(descr)}: ${e.message}`);
    }
    if (e instanceof NumpyTypeError) throw new ValueError(`descr is not a valid dtype descriptor: ${pyRepr(descr)}`);
    throw e;
  }
}

/** Bytes decoded as latin1 (each byte one code point). */
export function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Swaps the bytes of each scalar in place (complex: of each part). */
function byteswap(b: Uint8Array, width: number): void {
  for (let i = 0; i + width <= b.length; i += width) {
    for (let lo = i, hi = i + width - 1; lo < hi; lo++, hi--) {
      const t = b[lo]!;
      b[lo] = b[hi]!;
      b[hi] = t;
    }
  }
}

/**
 * Reads one array (header and data) from `r`: big-endian data is byte-swapped into ndts's
 * native order, Fortran-ordered data gives a Fortran-contiguous array, as NumPy's read_array.
 */
export function readNpy(r: ByteReader, o: ReadOptions): NDArray {
  const h = readHeader(r, o);
  const dt = h.dtype;
  const count = h.shape.reduce((p, n) => p * n, 1);
  const nbytes = count * dt.itemsize;
  const avail = r.available(nbytes);
  if (avail < nbytes) shortData(h, count, avail, o.realFile);
  const data = r.readExact(nbytes, "array data");
  const out = emptyArray(dt, h.shape, h.fortranOrder && count > 0 ? fStrides(h.shape, dt.itemsize) : undefined);
  if (nbytes > 0) {
    const heap = out._storage.region.bytes();
    heap.set(data, out._ptr);
    if (h.bigEndian) byteswap(heap.subarray(out._ptr, out._ptr + nbytes), dt.kind === "c" ? dt.itemsize / 2 : dt.itemsize);
  }
  return out;
}

/** NumPy's error for data shorter than the shape needs (worded by how NumPy read it). */
function shortData(h: NpyHeader, count: number, avail: number, realFile: boolean): never {
  const size = h.dtype.itemsize;
  if (realFile) {
    const shapeText = h.shape.length === 0 ? "()" : shapeRepr(h.shape);
    throw new ValueError(
      `Failed to read all data for array. Expected ${shapeText} = ${count} elements, could only read ${Math.floor(avail / size)} elements. (file seems not fully written?)`,
    );
  }
  // NumPy reads a stream in chunks of BUFFER_SIZE // itemsize elements and reports the chunk.
  const chunk = Math.floor(BUFFER_SIZE / Math.min(BUFFER_SIZE, size));
  const start = Math.floor(Math.floor(avail / size) / chunk) * chunk;
  const want = Math.min(chunk, count - start) * size;
  throw new ValueError(`EOF: reading array data, expected ${want} bytes got ${avail - start * size}`);
}
