/**
 * The machinery of NumPy's convenience classes (numpy/polynomial/_polybase.py, ABCPolyBase):
 * `makePolyClass(spec)` builds a class such as np.polynomial.Polynomial or Chebyshev from the
 * functions of one basis. Instances are callable as in Python (`p(2)` evaluates the series at 2
 * after mapping the domain to the window); Python's operators are methods named after their
 * ufuncs (`p.add(q)` is `p + q`, `p.floor_divide(2)`, `p.remainder(q)`, `p.divmod(q)`,
 * `p.power(2)`, `p.negative()`, `p.equal(q)`); `String(p)` is NumPy's str and `p.repr()` (or
 * console.log) its repr. Printing lives in ./printing.ts.
 *
 * @example
 * const p = np.polynomial.Polynomial([1, 2, 3]);
 * p(2)            // 17
 * String(p.deriv()) // "2.0 + 6.0·x"
 */
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { array_repr } from "../print/index.js";
import { array, asArray } from "../api/creation.js";
import { linspace } from "../api/ranges.js";
import { all } from "../api/reductions.js";
import { add, divide, equal, multiply, negative, power } from "../ufunc/index.js";
import { as_series, getdomain, mapdomain, mapparms, trimcoef, type FitOpts } from "./polyutils.js";
import { generateString, type TermStyle } from "./printing.js";

/** The functions of one basis, as the abstract static methods of NumPy's ABCPolyBase. */
export interface BasisSpec {
  name: string;
  module: string;
  basis_name: string | null;
  domain: readonly number[];
  window: readonly number[];
  add(c1: ArrayLike, c2: ArrayLike): NDArray;
  sub(c1: ArrayLike, c2: ArrayLike): NDArray;
  mul(c1: ArrayLike, c2: ArrayLike): NDArray;
  div(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray];
  pow(c: ArrayLike, pow: number, maxpower: number): NDArray;
  val(x: ArrayLike, c: ArrayLike): NDArray | Scalar;
  int(c: ArrayLike, m: number, k: ArrayLike, lbnd: Scalar, scl: Scalar): NDArray;
  der(c: ArrayLike, m: number, scl: Scalar): NDArray;
  fit(x: ArrayLike, y: ArrayLike, deg: ArrayLike, rcond: number | null | undefined, full: boolean, w: ArrayLike | null | undefined): NDArray | [NDArray, unknown[]];
  line(off: Scalar, scl: Scalar): NDArray;
  roots(c: ArrayLike): NDArray;
  fromroots(r: ArrayLike): NDArray;
  /** The power-series coefficients of a series of this basis (for composition p(q)). */
  toPower(c: NDArray): NDArray;
  /** The printed term of degree i (a string), unicode or ascii. */
  term(style: TermStyle, i: string, arg: string): string;
}

/** An instance of a polynomial class: callable, with NumPy's attributes and methods. */
export interface PolyBase {
  (x: ArrayLike | PolyBase): NDArray | Scalar | PolyBase;
  coef: NDArray;
  domain: NDArray;
  window: NDArray;
  readonly symbol: string;
  readonly length: number;
  readonly maxpower: number;
  readonly basis_name: string | null;
  degree(): number;
  copy(): PolyBase;
  trim(tol?: number): PolyBase;
  truncate(size: number): PolyBase;
  cutdeg(deg: number): PolyBase;
  deriv(m?: number): PolyBase;
  integ(m?: number | { m?: number; k?: ArrayLike; lbnd?: Scalar | null }, k?: ArrayLike, lbnd?: Scalar | null): PolyBase;
  roots(): NDArray;
  linspace(n?: number | { n?: number; domain?: ArrayLike | null }, domain?: ArrayLike | null): [NDArray, NDArray | Scalar];
  convert(domain?: ArrayLike | null | { domain?: ArrayLike | null; kind?: PolyClass | null; window?: ArrayLike | null }, kind?: PolyClass | null, window?: ArrayLike | null): PolyBase;
  mapparms(): [Scalar, Scalar];
  has_samecoef(other: PolyBase): boolean;
  has_samedomain(other: PolyBase): boolean;
  has_samewindow(other: PolyBase): boolean;
  has_sametype(other: unknown): boolean;
  add(other: ArrayLike | PolyBase): PolyBase;
  subtract(other: ArrayLike | PolyBase): PolyBase;
  multiply(other: ArrayLike | PolyBase): PolyBase;
  true_divide(other: Scalar): PolyBase;
  divide(other: Scalar): PolyBase;
  floor_divide(other: ArrayLike | PolyBase): PolyBase;
  remainder(other: ArrayLike | PolyBase): PolyBase;
  mod(other: ArrayLike | PolyBase): PolyBase;
  divmod(other: ArrayLike | PolyBase): [PolyBase, PolyBase];
  power(n: number): PolyBase;
  negative(): PolyBase;
  positive(): PolyBase;
  equal(other: unknown): boolean;
  not_equal(other: unknown): boolean;
  repr(): string;
  format(spec?: string): string;
  toString(): string;
  [Symbol.iterator](): Iterator<unknown>;
}

/** A polynomial class: callable with or without `new`, with NumPy's class methods. */
export interface PolyClass {
  new (coef: ArrayLike, domain?: ArrayLike | null | PolyOpts, window?: ArrayLike | null | PolyOpts, symbol?: string | PolyOpts): PolyBase;
  (coef: ArrayLike, domain?: ArrayLike | null | PolyOpts, window?: ArrayLike | null | PolyOpts, symbol?: string | PolyOpts): PolyBase;
  readonly domain: NDArray;
  readonly window: NDArray;
  readonly basis_name: string | null;
  readonly maxpower: number;
  fit(x: ArrayLike, y: ArrayLike, deg: ArrayLike | ClassFitOpts, ...rest: unknown[]): PolyBase | [PolyBase, unknown[]];
  fromroots(roots: ArrayLike, ...rest: unknown[]): PolyBase;
  identity(...rest: unknown[]): PolyBase;
  basis(deg: number, ...rest: unknown[]): PolyBase;
  cast(series: PolyBase, ...rest: unknown[]): PolyBase;
}

type PolyOpts = { coef?: ArrayLike; domain?: ArrayLike | null; window?: ArrayLike | null; symbol?: string };
type ClassFitOpts = FitOpts & { domain?: ArrayLike | null; window?: ArrayLike | null; symbol?: string };

/** Global print style, as np.polynomial.set_default_printstyle. */
let useUnicode = true;

/**
 * Sets the default format of the string form of polynomials: 'unicode' (superscripts, the
 * default) or 'ascii', as `np.polynomial.set_default_printstyle(style)`.
 * @example np.polynomial.set_default_printstyle("ascii"); String(np.polynomial.Polynomial([1, 2])) // "1.0 + 2.0 x"
 */
export function set_default_printstyle(style: string): void {
  if (style !== "unicode" && style !== "ascii") throw new ValueError(`Unsupported format string '${style}'. Valid options are 'ascii' and 'unicode'`);
  useUnicode = style === "unicode";
}

const SPEC = new WeakMap<object, BasisSpec>();
const INSTANCES = new WeakSet<object>();

/** Whether x is an instance of a polynomial class. */
export function isPolyBase(x: unknown): x is PolyBase {
  return typeof x === "function" && INSTANCES.has(x);
}

function specOf(p: PolyBase): BasisSpec {
  return SPEC.get(Object.getPrototypeOf(p))!;
}

/** Binds Python-style arguments: positional values, then one trailing options object. */
function bind(fn: string, names: readonly string[], args: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(names.length).fill(undefined);
  let pos = args;
  const last = args[args.length - 1];
  if (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype && !("re" in last && "im" in last)) {
    pos = args.slice(0, -1);
    for (const [k, v] of Object.entries(last as object)) {
      const i = names.indexOf(k);
      if (i < 0) throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
      if (i < pos.length && pos[i] !== undefined) throw new NumpyTypeError(`${fn}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  if (pos.length > names.length) throw new NumpyTypeError(`${fn}() takes at most ${names.length} positional arguments (${pos.length} given)`);
  pos.forEach((v, i) => (out[i] = v));
  return out;
}

/** Python's type() string of a value in an error message. */
function pyType(x: unknown): string {
  if (isPolyBase(x)) return `<class 'numpy.polynomial.${specOf(x).module}.${specOf(x).name}'>`;
  if (typeof x === "number") return Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>";
  if (typeof x === "boolean") return "<class 'bool'>";
  if (typeof x === "string") return "<class 'str'>";
  if (x instanceof NDArray) return "<class 'numpy.ndarray'>";
  if (Array.isArray(x)) return "<class 'list'>";
  if (x !== null && typeof x === "object" && "re" in x) return "<class 'complex'>";
  return "<class 'NoneType'>";
}

/** `np.all(a == b)` for two domains or windows. */
function sameArr(a: NDArray, b: NDArray): boolean {
  return Boolean(all(equal(a, b)));
}

/** Builds a polynomial class (constructor plus class methods) for one basis. */
export function makePolyClass(spec: BasisSpec): PolyClass {
  const classDomain = array(spec.domain as number[], "float64");
  const classWindow = array(spec.window as number[], "float64");
  const proto: Record<string | symbol, unknown> = Object.create(Function.prototype);
  SPEC.set(proto, spec);

  const make = (coef: ArrayLike, domain?: ArrayLike | null, window?: ArrayLike | null, symbol: unknown = "x"): PolyBase => {
    const [c] = as_series([coef], false) as [NDArray];
    let d = classDomain.copy();
    let w = classWindow.copy();
    if (domain != null) {
      d = (as_series([domain], false) as [NDArray])[0];
      if (d.shape[0] !== 2) throw new ValueError("Domain has wrong number of elements.");
    }
    if (window != null) {
      w = (as_series([window], false) as [NDArray])[0];
      if (w.shape[0] !== 2) throw new ValueError("Window has wrong number of elements.");
    }
    if (typeof symbol !== "string") throw new NumpyTypeError("Symbol must be a non-empty string");
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(symbol)) throw new ValueError("Symbol string must be a valid Python identifier");
    const f = function (x: ArrayLike | PolyBase) {
      return call(f as unknown as PolyBase, x);
    } as unknown as PolyBase;
    Object.setPrototypeOf(f, proto);
    Object.defineProperty(f, "length", { get: () => f.coef.shape[0]!, configurable: true });
    Object.defineProperty(f, "name", { value: spec.name, configurable: true });
    Object.defineProperty(f, "symbol", { value: symbol, enumerable: true });
    for (const [k, v] of [["coef", c], ["domain", d], ["window", w]] as const) {
      Object.defineProperty(f, k, { value: v, writable: true, enumerable: true });
    }
    INSTANCES.add(f);
    return f;
  };

  const same = (p: PolyBase, coef: ArrayLike): PolyBase => make(coef, p.domain, p.window, p.symbol);

  /** NumPy's _get_coefficients: the coefficients of a compatible series, else the value. */
  const coefOf = (p: PolyBase, other: unknown): ArrayLike => {
    if (isPolyBase(other)) {
      if (Object.getPrototypeOf(other) !== proto) throw new NumpyTypeError("Polynomial types differ");
      if (!sameArr(p.domain, other.domain)) throw new NumpyTypeError("Domains differ");
      if (!sameArr(p.window, other.window)) throw new NumpyTypeError("Windows differ");
      if (p.symbol !== other.symbol) throw new ValueError("Polynomial symbols differ");
      return other.coef;
    }
    return other as ArrayLike;
  };

  /** A binary operator: NumPy's TypeError when the operand cannot be a series. */
  const binop = (p: PolyBase, other: unknown, sym: string, fn: (a: ArrayLike, b: ArrayLike) => NDArray): PolyBase => {
    const oc = coefOf(p, other);
    let coef: NDArray;
    try {
      coef = fn(p.coef, oc);
    } catch {
      throw new NumpyTypeError(`unsupported operand type(s) for ${sym}: '${spec.name}' and '${pyType(other).slice(8, -2).split(".").pop()}'`);
    }
    return same(p, coef);
  };

  const divmodOp = (p: PolyBase, other: unknown, sym: string): [PolyBase, PolyBase] => {
    const oc = coefOf(p, other);
    let qr: [NDArray, NDArray];
    try {
      qr = spec.div(p.coef, oc);
    } catch (e) {
      if ((e as Error).name === "ZeroDivisionError") throw e;
      throw new NumpyTypeError(`unsupported operand type(s) for ${sym}: '${spec.name}' and '${pyType(other).slice(8, -2).split(".").pop()}'`);
    }
    return [same(p, qr[0]), same(p, qr[1])];
  };

  function call(p: PolyBase, x: ArrayLike | PolyBase): NDArray | Scalar | PolyBase {
    if (isPolyBase(x)) {
      // Composition: evaluate the power form of p by Horner's scheme in polynomial arithmetic.
      const [off, scl] = mapparms(p.domain, p.window);
      const arg = x.multiply(scl as ArrayLike).add(off as ArrayLike);
      const pc = spec.toPower(p.coef);
      const n = pc.shape[0]!;
      let c0 = arg.multiply(0).add(pc.get(n - 1, "...") as NDArray);
      for (let i = 2; i <= n; i++) c0 = c0.multiply(arg).add(pc.get(n - i, "...") as NDArray);
      return c0;
    }
    return spec.val(mapdomain(x, p.domain, p.window) as ArrayLike, p.coef);
  }

  const methods: Record<string, unknown> = {
    has_samecoef(this: PolyBase, o: PolyBase) {
      return this.coef.shape[0] === o.coef.shape[0] && sameArr(this.coef, o.coef);
    },
    has_samedomain(this: PolyBase, o: PolyBase) { return sameArr(this.domain, o.domain); },
    has_samewindow(this: PolyBase, o: PolyBase) { return sameArr(this.window, o.window); },
    has_sametype(this: PolyBase, o: unknown) { return isPolyBase(o) && Object.getPrototypeOf(o) === proto; },
    repr(this: PolyBase) {
      const body = (a: NDArray) => array_repr(a).slice(6, -1);
      return `${spec.name}(${body(this.coef)}, domain=${body(this.domain)}, window=${body(this.window)}, symbol='${this.symbol}')`;
    },
    format(this: PolyBase, fmt = "") {
      if (fmt === "") return this.toString();
      if (fmt !== "ascii" && fmt !== "unicode") {
        throw new ValueError(`Unsupported format string '${fmt}' passed to ${pyType(this)}.__format__. Valid options are 'ascii' and 'unicode'`);
      }
      return generateString(this, fmt, spec.term);
    },
    toString(this: PolyBase) { return generateString(this, useUnicode ? "unicode" : "ascii", spec.term); },
    [Symbol.for("nodejs.util.inspect.custom")](this: PolyBase) { return this.repr(); },
    [Symbol.iterator](this: PolyBase) { return (this.coef as unknown as Iterable<unknown>)[Symbol.iterator](); },
    negative(this: PolyBase) { return same(this, negative(this.coef) as NDArray); },
    positive(this: PolyBase) { return this; },
    add(this: PolyBase, o: unknown) { return binop(this, o, "+", spec.add); },
    subtract(this: PolyBase, o: unknown) { return binop(this, o, "-", spec.sub); },
    multiply(this: PolyBase, o: unknown) { return binop(this, o, "*", spec.mul); },
    true_divide(this: PolyBase, o: unknown) {
      if (!(typeof o === "number" || (o !== null && typeof o === "object" && "re" in o && !(o instanceof NDArray)) || (o instanceof NDArray && o.ndim === 0 && o._dt.kind !== "b"))) {
        throw new NumpyTypeError(`unsupported types for true division: '${pyType(this)}', '${pyType(o)}'`);
      }
      return divmodOp(this, o, "/")[0];
    },
    divide(this: PolyBase, o: Scalar) { return this.true_divide(o); },
    floor_divide(this: PolyBase, o: unknown) { return divmodOp(this, o, "//")[0]; },
    remainder(this: PolyBase, o: unknown) { return divmodOp(this, o, "%")[1]; },
    mod(this: PolyBase, o: unknown) { return divmodOp(this, o, "%")[1]; },
    divmod(this: PolyBase, o: unknown) { return divmodOp(this, o, "divmod()"); },
    power(this: PolyBase, n: number) { return same(this, spec.pow(this.coef, n, 100)); },
    equal(this: PolyBase, o: unknown) {
      return isPolyBase(o) && Object.getPrototypeOf(o) === proto && sameArr(this.domain, o.domain) && sameArr(this.window, o.window) &&
        this.coef.shape.join() === o.coef.shape.join() && sameArr(this.coef, o.coef) && this.symbol === o.symbol;
    },
    not_equal(this: PolyBase, o: unknown) { return !this.equal(o); },
    copy(this: PolyBase) { return make(this.coef.copy(), this.domain.copy(), this.window.copy(), this.symbol); },
    degree(this: PolyBase) { return this.coef.shape[0]! - 1; },
    cutdeg(this: PolyBase, deg: number) { return this.truncate(deg + 1); },
    trim(this: PolyBase, tol: number | { tol?: number } = 0) {
      const [t = 0] = bind("trim", ["tol"], [tol]) as [number?];
      return same(this, trimcoef(this.coef, t));
    },
    truncate(this: PolyBase, size: number) {
      const isize = Math.trunc(size);
      if (isize !== size || isize < 1) throw new ValueError("size must be a positive integer");
      return same(this, isize >= this.coef.shape[0]! ? this.coef : (this.coef.get(`:${isize}`) as NDArray));
    },
    convert(this: PolyBase, ...args: unknown[]) {
      const [domain, kindArg, window] = bind("convert", ["domain", "kind", "window"], args) as [ArrayLike?, PolyClass?, ArrayLike?];
      const kind = kindArg ?? Cls;
      return this(kind.identity(domain ?? kind.domain, { window: window ?? kind.window, symbol: this.symbol })) as PolyBase;
    },
    mapparms(this: PolyBase) { return mapparms(this.domain, this.window); },
    integ(this: PolyBase, ...args: unknown[]) {
      const [m = 1, k = [], lbndArg] = bind("integ", ["m", "k", "lbnd"], args) as [number?, ArrayLike?, (Scalar | null)?];
      const [off, scl] = this.mapparms();
      const lbnd = lbndArg == null ? 0 : (add(off, multiply(scl, lbndArg)) as Scalar);
      return same(this, spec.int(this.coef, m, k, lbnd, divide(1.0, scl) as Scalar));
    },
    deriv(this: PolyBase, ...args: unknown[]) {
      const [m = 1] = bind("deriv", ["m"], args) as [number?];
      const [, scl] = this.mapparms();
      return same(this, spec.der(this.coef, m, scl));
    },
    roots(this: PolyBase) { return mapdomain(spec.roots(this.coef), this.window, this.domain) as NDArray; },
    linspace(this: PolyBase, ...args: unknown[]) {
      const [n = 100, domainArg] = bind("linspace", ["n", "domain"], args) as [number?, (ArrayLike | null)?];
      const d = asArray(domainArg ?? this.domain);
      const x = linspace(d.get(0) as number, d.get(1) as number, n) as NDArray;
      return [x, this(x)];
    },
  };
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(proto, key, { value: methods[key as string], writable: true, configurable: true });
  }
  Object.defineProperty(proto, "maxpower", { value: 100 });
  Object.defineProperty(proto, "basis_name", { value: spec.basis_name });

  const Cls = function (coef: ArrayLike | PolyOpts, ...rest: unknown[]) {
    const [c, d, w, s] = bind("__init__", ["coef", "domain", "window", "symbol"], [coef, ...rest]) as [ArrayLike, ArrayLike?, ArrayLike?, string?];
    if (c === undefined) throw new NumpyTypeError("__init__() missing 1 required positional argument: 'coef'");
    return make(c, d, w, s ?? "x");
  } as unknown as PolyClass;
  Object.defineProperty(Cls, "name", { value: spec.name });
  Object.defineProperty(Cls, "prototype", { value: proto });
  Object.defineProperty(proto, "constructor", { value: Cls });
  Object.defineProperty(Cls, "domain", { get: () => classDomain.copy() });
  Object.defineProperty(Cls, "window", { get: () => classWindow.copy() });
  Object.defineProperty(Cls, "basis_name", { value: spec.basis_name });
  Object.defineProperty(Cls, "maxpower", { value: 100 });

  const statics = {
    fit(x: ArrayLike, y: ArrayLike, ...args: unknown[]) {
      const [deg, domainArg, rcond, full = false, w, windowArg, symbol = "x"] = bind("fit", ["deg", "domain", "rcond", "full", "w", "window", "symbol"], args) as [
        ArrayLike?, (ArrayLike | null)?, (number | null)?, boolean?, (ArrayLike | null)?, (ArrayLike | null)?, string?,
      ];
      if (deg === undefined) throw new NumpyTypeError("fit() missing 1 required positional argument: 'deg'");
      let domain: ArrayLike;
      if (domainArg == null) {
        const d = getdomain(x);
        if (equal(d.get(0, "..."), d.get(1, "..."))) {
          d.set(0, add(d.get(0, "..."), -1) as Scalar);
          d.set(1, add(d.get(1, "..."), 1) as Scalar);
        }
        domain = d;
      } else domain = Array.isArray(domainArg) && domainArg.length === 0 ? classDomain.copy() : domainArg;
      const window = windowArg ?? classWindow.copy();
      const xnew = mapdomain(asArray(x), domain, window) as NDArray;
      const res = spec.fit(xnew, y, deg, rcond, full, w);
      if (full) {
        const [coef, status] = res as [NDArray, unknown[]];
        return [make(coef, domain, window, symbol), status];
      }
      return make(res as NDArray, domain, window, symbol);
    },
    fromroots(roots: ArrayLike, ...args: unknown[]) {
      const [domainArg = [], windowArg, symbol = "x"] = bind("fromroots", ["domain", "window", "symbol"], args) as [(ArrayLike | null)?, (ArrayLike | null)?, string?];
      const [r] = as_series([roots], false) as [NDArray];
      const domain = domainArg === null ? getdomain(r) : Array.isArray(domainArg) && domainArg.length === 0 ? classDomain.copy() : domainArg;
      const window = windowArg ?? classWindow.copy();
      const deg = r.shape[0]!;
      const [off, scl] = mapparms(domain, window);
      const rnew = add(off, multiply(scl, r)) as NDArray;
      const coef = divide(spec.fromroots(rnew), power(scl, deg) as Scalar) as NDArray;
      return make(coef, domain, window, symbol);
    },
    identity(...args: unknown[]) {
      const [domainArg, windowArg, symbol = "x"] = bind("identity", ["domain", "window", "symbol"], args) as [(ArrayLike | null)?, (ArrayLike | null)?, string?];
      const domain = domainArg ?? classDomain.copy();
      const window = windowArg ?? classWindow.copy();
      const [off, scl] = mapparms(window, domain);
      return make(spec.line(off, scl), domain, window, symbol);
    },
    basis(...args: unknown[]) {
      const [deg, domainArg, windowArg, symbol = "x"] = bind("basis", ["deg", "domain", "window", "symbol"], args) as [number, (ArrayLike | null)?, (ArrayLike | null)?, string?];
      const ideg = Math.trunc(deg);
      if (ideg !== deg || ideg < 0) throw new ValueError("deg must be non-negative integer");
      return make([...(new Array(ideg).fill(0) as number[]), 1], domainArg ?? classDomain.copy(), windowArg ?? classWindow.copy(), symbol);
    },
    cast(series: PolyBase, ...args: unknown[]) {
      const [domainArg, windowArg] = bind("cast", ["domain", "window"], args) as [(ArrayLike | null)?, (ArrayLike | null)?];
      return series.convert(domainArg ?? classDomain.copy(), Cls, windowArg ?? classWindow.copy());
    },
  };
  for (const [k, v] of Object.entries(statics)) Object.defineProperty(Cls, k, { value: v, writable: true, configurable: true });
  return Cls;
}
