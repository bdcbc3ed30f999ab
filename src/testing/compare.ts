/**
 * The engine of np.testing's array assertions, as NumPy's assert_array_compare and
 * build_err_msg: shapes must agree (or one side is 0-d), NaNs and infinities must sit at the same
 * places (and infinities have the same sign), then `comparison` must hold for every other
 * element; a failure throws an AssertionError whose message is NumPy's, character for
 * character: the mismatch count, the first five mismatched indices, the largest absolute and
 * relative differences and the repr of both arrays.
 */
import { FLOAT64 } from "../core/dtype.js";
import { NDArray } from "../core/ndarray.js";
import { num, pyFormat } from "../io/printf.js";
import type { ArrayLike } from "../core/coerce.js";
import { isComplexScalar } from "../core/scalar.js";
import { pyFloatRepr, pyItemRepr, type Element } from "../print/formatters.js";
import { array2string, array_repr } from "../print/arrayprint.js";
import { asArray } from "../api/creation.js";
import { uf } from "../ufunc/ufunc.js";
import { errstate } from "../ufunc/errstate.js";
import { all, any, max, sum } from "../api/reductions.js";
import { argwhere } from "../api/indexing.js";
import { broadcast_arrays } from "../api/broadcasting.js";
import { shapeRepr } from "../core/shape.js";

/** Python's AssertionError: what every np.testing assertion throws on failure. */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssertionError";
  }
}

/**
 * Python's repr of a value that is not an ndarray (a JS number is a Python int when integral,
 * else a float, as the README's number rule reads it).
 */
export function pyRepr(v: unknown): string {
  if (v instanceof NDArray) return array_repr(v);
  if (typeof v === "number") return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : pyFloatRepr(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "bigint") return String(v);
  if (typeof v === "string") {
    // Python's str repr: single quotes unless the text has ' and no ", escapes for \\ \n \r \t.
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const esc = v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    return q + (q === "'" ? esc.replace(/'/g, "\\'") : esc) + q;
  }
  if (v === null || v === undefined) return "None";
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (isComplexScalar(v)) return pyItemRepr(v, "c");
  if (typeof v === "function") return `<function ${v.name || "<lambda>"}>`;
  return `{${Object.entries(v as object).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(", ")}}`;
}

export interface MessageOptions {
  header?: string;
  verbose?: boolean;
  names?: readonly [string, string];
  precision?: number;
}

/**
 * NumPy's build_err_msg: the header (with a short err_msg on the same line), then each value's
 * repr (ndarrays at `precision`), cut after three lines.
 * @example buildErrMsg([1, 2], "") // "\nItems are not equal:\n ACTUAL: 1\n DESIRED: 2"
 */
export function buildErrMsg(values: readonly unknown[], errMsg: string, o: MessageOptions = {}): string {
  const header = o.header ?? "Items are not equal:";
  const names = o.names ?? ["ACTUAL", "DESIRED"];
  const msg = ["\n" + header];
  if (errMsg) {
    if (!errMsg.includes("\n") && errMsg.length < 79 - header.length) msg[0] += " " + errMsg;
    else msg.push(errMsg);
  }
  if (o.verbose ?? true) {
    values.forEach((v, i) => {
      let r = v instanceof NDArray ? array_repr(v, { precision: o.precision ?? 8 }) : pyRepr(v);
      const lines = r.split("\n");
      if (lines.length > 4) r = lines.slice(0, 3).join("\n") + "...";
      msg.push(` ${names[i]}: ${r}`);
    });
  }
  return msg.join("\n");
}

export interface CompareOptions {
  errMsg: string;
  verbose: boolean;
  header: string;
  precision?: number;
  equalNan?: boolean;
  equalInf?: boolean;
  strict?: boolean;
  names?: readonly [string, string];
}

/** The maximum as a 0-d array of the input's dtype (what NumPy's max of an array gives). */
function largest(a: NDArray): NDArray {
  return asArray(max(a, { keepdims: true })).reshape([]);
}

/**
 * The element of `a` at index `p` (or `a` itself when 0-d) as NumPy's f-string shows it: a
 * float32 through Python's float (all float64 digits), every float with Python's repr.
 */
function elementStr(a: NDArray, p: readonly number[]): string {
  // Read through the byte address so int64/uint64 beyond 2^53 keep every digit (as bigints).
  const addr = a.ndim === 0 ? a._ptr : p.reduce((acc, i, k) => acc + i * a.strides[k]!, a._ptr);
  return pyItemRepr(a._read(addr, true) as Element, a._dt.kind);
}

/**
 * NumPy's assert_array_compare: throws an AssertionError with NumPy's message unless
 * `comparison(x, y)` holds elementwise (after the NaN and inf checks).
 */
export function assertArrayCompare(comparison: (x: NDArray, y: NDArray) => NDArray, actual: ArrayLike, desired: ArrayLike, o: CompareOptions): void {
  const ox = asArray(actual);
  const oy = asArray(desired);
  const names = o.names ?? ["ACTUAL", "DESIRED"];
  const precision = o.precision ?? 6;
  const fail = (msg: string, x: NDArray = ox, y: NDArray = oy): never => {
    throw new AssertionError(buildErrMsg([x, y], msg, { verbose: o.verbose, header: o.header, names, precision }));
  };
  const sameShape = ox.shape.length === oy.shape.length && ox.shape.every((d, i) => d === oy.shape[i]);
  if (o.strict ? !sameShape || ox.dtype !== oy.dtype : !(ox.ndim === 0 || oy.ndim === 0 || sameShape)) {
    fail(o.errMsg + (sameShape ? `\n(dtypes ${ox.dtype}, ${oy.dtype} mismatch)` : `\n(shapes ${shapeRepr(ox.shape)}, ${shapeRepr(oy.shape)} mismatch)`));
  }
  errstate({ all: "ignore" }, () => compareValues(comparison, ox, oy, o, names, fail));
}

type Flag = NDArray | boolean;

function compareValues(
  comparison: (x: NDArray, y: NDArray) => NDArray,
  ox: NDArray,
  oy: NDArray,
  o: CompareOptions,
  names: readonly [string, string],
  fail: (msg: string, x?: NDArray, y?: NDArray) => never,
): void {
  // func_assert_same_pos: the flagged places must agree; a 0-d side gives its one flag.
  const samePlaces = (flagOf: (v: NDArray) => NDArray, what: string): Flag => {
    const fx = flagOf(ox);
    const fy = flagOf(oy);
    if (any(uf("not_equal", fx, fy)) === true) fail(o.errMsg + `\n${what} location mismatch:`);
    if (fx.ndim === 0) return fx.item() as boolean;
    if (fy.ndim === 0) return fy.item() as boolean;
    return fy;
  };
  let flagged: Flag = false;
  if (o.equalNan ?? true) flagged = samePlaces((v) => uf("isnan", v), "nan");
  if (o.equalInf ?? true) {
    const nanFlags = flagged;
    const infs = samePlaces((v) => uf("logical_and", uf("isinf", v), uf("logical_not", nanFlags)), "inf");
    if (infs instanceof NDArray ? any(infs) === true : infs) {
      const [xs, ys] = infs instanceof NDArray && ox.ndim > 0 && oy.ndim > 0 ? [ox.get(infs) as NDArray, oy.get(infs) as NDArray] : [ox, oy];
      if (any(uf("not_equal", xs, ys)) === true) fail(o.errMsg + "\ninf values mismatch:", xs, ys);
    }
    flagged = flagged instanceof NDArray || infs instanceof NDArray ? uf("logical_or", flagged, infs) : flagged || infs;
  }
  let x = ox;
  let y = oy;
  if (flagged instanceof NDArray && flagged.ndim > 0) {
    const keep = uf("logical_not", flagged);
    x = x.get(keep) as NDArray;
    y = y.get(keep) as NDArray;
    if (x.size === 0) return;
  } else if (flagged === true || (flagged instanceof NDArray && flagged.item() === true)) {
    return;
  }
  const val = asArray(comparison(x, y));
  if (all(val) === true) return;
  const invalids = uf("logical_not", val);
  const nMismatch = val.size - Number(sum(val, { dtype: "int64" }));
  const nElements = flagged instanceof NDArray && flagged.ndim > 0 ? flagged.size : val.size;
  const remarks = [`Mismatched elements: ${nMismatch} / ${nElements} (${pyFormat("%.3g", [num(FLOAT64, (100 * nMismatch) / nElements)])}%)`];
  if (invalids.ndim !== 0) {
    const at = flagged instanceof NDArray && flagged.ndim > 0 ? (argwhere(uf("logical_not", flagged)).get(invalids) as NDArray) : argwhere(invalids);
    const positions = (at.tolist() as number[][]).slice(0, 5);
    const lines = positions.map((p) => ` [${p.join(", ")}]: ${elementStr(ox, p)} (${names[0]}), ${elementStr(oy, p)} (${names[1]})`).join("\n");
    const count = at.shape[0]!;
    remarks.push(`${count === 1 ? "Mismatch at index" : count <= 5 ? "Mismatch at indices" : "First 5 mismatches are at indices"}:\n${lines}`);
  }
  // NumPy's TypeErrors are suppressed: booleans cannot be subtracted, and for 0-d unsigned
  // operands np.minimum(error, error2, out=error) rejects the scalar out; no differences then.
  if (x._dt.kind !== "b" && y._dt.kind !== "b" && !(x._dt.kind === "u" && x.ndim === 0 && y.ndim === 0)) {
    // 0-d operands are taken as 1-element arrays so every ufunc result stays an NDArray of
    // the promoted dtype (a ufunc of 0-d arrays gives a JS scalar).
    const x1 = x.ndim === 0 ? x.reshape([1]) : x;
    const y1 = y.ndim === 0 ? y.reshape([1]) : y;
    const bad = asArray(invalids).ndim === 0 ? asArray(uf("logical_not", asArray(val).reshape([1]))) : invalids;
    const [xb, yb, badB] = broadcast_arrays(x1, y1, bad) as [NDArray, NDArray, NDArray];
    let error = uf("absolute", uf("subtract", xb, yb)) as NDArray;
    if (x._dt.kind === "u") error = uf("minimum", error, uf("absolute", uf("subtract", yb, xb))) as NDArray;
    remarks.push("Max absolute difference among violations: " + array2string(largest(error.get(badB) as NDArray)));
    const nonzeroInvalid = uf("logical_and", badB, uf("not_equal", yb, 0)) as NDArray;
    const maxRel = any(nonzeroInvalid) !== true ? asArray(Infinity) : largest(uf("divide", error.get(nonzeroInvalid), uf("absolute", yb.get(nonzeroInvalid))) as NDArray);
    remarks.push("Max relative difference among violations: " + array2string(maxRel));
  }
  fail(o.errMsg + "\n" + remarks.join("\n"));
}
