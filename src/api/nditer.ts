/**
 * np.nditer: NumPy's multi-operand iterator, unbuffered. The operands broadcast together; each
 * step gives 0-d views of the operands' elements (1-d views with "external_loop"), writeable
 * for "readwrite"/"writeonly" operands, so `x.set("...", v)` writes through as `x[...] = v`.
 * Order "K" follows memory order (negative strides walked backwards), as NumPy's iterator.
 *
 * @example
 * const a = np.arange(6).reshape([2, 3]);
 * for (const x of np.nditer(a, { op_flags: ["readwrite"] })) x.set("...", x.multiply(2));
 */
import { bindArgs } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { optionalDType, resultType, type DTypeLike } from "../core/dtype.js";
import { NotImplementedError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { broadcastShapes, broadcastStrides, shapeSize } from "../core/shape.js";
import { asArray } from "./creation.js";

type OpFlag = "readonly" | "readwrite" | "writeonly" | "allocate" | "no_broadcast" | "copy" | "updateifcopy";
type IterFlag = "multi_index" | "c_index" | "f_index" | "external_loop" | "refs_ok" | "zerosize_ok" | "grow_inner";

/** nditer's options, with NumPy's keyword names. */
export interface NditerOpts {
  flags?: readonly IterFlag[] | null;
  op_flags?: readonly OpFlag[] | readonly (readonly OpFlag[])[] | null;
  op_dtypes?: DTypeLike | readonly (DTypeLike | null)[] | null;
  order?: "C" | "F" | "A" | "K";
  casting?: string;
  op_axes?: null;
  itershape?: null;
  buffersize?: number;
}

const KNOWN_FLAGS = new Set(["multi_index", "c_index", "f_index", "external_loop", "refs_ok", "zerosize_ok", "grow_inner"]);

class Nditer implements Iterable<NDArray | NDArray[]> {
  /** The operands (an allocated one included). */
  readonly operands: NDArray[];
  /** The broadcast shape. */
  private readonly bshape: number[];
  /** The number of operands. */
  readonly nop: number;
  /** The position in iteration order. */
  iterindex = 0;
  private readonly order: { axes: number[]; flip: boolean[] };
  private readonly strides: number[][];
  private readonly writeable: boolean[];
  private readonly flags: Set<string>;
  private readonly chunk: number; // elements per step (external_loop), else 1
  private readonly chunkAxes: number; // how many innermost iteration axes one step covers

  constructor(op: ArrayLike | null | readonly (ArrayLike | null)[], opts: NditerOpts = {}) {
    const [flags, op_flags, op_dtypes, order, casting, op_axes, itershape, buffersize] = bindArgs(
      "nditer",
      ["flags", "op_flags", "op_dtypes", "order", "casting", "op_axes", "itershape", "buffersize"],
      [opts],
    ) as [IterFlag[] | null | undefined, unknown, unknown, string | undefined, unknown, unknown, unknown, unknown];
    if (op_axes != null || itershape != null) throw new NotImplementedError("np.nditer: op_axes and itershape are not supported");
    if (buffersize != null || casting != null) throw new NotImplementedError("np.nditer: buffering and casting are not supported");
    this.flags = new Set(flags ?? []);
    for (const f of this.flags) {
      if (!KNOWN_FLAGS.has(f)) throw new NotImplementedError(`np.nditer: flag '${f}' is not supported`);
    }
    if (this.flags.has("external_loop") && (this.flags.has("multi_index") || this.flags.has("c_index") || this.flags.has("f_index"))) {
      throw new ValueError("Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked");
    }
    const list: (ArrayLike | null)[] = Array.isArray(op) ? [...(op as (ArrayLike | null)[])] : [op as ArrayLike | null];
    this.nop = list.length;
    const opFlags: OpFlag[][] =
      op_flags == null
        ? list.map((x) => (x === null ? ["writeonly", "allocate"] : ["readonly"]))
        : Array.isArray((op_flags as unknown[])[0])
          ? (op_flags as OpFlag[][])
          : list.map(() => op_flags as OpFlag[]);
    if (opFlags.length !== list.length) throw new ValueError("op_flags must be a tuple/list matching the number of ops");
    const dtypes = op_dtypes == null ? list.map(() => null) : Array.isArray(op_dtypes) ? (op_dtypes as (DTypeLike | null)[]) : list.map(() => op_dtypes as DTypeLike);
    const given = list.map((x) => (x === null ? null : asArray(x)));
    given.forEach((a, i) => {
      const dt = optionalDType(dtypes[i]);
      if (a !== null && dt !== undefined && dt !== a._dt) throw new NotImplementedError("np.nditer: op_dtypes that cast an operand (buffering) are not supported");
    });
    const present = given.filter((a): a is NDArray => a !== null);
    this.bshape = broadcastShapes(...present.map((a) => a.shape));
    this.operands = given.map((a, i) => {
      if (a !== null) return a;
      const dt = optionalDType(dtypes[i]) ?? (present.length ? resultType(present.map((p) => p._dt)) : undefined);
      if (dt === undefined) throw new ValueError("At least one operand must be provided or a dtype given for it");
      return emptyArray(dt, this.bshape);
    });
    this.writeable = opFlags.map((f) => f.includes("readwrite") || f.includes("writeonly"));
    this.operands.forEach((a, i) => {
      if (this.writeable[i]) a._checkWriteable();
      if (opFlags[i]!.includes("no_broadcast") && (a.ndim !== this.bshape.length || a.shape.some((d, k) => d !== this.bshape[k]))) {
        throw new ValueError(`non-broadcastable operand with shape (${a.shape.join(",")}${a.ndim === 1 ? "," : ""}) doesn't match the broadcast shape`);
      }
    });
    this.strides = this.operands.map((a) => broadcastStrides(a.shape, a.strides, this.bshape)!);
    this.order = iterationOrder(this.bshape, this.strides, order ?? "K", this.operands);
    // external_loop: one step covers the innermost iteration axes that coalesce in every operand.
    let chunk = 1;
    let chunkAxes = 0;
    if (this.flags.has("external_loop")) {
      const axes = this.order.axes;
      for (let k = axes.length - 1; k >= 0; k--) {
        const ax = axes[k]!;
        if (chunkAxes > 0) {
          const inner = axes[k + 1]!;
          const ok = this.strides.every((st) => st[ax]! * (this.order.flip[ax] ? -1 : 1) === st[inner]! * (this.order.flip[inner] ? -1 : 1) * this.bshape[inner]!);
          if (!ok) break;
        }
        chunk *= this.bshape[ax]!;
        chunkAxes++;
      }
      if (this.bshape.length === 0) chunk = 1;
    }
    this.chunk = chunk;
    this.chunkAxes = chunkAxes;
  }

  /**
   * The iterator's shape: the broadcast shape with "multi_index", else (as NumPy's iterator
   * coalesces axes) the shape in its iteration order, innermost axis first, with the axes that
   * step as one merged.
   */
  get shape(): number[] {
    if (this.flags.has("multi_index")) return this.bshape.slice();
    const { axes, flip } = this.order;
    const out: number[] = [];
    const step = (st: number[], ax: number) => st[ax]! * (flip[ax] ? -1 : 1);
    let prev = -1;
    for (const ax of axes) {
      const n = this.bshape[ax]!;
      if (n === 1 && this.bshape.length > 1) continue;
      if (prev >= 0 && this.strides.every((st) => step(st, prev) === step(st, ax) * n)) out[out.length - 1]! *= n;
      else out.push(n);
      prev = ax;
    }
    // NumPy reports the iterator's axes innermost first.
    return out.length === 0 && this.bshape.length > 0 ? [1] : out.reverse();
  }

  /** The number of dimensions of the iterator's shape. */
  get ndim(): number {
    return this.shape.length;
  }

  /** The number of elements iterated over. */
  get itersize(): number {
    return shapeSize(this.bshape);
  }

  /** Whether the iteration has run past its last element. */
  get finished(): boolean {
    return this.iterindex * this.chunk >= this.itersize;
  }

  /** The current position as an index into the broadcast shape (flag "multi_index"). */
  get multi_index(): number[] {
    if (!this.flags.has("multi_index")) throw new ValueError("Iterator is not tracking a multi-index");
    if (this.finished) throw new ValueError("Iterator is past the end");
    return this.position();
  }

  /** The C-order ("c_index") or Fortran-order ("f_index") flat index of the current position. */
  get index(): number {
    const c = this.flags.has("c_index");
    if (!c && !this.flags.has("f_index")) throw new ValueError("Iterator does not have an index");
    if (this.finished) throw new ValueError("Iterator is past the end");
    const pos = this.position();
    let idx = 0;
    const axes = pos.map((_, i) => i);
    for (const d of c ? axes : axes.reverse()) idx = idx * this.bshape[d]! + pos[d]!;
    return idx;
  }

  /** The current element views (one operand: the view itself). */
  get value(): NDArray | NDArray[] {
    if (this.finished) throw new ValueError("Iterator is past the end");
    const pos = this.position();
    const views = this.operands.map((a, i) => {
      const st = this.strides[i]!;
      let ptr = a._ptr;
      for (let d = 0; d < pos.length; d++) ptr += pos[d]! * st[d]!;
      let v: NDArray;
      if (this.flags.has("external_loop")) {
        const inner = this.order.axes[this.order.axes.length - 1];
        const step = inner === undefined ? 0 : st[inner]! * (this.order.flip[inner] ? -1 : 1);
        v = a._view([this.chunk], [step], ptr);
      } else v = a._view([], [], ptr);
      v._writeable = this.writeable[i]!;
      return v;
    });
    return this.nop === 1 ? views[0]! : views;
  }

  /** Moves to the next position; false once past the end (NumPy's iternext). */
  iternext(): boolean {
    if (!this.finished) this.iterindex++;
    return !this.finished;
  }

  /** Restarts the iteration. */
  reset(): void {
    this.iterindex = 0;
  }

  /** Releases nothing (NumPy's close(), for `with` blocks); kept for ports. */
  close(): void {}

  /** The broadcast-shape index of the current position. */
  private position(): number[] {
    const { axes, flip } = this.order;
    const pos = new Array<number>(this.bshape.length).fill(0);
    let rem = this.iterindex;
    for (let k = axes.length - 1 - this.chunkAxes; k >= 0; k--) {
      const ax = axes[k]!;
      const n = this.bshape[ax]!;
      const i = rem % n;
      rem = Math.floor(rem / n);
      pos[ax] = flip[ax] ? n - 1 - i : i;
    }
    for (let k = axes.length - this.chunkAxes; k < axes.length; k++) {
      const ax = axes[k]!;
      pos[ax] = flip[ax] ? this.bshape[ax]! - 1 : 0;
    }
    return pos;
  }

  *[Symbol.iterator](): Iterator<NDArray | NDArray[]> {
    if (this.itersize === 0) return;
    while (!this.finished) {
      yield this.value;
      this.iterindex++;
    }
  }
}

/**
 * The iteration order of NumPy's iterator: the axes outermost first, and the axes walked
 * backwards (order "K" flips an axis on which no operand steps forwards).
 */
function iterationOrder(shape: readonly number[], strides: readonly number[][], order: string, ops: readonly NDArray[]): { axes: number[]; flip: boolean[] } {
  const nd = shape.length;
  const ids = Array.from({ length: nd }, (_, i) => i);
  const noFlip = new Array<boolean>(nd).fill(false);
  if (order === "C") return { axes: ids, flip: noFlip };
  if (order === "F") return { axes: ids.reverse(), flip: noFlip };
  if (order === "A") {
    const f = ops.every((a) => a.flags.f_contiguous && !a.flags.c_contiguous);
    return { axes: f ? ids.reverse() : ids, flip: noFlip };
  }
  if (order !== "K") throw new ValueError("order must be one of 'C', 'F', 'A', or 'K'");
  const flip = ids.map((d) => shape[d]! > 1 && strides.some((st) => st[d]! < 0) && strides.every((st) => st[d]! <= 0));
  // Stable insertion sort by decreasing |stride|, ignoring length-1 and zero strides; C order wins ties.
  const perm = ids.slice();
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambig = true;
      let swap = false;
      for (const st of strides) {
        const s0 = Math.abs(st[j0]!);
        const s1 = Math.abs(st[j1]!);
        if (shape[j0] === 1 || shape[j1] === 1 || s0 === 0 || s1 === 0) continue;
        if (s0 <= s1) swap = false;
        else if (ambig) swap = true;
        ambig = false;
      }
      if (!ambig) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      perm.splice(i0, 1);
      perm.splice(ipos, 0, j0);
    }
  }
  return { axes: perm, flip };
}

/**
 * NumPy's `np.nditer(op, flags=None, op_flags=None, op_dtypes=None, order='K', ...)`, unbuffered:
 * iterate with for...of (each step gives 0-d views, or an array of them for several operands;
 * 1-d views with "external_loop"); `it.multi_index` and `it.index` with the "multi_index",
 * "c_index" and "f_index" flags; `it.operands`, `it.iternext()`, `it.finished`, `it.reset()`.
 * A null operand is allocated (NumPy's None) with the operands' result dtype. Callable with or
 * without `new`.
 * @example
 * const it = np.nditer([np.arange(3), null]);
 * for (const [x, y] of it as Iterable<np.NDArray[]>) y.set("...", x.multiply(x));
 * it.operands[1].tolist() // [0, 1, 4]
 */
export const nditer = new Proxy(Nditer, {
  apply: (target, _this, args: [ArrayLike | null | readonly (ArrayLike | null)[], NditerOpts?]) => new target(...args),
}) as typeof Nditer & ((op: ArrayLike | null | readonly (ArrayLike | null)[], opts?: NditerOpts) => Nditer);
/** The type of an np.nditer object. */
export type nditer = Nditer;
