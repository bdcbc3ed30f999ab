// Property tests for the arithmetic of views (core/shape.ts) and strided iteration (core/iter.ts),
// each checked against a slow, obviously correct reference over random shapes and layouts.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  broadcastShapes,
  cStrides,
  fStrides,
  isCContiguous,
  isFContiguous,
  normalizeAxes,
  normalizeAxis,
  reshapeStrides,
  resolveNewShape,
  shapeSize,
} from "../../src/core/shape.js";
import { forEachAddressC, forEachRun, simplify } from "../../src/core/iter.js";
import { AxisError, ValueError } from "../../src/core/errors.js";

const RUNS = { numRuns: 300 };

/** All multi-indices of a shape in C order. */
function* indicesC(shape: readonly number[]): Generator<number[]> {
  if (shape.some((d) => d === 0)) return;
  const idx = new Array<number>(shape.length).fill(0);
  for (;;) {
    yield idx.slice();
    let d = shape.length - 1;
    for (; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

/** All multi-indices of a shape in F order. */
function* indicesF(shape: readonly number[]): Generator<number[]> {
  const rev = shape.slice().reverse();
  for (const i of indicesC(rev)) yield i.reverse();
}

function addr(ptr: number, strides: readonly number[], idx: readonly number[]): number {
  let p = ptr;
  for (let d = 0; d < idx.length; d++) p += idx[d]! * strides[d]!;
  return p;
}

/** A random layout: a C-contiguous block, its axes permuted, some flipped and some stepped. */
const layout = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 5 })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      perm: fc.shuffledSubarray(
        base.map((_, i) => i),
        { minLength: base.length, maxLength: base.length },
      ),
      flips: fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      steps: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: base.length, maxLength: base.length }),
      itemsize: fc.constantFrom(1, 2, 4, 8),
    }),
  )
  .map(({ base, perm, flips, steps, itemsize }) => {
    // Start from a C-contiguous block of `base`, take every steps[d]-th element, flip some axes
    // (negative strides, pointer moved to the last element), then permute the axes.
    const st = cStrides(base, itemsize);
    let ptr = 1000;
    const shape: number[] = [];
    const strides: number[] = [];
    for (let d = 0; d < base.length; d++) {
      const n = Math.ceil(base[d]! / steps[d]!);
      let s = st[d]! * steps[d]!;
      if (flips[d] && n > 0) {
        ptr += (n - 1) * s;
        s = -s;
      }
      shape.push(n);
      strides.push(s);
    }
    return { shape: perm.map((p) => shape[p]!), strides: perm.map((p) => strides[p]!), ptr, itemsize };
  });

/** A random new shape with `size` elements. */
function shapeOfSize(size: number): fc.Arbitrary<number[]> {
  if (size === 0) {
    return fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }).map((s) => {
      s[0] = 0;
      return s;
    });
  }
  const primes: number[] = [];
  let n = size;
  for (let p = 2; n > 1; p++) {
    while (n % p === 0) {
      primes.push(p);
      n /= p;
    }
  }
  return fc
    .record({
      nd: fc.integer({ min: 1, max: 5 }),
      slots: fc.array(fc.nat(), { minLength: primes.length, maxLength: primes.length }),
      ones: fc.array(fc.nat(), { maxLength: 2 }),
    })
    .map(({ nd, slots, ones }) => {
      const s = new Array<number>(nd).fill(1);
      primes.forEach((p, i) => (s[slots[i]! % nd]! *= p));
      for (const o of ones) s.splice(o % (s.length + 1), 0, 1);
      return s;
    });
}

describe("core/shape: reshapeStrides", () => {
  test("a no-copy reshape addresses the same elements as copy-then-reshape (C and F order)", () => {
    fc.assert(
      fc.property(
        layout.chain((l) => fc.tuple(fc.constant(l), shapeOfSize(shapeSize(l.shape)), fc.constantFrom<"C" | "F">("C", "F"))),
        ([l, newShape, order]) => {
          const st = reshapeStrides(l.shape, l.strides, newShape, l.itemsize, order);
          if (st === null) return;
          assert.equal(st.length, newShape.length);
          const walk = order === "C" ? indicesC : indicesF;
          const want = [...walk(l.shape)].map((i) => addr(l.ptr, l.strides, i));
          const got = [...walk(newShape)].map((i) => addr(l.ptr, st, i));
          assert.deepEqual(got, want);
        },
      ),
      RUNS,
    );
  });

  test("a contiguous block always reshapes without a copy", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 5 }).chain((s) => fc.tuple(fc.constant(s), shapeOfSize(shapeSize(s)))),
        fc.constantFrom<"C" | "F">("C", "F"),
        ([shape, newShape], order) => {
          const strides = order === "C" ? cStrides(shape, 8) : fStrides(shape, 8);
          const st = reshapeStrides(shape, strides, newShape, 8, order);
          assert.notEqual(st, null, `${shape} -> ${newShape} (${order})`);
        },
      ),
      RUNS,
    );
  });

  test("resolveNewShape fills in the one unknown dimension or names the shape in its error", () => {
    assert.deepEqual(resolveNewShape([-1, 2], 6), [3, 2]);
    assert.deepEqual(resolveNewShape(6, 6), [6]);
    assert.throws(() => resolveNewShape([4], 6), { name: "ValueError", message: "cannot reshape array of size 6 into shape (4,)" });
    assert.throws(() => resolveNewShape([4, -1], 6), { message: "cannot reshape array of size 6 into shape (4,newaxis)" });
    assert.throws(() => resolveNewShape([-1, -1], 6), { message: "can only specify one unknown dimension" });
  });
});

describe("core/shape: contiguity, broadcasting, axes", () => {
  test("C/F contiguity flags agree with a naive check of the strides", () => {
    fc.assert(
      fc.property(layout, (l) => {
        const naive = (f: typeof cStrides) => {
          if (shapeSize(l.shape) === 0) return true;
          const want = f(l.shape, l.itemsize);
          return l.shape.every((d, i) => d === 1 || l.strides[i] === want[i]);
        };
        assert.equal(isCContiguous(l.shape, l.strides, l.itemsize), naive(cStrides));
        assert.equal(isFContiguous(l.shape, l.strides, l.itemsize), naive(fStrides));
      }),
      RUNS,
    );
  });

  test("broadcastShapes matches the per-dimension rule, or throws NumPy's ValueError", () => {
    const dims = fc.array(fc.constantFrom(0, 1, 1, 2, 3), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(dims, { minLength: 1, maxLength: 4 }), (shapes) => {
        const nd = Math.max(...shapes.map((s) => s.length));
        let ok = true;
        const want: number[] = [];
        for (let i = 0; i < nd; i++) {
          const ds = shapes.map((s) => s[i - nd + s.length]).filter((d) => d !== undefined && d !== 1) as number[];
          if (new Set(ds).size > 1) ok = false;
          want.push(ds.length ? ds[0]! : 1);
        }
        if (ok) assert.deepEqual(broadcastShapes(...shapes), want);
        else assert.throws(() => broadcastShapes(...shapes), ValueError);
      }),
      RUNS,
    );
  });

  test("normalizeAxis accepts exactly -ndim..ndim-1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -8, max: 8 }), (nd, ax) => {
        if (ax >= -nd && ax < nd) assert.equal(normalizeAxis(ax, nd), ax < 0 ? ax + nd : ax);
        else assert.throws(() => normalizeAxis(ax, nd), AxisError);
      }),
      RUNS,
    );
    assert.throws(() => normalizeAxes([0, -2], 2), { name: "ValueError", message: "repeated axis" });
    assert.throws(() => normalizeAxis(3, 2, "source"), { message: "source: axis 3 is out of bounds for array of dimension 2" });
  });
});

describe("core/iter", () => {
  test("forEachRun visits every element exactly once, pairing the operands' addresses of one index", () => {
    fc.assert(
      fc.property(layout, fc.boolean(), (l, bcast) => {
        // Operand 0: the random layout; operand 1: a C-contiguous array of the same shape whose
        // addresses name the multi-index. Optionally operand 2 broadcasts (zero strides).
        const shape = l.shape;
        const c = cStrides(shape, 8);
        const zero = shape.map((_, i) => (bcast && i % 2 === 0 ? 0 : c[i]!));
        const seen = new Map<number, number>();
        forEachRun(shape, [l.ptr, 0, 0], [l.strides, c, zero], (p, s, n) => {
          for (let k = 0; k < n; k++) {
            const a0 = p[0]! + k * s[0]!;
            const a1 = p[1]! + k * s[1]!;
            const a2 = p[2]! + k * s[2]!;
            assert.ok(!seen.has(a1), "visited twice");
            seen.set(a1, a0);
            // Decode the index from operand 1's address and check the other operands.
            const idx = c.map((st, d) => Math.floor(a1 / st) % Math.max(shape[d]!, 1));
            assert.equal(a0, addr(l.ptr, l.strides, idx));
            assert.equal(a2, addr(0, zero, idx));
          }
        });
        assert.equal(seen.size, shapeSize(shape));
      }),
      RUNS,
    );
  });

  test("forEachAddressC walks C order", () => {
    fc.assert(
      fc.property(layout, (l) => {
        const got: number[] = [];
        forEachAddressC(l.shape, l.strides, l.ptr, (p) => got.push(p));
        assert.deepEqual(got, [...indicesC(l.shape)].map((i) => addr(l.ptr, l.strides, i)));
      }),
      RUNS,
    );
  });

  test("simplify keeps the element count and merges contiguous axes", () => {
    const s = simplify([2, 3, 4], [cStrides([2, 3, 4], 8)]);
    assert.deepEqual(s.shape, [24]);
    assert.deepEqual(s.strides, [[8]]);
    fc.assert(
      fc.property(layout, (l) => {
        const r = simplify(l.shape, [l.strides]);
        if (shapeSize(l.shape) > 0) assert.equal(shapeSize(r.shape), shapeSize(l.shape));
      }),
      RUNS,
    );
  });
});
