/**
 * A byte stream over the inputs np.load accepts: bytes (Uint8Array, Buffer, ArrayBuffer) or a
 * file-like object with `read(size)`. It never reads past what was asked for, so several arrays
 * saved one after the other to a file-like object load one after the other, as in NumPy.
 *
 * @example
 * const r = ByteReader.from(new Uint8Array([1, 2, 3]));
 * r.readExact(2, "magic string") // Uint8Array [1, 2]
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";

/** A Python-style readable file object: `read(size)` returns at most `size` bytes (all when omitted). */
export interface ReadableLike {
  read(size?: number): Uint8Array | ArrayBuffer | null | undefined;
}

/** A Python-style writable file object. */
export interface WritableLike {
  write(data: Uint8Array): unknown;
}

/** The bytes of a bytes-like value, or undefined when it is not one. */
export function asBytes(x: unknown): Uint8Array | undefined {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && x instanceof SharedArrayBuffer)) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  return undefined;
}

export function isReadable(x: unknown): x is ReadableLike {
  return typeof x === "object" && x !== null && typeof (x as ReadableLike).read === "function";
}

export function isWritable(x: unknown): x is WritableLike {
  return typeof x === "object" && x !== null && typeof (x as WritableLike).write === "function";
}

export class ByteReader {
  private buf: Uint8Array;
  private pos = 0;

  private constructor(
    buf: Uint8Array,
    private readonly src: ReadableLike | undefined,
  ) {
    this.buf = buf;
  }

  /** A reader over bytes or a file-like object. */
  static from(x: Uint8Array | ReadableLike): ByteReader {
    return x instanceof Uint8Array ? new ByteReader(x, undefined) : new ByteReader(new Uint8Array(0), x);
  }

  /** Asks the source for more bytes until `n` are buffered or it ends. */
  private fill(n: number): void {
    if (this.src === undefined || this.buf.length - this.pos >= n) return;
    const parts: Uint8Array[] = [this.buf.subarray(this.pos)];
    let have = parts[0]!.length;
    while (have < n) {
      const raw = this.src.read(n - have);
      if (raw === null || raw === undefined) break;
      const chunk = asBytes(raw);
      if (chunk === undefined) throw new NumpyTypeError("read() should return bytes (a Uint8Array or ArrayBuffer)");
      if (chunk.length === 0) break;
      parts.push(chunk);
      have += chunk.length;
    }
    const joined = new Uint8Array(have);
    let o = 0;
    for (const p of parts) {
      joined.set(p, o);
      o += p.length;
    }
    this.buf = joined;
    this.pos = 0;
  }

  /** How many of the next `n` bytes there are (at most n). */
  available(n: number): number {
    this.fill(n);
    return Math.min(n, this.buf.length - this.pos);
  }

  /** The next `n` bytes without consuming them. */
  peek(n: number): Uint8Array {
    this.fill(n);
    return this.buf.subarray(this.pos, Math.min(this.pos + n, this.buf.length));
  }

  /** Exactly `n` bytes, or NumPy's "EOF: reading <what>, expected n bytes got m" ValueError. */
  readExact(n: number, what: string): Uint8Array {
    this.fill(n);
    const got = Math.min(n, this.buf.length - this.pos);
    if (got !== n) {
      this.pos += got;
      throw new ValueError(`EOF: reading ${what}, expected ${n} bytes got ${got}`);
    }
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Everything left. */
  rest(): Uint8Array {
    if (this.src !== undefined) {
      const parts: Uint8Array[] = [this.buf.subarray(this.pos)];
      for (;;) {
        const raw = this.src.read();
        const chunk = raw === null || raw === undefined ? undefined : asBytes(raw);
        if (chunk === undefined || chunk.length === 0) break;
        parts.push(chunk);
      }
      const total = parts.reduce((s, p) => s + p.length, 0);
      const out = new Uint8Array(total);
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      this.buf = out;
      this.pos = 0;
    }
    const out = this.buf.subarray(this.pos);
    this.pos = this.buf.length;
    return out;
  }
}
