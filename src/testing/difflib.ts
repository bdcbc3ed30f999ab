/**
 * A port of the parts of Python's difflib that np.testing.assert_string_equal uses:
 * SequenceMatcher (no junk, autojunk on) and Differ.compare, producing the same lines, '?'
 * guide lines included, as CPython 3.11's Lib/difflib.py.
 */

type Opcode = ["replace" | "delete" | "insert" | "equal", number, number, number, number];
type Block = [number, number, number];

function ratioOf(matches: number, length: number): number {
  return length ? (2.0 * matches) / length : 1.0;
}

/** Python's difflib.SequenceMatcher(None, a, b) over sequences of strings. */
class SequenceMatcher {
  private a: readonly string[] = [];
  private b: readonly string[] = [];
  private b2j = new Map<string, number[]>();
  private blocks: Block[] | null = null;
  private fullbcount: Map<string, number> | null = null;

  setSeqs(a: readonly string[], b: readonly string[]): void {
    this.setSeq1(a);
    this.setSeq2(b);
  }

  setSeq1(a: readonly string[]): void {
    this.a = a;
    this.blocks = null;
  }

  setSeq2(b: readonly string[]): void {
    this.b = b;
    this.blocks = null;
    this.fullbcount = null;
    const b2j = new Map<string, number[]>();
    b.forEach((elt, i) => {
      const l = b2j.get(elt);
      if (l) l.push(i);
      else b2j.set(elt, [i]);
    });
    // autojunk: in a sequence of 200 or more items, items above 1% + 1 occurrences are "popular".
    if (b.length >= 200) {
      const ntest = Math.floor(b.length / 100) + 1;
      for (const [elt, idxs] of [...b2j]) if (idxs.length > ntest) b2j.delete(elt);
    }
    this.b2j = b2j;
  }

  private findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): Block {
    const { a, b, b2j } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
      }
      j2len = newj2len;
    }
    // No junk: only the popular-item extension of the match applies.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  }

  matchingBlocks(): Block[] {
    if (this.blocks) return this.blocks;
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const found: Block[] = [];
    while (queue.length) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const x = this.findLongestMatch(alo, ahi, blo, bhi);
      const [i, j, k] = x;
      if (k) {
        found.push(x);
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    found.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
    let [i1, j1, k1] = [0, 0, 0];
    const out: Block[] = [];
    for (const [i2, j2, k2] of found) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1) out.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1) out.push([i1, j1, k1]);
    out.push([la, lb, 0]);
    this.blocks = out;
    return out;
  }

  opcodes(): Opcode[] {
    let i = 0;
    let j = 0;
    const answer: Opcode[] = [];
    for (const [ai, bj, size] of this.matchingBlocks()) {
      const tag = i < ai && j < bj ? "replace" : i < ai ? "delete" : j < bj ? "insert" : "";
      if (tag) answer.push([tag, i, ai, j, bj]);
      [i, j] = [ai + size, bj + size];
      if (size) answer.push(["equal", ai, i, bj, j]);
    }
    return answer;
  }

  ratio(): number {
    return ratioOf(
      this.matchingBlocks().reduce((s, t) => s + t[2], 0),
      this.a.length + this.b.length,
    );
  }

  quickRatio(): number {
    if (!this.fullbcount) {
      this.fullbcount = new Map();
      for (const elt of this.b) this.fullbcount.set(elt, (this.fullbcount.get(elt) ?? 0) + 1);
    }
    const avail = new Map<string, number>();
    let matches = 0;
    for (const elt of this.a) {
      const numb = avail.has(elt) ? avail.get(elt)! : (this.fullbcount.get(elt) ?? 0);
      avail.set(elt, numb - 1);
      if (numb > 0) matches++;
    }
    return ratioOf(matches, this.a.length + this.b.length);
  }

  realQuickRatio(): number {
    const la = this.a.length;
    const lb = this.b.length;
    return ratioOf(Math.min(la, lb), la + lb);
  }
}

const chars = (s: string): string[] => Array.from(s);

function* dump(tag: string, x: readonly string[], lo: number, hi: number): Generator<string> {
  for (let i = lo; i < hi; i++) yield `${tag} ${x[i]}`;
}

function* plainReplace(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): Generator<string> {
  if (bhi - blo < ahi - alo) {
    yield* dump("+", b, blo, bhi);
    yield* dump("-", a, alo, ahi);
  } else {
    yield* dump("-", a, alo, ahi);
    yield* dump("+", b, blo, bhi);
  }
}

function keepOriginalWs(s: string, tags: string): string {
  const cs = chars(s);
  return chars(tags)
    .map((t, i) => (t === " " && i < cs.length && /\s/u.test(cs[i]!) ? cs[i]! : t))
    .join("");
}

function* qformat(aline: string, bline: string, atags: string, btags: string): Generator<string> {
  const at = keepOriginalWs(aline, atags).trimEnd();
  const bt = keepOriginalWs(bline, btags).trimEnd();
  yield "- " + aline;
  if (at) yield `? ${at}\n`;
  yield "+ " + bline;
  if (bt) yield `? ${bt}\n`;
}

function* fancyReplace(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): Generator<string> {
  let bestRatio = 0.74;
  const cutoff = 0.75;
  const cruncher = new SequenceMatcher();
  let eqi: number | null = null;
  let eqj = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let j = blo; j < bhi; j++) {
    const bj = b[j]!;
    cruncher.setSeq2(chars(bj));
    for (let i = alo; i < ahi; i++) {
      const ai = a[i]!;
      if (ai === bj) {
        if (eqi === null) [eqi, eqj] = [i, j];
        continue;
      }
      cruncher.setSeq1(chars(ai));
      if (cruncher.realQuickRatio() > bestRatio && cruncher.quickRatio() > bestRatio && cruncher.ratio() > bestRatio) {
        [bestRatio, bestI, bestJ] = [cruncher.ratio(), i, j];
      }
    }
  }
  if (bestRatio < cutoff) {
    if (eqi === null) {
      yield* plainReplace(a, alo, ahi, b, blo, bhi);
      return;
    }
    [bestI, bestJ, bestRatio] = [eqi, eqj, 1.0];
  } else {
    eqi = null;
  }
  yield* fancyHelper(a, alo, bestI, b, blo, bestJ);
  const aelt = a[bestI]!;
  const belt = b[bestJ]!;
  if (eqi === null) {
    let atags = "";
    let btags = "";
    cruncher.setSeqs(chars(aelt), chars(belt));
    for (const [tag, ai1, ai2, bj1, bj2] of cruncher.opcodes()) {
      const la = ai2 - ai1;
      const lb = bj2 - bj1;
      if (tag === "replace") {
        atags += "^".repeat(la);
        btags += "^".repeat(lb);
      } else if (tag === "delete") atags += "-".repeat(la);
      else if (tag === "insert") btags += "+".repeat(lb);
      else {
        atags += " ".repeat(la);
        btags += " ".repeat(lb);
      }
    }
    yield* qformat(aelt, belt, atags, btags);
  } else {
    yield "  " + aelt;
  }
  yield* fancyHelper(a, bestI + 1, ahi, b, bestJ + 1, bhi);
}

function* fancyHelper(a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number): Generator<string> {
  if (alo < ahi) {
    if (blo < bhi) yield* fancyReplace(a, alo, ahi, b, blo, bhi);
    else yield* dump("-", a, alo, ahi);
  } else if (blo < bhi) {
    yield* dump("+", b, blo, bhi);
  }
}

/**
 * Python's `list(difflib.Differ().compare(a, b))`: the lines of a delta between two lists of
 * lines (each line keeps its end), prefixed "- ", "+ ", "  " or "? ".
 * @example differCompare(["abc\n"], ["abd\n"]) // ["- abc\n", "?   ^\n", "+ abd\n", "?   ^\n"]
 */
export function differCompare(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  const cruncher = new SequenceMatcher();
  cruncher.setSeqs(a, b);
  for (const [tag, alo, ahi, blo, bhi] of cruncher.opcodes()) {
    if (tag === "replace") out.push(...fancyReplace(a, alo, ahi, b, blo, bhi));
    else if (tag === "delete") out.push(...dump("-", a, alo, ahi));
    else if (tag === "insert") out.push(...dump("+", b, blo, bhi));
    else out.push(...dump(" ", a, alo, ahi));
  }
  return out;
}

/**
 * Python's `str.splitlines(True)`: lines with their line-boundary characters kept.
 * @example splitlinesKeep("a\nb") // ["a\n", "b"]
 */
export function splitlinesKeep(s: string): string[] {
  return s.match(/[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|$)/gu)!.filter((l) => l !== "");
}
