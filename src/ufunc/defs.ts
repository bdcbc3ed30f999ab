/**
 * THE table of ufuncs: each NumPy universal function declared once, with its arity, identity,
 * loops (dtype characters in NumPy's loop order, which drives type resolution), output rule,
 * and the per-element operation for each domain of the TypeScript kernel path. The WebAssembly
 * kernels for the same loops are found by name (`<kernel>_<dtype code>`).
 *
 * @example
 * UFUNCS.add.loops // "?bBhHiIlLfdFD"
 */
import { INT32, type DType } from "../core/dtype.js";
import * as A from "../kernels/ts/arith.js";
import { frexpExponent, frexpMantissa, modfFraction, modfIntegral } from "../kernels/ts/split.js";
import { reference } from "../kernels/ts/math.js";

type N1 = (x: number) => number;
type N2 = (x: number, y: number) => number;
type B1 = (x: bigint) => bigint;
type B2 = (x: bigint, y: bigint) => bigint;

/** How the output dtype follows from the loop dtype. */
export type OutRule = "same" | "bool" | "real" | "frexp" | "uint8";

/** Per-ufunc memo of resolved loops, kernels and element functions (filled on first use). */
export interface UfuncCache {
  loops?: DType[];
  /** By dtype id: the kernel (null when the module has none). */
  kernels: (((...a: number[]) => number | undefined) | null)[];
  /** By dtype id: the TypeScript element function and its domain. */
  elements: ({ fn: (...a: never[]) => unknown; domain: "num" | "big" | "c" } | undefined)[];
  /** By dtype id * 5 + weak kind: the fast path's loop dtype (null: no loop). */
  fast: (DType | null | undefined)[];
  /** By loop dtype id: the output dtypes. */
  outputs: (DType[] | undefined)[];
}

export interface UfuncDef {
  readonly name: string;
  /** @internal Memo, not part of the declaration. */
  readonly cache: UfuncCache;
  readonly nin: 1 | 2;
  readonly nout: 1 | 2;
  readonly identity: number | boolean | null;
  /** Loop dtypes, in NumPy's order (dtype chars: ? b B h H i I l L f d F D). */
  readonly loops: string;
  readonly out: OutRule;
  /** True division: integer and bool inputs use the float64 loop. */
  readonly intAsFloat?: boolean;
  /** Base name of the WebAssembly kernels; null when there are none. */
  readonly kernel: string | null;
  /** Float loops (float32/float64): one function for both. */
  readonly f?: (dt: DType) => N1 | N2;
  /** Integer loops held as numbers (bool, int8..uint32), stored with wraparound. */
  readonly i?: (dt: DType) => N1 | N2;
  /** int64/uint64 loops, as bigint. */
  readonly big?: (dt: DType) => B1 | B2;
  // Complex loops (dtype chars F, D in `loops`) live in kernels/ts/complex.ts under the name.
  /** Input dtypes when they differ from the loop dtype (ldexp's int32 exponent). */
  readonly inputs?: (loop: DType) => DType[];
  /** True when a non-finite result of finite inputs is a division by zero (else overflow). */
  readonly pole?: (x: number, y: number) => boolean;
  /** The same for a unary complex loop, given the input's parts (else `pole` of its magnitude). */
  readonly cpole?: (re: number, im: number) => boolean;
}

const ALL = "?bBhHiIlLfdFD";
const NUM = "bBhHiIlLfdFD";
const INTS = "bBhHiIlL";
const BINTS = "?bBhHiIlL";
const INEXACT = "fdFD";
const FLOATS = "fd";
const INTREAL = "bBhHiIlLfd";
const REAL = "?bBhHiIlLfd";

const k = <T>(v: T) => () => v;
/** The float loops of a transcendental: the kernels' own TypeScript reference (same bits). */
const ref = (op: string) => (dt: DType) => reference[`${op}_${dt.itemsize === 4 ? "f32" : "f64"}`]! as N1 & N2;

function def(
  name: string,
  nin: 1 | 2,
  loops: string,
  ops: Omit<UfuncDef, "name" | "nin" | "nout" | "identity" | "loops" | "out" | "kernel" | "cache"> &
    Partial<Pick<UfuncDef, "nout" | "identity" | "out" | "kernel">>,
): UfuncDef {
  const cache: UfuncCache = { kernels: [], elements: [], fast: [], outputs: [] };
  return { name, nin, nout: 1, identity: null, out: "same", kernel: name, loops, cache, ...ops };
}

const cmpN = (f: N2) => ({ f: k(f), i: k(f), big: k(((a: bigint, b: bigint) => (f as unknown as B2)(a, b)) as B2) });

/**
 * An element operation of the arithmetic kernels' TypeScript reference (their exact semantics).
 * Integers have no NaN, so fmax/fmin are maximum/minimum there, and bools are their own absolute.
 */
const SAME_ON_INTEGERS: Record<string, string> = { fmax: "maximum", fmin: "minimum" };
const arith2 = (op: string) => (dt: DType) => (A.binaryRef(op, A.kernelCode(dt)) ?? A.binaryRef(SAME_ON_INTEGERS[op]!, A.kernelCode(dt))) as N2 & B2;
const arith1 = (op: string) => (dt: DType) => (A.unaryRef(op, A.kernelCode(dt)) ?? (dt.kind === "b" ? (x: number) => x : undefined)) as N1 & B1;
/** The same operation for every real dtype domain. */
const real2 = (op: string) => ({ f: arith2(op), i: arith2(op), big: arith2(op) });
const real1 = (op: string) => ({ f: arith1(op), i: arith1(op), big: arith1(op) });

/** divmod's quotient; the remainder is left for secondOutput. */
let divmodRest: number | bigint = 0;
const divmodOf = (dt: DType) => {
  const q = A.binaryRef("floor_divide", A.kernelCode(dt))!;
  const r = A.binaryRef("remainder", A.kernelCode(dt))!;
  return ((a: number, b: number) => {
    divmodRest = r(a, b);
    return q(a, b);
  }) as N2 & B2;
};

/**
 * degrees/radians: x * c. NumPy's float32 loops compute c in float32 from a float32 pi
 * (180.0f / NPY_PIf), so their constant is not float32(180 / pi).
 */
const scaleBy = (toDegrees: boolean) => (dt: DType) => {
  const f32 = dt.itemsize === 4;
  const pi = f32 ? Math.fround(Math.PI) : Math.PI;
  const c = toDegrees ? 180 / pi : pi / 180;
  const cc = f32 ? Math.fround(c) : c;
  return (x: number) => x * cc;
};

/** The number of 1-bits of |x| (bitwise_count), for integers held as numbers. */
function popcountAbs(x: number): number {
  let v = Math.abs(x);
  let n = 0;
  while (v > 0) {
    const lo = v % 65536;
    for (let w = lo; w; w &= w - 1) n++;
    v = (v - lo) / 65536;
  }
  return n;
}

/** The number of 1-bits of |x| for int64/uint64 (as bigint), returned as a number. */
function popcountAbsBig(x: bigint): number {
  let v = x < 0n ? -x : x;
  let n = 0;
  while (v > 0n) {
    n += popcountAbs(Number(v & 0xffffn));
    v >>= 16n;
  }
  return n;
}

/** Every ufunc, by NumPy name. */
export const UFUNCS = {
  add: def("add", 2, ALL, { identity: 0, ...real2("add") }),
  subtract: def("subtract", 2, NUM, real2("subtract")),
  multiply: def("multiply", 2, ALL, { identity: 1, ...real2("multiply") }),
  divide: def("divide", 2, INEXACT, { intAsFloat: true, f: arith2("divide"), pole: (_a, b) => b === 0 }),
  floor_divide: def("floor_divide", 2, INTREAL, { ...real2("floor_divide"), pole: (_a, b) => b === 0 }),
  remainder: def("remainder", 2, INTREAL, { ...real2("remainder"), pole: (_a, b) => b === 0 }),
  fmod: def("fmod", 2, INTREAL, { ...real2("fmod"), pole: (_a, b) => b === 0 }),
  divmod: def("divmod", 2, INTREAL, { nout: 2, kernel: null, f: divmodOf, i: divmodOf, big: divmodOf, pole: (_a, b) => b === 0 }),
  power: def("power", 2, NUM, { f: ref("power"), i: arith2("power"), big: arith2("power"), pole: (a, b) => a === 0 && b < 0 }),
  float_power: def("float_power", 2, "dD", { kernel: "float_power", f: ref("power"), pole: (a, b) => a === 0 && b < 0 }),
  maximum: def("maximum", 2, ALL, real2("maximum")),
  minimum: def("minimum", 2, ALL, real2("minimum")),
  fmax: def("fmax", 2, ALL, real2("fmax")),
  fmin: def("fmin", 2, ALL, real2("fmin")),
  logaddexp: def("logaddexp", 2, FLOATS, { identity: -Infinity, f: ref("logaddexp") }),
  logaddexp2: def("logaddexp2", 2, FLOATS, { identity: -Infinity, f: ref("logaddexp2") }),
  arctan2: def("arctan2", 2, FLOATS, { f: ref("arctan2") }),
  hypot: def("hypot", 2, FLOATS, { identity: 0, f: ref("hypot") }),
  copysign: def("copysign", 2, FLOATS, { f: arith2("copysign") }),
  nextafter: def("nextafter", 2, FLOATS, { f: arith2("nextafter") }),
  heaviside: def("heaviside", 2, FLOATS, { f: arith2("heaviside") }),
  ldexp: def("ldexp", 2, FLOATS, { f: arith2("ldexp"), inputs: (loop) => [loop, INT32] }),
  gcd: def("gcd", 2, INTS, { identity: 0, i: arith2("gcd"), big: arith2("gcd") }),
  lcm: def("lcm", 2, INTS, { i: arith2("lcm"), big: arith2("lcm") }),
  bitwise_and: def("bitwise_and", 2, BINTS, { identity: -1, i: arith2("bitwise_and"), big: arith2("bitwise_and") }),
  bitwise_or: def("bitwise_or", 2, BINTS, { identity: 0, i: arith2("bitwise_or"), big: arith2("bitwise_or") }),
  bitwise_xor: def("bitwise_xor", 2, BINTS, { identity: 0, i: arith2("bitwise_xor"), big: arith2("bitwise_xor") }),
  left_shift: def("left_shift", 2, INTS, { i: arith2("left_shift"), big: arith2("left_shift") }),
  right_shift: def("right_shift", 2, INTS, { i: arith2("right_shift"), big: arith2("right_shift") }),
  logical_and: def("logical_and", 2, ALL, { identity: true, out: "bool", ...cmpN((a, b) => (a != 0 && b != 0 ? 1 : 0)) }),
  logical_or: def("logical_or", 2, ALL, { identity: false, out: "bool", ...cmpN((a, b) => (a != 0 || b != 0 ? 1 : 0)) }),
  logical_xor: def("logical_xor", 2, ALL, { identity: false, out: "bool", ...cmpN((a, b) => ((a != 0) !== (b != 0) ? 1 : 0)) }),
  equal: def("equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a == b ? 1 : 0)) }),
  not_equal: def("not_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a != b ? 1 : 0)) }),
  less: def("less", 2, ALL, { out: "bool", ...cmpN((a, b) => (a < b ? 1 : 0)) }),
  less_equal: def("less_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a <= b ? 1 : 0)) }),
  greater: def("greater", 2, ALL, { out: "bool", ...cmpN((a, b) => (a > b ? 1 : 0)) }),
  greater_equal: def("greater_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a >= b ? 1 : 0)) }),

  negative: def("negative", 1, NUM, real1("negative")),
  positive: def("positive", 1, NUM, { f: k((x: number) => x), i: k((x: number) => x), big: k((x: bigint) => x) }),
  absolute: def("absolute", 1, ALL, { out: "real", ...real1("absolute") }),
  fabs: def("fabs", 1, FLOATS, { f: k(Math.abs) }),
  sign: def("sign", 1, NUM, real1("sign")),
  reciprocal: def("reciprocal", 1, NUM, { ...real1("reciprocal"), pole: (x) => x === 0 }),
  square: def("square", 1, NUM, real1("square")),
  sqrt: def("sqrt", 1, INEXACT, { f: ref("sqrt") }),
  cbrt: def("cbrt", 1, FLOATS, { f: ref("cbrt") }),
  exp: def("exp", 1, INEXACT, { f: ref("exp") }),
  exp2: def("exp2", 1, INEXACT, { f: ref("exp2") }),
  expm1: def("expm1", 1, INEXACT, { f: ref("expm1") }),
  log: def("log", 1, INEXACT, { f: ref("log"), pole: (x) => x === 0 }),
  log2: def("log2", 1, INEXACT, { f: ref("log2"), pole: (x) => x === 0 }),
  log10: def("log10", 1, INEXACT, { f: ref("log10"), pole: (x) => x === 0 }),
  log1p: def("log1p", 1, INEXACT, { f: ref("log1p"), pole: (x) => x === -1, cpole: (re, im) => re === -1 && im === 0 }),
  sin: def("sin", 1, INEXACT, { f: ref("sin") }),
  cos: def("cos", 1, INEXACT, { f: ref("cos") }),
  tan: def("tan", 1, INEXACT, { f: ref("tan") }),
  arcsin: def("arcsin", 1, INEXACT, { f: ref("arcsin") }),
  arccos: def("arccos", 1, INEXACT, { f: ref("arccos") }),
  arctan: def("arctan", 1, INEXACT, { f: ref("arctan"), cpole: (re, im) => re === 0 && Math.abs(im) === 1 }),
  sinh: def("sinh", 1, INEXACT, { f: ref("sinh") }),
  cosh: def("cosh", 1, INEXACT, { f: ref("cosh") }),
  tanh: def("tanh", 1, INEXACT, { f: ref("tanh") }),
  arcsinh: def("arcsinh", 1, INEXACT, { f: ref("arcsinh") }),
  arccosh: def("arccosh", 1, INEXACT, { f: ref("arccosh") }),
  arctanh: def("arctanh", 1, INEXACT, { f: ref("arctanh"), pole: (x) => Math.abs(x) === 1, cpole: (re, im) => Math.abs(re) === 1 && im === 0 }),
  degrees: def("degrees", 1, FLOATS, { f: scaleBy(true) }),
  radians: def("radians", 1, FLOATS, { f: scaleBy(false) }),
  deg2rad: def("deg2rad", 1, FLOATS, { kernel: "radians", f: scaleBy(false) }),
  rad2deg: def("rad2deg", 1, FLOATS, { kernel: "degrees", f: scaleBy(true) }),
  // NumPy 2 keeps integers integral here (bool and int loops are the identity).
  floor: def("floor", 1, REAL, { f: arith1("floor"), i: k((x: number) => x), big: k((x: bigint) => x) }),
  ceil: def("ceil", 1, REAL, { f: arith1("ceil"), i: k((x: number) => x), big: k((x: bigint) => x) }),
  trunc: def("trunc", 1, REAL, { f: arith1("trunc"), i: k((x: number) => x), big: k((x: bigint) => x) }),
  rint: def("rint", 1, INEXACT, { f: arith1("rint") }),
  spacing: def("spacing", 1, FLOATS, { f: arith1("spacing") }),
  isnan: def("isnan", 1, ALL, { out: "bool", f: k((x: number) => (x !== x ? 1 : 0)), i: k(() => 0), big: k((() => 0) as unknown as B1) }),
  isinf: def("isinf", 1, ALL, { out: "bool", f: k((x: number) => (x === Infinity || x === -Infinity ? 1 : 0)), i: k(() => 0), big: k((() => 0) as unknown as B1) }),
  isfinite: def("isfinite", 1, ALL, { out: "bool", f: k((x: number) => (Number.isFinite(x) ? 1 : 0)), i: k(() => 1), big: k((() => 1) as unknown as B1) }),
  signbit: def("signbit", 1, FLOATS, { out: "bool", f: k((x: number) => (x < 0 || Object.is(x, -0) || (x !== x && isNegativeNaN(x)) ? 1 : 0)) }),
  logical_not: def("logical_not", 1, ALL, { out: "bool", f: k((x: number) => (x != 0 ? 0 : 1)), i: k((x: number) => (x ? 0 : 1)), big: k(((x: bigint) => (x ? 0 : 1)) as unknown as B1) }),
  bitwise_count: def("bitwise_count", 1, INTS, { out: "uint8", kernel: null, i: k(popcountAbs), big: k(popcountAbsBig as unknown as B1) }),
  invert: def("invert", 1, BINTS, { i: arith1("invert"), big: arith1("invert") }),
  conjugate: def("conjugate", 1, NUM, { f: k((x: number) => x), i: k((x: number) => x), big: k((x: bigint) => x) }),
  frexp: def("frexp", 1, FLOATS, { nout: 2, out: "frexp", kernel: null, f: k(frexpMantissa) }),
  modf: def("modf", 1, FLOATS, { nout: 2, kernel: null, f: k(modfFraction) }),
} satisfies Record<string, UfuncDef>;

export type UfuncName = keyof typeof UFUNCS;

const nanBits = new Float64Array(1);
const nanHi = new Uint32Array(nanBits.buffer);
function isNegativeNaN(x: number): boolean {
  nanBits[0] = x;
  return (nanHi[1]! & 0x80000000) !== 0;
}

/** Second output of a two-output element function, by ufunc name. */
export function secondOutput(name: string, big: boolean): number | bigint {
  switch (name) {
    case "divmod":
      return divmodRest;
    case "frexp":
      return frexpExponent;
    case "modf":
      return modfIntegral;
    default:
      return big ? 0n : 0;
  }
}
