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
import * as S from "../kernels/ts/scalar-ops.js";
import { reference } from "../kernels/ts/math.js";
import { castFloatToInt } from "../core/scalar.js";

type N1 = (x: number) => number;
type N2 = (x: number, y: number) => number;
type B1 = (x: bigint) => bigint;
type B2 = (x: bigint, y: bigint) => bigint;

/** How the output dtype follows from the loop dtype. */
export type OutRule = "same" | "bool" | "real" | "frexp";

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
}

const ALL = "?bBhHiIlLfdFD";
const NUM = "bBhHiIlLfdFD";
const INTS = "bBhHiIlL";
const BINTS = "?bBhHiIlL";
const INEXACT = "fdFD";
const FLOATS = "fd";
const INTREAL = "bBhHiIlLfd";
const REAL = "?bBhHiIlLfd";

const bits = (dt: DType) => dt.itemsize * 8;
const signed = (dt: DType) => dt.kind === "i";
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

function intPowN(dt: DType): N2 {
  const wrap = bits(dt) === 32 ? (signed(dt) ? (x: number) => x | 0 : (x: number) => x >>> 0) : signed(dt) ? (x: number) => (x << (32 - bits(dt))) >> (32 - bits(dt)) : (x: number) => x & ((1 << bits(dt)) - 1);
  const mul = bits(dt) === 32 ? (a: number, b: number) => wrap(Math.imul(a, b)) : (a: number, b: number) => wrap(a * b);
  return (x, y) => {
    let r = 1;
    let base = x;
    let e = y;
    while (e > 0) {
      if (e & 1) r = mul(r, base);
      base = mul(base, base);
      e = Math.floor(e / 2);
    }
    return r;
  };
}

function intPowBig(dt: DType): B2 {
  const wrap = signed(dt) ? (x: bigint) => BigInt.asIntN(64, x) : (x: bigint) => BigInt.asUintN(64, x);
  return (x, y) => {
    let r = 1n;
    let base = x;
    let e = y;
    while (e > 0n) {
      if (e & 1n) r = wrap(r * base);
      base = wrap(base * base);
      e >>= 1n;
    }
    return r;
  };
}

const shiftN = (left: boolean) => (dt: DType): N2 => {
  const w = bits(dt);
  if (left) return w === 32 ? (a, b) => (b >= 0 && b < 32 ? a << b : 0) : (a, b) => (b >= 0 && b < w ? a * 2 ** b : 0);
  if (!signed(dt)) return (a, b) => (b >= 0 && b < w ? Math.floor(a / 2 ** b) : 0);
  return (a, b) => (b >= 0 && b < w ? a >> b : a < 0 ? -1 : 0);
};
const shiftBig = (left: boolean) => (dt: DType): B2 => {
  if (left) return (a, b) => (b >= 0n && b < 64n ? a << b : 0n);
  return (a, b) => (b >= 0n && b < 64n ? a >> b : a < 0n && signed(dt) ? -1n : 0n);
};

const divOverflow = (dt: DType) => (a: number, b: number) => {
  if (signed(dt)) S.checkDivOverflow(a, b, bits(dt));
  return S.floorDivideInt(a, b);
};

function signN(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x;
}

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

/** Every ufunc, by NumPy name. */
export const UFUNCS = {
  add: def("add", 2, ALL, { identity: 0, f: k((a: number, b: number) => a + b), i: k((a: number, b: number) => a + b), big: k((a: bigint, b: bigint) => a + b) }),
  subtract: def("subtract", 2, NUM, { f: k((a: number, b: number) => a - b), i: k((a: number, b: number) => a - b), big: k((a: bigint, b: bigint) => a - b) }),
  multiply: def("multiply", 2, ALL, {
    identity: 1,
    f: k((a: number, b: number) => a * b),
    i: (dt) => (bits(dt) === 32 ? (a: number, b: number) => Math.imul(a, b) : (a: number, b: number) => a * b),
    big: k((a: bigint, b: bigint) => a * b),
  }),
  divide: def("divide", 2, INEXACT, { intAsFloat: true, f: k((a: number, b: number) => a / b), pole: (_a, b) => b === 0 }),
  floor_divide: def("floor_divide", 2, INTREAL, { f: k(S.floorDivideFloat), i: divOverflow, big: k(S.floorDivideBig), pole: (_a, b) => b === 0 }),
  remainder: def("remainder", 2, INTREAL, { f: k(S.remainderFloat), i: k(S.remainderInt), big: k(S.remainderBig), pole: (_a, b) => b === 0 }),
  fmod: def("fmod", 2, INTREAL, { f: k((a: number, b: number) => a % b), i: k(S.fmodInt), big: k(S.fmodBig) }),
  divmod: def("divmod", 2, INTREAL, { nout: 2, kernel: null, f: k(S.divmodFloat), i: k(S.divmodInt), big: k(S.divmodBig), pole: (_a, b) => b === 0 }),
  power: def("power", 2, NUM, { f: ref("power"), i: intPowN, big: intPowBig, pole: (a, b) => a === 0 && b < 0 }),
  float_power: def("float_power", 2, "dD", { kernel: "power", f: ref("power"), pole: (a, b) => a === 0 && b < 0 }),
  maximum: def("maximum", 2, ALL, {
    f: k((a: number, b: number) => (a !== a ? a : b !== b ? b : a > b ? a : b)),
    i: k((a: number, b: number) => (a > b ? a : b)),
    big: k((a: bigint, b: bigint) => (a > b ? a : b)),
  }),
  minimum: def("minimum", 2, ALL, {
    f: k((a: number, b: number) => (a !== a ? a : b !== b ? b : a < b ? a : b)),
    i: k((a: number, b: number) => (a < b ? a : b)),
    big: k((a: bigint, b: bigint) => (a < b ? a : b)),
  }),
  fmax: def("fmax", 2, ALL, {
    f: k((a: number, b: number) => (b !== b ? a : a !== a ? b : a > b ? a : b)),
    i: k((a: number, b: number) => (a > b ? a : b)),
    big: k((a: bigint, b: bigint) => (a > b ? a : b)),
  }),
  fmin: def("fmin", 2, ALL, {
    f: k((a: number, b: number) => (b !== b ? a : a !== a ? b : a < b ? a : b)),
    i: k((a: number, b: number) => (a < b ? a : b)),
    big: k((a: bigint, b: bigint) => (a < b ? a : b)),
  }),
  logaddexp: def("logaddexp", 2, FLOATS, { identity: -Infinity, f: ref("logaddexp") }),
  logaddexp2: def("logaddexp2", 2, FLOATS, { identity: -Infinity, f: ref("logaddexp2") }),
  arctan2: def("arctan2", 2, FLOATS, { f: ref("arctan2") }),
  hypot: def("hypot", 2, FLOATS, { f: ref("hypot") }),
  copysign: def("copysign", 2, FLOATS, { f: k(S.copysign) }),
  nextafter: def("nextafter", 2, FLOATS, { f: (dt) => (dt.itemsize === 4 ? S.nextafter32 : S.nextafter64) }),
  heaviside: def("heaviside", 2, FLOATS, { f: k((x: number, h: number) => (x < 0 ? 0 : x > 0 ? 1 : x === 0 ? h : x)) }),
  ldexp: def("ldexp", 2, FLOATS, { f: k(S.ldexp), inputs: (loop) => [loop, INT32] }),
  gcd: def("gcd", 2, INTS, { identity: 0, i: (dt) => (a: number, b: number) => A.gcdInt(a, b, A.kernelCode(dt)), big: (dt) => (a: bigint, b: bigint) => A.gcdBig(a, b, A.kernelCode(dt)) }),
  lcm: def("lcm", 2, INTS, { i: (dt) => (a: number, b: number) => A.lcmInt(a, b, A.kernelCode(dt)), big: (dt) => (a: bigint, b: bigint) => A.lcmBig(a, b, A.kernelCode(dt)) }),
  bitwise_and: def("bitwise_and", 2, BINTS, { identity: -1, i: k((a: number, b: number) => a & b), big: k((a: bigint, b: bigint) => a & b) }),
  bitwise_or: def("bitwise_or", 2, BINTS, { identity: 0, i: k((a: number, b: number) => a | b), big: k((a: bigint, b: bigint) => a | b) }),
  bitwise_xor: def("bitwise_xor", 2, BINTS, { identity: 0, i: k((a: number, b: number) => a ^ b), big: k((a: bigint, b: bigint) => a ^ b) }),
  left_shift: def("left_shift", 2, INTS, { i: shiftN(true), big: shiftBig(true) }),
  right_shift: def("right_shift", 2, INTS, { i: shiftN(false), big: shiftBig(false) }),
  logical_and: def("logical_and", 2, ALL, { identity: true, out: "bool", ...cmpN((a, b) => (a != 0 && b != 0 ? 1 : 0)) }),
  logical_or: def("logical_or", 2, ALL, { identity: false, out: "bool", ...cmpN((a, b) => (a != 0 || b != 0 ? 1 : 0)) }),
  logical_xor: def("logical_xor", 2, ALL, { identity: false, out: "bool", ...cmpN((a, b) => ((a != 0) !== (b != 0) ? 1 : 0)) }),
  equal: def("equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a == b ? 1 : 0)) }),
  not_equal: def("not_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a != b ? 1 : 0)) }),
  less: def("less", 2, ALL, { out: "bool", ...cmpN((a, b) => (a < b ? 1 : 0)) }),
  less_equal: def("less_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a <= b ? 1 : 0)) }),
  greater: def("greater", 2, ALL, { out: "bool", ...cmpN((a, b) => (a > b ? 1 : 0)) }),
  greater_equal: def("greater_equal", 2, ALL, { out: "bool", ...cmpN((a, b) => (a >= b ? 1 : 0)) }),

  negative: def("negative", 1, NUM, { f: k((x: number) => -x), i: k((x: number) => -x), big: k((x: bigint) => -x) }),
  positive: def("positive", 1, NUM, { f: k((x: number) => x), i: k((x: number) => x), big: k((x: bigint) => x) }),
  absolute: def("absolute", 1, ALL, { out: "real", f: k(Math.abs), i: k(Math.abs), big: k((x: bigint) => (x < 0n ? -x : x)) }),
  fabs: def("fabs", 1, FLOATS, { f: k(Math.abs) }),
  sign: def("sign", 1, NUM, { f: k(signN), i: k(signN), big: k((x: bigint) => (x > 0n ? 1n : x < 0n ? -1n : 0n)) }),
  reciprocal: def("reciprocal", 1, NUM, {
    f: k((x: number) => 1 / x),
    i: (dt) => (x: number) => castFloatToInt(1 / x, dt) as number,
    big: (dt) => (x: bigint) => castFloatToInt(1 / Number(x), dt) as bigint,
    pole: (x) => x === 0,
  }),
  square: def("square", 1, NUM, { f: k((x: number) => x * x), i: (dt) => (bits(dt) === 32 ? (x: number) => Math.imul(x, x) : (x: number) => x * x), big: k((x: bigint) => x * x) }),
  sqrt: def("sqrt", 1, INEXACT, { f: ref("sqrt") }),
  cbrt: def("cbrt", 1, FLOATS, { f: ref("cbrt") }),
  exp: def("exp", 1, INEXACT, { f: ref("exp") }),
  exp2: def("exp2", 1, INEXACT, { f: ref("exp2") }),
  expm1: def("expm1", 1, INEXACT, { f: ref("expm1") }),
  log: def("log", 1, INEXACT, { f: ref("log"), pole: (x) => x === 0 }),
  log2: def("log2", 1, INEXACT, { f: ref("log2"), pole: (x) => x === 0 }),
  log10: def("log10", 1, INEXACT, { f: ref("log10"), pole: (x) => x === 0 }),
  log1p: def("log1p", 1, INEXACT, { f: ref("log1p"), pole: (x) => x === -1 }),
  sin: def("sin", 1, INEXACT, { f: ref("sin") }),
  cos: def("cos", 1, INEXACT, { f: ref("cos") }),
  tan: def("tan", 1, INEXACT, { f: ref("tan") }),
  arcsin: def("arcsin", 1, INEXACT, { f: ref("arcsin") }),
  arccos: def("arccos", 1, INEXACT, { f: ref("arccos") }),
  arctan: def("arctan", 1, INEXACT, { f: ref("arctan") }),
  sinh: def("sinh", 1, INEXACT, { f: ref("sinh") }),
  cosh: def("cosh", 1, INEXACT, { f: ref("cosh") }),
  tanh: def("tanh", 1, INEXACT, { f: ref("tanh") }),
  arcsinh: def("arcsinh", 1, INEXACT, { f: ref("arcsinh") }),
  arccosh: def("arccosh", 1, INEXACT, { f: ref("arccosh") }),
  arctanh: def("arctanh", 1, INEXACT, { f: ref("arctanh"), pole: (x) => Math.abs(x) === 1 }),
  degrees: def("degrees", 1, FLOATS, { f: scaleBy(true) }),
  radians: def("radians", 1, FLOATS, { f: scaleBy(false) }),
  deg2rad: def("deg2rad", 1, FLOATS, { kernel: "radians", f: scaleBy(false) }),
  rad2deg: def("rad2deg", 1, FLOATS, { kernel: "degrees", f: scaleBy(true) }),
  // NumPy 2 keeps integers integral here (bool and int loops are the identity).
  floor: def("floor", 1, REAL, { f: k(Math.floor), i: k((x: number) => x), big: k((x: bigint) => x) }),
  ceil: def("ceil", 1, REAL, { f: k(Math.ceil), i: k((x: number) => x), big: k((x: bigint) => x) }),
  trunc: def("trunc", 1, REAL, { f: k(Math.trunc), i: k((x: number) => x), big: k((x: bigint) => x) }),
  rint: def("rint", 1, INEXACT, { f: k(S.rint) }),
  spacing: def("spacing", 1, FLOATS, { f: (dt) => (dt.itemsize === 4 ? S.spacing32 : S.spacing64) }),
  isnan: def("isnan", 1, ALL, { out: "bool", f: k((x: number) => (x !== x ? 1 : 0)), i: k(() => 0), big: k((() => 0) as unknown as B1) }),
  isinf: def("isinf", 1, ALL, { out: "bool", f: k((x: number) => (x === Infinity || x === -Infinity ? 1 : 0)), i: k(() => 0), big: k((() => 0) as unknown as B1) }),
  isfinite: def("isfinite", 1, ALL, { out: "bool", f: k((x: number) => (Number.isFinite(x) ? 1 : 0)), i: k(() => 1), big: k((() => 1) as unknown as B1) }),
  signbit: def("signbit", 1, FLOATS, { out: "bool", f: k((x: number) => (x < 0 || Object.is(x, -0) || (x !== x && isNegativeNaN(x)) ? 1 : 0)) }),
  logical_not: def("logical_not", 1, ALL, { out: "bool", f: k((x: number) => (x != 0 ? 0 : 1)), i: k((x: number) => (x ? 0 : 1)), big: k(((x: bigint) => (x ? 0 : 1)) as unknown as B1) }),
  invert: def("invert", 1, BINTS, { i: (dt) => (dt.kind === "b" ? (x: number) => (x ? 0 : 1) : (x: number) => ~x), big: k((x: bigint) => ~x) }),
  conjugate: def("conjugate", 1, NUM, { f: k((x: number) => x), i: k((x: number) => x), big: k((x: bigint) => x) }),
  frexp: def("frexp", 1, FLOATS, { nout: 2, out: "frexp", kernel: null, f: k(S.frexpMantissa) }),
  modf: def("modf", 1, FLOATS, { nout: 2, kernel: null, f: k(modfFrac) }),
} satisfies Record<string, UfuncDef>;

export type UfuncName = keyof typeof UFUNCS;

/** modf's integral part, left by modfFrac. */
export let modfInt = 0;
function modfFrac(x: number): number {
  if (x === Infinity || x === -Infinity) {
    modfInt = x;
    return S.copysign(0, x);
  }
  const t = Math.trunc(x);
  modfInt = t;
  return x !== x ? x : S.copysign(x - t, x);
}

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
      return big ? S.divmodRemainderBig : S.divmodRemainder;
    case "frexp":
      return S.frexpExponent;
    case "modf":
      return modfInt;
    default:
      return big ? 0n : 0;
  }
}
