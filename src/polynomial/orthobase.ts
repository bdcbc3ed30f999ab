/**
 * The argument handling and loops shared by NumPy's orthogonal-basis modules (legendre, ...):
 * each module supplies the recurrence of one step (NumPy's loop body) and gets the public
 * function with NumPy's checks and messages (derivatives, integrals, evaluation, Vandermonde
 * matrices, roots from a companion matrix).
 * @example const legder = makeDer("legder", (c, n, der) => { ... });
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { eigvals } from "../linalg/eig.js";
import { array, asArray, empty } from "../api/creation.js";
import { moveaxis } from "../api/manipulation.js";
import { all } from "../api/reductions.js";
import { sort } from "../api/sorting.js";
import { add, equal, multiply, subtract } from "../ufunc/index.js";
import { array1, as_series, asInt, iop, normalizeAxis, plusZero } from "./polyutils.js";

/** `c[j]` along the first axis, as a (0-d for 1-d c) view. */
export function at(c: NDArray, j: number): NDArray {
  return c.get(j, "...") as NDArray;
}

function coefCopy(c: ArrayLike): NDArray {
  const a = array1(c);
  return a._dt.kind === "f" || a._dt.kind === "c" ? a.copy() : a.astype("float64");
}

function nonScalar(x: unknown): boolean {
  return x instanceof NDArray ? x.ndim !== 0 : Array.isArray(x) || ArrayBuffer.isView(x);
}

type DerFn = (c: ArrayLike, ...rest: Args<[number, Scalar, number], { m?: number; scl?: Scalar; axis?: number }>) => NDArray;
type IntFn = (
  c: ArrayLike, ...rest: Args<[number, ArrayLike, Scalar, Scalar, number], { m?: number; k?: ArrayLike; lbnd?: Scalar; scl?: Scalar; axis?: number }>
) => NDArray;
type ValFn = (x: ArrayLike, c: ArrayLike, ...rest: Args<[boolean], { tensor?: boolean }>) => NDArray | Scalar;

/** NumPy's xxxder: `step(c, n, der)` fills der (length n) from c (length n + 1, scaled; may be changed). */
export function makeDer(name: string, step: (c: NDArray, n: number, der: NDArray) => void): DerFn {
  return (c, ...rest) => {
    const [m = 1, scl = 1, axis = 0] = bindArgs(name, ["m", "scl", "axis"], rest) as [number?, Scalar?, number?];
    let a = coefCopy(c);
    const cnt = asInt(m, "the order of derivation");
    const iaxis0 = asInt(axis, "the axis");
    if (cnt < 0) throw new ValueError("The order of derivation must be non-negative");
    const iaxis = normalizeAxis(iaxis0, a.ndim);
    if (cnt === 0) return a;
    a = moveaxis(a, iaxis, 0) as NDArray;
    let n = a.shape[0]!;
    if (cnt >= n) return moveaxis(multiply(a.get(":1"), 0) as NDArray, 0, iaxis) as NDArray;
    for (let i = 0; i < cnt; i++) {
      n -= 1;
      iop(multiply, a, scl);
      const der = empty([n, ...a.shape.slice(1)], a._dt.name);
      step(a, n, der);
      a = der;
    }
    return moveaxis(a, 0, iaxis) as NDArray;
  };
}

/** NumPy's xxxint: `step(c, n, tmp)` fills tmp (length n + 1) from c (length n, scaled). */
export function makeInt(name: string, step: (c: NDArray, n: number, tmp: NDArray) => void, val: () => ValFn): IntFn {
  return (c, ...rest) => {
    const [m = 1, kArg = [], lbnd = 0, scl = 1, axis = 0] = bindArgs(name, ["m", "k", "lbnd", "scl", "axis"], rest) as [
      number?, ArrayLike?, Scalar?, Scalar?, number?,
    ];
    let a = coefCopy(c);
    const k: ArrayLike[] = nonScalar(kArg) ? (kArg instanceof NDArray ? (kArg.tolist() as ArrayLike[]) : [...(kArg as ArrayLike[])]) : [kArg];
    const cnt = asInt(m, "the order of integration");
    const iaxis0 = asInt(axis, "the axis");
    if (cnt < 0) throw new ValueError("The order of integration must be non-negative");
    if (k.length > cnt) throw new ValueError("Too many integration constants");
    if (nonScalar(lbnd)) throw new ValueError("lbnd must be a scalar.");
    if (nonScalar(scl)) throw new ValueError("scl must be a scalar.");
    const iaxis = normalizeAxis(iaxis0, a.ndim);
    if (cnt === 0) return a;
    a = moveaxis(a, iaxis, 0) as NDArray;
    while (k.length < cnt) k.push(0);
    for (let i = 0; i < cnt; i++) {
      const n = a.shape[0]!;
      iop(multiply, a, scl);
      if (n === 1 && all(equal(at(a, 0), 0))) {
        iop(add, at(a, 0), k[i]!);
        continue;
      }
      const tmp = empty([n + 1, ...a.shape.slice(1)], a._dt.name);
      step(a, n, tmp);
      iop(add, at(tmp, 0), subtract(k[i]!, val()(lbnd, tmp)) as NDArray);
      a = tmp;
    }
    return moveaxis(a, 0, iaxis) as NDArray;
  };
}

/**
 * NumPy's xxxval: `body(c, x)` runs the recursion on c (at least 2-d, the series on axis 0) and
 * returns the values; a 1-d series at a scalar point comes back as a scalar.
 */
export function makeVal(name: string, body: (c: NDArray, x: ArrayLike) => NDArray): ValFn {
  return (x, c, ...rest) => {
    const [tensor = true] = bindArgs(name, ["tensor"], rest) as [boolean?];
    let a = plusZero(array1(c));
    const xs: ArrayLike = Array.isArray(x) ? asArray(x) : x;
    if (xs instanceof NDArray && tensor) a = a.reshape([...a.shape, ...new Array(xs.ndim).fill(1)]);
    const scalarResult = a.ndim === 1;
    if (scalarResult) a = a.reshape([a.shape[0]!, 1]);
    const r = body(a, xs);
    return scalarResult ? (r.get(0) as Scalar) : r;
  };
}

/** NumPy's xxxvander: `step(v, i, x)` sets v[i] (i >= 2) from v[i-1], v[i-2]; `v1(x)` is v[1]. */
export function makeVander(step: (v: NDArray, i: number, x: NDArray) => NDArray, v1: (x: NDArray) => NDArray): (x: ArrayLike, deg: number) => NDArray {
  return (x, deg) => {
    const ideg = asInt(deg, "deg");
    if (ideg < 0) throw new ValueError("deg must be non-negative");
    const xa = plusZero(array1(x));
    const v = empty([ideg + 1, ...xa.shape], xa._dt.name);
    v.set(0, add(multiply(xa, 0), 1) as NDArray);
    if (ideg > 0) {
      v.set(1, v1(xa));
      for (let i = 2; i <= ideg; i++) v.set(i, step(v, i, xa));
    }
    return moveaxis(v, 0, -1) as NDArray;
  };
}

/** NumPy's xxxroots: sorted eigenvalues of the reversed companion matrix; `lin(c0, c1)` for degree 1. */
export function makeRoots(companion: (c: NDArray) => NDArray, lin: (c0: NDArray, c1: NDArray) => Scalar): (c: ArrayLike) => NDArray {
  return (c) => {
    const [s] = as_series([c]) as [NDArray];
    const len = s.shape[0]!;
    if (len < 2) return array([], s._dt.name);
    if (len === 2) return array([lin(at(s, 0), at(s, 1))], s._dt.name);
    return sort(eigvals(companion(s).get("::-1", "::-1") as NDArray) as NDArray) as NDArray;
  };
}

/**
 * NumPy's product of two series by the recurrence of the basis (legmul, hermmul, ...):
 * `step(c0, c1, ci, nd)` returns the next [c0, c1]; `finish(c0, c1)` the product.
 */
export function makeMul(
  step: (c0: NDArray, c1: NDArray, ci: NDArray, nd: number) => [NDArray, NDArray],
  finish: (c0: NDArray, c1: NDArray | number) => NDArray,
): (c1: ArrayLike, c2: ArrayLike) => NDArray {
  return (a1, a2) => {
    const [s1, s2] = as_series([a1, a2]) as [NDArray, NDArray];
    const [c, xs] = s1.shape[0]! > s2.shape[0]! ? [s2, s1] : [s1, s2];
    const len = c.shape[0]!;
    if (len === 1) return finish(multiply(at(c, 0), xs) as NDArray, 0);
    if (len === 2) return finish(multiply(at(c, 0), xs) as NDArray, multiply(at(c, 1), xs) as NDArray);
    let nd = len;
    let c0 = multiply(at(c, len - 2), xs) as NDArray;
    let c1 = multiply(at(c, len - 1), xs) as NDArray;
    for (let i = 3; i <= len; i++) {
      nd -= 1;
      [c0, c1] = step(c0, c1, multiply(at(c, len - i), xs) as NDArray, nd);
    }
    return finish(c0, c1);
  };
}
