/**
 * Array creation from data and from shapes: array, asarray, zeros, ones, empty, full, the
 * *_like family, copy, frombuffer.
 *
 * @example
 * np.array([[1, 2], [3, 4]]) // int64, shape [2, 2]
 * np.zeros([2, 3], {dtype: "int8"})
 * np.full(3, 7.5)
 */
import { bindArgs, checkDevice, type Args, mayNameRequired, takeRequired } from "../core/args.js";
import { fromNested, scalarKind, typedArrayDType, typedArrayView, type ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT64, optionalDType, resolveDType, type DType, type DTypeLike } from "../core/dtype.js";
import { AttributeError, NumpyTypeError, ValueError } from "../core/errors.js";
import { copyAs, emptyArray, layoutStrides, MAXDIMS, NDArray, orderArg, type Order } from "../core/ndarray.js";
import { imagPart, toStorage, type Scalar } from "../core/scalar.js";
import { broadcastStrides, cStrides, fStrides, isCContiguous, isFContiguous, normalizeShape, type ShapeLike } from "../core/shape.js";
import { copyCast, fillStorage } from "../kernels/ts/cast.js";
import { wrapBuffer } from "../storage/storage.js";

export type { ArrayLike };

function orderStrides(shape: readonly number[], itemsize: number, ord: Order | null | undefined): number[] {
  const order = orderArg(ord, "C");
  if (order === "C") return cStrides(shape, itemsize);
  if (order === "F") return fStrides(shape, itemsize);
  throw new ValueError(`only 'C' or 'F' order is permitted`);
}

function satisfiesOrder(a: NDArray, order: Order | null | undefined): boolean {
  if (order == null || order === "K" || order === "A") return true;
  return order === "C" ? isCContiguous(a.shape, a.strides, a.itemsize) : isFContiguous(a.shape, a.strides, a.itemsize);
}

/**
 * Prepends axes of length 1 up to `ndmin`, as NumPy's _prepend_ones: their stride is the
 * itemsize for order F, a Fortran-ordered or 0-d array, else the extent of the first axis.
 */
function withNdmin(a: NDArray, ndmin: number | null | undefined, order: Order | null | undefined): NDArray {
  if (ndmin != null && ndmin > MAXDIMS) throw new ValueError(`ndmin must be <= ndmax (${MAXDIMS})`);
  if (!ndmin || a.ndim >= ndmin) return a;
  const pad = ndmin - a.ndim;
  const fortran = a.ndim > 1 && isFContiguous(a.shape, a.strides, a.itemsize) && !isCContiguous(a.shape, a.strides, a.itemsize);
  const stride = orderArg(order, "K") === "F" || fortran || a.ndim === 0 ? a.itemsize : a.strides[0]! * a.shape[0]!;
  return a._view([...new Array<number>(pad).fill(1), ...a.shape], [...new Array<number>(pad).fill(stride), ...a.strides], a._ptr);
}

type ArrayOpts = { dtype?: DTypeLike | null; copy?: boolean | null; order?: Order | null; subok?: boolean; ndmin?: number; like?: unknown };

/**
 * Creates an array from array_like data: nested lists, scalars, TypedArrays, NDArrays.
 * An integral JS number is a Python int (int64), any other number a Python float (float64).
 * @example np.array([[1, 2], [3, 4]]); np.array([1, 2], {dtype: "float32"}); np.array(3.5)
 */
export function array(object: ArrayLike, ...rest: Args<[DTypeLike], ArrayOpts>): NDArray {
  if (mayNameRequired(object, rest)) [object, ...rest] = takeRequired("array", ["object"], [object, ...rest], "c") as [typeof object, ...typeof rest];
  const [dtype, copy, order, , ndmin] = bindArgs("array", ["dtype"], rest, ["copy", "order", "subok", "ndmin", "like"]) as [
    DTypeLike | null | undefined,
    boolean | null | undefined,
    Order | null | undefined,
    unknown,
    number | null | undefined,
  ];
  return withNdmin(toArray(object, optionalDType(dtype), copy === undefined ? true : copy, order ?? "K"), ndmin, order);
}

/**
 * Converts input to an array, copying only when it must (NumPy's `copy=None`).
 * @example const a = np.zeros(3); np.asarray(a) === a // true
 */
export function asarray(a: ArrayLike, ...rest: Args<[DTypeLike, Order], { dtype?: DTypeLike | null; order?: Order | null; copy?: boolean | null; device?: string; like?: unknown }>): NDArray {
  if (mayNameRequired(a, rest)) [a, ...rest] = takeRequired("asarray", ["a"], [a, ...rest], "c") as [typeof a, ...typeof rest];
  if (a instanceof NDArray && rest.length === 0) return a;
  const [dtype, order, copy, device] = bindArgs("asarray", ["dtype", "order"], rest, ["copy", "device", "like"]) as [
    DTypeLike | null | undefined,
    Order | null | undefined,
    boolean | null | undefined,
    unknown,
  ];
  checkDevice(device);
  return toArray(a, optionalDType(dtype), copy ?? null, order ?? "K");
}

/**
 * Converts input to an array, as `np.asarray` (ndts has no ndarray subclasses to pass through).
 * @example np.asanyarray([1.5]).dtype // "float64"
 */
export function asanyarray(a: ArrayLike, ...rest: Args<[DTypeLike, Order], { dtype?: DTypeLike | null; order?: Order | null; copy?: boolean | null; device?: string; like?: unknown }>): NDArray {
  [a, ...rest] = takeRequired("asanyarray", ["a"], [a, ...rest], "c") as [typeof a, ...typeof rest];
  if (a instanceof NDArray && rest.length === 0) return a;
  const [dtype, order, copy, device] = bindArgs("asanyarray", ["dtype", "order"], rest, ["copy", "device", "like"]) as [
    DTypeLike | null | undefined,
    Order | null | undefined,
    boolean | null | undefined,
    unknown,
  ];
  checkDevice(device);
  return toArray(a, optionalDType(dtype), copy ?? null, order ?? "K");
}

/** asarray for internal callers: NDArray input is returned as is. */
export function asArray(a: ArrayLike): NDArray {
  return a instanceof NDArray ? a : fromNested(a, undefined);
}

/**
 * True when the array is Fortran-contiguous but not C-contiguous (NumPy's isfortran).
 * @example np.isfortran(np.zeros([2, 3]).T) // true; np.isfortran(np.zeros(3)) // false
 */
export function isfortran(a: NDArray): boolean {
  if (!(a instanceof NDArray)) throw new AttributeError(`'${Array.isArray(a) ? "list" : typeof a}' object has no attribute 'flags'`);
  return isFContiguous(a.shape, a.strides, a.itemsize) && !isCContiguous(a.shape, a.strides, a.itemsize);
}

/**
 * An array laid out in C order in memory (a copy only when needed).
 * @example np.ascontiguousarray(np.zeros([2, 3]).T).flags.c_contiguous // true
 */
export function ascontiguousarray(a: ArrayLike, ...rest: Args<[DTypeLike], { dtype?: DTypeLike | null; like?: unknown }>): NDArray {
  [a, ...rest] = takeRequired("ascontiguousarray", ["a"], [a, ...rest], "c") as [typeof a, ...typeof rest];
  const [dtype] = bindArgs("ascontiguousarray", ["dtype"], rest, ["like"]) as [DTypeLike | null | undefined];
  const r = toArray(a, optionalDType(dtype), null, "C");
  return r.ndim === 0 ? r.reshape([1]) : r;
}

/**
 * An array laid out in Fortran order in memory (a copy only when needed).
 * @example np.asfortranarray(np.zeros([2, 3])).flags.f_contiguous // true
 */
export function asfortranarray(a: ArrayLike, ...rest: Args<[DTypeLike], { dtype?: DTypeLike | null; like?: unknown }>): NDArray {
  [a, ...rest] = takeRequired("asfortranarray", ["a"], [a, ...rest], "c") as [typeof a, ...typeof rest];
  const [dtype] = bindArgs("asfortranarray", ["dtype"], rest, ["like"]) as [DTypeLike | null | undefined];
  return toArray(a, optionalDType(dtype), null, "F");
}

/** NumPy 2's error for copy=False when a copy cannot be avoided. */
const NO_COPY =
  "Unable to avoid copy while creating an array as requested.\n" +
  "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n" +
  "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

function toArray(obj: ArrayLike, dt: DType | undefined, copy: boolean | null, ord: Order): NDArray {
  const order = orderArg(ord, "K");
  if (obj instanceof NDArray) {
    const needsCopy = (dt !== undefined && dt !== obj._dt) || !satisfiesOrder(obj, order);
    if (copy === true || needsCopy) {
      if (copy === false) throw new ValueError(NO_COPY);
      return copyAs(obj, dt ?? obj._dt, order);
    }
    return obj;
  }
  if (ArrayBuffer.isView(obj) && typedArrayDType(obj) !== null && copy !== true) {
    const v = typedArrayView(obj);
    if ((dt === undefined || dt === v._dt)) return v;
    if (copy === false) throw new ValueError(NO_COPY);
    return copyAs(v, dt, order);
  }
  if (copy === false) throw new ValueError(NO_COPY);
  const a = fromNested(obj, dt);
  if (order === "F" && a.ndim > 1) return copyAs(a, a._dt, "F");
  return a;
}

type ShapeOpts = { dtype?: DTypeLike | null; order?: Order | null; like?: unknown; device?: string | null };

function create(fn: string, shape: ShapeLike, rest: readonly unknown[], zero: boolean): NDArray {
  if (rest.length === 0 && typeof shape === "number" && shape >= 0 && Number.isSafeInteger(shape)) {
    return emptyArray(FLOAT64, [shape], [8], zero);
  }
  const [dtype, order, , device] = bindArgs(fn, ["dtype", "order"], rest, ["like", "device"]) as [DTypeLike | null | undefined, Order | null | undefined, unknown, unknown];
  checkDevice(device);
  const dt = dtype == null ? FLOAT64 : resolveDType(dtype);
  const sh = normalizeShape(shape);
  return emptyArray(dt, sh, orderStrides(sh, dt.itemsize, order), zero);
}

/**
 * A new array of zeros.
 * @example np.zeros([2, 3]); np.zeros(3, {dtype: "int32"}); np.zeros(3, "int32")
 */
export function zeros(opts: ShapeOpts & { shape: ShapeLike }): NDArray;
export function zeros(shape: ShapeLike, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray;
export function zeros(shape: ShapeLike | ShapeOpts, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray {
  if (mayNameRequired(shape, rest)) [shape, ...rest] = takeRequired("zeros", ["shape"], [shape, ...rest], "c") as [ShapeLike, ...typeof rest];
  return create("zeros", shape as ShapeLike, rest, true);
}

/**
 * A new array of ones.
 * @example np.ones([2, 2], {dtype: "int8"})
 */
export function ones(opts: ShapeOpts & { shape: ShapeLike }): NDArray;
export function ones(shape: ShapeLike, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray;
export function ones(shape: ShapeLike | ShapeOpts, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray {
  if (mayNameRequired(shape, rest)) [shape, ...rest] = takeRequired("ones", ["shape"], [shape, ...rest]) as [ShapeLike, ...typeof rest];
  const a = create("ones", shape as ShapeLike, rest, false);
  fillScalar(a, 1);
  return a;
}

/**
 * A new array whose contents are not initialised (whatever the memory held).
 * @example np.empty([2, 2]).shape // [2, 2]
 */
export function empty(opts: ShapeOpts & { shape: ShapeLike }): NDArray;
export function empty(shape: ShapeLike, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray;
export function empty(shape: ShapeLike | ShapeOpts, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray {
  if (mayNameRequired(shape, rest)) [shape, ...rest] = takeRequired("empty", ["shape"], [shape, ...rest], "c") as [ShapeLike, ...typeof rest];
  return create("empty", shape as ShapeLike, rest, false);
}

/**
 * A new array filled with `fill_value` (dtype from the value when not given, as NumPy).
 * @example np.full([2, 2], 7) // int64; np.full(3, Infinity)
 */
export function full(shape: ShapeLike, opts: ShapeOpts & { fill_value: ArrayLike }): NDArray;
export function full(opts: ShapeOpts & { shape: ShapeLike; fill_value: ArrayLike }): NDArray;
export function full(shape: ShapeLike, fill_value: ArrayLike, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray;
export function full(shape: ShapeLike | ShapeOpts, fill_value?: ArrayLike | ShapeOpts, ...rest: Args<[DTypeLike, Order], ShapeOpts>): NDArray {
  const [shp, value, ...opts] = takeRequired("full", ["shape", "fill_value"], [shape, fill_value, ...rest]) as [ShapeLike, ArrayLike, ...typeof rest];
  const [dtype, order, , device] = bindArgs("full", ["dtype", "order"], opts, ["like", "device"]) as [DTypeLike | null | undefined, Order | null | undefined, unknown, unknown];
  checkDevice(device);
  const sh = normalizeShape(shp);
  // NumPy makes an array of fill_value only to find the dtype: with dtype= a Python int beyond
  // 64 bits still fills a float array (np.full(2, 2**64, dtype=float32)).
  const dt = dtype == null ? asArray(value)._dt : resolveDType(dtype);
  const out = emptyArray(dt, sh, orderStrides(sh, dt.itemsize, order));
  fillFrom(out, value);
  return out;
}

/**
 * Fills `out` as NumPy's `copyto(out, fill_value, casting='unsafe')`: a Python int or bool is
 * stored with Python-scalar rules (an int out of range is an OverflowError); a Python float or
 * complex, like an array, is cast unsafely (NaN or 1e20 into int32 as astype does it, complex
 * into real dropping the imaginary part), broadcast over `out`.
 */
function fillFrom(out: NDArray, raw: unknown): void {
  const kind = scalarKind(raw);
  if (kind === "int" || kind === "bool") {
    // copyto reads a Python int for a bool array as a C long.
    if (kind === "int" && out._dt.kind === "b") toStorage(raw as Scalar, INT64);
    fillScalar(out, raw as Scalar);
    return;
  }
  const value = asArray(raw as ArrayLike);
  if (kind !== null && out._dt.kind === value._dt.kind) {
    fillScalar(out, raw as Scalar);
    return;
  }
  const st = broadcastStrides(value.shape, value.strides, out.shape);
  if (st === null) {
    throw new ValueError(
      `could not broadcast input array from shape ${shapeTuple(value.shape)} into shape ${shapeTuple(out.shape)}`,
    );
  }
  const src = { dt: value._dt, region: value._storage.region, ptr: value._ptr, strides: st };
  copyCast(out.shape, out._operand(), src, true);
}

function shapeTuple(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(",")})`;
}

/** Sets every element of a fresh array to a JS scalar. */
export function fillScalar(a: NDArray, v: Scalar): void {
  fillStorage(a.shape, a._operand(), toStorage(v, a._dt), a._dt.kind === "c" ? imagPart(v) : 0);
}

type LikeOpts = { dtype?: DTypeLike | null; order?: Order | null; subok?: boolean; shape?: ShapeLike | null; device?: string };

function createLike(fn: string, a: ArrayLike, rest: readonly unknown[], zero: boolean): NDArray {
  const [dtype, order, , shape, device] = bindArgs(fn, ["dtype", "order", "subok", "shape"], rest, ["device"]) as [
    DTypeLike | null | undefined,
    Order | null | undefined,
    unknown,
    ShapeLike | null | undefined,
    unknown,
  ];
  checkDevice(device);
  const proto = asArray(a);
  const dt = dtype == null ? proto._dt : resolveDType(dtype);
  const sh = shape == null ? proto.shape.slice() : normalizeShape(shape);
  let o = orderArg(order, "K");
  if (o === "A") o = isFContiguous(proto.shape, proto.strides, proto.itemsize) && !isCContiguous(proto.shape, proto.strides, proto.itemsize) ? "F" : "C";
  // Order K keeps the prototype's layout (its stride order) even with a new shape, unless the
  // new shape has another number of dimensions: then C, as NumPy's PyArray_NewLikeArrayWithShape.
  const strides =
    o === "K"
      ? sh.length === proto.ndim
        ? isCContiguous(proto.shape, proto.strides, proto.itemsize)
          ? cStrides(sh, dt.itemsize)
          : isFContiguous(proto.shape, proto.strides, proto.itemsize)
            ? fStrides(sh, dt.itemsize)
            : layoutStrides(sh, proto.strides, dt.itemsize, "K")
        : cStrides(sh, dt.itemsize)
      : orderStrides(sh, dt.itemsize, o);
  return emptyArray(dt, sh, strides, zero);
}

/**
 * An array of zeros with the shape and dtype of `a`.
 * @example np.zeros_like(np.arange(3)).dtype // "int64"
 */
export function zeros_like(a: ArrayLike, ...rest: Args<[DTypeLike, Order, boolean, ShapeLike], LikeOpts>): NDArray {
  [a, ...rest] = takeRequired("zeros_like", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  return createLike("zeros_like", a, rest, true);
}

/**
 * An array of ones with the shape and dtype of `a`.
 * @example np.ones_like([[1, 2]], {dtype: "float32"})
 */
export function ones_like(a: ArrayLike, ...rest: Args<[DTypeLike, Order, boolean, ShapeLike], LikeOpts>): NDArray {
  [a, ...rest] = takeRequired("ones_like", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const out = createLike("ones_like", a, rest, false);
  fillScalar(out, 1);
  return out;
}

/**
 * An uninitialised array with the shape and dtype of `a`.
 * @example np.empty_like(np.zeros([2, 2])).shape // [2, 2]
 */
export function empty_like(a: ArrayLike, ...rest: Args<[DTypeLike, Order, boolean, ShapeLike], LikeOpts>): NDArray {
  [a, ...rest] = takeRequired("empty_like", ["prototype"], [a, ...rest]) as [typeof a, ...typeof rest];
  return createLike("empty_like", a, rest, false);
}

/**
 * An array filled with `fill_value`, with the shape and dtype of `a`.
 * @example np.full_like(np.arange(3), 2.7).tolist() // [2, 2, 2]
 */
export function full_like(a: ArrayLike, opts: LikeOpts & { fill_value: ArrayLike }): NDArray;
export function full_like(opts: LikeOpts & { a: ArrayLike; fill_value: ArrayLike }): NDArray;
export function full_like(a: ArrayLike, fill_value: ArrayLike, ...rest: Args<[DTypeLike, Order, boolean, ShapeLike], LikeOpts>): NDArray;
export function full_like(a: ArrayLike | LikeOpts, fill_value?: ArrayLike | LikeOpts, ...rest: Args<[DTypeLike, Order, boolean, ShapeLike], LikeOpts>): NDArray {
  const [proto, value, ...opts] = takeRequired("full_like", ["a", "fill_value"], [a, fill_value, ...rest]) as [ArrayLike, ArrayLike, ...typeof rest];
  const out = createLike("full_like", proto, opts, false);
  fillFrom(out, value);
  return out;
}

/**
 * A copy of the input, keeping its memory layout (order 'K') by default.
 * @example const b = np.copy(a); b.base // null
 */
export function copy(a: ArrayLike, ...rest: Args<[Order, boolean], { order?: Order | null; subok?: boolean }>): NDArray {
  [a, ...rest] = takeRequired("copy", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const [order] = bindArgs("copy", ["order", "subok"], rest) as [Order | null | undefined];
  const src = asArray(a);
  const o = orderArg(order, "K");
  return src === a ? copyAs(src, src._dt, o) : o === "F" ? copyAs(src, src._dt, "F") : src;
}

/**
 * A 1-d array viewing a buffer's bytes, with no copy: an ArrayBuffer or any TypedArray/DataView.
 * At an offset that is not a multiple of the dtype's alignment (which JS cannot view) the
 * result is a read-only copy of those bytes.
 * @example np.frombuffer(new Float32Array([1, 2]).buffer, "float32").tolist() // [1, 2]
 */
export function frombuffer(
  buffer: ArrayBuffer | ArrayBufferView,
  ...rest: Args<[DTypeLike, number, number], { dtype?: DTypeLike | null; count?: number; offset?: number; like?: unknown }>
): NDArray {
  [buffer, ...rest] = takeRequired("frombuffer", ["buffer"], [buffer, ...rest], "c1") as [typeof buffer, ...typeof rest];
  const [dtype, count, offset] = bindArgs("frombuffer", ["dtype", "count", "offset"], rest, ["like"]) as [
    DTypeLike | null | undefined,
    number | null | undefined,
    number | null | undefined,
  ];
  const dt = dtype == null ? FLOAT64 : resolveDType(dtype);
  let ab: ArrayBuffer;
  let base = 0;
  let len: number;
  if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && buffer instanceof SharedArrayBuffer)) {
    ab = buffer as ArrayBuffer;
    len = ab.byteLength;
  } else if (ArrayBuffer.isView(buffer)) {
    ab = buffer.buffer as ArrayBuffer;
    base = buffer.byteOffset;
    len = buffer.byteLength;
  } else {
    throw new NumpyTypeError("a bytes-like object is required");
  }
  const off = offset ?? 0;
  if (off < 0 || off > len) throw new ValueError("offset must be non-negative and no greater than buffer length (" + len + ")");
  const avail = len - off;
  let n = count ?? -1;
  if (n < 0) {
    if (avail % dt.itemsize !== 0) throw new ValueError("buffer size must be a multiple of element size");
    n = avail / dt.itemsize;
  } else if (n * dt.itemsize > avail) {
    throw new ValueError("buffer is smaller than requested size");
  }
  const addr = base + off;
  if (addr % dt.alignment !== 0) {
    // JS typed arrays cannot view unaligned memory: read the bytes from an aligned copy, as a
    // read-only array (NumPy's frombuffer of bytes is read-only too), so a write cannot be lost
    // silently: it throws "assignment destination is read-only".
    const holder = new NDArray(dt, [n], [dt.itemsize], 0, wrapBuffer(ab.slice(addr, addr + n * dt.itemsize)), null, false);
    return new NDArray(dt, [n], [dt.itemsize], 0, holder._storage, holder, false);
  }
  return new NDArray(dt, [n], [dt.itemsize], addr, wrapBuffer(ab), null);
}

/**
 * A copy of an array cast to `dtype`, as NumPy 2's `numpy.astype(x, dtype, /, *, copy=True)`;
 * with `copy: false` the array itself when it already has the dtype.
 * @example np.astype(np.arange(3), "float32").dtype // "float32"
 */
export function astype(x: NDArray, dtype: DTypeLike, ...rest: Args<[], { copy?: boolean | null; device?: string }>): NDArray {
  [x, dtype, ...rest] = takeRequired("astype", ["x", "dtype"], [x, dtype, ...rest]) as [typeof x, typeof dtype, ...typeof rest];
  const [copy, device] = bindArgs("astype", [], rest, ["copy", "device"]) as [boolean | null | undefined, unknown];
  checkDevice(device);
  if (!(x instanceof NDArray)) {
    const kind = Array.isArray(x) ? "list" : typeof x;
    throw new NumpyTypeError(`Input should be a NumPy array or scalar. It is a <class '${kind}'> instead.`);
  }
  return x.astype(dtype, { copy: copy === undefined ? true : copy });
}

/**
 * A new 1-d array from an iterable, as `numpy.fromiter(iter, dtype, count=-1)`; the values are
 * stored with NumPy's setitem rules for `dtype`.
 * @example np.fromiter([0, 1, 2].values(), "int8").dtype // "int8"
 */
export function fromiter(
  iter: Iterable<Scalar>,
  ...rest: Args<[DTypeLike, number], { dtype?: DTypeLike; count?: number; like?: unknown }>
): NDArray {
  [iter, ...rest] = takeRequired("fromiter", ["iter"], [iter, ...rest], "c1") as [typeof iter, ...typeof rest];
  const [dtype, count] = bindArgs("fromiter", ["dtype", "count"], rest, ["like"]) as [DTypeLike | null | undefined, number | null | undefined];
  if (dtype === undefined) throw new NumpyTypeError("fromiter() missing required argument 'dtype' (pos 2)");
  const n = count ?? -1;
  const values: Scalar[] = [];
  if (n !== 0) {
    for (const v of iter) {
      values.push(v);
      if (values.length === n) break;
    }
  }
  if (n > 0 && values.length < n) throw new ValueError(`iterator too short: Expected ${n} but iterator had only ${values.length} items.`);
  const dt = (dtype === null ? FLOAT64 : resolveDType(dtype));
  const out = emptyArray(dt, [values.length]);
  values.forEach((v, i) => out.set(i, v));
  return out;
}

/**
 * asarray that refuses infs and NaNs, as `numpy.asarray_chkfinite(a, dtype=None, order=None)`.
 * @example np.asarray_chkfinite([1, 2]).tolist() // [1, 2]
 */
export function asarray_chkfinite(a: ArrayLike, ...rest: Args<[DTypeLike, Order], { dtype?: DTypeLike | null; order?: Order | null }>): NDArray {
  [a, ...rest] = takeRequired("asarray_chkfinite", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const [dtype, order] = bindArgs("asarray_chkfinite", ["dtype", "order"], rest) as [DTypeLike | null | undefined, Order | null | undefined];
  const arr = toArray(a, optionalDType(dtype), null, order ?? "K");
  if (arr._dt.kind === "f" || arr._dt.kind === "c") {
    const flat = arr.ravel().tolist() as (number | { re: number; im: number })[];
    const finite = (x: number | { re: number; im: number }) => (typeof x === "number" ? Number.isFinite(x) : Number.isFinite(x.re) && Number.isFinite(x.im));
    if (!flat.every(finite)) throw new ValueError("array must not contain infs or NaNs");
  }
  return arr;
}

/**
 * Whether a value is a scalar (a JS number, boolean, bigint, `{re, im}` or string, as Python's
 * str is), as `numpy.isscalar`: arrays, 0-d ones included, are not.
 * @example np.isscalar(3.1) // true; np.isscalar(np.array(3.1)) // false
 */
export function isscalar(element: unknown): boolean {
  return typeof element === "string" || scalarKind(element) !== null;
}
