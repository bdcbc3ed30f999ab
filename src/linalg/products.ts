/**
 * Matrix products, as NumPy: matmul (the `@` operator), dot, vdot, inner, tensordot. Shapes,
 * promotion (NumPy 2 result_type), `out=` and NumPy's messages are here; the arithmetic runs in
 * the WebAssembly kernels through linalg/gemm.ts.
 *
 * @example
 * np.matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) // array([[19, 22], [43, 50]])
 * np.dot([1, 2, 3], [4, 5, 6]) // 32
 * np.tensordot(np.ones([2, 3, 4]), np.ones([3, 4, 5])).shape // [2, 5]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { canCast, optionalDType, resultType, type Casting, type DType, type DTypeLike } from "../core/dtype.js";
import { IndexError, NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import { copyAs, emptyArray, NDArray, type Order } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { broadcastShapes, broadcastStrides, cStrides, isCContiguous, shapeSize, shapeText } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { UFUNCS } from "../ufunc/defs.js";
import { callUfunc } from "../ufunc/ufunc.js";
import { asArray } from "../api/creation.js";
import { kernels } from "../storage/heap.js";
import { raiseFPE, FPE_INVALID, FPE_OVERFLOW } from "../ufunc/errstate.js";
import { any } from "../api/reductions.js";
import { HeapStage, product } from "./gemm.js";

const SIG = "(n?,k),(k,m?)->(n?,m?)";
const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];

type MatmulOpts = { out?: NDArray | null; casting?: Casting; order?: Order; dtype?: DTypeLike | null; subok?: boolean };

/**
 * a @ b of arrays of at least 2 dimensions (1-d operands promoted by the caller), batch
 * dimensions broadcast to `batch`, into a new zero-initialised C-ordered array of dtype dt whose
 * shape is batch + [n, m] (written as `shape`, which may drop the promoted axes). Also returns
 * whether a result is NaN or infinite (for the FP warnings).
 */
function stackedProduct(a: NDArray, b: NDArray, dt: DType, batch: readonly number[], shape: readonly number[]): [NDArray, boolean] {
  const M = a.shape[a.ndim - 2]!;
  const K = a.shape[a.ndim - 1]!;
  const N = b.shape[b.ndim - 1]!;
  const res = emptyArray(dt, shape, undefined, true);
  if (res.size === 0) return [res, false];
  const st = new HeapStage();
  const ah = st.input(a, dt);
  const bh = st.input(b, dt);
  const ch = st.output(res);
  st.reserve();
  const nb = batch.length;
  const full = (x: NDArray, strides: readonly number[]) => broadcastStrides(x.shape.slice(0, -2), strides.slice(0, -2), batch)!;
  const as = full(a, ah.strides);
  const bs = full(b, bh.strides);
  const sz = dt.itemsize;
  const cs = cStrides([...batch, M, N], sz);
  const [ars, acs] = ah.strides.slice(-2) as [number, number];
  const [brs, bcs] = bh.strides.slice(-2) as [number, number];
  const count = shapeSize(batch);
  if (nb > 0 && bs.every((s) => s === 0) && rowsMerge(batch, as, M * ars)) {
    // One matrix b for the whole stack, whose a rows lie evenly spaced: one tall product.
    product(dt, count * M, N, K, { ptr: ah.ptr, rs: ars, cs: acs }, { ptr: bh.ptr, rs: brs, cs: bcs }, { ptr: ch.ptr, rs: N * sz, cs: sz });
    const found = nonfinite(dt, ch.ptr, res.size);
    st.done();
    return [res, found];
  }
  const idx = new Array<number>(nb).fill(0);
  for (let t = 0; t < count; t++) {
    let pa = ah.ptr;
    let pb = bh.ptr;
    let pc = ch.ptr;
    for (let d = 0; d < nb; d++) {
      pa += idx[d]! * as[d]!;
      pb += idx[d]! * bs[d]!;
      pc += idx[d]! * cs[d]!;
    }
    product(dt, M, N, K, { ptr: pa, rs: ars, cs: acs }, { ptr: pb, rs: brs, cs: bcs }, { ptr: pc, rs: N * sz, cs: sz });
    for (let d = nb - 1; d >= 0; d--) {
      if (++idx[d]! < batch[d]!) break;
      idx[d] = 0;
    }
  }
  const found = nonfinite(dt, ch.ptr, res.size);
  st.done();
  return [res, found];
}

/**
 * Whether any of the n contiguous results at ptr (in the heap) is NaN or infinite (the ufunc
 * layer's scan kernels): products have no FP flags in WebAssembly either.
 */
function nonfinite(dt: DType, ptr: number, n: number): boolean {
  if (dt.kind !== "f" && dt.kind !== "c") return false;
  const w = dt.kind === "c" ? dt.itemsize / 2 : dt.itemsize;
  return kernels[w === 8 ? "nonfinite_f64" : "nonfinite_f32"]!(ptr, w, dt.kind === "c" ? 2 * n : n) !== 0;
}

/**
 * NumPy's warnings for a product `res` of `inputs` holding non-finite values: a NaN made from
 * inputs without NaN, or with infinities (inf * 0), is "invalid"; an infinity made from finite
 * inputs is "overflow".
 */
function raiseProductFPE(found: boolean, res: NDArray, inputs: readonly NDArray[], name: string): void {
  if (!found) return;
  const has = (ufunc: "isnan" | "isinf", xs: readonly NDArray[]) => xs.some((x) => x.size > 0 && any(callUfunc(UFUNCS[ufunc], [x], true) as NDArray) === true);
  const inInf = has("isinf", inputs);
  let flags = 0;
  if (has("isnan", [res]) && (inInf || !has("isnan", inputs))) flags |= FPE_INVALID;
  if (has("isinf", [res]) && !inInf) flags |= FPE_OVERFLOW;
  if (flags) raiseFPE(flags, name);
}

/** Whether batch axes of these strides continue a run of rows `rowBlock` bytes per matrix. */
function rowsMerge(batch: readonly number[], strides: readonly number[], rowBlock: number): boolean {
  let s = rowBlock;
  for (let d = batch.length - 1; d >= 0; d--) {
    if (batch[d] !== 1 && strides[d] !== s) return false;
    s *= batch[d]!;
  }
  return true;
}

/** `a` viewed as a matrix: (1, K) for a 1-d a (first operand) or (K, 1) (second operand). */
function promoteVector(a: NDArray, first: boolean): NDArray {
  if (a.ndim !== 1) return a;
  const s = a.strides[0]!;
  return first ? a._view([1, a.shape[0]!], [0, s], a._ptr) : a._view([a.shape[0]!, 1], [s, 0], a._ptr);
}

function remapped(x: readonly number[], batchNd: number, ncore: number): string {
  if (batchNd <= 0) return `${shapeText(x)}->()`;
  const dims = [...x.slice(0, batchNd).map(String), ...new Array<string>(ncore).fill("newaxis")];
  return `${shapeText(x)}->(${dims.join(",")})`;
}

/** Casting rule argument check, as NumPy's argument parser. */
function castingArg(casting: unknown): Casting {
  const c = casting ?? "same_kind";
  if (!CASTINGS.includes(c as string)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(c)}')`);
  }
  return c as Casting;
}

/** The one output array of an `out=` (an NDArray or a 1-tuple of one), or null. */
function outArg(out: unknown): NDArray | null {
  const o = Array.isArray(out) && out.length === 1 ? out[0] : out;
  if (o === null || o === undefined) return null;
  if (!(o instanceof NDArray)) throw new NumpyTypeError("return arrays must be of ArrayType");
  o._checkOut();
  return o;
}

/**
 * The matrix product of two arrays, as `numpy.matmul(x1, x2, /, out=None, *, casting='same_kind',
 * order='K', dtype=None, subok=True)` (the `@` operator): the last two axes are the matrices, the
 * leading ones broadcast as a stack; a 1-d first (second) operand is a row (column) vector whose
 * axis is removed from the result. A 0-d result is a JS scalar (API.md), unless `out` is given.
 * @example np.matmul([[1, 2], [3, 4]], [[5], [6]]) // array([[17], [39]])
 */
export function matmul(x1: ArrayLike, x2: ArrayLike, ...rest: Args<[NDArray], MatmulOpts>): NDArray | Scalar {
  const [outRaw, castingRaw, order, dtype, subok] = bindArgs("matmul", ["out"], rest, ["casting", "order", "dtype", "subok"]) as [unknown, unknown, Order | undefined, DTypeLike | null | undefined, unknown];
  void subok;
  const casting = castingArg(castingRaw);
  if (order !== undefined && order !== null && !["C", "F", "A", "K"].includes(order)) {
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
  }
  const out = outArg(outRaw);
  const a = asArray(x1);
  const b = asArray(x2);
  // Type resolution first (as NumPy's ufunc machinery): the loop, then the casts it needs.
  const dt = optionalDType(dtype) ?? resultType([a._dt, b._dt]);
  [a, b].forEach((x, i) => {
    if (!canCast(x._dt, dt, casting)) {
      throw new UFuncTypeError(`Cannot cast ufunc 'matmul' input ${i} from dtype('${x.dtype}') to dtype('${dt.name}') with casting rule '${casting}'`);
    }
  });
  if (out && !canCast(dt, out._dt, casting)) {
    throw new UFuncTypeError(`Cannot cast ufunc 'matmul' output from dtype('${dt.name}') to dtype('${out.dtype}') with casting rule '${casting}'`);
  }
  [a, b].forEach((x, i) => {
    if (x.ndim === 0) {
      throw new ValueError(`matmul: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature ${SIG} requires 1)`);
    }
  });
  const k1 = a.shape[a.ndim - 1]!;
  const k2 = b.ndim === 1 ? b.shape[0]! : b.shape[b.ndim - 2]!;
  if (k1 !== k2) {
    throw new ValueError(`matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIG} (size ${k2} is different from ${k1})`);
  }
  const core: number[] = [];
  if (a.ndim >= 2) core.push(a.shape[a.ndim - 2]!);
  if (b.ndim >= 2) core.push(b.shape[b.ndim - 1]!);
  const nc = core.length;
  if (out) {
    if (out.ndim < nc) {
      throw new ValueError("output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.");
    }
    core.forEach((d, i) => {
      const got = out.shape[out.ndim - nc + i]!;
      if (got !== d) throw new ValueError(`matmul: Output operand 0 has a mismatch in its core dimension ${i}, with gufunc signature ${SIG} (size ${got} is different from ${d})`);
    });
  }
  const aBatch = a.shape.slice(0, Math.max(0, a.ndim - 2));
  const bBatch = b.shape.slice(0, Math.max(0, b.ndim - 2));
  const oBatch = out ? out.shape.slice(0, out.ndim - nc) : [];
  const batch = broadcastBatch([aBatch, bBatch, oBatch]);
  if (batch === null || (out && batch.length !== oBatch.length)) {
    const parts = [remapped(a.shape, aBatch.length, nc), remapped(b.shape, bBatch.length, nc)];
    if (out) parts.push(`${shapeText(out.shape)}->${shapeText(out.shape)}`);
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(" ")}  and requested shape (${core.join(",")})`);
  }
  if (out && batch.some((d, i) => d !== oBatch[i])) {
    throw new ValueError(`non-broadcastable output operand with shape ${shapeText(out.shape)} doesn't match the broadcast shape ${shapeText([...batch, ...core])}`);
  }
  const [product0, found] = stackedProduct(promoteVector(a, true), promoteVector(b, false), dt, batch, [...batch, ...core]);
  raiseProductFPE(found, product0, [a, b], "matmul");
  let res = product0;
  if (out) {
    copyCast(res.shape, out._operand(), res._operand());
    return out;
  }
  if (order === "F" && res.ndim > 1) res = copyAs(res, dt, "F");
  return res.ndim === 0 ? (res._scalar() as Scalar) : res;
}

/** The broadcast of batch shapes, or null when they do not broadcast (the caller words the error). */
function broadcastBatch(shapes: readonly (readonly number[])[]): number[] | null {
  try {
    return broadcastShapes(...shapes);
  } catch {
    return null;
  }
}

/** Checks dot's `out=`: exactly the result's dtype, dimensions and C layout, as NumPy's dot. */
function checkDotOut(out: unknown, dt: DType, shape: readonly number[]): NDArray | null {
  if (out === null || out === undefined) return null;
  if (!(out instanceof NDArray)) throw new NumpyTypeError("'out' must be an array");
  if (out._dt !== dt || out.ndim !== shape.length || !isCContiguous(out.shape, out.strides, out.itemsize)) {
    throw new ValueError("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)");
  }
  if (out.shape.some((d, i) => d !== shape[i])) throw new ValueError("output array has wrong dimensions");
  out._checkOut();
  return out;
}

/**
 * The dot product, as `numpy.dot(a, b, out=None)`: a scalar operand multiplies; 1-d . 1-d is the
 * inner product (a JS scalar); otherwise the sum over the last axis of a and the second-to-last
 * of b (the last of a 1-d b): `dot(a, b)[i, j, k, m] = sum(a[i, j, :] * b[k, :, m])`. `out` must
 * have exactly the result's dtype and shape and be C-contiguous, as in NumPy.
 * @example np.dot([[1, 0], [0, 1]], [[4, 1], [2, 2]]) // array([[4, 1], [2, 2]])
 */
export function dot(a: ArrayLike, b: ArrayLike, ...rest: Args<[NDArray], { out?: NDArray | null }>): NDArray | Scalar {
  const [outRaw] = bindArgs("dot", ["out"], rest) as [unknown];
  const x = asArray(a);
  const y = asArray(b);
  const dt = resultType([x._dt, y._dt]);
  if (x.ndim === 0 || y.ndim === 0) {
    const shape = x.ndim === 0 ? y.shape : x.shape;
    const out = checkDotOut(outRaw, dt, shape);
    const r = callUfunc(UFUNCS.multiply, out ? [x, y, out] : [x, y], true) as NDArray;
    return r.ndim === 0 ? (r._scalar() as Scalar) : r;
  }
  const K = x.shape[x.ndim - 1]!;
  const yk = y.ndim === 1 ? 0 : y.ndim - 2;
  if (y.shape[yk] !== K) {
    throw new ValueError(`shapes ${shapeText(x.shape)} and ${shapeText(y.shape)} not aligned: ${K} (dim ${x.ndim - 1}) != ${y.shape[yk]} (dim ${yk})`);
  }
  const lead = x.shape.slice(0, -1);
  const mid = y.ndim >= 2 ? y.shape.slice(0, -2) : [];
  const N = y.ndim >= 2 ? y.shape[y.ndim - 1]! : 1;
  const shape = [...lead, ...mid, ...(y.ndim >= 2 ? [N] : [])];
  const out = checkDotOut(outRaw, dt, shape);
  const P = shapeSize(lead);
  const Q = shapeSize(mid);
  // (P, K) @ (Q, K, N) -> (P, Q, N): one stacked product with a's matrix broadcast over Q, the
  // result viewed as Q matrices (P, N) whose rows are Q N elements apart.
  const a2 = x.reshape([P, K]);
  const b3 = promoteVector(y, false).reshape([Q, K, N]);
  const tmp = emptyArray(dt, [P, Q, N], undefined, true);
  let found = false;
  if (tmp.size > 0) {
    const st = new HeapStage();
    const ah = st.input(a2, dt);
    const bh = st.input(b3, dt);
    const ch = st.output(tmp);
    st.reserve();
    const sz = dt.itemsize;
    for (let q = 0; q < Q; q++) {
      product(dt, P, N, K, { ptr: ah.ptr, rs: ah.strides[0]!, cs: ah.strides[1]! }, { ptr: bh.ptr + q * bh.strides[0]!, rs: bh.strides[1]!, cs: bh.strides[2]! }, { ptr: ch.ptr + q * N * sz, rs: Q * N * sz, cs: sz });
    }
    found = nonfinite(dt, ch.ptr, tmp.size);
    st.done();
  }
  raiseProductFPE(found, tmp, [x, y], "dot");
  const res = tmp.reshape(shape);
  if (out) copyCast(shape, out._operand(), res._operand());
  if (shape.length === 0) return res._scalar() as Scalar;
  return out ?? res;
}

/**
 * The dot product of two flattened arrays, the first conjugated, as `numpy.vdot(a, b)`: a JS
 * scalar.
 * @example np.vdot([{re: 1, im: 2}, 3], [4, {re: 0, im: 5}]) // {re: 4, im: 7}
 */
export function vdot(a: ArrayLike, b: ArrayLike, ...rest: never[]): Scalar {
  if (rest.length > 0) throw new NumpyTypeError(`vdot() takes exactly 2 arguments (${2 + rest.length} given)`);
  const x = asArray(a);
  const y = asArray(b);
  if (x.size !== y.size) throw new ValueError(`cannot reshape array of size ${y.size} into shape (${x.size},)`);
  const xc = x._dt.kind === "c" ? (callUfunc(UFUNCS.conjugate, [x], true) as NDArray) : x;
  return dot(xc.reshape([-1]), y.reshape([-1])) as Scalar;
}

/**
 * The inner product over the last axes, as `numpy.inner(a, b)`: the result's shape is
 * a.shape[:-1] + b.shape[:-1]; a scalar operand multiplies. A 0-d result is a JS scalar.
 * @example np.inner([[1, 2], [3, 4]], [1, 1]) // array([3, 7])
 */
export function inner(a: ArrayLike, b: ArrayLike, ...rest: never[]): NDArray | Scalar {
  if (rest.length > 0) throw new NumpyTypeError(`inner() takes exactly 2 arguments (${2 + rest.length} given)`);
  const x = asArray(a);
  const y = asArray(b);
  if (x.ndim === 0 || y.ndim === 0) return dot(x, y);
  const nd = y.ndim;
  // NumPy swaps b's last two axes and takes dot (its messages name that view's shape).
  return dot(x, nd >= 2 ? y.swapaxes(nd - 1, nd - 2) : y);
}

/**
 * The sum of products over the given axes, as `numpy.tensordot(a, b, axes=2)`: an integer N sums
 * over the last N axes of a and the first N of b; a pair [axes_a, axes_b] names them (ints or
 * lists). Always an array (0-d when every axis is summed), as NumPy.
 * @example np.tensordot(np.ones([3, 4, 5]), np.ones([4, 3, 2]), [[1, 0], [0, 1]]).shape // [5, 2]
 */
export function tensordot(a: ArrayLike, b: ArrayLike, ...rest: Args<[number | readonly unknown[]], { axes?: number | readonly unknown[] }>): NDArray {
  const [axesArg] = bindArgs("tensordot", ["axes"], rest) as [number | readonly unknown[] | undefined];
  const axes = axesArg ?? 2;
  let axesA: number[];
  let axesB: number[];
  if (Array.isArray(axes)) {
    if (axes.length !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    const list = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);
    axesA = list(axes[0]);
    axesB = list(axes[1]);
  } else {
    const n = typeof axes === "boolean" ? Number(axes) : typeof axes === "bigint" ? Number(axes) : axes;
    if (typeof n !== "number" || !Number.isInteger(n)) {
      throw new NumpyTypeError(`'${typeof n === "number" ? "float" : typeof n}' object cannot be interpreted as an integer`);
    }
    axesA = [];
    axesB = [];
    for (let i = -n; i < 0; i++) axesA.push(i);
    for (let i = 0; i < n; i++) axesB.push(i);
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) {
    throw new ValueError("duplicate axes are not allowed in tensordot");
  }
  const x = asArray(a);
  const y = asArray(b);
  const as = x.shape;
  const bs = y.shape;
  const at = (shape: readonly number[], i: number): number => {
    const j = i < 0 ? i + shape.length : i;
    if (j < 0 || j >= shape.length) throw new IndexError("tuple index out of range");
    return shape[j]!;
  };
  let equal = axesA.length === axesB.length;
  if (equal) {
    for (let k = 0; k < axesA.length; k++) {
      if (at(as, axesA[k]!) !== at(bs, axesB[k]!)) {
        equal = false;
        break;
      }
      if (axesA[k]! < 0) axesA[k] = axesA[k]! + x.ndim;
      if (axesB[k]! < 0) axesB[k] = axesB[k]! + y.ndim;
    }
  }
  if (!equal) throw new ValueError("shape-mismatch for sum");
  const notinA = [...as.keys()].filter((k) => !axesA.includes(k));
  const notinB = [...bs.keys()].filter((k) => !axesB.includes(k));
  const prod = (shape: readonly number[], ax: readonly number[]) => ax.reduce((p, i) => p * shape[i]!, 1);
  const xt = x.transpose([...notinA, ...axesA]).reshape([prod(as, notinA), prod(as, axesA)]);
  const yt = y.transpose([...axesB, ...notinB]).reshape([prod(bs, axesB), prod(bs, notinB)]);
  const res = dot(xt, yt) as NDArray;
  return res.reshape([...notinA.map((i) => as[i]!), ...notinB.map((i) => bs[i]!)]);
}
