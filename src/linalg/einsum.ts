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

/** An operand with one label per axis (labels are letters, or digits for ellipsis axes). */
interface Term {
  a: NDArray;
  labels: string[];
}

const LETTER = /^[a-zA-Z]$/;

/** Splits one subscript term into labels, expanding "..." into `ndim - letters` digit labels (counted from the right). */
function parseTerm(term: string, ndim: number, which: string): { labels: string[]; ellipsis: number } {
  const parts = term.split("...");
  if (parts.length > 2) throw new ValueError(`einstein sum subscripts string contains too many ellipses for ${which}`);
  for (const ch of parts.join("")) {
    if (!LETTER.test(ch)) throw new ValueError(`invalid subscript '${ch}' in einstein sum subscripts string, subscripts must be letters`);
  }
  const letters = parts.join("").length;
  if (parts.length === 1) {
    if (ndim >= 0 && letters > ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for ${which}`);
    if (ndim >= 0 && letters !== ndim) {
      throw new ValueError(`operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.`);
    }
    return { labels: [...parts[0]!], ellipsis: 0 };
  }
  const e = Math.max(0, ndim - letters);
  if (ndim >= 0 && letters > ndim) throw new ValueError(`einstein sum subscripts string contains too many subscripts for ${which}`);
  const ell = Array.from({ length: e }, (_, k) => String(e - 1 - k));
  return { labels: [...parts[0]!, ...ell, ...parts[1]!], ellipsis: e };
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

type EinsumOpts = { out?: NDArray | null; dtype?: DTypeLike | null; order?: string; casting?: Casting; optimize?: boolean | string | unknown[] };

/**
 * Einstein summation, as `numpy.einsum(subscripts, *operands, out=None, dtype=None,
 * order='K', casting='safe', optimize=False)`: "ij,jk->ik" is a matrix product, "ii" a trace,
 * "ij->ji" a transpose, "...ij,...jk" a batched product; without "->" the output is the labels
 * seen once, in alphabetical order. `optimize` is accepted (the contraction order here is
 * always left to right, pairwise).
 * @example np.einsum("ij,jk->ik", [[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist() // [[19, 22], [43, 50]]
 * np.einsum("ii", [[1, 2], [3, 4]]) // 5
 */
export function einsum(subscripts: string, ...args: (ArrayLike | EinsumOpts)[]): NDArray | Scalar {
  const opts = (args.length > 0 && isOptions(args[args.length - 1]) ? args.pop() : {}) as EinsumOpts;
  for (const k of Object.keys(opts)) {
    if (!["out", "dtype", "order", "casting", "optimize"].includes(k)) throw new NumpyTypeError(`einsum() got an unexpected keyword argument '${k}'`);
  }
  if (typeof subscripts !== "string") throw new NumpyTypeError("einsum(): the subscripts must be a string (the operand-list form is not supported)");
  const spec = subscripts.replace(/\s+/g, "");
  const [lhs, rhs] = spec.includes("->") ? (spec.split("->") as [string, string]) : [spec, undefined];
  if (rhs !== undefined && rhs.includes("->")) throw new ValueError("einstein sum subscript string does not contain proper '->' output specified");
  const termsText = lhs.split(",");
  // (NumPy's messages, worded from its parser's side)
  if (termsText.length > args.length) throw new ValueError("more operands provided to einstein sum function than specified in the subscripts string");
  if (termsText.length < args.length) throw new ValueError("fewer operands provided to einstein sum function than specified in the subscripts string");
  let ops = (args as ArrayLike[]).map((x) => asArray(x));
  const dt = opts.dtype != null ? resolveDType(opts.dtype).name : ops.length === 1 ? ops[0]!.dtype : result_type(...ops);
  const casting = opts.casting ?? "safe";
  ops = ops.map((x, i) => {
    if (!canCast(x._dt, resolveDType(dt), casting)) {
      throw new NumpyTypeError(`Iterator operand ${i} dtype could not be cast from dtype('${x.dtype}') to dtype('${dt}') according to the rule '${casting}'`);
    }
    return x.astype(dt, { casting: "unsafe" });
  });
  let maxEll = 0;
  let terms: Term[] = termsText.map((t, i) => {
    const { labels, ellipsis } = parseTerm(t, ops[i]!.ndim, `operand ${i}`);
    maxEll = Math.max(maxEll, ellipsis);
    return uniqueLabels({ a: ops[i]!, labels }, ops.length === 1 ? "single operand" : `operand ${i}`);
  });
  // Label sizes: every label broadcasts as NumPy's iterator does (a size 1 stretches)
  const size = new Map<string, number>();
  let mismatch = false;
  for (const t of terms) {
    t.labels.forEach((l, k) => {
      const d = t.a.shape[k]!;
      const s = size.get(l);
      if (s === undefined || s === 1) size.set(l, d);
      else if (d !== s && d !== 1) mismatch = true;
    });
  }
  const ellLabels = Array.from({ length: maxEll }, (_, k) => String(maxEll - 1 - k));
  let out: string[];
  if (rhs === undefined) {
    const count = new Map<string, number>();
    for (const t of termsText) for (const ch of t.replace("...", "")) count.set(ch, (count.get(ch) ?? 0) + 1);
    out = [...ellLabels, ...[...count.keys()].filter((l) => count.get(l) === 1).sort()];
  } else {
    const { labels } = parseTerm(rhs, -1, "the output");
    if (new Set(labels).size !== labels.length) {
      const dup = labels.find((l, k) => labels.indexOf(l) !== k)!;
      throw new ValueError(`einstein sum subscripts string includes output subscript '${dup}' multiple times`);
    }
    const at = rhs.indexOf("...");
    out = at < 0 ? labels : [...[...rhs.slice(0, at)], ...ellLabels, ...[...rhs.slice(at + 3)]];
    for (const l of out) {
      if (!size.has(l)) throw new ValueError(`einstein sum subscripts string included output subscript '${l}' which never appeared in an input`);
    }
  }
  if (mismatch) {
    // NumPy's iterator error: each operand's shape over the iteration labels (the output's, then
    // the summed ones in alphabetical order), newaxis where it lacks one, leading newaxes dropped
    const iter = [...out, ...[...size.keys()].filter((l) => !out.includes(l)).sort()];
    const fmt = (d: readonly number[]) => `(${d.join(",")}${d.length === 1 ? "," : ""})`;
    const shapes = terms.map((t, i) => {
      const mapped: (number | string)[] = iter.map((l) => (t.labels.includes(l) ? t.a.shape[t.labels.indexOf(l)]! : "newaxis"));
      while (mapped[0] === "newaxis") mapped.shift();
      return `${fmt(ops[i]!.shape)}->(${mapped.join(",")}${iter.length === 1 ? "," : ""})`;
    });
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapes.join(" ")} `);
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
    copyto(opts.out, r, { casting: opts.casting ?? "safe" });
    return opts.out;
  }
  return r.ndim === 0 ? (r.item() as Scalar) : r;
}
