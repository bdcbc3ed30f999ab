/**
 * np.poly1d, NumPy's one-dimensional polynomial class (legacy API). As in Python, a poly1d is
 * callable: `p(x)` evaluates it. Python's operators are methods named after their ufuncs, as on
 * NDArray: `p.add(q)` is `p + q`, `p.multiply(q)`, `p.subtract(q)`, `p.true_divide(q)` (polydiv
 * for a polynomial divisor), `p.power(n)`, `p.negative()`, `p.equal(q)`; `p.get(k)` is `p[k]` (the
 * coefficient of x**k). `String(p)` is NumPy's str (the pretty two-line form), `np.array_repr`-like
 * `p.repr()` its repr.
 *
 * @example
 * const p = np.poly1d([1, 2, 3]);
 * p(0.5)            // 4.25
 * p.roots           // array([-1.+1.41421356j, -1.-1.41421356j])
 * String(p)         // "   2\n1 x + 2 x + 3"
 */
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { array_repr } from "../print/index.js";
import { multiply, negative, divide, equal } from "../ufunc/index.js";
import { array, asArray, zeros } from "./creation.js";
import { trim_zeros } from "./add_remove.js";
import { concatenate } from "./joining.js";
import { atleast_1d } from "./manipulation.js";
import { all } from "./reductions.js";
import { poly, polyadd, polyder, polydiv, polyint, polymul, polysub, polyval, roots } from "./polynomial.js";

/** A poly1d instance: callable, with NumPy's attributes and operators as methods. */
export interface Poly1dLike {
  (x: ArrayLike | Poly1dLike): NDArray | Scalar | Poly1dLike;
  /** The coefficients, highest power first. */
  readonly coeffs: NDArray;
  readonly c: NDArray;
  readonly coef: NDArray;
  readonly coefficients: NDArray;
  /** The degree. */
  readonly order: number;
  readonly o: number;
  /** The name of the variable in the printed form. */
  readonly variable: string;
  /** The roots (np.roots of the coefficients). */
  readonly roots: NDArray;
  readonly r: NDArray;
  /** `len(p)`: the order. */
  readonly length: number;
  add(other: ArrayLike | Poly1dLike): Poly1dLike;
  subtract(other: ArrayLike | Poly1dLike): Poly1dLike;
  multiply(other: ArrayLike | Poly1dLike): Poly1dLike;
  true_divide(other: ArrayLike | Poly1dLike): Poly1dLike | [Poly1dLike, Poly1dLike];
  divide(other: ArrayLike | Poly1dLike): Poly1dLike | [Poly1dLike, Poly1dLike];
  power(n: number): Poly1dLike;
  negative(): Poly1dLike;
  positive(): Poly1dLike;
  equal(other: Poly1dLike): boolean;
  not_equal(other: Poly1dLike): boolean;
  get(power: number): Scalar;
  set(power: number, value: Scalar): void;
  deriv(m?: number): Poly1dLike;
  integ(m?: number, k?: ArrayLike): Poly1dLike;
  repr(): string;
  [Symbol.iterator](): Iterator<unknown>;
}

interface State {
  coeffs: NDArray;
  variable: string;
}

const STATE = new WeakMap<object, State>();

function state(p: Poly1dLike): State {
  return STATE.get(p)!;
}

/** Whether x is a poly1d. */
export function isPoly1d(x: unknown): x is Poly1dLike {
  return typeof x === "function" && STATE.has(x);
}

/** poly1d(x) for an array_like or a poly1d (NumPy's coercion in its operators). */
export function toPoly1d(x: unknown): Poly1dLike {
  return poly1d(x as ArrayLike);
}

function isScalarLike(x: unknown): boolean {
  return typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || (typeof x === "object" && x !== null && "re" in x && "im" in x && !(x instanceof NDArray) && !Array.isArray(x));
}

const PROTO: object = Object.create(Function.prototype, {
  coeffs: { get(this: Poly1dLike) { return state(this).coeffs; } },
  c: { get(this: Poly1dLike) { return state(this).coeffs; } },
  coef: { get(this: Poly1dLike) { return state(this).coeffs; } },
  coefficients: { get(this: Poly1dLike) { return state(this).coeffs; } },
  order: { get(this: Poly1dLike) { return state(this).coeffs.shape[0]! - 1; } },
  o: { get(this: Poly1dLike) { return state(this).coeffs.shape[0]! - 1; } },
  length: { get(this: Poly1dLike) { return state(this).coeffs.shape[0]! - 1; } },
  variable: { get(this: Poly1dLike) { return state(this).variable; } },
  roots: { get(this: Poly1dLike) { return roots(state(this).coeffs); } },
  r: { get(this: Poly1dLike) { return roots(state(this).coeffs); } },
});

const METHODS = {
  add(this: Poly1dLike, other: unknown) {
    return poly1d(polyadd(this.coeffs, toPoly1d(other).coeffs) as NDArray);
  },
  subtract(this: Poly1dLike, other: unknown) {
    return poly1d(polysub(this.coeffs, toPoly1d(other).coeffs) as NDArray);
  },
  multiply(this: Poly1dLike, other: unknown) {
    if (isScalarLike(other)) return poly1d(multiply(this.coeffs, other as Scalar) as NDArray);
    return poly1d(polymul(this.coeffs, toPoly1d(other).coeffs) as NDArray);
  },
  true_divide(this: Poly1dLike, other: unknown): Poly1dLike | [Poly1dLike, Poly1dLike] {
    if (isScalarLike(other)) return poly1d(divide(this.coeffs, other as Scalar) as NDArray);
    return polydiv(this, toPoly1d(other)) as [Poly1dLike, Poly1dLike];
  },
  divide(this: Poly1dLike, other: unknown): Poly1dLike | [Poly1dLike, Poly1dLike] {
    return this.true_divide(other as ArrayLike);
  },
  power(this: Poly1dLike, n: unknown) {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new ValueError("Power to non-negative integers only.");
    let res: NDArray = array([1]);
    for (let i = 0; i < n; i++) res = polymul(this.coeffs, res) as NDArray;
    return poly1d(res);
  },
  negative(this: Poly1dLike) {
    return poly1d(negative(this.coeffs) as NDArray);
  },
  positive(this: Poly1dLike) {
    return this;
  },
  equal(this: Poly1dLike, other: Poly1dLike) {
    const a = this.coeffs;
    const b = other.coeffs;
    if (a.shape[0] !== b.shape[0]) return false;
    return all(equal(a, b)) as boolean;
  },
  not_equal(this: Poly1dLike, other: Poly1dLike): boolean {
    return !this.equal(other);
  },
  get(this: Poly1dLike, power: number) {
    const order = this.order;
    if (power > order || power < 0) return zeros([], this.coeffs._dt).item();
    return this.coeffs.get(order - power) as Scalar;
  },
  set(this: Poly1dLike, power: number, value: Scalar) {
    if (power < 0) throw new ValueError("Does not support negative powers.");
    const st = state(this);
    const order = this.order;
    let ind = order - power;
    if (power > order) {
      st.coeffs = concatenate([zeros(power - order, st.coeffs._dt), st.coeffs]);
      ind = 0;
    }
    st.coeffs.set(ind, value);
  },
  deriv(this: Poly1dLike, m = 1) {
    return poly1d(polyder(this.coeffs, m) as NDArray);
  },
  integ(this: Poly1dLike, m = 1, k: ArrayLike = 0) {
    return poly1d(polyint(this.coeffs, m, k) as NDArray);
  },
  repr(this: Poly1dLike) {
    return `poly1d(${array_repr(this.coeffs).slice(6, -1)})`;
  },
  toString(this: Poly1dLike) {
    return polyStr(this.coeffs, this.variable);
  },
  [Symbol.iterator](this: Poly1dLike) {
    return (this.coeffs as unknown as Iterable<unknown>)[Symbol.iterator]();
  },
  [Symbol.for("nodejs.util.inspect.custom")](this: Poly1dLike): string {
    return this.repr();
  },
};
for (const key of Reflect.ownKeys(METHODS)) {
  Object.defineProperty(PROTO, key, { value: (METHODS as Record<string | symbol, unknown>)[key], writable: true, configurable: true });
}

type Poly1dOpts = { r?: boolean; variable?: string | null };

/** np.poly1d's construction (see `poly1d` below). */
function makePoly1d(c_or_r: ArrayLike | Poly1dLike, r?: boolean | Poly1dOpts, variable?: string | null | Poly1dOpts): Poly1dLike {
  let opts: Poly1dOpts = {};
  if (typeof r === "object" && r !== null) [opts, r] = [r, undefined];
  else if (typeof variable === "object" && variable !== null) [opts, variable] = [variable, undefined];
  for (const k of Object.keys(opts)) if (k !== "r" && k !== "variable") throw new TypeError(`poly1d.__init__() got an unexpected keyword argument '${k}'`);
  const isRoots = (r as boolean | undefined) ?? opts.r ?? false;
  const name = (variable as string | null | undefined) ?? opts.variable ?? null;
  let coeffs: NDArray;
  let v: string;
  if (isPoly1d(c_or_r)) {
    coeffs = state(c_or_r).coeffs;
    v = name ?? state(c_or_r).variable;
  } else {
    let c = atleast_1d(isRoots ? poly(c_or_r) : c_or_r) as NDArray;
    if (c.ndim > 1) throw new ValueError("Polynomial must be 1d only.");
    c = trim_zeros(c, "f");
    if (c.shape[0] === 0) c = array([0], c._dt);
    coeffs = c;
    v = name ?? "x";
  }
  const f = function (x: ArrayLike | Poly1dLike) {
    return polyval(state(f as unknown as Poly1dLike).coeffs, x);
  };
  Object.setPrototypeOf(f, PROTO);
  // A function's own `length` (its parameter count) would hide poly1d's len().
  Object.defineProperty(f, "length", { get: () => state(f as unknown as Poly1dLike).coeffs.shape[0]! - 1, configurable: true });
  STATE.set(f, { coeffs, variable: v });
  return f as unknown as Poly1dLike;
}

/** np.poly1d as a value: callable with or without `new`. */
interface Poly1dConstructor {
  new (c_or_r: ArrayLike | Poly1dLike, r?: boolean | Poly1dOpts, variable?: string | null | Poly1dOpts): Poly1dLike;
  (c_or_r: ArrayLike | Poly1dLike, r?: boolean | Poly1dOpts, variable?: string | null | Poly1dOpts): Poly1dLike;
  readonly prototype: Poly1dLike;
}

/**
 * A one-dimensional polynomial, as `np.poly1d(c_or_r, r=False, variable=None)`: coefficients
 * (highest power first, leading zeros dropped) or, with `r`, its roots. Callable, and usable
 * with or without `new`.
 * @example np.poly1d([1, 2, 3])(2) // 11
 */
export const poly1d = makePoly1d as unknown as Poly1dConstructor;
/** The type of a poly1d instance. */
export type poly1d = Poly1dLike;
Object.defineProperty(poly1d, "prototype", { value: PROTO });
Object.defineProperty(PROTO, "constructor", { value: poly1d });

/** Python's `f'{q:.4g}'`. */
function fmtG4(q: number): string {
  if (Number.isNaN(q)) return "nan";
  if (!Number.isFinite(q)) return q > 0 ? "inf" : "-inf";
  if (q === 0) return Object.is(q, -0) ? "-0" : "0";
  const [mant, expText] = q.toExponential(3).split("e") as [string, string];
  const e = Number(expText);
  const strip = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
  if (e < -4 || e >= 4) return `${strip(mant)}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return strip(q.toFixed(3 - e));
}

/** NumPy's poly1d.__str__: the terms on one line, the powers raised onto the line above. */
function polyStr(coeffsAll: NDArray, v: string): string {
  const vals = asArray(coeffsAll).tolist() as Scalar[];
  const first = vals.findIndex((c) => (typeof c === "object" ? c.re !== 0 || c.im !== 0 : c !== 0 && c !== false && c !== 0n));
  const coeffs = first < 0 ? [] : vals.slice(first);
  const N = coeffs.length - 1;
  let out = "0";
  coeffs.forEach((coeff, k) => {
    let cs: string;
    if (typeof coeff === "object" && coeff.im !== 0) cs = coeff.re === 0 ? `${fmtG4(coeff.im)}j` : `(${fmtG4(coeff.re)} + ${fmtG4(coeff.im)}j)`;
    else cs = fmtG4(typeof coeff === "object" ? coeff.re : Number(coeff));
    const power = N - k;
    let term: string;
    if (power === 0) term = cs !== "0" ? cs : k === 0 ? "0" : "";
    else if (power === 1) term = cs === "0" ? "" : `${cs} ${v}`;
    else term = cs === "0" ? "" : `${cs} ${v}**${power}`;
    if (k === 0) out = term;
    else if (term !== "") out = term.startsWith("-") ? `${out} - ${term.slice(1)}` : `${out} + ${term}`;
  });
  return raisePower(out);
}

/** NumPy's _raise_power: each `**n` becomes n on the line above, wrapped at 70 columns. */
function raisePower(astr: string, wrap = 70): string {
  let n = 0;
  let line1 = "";
  let line2 = "";
  let output = " ";
  const re = /\*\*([0-9]*)/g;
  for (let m = re.exec(astr); m !== null; m = re.exec(astr)) {
    const power = m[1]!;
    const part = astr.slice(n, m.index);
    n = m.index + m[0].length;
    const add2 = part + " ".repeat(power.length - 1);
    const add1 = " ".repeat(part.length - 1) + power;
    if (line2.length + add2.length > wrap || line1.length + add1.length > wrap) {
      output += `${line1}\n${line2}\n `;
      line1 = add1;
      line2 = add2;
    } else {
      line2 += add2;
      line1 += add1;
    }
  }
  output += `${line1}\n${line2}`;
  return output + astr.slice(n);
}
