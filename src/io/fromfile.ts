/**
 * np.fromfile and ndarray.tofile: raw binary data (sep='') or numbers as text separated by
 * `sep`, as NumPy's numpy/_core/src/multiarray (PyArray_FromFile, PyArray_ToFile).
 *
 * @example
 * const bytes = np.arange(3, {dtype: "int16"}).tofile(null); // Uint8Array [0, 0, 1, 0, 2, 0]
 * np.fromfile(bytes, "int16").tolist()                     // [0, 1, 2]
 */
import { bindArgs, type Args } from "../core/args.js";
import { FLOAT64, INT64, UINT64, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { pyItemRepr } from "../print/formatters.js";
import { cElements, fromValues, type Parsed } from "./elements.js";
import { textDType } from "./loadtxt.js";
import { isPath, nodeFs, pathText } from "./node.js";
import { pyFormat, type PyNum } from "./printf.js";
import { asBytes, isReadable, isWritable, type ReadableLike, type WritableLike } from "./reader.js";

/** What np.fromfile reads: a path (Node), bytes, or an object with read(). */
export type BinarySource = string | URL | Uint8Array | ArrayBufferLike | ArrayBufferView | ReadableLike;

function readAll(fn: string, file: BinarySource): Uint8Array {
  if (isPath(file)) return nodeFs(fn).readFileSync(pathText(file));
  if (isReadable(file)) {
    const raw = file.read();
    if (typeof raw === "string") return new TextEncoder().encode(raw);
    const b = asBytes(raw ?? new Uint8Array(0));
    if (b === undefined) throw new NumpyTypeError("read() should return bytes");
    return b;
  }
  const b = asBytes(file);
  if (b === undefined) throw new NumpyTypeError(`expected str, bytes or os.PathLike object, not ${typeof file}`);
  return b;
}

const FLOAT_AT = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/iy;
const INT_AT = /[+-]?\d+/y;
const NUM = String.raw`(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)`;
const COMPLEX_AT = new RegExp(String.raw`[+-]?${NUM}(?:[+-]${NUM}j)?j?`, "iy");

function numberAt(text: string, at: number, dt: DType): [Parsed, number] | undefined {
  const re = dt.kind === "f" ? FLOAT_AT : dt.kind === "c" ? COMPLEX_AT : INT_AT;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const t = m[0].toLowerCase();
  const flt = (s: string): number => {
    const body = s.replace(/^[+-]/, "");
    if (body.startsWith("nan")) return NaN;
    if (body.startsWith("inf")) return s[0] === "-" ? -Infinity : Infinity;
    return Number(s);
  };
  let v: Parsed;
  if (dt.kind === "f") v = dt.itemsize === 4 ? Math.fround(flt(t)) : flt(t);
  else if (dt.kind === "c") {
    if (!t.endsWith("j")) v = { re: flt(t), im: 0 };
    else {
      const body = t.slice(0, -1);
      let k = body.length - 1;
      while (k > 0 && !((body[k] === "+" || body[k] === "-") && body[k - 1] !== "e")) k--;
      v = k > 0 ? { re: flt(body.slice(0, k)), im: flt(body.slice(k)) } : { re: 0, im: flt(body) };
    }
  } else {
    const big = BigInt(t);
    v = dt.kind === "b" ? big !== 0n : dt.big ? BigInt[dt.kind === "u" ? "asUintN" : "asIntN"](64, big) : Number(big);
  }
  return [v, at + m[0].length];
}

/** Matches the separator after any whitespace at `at`: whitespace in it matches any run of whitespace (or none). */
function sepAt(text: string, at: number, sep: string): number | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  for (const c of sep) {
    if (/\s/.test(c)) while (i < text.length && /\s/.test(text[i]!)) i++;
    else if (text[i] === c) i++;
    else return undefined;
  }
  return i;
}

function unmatched(): never {
  throw new ValueError("string or file could not be read to its end due to unmatched data");
}

/**
 * Reads an array from a binary or text file, as `numpy.fromfile(file, dtype=float, count=-1,
 * sep='', offset=0, *, like=None)`. `file` is a path (Node), bytes, or an object with read().
 * With sep='' the bytes are the raw data (native byte order); otherwise numbers are read as
 * text between separators.
 * @example np.fromfile(new Uint8Array([1, 0, 2, 0]), "uint16").tolist() // [1, 2]
 */
export function fromfile(file: BinarySource, ...rest: Args<[DTypeLike, number, string, number], { dtype?: DTypeLike; count?: number; sep?: string; offset?: number; like?: unknown }>): NDArray {
  const [dtype, countArg, sepArg, offsetArg] = bindArgs("fromfile", ["dtype", "count", "sep", "offset"], rest, ["like"]) as [DTypeLike | undefined, number | undefined, string | undefined, number | undefined];
  const dt = textDType(dtype);
  const count = countArg ?? -1;
  const sep = sepArg ?? "";
  const offset = offsetArg ?? 0;
  if (offset !== 0 && sep !== "") throw new NumpyTypeError("'offset' argument only permitted for binary files");
  const all = readAll("fromfile", file);
  if (sep === "") {
    const avail = Math.floor((all.length - offset) / dt.itemsize);
    if (avail < 0) throw new ValueError("negative dimensions are not allowed");
    const n = count < 0 ? avail : Math.min(count, avail);
    const out = fromValues(dt, [n], []);
    out._storage.region.bytes().set(all.subarray(offset, offset + n * dt.itemsize), out._ptr);
    return out;
  }
  return fromText(new TextDecoder().decode(all.subarray(offset)), dt, count, sep);
}

/** The numbers of `text` separated by `sep` (NumPy's text mode of fromfile and fromstring). */
function fromText(text: string, dt: DType, count: number, sep: string): NDArray {
  const values: Parsed[] = [];
  let at = 0;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  while (at < text.length && values.length !== count) {
    const got = numberAt(text, at, dt);
    if (got === undefined) unmatched();
    values.push(got[0]);
    at = got[1];
    const next = sepAt(text, at, sep);
    if (next === undefined) {
      if (/^\s*$/.test(text.slice(at))) break;
      unmatched();
    }
    at = next;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return fromValues(dt, [values.length], values);
}

/**
 * A 1-d array from numbers written in a string, as `numpy.fromstring(string, dtype=float,
 * count=-1, *, sep, like=None)`. `sep` separates the numbers (whitespace in it matches any run
 * of whitespace); the binary mode (sep='') was removed from NumPy, as here.
 * @example np.fromstring("1, 2, 3", "int64", {sep: ","}).tolist() // [1, 2, 3]
 */
export function fromstring(
  string: string | Uint8Array,
  ...rest: Args<[DTypeLike, number], { dtype?: DTypeLike; count?: number; sep?: string; like?: unknown }>
): NDArray {
  const [dtype, countArg, sep] = bindArgs("fromstring", ["dtype", "count"], rest, ["sep", "like"]) as [DTypeLike | undefined, number | undefined, string | undefined];
  const text = typeof string === "string" ? string : asBytes(string) !== undefined ? new TextDecoder().decode(asBytes(string)) : undefined;
  if (text === undefined) throw new NumpyTypeError(`a bytes-like object is required, not '${typeof string}'`);
  if (sep == null || sep === "") throw new ValueError("The binary mode of fromstring is removed, use frombuffer instead");
  return fromText(text, textDType(dtype), countArg ?? -1, sep);
}

/** Python's item() of each element: floats widened to Python floats, ints and bools as Python's. */
function pyItems(a: NDArray): PyNum[] {
  return cElements(a).map((x) => ({ dt: x.dt.kind === "f" ? FLOAT64 : x.dt.kind === "u" ? UINT64 : x.dt.kind === "i" ? INT64 : x.dt, v: x.v, py: true }));
}

/**
 * NumPy's `ndarray.tofile(fid, sep='', format='%s')`: the elements in C order, as raw bytes
 * (sep='') or as text, each formatted with `format` (Python's % on the item) and joined by
 * `sep`. `fid` is a path (Node), an object with write(), or null; what was written is returned.
 * @example np.array([1.5, 2]).tofile(null, ",", "%.1f") // "1.5,2.0"
 */
export function tofile(a: NDArray, fid: string | URL | WritableLike | { write(s: string): unknown } | null, ...rest: Args<[string, string], { sep?: string; format?: string }>): Uint8Array | string {
  const [sepArg, formatArg] = bindArgs("tofile", ["sep", "format"], rest) as [string | undefined, string | undefined];
  const sep = sepArg ?? "";
  const format = formatArg ?? "%s";
  let out: Uint8Array | string;
  if (sep === "") out = a.tobytes();
  else if (a._dt.kind === "c") {
    const m = /^%(-?\d*)[sr]$/.exec(format);
    if (!m) throw new NumpyTypeError("must be real number, not complex");
    const items = cElements(a);
    const texts: string[] = [];
    for (let i = 0; i < items.length; i += 2) {
      const s = pyItemRepr({ re: items[i]!.v as number, im: items[i + 1]!.v as number }, "c");
      const w = Number(m[1] || "0");
      texts.push(w < 0 ? s.padEnd(-w) : s.padStart(w));
    }
    out = texts.join(sep);
  } else out = pyItems(a).map((x) => pyFormat(format, [x])).join(sep);
  if (fid !== null && fid !== undefined) {
    if (isPath(fid)) nodeFs("tofile").writeFileSync(pathText(fid), out);
    else if (isWritable(fid)) (fid as { write(x: Uint8Array | string): unknown }).write(out);
    else throw new NumpyTypeError("file must be a path or an object with write()");
  }
  return out;
}

declare module "../core/ndarray.js" {
  interface NDArray {
    /**
     * NumPy's `a.tofile(fid, sep='', format='%s')`: writes the elements as raw bytes or text;
     * returns what was written (bytes, or the text when sep is given).
     * @example np.arange(2, {dtype: "uint8"}).tofile(null) // Uint8Array [0, 1]
     */
    tofile(fid: string | URL | WritableLike | { write(s: string): unknown } | null, ...rest: Args<[string, string], { sep?: string; format?: string }>): Uint8Array | string;
  }
}

Object.defineProperty(NDArray.prototype, "tofile", {
  value: function (this: NDArray, fid: string | URL | WritableLike | null, ...rest: Args<[string, string], { sep?: string; format?: string }>) {
    return tofile(this, fid, ...rest);
  },
  writable: true,
  configurable: true,
});
