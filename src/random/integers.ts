/**
 * NumPy's _bounded_integers: Generator.integers and RandomState.randint for every integer dtype
 * and bool, with NumPy's bound checks and messages, the scalar path and the broadcast path (one
 * 32-bit buffer shared across the elements, as NumPy's).
 *
 * @example
 * np.random.default_rng(1).integers(5, { size: 3, dtype: "uint8" }).tolist() // [4, 4, 0], as NumPy
 */
import type { ArrayLike } from "../core/coerce.js";
import { resolveDType, UINT32, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { broadcastShapes, shapeSize, type ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import { broadcast_to } from "../api/broadcasting.js";
import { boundedDraw, lemire32, type Buffer32, type Width } from "./bounded.js";
import { int64From, multiIterShape, sizeShape, withStream } from "./common.js";
import type { BitGen } from "./bitgen.js";

const WIDTH: Record<string, Width> = {
  int64: 64, uint64: 64, int32: 32, uint32: 32, int16: 16, uint16: 16, int8: 8, uint8: 8, bool: 1,
};

function bounds(dt: DType): [bigint, bigint] {
  if (dt.name === "bool") return [0n, 1n];
  const bits = BigInt(dt.itemsize * 8);
  return dt.kind === "u" ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

function toBig(v: unknown): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ValueError(`cannot convert float ${v} to integer`);
    return BigInt(Math.trunc(v));
  }
  throw new NumpyTypeError(`'${typeof v}' object cannot be interpreted as an integer`);
}

function boundsError(closed: boolean, lowIsZero: boolean): ValueError {
  if (lowIsZero) return new ValueError(`high ${closed ? "<" : "<="} 0`);
  return new ValueError(`low ${closed ? ">" : ">="} high`);
}

/** The integer dtype of integers()/randint(), or NumPy's TypeError. */
export function integerDType(dtype: DTypeLike | null | undefined, fn: string): DType {
  const dt = resolveDType((dtype ?? "int64") as DTypeLike);
  if (!(dt.name in WIDTH)) throw new NumpyTypeError(`Unsupported dtype dtype('${dt.name}') for ${fn}`);
  return dt;
}

function values(a: NDArray): bigint[] {
  return (a.ravel().tolist(a._dt.big ? { bigint: true } : {}) as unknown[]).map(toBig);
}

/**
 * Random integers in [low, high) (or [low, high] with `closed`), drawn as NumPy's
 * _rand_{dtype}: Lemire's method unless `masked`.
 */
export function boundedIntegers(
  bg: BitGen, low: ArrayLike, high: ArrayLike, size: ShapeLike | null | undefined, dt: DType, masked: boolean, closed: boolean,
): number | bigint | boolean | NDArray {
  const shape = sizeShape(size);
  const width = WIDTH[dt.name]!;
  const [lb, ub] = bounds(dt);
  const name = dt.name;
  if (shape !== null && shapeSize(shape) === 0) return emptyArray(dt, shape);
  const isScalar = (x: ArrayLike): boolean => typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";
  const la = isScalar(low) ? null : asArray(low);
  const ha = isScalar(high) ? null : asArray(high);
  const b: Buffer32 = { bcnt: 0, buf: 0 };
  if ((la === null || la.ndim === 0) && (ha === null || ha.ndim === 0)) {
    const lo = toBig(la === null ? low : scalarItem(la));
    let hi = toBig(ha === null ? high : scalarItem(ha));
    if (!closed) hi -= 1n;
    if (lo < lb) throw new ValueError(`low is out of bounds for ${name}`);
    if (hi > ub) throw new ValueError(`high is out of bounds for ${name}`);
    if (lo > hi) throw boundsError(closed, lo === 0n);
    const rng = hi - lo;
    const r = rng <= 0xffffffffn ? Number(rng) : rng;
    if (shape === null) return scalarOut(dt, lo + BigInt(boundedDraw(bg, width, r, masked, b)));
    const n = shapeSize(shape);
    if (typeof r === "number" && lo >= -(2n ** 52n) && hi <= 2n ** 52n) {
      // Offsets below 2^32 from a low bound that keeps every value an exact double.
      const l = Number(lo);
      if (dt.big && width === 64 && !masked && r !== 0 && r !== 0xffffffff && l >= 0 && l + r < 4294967296) {
        // The common case (small non-negative int64 values): low halves written as drawn.
        const arr = emptyArray(dt, shape);
        const u = arr._storage.region.view(UINT32) as Uint32Array;
        const w = arr._ptr >> 2;
        withStream(bg, (s) => {
          for (let i = w; i < w + 2 * n; i += 2) {
            u[i] = l + lemire32(s, r);
            u[i + 1] = 0;
          }
        });
        return arr;
      }
      const vals = new Float64Array(n);
      withStream(bg, (s) => {
        if (width >= 32 && !masked && r !== 0 && r !== 0xffffffff) for (let i = 0; i < n; i++) vals[i] = l + lemire32(s, r);
        else for (let i = 0; i < n; i++) vals[i] = l + (boundedDraw(s, width, r, masked, b) as number);
      });
      if (dt.big) return int64From(vals, shape, dt);
      const arr = emptyArray(dt, shape);
      (arr._storage.region.view(dt) as Int32Array).set(vals, arr._ptr >> dt.shift);
      return arr;
    }
    const out = new Array<number | bigint>(n);
    for (let i = 0; i < n; i++) out[i] = boundedDraw(bg, width, r, masked, b);
    return write(dt, shape, lo, out);
  }
  // The broadcast path: NumPy checks the whole arrays first, then draws element by element.
  return broadcastPath(bg, la ?? asArray(low), ha ?? asArray(high), shape, dt, masked, closed, b);
}

/** A 0-d array's value, exact for 64-bit integers. */
function scalarItem(a: NDArray): unknown {
  return a._dt.big ? (a.reshape(1).tolist({ bigint: true }) as bigint[])[0] : a.item();
}

function broadcastPath(bg: BitGen, la: NDArray, ha: NDArray, shape: number[] | null, dt: DType, masked: boolean, closed: boolean, b: Buffer32): NDArray {
  const width = WIDTH[dt.name]!;
  const [lb, ub] = bounds(dt);
  const name = dt.name;
  const lows = values(la);
  const highs = values(ha);
  if (lows.some((v) => v < lb)) throw new ValueError(`low is out of bounds for ${name}`);
  if (highs.some((v) => (closed ? v > ub : v > ub + 1n))) throw new ValueError(`high is out of bounds for ${name}`);
  const bshape = broadcastShapes(la.shape, ha.shape);
  const lowB = values(broadcast_to(la, bshape));
  const highB = values(broadcast_to(ha, bshape));
  const allZero = lows.every((v) => v === 0n);
  for (let i = 0; i < lowB.length; i++) {
    if (closed ? lowB[i]! > highB[i]! : lowB[i]! >= highB[i]!) throw boundsError(closed, allZero);
  }
  // With size, NumPy walks the multi-iterator of (low, high, out) for out.size steps: the
  // broadcast of all three must exist, and out takes its first out.size positions.
  let outShape = bshape;
  let L = lowB;
  let H = highB;
  if (shape !== null) {
    const it = multiIterShape([la.shape, ha.shape, shape]);
    const m = shapeSize(shape);
    L = values(broadcast_to(la, it)).slice(0, m);
    H = values(broadcast_to(ha, it)).slice(0, m);
    outShape = shape;
  }
  const n = L.length;
  const out = new Array<number | bigint>(n);
  for (let i = 0; i < n; i++) {
    const rng = H[i]! - (closed ? 0n : 1n) - L[i]!;
    const v = boundedDraw(bg, width, rng <= 0xffffffffn ? Number(rng) : rng, masked, b);
    out[i] = L[i]! + BigInt(v);
  }
  return write(dt, outShape, 0n, out);
}

function scalarOut(dt: DType, v: bigint): number | bigint | boolean {
  if (dt.name === "bool") return v !== 0n;
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}

function write(dt: DType, shape: readonly number[], off: bigint, vals: readonly (number | bigint)[]): NDArray {
  const arr = emptyArray(dt, shape);
  const at = arr._ptr >> dt.shift;
  const view = arr._storage.region.view(dt);
  const n = vals.length;
  if (dt.big) {
    const v = view as BigInt64Array | BigUint64Array;
    for (let i = 0; i < n; i++) v[at + i] = off + BigInt(vals[i]!);
  } else {
    const v = view as Int32Array;
    const o = Number(off);
    for (let i = 0; i < n; i++) v[at + i] = o + Number(vals[i]!);
  }
  return arr;
}
