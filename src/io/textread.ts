/**
 * The pieces of NumPy's text reader (numpy/_core/src/multiarray/textreading) that np.loadtxt
 * and np.genfromtxt share: getting the lines of a source, splitting a line into fields
 * (whitespace or one delimiter character, quotes, a comment character), and parsing a field
 * as a number of a dtype with NumPy's rules and messages.
 *
 * @example
 * splitFields("1, 2 # c", {delimiter: ",", comment: "#", quote: null}) // ["1", " 2 "]
 * parseField(" 2 ", INT64) // 2n
 */
import type { DType } from "../core/dtype.js";
import { intRange } from "../core/dtype.js";
import { FileNotFoundError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { Parsed } from "./elements.js";
import { isPath, nodeFs, pathText } from "./node.js";
import { asBytes, isReadable } from "./reader.js";
import { pyStrRepr } from "./pyliteral.js";
import { compressionOf, gunzip } from "./gzip.js";

/** What np.loadtxt reads: a path (Node), a list or iterable of lines, or an object with read(). */
export type TextSource = string | URL | Iterable<string> | { read(): string | Uint8Array | ArrayBuffer };

function decode(bytes: Uint8Array, encoding: string | null | undefined): string {
  const enc = (encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
  if (enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1") {
    let s = "";
    for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
  }
  return new TextDecoder(enc === "bytes" ? "utf-8" : enc).decode(bytes);
}

/** The lines of a text source (line ends removed), and a name for messages. */
export function sourceLines(fn: string, src: TextSource, encoding: string | null | undefined): { lines: string[]; name: string } {
  if (isPath(src)) {
    const name = pathText(src);
    let raw: Uint8Array;
    try {
      raw = nodeFs(fn).readFileSync(name);
    } catch (e) {
      // NumPy's _datasource words a missing file so.
      if (e instanceof FileNotFoundError) throw new FileNotFoundError(`${name} not found.`);
      throw e;
    }
    // NumPy's _datasource opens "*.gz" names through gzip.
    return { lines: splitLines(decode(compressionOf(name) === "gz" ? gunzip(raw) : raw, encoding)), name };
  }
  if (isReadable(src)) {
    const raw = (src as { read(): unknown }).read();
    const bytes = typeof raw === "string" ? undefined : asBytes(raw);
    if (typeof raw !== "string" && bytes === undefined) throw new NumpyTypeError("read() should return a string or bytes");
    // Messages name the object as str(file) would: its own toString(), if it has one.
    const own = (src as object).toString !== Object.prototype.toString;
    return { lines: splitLines(typeof raw === "string" ? raw : decode(bytes!, encoding)), name: own ? String(src) : "<file-like object>" };
  }
  if (typeof src === "object" && src !== null && Symbol.iterator in src) {
    const lines: string[] = [];
    for (const item of src as Iterable<unknown>) {
      if (typeof item !== "string") throw new NumpyTypeError(`non-string object in the lines of ${fn}(): ${typeof item}`);
      const line = item.replace(/(\r\n|\r|\n)$/, "");
      if (/[\r\n]/.test(line)) throw new ValueError("Found an unquoted embedded newline within a single line of input.  This is currently not supported.");
      lines.push(line);
    }
    // Messages name a list as str(list) would in Python.
    return { lines, name: Array.isArray(src) ? `[${(src as string[]).map(pyStrRepr).join(", ")}]` : "<list of lines>" };
  }
  throw new ValueError(`fname must be a string, filehandle, list of strings,\nor generator. Got ${typeof src} instead.`);
}

/** Splits text at \n, \r\n and \r; a final line end does not start an empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export interface SplitOptions {
  /** One character, or null for runs of whitespace. */
  delimiter: string | null;
  /** One comment character, or null (longer comments are removed before splitting). */
  comment: string | null;
  quote: string | null;
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\f" || c === "\v";

/**
 * The fields of one line; an empty array for a line that holds no data (empty, or only
 * whitespace with the whitespace delimiter), which readers skip.
 */
export function splitFields(line: string, o: SplitOptions): string[] {
  const fields: string[] = [];
  const ws = o.delimiter === null;
  let i = 0;
  const n = line.length;
  if (ws) while (i < n && isSpace(line[i]!)) i++;
  if (i >= n || line[i] === o.comment) return fields;
  for (;;) {
    let field = "";
    if (o.quote !== null && line[i] === o.quote) {
      i++;
      for (;;) {
        if (i >= n) throw new ValueError("Found an unquoted embedded newline within a single line of input.  This is currently not supported.");
        if (line[i] === o.quote) {
          if (line[i + 1] === o.quote) {
            field += o.quote;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
    }
    while (i < n && line[i] !== o.comment && (ws ? !isSpace(line[i]!) : line[i] !== o.delimiter)) field += line[i++];
    fields.push(field);
    if (i >= n || line[i] === o.comment) return fields;
    if (ws) {
      while (i < n && isSpace(line[i]!)) i++;
      if (i >= n || line[i] === o.comment) return fields;
    } else {
      i++; // the delimiter; a field always follows it, even an empty one at the end
    }
  }
}

const FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|inf|infinity|nan)$/;

function parseFloatText(t: string): number | undefined {
  const s = t.toLowerCase();
  if (!FLOAT.test(s)) return undefined;
  const neg = s[0] === "-";
  const body = s[0] === "+" || s[0] === "-" ? s.slice(1) : s;
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  return Number(s);
}

const COMPLEX_NUM = String.raw`(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|inf|infinity|nan)`;
const IMAG = new RegExp(String.raw`^([+-]?${COMPLEX_NUM})j$`);
const BOTH = new RegExp(String.raw`^([+-]?${COMPLEX_NUM})([+-]${COMPLEX_NUM})j$`);

function parseComplexText(t: string): { re: number; im: number } | undefined {
  let s = t.trim();
  if (s.includes("J")) return undefined;
  s = s.toLowerCase();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const re = parseFloatText(s);
  if (re !== undefined) return { re, im: 0 };
  let m = IMAG.exec(s);
  if (m) return { re: 0, im: parseFloatText(m[1]!)! };
  m = BOTH.exec(s);
  if (m) return { re: parseFloatText(m[1]!)!, im: parseFloatText(m[2]!)! };
  return undefined;
}

/**
 * A field as a value of `dt` (NumPy's text-reading rules: whitespace around the number is
 * ignored; integers must be integers in range; bools are integers, nonzero is True), or
 * undefined when it does not parse.
 */
export function parseField(field: string, dt: DType): Parsed | undefined {
  const t = field.trim();
  switch (dt.kind) {
    case "f": {
      const x = parseFloatText(t);
      return x === undefined ? undefined : dt.itemsize === 4 ? Math.fround(x) : x;
    }
    case "c": {
      const z = parseComplexText(t);
      return z === undefined || dt.itemsize !== 8 ? z : { re: Math.fround(z.re), im: Math.fround(z.im) };
    }
    default: {
      if (!/^[+-]?\d+$/.test(t)) return undefined;
      const v = BigInt(t);
      if (dt.kind === "b") return v !== 0n;
      const [lo, hi] = intRange(dt);
      if (v < lo || v > hi) return undefined;
      return dt.big ? v : Number(v);
    }
  }
}

/** A converter's result stored as `dt` (NumPy casts it unsafely: floats truncate, ints wrap). */
export function castValue(v: unknown, dt: DType): Parsed {
  if (typeof v === "object" && v !== null && "re" in v && "im" in v) {
    const z = v as { re: number; im: number };
    return dt.kind === "c" ? z : castValue(z.re, dt);
  }
  if (typeof v === "string") {
    const p = parseField(v, dt);
    if (p === undefined) throw new ValueError(`could not convert string '${v}' to ${dt.name}`);
    return p;
  }
  const x = typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "bigint" ? v : Number(v);
  if (dt.kind === "f" || dt.kind === "c") return Number(x);
  if (dt.kind === "b") return x !== 0 && x !== 0n;
  const big = typeof x === "bigint" ? x : Number.isFinite(x) ? BigInt(Math.trunc(x)) : 0n;
  const bits = BigInt(dt.itemsize * 8);
  const w = dt.kind === "u" ? BigInt.asUintN(Number(bits), big) : BigInt.asIntN(Number(bits), big);
  return dt.big ? w : Number(w);
}
