/**
 * CRC-32 (ISO 3309 / ITU-T V.42, the polynomial 0xEDB88320 reflected), as zip files and
 * Python's zlib.crc32 compute it.
 *
 * @example
 * crc32(new TextEncoder().encode("123456789")) // 0xcbf43926
 */

let TABLE: Uint32Array | undefined;

function table(): Uint32Array {
  if (TABLE !== undefined) return TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return (TABLE = t);
}

/** The CRC-32 of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = table();
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
