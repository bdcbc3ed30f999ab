/**
 * np.polynomial.polyutils: the helpers shared by every basis of NumPy's polynomial package
 * (numpy/polynomial/polyutils.py): as_series, trimseq, trimcoef, getdomain, mapparms, mapdomain,
 * and the basis-generic algorithms (addition, subtraction, division, powers, least-squares fits,
 * N-d Vandermonde matrices and evaluation, products of linear factors) that each basis module
 * parameterises with its own multiplication, evaluation and Vandermonde functions.
 *
 * @example
 * np.polynomial.polyutils.trimcoef([1, 2, 0, 1e-12], 1e-10) // array([1., 2.])
 * np.polynomial.polyutils.mapparms([-1, 1], [0, 2])          // [1, 1]
 */
import type { ArrayLike } from "../core/coerce.js";
import { AxisError, NumpyTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { warn } from "../core/warnings.js";
import { lstsq } from "../linalg/linalg.js";
import { array, asArray, ones, zeros } from "../api/creation.js";
import { common_type } from "../api/dtype_helpers.js";
import { finfo } from "../api/dtypes.js";
import { nonzero } from "../api/indexing.js";
import { amax, amin, sum } from "../api/reductions.js";
import { sort } from "../api/sorting.js";
import { absolute, add, divide, equal, greater, multiply, negative, sqrt, square, subtract } from "../ufunc/index.js";

/** A coefficient value (an item of a coefficient array). */
export type Coef = Scalar;


/** In-place `a op= b` on a view. */
export function iop(op: typeof add, a: NDArray, b: ArrayLike): void {
  op(a, b, { out: a });
}

/** Whether an item is zero (false, 0, 0n or 0+0j). */
export function isZeroItem(v: unknown): boolean {
  if (typeof v === "object" && v !== null && "re" in v) return (v as unknown as { re: number }).re === 0 && (v as unknown as { im: number }).im === 0;
  return v === 0 || v === false || v === 0n;
}

/** `x + 0.0` under NEP 50: bool and integer arrays become float64, inexact ones are kept. */
export function plusZero(a: NDArray): NDArray {
  return a._dt.kind === "f" || a._dt.kind === "c" ? a : a.astype("float64");
}

/** `np.array(x, ndmin=1, copy=copy)`. */
export function array1(x: ArrayLike, copy = false): NDArray {
  const a = x instanceof NDArray ? x : asArray(x);
  const r = a.ndim === 0 ? a.reshape([1]) : a;
  return copy ? r.copy() : r;
}

/** Python's operator.index for a parameter: an integral number, a bool or a bigint. */
export function asInt(x: unknown, desc: string): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x instanceof NDArray && x.ndim === 0 && (x._dt.kind === "i" || x._dt.kind === "u")) return Number(x.item());
  throw new NumpyTypeError(`${desc} must be an integer, received ${pyStr(x)}`);
}

/** Python's str() of a simple value, for error messages. */
export function pyStr(x: unknown): string {
  if (typeof x === "number") return Number.isInteger(x) ? `${x}.0` : Number.isNaN(x) ? "nan" : !Number.isFinite(x) ? (x > 0 ? "inf" : "-inf") : String(x);
  if (x === null || x === undefined) return "None";
  if (typeof x === "boolean") return x ? "True" : "False";
  if (typeof x === "string") return x;
  return String(x);
}

/** NumPy's normalize_axis_index. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/**
 * Drops the trailing zeros of a 1-d series, keeping at least one item, as NumPy's trimseq.
 * @example np.polynomial.polyutils.trimseq(np.array([1, 2, 0, 0])) // array([1, 2])
 */
export function trimseq(seq: NDArray): NDArray {
  const n = seq.shape[0]!;
  if (n === 0 || !isZeroItem(seq.get(n - 1))) return seq;
  let i = n - 1;
  for (; i >= 0; i--) if (!isZeroItem(seq.get(i))) break;
  return seq.get(`:${Math.max(i, 0) + 1}`) as NDArray;
}

/**
 * 1-d arrays of a common inexact type (copies), trailing zeros trimmed unless `trim` is false,
 * as NumPy's as_series.
 * @example np.polynomial.polyutils.as_series([[1, 2], [3]]) // [array([1., 2.]), array([3.])]
 */
export function as_series(alist: readonly ArrayLike[], trim = true): NDArray[] {
  let arrays = alist.map((a) => array1(a));
  for (const a of arrays) {
    if (a.size === 0) throw new ValueError("Coefficient array is empty");
    if (a.ndim !== 1) throw new ValueError("Coefficient array is not 1-d");
  }
  if (trim) arrays = arrays.map(trimseq);
  let dtype: string;
  try {
    dtype = common_type(...arrays);
  } catch {
    throw new ValueError("Coefficient arrays have no common type");
  }
  return arrays.map((a) => a.astype(dtype));
}

/**
 * Removes the trailing coefficients whose absolute value is at most `tol`, as NumPy's trimcoef
 * (np.polynomial.polynomial.polytrim).
 * @example np.polynomial.polyutils.trimcoef([0, 0, 3, 0, 5, 0, 0]) // array([0., 0., 3., 0., 5.])
 */
export function trimcoef(c: ArrayLike, tol: number = 0): NDArray {
  if (tol < 0) throw new ValueError("tol must be non-negative");
  const [s] = as_series([c]) as [NDArray];
  const [ind] = nonzero(greater(absolute(s), tol) as NDArray) as [NDArray];
  if (ind.size === 0) return multiply(s.get(":1"), 0) as NDArray;
  return (s.get(`:${Number(ind.get(-1)) + 1}`) as NDArray).copy();
}

/**
 * The domain [min, max] of the points x (of the real and imaginary parts for complex x), as
 * NumPy's getdomain.
 * @example np.polynomial.polyutils.getdomain([1, 10, 3, -1]) // array([-1., 10.])
 */
export function getdomain(x: ArrayLike): NDArray {
  const [a] = as_series([x], false) as [NDArray];
  if (a._dt.kind === "c") {
    const lo = { re: amin(a.real) as number, im: amin(a.imag) as number };
    const hi = { re: amax(a.real) as number, im: amax(a.imag) as number };
    return array([lo, hi]);
  }
  return array([amin(a) as number, amax(a) as number], a._dt.name);
}

/** `x[i]` of a 1-d array_like as a strong 0-d array (a numpy scalar in Python). */
function item0d(x: ArrayLike, i: number): NDArray | Scalar {
  if (Array.isArray(x)) return x[i] as Scalar;
  return asArray(x).get(i, "...") as NDArray;
}

/**
 * The offset and scale [off, scl] of the linear map from the interval `old` to `new`
 * (x -> off + scl*x), as NumPy's mapparms.
 * @example np.polynomial.polyutils.mapparms([1, -1], [-1, 1]) // [-0, -1]
 */
export function mapparms(old: ArrayLike, new_: ArrayLike): [Scalar, Scalar] {
  const [o0, o1, n0, n1] = [item0d(old, 0), item0d(old, 1), item0d(new_, 0), item0d(new_, 1)];
  const oldlen = subtract(o1, o0) as Scalar;
  const newlen = subtract(n1, n0) as Scalar;
  const off = trueDivide(subtract(multiply(o1, n0), multiply(o0, n1)) as Scalar, oldlen);
  const scl = trueDivide(newlen, oldlen);
  return [off, scl];
}

/** Python's `/` on two scalars: ZeroDivisionError for Python numbers, NumPy's inf/nan otherwise. */
function trueDivide(a: Scalar, b: Scalar): Scalar {
  if (typeof a === "number" && typeof b === "number" && b === 0) throw new ZeroDivisionError("division by zero");
  return divide(a, b) as Scalar;
}

/**
 * Maps x from the interval `old` to `new` (off + scl*x), as NumPy's mapdomain.
 * @example np.polynomial.polyutils.mapdomain([0, 1, 2], [0, 2], [-1, 1]) // array([-1.,  0.,  1.])
 */
export function mapdomain(x: ArrayLike, old: ArrayLike, new_: ArrayLike): NDArray | Scalar {
  const [off, scl] = mapparms(old, new_);
  const r = add(off, multiply(scl, x instanceof NDArray || Array.isArray(x) ? asArray(x) : x)) as NDArray | Scalar;
  // Python's `/` makes off and scl floats, so an integer x maps to float64.
  return r instanceof NDArray && r._dt.kind !== "f" && r._dt.kind !== "c" ? r.astype("float64") : r;
}

/** A Vandermonde-matrix function of one basis: (x, deg) -> array of shape x.shape + (deg+1,). */
export type VanderFn = (x: ArrayLike, deg: number) => NDArray;
/** An evaluation function of one basis: (x, c, tensor) -> values. */
export type ValFn = (x: ArrayLike, c: ArrayLike, tensor: boolean) => NDArray | Scalar;
/** A series product of one basis. */
export type MulFn = (c1: ArrayLike, c2: ArrayLike) => NDArray;

/** NumPy's _vander_nd_flat: the product of 1-d pseudo-Vandermonde matrices, flattened. */
export function vanderNdFlat(fs: readonly VanderFn[], points: readonly ArrayLike[], degrees: ArrayLike): NDArray {
  const degs = (Array.isArray(degrees) ? degrees : (asArray(degrees).tolist() as unknown[])) as number[];
  const n = fs.length;
  if (n !== points.length) throw new ValueError(`Expected ${n} dimensions of sample points, got ${points.length}`);
  if (n !== degs.length) throw new ValueError(`Expected ${n} dimensions of degrees, got ${degs.length}`);
  const pts = plusZero(array(points.map((p) => asArray(p)) as ArrayLike));
  let v: NDArray | undefined;
  for (let i = 0; i < n; i++) {
    const vi = fs[i]!(pts.get(i, "...") as NDArray, degs[i]!);
    const idx: (string | null)[] = ["..."];
    for (let j = 0; j < n; j++) idx.push(j === i ? ":" : null);
    const t = vi.get(...idx) as NDArray;
    v = v === undefined ? t : (multiply(v, t) as NDArray);
  }
  const shape = v!.shape;
  return v!.reshape([...shape.slice(0, shape.length - n), -1]);
}

/** NumPy's _valnd: evaluation at the points (x, y[, z]) of equal shapes. */
export function valNd(val: ValFn, c: ArrayLike, ...args: ArrayLike[]): NDArray | Scalar {
  const pts = args.map((a) => asArray(a));
  const s0 = pts[0]!.shape.join(",");
  if (!pts.every((p) => p.shape.join(",") === s0)) {
    throw new ValueError(pts.length === 3 ? "x, y, z are incompatible" : pts.length === 2 ? "x, y are incompatible" : "ordinates are incompatible");
  }
  let r = val(pts[0]!, c, true);
  for (const p of pts.slice(1)) r = val(p, r as ArrayLike, false);
  return r;
}

/** NumPy's _gridnd: evaluation on the Cartesian product of x, y[, z]. */
export function gridNd(val: ValFn, c: ArrayLike, ...args: ArrayLike[]): NDArray | Scalar {
  let r: ArrayLike = c;
  for (const x of args) r = val(x instanceof NDArray || Array.isArray(x) ? asArray(x) : x, r, true) as ArrayLike;
  return r as NDArray | Scalar;
}

/** NumPy's _fromroots: the product of the linear factors, multiplied pairwise. */
export function fromRoots(line: (off: Scalar | NDArray, scl: number) => NDArray, mul: MulFn, roots: ArrayLike): NDArray {
  if (!(roots instanceof NDArray) && !Array.isArray(roots) && !ArrayBuffer.isView(roots)) {
    throw new NumpyTypeError(`object of type '${typeof roots === "number" && !Number.isInteger(roots) ? "float" : typeof roots === "boolean" ? "bool" : typeof roots === "object" ? "complex" : "int"}' has no len()`);
  }
  if (array1(roots).size === 0) return ones(1);
  const [r] = as_series([roots], false) as [NDArray];
  const rs = sort(r) as NDArray;
  let p: NDArray[] = [];
  for (let i = 0; i < rs.shape[0]!; i++) p.push(line(negative(rs.get(i, "...")) as Scalar, 1));
  let n = p.length;
  while (n > 1) {
    const m = Math.floor(n / 2);
    const tmp: NDArray[] = [];
    for (let i = 0; i < m; i++) tmp.push(mul(p[i]!, p[i + m]!));
    if (n % 2) tmp[0] = mul(tmp[0]!, p[p.length - 1]!);
    p = tmp;
    n = m;
  }
  return p[0]!;
}

/** NumPy's _add: the sum of two series. */
export function addSeries(c1: ArrayLike, c2: ArrayLike): NDArray {
  const [a, b] = as_series([c1, c2]) as [NDArray, NDArray];
  const [long, short] = a.shape[0]! > b.shape[0]! ? [a, b] : [b, a];
  const head = long.get(`:${short.shape[0]}`) as NDArray;
  add(head, short, { out: head });
  return trimseq(long);
}

/** NumPy's _sub: the difference of two series. */
export function subSeries(c1: ArrayLike, c2: ArrayLike): NDArray {
  const [a, b] = as_series([c1, c2]) as [NDArray, NDArray];
  if (a.shape[0]! > b.shape[0]!) {
    const head = a.get(`:${b.shape[0]}`) as NDArray;
    subtract(head, b, { out: head });
    return trimseq(a);
  }
  const nb = negative(b) as NDArray;
  const head = nb.get(`:${a.shape[0]}`) as NDArray;
  add(head, a, { out: head });
  return trimseq(nb);
}

/**
 * The start every series division shares (NumPy's _div, polydiv, chebdiv): the operands as
 * series, ZeroDivisionError for a zero leading divisor, and the quotient and remainder outright
 * when the dividend is shorter or the divisor a constant.
 */
export function divisionOperands(c1: ArrayLike, c2: ArrayLike): { a: NDArray; b: NDArray; trivial: [NDArray, NDArray] | null } {
  const [a, b] = as_series([c1, c2]) as [NDArray, NDArray];
  if (isZeroItem(b.get(-1))) throw new ZeroDivisionError("");
  const zero = () => multiply(a.get(":1"), 0) as NDArray;
  if (a.shape[0]! < b.shape[0]!) return { a, b, trivial: [zero(), a] };
  if (b.shape[0] === 1) return { a, b, trivial: [divide(a, b.get(-1, "...")) as NDArray, zero()] };
  return { a, b, trivial: null };
}

/** NumPy's _div: quotient and remainder by repeated subtraction of multiples of c2. */
export function divSeries(mul: MulFn, c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray] {
  const { a, b, trivial } = divisionOperands(c1, c2);
  if (trivial) return trivial;
  const l1 = a.shape[0]!;
  const l2 = b.shape[0]!;
  const quo = zeros(l1 - l2 + 1, a._dt.name);
  let rem = a;
  for (let i = l1 - l2; i >= 0; i--) {
    const p = mul([...(new Array(i).fill(0) as number[]), 1], b);
    const q = divide(rem.get(-1, "..."), p.get(-1, "...")) as Scalar;
    rem = subtract(rem.get(":-1"), multiply(q, p.get(":-1"))) as NDArray;
    quo.set(i, q);
  }
  return [quo, trimseq(rem)];
}

/** NumPy's _pow: c**pow by repeated multiplication, checked against maxpower. */
export function powSeries(mul: MulFn, c: ArrayLike, pow: unknown, maxpower: number | null | undefined): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const power = typeof pow === "number" ? Math.trunc(pow) : typeof pow === "bigint" ? Number(pow) : typeof pow === "boolean" ? Number(pow) : NaN;
  if (Number.isNaN(power)) throw new NumpyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeof pow}'`);
  if (power !== Number(pow) || power < 0) throw new ValueError("Power must be a non-negative integer.");
  if (maxpower != null && power > maxpower) throw new ValueError("Power is too large");
  if (power === 0) return array([1], s._dt.name);
  if (power === 1) return s;
  let prd = s;
  for (let i = 2; i <= power; i++) prd = mul(prd, s);
  return prd;
}

/** The options of the basis fit functions (polyfit, chebfit, ...). */
export type FitOpts = { deg?: ArrayLike; rcond?: number | null; full?: boolean; w?: ArrayLike | null };

/** NumPy's _fit: a least-squares fit of the (column-scaled) pseudo-Vandermonde matrix. */
export function fitSeries(
  vander: VanderFn, x: ArrayLike, y: ArrayLike, degArg: ArrayLike, rcondArg?: number | null, full = false, w?: ArrayLike | null,
): NDArray | [NDArray, [NDArray, number, NDArray, number]] {
  const xa = plusZero(asArray(x));
  const ya = plusZero(asArray(y));
  const deg = asArray(degArg);
  if (deg.ndim > 1 || (deg._dt.kind !== "i" && deg._dt.kind !== "u") || deg.size === 0) {
    throw new NumpyTypeError("deg must be an int or non-empty 1-D array of int");
  }
  if (Number(amin(deg)) < 0) throw new ValueError("expected deg >= 0");
  if (xa.ndim !== 1) throw new NumpyTypeError("expected 1D vector for x");
  if (xa.size === 0) throw new NumpyTypeError("expected non-empty vector for x");
  if (ya.ndim < 1 || ya.ndim > 2) throw new NumpyTypeError("expected 1D or 2D array for y");
  if (xa.shape[0] !== ya.shape[0]) throw new NumpyTypeError("expected x and y to have same length");
  let lmax: number;
  let order: number;
  let van: NDArray;
  let degs: number[] = [];
  if (deg.ndim === 0) {
    lmax = Number(deg.item());
    order = lmax + 1;
    van = vander(xa, lmax);
  } else {
    degs = (sort(deg) as NDArray).tolist() as number[];
    lmax = degs[degs.length - 1]!;
    order = degs.length;
    van = vander(xa, lmax).get(":", degs) as NDArray;
  }
  let lhs = van.T;
  let rhs = ya.T;
  if (w != null) {
    const wa = plusZero(asArray(w));
    if (wa.ndim !== 1) throw new NumpyTypeError("expected 1D vector for w");
    if (xa.shape[0] !== wa.shape[0]) throw new NumpyTypeError("expected x and w to have same length");
    lhs = multiply(lhs, wa) as NDArray;
    rhs = multiply(rhs, wa) as NDArray;
  }
  const rcond = rcondArg ?? xa.shape[0]! * (finfo(xa._dt.name).eps as number);
  const sq = lhs._dt.kind === "c" ? add(square(lhs.real), square(lhs.imag)) : square(lhs);
  const scl = (sqrt(sum(sq as NDArray, 1)) as NDArray).copy();
  scl.set(equal(scl, 0) as NDArray, 1);
  const [c0, resids, rank, s] = lstsq((divide(lhs.T, scl) as NDArray), rhs.T, rcond);
  let c = (divide(c0.T, scl) as NDArray).T;
  if (deg.ndim > 0) {
    const cc = c.ndim === 2 ? zeros([lmax + 1, c.shape[1]!], c._dt.name) : zeros(lmax + 1, c._dt.name);
    cc.set(degs, c);
    c = cc;
  }
  if (rank !== order && !full) warn("The fit may be poorly conditioned", "RankWarning");
  if (full) return [c, [resids, rank, s, rcond]];
  return c;
}
