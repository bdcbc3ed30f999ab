/**
 * The string form of NumPy's polynomial classes (ABCPolyBase._generate_string and
 * polyutils.format_float): coefficients printed with the print options' precision (positional,
 * or scientific for magnitudes >= 1e8 or below 10**-((precision-1)//2 + 1)), the scaled symbol
 * when the domain differs from the window, terms in unicode or ascii, wrapped at linewidth.
 *
 * @example String(np.polynomial.Polynomial([1, -2, 3])) // "1.0 - 2.0·x + 3.0·x²"
 */
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { negative } from "../ufunc/index.js";
import { format_float_positional, format_float_scientific, get_printoptions } from "../print/index.js";

/** 'unicode' or 'ascii'. */
export type TermStyle = "unicode" | "ascii";

/** What the printer needs of a polynomial instance. */
interface Printable {
  coef: NDArray;
  readonly symbol: string;
  mapparms(): [Scalar, Scalar];
}

const SUPER: Record<string, string> = { 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹" };
const SUB: Record<string, string> = { 0: "₀", 1: "₁", 2: "₂", 3: "₃", 4: "₄", 5: "₅", 6: "₆", 7: "₇", 8: "₈", 9: "₉" };

/** Digits as superscripts. */
export function superscript(i: string): string {
  return [...i].map((d) => SUPER[d] ?? d).join("");
}

/** Digits as subscripts. */
export function subscript(i: string): string {
  return [...i].map((d) => SUB[d] ?? d).join("");
}

/** The power-series terms: "·x²" / " x**2". */
export function powerTerm(style: TermStyle, i: string, arg: string): string {
  if (style === "unicode") return i === "1" ? `·${arg}` : `·${arg}${superscript(i)}`;
  return i === "1" ? ` ${arg}` : ` ${arg}**${i}`;
}

/** The terms of a named basis: "·T₂(x)" / " T_2(x)". */
export function basisTerm(name: string): (style: TermStyle, i: string, arg: string) => string {
  return (style, i, arg) => (style === "unicode" ? `·${name}${subscript(i)}(${arg})` : ` ${name}_${i}(${arg})`);
}

/** Python's repr of a float as used inside str(complex). */
function pyFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const e = Math.floor(Math.log10(Math.abs(v)));
  if (e < -4 || e >= 16) {
    const [m, ex] = v.toExponential().split("e") as [string, string];
    const n = Number(ex);
    return `${m}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  return String(v);
}

/** Python's str of a complex number. */
function pyComplex(re: number, im: number): string {
  const imS = `${pyFloat(im)}j`;
  if (re === 0 && !Object.is(re, -0)) return imS;
  return `(${pyFloat(re)}${im < 0 || Object.is(im, -0) || Number.isNaN(im) ? "" : "+"}${imS})`;
}

/** polyutils.format_float for a 0-d float array (its own precision kept), or a JS number. */
export function formatFloat(x: NDArray | Scalar, parens = false): string {
  const v = x instanceof NDArray ? (x.item() as Scalar) : x;
  if (typeof v === "object" && v !== null) return pyComplex(v.re, v.im);
  if (typeof v !== "number") return String(v);
  const opts = get_printoptions();
  if (Number.isNaN(v)) return opts.nanstr;
  if (!Number.isFinite(v)) return v > 0 ? opts.infstr : `-${opts.infstr}`;
  const precision = opts.precision ?? 8;
  const a = Math.abs(v);
  const exp = v !== 0 && (a >= 1e8 || a < 10 ** Math.min(0, Math.floor(-(precision - 1) / 2)));
  const unique = opts.floatmode !== "fixed";
  const trim = unique ? "0" : "k";
  const sign = opts.sign === "+";
  const arg = x instanceof NDArray ? x : v;
  if (exp) {
    const s = format_float_scientific(arg, { precision, unique, trim, sign });
    return parens ? `(${s})` : s;
  }
  return format_float_positional(arg, { precision, unique, fractional: true, trim, sign });
}

/** ABCPolyBase._format_term: the symbol mapped by off + scale*x. */
function formatTerm(symbol: string, off: Scalar, scale: Scalar): [string, boolean] {
  const isNum = (s: Scalar, n: number) => (typeof s === "object" ? s.re === n && s.im === 0 : Number(s) === n);
  if (isNum(off, 0) && isNum(scale, 1)) return [symbol, false];
  if (isNum(scale, 1)) return [`${formatFloat(off)} + ${symbol}`, true];
  if (isNum(off, 0)) return [`${formatFloat(scale)}${symbol}`, true];
  return [`${formatFloat(off)} + ${formatFloat(scale)}${symbol}`, true];
}

/** ABCPolyBase._generate_string. */
export function generateString(p: Printable, style: TermStyle, term: (style: TermStyle, i: string, arg: string) => string): string {
  const linewidth = Math.max(get_printoptions().linewidth ?? 75, 1);
  const coef = p.coef;
  const n = coef.shape[0]!;
  let out = formatFloat(coef.get(0, "...") as NDArray);
  const [off, scale] = p.mapparms();
  let [sym, parens] = formatTerm(p.symbol, off, scale);
  if (parens) sym = `(${sym})`;
  for (let i = 0; i < n - 1; i++) {
    out += " ";
    const c = coef.get(i + 1, "...") as NDArray;
    const v = c.item() as Scalar;
    let next: string;
    if (typeof v === "object") next = `+ ${formatFloat(c)}`;
    else if (Number(v) >= 0) next = `+ ${formatFloat(c, true)}`;
    else {
      const neg = c.copy();
      negative(neg, { out: neg });
      next = `- ${formatFloat(neg, true)}`;
    }
    next += term(style, String(i + 1), sym);
    const lines = out.split("\n");
    let lineLen = [...lines[lines.length - 1]!].length + [...next].length;
    if (i < n - 2) lineLen += 2;
    if (lineLen >= linewidth) next = next.replace(" ", "\n");
    out += next;
  }
  return out;
}
