/**
 * numpy.einsum: Einstein summation over labelled axes. Repeated labels in one operand take its
 * diagonal, labels no longer needed are summed out as early as possible, and each pair of
 * operands is contracted by one batched matrix product (batch labels x free labels x summed
 * labels), left to right. Results equal NumPy's up to the order of float summation.
 */
import type { ArrayLike } from "../core/coerce.js";
import { isOptions } from "../core/args.js";
import { canCast, resolveDType, type Casting, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { asArray } from "../api/creation.js";
import { result_type } from "../api/dtypes.js";
import { broadcast_to } from "../api/broadcasting.js";
import { transpose } from "../api/manipulation.js";
import { diagonal } from "../api/matrices.js";
import { sum } from "../api/reductions.js";
import { copyto } from "../api/select.js";
import { matmul } from "./products.js";
import { einsumPathCore, type Optimize } from "./einsum_path.js";

/** An operand with one label per axis (labels are letters, or digits for ellipsis axes). */
interface Term {
  a: NDArray;
  labels: string[];
}

const LETTER = /^[a-zA-Z]$/;

/**
 * One operand's subscripts as NumPy's parse_operand_subscripts reads them (spaces skipped, one
 * "..." at most), with "..." expanded into `ndim - letters` digit labels counted from the right.
 */
function parseOperand(term: string, ndim: number, iop: number): { labels: string[]; ellipsis: number } {
  const labels: string[] = [];
  let at = -1;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i]!;
    if (LETTER.test(ch)) {
      if (labels.length >= ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for operand ${iop}`);
      labels.push(ch);
    } else if (ch === ".") {
      if (at !== -1 || i + 2 >= term.length || term[i + 1] !== "." || term[i + 2] !== ".") {
        throw new ValueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand ${iop}`);
      }
      i += 2;
      at = labels.length;
    } else if (ch !== " ") {
      throw new ValueError(`invalid subscript '${ch}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (at === -1) {
    if (labels.length !== ndim) {
      throw new ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    }
    return { labels, ellipsis: 0 };
  }
  const e = ndim - labels.length;
  const ell = Array.from({ length: e }, (_, k) => String(e - 1 - k));
  return { labels: [...labels.slice(0, at), ...ell, ...labels.slice(at)], ellipsis: e };
}

/** The output subscripts as NumPy's parse_output_subscripts reads them; `ell` broadcast labels stand for "...". */
function parseOutput(term: string, ell: readonly string[], seen: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let ellipsis = false;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i]!;
    if (LETTER.test(ch)) {
      if (term.indexOf(ch, i + 1) >= 0) throw new ValueError(`einstein sum subscripts string includes output subscript '${ch}' multiple times`);
      if (!seen.has(ch)) throw new ValueError(`einstein sum subscripts string included output subscript '${ch}' which never appeared in an input`);
      out.push(ch);
    } else if (ch === ".") {
      if (ellipsis || i + 2 >= term.length || term[i + 1] !== "." || term[i + 2] !== ".") {
        throw new ValueError("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
      }
      i += 2;
      ellipsis = true;
      out.push(...ell);
    } else if (ch !== " ") {
      throw new ValueError(`invalid subscript '${ch}' in einstein sum subscripts string, subscripts must be letters`);
    }
  }
  if (!ellipsis && ell.length > 0) {
    throw new ValueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  return out;
}

/**
 * Parses a subscripts string against operands of `ndims` dimensions, checking in NumPy's order
 * (each operand's term, then the output): the labels of each operand and of the output.
 */
function parseSubscripts(sub: string, ndims: readonly number[]): { terms: string[][]; out: string[] } {
  const nop = ndims.length;
  const terms: string[][] = [];
  let pos = 0;
  let maxEll = 0;
  for (let iop = 0; iop < nop; iop++) {
    let end = pos;
    while (end < sub.length && sub[end] !== "," && sub[end] !== "-") end++;
    // (NumPy's messages, worded from its parser's side)
    if (iop === nop - 1 && sub[end] === ",") throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
    if (iop < nop - 1 && sub[end] !== ",") throw new ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
    const { labels, ellipsis } = parseOperand(sub.slice(pos, end), ndims[iop]!, iop);
    terms.push(labels);
    maxEll = Math.max(maxEll, ellipsis);
    pos = iop < nop - 1 ? end + 1 : end;
  }
  const ell = Array.from({ length: maxEll }, (_, k) => String(maxEll - 1 - k));
  const rest = sub.slice(pos);
  if (rest === "") {
    // implicit output: the broadcast axes, then the labels seen exactly once, in label order
    const count = new Map<string, number>();
    for (const t of terms) for (const l of t) if (LETTER.test(l)) count.set(l, (count.get(l) ?? 0) + 1);
    return { terms, out: [...ell, ...[...count.keys()].filter((l) => count.get(l) === 1).sort()] };
  }
  if (!rest.startsWith("->")) throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
  return { terms, out: parseOutput(rest.slice(2), ell, new Set(terms.flat())) };
}

/**
 * The subscripts string of NumPy's operand-list form einsum(op0, sublist0, op1, sublist1, ...,
 * [sublistout]): integers 0-51 are the letters A-Z then a-z, and "..." (NumPy's Ellipsis) is an
 * ellipsis.
 */
function sublistSubscripts(args: readonly unknown[]): { subscripts: string; operands: unknown[] } {
  const term = (list: unknown): string => {
    if (!Array.isArray(list)) throw new NumpyTypeError("einsum(): the operand-list form takes a list of subscripts after each operand");
    return list
      .map((s) => {
        if (s === "...") return "...";
        if (typeof s !== "number" && typeof s !== "bigint") throw new NumpyTypeError("each subscript must be either an integer or an ellipsis");
        const k = Number(s);
        if (!Number.isInteger(k) || k < 0 || k >= 52) throw new ValueError("subscript is not within the valid range [0, 52)");
        return String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26);
      })
      .join("");
  };
  const operands: unknown[] = [];
  const terms: string[] = [];
  let i = 0;
  for (; i + 1 < args.length; i += 2) {
    operands.push(args[i]);
    terms.push(term(args[i + 1]));
  }
  const out = i < args.length ? `->${term(args[i])}` : "";
  return { subscripts: terms.join(",") + out, operands };
}

/** Python's repr of a value given where a string was expected. */
const pyStr = (x: unknown): string => (typeof x === "string" ? `'${x}'` : String(x));

/**
 * NumPy's get_single_op_view: one operand whose every axis appears in the output (a transpose,
 * a diagonal) is returned as a view of it, in its own dtype (dtype= and casting= are not
 * applied); null when an axis is summed.
 */
function singleOpView(a: NDArray, labels: readonly string[], out: readonly string[]): NDArray | null {
  const dims = out.map(() => 0);
  const strides = out.map(() => 0);
  for (let k = 0; k < labels.length; k++) {
    const i = out.indexOf(labels[k]!);
    if (i < 0) return null;
    if (dims[i] !== 0 && dims[i] !== a.shape[k]) {
      throw new ValueError(`dimensions in single operand for collapsing index '${labels[k]}' don't match (${dims[i]} != ${a.shape[k]})`);
    }
    dims[i] = a.shape[k]!;
    strides[i] += a.strides[k]!;
  }
  return a._view(dims, strides, a._ptr);
}

/** Takes the diagonal of every repeated label, so each label names one axis. */
function uniqueLabels(t: Term, which: string): Term {
  let { a, labels } = t;
  for (;;) {
    const i = labels.findIndex((l, k) => labels.indexOf(l) !== k);
    if (i < 0) return { a, labels };
    const j = labels.indexOf(labels[i]!);
    if (a.shape[i] !== a.shape[j]) {
      throw new ValueError(`dimensions in ${which} for collapsing index '${labels[i]}' don't match (${a.shape[j]} != ${a.shape[i]})`);
    }
    a = diagonal(a, 0, j, i);
    const l = labels[i]!;
    labels = [...labels.filter((_, k) => k !== i && k !== j), l];
  }
}

/** Sums out the labels of `t` that are not in `keep`, in the result dtype. */
function sumOut(t: Term, keep: Set<string>, dt: string): Term {
  const axes = t.labels.map((l, k) => (keep.has(l) ? -1 : k)).filter((k) => k >= 0);
  if (axes.length === 0) return t;
  return { a: sum(t.a, { axis: axes, dtype: dt, keepdims: false }) as unknown as NDArray, labels: t.labels.filter((l) => keep.has(l)) };
}

/** One batched matrix product of two terms over their shared labels not in `keep`. */
function contract(x: Term, y: Term, keep: Set<string>, size: Map<string, number>): Term {
  const inY = new Set(y.labels);
  const inX = new Set(x.labels);
  const batch = x.labels.filter((l) => inY.has(l) && keep.has(l));
  const summed = x.labels.filter((l) => inY.has(l) && !keep.has(l));
  const freeX = x.labels.filter((l) => !inY.has(l));
  const freeY = y.labels.filter((l) => !inX.has(l));
  const dims = (ls: string[]) => ls.map((l) => size.get(l)!);
  const prod = (ls: string[]) => dims(ls).reduce((p, d) => p * d, 1);
  const order = (t: Term, ls: string[]) => {
    const moved = transpose(t.a, ls.map((l) => t.labels.indexOf(l)));
    return broadcast_to(moved, dims(ls));
  };
  const A = order(x, [...batch, ...freeX, ...summed]).reshape([prod(batch), prod(freeX), prod(summed)]);
  const B = order(y, [...batch, ...summed, ...freeY]).reshape([prod(batch), prod(summed), prod(freeY)]);
  const r = matmul(A, B) as NDArray;
  return { a: r.reshape(dims([...batch, ...freeX, ...freeY])), labels: [...batch, ...freeX, ...freeY] };
}

type EinsumOpts = { out?: NDArray | null; dtype?: DTypeLike | null; order?: string; casting?: Casting; optimize?: Optimize };

/**
 * Einstein summation, as `numpy.einsum(subscripts, *operands, out=None, dtype=None,
 * order='K', casting='safe', optimize=False)`: "ij,jk->ik" is a matrix product, "ii" a trace,
 * "ij->ji" a transpose, "...ij,...jk" a batched product; without "->" the output is the labels
 * seen once, in alphabetical order. NumPy's operand-list form einsum(a, [0, 1], b, [1, 2], [0, 2])
 * works too. One operand without summation gives a view of it, as in NumPy. A truthy `optimize`
 * runs NumPy's einsum_path checks (the contraction itself is always left to right, pairwise).
 * @example np.einsum("ij,jk->ik", [[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist() // [[19, 22], [43, 50]]
 * np.einsum("ii", [[1, 2], [3, 4]]) // 5
 */
export function einsum(subscripts: string | ArrayLike, ...args: (ArrayLike | EinsumOpts | readonly unknown[])[]): NDArray | Scalar {
  const opts = (args.length > 0 && isOptions(args[args.length - 1]) ? args.pop() : {}) as EinsumOpts;
  const optimize = opts.optimize ?? false;
  if (optimize !== false && optimize !== null) {
    // NumPy's Python path: its own parse and path checks first (the contraction is the same)
    const unknown = Object.keys(opts).filter((k) => !["out", "dtype", "order", "casting", "optimize"].includes(k));
    if (unknown.length > 0) throw new NumpyTypeError(`Did not understand the following kwargs: [${unknown.map((k) => `'${k}'`).join(", ")}]`);
    einsumPathCore([subscripts, ...args], optimize as Optimize, false);
  }
  for (const k of Object.keys(opts)) {
    if (!["out", "dtype", "order", "casting", "optimize"].includes(k)) throw new NumpyTypeError(`einsum() got an unexpected keyword argument '${k}'`);
  }
  const casting = opts.casting ?? "safe";
  if (!["no", "equiv", "safe", "same_kind", "unsafe"].includes(casting)) {
    throw new ValueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got ${pyStr(casting)})`);
  }
  const { subscripts: spec, operands } = typeof subscripts === "string" ? { subscripts, operands: args as unknown[] } : sublistSubscripts([subscripts, ...args]);
  if (operands.length === 0) throw new ValueError("must specify the einstein sum subscripts string and at least one operand");
  const inputs = operands.map((x) => asArray(x as ArrayLike));
  const parsed = parseSubscripts(spec, inputs.map((x) => x.ndim));
  const out = parsed.out;
  if (inputs.length === 1 && !opts.out) {
    const view = singleOpView(inputs[0]!, parsed.terms[0]!, out);
    if (view) return view.ndim === 0 ? (view.item() as Scalar) : view;
  }
  let terms: Term[] = parsed.terms.map((labels, i) => uniqueLabels({ a: inputs[i]!, labels }, `operand ${i}`));
  if (opts.out && opts.out.ndim !== out.length) {
    throw new ValueError(`out parameter does not have the correct number of dimensions, has ${opts.out.ndim} but should have ${out.length}`);
  }
  // Label sizes: every label broadcasts as NumPy's iterator does (a size 1 stretches); out= is
  // one more operand, over the output labels
  const size = new Map<string, number>();
  let mismatch = false;
  const shapes = [...terms, ...(opts.out ? [{ a: opts.out, labels: out }] : [])];
  for (const t of shapes) {
    t.labels.forEach((l, k) => {
      const d = t.a.shape[k]!;
      const s = size.get(l);
      if (s === undefined || s === 1) size.set(l, d);
      else if (d !== s && d !== 1) mismatch = true;
    });
  }
  if (mismatch) {
    // NumPy's iterator error: each operand's shape over the iteration labels (the output's, then
    // the summed ones in alphabetical order), newaxis where it lacks one, leading newaxes dropped
    const iter = [...out, ...[...size.keys()].filter((l) => !out.includes(l)).sort()];
    const fmt = (d: readonly number[]) => `(${d.join(",")}${d.length === 1 ? "," : ""})`;
    const remapped = shapes.map((t, i) => {
      const mapped: (number | string)[] = iter.map((l) => (t.labels.includes(l) ? t.a.shape[t.labels.indexOf(l)]! : "newaxis"));
      while (mapped[0] === "newaxis") mapped.shift();
      return `${fmt(i < inputs.length ? inputs[i]!.shape : t.a.shape)}->(${mapped.join(",")}${iter.length === 1 ? "," : ""})`;
    });
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${remapped.join(" ")} `);
  }
  const dt = opts.dtype != null ? resolveDType(opts.dtype).name : inputs.length === 1 ? inputs[0]!.dtype : result_type(...inputs);
  terms = terms.map((t, i) => {
    if (!canCast(inputs[i]!._dt, resolveDType(dt), casting)) {
      throw new NumpyTypeError(`Iterator operand ${i} dtype could not be cast from dtype('${inputs[i]!.dtype}') to dtype('${dt}') according to the rule '${casting}'`);
    }
    return { a: t.a.astype(dt, { casting: "unsafe" }), labels: t.labels };
  });
  if (opts.out && !canCast(resolveDType(dt), opts.out._dt, casting)) {
    throw new NumpyTypeError(`Iterator requested dtype could not be cast from dtype('${dt}') to dtype('${opts.out.dtype}'), the operand ${inputs.length} dtype, according to the rule '${casting}'`);
  }
  // Sum out early, then contract left to right, keeping the labels still needed.
  const needed = (rest: Term[]) => new Set([...out, ...rest.flatMap((t) => t.labels)]);
  terms = terms.map((t, i) => sumOut(t, needed([...terms.slice(0, i), ...terms.slice(i + 1)]), dt));
  let acc = terms[0]!;
  for (let i = 1; i < terms.length; i++) {
    const keep = needed(terms.slice(i + 1));
    acc = contract(acc, terms[i]!, keep, size);
  }
  acc = sumOut(acc, new Set(out), dt);
  let r = transpose(acc.a, out.map((l) => acc.labels.indexOf(l)));
  r = broadcast_to(r, out.map((l) => size.get(l)!)).copy();
  if (r.dtype !== dt) r = r.astype(dt);
  if (opts.out) {
    copyto(opts.out, r, { casting: "unsafe" });
    return opts.out;
  }
  return r.ndim === 0 ? (r.item() as Scalar) : r;
}
