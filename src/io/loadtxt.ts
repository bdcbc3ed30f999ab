/**
 * np.loadtxt: a table of numbers from text, with NumPy 2's parsing rules and messages.
 *
 * @example
 * np.loadtxt(["1 2", "3 4"]).tolist()                    // [[1, 2], [3, 4]]
 * np.loadtxt(["a,b", "1,2"], {delimiter: ",", skiprows: 1, dtype: "int32"}).tolist() // [1, 2]
 */
import { atleast_1d, atleast_2d, squeeze } from "../api/manipulation.js";
import { bindArgs, type Args } from "../core/args.js";
import { FLOAT64, resolveDType, type DType, type DTypeLike } from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import { fromValues, type Parsed } from "./elements.js";
import { pyRepr, pyStrRepr, PyTuple } from "./pyliteral.js";
import { castValue, parseField, sourceLines, splitFields, type TextSource } from "./textread.js";

/** A converter: one function for every column, or functions by column index. */
export type Converters = ((field: string) => unknown) | Record<number, (field: string) => unknown> | Map<number, (field: string) => unknown>;

type LoadtxtOpts = {
  dtype?: DTypeLike | null;
  comments?: string | string[] | null;
  delimiter?: string | null;
  converters?: Converters | null;
  skiprows?: number;
  usecols?: number | number[] | null;
  unpack?: boolean;
  ndmin?: number;
  encoding?: string | null;
  max_rows?: number | null;
  quotechar?: string | null;
  like?: unknown;
};

/** np.dtype(x) for the text readers: dtypes ndts has no storage for are NotImplementedError. */
export function textDType(dtype: DTypeLike | null | undefined): DType {
  if (dtype === null || dtype === undefined) return FLOAT64;
  if (typeof dtype === "string" && dtype.includes(",")) throw new NotImplementedError(`ndts cannot read structured dtypes ('${dtype}')`);
  try {
    return resolveDType(dtype);
  } catch (e) {
    if (e instanceof NumpyTypeError && /not supported by ndts/.test(e.message)) throw new NotImplementedError(e.message);
    throw e;
  }
}

export function checkNonnegInt(value: unknown, name = "argument"): number {
  if (typeof value === "bigint") value = Number(value);
  if (typeof value !== "number" || !Number.isInteger(value)) throw new NumpyTypeError(`${name} must be an integer`);
  if (value < 0) throw new ValueError(`${name} must be nonnegative`);
  return value;
}

/** A control character (delimiter, quotechar): one character, not a newline. */
function controlChar(name: string, x: string | null | undefined): string | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== "string" || [...x].length !== 1) {
    throw new NumpyTypeError(`Text reading control character must be a single unicode character or None; but got: ${typeof x === "string" ? pyStrRepr(x) : String(x)}`);
  }
  if (x === "\n" || x === "\r") throw new NumpyTypeError(`control character '${name}' cannot be a newline (\`\\r\` or \`\\n\`).`);
  return x;
}

/**
 * The converter of each result column (NumPy's create_conv_funcs): a callable serves every
 * column; a dict's keys are matched against `usecols` as given (unused keys ignored), or else
 * are column numbers of the first row (negative from the end, out of range refused).
 */
function convertersByColumn(conv: Converters | null | undefined, nfields: number, usecols: readonly number[] | null): ((field: string) => unknown)[] | null {
  if (conv === null || conv === undefined) return null;
  if (typeof conv === "function") return new Array<(field: string) => unknown>(nfields).fill(conv);
  if (typeof conv !== "object") throw new NumpyTypeError("converters must be a dictionary mapping columns to converter functions or a single callable.");
  const entries: [number, unknown][] = conv instanceof Map ? [...conv] : Object.entries(conv).map(([k, f]) => [Number(k), f]);
  const out = new Array<(field: string) => unknown>(nfields);
  for (const [key, f] of entries) {
    if (!Number.isInteger(key)) throw new NumpyTypeError(`keys of the converters dictionary must be integers; got ${String(key)}`);
    let col = key;
    if (usecols !== null) {
      col = usecols.indexOf(key);
      if (col < 0) continue;
    } else {
      if (key < -nfields || key >= nfields) throw new ValueError(`converter specified for column ${key}, which is invalid for the number of fields ${nfields}.`);
      if (key < 0) col += nfields;
    }
    if (typeof f !== "function") throw new NumpyTypeError(`values of the converters dictionary must be callable, but the value associated with key ${key} is not`);
    out[col] = f as (field: string) => unknown;
  }
  return out;
}

/**
 * Loads numbers from a text file, as `numpy.loadtxt(fname, dtype=float, comments='#',
 * delimiter=None, converters=None, skiprows=0, usecols=None, unpack=False, ndmin=0,
 * encoding=None, max_rows=None, *, quotechar=None, like=None)`. `fname` is a path (Node), a
 * list (or any iterable) of lines, or an object whose read() returns the text. Converters are
 * JS functions from the field's text to a value.
 * @example
 * np.loadtxt(["1 2 3", "4 5 6"], {usecols: [0, 2], dtype: "int64"}).tolist() // [[1, 3], [4, 6]]
 */
export function loadtxt(
  fname: TextSource,
  ...rest: Args<[DTypeLike, string | string[] | null, string | null, Converters | null, number, number | number[] | null, boolean, number, string | null, number | null], LoadtxtOpts>
): NDArray {
  const [dtype, commentsArg, delimiterArg, converters, skiprowsArg, usecolsArg, unpack, ndminArg, encoding, maxRowsArg, quotechar] = bindArgs(
    "loadtxt",
    ["dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin", "encoding", "max_rows"],
    rest,
    ["quotechar", "like"],
  ) as [DTypeLike | null | undefined, string | string[] | null | undefined, string | null | undefined, Converters | null | undefined, number | undefined, number | number[] | null | undefined, boolean | undefined, number | undefined, string | null | undefined, number | null | undefined, string | null | undefined];
  const dt = textDType(dtype);
  const ndmin = ndminArg ?? 0;
  if (ndmin !== 0 && ndmin !== 1 && ndmin !== 2) throw new ValueError(`Illegal value of ndmin keyword: ${ndmin}`);
  const delimiter = controlChar("delimiter", delimiterArg);
  const quote = controlChar("quotechar", quotechar);
  let comments = commentsArg === undefined ? ["#"] : commentsArg === null ? [] : typeof commentsArg === "string" ? [commentsArg] : [...commentsArg];
  if (comments.includes("")) throw new ValueError("comments cannot be an empty string. Use comments=None to disable comments.");
  let comment: string | null = null;
  if (comments.length === 1 && [...comments[0]!].length === 1) {
    comment = comments[0]!;
    comments = [];
    if (comment === delimiter) throw new NumpyTypeError("The values for control characters 'comment' and 'delimiter' are incompatible");
  } else if (comments.length > 1 && delimiter !== null && comments.includes(delimiter)) {
    throw new NumpyTypeError(`Comment characters '${pyRepr(new PyTuple(comments))}' cannot include the delimiter '${delimiter}'`);
  }
  if (comments.length > 0 && quote !== null) {
    throw new ValueError(
      "when multiple comments or a multi-character comment is given, quotes are not supported.  In this case quotechar must be set to None.",
    );
  }
  const skiprows = checkNonnegInt(skiprowsArg ?? 0);
  const maxRows = maxRowsArg === null || maxRowsArg === undefined ? -1 : checkNonnegInt(maxRowsArg);
  let usecols: number[] | null = null;
  if (usecolsArg !== null && usecolsArg !== undefined) {
    usecols = typeof usecolsArg === "number" || typeof usecolsArg === "bigint" ? [Number(usecolsArg)] : [...usecolsArg];
    const bad = usecols.find((c) => typeof c !== "number" || !Number.isInteger(c));
    if (bad !== undefined) throw new NumpyTypeError(`usecols must be an int or a sequence of ints but it contains at least one element of type '${typeof bad === "number" ? "float" : typeof bad}'`);
  }

  const { lines, name } = sourceLines("loadtxt", fname, encoding);
  const split = { delimiter, comment, quote };
  const values: Parsed[] = [];
  let ncols = -1;
  let nrows = 0;
  let conv: ReturnType<typeof convertersByColumn> = null;
  let warnedEmpty = false; // NumPy's empty-line warning under max_rows, once per call
  for (let li = skiprows; li < lines.length && nrows !== maxRows; li++) {
    let line = lines[li]!;
    for (const c of comments) {
      const k = line.indexOf(c);
      if (k >= 0) line = line.slice(0, k);
    }
    const fields = splitFields(line, split);
    if (fields.length === 0) {
      if (maxRows >= 0 && !warnedEmpty) {
        warnedEmpty = true;
        warn(
          `Input line ${li + 1} contained no data and will not be counted towards \`max_rows=${maxRows}\`.  This differs from the behaviour in NumPy <=1.22 which counted lines rather than rows.  If desired, the previous behaviour can be achieved by using \`itertools.islice\`.\nPlease see the 1.23 release notes for an example on how to do this.  If you wish to ignore this warning, use \`warnings.filterwarnings\`.  This warning is expected to be removed in the future and is given only once per \`loadtxt\` call.`,
          "UserWarning",
        );
      }
      continue;
    }
    if (ncols < 0) {
      ncols = fields.length;
      conv = convertersByColumn(converters, usecols?.length ?? ncols, usecols);
    }
    let picked: number[];
    if (usecols === null) {
      if (fields.length !== ncols) {
        throw new ValueError(`the number of columns changed from ${ncols} to ${fields.length} at row ${nrows + 1}; use \`usecols\` to select a subset and avoid this error`);
      }
      picked = fields.map((_, i) => i);
    } else {
      picked = usecols.map((c) => {
        const k = c < 0 ? c + fields.length : c;
        if (k < 0 || k >= fields.length) throw new ValueError(`invalid column index ${c} at row ${nrows + 1} with ${fields.length} columns`);
        return k;
      });
    }
    for (const [j, k] of picked.entries()) {
      const f = conv?.[j];
      const v = f !== undefined ? castValue(f(fields[k]!), dt) : parseField(fields[k]!, dt);
      if (v === undefined) throw new ValueError(`could not convert string ${pyStrRepr(fields[k]!).slice(0, 100)} to ${dt.name} at row ${nrows}, column ${k + 1}.`);
      values.push(v);
    }
    nrows++;
  }
  const width = usecols !== null ? usecols.length : Math.max(ncols, 1);
  let arr = fromValues(dt, [nrows, nrows === 0 && usecols === null ? 1 : width], values);
  if (arr.ndim > ndmin) arr = squeeze(arr);
  if (arr.ndim < ndmin) arr = ndmin === 1 ? (atleast_1d(arr) as NDArray) : (atleast_2d(arr) as NDArray).T;
  if (arr.shape.length > 0 && arr.shape[0] === 0) warn(`loadtxt: input contained no data: "${name}"`, "UserWarning");
  return unpack ? arr.T : arr;
}
