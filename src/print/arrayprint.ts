/**
 * NumPy's array printing (numpy/_core/arrayprint.py): str() and repr() of arrays and the
 * public np.array2string, np.array_str, np.array_repr, character for character: summarisation
 * past the threshold, line wrapping, blank lines between blocks, `dtype=` and `shape=` extras.
 * Only the elements that will be shown are read and formatted, so printing a huge array costs
 * about as much as printing its corners.
 *
 * @example
 * String(np.array([[1, 2], [3, 4]])) // "[[1 2]\n [3 4]]"
 * np.array_repr(np.array([1, 2], {dtype: "int8"})) // "array([1, 2], dtype=int8)"
 * np.array2string(np.array([1e-16, 1, 2, 3]), {precision: 2, separator: ",", suppress_small: true}) // "[0.,1.,2.,3.]"
 */
import { bindArgs, type Args, takeRequired } from "../core/args.js";
import { NumpyTypeError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { Complex } from "../core/scalar.js";
import { asArray } from "../api/creation.js";
import type { ArrayLike } from "../core/coerce.js";
import {
  boolFormat,
  complexFormat,
  floatingFormat,
  integerFormat,
  pyItemRepr,
  scalarStr,
  type Element,
  type FormatOptions,
} from "./formatters.js";
import {
  currentOptions,
  makeOptions,
  type FloatMode,
  type Formatter,
  type LegacyMode,
  type ResolvedOptions,
  type SignMode,
} from "./options.js";

type Fmt = (x: Element) => string;

/** A JS scalar as a user's formatter receives it (as item() gives it). */
function itemValue(x: Element): unknown {
  if (typeof x === "bigint") return x >= -(2n ** 53n) && x <= 2n ** 53n ? Number(x) : x;
  return x;
}

const FORMATTER_KEY: Record<string, string> = { b: "bool", i: "int", u: "int", f: "float", c: "complexfloat" };
const FORMATTER_GROUP: Record<string, string> = { i: "int_kind", u: "int_kind", f: "float_kind", c: "complex_kind" };

/** The user's formatter for a dtype kind, as NumPy's _get_formatdict resolves it. */
function userFormat(kind: string, formatter: Formatter | null): Fmt | null {
  if (formatter == null) return null;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(formatter, k) && formatter[k] != null;
  let f: ((x: never) => string) | null = null;
  if (has("all")) f = formatter.all!;
  const group = FORMATTER_GROUP[kind];
  if (group !== undefined && has(group)) f = formatter[group]!;
  const key = FORMATTER_KEY[kind]!;
  if (has(key)) f = formatter[key]!;
  if (f === null) return null;
  const fn = f as (x: unknown) => unknown;
  if (typeof fn !== "function") throw new NumpyTypeError(`'${typeof fn}' object is not callable`);
  return (x: Element) => {
    const s = fn(itemValue(x));
    if (typeof s !== "string") throw new NumpyTypeError(`formatter for '${key}' must return a string, got ${typeof s}`);
    return s;
  };
}

/** The element addresses of `a` that will be printed, in C order (NumPy's _leading_trailing). */
function shownAddresses(a: NDArray, summarise: boolean, edge: number): number[] {
  const out: number[] = [];
  const nd = a.ndim;
  const walk = (d: number, ptr: number): void => {
    if (d === nd) {
      out.push(ptr);
      return;
    }
    const n = a.shape[d]!;
    const s = a.strides[d]!;
    if (summarise && n > 2 * edge) {
      for (let i = 0; i < edge; i++) walk(d + 1, ptr + i * s);
      // a[-0:] is the whole axis, as in NumPy.
      for (let i = edge === 0 ? 0 : n - edge; i < n; i++) walk(d + 1, ptr + i * s);
    } else for (let i = 0; i < n; i++) walk(d + 1, ptr + i * s);
  };
  walk(0, a._ptr);
  return out;
}

/** NumPy's _get_format_function for ndts's dtypes, built from the shown elements. */
function formatFunction(a: NDArray, data: Element[], o: FormatOptions): Fmt {
  const kind = a._dt.kind;
  const user = userFormat(kind, o.formatter);
  if (user) return user;
  const single = a._dt.name === "float32" || a._dt.name === "complex64";
  switch (kind) {
    case "b":
      return boolFormat(a.ndim === 0) as Fmt;
    case "i":
    case "u":
      return integerFormat(data as (number | bigint)[], o.sign) as Fmt;
    case "f":
      return floatingFormat(data as number[], single, o) as Fmt;
    default: {
      const zs = data as Complex[];
      return complexFormat(
        zs.map((z) => z.re),
        zs.map((z) => z.im),
        single,
        o,
      ) as Fmt;
    }
  }
}

function extendLine(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): [string, string] {
  let needsWrap = line.length + word.length > lineWidth;
  // Don't wrap lines if it won't help (not in NumPy 1.13).
  if (legacy > 113 && line.length <= nextLinePrefix.length) needsWrap = false;
  if (needsWrap) {
    s += line.trimEnd() + "\n";
    line = nextLinePrefix;
  }
  return [s, line + word];
}

/** Python's str.splitlines (without keepends). */
function splitLines(s: string): string[] {
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** NumPy's _extendLine_pretty: a word that spans several lines keeps its own alignment. */
function extendLinePretty(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string, legacy: number): [string, string] {
  const words = splitLines(word);
  if (words.length <= 1 || legacy <= 113) return extendLine(s, line, word, lineWidth, nextLinePrefix, legacy);
  const maxLen = Math.max(...words.map((w) => w.length));
  let indent: string;
  if (line.length + maxLen > lineWidth && line.length > nextLinePrefix.length) {
    s += line.trimEnd() + "\n";
    line = nextLinePrefix + words[0];
    indent = nextLinePrefix;
  } else {
    indent = " ".repeat(line.length);
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += line.trimEnd() + "\n";
    line = indent + w;
  }
  return [s, line + " ".repeat(maxLen - words[words.length - 1]!.length)];
}

/** NumPy's _formatArray (with legacy='1.13''s wrapping rules when `legacy` <= 113). */
function formatArray(
  a: NDArray,
  fmt: Fmt,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edgeItems: number,
  summaryInsert: string,
  legacy: number,
): string {
  const l113 = legacy <= 113;
  const nd = a.ndim;
  const sepTrim = separator.trimEnd();
  const recurse = (axis: number, ptr: number, hanging: string, width: number): string => {
    const axesLeft = nd - axis;
    if (axesLeft === 0) return fmt(a._read(ptr, true) as Element);
    const nextHanging = hanging + " ";
    const nextWidth = l113 ? width : width - 1;
    const n = a.shape[axis]!;
    const st = a.strides[axis]!;
    const showSummary = summaryInsert !== "" && 2 * edgeItems < n;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : n;
    const at = (i: number) => ptr + i * st;
    let s = "";
    if (axesLeft === 1) {
      let elemWidth = width - (l113 ? sepTrim.length : Math.max(sepTrim.length, 1));
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLinePretty(s, line, recurse(axis + 1, at(i), nextHanging, nextWidth), elemWidth, hanging, legacy);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hanging, legacy);
        line += l113 ? ", " : separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLinePretty(s, line, recurse(axis + 1, at(n - i), nextHanging, nextWidth), elemWidth, hanging, legacy);
        line += separator;
      }
      // NumPy 1.13 did not count the separator's width for the last element.
      if (l113) elemWidth = width;
      [s, line] = extendLinePretty(s, line, recurse(axis + 1, at(n - 1), nextHanging, nextWidth), elemWidth, hanging, legacy);
      s += line;
    } else {
      const lineSep = sepTrim + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hanging + recurse(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      // NumPy 1.13: a trailing space, one newline and a fixed separator after the '...' row.
      if (showSummary) s += hanging + summaryInsert + (l113 ? ", \n" : lineSep);
      for (let i = trailing; i > 1; i--) s += hanging + recurse(axis + 1, at(n - i), nextHanging, nextWidth) + lineSep;
      s += hanging + recurse(axis + 1, at(n - 1), nextHanging, nextWidth);
    }
    return "[" + s.slice(hanging.length) + "]";
  };
  return recurse(0, a._ptr, nextLinePrefix, lineWidth);
}

/** NumPy's _array2string: the array (size > 0) with merged options. */
function array2stringImpl(a: NDArray, o: ResolvedOptions, separator: string, prefix: string): string {
  const summarise = a.size > o.threshold;
  const addrs = shownAddresses(a, summarise, o.edgeitems);
  const data = addrs.map((p) => a._read(p, true) as Element);
  const fmt = formatFunction(a, data, o);
  const nextLinePrefix = " " + " ".repeat(prefix.length);
  return formatArray(a, fmt, o.linewidth, nextLinePrefix, separator, o.edgeitems, summarise ? "..." : "", o.legacy);
}

/** Keyword options of np.array2string (NumPy 2: keyword-only after `prefix`). */
export interface Array2StringOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
  separator?: string;
  prefix?: string;
  formatter?: Formatter | null;
  threshold?: number | null;
  edgeitems?: number | null;
  sign?: SignMode | null;
  floatmode?: FloatMode | null;
  suffix?: string;
  legacy?: LegacyMode | null;
}

const A2S_PARAMS = ["max_line_width", "precision", "suppress_small", "separator", "prefix"] as const;
const A2S_KW = ["formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix", "legacy"] as const;

/**
 * A string representation of an array (NumPy's array2string): `max_line_width`, `precision`,
 * `suppress_small`, `separator`, `prefix` positionally, and `formatter`, `threshold`,
 * `edgeitems`, `sign`, `floatmode`, `suffix`, `legacy` by name. `formatter` maps 'bool', 'int',
 * 'float', 'complexfloat', 'all', 'int_kind', 'float_kind', 'complex_kind' to functions that
 * receive the element as a JS scalar and return a string.
 * @example
 * np.array2string(np.array([1e-16, 1, 2, 3]), {precision: 2, separator: ",", suppress_small: true}) // "[0.,1.,2.,3.]"
 * np.array2string(np.arange(3), {formatter: {int: (x) => "0x" + x.toString(16)}}) // "[0x0 0x1 0x2]"
 */
export function array2string(
  a: ArrayLike,
  ...rest: Args<[number, number, boolean, string, string], Array2StringOptions>
): string {
  [a, ...rest] = takeRequired("array2string", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const v = bindArgs("array2string", A2S_PARAMS, rest, A2S_KW);
  const [maxLineWidth, precision, suppressSmall, separator, prefix, formatter, threshold, edgeitems, sign, floatmode, suffix, legacy] = v as [
    number | null | undefined,
    number | null | undefined,
    boolean | null | undefined,
    string | undefined,
    string | undefined,
    Formatter | null | undefined,
    number | null | undefined,
    number | null | undefined,
    SignMode | null | undefined,
    FloatMode | null | undefined,
    string | undefined,
    LegacyMode | null | undefined,
  ];
  const arr = asArray(a);
  const overrides = makeOptions({
    precision,
    threshold,
    edgeitems,
    linewidth: maxLineWidth,
    suppress: suppressSmall,
    sign,
    formatter,
    floatmode,
    legacy,
  });
  const o: ResolvedOptions = { ...currentOptions(), ...overrides };
  // NumPy 1.13 printed a 0-d array as the repr of its item.
  if (o.legacy <= 113 && arr.ndim === 0) return pyItemRepr(arr._read(arr._ptr, true) as Element, arr._dt.kind);
  if (o.legacy > 113) o.linewidth -= (suffix ?? "").length;
  if (arr.size === 0) return "[]";
  return array2stringImpl(arr, o, separator ?? " ", prefix ?? "");
}

/** Python's repr of a shape tuple. */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** dtypes whose repr needs no `dtype=` (NumPy's _typelessdata on Linux). */
const IMPLIED = new Set(["int64", "float64", "complex128", "bool"]);

const STR_PARAMS = ["max_line_width", "precision", "suppress_small"] as const;

/** Options of np.array_repr / np.array_str. */
export interface ArrayReprOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
}

/**
 * The string representation of an array, as NumPy's repr (array_repr): "array(...)" with
 * `shape=` and `dtype=` when they cannot be read from the values.
 * @example
 * np.array_repr(np.array([1, 2])) // "array([1, 2])"
 * np.array_repr(np.array([], {dtype: "int32"})) // "array([], dtype=int32)"
 * np.array_repr(np.array([1e-6, 4e-7, 2, 3]), {precision: 6, suppress_small: true}) // "array([0.000001, 0.      , 2.      , 3.      ])"
 */
export function array_repr(arr: ArrayLike, ...rest: Args<[number, number, boolean], ArrayReprOptions>): string {
  [arr, ...rest] = takeRequired("array_repr", ["arr"], [arr, ...rest]) as [typeof arr, ...typeof rest];
  const [maxLineWidth, precision, suppressSmall] = bindArgs("array_repr", STR_PARAMS, rest) as [
    number | null | undefined,
    number | null | undefined,
    boolean | null | undefined,
  ];
  const a = asArray(arr);
  const cur = currentOptions();
  if (cur.override_repr) return cur.override_repr(a);
  const width = maxLineWidth ?? cur.linewidth;
  const prefix = "array(";
  const legacy113 = cur.legacy <= 113;
  const lst =
    legacy113 && a.ndim === 0
      ? pyItemRepr(a._read(a._ptr, true) as Element, a._dt.kind)
      : array2string(a, width, precision, suppressSmall, ", ", prefix, { suffix: ")" });
  const extras: string[] = [];
  const size = a.size;
  if ((size === 0 && !(a.ndim === 1 && a.shape[0] === 0)) || (cur.legacy > 210 && size > cur.threshold)) {
    extras.push(`shape=${shapeRepr(a.shape)}`);
  }
  // NumPy 1.13 named the bool dtype too.
  if (!IMPLIED.has(a.dtype) || size === 0 || (legacy113 && a.dtype === "bool")) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + lst + ")";
  const arrStr = prefix + lst + ",";
  const extraStr = extras.join(", ") + ")";
  const lastLineLen = arrStr.length - (arrStr.lastIndexOf("\n") + 1);
  const spacer = !legacy113 && lastLineLen + extraStr.length + 1 > width ? "\n" + " ".repeat(prefix.length) : " ";
  return arrStr + spacer + extraStr;
}

/**
 * The string representation of the data of an array, as NumPy's str (array_str). A 0-d array
 * prints as its scalar does.
 * @example np.array_str(np.arange(3)) // "[0 1 2]"
 */
export function array_str(a: ArrayLike, ...rest: Args<[number, number, boolean], ArrayReprOptions>): string {
  [a, ...rest] = takeRequired("array_str", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const [maxLineWidth, precision, suppressSmall] = bindArgs("array_str", STR_PARAMS, rest) as [
    number | null | undefined,
    number | null | undefined,
    boolean | null | undefined,
  ];
  const arr = asArray(a);
  if (arr.ndim === 0) {
    const dt = arr._dt;
    if (currentOptions().legacy <= 113) return pyItemRepr(arr._read(arr._ptr, true) as Element, dt.kind);
    return scalarStr(arr._read(arr._ptr, true) as Element, dt.kind, dt.name === "float32" || dt.name === "complex64");
  }
  return array2string(arr, maxLineWidth, precision, suppressSmall, " ", "");
}

/** NumPy's str(a): what NDArray.toString() returns. */
export function arrayStr(a: NDArray): string {
  return array_str(a);
}

/** NumPy's repr(a): what Node's util.inspect / console.log show. */
export function arrayRepr(a: NDArray): string {
  return array_repr(a);
}
