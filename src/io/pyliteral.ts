/**
 * The small subset of Python that .npy headers are written in: a literal parser (what
 * `ast.literal_eval` accepts for dicts, tuples, lists, strings, ints, floats, booleans, None)
 * and Python's repr of those values, for NumPy's error messages.
 *
 * @example
 * const d = parsePyLiteral("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }");
 * pyRepr(d) // "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3)}"
 */
import { pyFloatRepr } from "../print/formatters.js";

/** A Python tuple (kept apart from a list, which is a JS array). */
export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}

/** A Python dict, in insertion order. */
export class PyDict {
  constructor(readonly entries: [PyValue, PyValue][]) {}
  get(key: string): PyValue | undefined {
    for (const [k, v] of this.entries) if (k === key) return v;
    return undefined;
  }
  has(key: string): boolean {
    return this.entries.some(([k]) => k === key);
  }
}

/** A Python float (kept apart from an int, which is a JS bigint). */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type PyValue = string | bigint | PyFloat | boolean | null | PyTuple | PyDict | PyValue[];

/** Thrown when the text is not a literal (Python's SyntaxError). */
export class PySyntaxError extends Error {
  override name = "SyntaxError";
}

/**
 * Parses one Python literal (surrounding whitespace allowed); throws PySyntaxError otherwise.
 * @example parsePyLiteral("(3,)") instanceof PyTuple // true
 */
export function parsePyLiteral(text: string): PyValue {
  const p = new Parser(text);
  p.ws();
  const v = p.value();
  p.ws();
  if (p.i !== text.length) p.fail();
  return v;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(): never {
    throw new PySyntaxError(`invalid syntax at position ${this.i}`);
  }

  ws(): void {
    while (this.i < this.s.length && " \t\n\r\f\v".includes(this.s[this.i]!)) this.i++;
  }

  value(): PyValue {
    const c = this.s[this.i];
    if (c === "{") return this.dict();
    if (c === "(") return this.seq(")", true);
    if (c === "[") return this.seq("]", false);
    if (c === "'" || c === '"') return this.str();
    if (c !== undefined && /[-+0-9.]/.test(c)) return this.num();
    const m = /^[A-Za-z_]\w*/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      if (m[0] === "True") return true;
      if (m[0] === "False") return false;
      if (m[0] === "None") return null;
    }
    return this.fail();
  }

  /** Items up to `close`, comma separated, trailing comma allowed. */
  items<T>(close: string, item: () => T): { list: T[]; trailingComma: boolean } {
    const list: T[] = [];
    let trailingComma = false;
    this.i++;
    this.ws();
    while (this.s[this.i] !== close) {
      list.push(item());
      this.ws();
      trailingComma = false;
      if (this.s[this.i] === ",") {
        this.i++;
        this.ws();
        trailingComma = true;
      } else if (this.s[this.i] !== close) {
        this.fail();
      }
    }
    this.i++;
    return { list, trailingComma };
  }

  dict(): PyDict {
    const { list } = this.items("}", () => {
      const k = this.value();
      this.ws();
      if (this.s[this.i] !== ":") this.fail();
      this.i++;
      this.ws();
      return [k, this.value()] as [PyValue, PyValue];
    });
    return new PyDict(list);
  }

  seq(close: string, tuple: boolean): PyValue {
    const { list, trailingComma } = this.items(close, () => this.value());
    if (!tuple) return list;
    // (x) is x itself, (x,) a tuple.
    return list.length === 1 && !trailingComma ? list[0]! : new PyTuple(list);
  }

  num(): bigint | PyFloat {
    const m = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/.exec(this.s.slice(this.i));
    if (!m) return this.fail();
    this.i += m[0].length;
    const t = m[0].replace(/_/g, "");
    if (/^[-+]?\d+$/.test(t)) return BigInt(t);
    return new PyFloat(Number(t));
  }

  str(): string {
    const q = this.s[this.i]!;
    let out = "";
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === "\n") return this.fail();
      this.i++;
      if (c === q) return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v" };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === "x") {
        const h = this.s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) this.fail();
        out += String.fromCharCode(parseInt(h, 16));
        this.i += 2;
      } else out += "\\" + (e ?? "");
    }
  }
}

function escapeChar(c: string, quote: string, bytes: boolean): string {
  const code = c.charCodeAt(0);
  if (c === "\\" || c === quote) return "\\" + c;
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "\t") return "\\t";
  const printable = bytes ? code >= 0x20 && code < 0x7f : (code >= 0x20 && code < 0x7f) || (code > 0xa0 && code !== 0xad);
  return printable ? c : "\\x" + code.toString(16).padStart(2, "0");
}

function quoteRepr(s: string, bytes: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const c of s) out += escapeChar(c, quote, bytes);
  return (bytes ? "b" : "") + quote + out + quote;
}

/**
 * Python's repr of a str.
 * @example pyStrRepr("a'b") // "\"a'b\""
 */
export function pyStrRepr(s: string): string {
  return quoteRepr(s, false);
}

/**
 * Python's repr of a bytes object.
 * @example pyBytesRepr(new Uint8Array([0x93, 78])) // "b'\\x93N'"
 */
export function pyBytesRepr(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x);
  return quoteRepr(s, true);
}

/**
 * Python's repr of a parsed literal.
 * @example pyRepr(new PyTuple([2n, 3n])) // "(2, 3)"
 */
export function pyRepr(v: PyValue): string {
  if (typeof v === "string") return pyStrRepr(v);
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null) return "None";
  if (v instanceof PyFloat) return pyFloatRepr(v.value);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${pyRepr(v.items[0]!)},)` : `(${v.items.map(pyRepr).join(", ")})`;
  if (v instanceof PyDict) return `{${v.entries.map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(", ")}}`;
  return `[${v.map(pyRepr).join(", ")}]`;
}
