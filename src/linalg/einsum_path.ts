/**
 * numpy.einsum_path: the contraction order of an einsum expression (NumPy's greedy and optimal
 * searches, ported from numpy/_core/einsumfunc.py) and its printed cost report. einsum with a
 * truthy `optimize` runs the same parse and path checks first.
 */
import type { ArrayLike } from "../core/coerce.js";
import { isOptions } from "../core/args.js";
import { resolveDType } from "../core/dtype.js";
import { IndexError, KeyError, NumpyTypeError, RuntimeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { asArray } from "../api/creation.js";
import { num, pyFormat } from "../io/printf.js";

const SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** An einsum path: "einsum_path" then the operand positions contracted at each step. */
export type EinsumPath = ["einsum_path", ...number[][]];
/** An `optimize` value: false/true, "greedy", "optimal", [name, memory_limit], or an explicit path. */
export type Optimize = boolean | null | "greedy" | "optimal" | string | readonly unknown[];

type Sizes = Map<string, number>;

const sizeOf = (idx: Iterable<string>, d: Sizes): number => {
  let r = 1;
  for (const i of idx) r *= d.get(i)!;
  return r;
};

const flopCount = (idx: Set<string>, inner: boolean, terms: number, d: Sizes): number => sizeOf(idx, d) * (Math.max(1, terms - 1) + (inner ? 1 : 0));

/** NumPy's _find_contraction: [new result, remaining sets (the result last), removed, contracted]. */
function findContraction(positions: readonly number[], sets: readonly Set<string>[], output: Set<string>): [Set<string>, Set<string>[], Set<string>, Set<string>] {
  const contract = new Set<string>();
  const remain = new Set(output);
  const remaining: Set<string>[] = [];
  sets.forEach((s, i) => {
    if (positions.includes(i)) for (const x of s) contract.add(x);
    else {
      remaining.push(s);
      for (const x of s) remain.add(x);
    }
  });
  const result = new Set([...contract].filter((x) => remain.has(x)));
  const removed = new Set([...contract].filter((x) => !result.has(x)));
  remaining.push(result);
  return [result, remaining, removed, contract];
}

function* combinations2(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
}

function optimalPath(sets: Set<string>[], output: Set<string>, d: Sizes, limit: number): number[][] {
  let full: [number, number[][], Set<string>[]][] = [[0, [], sets]];
  for (let it = 0; it < sets.length - 1; it++) {
    const iter: [number, number[][], Set<string>[]][] = [];
    for (const [cost, positions, remaining] of full) {
      for (const con of combinations2(sets.length - it)) {
        const [result, newSets, removed, contract] = findContraction(con, remaining, output);
        if (sizeOf(result, d) > limit) continue;
        iter.push([cost + flopCount(contract, removed.size > 0, 2, d), [...positions, con], newSets]);
      }
    }
    if (iter.length > 0) full = iter;
    else {
      const best = full.reduce((b, x) => (x[0] < b[0] ? x : b));
      return [...best[1], Array.from({ length: sets.length - it }, (_, k) => k)];
    }
  }
  if (full.length === 0) return [Array.from({ length: sets.length }, (_, k) => k)];
  return full.reduce((b, x) => (x[0] < b[0] ? x : b))[1];
}

type Candidate = [[number, number], [number, number], Set<string>[]];

function greedyPath(sets: Set<string>[], output: Set<string>, d: Sizes, limit: number): number[][] {
  if (sets.length === 1) return [[0]];
  if (sets.length === 2) return [[0, 1]];
  const [, , removed0, contract0] = findContraction(sets.map((_, i) => i), sets, output);
  const naive = flopCount(contract0, removed0.size > 0, sets.length, d);
  let pathCost = 0;
  const path: number[][] = [];
  let known: Candidate[] = [];
  const parse = (pos: [number, number]): Candidate | null => {
    const [result, newSets, removed, contract] = findContraction(pos, sets, output);
    const newSize = sizeOf(result, d);
    if (newSize > limit) return null;
    const removedSize = sizeOf(sets[pos[0]]!, d) + sizeOf(sets[pos[1]]!, d) - newSize;
    const cost = flopCount(contract, removed.size > 0, 2, d);
    if (pathCost + cost > naive) return null;
    return [[-removedSize, cost], pos, newSets];
  };
  let pairs: Iterable<[number, number]> = combinations2(sets.length);
  const less = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const steps = sets.length - 1;
  for (let it = 0; it < steps; it++) {
    for (const pos of pairs) {
      if ([...sets[pos[0]]!].every((x) => !sets[pos[1]]!.has(x))) continue;
      const r = parse(pos);
      if (r) known.push(r);
    }
    if (known.length === 0) {
      for (const pos of combinations2(sets.length)) {
        const r = parse(pos);
        if (r) known.push(r);
      }
      if (known.length === 0) {
        path.push(sets.map((_, i) => i));
        break;
      }
    }
    const best = known.reduce((b, x) => (less(x[0], b[0]) ? x : b));
    // NumPy's _update_other_results: keep the candidates not touching the contracted pair
    const [bx, by] = best[1];
    const kept: Candidate[] = [];
    for (const [cost, [x, y], conSets] of known) {
      if (x === bx || x === by || y === bx || y === by) continue;
      const cs = conSets.slice();
      cs.splice(by - +(by > x) - +(by > y), 1);
      cs.splice(bx - +(bx > x) - +(bx > y), 1);
      cs.splice(cs.length - 1, 0, best[2][best[2].length - 1]!);
      kept.push([cost, [x - +(x > bx) - +(x > by), y - +(y > bx) - +(y > by)], cs]);
    }
    known = kept;
    sets = best[2];
    const last = sets.length - 1;
    pairs = Array.from({ length: last }, (_, i) => [i, last] as [number, number]);
    path.push(best[1]);
    pathCost += best[0][1];
  }
  return path;
}

/** NumPy's _parse_einsum_input: [input subscripts, output subscript, operands] ("..." spelled with unused symbols). */
function parseInput(args: readonly unknown[]): [string, string, NDArray[]] {
  if (args.length === 0) throw new ValueError("No input operands");
  let subscripts: string;
  let operands: NDArray[];
  if (typeof args[0] === "string") {
    subscripts = args[0].replace(/ /g, "");
    operands = args.slice(1).map((x) => asArray(x as ArrayLike));
    for (const s of subscripts) if (!".,->".includes(s) && !SYMBOLS.includes(s)) throw new ValueError(`Character ${s} is not a valid symbol.`);
  } else {
    const term = (list: unknown): string => {
      let t = "";
      for (const s of list as unknown[]) {
        if (s === "...") t += "...";
        else if (typeof s === "number" && Number.isInteger(s)) t += SYMBOLS.at(s) ?? "";
        else throw new NumpyTypeError("For this input type lists must contain either int or Ellipsis");
      }
      return t;
    };
    const terms: string[] = [];
    operands = [];
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
      operands.push(asArray(args[i] as ArrayLike));
      terms.push(term(args[i + 1]));
    }
    subscripts = terms.join(",") + (i < args.length ? `->${term(args[i])}` : "");
  }
  if (subscripts.includes("-") || subscripts.includes(">")) {
    const count = (c: string) => subscripts.split(c).length - 1;
    if (count("-") > 1 || count(">") > 1 || count("->") !== 1) throw new ValueError("Subscripts can only contain one '->'.");
  }
  const implicit = (s: string): string => {
    let o = "";
    for (const c of [...new Set(s)].sort()) {
      if (!SYMBOLS.includes(c)) throw new ValueError(`Character ${c} is not a valid symbol.`);
      if (s.split(c).length === 2) o += c;
    }
    return o;
  };
  if (subscripts.includes(".")) {
    const used = new Set(subscripts.replace(/[.,]|->/g, ""));
    const unused = [...SYMBOLS].filter((c) => !used.has(c)).join("");
    let longest = 0;
    const hasOut = subscripts.includes("->");
    const [inputTmp, outputSub] = hasOut ? subscripts.split("->") : [subscripts, ""];
    const split = inputTmp!.split(",");
    split.forEach((sub, k) => {
      if (!sub.includes(".")) return;
      if (sub.split(".").length !== 4 || sub.split("...").length !== 2) throw new ValueError("Invalid Ellipses.");
      const op = operands[k]!;
      const count = op.ndim === 0 ? 0 : Math.max(op.ndim, 1) - (sub.length - 3);
      longest = Math.max(longest, count);
      if (count < 0) throw new ValueError("Ellipses lengths do not match.");
      split[k] = sub.replace("...", count === 0 ? "" : unused.slice(-count));
    });
    subscripts = split.join(",");
    const outEll = longest === 0 ? "" : unused.slice(-longest);
    if (hasOut) subscripts += "->" + outputSub!.replace("...", outEll);
    else {
      const o = implicit(subscripts.replace(/,/g, ""));
      subscripts += "->" + outEll + [...o].filter((c) => !outEll.includes(c)).sort().join("");
    }
  }
  let input: string, output: string;
  if (subscripts.includes("->")) [input, output] = subscripts.split("->") as [string, string];
  else {
    input = subscripts;
    output = implicit(subscripts.replace(/,/g, ""));
  }
  for (const c of output) {
    if (output.split(c).length !== 2) throw new ValueError(`Output character ${c} appeared more than once in the output.`);
    if (!input.includes(c)) throw new ValueError(`Output character ${c} did not appear in the input`);
  }
  if (input.split(",").length !== operands.length) throw new ValueError("Number of einsum subscripts must be equal to the number of operands.");
  return [input, output, operands];
}

const e3 = (x: number): string => pyFormat("%.3e", [num(resolveDType("float64"), x)]);

/**
 * The path and report of NumPy's einsum_path; `report` false skips building the text.
 * @internal einsum's check of its `optimize` argument.
 */
export function einsumPathCore(args: readonly unknown[], optimize: Optimize, report = true): { path: number[][]; text: string } {
  let pathType: unknown = optimize === true ? "greedy" : optimize === null ? false : optimize;
  let explicit = false;
  let memoryLimit: number | null = null;
  if (pathType === false || typeof pathType === "string") {
    // a named algorithm (or none)
  } else if (Array.isArray(pathType) && pathType.length > 0 && pathType[0] === "einsum_path") {
    explicit = true;
  } else if (Array.isArray(pathType) && pathType.length === 2 && typeof pathType[0] === "string" && typeof pathType[1] === "number") {
    memoryLimit = Math.trunc(pathType[1]);
    pathType = pathType[0];
  } else {
    const shown = Array.isArray(pathType) ? `[${pathType.map((x) => (typeof x === "string" ? `'${x}'` : String(x))).join(", ")}]` : String(pathType);
    throw new NumpyTypeError(`Did not understand the path: ${shown}`);
  }
  const [inputSubs, outputSub, operands] = parseInput(args);
  const inputList = inputSubs.split(",");
  let sets = inputList.map((x) => new Set(x));
  const output = new Set(outputSub);
  const indices = new Set(inputSubs.replace(/,/g, ""));
  const dims: Sizes = new Map();
  inputList.forEach((term, t) => {
    const sh = operands[t]!.shape;
    if (sh.length !== term.length) {
      throw new ValueError(`Einstein sum subscript ${inputSubs[t]} does not contain the correct number of indices for operand ${t}.`);
    }
    [...term].forEach((c, k) => {
      const dim = sh[k]!;
      const prev = dims.get(c);
      if (prev === undefined || prev === 1) dims.set(c, dim);
      else if (dim !== 1 && dim !== prev) throw new ValueError(`Size of label '${c}' for operand ${t} (${prev}) does not match previous terms (${dim}).`);
    });
  });
  const maxSize = Math.max(...[...inputList, outputSub].map((t) => sizeOf(t, dims)));
  const memory = memoryLimit ?? maxSize;
  let path: number[][];
  const n = inputList.length;
  if (explicit) path = (pathType as unknown[]).slice(1).map((p) => [...(p as number[])]);
  else if (pathType === false || n === 1 || n === 2 || [...indices].every((i) => output.has(i)) && indices.size === output.size) path = [Array.from({ length: n }, (_, k) => k)];
  else if (pathType === "greedy") path = greedyPath(sets, output, dims, memory);
  else if (pathType === "optimal") path = optimalPath(sets, output, dims, memory);
  else throw new KeyError(`('Path name %s not found', '${String(pathType)}')`);
  const costs: number[] = [], scales: number[] = [], sizes: number[] = [];
  const rows: [number, string, string[]][] = [];
  path.forEach((inds, cnum) => {
    const sorted = [...inds].sort((a, b) => b - a);
    const [outInds, newSets, removed, contract] = findContraction(sorted, sets, output);
    sets = newSets;
    costs.push(flopCount(contract, removed.size > 0, sorted.length, dims));
    scales.push(contract.size);
    sizes.push(sizeOf(outInds, dims));
    const tmp: string[] = [];
    for (const x of sorted) {
      if (x >= inputList.length) throw new IndexError("pop index out of range");
      tmp.push(inputList.splice(x, 1)[0]!);
    }
    const result = cnum === path.length - 1 ? outputSub : [...outInds].sort((a, b) => dims.get(a)! - dims.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).join("");
    inputList.push(result);
    rows.push([cnum, `${tmp.join(",")}->${result}`, inputList.slice()]);
  });
  if (inputList.length !== 1) throw new RuntimeError(`Invalid einsum_path is specified: ${inputList.length - 1} more operands has to be contracted.`);
  if (!report) return { path, text: "" };
  const innerProduct = inputSubs.split(",").reduce((s, x) => s + new Set(x).size, 0) - indices.size > 0;
  const naive = flopCount(indices, innerProduct, n, dims);
  const opt = costs.reduce((a, b) => a + b, 0) + 1;
  let text = `  Complete contraction:  ${inputSubs}->${outputSub}\n`;
  text += `         Naive scaling:  ${indices.size}\n`;
  text += `     Optimized scaling:  ${Math.max(...scales)}\n`;
  text += `      Naive FLOP count:  ${e3(naive)}\n`;
  text += `  Optimized FLOP count:  ${e3(opt)}\n`;
  text += `   Theoretical speedup:  ${pyFormat("%3.3f", [num(resolveDType("float64"), naive / opt)])}\n`;
  text += `  Largest intermediate:  ${e3(Math.max(...sizes))} elements\n`;
  text += "-".repeat(74) + "\n";
  text += `${"scaling".padStart(6)} ${"current".padStart(24)} ${"remaining".padStart(40)}\n`;
  text += "-".repeat(74);
  rows.forEach(([k, str, remaining]) => {
    text += `\n${String(scales[k]).padStart(4)}    ${str.padStart(24)} ${`${remaining.join(",")}->${outputSub}`.padStart(40)}`;
  });
  return { path, text };
}

/**
 * The lowest-cost contraction order of an einsum expression, as `numpy.einsum_path(subscripts,
 * *operands, optimize='greedy')`: [path, report], path being ["einsum_path", [i, j], ...] (pass
 * it to einsum's `optimize`) and report NumPy's printed table. Ellipsis labels are spelled with
 * unused letters, as NumPy does (which letters is arbitrary there).
 * @example np.einsum_path("ij,jk,kl->il", np.ones([2, 2]), np.ones([2, 5]), np.ones([5, 2]))[0] // ["einsum_path", [1, 2], [0, 1]]
 */
export function einsum_path(...args: unknown[]): [EinsumPath, string] {
  let optimize: Optimize = "greedy";
  if (args.length > 0 && isOptions(args[args.length - 1])) {
    const opts = args.pop() as Record<string, unknown>;
    for (const k of Object.keys(opts)) {
      if (k === "optimize") optimize = opts[k] as Optimize;
      else if (k !== "einsum_call") throw new NumpyTypeError(`einsum_path() got an unexpected keyword argument '${k}'`);
    }
  }
  const { path, text } = einsumPathCore(args, optimize);
  return [["einsum_path", ...path], text];
}
