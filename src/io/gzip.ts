/**
 * The gzip wrapper (RFC 1952) around DEFLATE, for NumPy's transparent ".gz" file names in
 * np.loadtxt / np.genfromtxt (read) and np.savetxt (write).
 *
 * @example
 * gunzip(gzip(new TextEncoder().encode("1 2\n"))) // the bytes of "1 2\n"
 */
import { NotImplementedError, ValueError } from "../core/errors.js";
import { crc32 } from "./crc32.js";
import { deflateRaw } from "./deflate.js";
import { inflateRaw } from "./inflate.js";

/**
 * Wraps `data` as a one-member gzip file (no name, mtime 0).
 * @example gzip(new Uint8Array([1]))[0] // 0x1f
 */
export function gzip(data: Uint8Array): Uint8Array {
  const body = deflateRaw(data);
  const out = new Uint8Array(10 + body.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
  out.set(body, 10);
  const dv = new DataView(out.buffer);
  dv.setUint32(10 + body.length, crc32(data), true);
  dv.setUint32(14 + body.length, data.length >>> 0, true);
  return out;
}

/**
 * The content of a one-member gzip file; a bad magic number or checksum is Python's
 * gzip.BadGzipFile (a subclass of OSError), reported here as ValueError with its message.
 * @example gunzip(gzip(new Uint8Array([7]))) // Uint8Array [7]
 */
export function gunzip(src: Uint8Array): Uint8Array {
  if (src.length < 18 || src[0] !== 0x1f || src[1] !== 0x8b) throw new ValueError(`Not a gzipped file (${JSON.stringify(String.fromCharCode(...src.subarray(0, 2)))})`);
  if (src[2] !== 8) throw new ValueError("Unknown compression method");
  const flags = src[3]!;
  let pos = 10;
  if (flags & 4) pos += 2 + (src[pos]! | (src[pos + 1]! << 8)); // FEXTRA
  if (flags & 8) while (src[pos++] !== 0 && pos < src.length); // FNAME
  if (flags & 16) while (src[pos++] !== 0 && pos < src.length); // FCOMMENT
  if (flags & 2) pos += 2; // FHCRC
  const dv = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const size = dv.getUint32(src.length - 4, true);
  const out = inflateRaw(src.subarray(pos, src.length - 8), size);
  if (crc32(out) !== dv.getUint32(src.length - 8, true) || (out.length >>> 0) !== size) {
    throw new NotImplementedError("ndts reads one-member gzip files only (CRC check failed: a multi-member or corrupt file)");
  }
  return out;
}

/**
 * The compression NumPy's _datasource infers from a file name: "gz" (handled), or a refused
 * one (".bz2", ".xz", ".lzma"), or null for plain files.
 * @example compressionOf("data.txt.gz") // "gz"
 */
export function compressionOf(name: string): "gz" | null {
  if (name.endsWith(".gz")) return "gz";
  const m = /\.(bz2|xz|lzma)$/.exec(name);
  if (m) throw new NotImplementedError(`ndts cannot read or write .${m[1]} files (only .gz compression is supported)`);
  return null;
}
