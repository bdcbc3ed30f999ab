/**
 * np.savetxt: an array as text, one row per line, with Python's printf-style formats
 * (NumPy's numpy/lib/_npyio_impl.py savetxt, character for character).
 *
 * @example
 * np.savetxt(null, np.array([[1, 2], [3, 4]]), "%d", ",") // "1,2\n3,4\n"
 */
import { asarray, type ArrayLike } from "../api/creation.js";
import { bindArgs, type Args } from "../core/args.js";
import { AttributeError, NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { cElements } from "./elements.js";
import { isPath, nodeFs, pathText } from "./node.js";
import { gzip } from "./gzip.js";
import { compileFormat } from "./printf.js";
import { pyRepr, pyStrRepr } from "./pyliteral.js";

/** Where savetxt writes: a path (Node), an object with write(text), or null for the text only. */
export type TextTarget = string | URL | { write(text: string): unknown } | null | undefined;

type SavetxtOpts = {
  fmt?: string | string[];
  delimiter?: string;
  newline?: string;
  header?: string;
  footer?: string;
  comments?: string;
  encoding?: string | null;
};

/** The text encoded for a file: utf-8 (the default), latin1 or ascii. */
export function encodeText(text: string, encoding: string | null | undefined): Uint8Array {
  const enc = (encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
  if (enc === "utf-8" || enc === "utf8") return new TextEncoder().encode(text);
  const max = enc === "ascii" || enc === "us-ascii" ? 0x7f : enc === "latin1" || enc === "latin-1" || enc === "iso-8859-1" ? 0xff : -1;
  if (max < 0) throw new NotImplementedError(`ndts writes text as utf-8, latin1 or ascii, not ${pyStrRepr(encoding!)}`);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > max) throw new ValueError(`'${enc}' codec can't encode character '\\u${c.toString(16).padStart(4, "0")}' in position ${i}`);
    out[i] = c;
  }
  return out;
}

/**
 * Saves a 1-d or 2-d array to a text file, as `numpy.savetxt(fname, X, fmt='%.18e',
 * delimiter=' ', newline='\n', header='', footer='', comments='# ', encoding=None)`.
 * `fmt` is one format for every column, a list of one per column, or a whole-row format;
 * complex values print as ` (re+imj)`. `fname` is a path (Node), an object with write(text),
 * or null; the text is always returned.
 * @example
 * np.savetxt(null, [1.5, 2], {fmt: "%.2f"})            // "1.50\n2.00\n"
 * np.savetxt("out.csv", X, {delimiter: ",", header: "a,b"}) // Node: writes out.csv
 */
export function savetxt(
  fname: TextTarget,
  X: ArrayLike,
  ...rest: Args<[string | string[], string, string, string, string, string, string | null], SavetxtOpts>
): string {
  const [fmtArg, delimArg, newlineArg, headerArg, footerArg, commentsArg, encoding] = bindArgs(
    "savetxt",
    ["fmt", "delimiter", "newline", "header", "footer", "comments", "encoding"],
    rest,
  ) as [string | string[] | undefined, string | undefined, string | undefined, string | undefined, string | undefined, string | undefined, string | null | undefined];
  const fmt = fmtArg ?? "%.18e";
  const delimiter = delimArg ?? " ";
  const newline = newlineArg ?? "\n";
  const header = headerArg ?? "";
  const footer = footerArg ?? "";
  const comments = commentsArg ?? "# ";
  if (!(fname === null || fname === undefined || isPath(fname) || (typeof fname === "object" && typeof fname.write === "function"))) {
    throw new ValueError("fname must be a string or file handle");
  }
  const a = asarray(X);
  if (a.ndim === 0 || a.ndim > 2) throw new ValueError(`Expected 1D or 2D array, got ${a.ndim}D array instead`);
  const ncol = a.ndim === 1 ? 1 : a.shape[1]!;
  const nrow = a.shape[0]!;
  const complex = a._dt.kind === "c";
  let format: string;
  if (Array.isArray(fmt)) {
    if (fmt.length !== ncol) throw new AttributeError(`fmt has wrong shape.  ${pyRepr(fmt)}`);
    format = fmt.join(delimiter);
  } else if (typeof fmt === "string") {
    const n = fmt.split("%").length - 1;
    const error = new ValueError(`fmt has wrong number of % formats:  ${fmt}`);
    if (n === 1) format = new Array<string>(ncol).fill(complex ? ` (${fmt}+${fmt}j)` : fmt).join(delimiter);
    else if (complex && n !== 2 * ncol) throw error;
    else if (!complex && n !== ncol) throw error;
    else format = fmt;
  } else {
    throw new ValueError(`invalid fmt: ${String(fmt)}`);
  }
  const parts: string[] = [];
  if (header.length > 0) parts.push(comments + header.split("\n").join("\n" + comments) + newline);
  const values = cElements(a);
  const rowText = compileFormat(format);
  const width = complex ? 2 * ncol : ncol;
  for (let r = 0; r < nrow; r++) {
    const row = values.slice(r * width, (r + 1) * width);
    if (complex) {
      parts.push((rowText(row) + newline).split("+-").join("-"));
      continue;
    }
    try {
      parts.push(rowText(row) + newline);
    } catch (e) {
      if (e instanceof NumpyTypeError) throw new NumpyTypeError(`Mismatch between array dtype ('${a.dtype}') and format specifier ('${format}')`);
      throw e;
    }
  }
  if (footer.length > 0) parts.push(comments + footer.split("\n").join("\n" + comments) + newline);
  const text = parts.join("");
  if (fname !== null && fname !== undefined) {
    if (isPath(fname)) {
      // As NumPy: a name ending in ".gz" is written through gzip.
      const name = pathText(fname);
      const bytes = encodeText(text, encoding);
      nodeFs("savetxt").writeFileSync(name, name.endsWith(".gz") ? gzip(bytes) : bytes);
    } else fname.write(text);
  }
  return text;
}
