// Writes assembly/arith/exports.ts: the one-line exported kernels (<op>_<dt>, cast_<from>_<to>)
// that instantiate the generic loops with an op class and a type. Run after changing a table:
//   node assembly/arith/gen-exports.mjs
// The table below is the kernel ABI of the arithmetic family (see assembly/arith.ts).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** dtype code -> AssemblyScript type (complex: the part type). */
const AS = { b: "bool", i8: "i8", u8: "u8", i16: "i16", u16: "u16", i32: "i32", u32: "u32", i64: "i64", u64: "u64", f32: "f32", f64: "f64", c64: "f32", c128: "f64" };
const INT = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64"];
const FLT = ["f32", "f64"];
const CPX = ["c64", "c128"];
const REAL = ["b", ...INT, ...FLT];
const ALL = [...REAL, ...CPX];

const BIN = "a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32";
const BARGS = "a, sa, b, sb, out, so, n";
const UN = "a: usize, sa: isize, out: usize, so: isize, n: i32";
const UARGS = "a, sa, out, so, n";

const lines = [];
/** The plain binary/unary loops return the non-finite flag (i32); the others return nothing. */
const flagged = (call) => call.startsWith("binary<") || call.startsWith("unary<");
const body = (call, args) => (flagged(call) ? `: i32 { return ${call}(${args}); }` : `: void { ${call}(${args}); }`);
const bin = (name, dt, call) => lines.push(`export function ${name}_${dt}(${BIN})${body(call, BARGS)}`);
const un = (name, dt, call) => lines.push(`export function ${name}_${dt}(${UN})${body(call, UARGS)}`);
/** bool storage is u8 0/1 for arithmetic. */
const st = (dt) => (dt === "b" ? "u8" : AS[dt]);

// ---- binary, same type ----
const binOps = [
  ["add", "Add", [...INT, ...FLT]],
  ["subtract", "Sub", [...INT, ...FLT]],
  ["multiply", "Mul", [...INT, ...FLT]],
  ["divide", "Div", FLT],
  ["floor_divide", "FloorDiv", [...INT, ...FLT]],
  ["remainder", "Rem", [...INT, ...FLT]],
  ["fmod", "FMod", [...INT, ...FLT]],
  ["power", "Pow", INT],
  ["maximum", "Max", [...INT, ...FLT]],
  ["minimum", "Min", [...INT, ...FLT]],
  ["fmax", "FMax", FLT],
  ["fmin", "FMin", FLT],
  ["bitwise_and", "BitAnd", INT],
  ["bitwise_or", "BitOr", INT],
  ["bitwise_xor", "BitXor", INT],
  ["left_shift", "Shl", INT],
  ["right_shift", "Shr", INT],
  ["copysign", "CopySign", FLT],
  ["nextafter", "NextAfter", FLT],
  ["heaviside", "Heaviside", FLT],
  ["gcd", "Gcd", INT],
  ["lcm", "Lcm", INT],
];
for (const [name, op, dts] of binOps) for (const dt of dts) bin(name, dt, `binary<${AS[dt]}, ${op}>`);
// bool arithmetic: add = or, multiply = and, maximum = or, minimum = and.
for (const [name, op] of [["add", "BitOr"], ["multiply", "BitAnd"], ["maximum", "BitOr"], ["minimum", "BitAnd"],
  ["bitwise_and", "BitAnd"], ["bitwise_or", "BitOr"], ["bitwise_xor", "BitXor"]]) bin(name, "b", `binary<u8, ${op}>`);

// ---- comparisons and logical ops: bool output ----
const cmpOps = [["equal", "Eq", "CEq"], ["not_equal", "Ne", "CNe"], ["less", "Lt", "CLt"], ["less_equal", "Le", "CLe"],
  ["greater", "Gt", "CGt"], ["greater_equal", "Ge", "CGe"], ["logical_and", "LAnd", "CLAnd"], ["logical_or", "LOr", "CLOr"],
  ["logical_xor", "LXor", "CLXor"]];
for (const [name, op, cop] of cmpOps) {
  for (const dt of REAL) bin(name, dt, `binaryBool<${st(dt)}, ${op}>`);
  for (const dt of CPX) bin(name, dt, `binaryBoolC<${AS[dt]}, ${cop}>`);
}

// ---- complex binary ----
for (const dt of CPX) {
  const p = AS[dt];
  bin("add", dt, `lanewiseC<${p}, Add>`);
  bin("subtract", dt, `lanewiseC<${p}, Sub>`);
  bin("multiply", dt, `binaryC<${p}, CMul>`);
  bin("divide", dt, `binaryC<${p}, CDiv>`);
  bin("maximum", dt, `binaryC<${p}, CMax>`);
  bin("minimum", dt, `binaryC<${p}, CMin>`);
  bin("fmax", dt, `binaryC<${p}, CFMax>`);
  bin("fmin", dt, `binaryC<${p}, CFMin>`);
}

// ---- unary, same type ----
const unOps = [
  ["negative", "Neg", [...INT, ...FLT]],
  ["absolute", "Abs", [...INT, ...FLT]],
  ["square", "Square", [...INT, ...FLT]],
  ["reciprocal", "Recip", [...INT, ...FLT]],
  ["sign", "Sign", [...INT, ...FLT]],
  ["floor", "Floor", FLT],
  ["ceil", "Ceil", FLT],
  ["trunc", "Trunc", FLT],
  ["rint", "Rint", FLT],
  ["invert", "Invert", INT],
  ["spacing", "Spacing", FLT],
];
for (const [name, op, dts] of unOps) for (const dt of dts) un(name, dt, `unary<${AS[dt]}, ${op}>`);
un("invert", "b", "unary<u8, InvertBool>");
for (const dt of CPX) {
  const p = AS[dt];
  un("negative", dt, `unaryC<${p}, CNeg>`);
  un("conjugate", dt, `unaryC<${p}, CConj>`);
  un("square", dt, `unaryC<${p}, CSquare>`);
  un("reciprocal", dt, `unaryC<${p}, CRecip>`);
  un("logical_not", dt, `unaryBoolC<${p}, CLNot>`);
  un("isnan", dt, `unaryBoolC<${p}, CIsNan>`);
  un("isinf", dt, `unaryBoolC<${p}, CIsInf>`);
  un("isfinite", dt, `unaryBoolC<${p}, CIsFinite>`);
}
for (const [name, op] of [["isnan", "IsNan"], ["isinf", "IsInf"], ["isfinite", "IsFinite"], ["signbit", "SignBit"]]) {
  for (const dt of FLT) un(name, dt, `unaryBool<${AS[dt]}, ${op}>`);
}
for (const dt of REAL) un("logical_not", dt, `unaryBool<${st(dt)}, LNot>`);

// ---- reductions over a C array's first axis: acc op= each row ----
const ROWS = "acc: usize, src: usize, rs: isize, rows: i32, n: i32";
for (const [name, op] of [["add", "Add"], ["multiply", "Mul"], ["maximum", "Max"], ["minimum", "Min"]]) {
  for (const dt of [...INT, ...FLT]) lines.push(`export function ${name}_rows_${dt}(${ROWS}): i32 { return reduceRows<${AS[dt]}, ${op}>(acc, src, rs, rows, n); }`);
}

// ---- accumulate in place: along runs, and row after row of contiguous blocks ----
const ACC = "p: usize, s: isize, n: i32, rs: isize, runs: i32";
const ACC_ROWS = "p: usize, rs: isize, rows: i32, n: i32, blocks: i32, bs: isize";
const accOps = binOps.filter(([name]) => ["add", "subtract", "multiply", "maximum", "minimum", "fmax", "fmin", "bitwise_and", "bitwise_or", "bitwise_xor"].includes(name));
const acc = (name, dt, op) => {
  lines.push(`export function ${name}_accum_${dt}(${ACC}): i32 { return accumulate<${st(dt)}, ${op}>(p, s, n, rs, runs); }`);
  lines.push(`export function ${name}_accum_rows_${dt}(${ACC_ROWS}): i32 { return accumulateRows<${st(dt)}, ${op}>(p, rs, rows, n, blocks, bs); }`);
};
for (const [name, op, dts] of accOps) for (const dt of dts) acc(name, dt, op);
for (const [name, op] of [["add", "BitOr"], ["multiply", "BitAnd"], ["maximum", "BitOr"], ["minimum", "BitAnd"]]) acc(name, "b", op);

// ---- casts: all 169 pairs ----
for (const f of ALL) {
  for (const t of ALL) {
    const fc = CPX.includes(f), tc = CPX.includes(t);
    const fn = fc && tc ? "castCC" : fc ? "castCR" : tc ? "castRC" : "castRR";
    lines.push(`export function cast_${f}_${t}(src: usize, ss: isize, dst: usize, ds: isize, n: i32): i32 { return ${fn}<${AS[f]}, ${AS[t]}>(src, ss, dst, ds, n); }`);
  }
}

const header = `// Generated by assembly/arith/gen-exports.mjs: do not edit by hand.
// The exported kernels of the arithmetic family, each one generic loop instantiated with a type
// and an op class. Binary: (a, sa, b, sb, out, so, n); unary and casts: (a, sa, out, so, n);
// strides in bytes. Comparisons, logical ops, isnan/isinf/isfinite/signbit write bool (u8 0/1).
// <op>_rows: (acc, src, rs, rows, n), acc op= each of the rows (row stride rs) of n elements.
// <op>_accum: (p, s, n, rs, runs) and <op>_accum_rows: (p, rs, rows, n, blocks, bs), in place.
import { binary, unary, binaryBool, unaryBool, reduceRows, accumulate, accumulateRows } from "./loops";
import { binaryC, lanewiseC, binaryBoolC, unaryC, unaryBoolC } from "./complex";
import { castRR, castRC, castCR, castCC } from "./cast";
import {
  Add, Sub, Mul, Div, FloorDiv, Rem, FMod, Pow, Max, Min, FMax, FMin, BitAnd, BitOr, BitXor, Shl, Shr,
  CopySign, NextAfter, Heaviside, Gcd, Lcm, Eq, Ne, Lt, Le, Gt, Ge, LAnd, LOr, LXor, Neg, Abs, Square,
  Recip, Sign, Floor, Ceil, Trunc, Rint, Invert, InvertBool, Spacing, IsNan, IsInf, IsFinite, SignBit, LNot,
} from "./ops";
import {
  CMul, CDiv, CMax, CMin, CFMax, CFMin, CEq, CNe, CLt, CLe, CGt, CGe, CLAnd, CLOr, CLXor, CNeg, CConj,
  CSquare, CRecip, CLNot, CIsNan, CIsInf, CIsFinite,
} from "./complex";

`;
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, "exports.ts"), header + lines.join("\n") + "\n");
console.log(`exports.ts: ${lines.length} kernels`);
