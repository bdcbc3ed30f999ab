/**
 * Zip archives, as Python's zipfile reads and writes them for .npz files: the central
 * directory (zip64 records included), stored and deflated members, CRC-32 checks.
 *
 * @example
 * const z = writeZip([{ name: "a.npy", data: bytes, compressed: null }]);
 * readZip(z).map((e) => e.name) // ["a.npy"]
 */
import { NotImplementedError, ValueError } from "../core/errors.js";
import { crc32 } from "./crc32.js";
import { inflateRaw } from "./inflate.js";
import { latin1 } from "./format.js";

/** Python's zipfile.BadZipFile (a ValueError here, as ndts reports malformed input). */
export class BadZipFile extends ValueError {
  override name = "BadZipFile";
}

/** One member of an archive, read lazily. */
export interface ZipEntry {
  name: string;
  /** The member's uncompressed bytes, checked against its CRC-32. */
  read(): Uint8Array;
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;

function findEocd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw new BadZipFile("File is not a zip file");
}

/** The members of a zip archive, in central-directory order. */
export function readZip(b: Uint8Array): ZipEntry[] {
  const eocd = findEocd(b);
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(b, loc) === 0x07064b50) {
    const z64 = u64(b, loc + 8);
    if (z64 + 56 > b.length || u32(b, z64) !== 0x06064b50) throw new BadZipFile("Corrupt zip64 end of central directory locator");
    count = u64(b, z64 + 32);
    cdSize = u64(b, z64 + 40);
    cdOffset = u64(b, z64 + 48);
  }
  if (cdOffset + cdSize > b.length) throw new BadZipFile("Truncated central directory");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new BadZipFile("Bad magic number for central directory");
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc = u32(b, p + 16);
    let csize = u32(b, p + 20);
    let usize = u32(b, p + 24);
    const nlen = u16(b, p + 28);
    const elen = u16(b, p + 30);
    const clen = u16(b, p + 32);
    let offset = u32(b, p + 42);
    const rawName = b.subarray(p + 46, p + 46 + nlen);
    // Bit 11: the name is UTF-8; otherwise cp437, which agrees with latin1 on ASCII names.
    const name = flags & 0x800 ? new TextDecoder().decode(rawName) : latin1(rawName);
    for (let e = p + 46 + nlen; e + 4 <= p + 46 + nlen + elen; ) {
      const id = u16(b, e);
      const size = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (usize === 0xffffffff) (usize = u64(b, q)), (q += 8);
        if (csize === 0xffffffff) (csize = u64(b, q)), (q += 8);
        if (offset === 0xffffffff) offset = u64(b, q);
      }
      e += 4 + size;
    }
    p += 46 + nlen + elen + clen;
    entries.push({ name, read: () => readMember(b, name, flags, method, crc, csize, usize, offset) });
  }
  return entries;
}

function readMember(b: Uint8Array, name: string, flags: number, method: number, crc: number, csize: number, usize: number, offset: number): Uint8Array {
  if (offset + 30 > b.length || u32(b, offset) !== 0x04034b50) throw new BadZipFile("Bad magic number for file header");
  if (flags & 1) throw new NotImplementedError(`File ${name} is encrypted; ndts cannot read encrypted zip members`);
  const start = offset + 30 + u16(b, offset + 26) + u16(b, offset + 28);
  if (start + csize > b.length) throw new BadZipFile(`Truncated zip member ${name}`);
  const raw = b.subarray(start, start + csize);
  let data: Uint8Array;
  if (method === 0) data = raw;
  // DEFLATE expands at most ~1032:1, so a claimed size beyond that is not preallocated.
  else if (method === 8) data = inflateRaw(raw, Math.min(usize, csize * 1032 + 1024));
  else throw new NotImplementedError("That compression method is not supported");
  if (data.length !== usize || crc32(data) !== crc) throw new BadZipFile(`Bad CRC-32 for file '${name}'`);
  return data;
}

/** A member to write: `compressed` holds its raw DEFLATE bytes, or null to store it. */
export interface ZipMember {
  name: string;
  data: Uint8Array;
  compressed: Uint8Array | null;
}

/**
 * A zip archive of the members, laid out as Python's zipfile writes NumPy's .npz files
 * (ZipFile.open(name, "w", force_zip64=True)): every entry dated 1980-01-01 00:00, a zip64
 * extra field in each local header, mode 0600; so np.savez gives NumPy's bytes exactly. No
 * zip64 central directory: each member and the archive stay under 4 GiB.
 */
export function writeZip(members: readonly ZipMember[]): Uint8Array {
  const time = 0;
  const date = (1 << 5) | 1;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = enc.encode(m.name);
    const body = m.compressed ?? m.data;
    const crc = crc32(m.data);
    if (m.data.length > 0xfffffffe || body.length > 0xfffffffe || offset > 0xfffffffe) {
      throw new NotImplementedError("ndts writes zip archives up to 4 GiB (no zip64)");
    }
    const flags = /^[\x00-\x7f]*$/.test(m.name) ? 0 : 0x800;
    const method = m.compressed ? 8 : 0;
    const local = new Uint8Array(30 + name.length + 20);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, m.data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 20, true);
    local.set(name, 30);
    const x = 30 + name.length; // zip64 extra: tag 1, 16 bytes, sizes as 64-bit numbers
    lv.setUint16(x, 1, true);
    lv.setUint16(x + 2, 16, true);
    lv.setUint32(x + 4, m.data.length, true);
    lv.setUint32(x + 12, body.length, true);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 0x0314, true); // made by: Unix, spec 2.0
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, m.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, (0o600 << 16) >>> 0, true); // -rw-------
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, members.length, true);
  ev.setUint16(10, members.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let o = 0;
  for (const p of [...parts, ...central, eocd]) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
