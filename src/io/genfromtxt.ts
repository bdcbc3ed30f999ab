/**
 * np.genfromtxt for one numeric dtype: NumPy's line splitting (a delimiter string, whitespace,
 * or fixed widths), missing and unparsable fields replaced by filling values, rows with the
 * wrong number of columns reported (or skipped), header and footer lines skipped.
 *
 * @example
 * np.genfromtxt(["1,,3", "4,5,6"], {delimiter: ","}).tolist() // [[1, NaN, 3], [4, 5, 6]]
 */
import { atleast_1d, atleast_2d, squeeze } from "../api/manipulation.js";
import { bindArgs, type Args } from "../core/args.js";
import { BOOL, COMPLEX128, FLOAT64, INT64, intRange, type DType, type DTypeLike } from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import { fromValues, type Parsed } from "./elements.js";
import { checkNonnegInt, textDType } from "./loadtxt.js";
import { castValue, sourceLines, type TextSource } from "./textread.js";

type GenOpts = {
  dtype?: DTypeLike | null;
  comments?: string | null;
  delimiter?: string | number | number[] | null;
  skip_header?: number;
  skip_footer?: number;
  converters?: Record<number, (field: string) => unknown> | null;
  missing_values?: string | string[] | Record<number, string | string[]> | null;
  filling_values?: number | boolean | bigint | (number | null)[] | Record<number, number> | null;
  usecols?: number | number[] | null;
  names?: unknown;
  excludelist?: unknown;
  deletechars?: unknown;
  replace_space?: unknown;
  autostrip?: boolean;
  case_sensitive?: unknown;
  defaultfmt?: unknown;
  unpack?: boolean | null;
  usemask?: boolean;
  loose?: boolean;
  invalid_raise?: boolean;
  max_rows?: number | null;
  encoding?: string | null;
  ndmin?: number;
  like?: unknown;
};

const PARAMS = [
  "dtype", "comments", "delimiter", "skip_header", "skip_footer", "converters", "missing_values", "filling_values", "usecols", "names",
  "excludelist", "deletechars", "replace_space", "autostrip", "case_sensitive", "defaultfmt", "unpack", "usemask", "loose", "invalid_raise",
  "max_rows", "encoding",
];

/** NumPy's LineSplitter: comments cut, line stripped, then split by the delimiter kind. */
function lineSplitter(delimiter: string | number | number[] | null | undefined, comments: string | null, autostrip: boolean): (line: string) => string[] {
  const cut = (line: string): string => (comments === null ? line : line.split(comments)[0]!);
  let split: (line: string) => string[];
  if (delimiter === null || delimiter === undefined || delimiter === "" || typeof delimiter === "string") {
    const d = delimiter || null;
    split = (line) => {
      const s = cut(line).replace(/^[ \r\n]+|[ \r\n]+$/g, "");
      if (s === "") return [];
      return d === null ? s.split(/\s+/).filter((x) => x !== "") : s.split(d);
    };
  } else {
    const widths = typeof delimiter === "number" ? null : [...delimiter];
    if (widths === null && !(Number.isInteger(delimiter) && (delimiter as number) > 0)) {
      throw new NumpyTypeError(`delimiter must be a string, an int or a sequence of ints (got ${String(delimiter)})`);
    }
    split = (line) => {
      const s = cut(line).replace(/^[\r\n]+|[\r\n]+$/g, "");
      if (s === "") return [];
      const out: string[] = [];
      if (widths === null) for (let i = 0; i < s.length; i += delimiter as number) out.push(s.slice(i, i + (delimiter as number)));
      else for (let i = 0, at = 0; i < widths.length; at += widths[i]!, i++) out.push(s.slice(at, at + widths[i]!));
      return out;
    };
  }
  return autostrip ? (line) => split(line).map((f) => f.trim()) : split;
}

const PY_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/;
const PY_COMPLEX_PART = String.raw`(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf|infinity|nan)`;
const PY_IMAG = new RegExp(String.raw`^([+-]?(?:${PY_COMPLEX_PART})?)j$`);
const PY_BOTH = new RegExp(String.raw`^([+-]?${PY_COMPLEX_PART})([+-](?:${PY_COMPLEX_PART})?)j$`);

/** Python's float(s), or undefined where it raises ValueError. */
function pyFloat(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  if (!PY_FLOAT.test(t)) return undefined;
  const body = t.replace(/^[+-]/, "");
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return t[0] === "-" ? -Infinity : Infinity;
  return Number(t.replace(/_/g, ""));
}

/** Python's complex(s), or undefined: "1+2j", "(1-2j)", "2j", "j", "3". */
function pyComplex(s: string): { re: number; im: number } | undefined {
  let t = s.trim().toLowerCase();
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1).trim();
  const imag = (x: string): number => (x === "" || x === "+" || x === "-" ? (x === "-" ? -1 : 1) : pyFloat(x)!);
  const re = pyFloat(t);
  if (re !== undefined) return { re, im: 0 };
  let m = PY_IMAG.exec(t);
  if (m) return { re: 0, im: imag(m[1]!) };
  m = PY_BOTH.exec(t);
  if (m) return { re: pyFloat(m[1]!)!, im: imag(m[2]!) };
  return undefined;
}

/** NumPy's StringConverter function for a dtype: str2bool, int, float or complex. */
function convertFn(dt: DType): (s: string) => Parsed | undefined {
  if (dt.kind === "b") return (s) => (s.toUpperCase() === "TRUE" ? true : s.toUpperCase() === "FALSE" ? false : undefined);
  if (dt.kind === "i" || dt.kind === "u") return (s) => (/^\s*[+-]?\d(?:_?\d)*\s*$/.test(s) ? BigInt(s.trim().replace(/_/g, "")) : undefined);
  if (dt.kind === "f") return pyFloat;
  return pyComplex;
}

const UPGRADES = [BOOL, INT64, FLOAT64, COMPLEX128];

/**
 * The type NumPy's StringConverter settles on for a column: [dtype, checked], where a column
 * whose fields were all missing while still bool is not "checked" (it does not vote).
 */
function inferColumn(fields: readonly string[], missing: readonly string[]): [DType, boolean] {
  let status = 0;
  for (;;) {
    const dt = UPGRADES[status]!;
    const fn = convertFn(dt);
    let checked = true;
    let failed = false;
    for (const f of fields) {
      const v = fn(f);
      const [lo, hi] = dt === INT64 ? intRange(INT64) : [0n, 0n];
      if (v !== undefined && !(typeof v === "bigint" && (v < lo || v > hi))) continue;
      if (missing.includes(f.trim())) {
        if (status === 0) checked = false;
        continue;
      }
      failed = true;
      break;
    }
    if (!failed) return [dt, checked];
    if (++status === UPGRADES.length) throw new NotImplementedError("ndts's genfromtxt with dtype=None reads numbers only (a column holds text or long doubles)");
  }
}

/** The value of `v` in an array of `dt`, as np.array(data, dtype) stores a Python value. */
function store(v: unknown, dt: DType): Parsed {
  // An integral JS number is a Python int: out of range for an integer dtype is an error.
  const int = typeof v === "bigint" ? v : typeof v === "number" && Number.isInteger(v) ? BigInt(v) : undefined;
  if (int !== undefined && (dt.kind === "i" || dt.kind === "u")) {
    const [lo, hi] = intRange(dt);
    if (int < lo || int > hi) throw new OverflowError(`Python integer ${int} out of bounds for ${dt.name}`);
  }
  return castValue(v, dt);
}

/**
 * Loads numbers from text with missing values handled, as `numpy.genfromtxt(fname,
 * dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, converters=None,
 * missing_values=None, filling_values=None, usecols=None, ..., autostrip=False, unpack=None,
 * usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None, *, ndmin=0)`
 * for one numeric dtype. Missing or unparsable fields become the filling value (NaN for
 * floats, -1 for integers). `dtype=None` infers one type for all columns (bool, int64, float64
 * or complex128); columns of different types, `names` and `usemask` (structured and masked
 * results) are NotImplementedError.
 * @example
 * np.genfromtxt(["a b", "1 2", "3"], {skip_header: 1, invalid_raise: false}).tolist() // [1, 2]
 */
export function genfromtxt(fname: TextSource, ...rest: Args<[DTypeLike | null, string | null, string | number | number[] | null, number, number], GenOpts>): NDArray {
  const v = bindArgs("genfromtxt", PARAMS, rest, ["ndmin", "like"]) as unknown[];
  const o = Object.fromEntries([...PARAMS, "ndmin"].map((k, i) => [k, v[i]])) as GenOpts;
  if (o.names !== undefined && o.names !== null && o.names !== false) throw new NotImplementedError("ndts has no structured arrays: genfromtxt's names is not supported");
  if (o.usemask) throw new NotImplementedError("ndts has no masked arrays: genfromtxt's usemask is not supported");
  const infer = o.dtype === null;
  if (infer && o.converters) throw new NotImplementedError("ndts's genfromtxt with dtype=None takes no converters");
  let dt = infer ? FLOAT64 : textDType(o.dtype);
  const ndmin = o.ndmin ?? 0;
  if (ndmin !== 0 && ndmin !== 1 && ndmin !== 2) throw new ValueError(`Illegal value of ndmin keyword: ${ndmin}`);
  let skipFooter = o.skip_footer ?? 0;
  const maxRows = o.max_rows ?? null;
  if (maxRows !== null) {
    if (skipFooter) throw new ValueError("The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.");
    if (maxRows < 1) throw new ValueError("'max_rows' must be at least 1.");
  }
  const userConv = o.converters ?? {};
  if (typeof userConv !== "object") throw new NumpyTypeError(`The input argument 'converter' should be a valid dictionary (got '${typeof userConv}' instead)`);
  const split = lineSplitter(o.delimiter, o.comments === undefined ? "#" : o.comments, o.autostrip ?? false);
  const skipHeader = checkNonnegInt(o.skip_header ?? 0);
  const { lines, name } = sourceLines("genfromtxt", fname, o.encoding);

  let first = skipHeader;
  let firstValues: string[] = [];
  for (; first < lines.length && firstValues.length === 0; first++) firstValues = split(lines[first]!);
  first--;
  if (firstValues.length === 0) warn(`genfromtxt: Empty input file: "${name}"`, "UserWarning");
  let usecols: number[] | null = o.usecols === null || o.usecols === undefined ? null : typeof o.usecols === "number" ? [o.usecols] : [...o.usecols];
  if (usecols !== null && usecols.length === 0) usecols = null;
  const nbcols = usecols?.length ?? firstValues.length;
  if (usecols !== null) usecols = usecols.map((c) => (c < 0 ? c + firstValues.length : c));
  const where = (key: number): number => (usecols !== null && usecols.includes(key) ? usecols.indexOf(key) : key);

  // Missing values per column (always ''), filling values per column (null: the dtype's default).
  const missing: string[][] = Array.from({ length: nbcols }, () => [""]);
  const mv = o.missing_values;
  if (typeof mv === "string") missing.forEach((m) => m.push(...mv.split(",")));
  else if (Array.isArray(mv)) mv.forEach((x, i) => i < nbcols && !missing[i]!.includes(String(x)) && missing[i]!.push(String(x)));
  else if (mv !== null && mv !== undefined) {
    for (const [k, x] of Object.entries(mv)) missing[where(Number(k))]?.push(...(Array.isArray(x) ? x.map(String) : [String(x)]));
  }
  let filling: unknown[] = new Array<unknown>(nbcols).fill(null);
  const fv = o.filling_values;
  if (Array.isArray(fv)) filling = fv.length <= nbcols ? [...fv, ...filling.slice(fv.length)] : fv.slice(0, nbcols);
  else if (typeof fv === "object" && fv !== null) for (const [k, x] of Object.entries(fv)) filling[where(Number(k))] = x;
  else if (fv !== null && fv !== undefined) filling = new Array<unknown>(nbcols).fill(fv);

  const rows: string[][] = [];
  const invalid: [number, number][] = [];
  for (let li = first; li < lines.length && firstValues.length > 0; li++) {
    let values = split(lines[li]!);
    if (values.length === 0) continue;
    const line = li - first + skipHeader + 1;
    if (usecols !== null) {
      if (usecols.some((c) => c < 0 || c >= values.length)) {
        invalid.push([line, values.length]);
        continue;
      }
      values = usecols.map((c) => values[c]!);
    } else if (values.length !== nbcols) {
      invalid.push([line, values.length]);
      continue;
    }
    rows.push(values);
    if (rows.length === maxRows) break;
  }
  // dtype=None: each column's type is the first of bool, int, float, complex that parses all of
  // its fields (NumPy's StringConverter.iterupgrade, footer rows included); one result dtype only.
  let kinds: DType[] = [];
  if (infer) {
    const checked: boolean[] = [];
    kinds = Array.from({ length: nbcols }, (_, i) => {
      const [kind, ok] = inferColumn(rows.map((r) => r[i]!), missing[i]!);
      checked.push(ok);
      return kind;
    });
    const base = new Set(kinds.filter((_, i) => checked[i]));
    if (base.size !== 1) throw new NotImplementedError("ndts has no structured arrays: genfromtxt's dtype=None found columns of different types");
    dt = [...base][0]!;
  } else {
    kinds = new Array<DType>(nbcols).fill(dt);
  }
  const fns: ((s: string) => unknown)[] = kinds.map((k) => convertFn(k));
  const defaults = kinds.map((k, i) => filling[i] ?? (k.kind === "b" ? false : k.kind === "f" ? NaN : k.kind === "c" ? { re: NaN, im: 0 } : -1n));
  for (const [k, f] of Object.entries(userConv)) {
    const i = where(Number(k));
    if (i >= 0 && i < nbcols) fns[i] = f;
  }
  if (invalid.length > 0) {
    let bad = invalid;
    if (skipFooter > 0) {
      const nbrows = rows.length + invalid.length - skipFooter;
      const skipped = invalid.filter(([i]) => i > nbrows + skipHeader).length;
      bad = invalid.slice(0, invalid.length - skipped);
      skipFooter -= skipped;
    }
    if (bad.length > 0) {
      const msg = ["Some errors were detected !", ...bad.map(([i, nb]) => `    Line #${i} (got ${nb} columns instead of ${nbcols})`)].join("\n");
      if (o.invalid_raise ?? true) throw new ValueError(msg);
      warn(msg, "ConversionWarning");
    }
  }
  const kept = skipFooter > 0 ? rows.slice(0, Math.max(0, rows.length - skipFooter)) : rows;
  const loose = o.loose ?? true;
  const values: Parsed[] = [];
  for (const row of kept) {
    row.forEach((field, i) => {
      let x: unknown;
      try {
        x = fns[i]!(field);
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        x = undefined;
      }
      if (x === undefined) {
        if (!loose && !missing[i]!.includes(field.trim())) throw new ValueError(`Cannot convert string '${field}'`);
        x = defaults[i];
      }
      values.push(store(x, dt));
    });
  }
  let arr = fromValues(dt, kept.length === 0 ? [0] : [kept.length, nbcols], values);
  if (arr.ndim > ndmin) arr = squeeze(arr);
  if (arr.ndim < ndmin) arr = ndmin === 1 ? (atleast_1d(arr) as NDArray) : (atleast_2d(arr) as NDArray).T;
  return o.unpack ? arr.T : arr;
}
