/**
 * A Region is a run of bytes that arrays index into: the WebAssembly heap, a pooled JS slab of
 * small arrays, or a plain ArrayBuffer. It hands out one TypedArray view per scalar type over the
 * whole region, so kernels written in TypeScript index elements with no per-call view creation.
 */
import type { DType } from "../core/dtype.js";

export type AnyTyped =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

export class Region {
  /** Views by dtype id (complex dtypes share their float's TypedArray type). */
  private views: (AnyTyped | undefined)[] = [];
  private u8view: Uint8Array | undefined;

  constructor(public buffer: ArrayBuffer) {}

  /** A TypedArray of the dtype's scalar type over the whole region. */
  view(dt: DType): AnyTyped {
    const v = this.views[dt.id];
    if (v !== undefined) return v;
    const len = this.buffer.byteLength >> dt.shift;
    return (this.views[dt.id] = new dt.Typed(this.buffer, 0, len));
  }

  /** The region's bytes. */
  bytes(): Uint8Array {
    return (this.u8view ??= new Uint8Array(this.buffer));
  }

  /** Drops the cached views after the buffer was replaced (heap growth). */
  reset(buffer: ArrayBuffer): void {
    this.buffer = buffer;
    this.views = [];
    this.u8view = undefined;
  }
}
