/**
 * The NDArray: a dtype, a shape, byte strides and an address into a Storage. Views share the
 * storage and cost one small object; nothing here does math.
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * a.T.shape // [3, 2]
 * a.strides // [24, 8]
 */
import { bindArgs, isOptions } from "./args.js";
import { canCast, DType, FLOAT64, resolveDType, type Casting, type DTypeLike, type DTypeName } from "./dtype.js";
import { AttributeError, IndexError, MemoryError, NotImplementedError, NumpyTypeError, ValueError } from "./errors.js";
import { Flags } from "./flags.js";
import { getItem, setItem, type IndexItem } from "./indexing.js";
import { imagPart, toStorage, type Complex, type Scalar } from "./scalar.js";
import {
  cStrides,
  fStrides,
  isCContiguous,
  isFContiguous,
  isKContiguous,
  normalizeAxis,
  normalizeShape,
  reshapeStrides,
  resolveNewShape,
  shapeRepr,
  shapeSize,
  type ShapeLike,
} from "./shape.js";
import { castUnderflow, checkSameValue, copyCast, fillStorage, type Operand } from "../kernels/ts/cast.js";
import { FPE_UNDERFLOW, raiseFPE, watchUnder } from "../ufunc/errstate.js";
import { allocate, allocatedAt, DISPOSED, type Storage } from "../storage/storage.js";
import { arrayRepr, arrayStr } from "../print/arrayprint.js";

const g = Symbol as unknown as { dispose?: symbol };
g.dispose ??= Symbol.for("Symbol.dispose");
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Memory orders of NumPy's `order=` arguments. */
export type Order = "C" | "F" | "A" | "K";

/** NumPy's NPY_MAXDIMS: the most dimensions an array may have. */
export const MAXDIMS = 64;

/** What `tolist()` and `item()` return for one element. */
export type Item = number | boolean | bigint | Complex;
/** Nested lists, as `tolist()` returns them. */
export type NestedList = Item | NestedList[];

const RESHAPE_KW = ["order", "copy"] as const;
const ASTYPE_CASTINGS = new Set<unknown>(["no", "equiv", "safe", "same_kind", "unsafe"]);

/**
 * An N-dimensional array of one dtype, as `numpy.ndarray`.
 *
 * @example
 * const a = np.zeros([2, 3], {dtype: "int32"});
 * String(a) // "[[0 0 0]\n [0 0 0]]"
 */
export class NDArray {
  /** @internal The resolved dtype. */
  readonly _dt!: DType;
  /** @internal The dimensions (see `shape`). */
  private _shape!: readonly number[];
  /** @internal The byte strides (see `strides`). */
  private _strides!: readonly number[];
  /** @internal Byte address of element (0, ..., 0) in the storage's region. */
  _ptr!: number;
  /** @internal Where the bytes live (DISPOSED after dispose()). */
  _storage!: Storage;
  /** @internal The base (see `base`). */
  private readonly _base!: NDArray | null;
  /** @internal */
  _writeable!: boolean;
  /** @internal C-contiguity, computed on first use (shape and strides never change). */
  private _cContiguous: boolean | undefined;

  /**
   * NumPy's low-level constructor `np.ndarray(shape, dtype=float, buffer=None, offset=0,
   * strides=None, order=None)`: a new array of `shape` (float64 by default; its elements are
   * not initialised, as NumPy's). `buffer` and `strides` are not supported. Prefer np.empty.
   * @example new np.ndarray([2, 3], "int32").shape // [2, 3]
   */
  constructor(
    shape: ShapeLike | { shape: ShapeLike; dtype?: DTypeLike | null; buffer?: unknown; offset?: number; strides?: readonly number[] | null; order?: Order | null },
    ...rest: unknown[]
  );
  /** @internal Arrays are made by np.array, np.zeros, ... and views. */
  constructor(
    dt: DType,
    shape: readonly number[],
    strides: readonly number[],
    ptr: number,
    storage: Storage,
    base: NDArray | null,
    writeable?: boolean,
  );
  constructor(
    dt: unknown,
    shape?: unknown,
    strides?: unknown,
    ptr?: unknown,
    storage?: unknown,
    base?: unknown,
    writeable: unknown = true,
  ) {
    if (!(dt instanceof DType)) {
      // The public form, np.ndarray(shape, ...): a fresh array (a constructor may return one).
      return constructed([dt, shape, strides, ptr, storage, base, writeable].slice(0, arguments.length));
    }
    const dims = shape as readonly number[];
    if (dims.length > MAXDIMS) {
      throw new ValueError(`maximum supported dimension for an ndarray is currently ${MAXDIMS}, found ${dims.length}`);
    }
    this._dt = dt;
    this._shape = dims;
    this._strides = strides as readonly number[];
    this._ptr = ptr as number;
    this._storage = storage as Storage;
    this._base = base as NDArray | null;
    this._writeable = writeable as boolean;
    this._cContiguous = undefined;
  }

  /** Dimensions. Do not mutate the array it gives. @example np.zeros([2, 3]).shape // [2, 3] */
  get shape(): readonly number[] {
    return this._shape;
  }

  /**
   * NumPy's `a.shape = ...`: reshapes this array in place, only where no copy is needed (else
   * NumPy's AttributeError); one dimension may be -1.
   * @example const a = np.arange(6); a.shape = [3, -1]; a.strides // [16, 8]
   */
  set shape(value: ShapeLike) {
    let view: NDArray;
    try {
      view = reshapeImpl(this, value, "C", false);
    } catch (e) {
      if (e instanceof ValueError && e.message === "Unable to avoid creating a copy while reshaping.") {
        throw new AttributeError("Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
      }
      throw e;
    }
    this._shape = view._shape;
    this._strides = view._strides;
    this._cContiguous = undefined;
  }

  /** The dtype's name, e.g. "float64" (compare with `np.float64` or a string). @example np.arange(3).dtype // "int64" */
  get dtype(): DTypeName {
    return this._dt.name;
  }
  /**
   * NumPy's `a.dtype = ...`: reinterprets the memory in place, with a.view(dtype)'s rules (the
   * last axis grows or shrinks when the itemsize changes).
   * @example const a = np.array([1], {dtype: "float64"}); a.dtype = "int64"; a.item() // 4607182418800017408
   */
  set dtype(value: DTypeLike) {
    try {
      resolveDType(value);
    } catch (e) {
      if (e instanceof NumpyTypeError) throw new NumpyTypeError("invalid data-type for array");
      throw e;
    }
    const v = this.view(value);
    (this as { _dt: DType })._dt = v._dt;
    this._shape = v._shape;
    this._strides = v._strides;
    this._cContiguous = undefined;
  }

  /** Bytes to step in each dimension, as NumPy's `strides`. Do not mutate. @example np.zeros([2, 3]).strides // [24, 8] */
  get strides(): readonly number[] {
    return this._strides;
  }
  set strides(_value: unknown) {
    throw new AttributeError("ndts cannot set the strides of an array (deprecated in NumPy 2.4); make a new view instead");
  }

  /** The array whose memory this one views, or null when it owns its memory. @example np.arange(3).get("1:").base !== null // true */
  get base(): NDArray | null {
    return this._base;
  }
  set base(_value: unknown) {
    throw new AttributeError("attribute 'base' of 'numpy.ndarray' objects is not writable");
  }

  /** @internal Whether the elements are laid out in C order with no gaps (cached). */
  get _contiguous(): boolean {
    return (this._cContiguous ??= isCContiguous(this.shape, this.strides, this._dt.itemsize));
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }
  /** Number of elements. */
  get size(): number {
    return shapeSize(this.shape);
  }
  /** Bytes per element. */
  get itemsize(): number {
    return this._dt.itemsize;
  }
  /** Bytes of all elements (size * itemsize). */
  get nbytes(): number {
    return this.size * this._dt.itemsize;
  }
  /** Byte offset of element (0, ..., 0) from the start of the memory of `base` (or own). */
  get offset(): number {
    return this._ptr - (this.base ?? this)._ptr;
  }
  /** Memory layout and write flags, as `ndarray.flags`. */
  get flags(): Flags {
    return new Flags(this);
  }
  /** The transposed view (axes reversed), as `a.T`. */
  get T(): NDArray {
    const nd = this.shape.length;
    if (nd < 2) return this._view(this.shape, this.strides, this._ptr);
    if (nd === 2) {
      return this._view([this.shape[1]!, this.shape[0]!], [this.strides[1]!, this.strides[0]!], this._ptr);
    }
    return this._view(this.shape.slice().reverse(), this.strides.slice().reverse(), this._ptr);
  }

  /**
   * The matrix transpose: the last two axes swapped (a view), NumPy 2's `a.mT`.
   * @example np.zeros([4, 2, 3]).mT.shape // [4, 3, 2]
   */
  get mT(): NDArray {
    const nd = this.ndim;
    if (nd < 2) throw new ValueError("matrix transpose with ndim < 2 is undefined");
    const shape = this.shape.slice();
    const strides = this.strides.slice();
    [shape[nd - 2], shape[nd - 1]] = [shape[nd - 1]!, shape[nd - 2]!];
    [strides[nd - 2], strides[nd - 1]] = [strides[nd - 1]!, strides[nd - 2]!];
    return this._view(shape, strides, this._ptr);
  }

  /** @internal A view of the same memory. */
  _view(shape: readonly number[], strides: readonly number[], ptr: number): NDArray {
    return new NDArray(this._dt, shape, strides, ptr, this._storage, this.base ?? this, this._writeable);
  }

  /** @internal Throws NumPy's error when the array is read-only. */
  _checkWriteable(): void {
    if (!this._writeable) throw new ValueError("assignment destination is read-only");
  }

  /**
   * @internal Throws NumPy's error when the array, given as `out=`, is read-only: "output array
   * is read-only" from ufuncs and reductions, or the message NumPy words for the caller.
   */
  _checkOut(message = "output array is read-only"): void {
    if (!this._writeable) throw new ValueError(message);
  }

  /**
   * Gives a new shape without changing the data: a view when the layout allows, else a copy.
   * @example np.arange(6).reshape(2, 3); np.arange(6).reshape([3, -1], {order: "F"})
   */
  reshape(...args: (number | readonly number[] | { order?: Order; copy?: boolean | null })[]): NDArray {
    let opts: { order?: Order; copy?: boolean | null } = {};
    const last = args[args.length - 1];
    if (isOptions(last)) {
      opts = last as typeof opts;
      for (const k of Object.keys(opts)) {
        if (!(RESHAPE_KW as readonly string[]).includes(k)) {
          throw new NumpyTypeError(`reshape() got an unexpected keyword argument '${k}'`);
        }
      }
      args = args.slice(0, -1);
    }
    // As NumPy, `a.reshape(None)` keeps the shape.
    const shape: ShapeLike = args.length === 1 ? ((args[0] ?? this.shape) as ShapeLike) : (args as number[]);
    return reshapeImpl(this, shape, opts.order ?? "C", opts.copy ?? null);
  }

  /**
   * NumPy's `a[index]`: the index items are the comma-separated items of NumPy's brackets
   * (integers, slice strings like "1:3" or "::-1", null for np.newaxis, "...", integer or
   * boolean arrays). Basic indexing returns a view; advanced indexing a copy. An integer on every
   * axis returns the element as a JS scalar, as `item()` does.
   * @example a.get(0, "1:3") // a[0, 1:3]
   */
  get(...index: IndexItem[]): ReturnType<typeof getItem> {
    return getItem(this, index);
  }

  /**
   * NumPy's `a[index] = value`: the value comes last and broadcasts to the selection.
   * @example a.set(0, "1:3", 7) // a[0, 1:3] = 7
   */
  set(...indexAndValue: unknown[]): void {
    const value = indexAndValue[indexAndValue.length - 1];
    setItem(this, indexAndValue.slice(0, -1) as IndexItem[], value);
  }

  /**
   * Permutes the axes (reverses them when none are given): always a view.
   * @example np.zeros([2, 3, 4]).transpose(1, 0, 2).shape // [3, 2, 4]
   */
  transpose(...axes: (number | readonly number[] | null | undefined)[]): NDArray {
    if (isOptions(axes[axes.length - 1])) throw new NumpyTypeError("ndarray.transpose() takes no keyword arguments");
    const nd = this.ndim;
    let list: readonly number[] | null | undefined =
      axes.length === 1 && (Array.isArray(axes[0]) || axes[0] == null)
        ? (axes[0] as readonly number[] | null | undefined)
        : (axes as number[]);
    // `a.transpose()` and `a.transpose(None)` reverse the axes; `a.transpose(())` is a 0-length axes tuple.
    if (list == null || (list.length === 0 && axes.length === 0)) return this.T;
    if (list.length !== nd) throw new ValueError("axes don't match array");
    const perm = new Array<number>(nd);
    const seen = new Array<boolean>(nd).fill(false);
    for (let i = 0; i < nd; i++) {
      const a = normalizeAxis(list[i]!, nd);
      if (seen[a]) throw new ValueError("repeated axis in transpose");
      seen[a] = true;
      perm[i] = a;
    }
    return this._view(
      perm.map((a) => this.shape[a]!),
      perm.map((a) => this.strides[a]!),
      this._ptr,
    );
  }

  /**
   * Interchanges two axes (a view).
   * @example np.zeros([2, 3]).swapaxes(0, 1).shape // [3, 2]
   */
  swapaxes(axis1: number, axis2: number, ...rest: never[]): NDArray {
    if (isOptions(axis1) || isOptions(axis2) || rest.some((r) => isOptions(r))) throw new NumpyTypeError("ndarray.swapaxes() takes no keyword arguments");
    const given = arguments.length;
    if (given !== 2) throw new NumpyTypeError(`swapaxes() takes exactly 2 arguments (${given} given)`);
    const nd = this.ndim;
    const a = normalizeAxis(axis1, nd, "axis1");
    const b = normalizeAxis(axis2, nd, "axis2");
    const shape = this.shape.slice();
    const strides = this.strides.slice();
    [shape[a], shape[b]] = [shape[b]!, shape[a]!];
    [strides[a], strides[b]] = [strides[b]!, strides[a]!];
    return this._view(shape, strides, this._ptr);
  }

  /**
   * Removes axes of length one (all of them, or the given ones).
   * @example np.zeros([1, 3, 1]).squeeze().shape // [3]
   */
  squeeze(axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
    if (typeof axis === "object" && axis !== null && !Array.isArray(axis)) {
      [axis] = bindArgs("squeeze", ["axis"], [axis]) as [number | readonly number[] | null | undefined];
    }
    const nd = this.ndim;
    let drop: boolean[];
    if (axis == null) drop = this.shape.map((d) => d === 1);
    else {
      drop = new Array<boolean>(nd).fill(false);
      const list = typeof axis === "number" ? [axis] : (axis as readonly number[]);
      // NumPy lets axis 0 or -1 through for a 0-d array (PyArray_ConvertMultiAxis).
      if (nd === 0 && list.every((x) => x === 0 || x === -1)) return this;
      const axes = list.map((x) => normalizeAxis(x, nd));
      if (new Set(axes).size !== axes.length) throw new ValueError("duplicate value in 'axis'");
      for (const a of axes) {
        if (this.shape[a] !== 1) {
          throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
        }
        drop[a] = true;
      }
    }
    // Nothing to remove: the array itself, as NumPy's squeeze returns it.
    if (!drop.includes(true)) return this;
    const shape: number[] = [];
    const strides: number[] = [];
    for (let i = 0; i < nd; i++) {
      if (!drop[i]) {
        shape.push(this.shape[i]!);
        strides.push(this.strides[i]!);
      }
    }
    return this._view(shape, strides, this._ptr);
  }

  /**
   * A 1-d array of the elements: a view when the layout allows, else a copy.
   * @example np.arange(6).reshape(2, 3).ravel().shape // [6]
   */
  ravel(order: Order | { order?: Order } = "C"): NDArray {
    const o = resolveOrder(this, orderOption("ravel", order));
    const n = this.size;
    if (o === "C" && isCContiguous(this.shape, this.strides, this.itemsize)) {
      return this._view([n], [this.itemsize], this._ptr);
    }
    if (o === "F" && isFContiguous(this.shape, this.strides, this.itemsize)) {
      return this._view([n], [this.itemsize], this._ptr);
    }
    if (o === "K" && isKContiguous(this.shape, this.strides, this.itemsize)) {
      return this._view([n], [this.itemsize], this._ptr);
    }
    return this.flatten(o);
  }

  /**
   * A 1-d copy of the elements.
   * @example np.arange(4).reshape(2, 2).flatten("F").tolist() // [0, 2, 1, 3]
   */
  flatten(order: Order | { order?: Order } = "C"): NDArray {
    const o = resolveOrder(this, orderOption("flatten", order));
    // 'K' reads the elements in NumPy's iterator order (keepOrderAxes), C order otherwise.
    const c = o === "K" ? this.transpose(keepOrderAxes(this.shape, this.strides)).copy("C") : this.copy(o);
    return new NDArray(c._dt, [c.size], [c.itemsize], c._ptr, c._storage, null);
  }

  /**
   * A copy of the array, in C order by default.
   * @example np.arange(3).copy().base // null
   */
  copy(order: Order | { order?: Order } = "C"): NDArray {
    return copyAs(this, this._dt, orderOption("copy", order));
  }

  /**
   * The raw bytes of the data (NumPy's `tobytes`), in C order, or Fortran order for 'F' (and
   * for 'A' on a Fortran-contiguous array), as a new Uint8Array (Python's bytes); native byte
   * order (little-endian), so that np.frombuffer reads them back.
   * @example np.arange(3, {dtype: "int16"}).tobytes() // Uint8Array [0, 0, 1, 0, 2, 0]
   */
  tobytes(order: Order | null | { order?: Order | null } = "C"): Uint8Array {
    const ord = orderOption("tobytes", (order ?? "C") as Order | { order?: Order }) ?? "C";
    const o = resolveOrder(this, ord) === "F" ? "F" : "C";
    const contiguous = o === "C" ? isCContiguous(this.shape, this.strides, this.itemsize) : isFContiguous(this.shape, this.strides, this.itemsize);
    const src = contiguous ? this : copyAs(this, this._dt, o);
    // TypedArray.slice copies into a fresh (never shared) ArrayBuffer.
    return src._storage.region.bytes().slice(src._ptr, src._ptr + src.nbytes);
  }

  /**
   * Sets the WRITEABLE and ALIGNED flags (NumPy's `setflags(write=None, align=None, uic=None)`):
   * a view of a read-only array cannot be made writeable, and WRITEBACKIFCOPY cannot be set.
   * @example const a = np.arange(3); a.setflags({write: false}); a.flags.writeable // false
   */
  setflags(...args: (boolean | null | { write?: boolean | null; align?: boolean | null; uic?: boolean | null })[]): void {
    const [write, align, uic] = bindArgs("setflags", ["write", "align", "uic"], args) as (boolean | null | undefined)[];
    if (uic) throw new ValueError("cannot set WRITEBACKIFCOPY flag to True");
    if (align != null) this.flags.aligned = Boolean(align);
    if (write != null) this.flags.writeable = Boolean(write);
  }

  /**
   * A copy cast to `dtype` (NumPy's unsafe casting by default: float to int truncates, ints wrap).
   * @example np.array([1.7, -2.7]).astype("int32").tolist() // [1, -2]
   */
  astype(
    dtype: DTypeLike | null,
    ...rest: (Order | Casting | "same_value" | boolean | { order?: Order; casting?: Casting | "same_value"; subok?: boolean; copy?: boolean | null })[]
  ): NDArray {
    const [order, casting, , copy] = bindArgs("astype", ["order", "casting", "subok", "copy"], rest) as [
      Order | undefined,
      Casting | "same_value" | undefined,
      boolean | undefined,
      boolean | null | undefined,
    ];
    // astype({dtype, ...}): every argument by keyword.
    if (isOptions(dtype) && rest.length === 0) {
      const { dtype: d, ...others } = dtype as { dtype?: DTypeLike | null };
      if (d === undefined) throw new NumpyTypeError("astype() missing required argument 'dtype' (pos 0)");
      return Object.keys(others).length > 0 ? this.astype(d, others) : this.astype(d);
    }
    if (dtype === undefined) throw new NumpyTypeError("astype() missing required argument 'dtype' (pos 0)");
    // dtype=None is the default dtype, float64, as np.dtype(None) is.
    const dt = dtype === null ? FLOAT64 : resolveDType(dtype);
    const c = casting ?? "unsafe";
    // NumPy 2.4's astype also takes casting="same_value": any cast, as long as no value changes.
    if (c === "same_value") {
      const out = copyAs(this, dt, order ?? "K");
      checkSameValue(this.shape, out._operand(), this._operand());
      return out;
    }
    if (!ASTYPE_CASTINGS.has(c)) {
      throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got '${String(c)}')`);
    }
    if (!canCast(this._dt, dt, c)) {
      throw new NumpyTypeError(
        `Cannot cast array data from dtype('${this.dtype}') to dtype('${dt.name}') according to the rule '${c}'`,
      );
    }
    const o = orderArg(order, "K");
    // NumPy takes copy's truth value: copy=None (null) also returns the array itself when it can.
    if (copy !== undefined && !copy && dt === this._dt && layoutMatches(this, o)) return this;
    // copyAs reports invalid (NaN or out of range to int) and overflow (to float32); underflow
    // is looked for only while np.errstate watches it.
    const out = copyAs(this, dt, o);
    if (watchUnder && castUnderflow(this.shape, this._operand(), dt)) raiseFPE(FPE_UNDERFLOW, "cast");
    return out;
  }

  /**
   * Sets every element to `value` (cast as NumPy casts a Python scalar).
   * @example const a = np.zeros(3); a.fill(7); a.tolist() // [7, 7, 7]
   */
  fill(value: Scalar, ...rest: never[]): void {
    if (rest.length > 0) throw new NumpyTypeError("ndarray.fill() takes no keyword arguments");
    this._checkWriteable();
    const v = toScalarValue(value);
    const re = toStorage(v, this._dt);
    fillStorage(this.shape, this._operand(), re, this._dt.kind === "c" ? imagPart(v) : 0);
  }

  /**
   * One element as a JS scalar: no index for a size-1 array, a flat index, or one index per axis
   * (given one by one or as one array, as NumPy's `a.item((1, 2))`).
   * @example np.arange(6).reshape(2, 3).item(1, 2) // 5; np.arange(6).reshape(2, 3).item([1, 2]) // 5
   */
  item(...index: (number | bigint | readonly (number | bigint)[])[]): Item {
    if (index.some((i) => isOptions(i))) throw new NumpyTypeError("ndarray.item() takes no keyword arguments");
    const args = index.length === 1 && Array.isArray(index[0]) ? (index[0] as readonly unknown[]) : (index as readonly unknown[]);
    const ints = args.map((i) => {
      if (typeof i === "bigint") return Number(i);
      if (typeof i === "number" && Number.isInteger(i)) return i;
      if (typeof i === "boolean") throw new NumpyTypeError("an integer is required");
      const kind = typeof i === "number" ? "float" : Array.isArray(i) ? "list" : i == null ? "NoneType" : typeof i === "string" ? "str" : typeof i;
      throw new NumpyTypeError(`'${kind}' object cannot be interpreted as an integer`);
    });
    return this._read(this._itemAddress(ints), false);
  }

  /**
   * The array as nested JS arrays of scalars (int64/uint64 as numbers, or bigints when asked).
   * @example np.arange(4).reshape(2, 2).tolist() // [[0, 1], [2, 3]]
   */
  tolist(opts?: { bigint?: boolean }): NestedList {
    if (opts != null) bindArgs("tolist", [], [opts], ["bigint"]);
    const big = opts?.bigint === true;
    if (this.ndim === 0) return this._read(this._ptr, big);
    const build = (d: number, ptr: number): NestedList[] => {
      const n = this.shape[d]!;
      const s = this.strides[d]!;
      const out = new Array<NestedList>(n);
      if (d === this.ndim - 1) for (let i = 0; i < n; i++) out[i] = this._read(ptr + i * s, big);
      else for (let i = 0; i < n; i++) out[i] = build(d + 1, ptr + i * s);
      return out;
    };
    return build(0, this._ptr);
  }

  /**
   * A view of the same memory with another dtype of the same itemsize, or the same dtype.
   * @example np.array([1], {dtype: "float64"}).view("int64").item() // 4607182418800017408
   */
  view(...args: (DTypeLike | null | typeof NDArray | { dtype?: DTypeLike | typeof NDArray | null; type?: unknown })[]): NDArray {
    const [dtypeArg, type] = bindArgs("view", ["dtype", "type"], args) as [unknown, unknown];
    if (type != null && type !== NDArray) throw new ValueError("Type must be a sub-type of ndarray type");
    // As NumPy, a.view(np.ndarray) (the array type as the dtype argument) is a.view(type=np.ndarray).
    const dtype = dtypeArg === NDArray ? null : (dtypeArg as DTypeLike | null | undefined);
    if (dtype == null) return this._view(this.shape, this.strides, this._ptr);
    const dt = resolveDType(dtype);
    if (dt.itemsize === this._dt.itemsize) {
      return new NDArray(dt, this.shape, this.strides, this._ptr, this._storage, this.base ?? this, this._writeable);
    }
    const nd = this.ndim;
    if (nd === 0) throw new ValueError("Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
    // As NumPy's dtype setter: a last axis of length 1 (or an empty array) may have any stride.
    if (this.shape[nd - 1] !== 1 && this.size !== 0 && this.strides[nd - 1] !== this.itemsize) {
      throw new ValueError("To change to a dtype of a different size, the last axis must be contiguous");
    }
    const bytes = this.shape[nd - 1]! * this.itemsize;
    if (dt.itemsize < this.itemsize && this.itemsize % dt.itemsize !== 0) {
      throw new ValueError("When changing to a smaller dtype, its size must be a divisor of the size of original dtype");
    }
    if (bytes % dt.itemsize !== 0) {
      throw new ValueError(
        "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
      );
    }
    const shape = this.shape.slice();
    shape[nd - 1] = bytes / dt.itemsize;
    const strides = this.strides.slice();
    strides[nd - 1] = dt.itemsize;
    return new NDArray(dt, shape, strides, this._ptr, this._storage, this.base ?? this, this._writeable);
  }

  /**
   * A view of the bytes at `offset` within each element read as `dtype` (NumPy's
   * `a.getfield(dtype, offset=0)`): the field must fit inside the element; ndts needs the offset
   * to be a multiple of the field's itemsize (an unaligned field is a NotImplementedError).
   * @example np.array([{re: 1, im: 2}]).getfield("float64", 8).tolist() // [2]
   */
  getfield(...args: unknown[]): NDArray {
    const [dtype, offset] = bindArgs("getfield", ["dtype", "offset"], args) as [DTypeLike | undefined, number | undefined];
    if (dtype === undefined) throw new NumpyTypeError("getfield() missing required argument 'dtype' (pos 1)");
    const dt = resolveDType(dtype);
    const off = offset ?? 0;
    if (!Number.isInteger(off)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
    if (dt.itemsize > this.itemsize) throw new ValueError("new type is larger than original type");
    if (off < 0) throw new ValueError("offset is negative");
    if (off + dt.itemsize > this.itemsize) throw new ValueError("new type plus offset is larger than original type");
    if (off % dt.itemsize !== 0) throw new NotImplementedError(`ndts cannot view an unaligned field (offset ${off} for ${dt.name})`);
    return new NDArray(dt, this.shape, this.strides, this._ptr + off, this._storage, this.base ?? this, this._writeable);
  }

  /**
   * Writes `val` into the field `a.getfield(dtype, offset)` of every element (NumPy's
   * `a.setfield(val, dtype, offset=0)`).
   * @example const a = np.zeros(2, {dtype: "int32"}); a.setfield(1, "int16", 2); a.tolist() // [65536, 65536]
   */
  setfield(...args: unknown[]): void {
    const [val, dtype, offset] = bindArgs("setfield", ["val", "dtype", "offset"], args) as [unknown, DTypeLike | undefined, number | undefined];
    if (args.length === 0) throw new NumpyTypeError("setfield() missing required argument 'val' (pos 1)");
    if (dtype === undefined) throw new NumpyTypeError("setfield() missing required argument 'dtype' (pos 2)");
    this._checkWriteable();
    this.getfield(dtype, offset ?? 0).set("...", val as Scalar);
  }

  /**
   * Changes the shape and size in place, as NumPy's `a.resize(new_shape, refcheck=True)`: the
   * memory is kept in its order (C, or Fortran for a Fortran array), cut or grown with zeros.
   * The array must own its memory and be contiguous. JS cannot count references, so views taken
   * earlier are not refused as NumPy's refcheck would: they keep showing the old memory.
   * @example const a = np.arange(6); a.resize(2, 4); a.tolist() // [[0, 1, 2, 3], [4, 5, 0, 0]]
   */
  resize(...args: (number | bigint | readonly (number | bigint)[] | { refcheck?: boolean })[]): void {
    const dims = args.length > 0 && isOptions(args[args.length - 1]) ? args.slice(0, -1) : args;
    if (dims.length < args.length) bindArgs("resize", ["refcheck"], [args[args.length - 1]]);
    // NumPy's a.resize() with no shape changes nothing.
    if (dims.length === 0) return;
    const given = (dims.length === 1 && Array.isArray(dims[0]) ? dims[0] : dims) as readonly (number | bigint)[];
    if (given.some((d) => Number(d) < 0)) throw new ValueError("negative dimensions not allowed");
    const shape = normalizeShape(given as number[]);
    const fortran = !this._contiguous && isFContiguous(this.shape, this.strides, this.itemsize);
    if (!this._contiguous && !fortran) throw new ValueError("resize only works on single-segment arrays");
    if (this.base !== null) throw new ValueError("cannot resize this array: it does not own its data");
    const nbytes = shapeSize(shape) * this.itemsize;
    if (nbytes !== this.nbytes) {
      const fresh = emptyArray(this._dt, [shapeSize(shape)], undefined, true);
      const keep = Math.min(nbytes, this.nbytes);
      fresh._storage.region.bytes().set(this._storage.region.bytes().subarray(this._ptr, this._ptr + keep), fresh._ptr);
      this._storage = fresh._storage;
      this._ptr = fresh._ptr;
    }
    this._shape = shape;
    this._strides = fortran ? fStrides(shape, this.itemsize) : cStrides(shape, this.itemsize);
    this._cContiguous = undefined;
  }

  /**
   * The elements with their bytes reversed (NumPy's `a.byteswap(inplace=False)`): a new array,
   * or this one changed in place. Complex numbers swap each part.
   * @example np.array([1, 256], {dtype: "int16"}).byteswap().tolist() // [256, 1]
   */
  byteswap(...args: (boolean | { inplace?: boolean })[]): NDArray {
    if (args.length > 1) throw new NumpyTypeError(`byteswap() takes at most 1 argument (${args.length} given)`);
    const [inplace] = bindArgs("byteswap", ["inplace"], args) as [boolean | undefined];
    const swapped = copyAs(this, this._dt, "C");
    const step = this._dt.kind === "c" ? this.itemsize / 2 : this.itemsize;
    const bytes = swapped._storage.region.bytes();
    for (let p = swapped._ptr, end = p + swapped.nbytes; p < end; p += step) {
      for (let i = p, j = p + step - 1; i < j; i++, j--) {
        const t = bytes[i]!;
        bytes[i] = bytes[j]!;
        bytes[j] = t;
      }
    }
    if (!inplace) return swapped;
    if (!this._writeable) {
      swapped.dispose();
      throw new ValueError("array to be byte-swapped is read-only");
    }
    copyCast(this.shape, this._operand(), swapped._operand());
    swapped.dispose();
    return this;
  }

  /** The device the array lives on, as the array API's `a.device`: always "cpu". */
  get device(): "cpu" {
    return "cpu";
  }

  /**
   * The array on `device` (the array API's `a.to_device(device, stream=None)`): this array, since
   * "cpu" is the only device.
   * @example const a = np.arange(3); a.to_device("cpu") === a // true
   */
  to_device(device: string, opts?: { stream?: unknown }): NDArray {
    const [stream] = opts === undefined ? [] : bindArgs("to_device", ["stream"], [opts]);
    if (stream != null) throw new ValueError("The stream argument in to_device() is not supported");
    if (device !== "cpu") throw new ValueError(`Unsupported device: ${String(device)}. Only 'cpu' is accepted.`);
    return this;
  }

  /**
   * Releases this handle now. On the array that owns its memory this returns the memory to the
   * heap at once (views of it become unusable); on a view it releases only the view.
   * `using a = np.zeros(1e6)` calls it at the end of the block.
   */
  dispose(): void {
    if (this.base === null) this._storage.release();
    this._storage = DISPOSED;
  }
  [Symbol.dispose](): void {
    this.dispose();
  }

  /** NumPy's `str(a)`. */
  toString(): string {
    return arrayStr(this);
  }
  /** Node's console.log / util.inspect show NumPy's `repr(a)`. */
  [INSPECT](): string {
    return arrayRepr(this);
  }

  /** @internal This array as a copy operand. */
  _operand(): Operand {
    return { dt: this._dt, region: this._storage.region, ptr: this._ptr, strides: this.strides };
  }

  /** @internal Byte address of the element an item()-style index names. */
  _itemAddress(index: readonly number[]): number {
    const nd = this.ndim;
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
      return this._ptr;
    }
    if (index.length === 1 && nd !== 1) {
      const size = this.size;
      let i = index[0]!;
      if (i < -size || i >= size) throw new IndexError(`index ${i} is out of bounds for size ${size}`);
      if (i < 0) i += size;
      let p = this._ptr;
      for (let d = nd - 1; d >= 0; d--) {
        const n = this.shape[d]!;
        p += (i % n) * this.strides[d]!;
        i = Math.floor(i / n);
      }
      return p;
    }
    if (index.length !== nd) throw new ValueError("incorrect number of indices for array");
    let p = this._ptr;
    for (let d = 0; d < nd; d++) {
      const n = this.shape[d]!;
      let i = index[d]!;
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${d} with size ${n}`);
      if (i < 0) i += n;
      p += i * this.strides[d]!;
    }
    return p;
  }

  /**
   * @internal The first element as the JS scalar a reduction returns: int64/uint64 values beyond
   * +-2^53 stay bigints, others are numbers (API.md "Numbers").
   */
  _scalar(): Item {
    const v = this._read(this._ptr, true);
    if (typeof v === "bigint") return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
    return v;
  }

  /** @internal The element at a byte address as a JS scalar. */
  _read(addr: number, big: boolean): Item {
    const dt = this._dt;
    const v = this._storage.region.view(dt);
    const i = addr >> dt.shift;
    switch (dt.kind) {
      case "b":
        return v[i] !== 0;
      case "c":
        return { re: v[i] as number, im: v[i + 1] as number };
      default:
        return dt.big && !big ? Number(v[i]) : (v[i] as number | bigint);
    }
  }

  /**
   * Iterates over the first axis, as NumPy's `for x in a`: a 1-d array gives its elements as JS
   * scalars (as `a.get(i)` does), a deeper array gives views of its sub-arrays, and a 0-d array
   * throws NumPy's TypeError. (Iterate `a.ravel()` for every element.)
   * @example [...np.arange(4).reshape(2, 2)] // [array([0, 1]), array([2, 3])]
   */
  *[Symbol.iterator](): IterableIterator<Item | NDArray> {
    if (this.ndim === 0) throw new NumpyTypeError("iteration over a 0-d array");
    const n = this.shape[0]!;
    const step = this.strides[0]!;
    if (this.ndim === 1) {
      for (let i = 0; i < n; i++) yield this._read(this._ptr + i * step, false);
      return;
    }
    const shape = this.shape.slice(1);
    const strides = this.strides.slice(1);
    for (let i = 0; i < n; i++) yield this._view(shape, strides, this._ptr + i * step);
  }
}

// Read-only attributes: assigning one is NumPy's AttributeError (not a silent no-op in sloppy mode).
for (const name of ["ndim", "size", "itemsize", "nbytes", "T", "mT", "flags"]) {
  const desc = Object.getOwnPropertyDescriptor(NDArray.prototype, name)!;
  Object.defineProperty(NDArray.prototype, name, {
    ...desc,
    set(_value: unknown) {
      throw new AttributeError(`attribute '${name}' of 'numpy.ndarray' objects is not writable`);
    },
  });
}

/** A JS scalar as ndts reads it from user input (bigints kept, booleans kept). */
function toScalarValue(v: unknown): Scalar {
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return v;
  // As NumPy's fill: only a 0-d array is a scalar; any array or sequence (even of size 1) is not.
  if (Array.isArray(v) || ArrayBuffer.isView(v)) throw new ValueError("setting an array element with a sequence.");
  if (v instanceof NDArray) {
    if (v.ndim !== 0) throw new ValueError("setting an array element with a sequence.");
    return v._read(v._itemAddress([]), true) as Scalar;
  }
  if (typeof v === "object" && v !== null && "re" in v && "im" in v) return v as Complex;
  throw new NumpyTypeError(`expected a number, got ${typeof v}`);
}

/**
 * An `order=` argument as NumPy's converter reads it: null/undefined is `fallback`, and one of
 * C, F, A, K in either case is that order; anything else is NumPy's ValueError.
 * @example orderArg("f", "C") // "F"; orderArg(null, "K") // "K"
 */
export function orderArg(order: unknown, fallback: Order): Order {
  if (order == null) return fallback;
  if (typeof order === "string" && order.length === 1) {
    const o = order.toUpperCase();
    if (o === "C" || o === "F" || o === "A" || o === "K") return o;
  }
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
}

/** The order of ravel/flatten/copy, given positionally or as {order}; other keywords are refused. */
function orderOption(fn: string, order: Order | { order?: Order } | null | undefined): Order {
  if (typeof order === "object" && order !== null) {
    const [o] = bindArgs(fn, ["order"], [order]) as [Order | null | undefined];
    return o ?? "C";
  }
  return order ?? "C";
}

/**
 * The axes (outermost first) in which NumPy's iterator reads an array in 'K' order
 * (npyiter_find_best_axis_ordering with one operand, strides not negated): a stable insertion
 * sort by |stride| from the innermost C axis, where a length-1 or broadcast (zero-stride) axis
 * compares with nothing and so keeps its C position.
 * @example keepOrderAxes([2, 3], [8, 16]) // [1, 0]
 */
export function keepOrderAxes(shape: readonly number[], strides: readonly number[]): number[] {
  const nd = shape.length;
  const st = (a: number) => (shape[a] === 1 ? 0 : Math.abs(strides[a]!));
  const perm = Array.from({ length: nd }, (_, i) => nd - 1 - i); // innermost first
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    const s0 = st(j0);
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const s1 = st(perm[i1]!);
      if (s0 === 0 || s1 === 0) continue;
      if (s1 <= s0) break;
      ipos = i1;
    }
    if (ipos !== i0) {
      perm.splice(i0, 1);
      perm.splice(ipos, 0, j0);
    }
  }
  return perm.reverse();
}

/** 'A' means F when the array is F-contiguous and not C-contiguous, else C; K keeps the layout. */
function resolveOrder(a: NDArray, ord: Order): Order {
  const order = orderArg(ord, "C");
  if (order === "A") return isFContiguous(a.shape, a.strides, a.itemsize) && !isCContiguous(a.shape, a.strides, a.itemsize) ? "F" : "C";
  if (order !== "C" && order !== "F" && order !== "K") {
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
  }
  return order;
}

function layoutMatches(a: NDArray, order: Order): boolean {
  const o = resolveOrder(a, order);
  if (o === "K") return true;
  return o === "C" ? isCContiguous(a.shape, a.strides, a.itemsize) : isFContiguous(a.shape, a.strides, a.itemsize);
}

/**
 * Byte strides for a new array of `shape` in `order`; 'K' follows the source's stride order
 * (as NumPy's K order), with every stride positive.
 */
export function layoutStrides(shape: readonly number[], srcStrides: readonly number[], itemsize: number, order: Order, srcItemsize?: number): number[] {
  if (order === "C" || order === "A") return cStrides(shape, itemsize);
  if (order === "F") return fStrides(shape, itemsize);
  // NumPy's new-like-array rule for 'K': a C-contiguous source gives C strides, an
  // F-contiguous one F strides (length-1 axes included), any other the sorted strides.
  if (srcItemsize !== undefined) {
    if (isCContiguous(shape, srcStrides, srcItemsize)) return cStrides(shape, itemsize);
    if (isFContiguous(shape, srcStrides, srcItemsize)) return fStrides(shape, itemsize);
  }
  const nd = shape.length;
  let descending = true;
  for (let i = 1; i < nd && descending; i++) descending = Math.abs(srcStrides[i - 1]!) >= Math.abs(srcStrides[i]!);
  if (descending) return cStrides(shape, itemsize);
  const perm = Array.from({ length: nd }, (_, i) => i);
  // Stable sort: larger |stride| outer; ties keep C order.
  perm.sort((x, y) => Math.abs(srcStrides[y]!) - Math.abs(srcStrides[x]!) || x - y);
  const out = new Array<number>(nd);
  let acc = itemsize;
  for (let k = nd - 1; k >= 0; k--) {
    const ax = perm[k]!;
    out[ax] = acc;
    acc *= Math.max(shape[ax]!, 1);
  }
  return out;
}

/**
 * NumPy's check that the nonzero dimensions times the itemsize fit in npy_intp (even when
 * another dimension is 0): else a ValueError, before any allocation is tried.
 */
function checkByteSize(dt: DType, shape: readonly number[]): void {
  let approx = dt.itemsize;
  for (const d of shape) if (d !== 0) approx *= d;
  if (approx < 2 ** 62) return;
  let exact = BigInt(dt.itemsize);
  for (const d of shape) if (d !== 0) exact *= BigInt(d);
  if (exact > 2n ** 63n - 1n) {
    throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
  }
}

/** `np.ndarray(shape, dtype, buffer, offset, strides, order)` (see the NDArray constructor). */
function constructed(args: unknown[]): NDArray {
  const [shape, dtype, buffer, , strides, order] = bindArgs("ndarray", ["shape", "dtype", "buffer", "offset", "strides", "order"], args) as [
    ShapeLike | undefined,
    DTypeLike | null | undefined,
    unknown,
    unknown,
    unknown,
    unknown,
  ];
  if (shape === undefined) throw new NumpyTypeError("ndarray() missing required argument 'shape' (pos 1)");
  if (buffer != null) throw new NotImplementedError("np.ndarray(..., buffer=...) is not supported by ndts; use np.frombuffer");
  if (strides != null) throw new NotImplementedError("np.ndarray(..., strides=...) is not supported by ndts; use np.lib.stride_tricks.as_strided");
  const dt = dtype == null ? FLOAT64 : resolveDType(dtype);
  const dims = normalizeShape(shape);
  const o = orderArg(order ?? "C", "C");
  if (o !== "C" && o !== "F") throw new ValueError("order must be one of 'C', 'F' (got '" + String(order) + "')");
  return emptyArray(dt, dims, o === "F" ? fStrides(dims, dt.itemsize) : undefined);
}

/** A new, uninitialised (or zeroed) array that owns its memory. */
export function emptyArray(dt: DType, shape: readonly number[], strides?: readonly number[], zero = false): NDArray {
  const size = shapeSize(shape);
  const nbytes = size * dt.itemsize;
  checkByteSize(dt, shape);
  let storage: Storage;
  try {
    storage = allocate(nbytes, zero);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new MemoryError(`Unable to allocate ${sizeText(nbytes)} for an array with shape ${shapeRepr(shape)} and data type ${dt.name}`);
    }
    throw e;
  }
  // NumPy gives a freshly allocated array with no elements all-zero strides.
  const st = size === 0 ? new Array<number>(shape.length).fill(0) : (strides ?? cStrides(shape, dt.itemsize));
  return new NDArray(dt, shape, st, allocatedAt, storage, null);
}

/** NumPy's _size_to_string: a byte count with a binary prefix, e.g. "7.11 PiB". */
function sizeText(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  let i = Math.floor(Math.max(Math.floor(Math.log2(Math.max(bytes, 1))), 1) / 10);
  let n = bytes / 2 ** (10 * i);
  if (Math.round(n) === 1024) {
    i++;
    n /= 1024;
  }
  if (i >= units.length) {
    n *= 2 ** (10 * (i - units.length + 1));
    i = units.length - 1;
  }
  if (i === 0) return `${n.toFixed(0)} ${units[0]}`;
  if (Math.round(n) < 1000) return `${formatSignificant(n, 3)} ${units[i]}`;
  return `${n.toFixed(0)}. ${units[i]}`;
}

/** Python's '{:#.3g}': 3 significant digits, keeping trailing zeros and the point. */
function formatSignificant(x: number, digits: number): string {
  const s = x.toPrecision(digits);
  return s.includes(".") ? s : s + ".";
}

/**
 * A copy of `a` cast to `dt`, laid out in `order`, with NumPy's "encountered in cast" warnings
 * (a float NaN, infinity or out-of-range value into an integer dtype, float64 overflow into float32).
 */
export function copyAs(a: NDArray, dt: DType, order: Order): NDArray {
  const o = resolveOrder(a, order);
  const out = emptyArray(dt, a.shape, layoutStrides(a.shape, a.strides, dt.itemsize, o, a.itemsize));
  copyCast(a.shape, out._operand(), a._operand(), true);
  return out;
}

function reshapeImpl(a: NDArray, shape: ShapeLike, ord: Order, copy: boolean | null): NDArray {
  const order = orderArg(ord, "C");
  if (order === "K") throw new ValueError("order 'K' is not permitted for reshaping");
  const newShape = resolveNewShape(shape, a.size);
  // NumPy's quick check: the same shape, as given (a -1 is not resolved yet), is a plain view
  // with the strides kept (whatever the order).
  const given = typeof shape === "number" || typeof shape === "bigint" ? [shape] : Array.from(shape as ArrayLike<number | bigint>);
  if (copy !== true && given.length === a.ndim && given.every((d, i) => Number(d) === a.shape[i])) {
    return a._view(a.shape, a.strides, a._ptr);
  }
  const o = (order === "A" ? resolveOrder(a, "A") : order) as "C" | "F";
  if (copy === true) {
    const c = copyAs(a, a._dt, o);
    return c._view(newShape, o === "C" ? cStrides(newShape, a.itemsize) : fStrides(newShape, a.itemsize), c._ptr);
  }
  const contiguous = o === "C" ? isCContiguous(a.shape, a.strides, a.itemsize) : isFContiguous(a.shape, a.strides, a.itemsize);
  if (contiguous) {
    const st = o === "C" ? cStrides(newShape, a.itemsize) : fStrides(newShape, a.itemsize);
    return a._view(newShape, st, a._ptr);
  }
  const st = reshapeStrides(a.shape, a.strides, newShape, a.itemsize, o);
  if (st) return a._view(newShape, st, a._ptr);
  if (copy === false) throw new ValueError("Unable to avoid creating a copy while reshaping.");
  const c = copyAs(a, a._dt, o);
  return c._view(newShape, o === "C" ? cStrides(newShape, a.itemsize) : fStrides(newShape, a.itemsize), c._ptr);
}
