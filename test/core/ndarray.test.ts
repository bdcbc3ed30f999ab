// Property tests for NDArray views: random chains of transpose, reshape, strided slices (via
// _view, negative strides and offsets included), broadcast_to, squeeze, expand_dims and flip,
// checked element by element against a naive reference (a flat C-order list of values moved by
// index arithmetic), plus writes through views.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { unravel } from "../helpers/arrays.js";
import { NDArray } from "../../src/core/ndarray.js";
import { cStrides, isCContiguous, isFContiguous, shapeSize } from "../../src/core/shape.js";

const RUNS = { numRuns: 250 };

/** The reference: values in C order of `shape`. */
interface Ref {
  shape: number[];
  data: number[];
}

function ravel(idx: readonly number[], shape: readonly number[]): number {
  let k = 0;
  for (let d = 0; d < shape.length; d++) k = k * shape[d]! + idx[d]!;
  return k;
}

/** A new reference of `shape` whose element at index j is the old one at from(j). */
function remap(r: Ref, shape: number[], from: (j: number[]) => number[]): Ref {
  const n = shapeSize(shape);
  const data = new Array<number>(n);
  for (let k = 0; k < n; k++) data[k] = r.data[ravel(from(unravel(k, shape)), r.shape)]!;
  return { shape, data };
}

/** Flattens nested tolist() output. */
function flat(x: unknown): number[] {
  return Array.isArray(x) ? x.flatMap(flat) : [x as number];
}

type Step =
  | { op: "transpose"; perm: number[] }
  | { op: "reshape"; shape: number[] }
  | { op: "slice"; axis: number; start: number; step: number; len: number }
  | { op: "broadcast"; shape: number[] }
  | { op: "squeeze" }
  | { op: "expand"; axis: number }
  | { op: "flip"; axis: number };

/** Applies one step to both the array and the reference. */
function apply(a: NDArray, r: Ref, s: Step): [NDArray, Ref] {
  switch (s.op) {
    case "transpose":
      return [a.transpose(s.perm), remap(r, s.perm.map((p) => r.shape[p]!), (j) => {
        const i = new Array<number>(j.length);
        s.perm.forEach((p, k) => (i[p] = j[k]!));
        return i;
      })];
    case "reshape":
      return [a.reshape(s.shape), { shape: s.shape, data: r.data }];
    case "slice": {
      const shape = a.shape.slice();
      shape[s.axis] = s.len;
      const strides = a.strides.slice();
      strides[s.axis] = a.strides[s.axis]! * s.step;
      const ptr = a._ptr + (s.len > 0 ? s.start * a.strides[s.axis]! : 0);
      return [a._view(shape, strides, ptr), remap(r, shape, (j) => {
        const i = j.slice();
        i[s.axis] = s.start + j[s.axis]! * s.step;
        return i;
      })];
    }
    case "broadcast": {
      const off = s.shape.length - r.shape.length;
      return [np.broadcast_to(a, s.shape), remap(r, s.shape, (j) => r.shape.map((d, k) => (d === 1 ? 0 : j[off + k]!)))];
    }
    case "squeeze":
      return [a.squeeze(), { shape: r.shape.filter((d) => d !== 1), data: r.data }];
    case "expand": {
      const shape = r.shape.slice();
      shape.splice(s.axis, 0, 1);
      return [np.expand_dims(a, s.axis), { shape, data: r.data }];
    }
    case "flip": {
      const n = r.shape[s.axis]!;
      return [np.flip(a, s.axis), remap(r, r.shape.slice(), (j) => {
        const i = j.slice();
        i[s.axis] = n - 1 - j[s.axis]!;
        return i;
      })];
    }
  }
}

/** A random step valid for `shape`. */
function stepFor(shape: readonly number[]): fc.Arbitrary<Step> {
  const nd = shape.length;
  const size = shapeSize(shape);
  const options: fc.Arbitrary<Step>[] = [
    fc.constant<Step>({ op: "squeeze" }),
    fc.integer({ min: 0, max: nd }).map<Step>((axis) => ({ op: "expand", axis })),
    fc
      .tuple(fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 2 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: nd, maxLength: nd }))
      .map<Step>(([extra, grow]) => ({ op: "broadcast", shape: [...extra, ...shape.map((d, i) => (d === 1 ? grow[i]! : d))] })),
  ];
  if (nd > 0) {
    options.push(
      fc.shuffledSubarray(shape.map((_, i) => i), { minLength: nd, maxLength: nd }).map<Step>((perm) => ({ op: "transpose", perm })),
      fc.integer({ min: 0, max: nd - 1 }).map<Step>((axis) => ({ op: "flip", axis })),
      fc
        .record({ axis: fc.integer({ min: 0, max: nd - 1 }), a: fc.nat(), b: fc.nat(), step: fc.constantFrom(1, 2, 3, -1, -2) })
        .map<Step>(({ axis, a, b, step }) => {
          // A Python slice start:stop:step along one axis, resolved to (start, len).
          const n = shape[axis]!;
          if (n === 0) return { op: "slice", axis, start: 0, step, len: 0 };
          const start = step > 0 ? a % n : n - 1 - (a % n);
          const room = step > 0 ? n - start : start + 1;
          const len = Math.min(Math.ceil(room / Math.abs(step)), b % (room + 1));
          return { op: "slice", axis, start, step, len };
        }),
    );
  }
  if (size > 0) {
    options.push(
      fc.array(fc.nat(), { minLength: 0, maxLength: 3 }).map<Step>((cuts) => {
        // Split the size into factors: peel off divisors chosen by `cuts`.
        const out: number[] = [];
        let n = size;
        for (const c of cuts) {
          const divs = [];
          for (let d = 1; d <= n; d++) if (n % d === 0) divs.push(d);
          const d = divs[c % divs.length]!;
          out.push(d);
          n /= d;
        }
        out.push(n);
        return { op: "reshape", shape: out };
      }),
    );
  }
  return fc.oneof(...options);
}

/** A random start array and a chain of up to 5 steps. */
const chain = fc
  .record({
    shape: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
    dtype: fc.constantFrom("float64", "int32", "int8", "uint16", "float32", "int64"),
    seeds: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  })
  .chain(({ shape, dtype, seeds }) => {
    const build = (sh: readonly number[], left: number): fc.Arbitrary<Step[]> =>
      left === 0
        ? fc.constant([])
        : stepFor(sh).chain((s) => {
            const next = nextShape(sh, s);
            return build(next, left - 1).map((rest) => [s, ...rest]);
          });
    return fc.tuple(fc.constant(shape), fc.constant(dtype), build(shape, 1 + (seeds[0]! % 5)));
  });

function nextShape(sh: readonly number[], s: Step): number[] {
  switch (s.op) {
    case "transpose":
      return s.perm.map((p) => sh[p]!);
    case "reshape":
    case "broadcast":
      return s.shape;
    case "slice": {
      const out = sh.slice();
      out[s.axis] = s.len;
      return out;
    }
    case "squeeze":
      return sh.filter((d) => d !== 1);
    case "expand": {
      const out = sh.slice();
      out.splice(s.axis, 0, 1);
      return out;
    }
    case "flip":
      return sh.slice();
  }
}

describe("core/ndarray: random view chains", () => {
  test("every element of a view chain matches the reference", () => {
    fc.assert(
      fc.property(chain, ([shape, dtype, steps]) => {
        const n = shapeSize(shape);
        const values = Array.from({ length: n }, (_, i) => (i * 7) % 101);
        let a = np.array(values, { dtype }).reshape(shape);
        let r: Ref = { shape: shape.slice(), data: values };
        for (const s of steps) [a, r] = apply(a, r, s);
        assert.deepEqual([...a.shape], r.shape);
        assert.deepEqual(flat(a.tolist()), r.data);
        // The same elements through iteration and item().
        assert.deepEqual([...a.ravel()], r.data);
        if (a.size > 0) assert.equal(a.item(a.size - 1), r.data[r.data.length - 1]);
        // Copies in C and F order hold the same values and are contiguous.
        const c = a.copy();
        assert.ok(c.flags.c_contiguous);
        assert.deepEqual(flat(c.tolist()), r.data);
        const f = a.copy("F");
        assert.ok(f.flags.f_contiguous);
        assert.deepEqual(flat(f.tolist()), r.data);
        assert.deepEqual(flat(a.flatten().tolist()), r.data);
        assert.deepEqual(flat(a.ravel().tolist()), r.data);
      }),
      RUNS,
    );
  });

  test("writes through a writeable view land in the base array", () => {
    fc.assert(
      // (broadcast_to views are read-only and a reshape may copy: chains without them.)
      fc.property(chain.filter(([, , steps]) => steps.every((s) => s.op !== "broadcast" && s.op !== "reshape")), ([shape, dtype, steps]) => {
        const n = shapeSize(shape);
        const base = np.zeros(shape, { dtype });
        let a: NDArray = base;
        let r: Ref = { shape: shape.slice(), data: Array.from({ length: n }, (_, i) => i) };
        for (const s of steps) [a, r] = apply(a, r, s);
        a.fill(5);
        // Every base element named by the view is 5, every other is 0.
        const hit = new Set(r.data);
        assert.deepEqual(flat(base.tolist()), Array.from({ length: n }, (_, i) => (hit.has(i) ? 5 : 0)));
      }),
      RUNS,
    );
  });

  test("flags follow the strides; views keep the owner as base", () => {
    fc.assert(
      fc.property(chain, ([shape, dtype, steps]) => {
        const owner = np.zeros(shape, { dtype });
        let a: NDArray = owner;
        let r: Ref = { shape: shape.slice(), data: new Array<number>(shapeSize(shape)).fill(0) };
        let copied = false;
        for (const s of steps) {
          const before = a;
          [a, r] = apply(a, r, s);
          if (a.base !== (before.base ?? before)) copied = true;
        }
        assert.equal(a.flags.c_contiguous, isCContiguous(a.shape, a.strides, a.itemsize));
        assert.equal(a.flags.f_contiguous, isFContiguous(a.shape, a.strides, a.itemsize));
        if (!copied && steps.length > 0) assert.equal(a.base, owner);
      }),
      { numRuns: 100 },
    );
  });

  test("a C-contiguous reshape is a view with C strides", () => {
    const a = np.arange(24);
    const v = a.reshape(2, 3, 4);
    assert.equal(v.base, a);
    assert.deepEqual([...v.strides], cStrides([2, 3, 4], 8));
  });
});

describe("core/ndarray: item", () => {
  test("item takes one index per axis, one flat index, or the indices as one array (NumPy's tuple)", () => {
    const a = np.arange(6).reshape([2, 3]);
    assert.equal(a.item(1, 2), 5);
    assert.equal(a.item([1, 2]), 5);
    assert.equal(a.item(-1), 5);
    assert.equal(a.item([4]), 4);
    assert.throws(() => a.item(1.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
    assert.throws(() => a.item(true as never), { name: "TypeError", message: "an integer is required" });
    assert.throws(() => a.item(1, 2, 3), { name: "ValueError", message: "incorrect number of indices for array" });
  });
});

describe("core/ndarray: NPY_MAXDIMS", () => {
  test("no array has more than 64 dimensions, as in NumPy", () => {
    const ones = (n: number) => new Array<number>(n).fill(1);
    assert.equal(np.zeros(ones(64)).ndim, 64);
    const message = "maximum supported dimension for an ndarray is currently 64, found 65";
    assert.throws(() => np.zeros(ones(65)), { name: "ValueError", message });
    assert.throws(() => np.arange(1).reshape(ones(65)), { name: "ValueError", message });
    assert.throws(() => np.expand_dims(np.zeros(ones(64)), 0), { name: "ValueError", message });
    assert.throws(() => np.broadcast_to(1, ones(65)), { name: "ValueError", message });
    assert.throws(() => np.array(np.arange(3), { ndmin: 65 }), { name: "ValueError", message: "ndmin must be <= ndmax (64)" });
  });
});

describe("core/ndarray: reshape to the same shape", () => {
  test("is a view keeping the strides, as NumPy's quick check (size-0 arrays included)", () => {
    assert.deepEqual(np.zeros([0, 3]).reshape(0, 3).strides, [0, 0]);
    assert.deepEqual(np.zeros(0, "int32").reshape([0]).strides, [0]);
    const a = np.zeros([4, 3]).get("::2", "::-1") as NDArray;
    const b = a.reshape([2, 3], { order: "F" });
    assert.deepEqual(b.strides, a.strides);
    assert.equal(b.base, a.base);
    assert.equal(a.reshape([2, 3], { copy: true }).flags.c_contiguous, true);
  });
});

describe("core/ndarray: view(dtype) of another itemsize", () => {
  test("follows NumPy's dtype setter: checks and messages", () => {
    assert.throws(() => np.zeros(3, { dtype: "int8" }).view("int16"), {
      name: "ValueError",
      message: "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
    });
    assert.throws(() => np.zeros([], { dtype: "int16" }).view("int8"), {
      name: "ValueError",
      message: "Changing the dtype of a 0d array is only supported if the itemsize is unchanged",
    });
    assert.throws(() => (np.zeros(4, { dtype: "int8" }).get("::2") as NDArray).view("int16"), { name: "ValueError", message: "To change to a dtype of a different size, the last axis must be contiguous" });
    // A last axis of length 1 may have any stride.
    const v = (np.zeros([3, 4], { dtype: "int16" }).get(":", ":1") as NDArray).view("int8");
    assert.deepEqual(v.shape, [3, 2]);
    assert.deepEqual(v.strides, [8, 1]);
  });
});

describe("core/ndarray: methods without keywords", () => {
  test("refuse an options object as NumPy's methods refuse keywords; view takes {dtype}", () => {
    const a = np.zeros([2, 3]);
    const bad = { foo: 1 } as never;
    assert.throws(() => a.swapaxes(0, 1, bad), { name: "TypeError", message: "ndarray.swapaxes() takes no keyword arguments" });
    assert.throws(() => a.fill(1, bad), { name: "TypeError", message: "ndarray.fill() takes no keyword arguments" });
    assert.throws(() => a.item(bad), { name: "TypeError", message: "ndarray.item() takes no keyword arguments" });
    assert.equal(a.view({ dtype: "int64" }).dtype, "int64");
    assert.throws(() => np.broadcast_shapes([1], bad), { name: "TypeError", message: "broadcast_shapes() got an unexpected keyword argument 'foo'" });
  });
});

describe("core/ndarray: squeeze of a 0-d array", () => {
  test("accepts axis 0 or -1, as NumPy's axis conversion lets them through", () => {
    assert.deepEqual(np.squeeze(np.zeros([]), { axis: 0 }).shape, []);
    assert.deepEqual(np.zeros([]).squeeze(-1).shape, []);
    assert.throws(() => np.squeeze(np.zeros([]), { axis: 1 }), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 0" });
  });
});

describe("iteration", () => {
  test("for..of walks the first axis as NumPy's `for x in a`", () => {
    assert.deepEqual([...np.arange(3)], [0, 1, 2]);
    const rows = [...np.arange(6).reshape(3, 2).T];
    assert.equal(rows.length, 2);
    assert.deepEqual(rows.map((r) => (r as NDArray).tolist()), [[0, 2, 4], [1, 3, 5]]);
    assert.equal((rows[0] as NDArray).base !== null, true);
    assert.deepEqual([...np.array([{ re: 1, im: 2 }])], [{ re: 1, im: 2 }]);
    assert.deepEqual([...np.zeros([0, 3])], []);
    assert.throws(() => [...np.array(3)], { name: "TypeError", message: "iteration over a 0-d array" });
  });
});

describe("reshape and fill arguments", () => {
  test("reshape takes bigint dimensions, None, and words a lone float as NumPy", () => {
    assert.deepEqual(np.arange(6).reshape(6n as never).shape, [6]);
    assert.deepEqual(np.arange(6).reshape(3n as never, 2n as never).shape, [3, 2]);
    assert.deepEqual(np.reshape(np.arange(6), 6n as never).shape, [6]);
    assert.deepEqual(np.arange(6).reshape(2, 3).reshape(null as never).shape, [2, 3]);
    assert.throws(() => np.arange(6).reshape(2.5), { name: "TypeError", message: "expected a sequence of integers or a single integer, got '2.5'" });
    assert.throws(() => np.arange(6).reshape(2, 2.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  });

  test("fill takes a scalar or 0-d array; any sequence is NumPy's ValueError", () => {
    const a = np.zeros(2);
    a.fill(np.array(3) as never);
    assert.deepEqual(a.tolist(), [3, 3]);
    for (const v of [np.array([3]), [3], new Float64Array([3])]) {
      assert.throws(() => a.fill(v as never), { name: "ValueError", message: "setting an array element with a sequence." });
    }
  });
});

describe("method argument checks", () => {
  test("swapaxes, astype, item, nonzero and round refuse arguments as NumPy does", () => {
    const a = np.arange(3);
    assert.throws(() => (a.swapaxes as (...x: unknown[]) => unknown)(0), { name: "TypeError", message: "swapaxes() takes exactly 2 arguments (1 given)" });
    assert.throws(() => (a.swapaxes as (...x: unknown[]) => unknown)(0, 0, 0), { name: "TypeError", message: "swapaxes() takes exactly 2 arguments (3 given)" });
    assert.throws(() => (a.astype as (...x: unknown[]) => unknown)(), { name: "TypeError", message: "astype() missing required argument 'dtype' (pos 0)" });
    assert.throws(() => a.item(null as never), { name: "TypeError", message: "'NoneType' object cannot be interpreted as an integer" });
    assert.throws(() => (a.nonzero as (...x: unknown[]) => unknown)({ foo: 1 }), { name: "TypeError", message: "ndarray.nonzero() takes no keyword arguments" });
    assert.throws(() => a.round(1.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
    assert.deepEqual(np.array([1.25, 2.5]).round(true as never).tolist(), [1.2, 2.5]);
  });
});

describe("shape assignment, mT, astype by keyword", () => {
  test("a.shape = ... reshapes in place when no copy is needed", () => {
    const a = np.arange(6);
    (a as { shape: unknown }).shape = [-1, 2];
    assert.deepEqual(a.shape, [3, 2]);
    assert.deepEqual(a.strides, [16, 8]);
    assert.deepEqual(a.tolist(), [[0, 1], [2, 3], [4, 5]]);
    const t = np.arange(6).reshape(2, 3).T;
    assert.throws(() => ((t as { shape: unknown }).shape = [6]), {
      name: "AttributeError",
      message: "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
    });
    assert.throws(() => ((a as { shape: unknown }).shape = [4, 2]), { name: "ValueError", message: "cannot reshape array of size 6 into shape (4,2)" });
    assert.deepEqual(a.shape, [3, 2]);
  });

  test("mT swaps the last two axes; astype takes {dtype}", () => {
    assert.deepEqual(np.arange(24).reshape(2, 3, 4).mT.shape, [2, 4, 3]);
    assert.deepEqual(np.arange(6).reshape(2, 3).mT.tolist(), [[0, 3], [1, 4], [2, 5]]);
    assert.throws(() => np.arange(3).mT, { name: "ValueError", message: "matrix transpose with ndim < 2 is undefined" });
    assert.equal(np.arange(3).astype({ dtype: "int8", copy: false } as never).dtype, "int8");
    assert.throws(() => (np.arange(3).astype as (...x: unknown[]) => unknown)({ copy: false }), { name: "TypeError" });
  });

  test("setting imag of a real array is NumPy's TypeError", () => {
    const a = np.arange(2, { dtype: "float64" });
    assert.throws(() => (a.imag = 1 as never), { name: "TypeError", message: "array does not have imaginary part to set" });
  });
});

describe("read-only attributes", () => {
  test("assigning strides, base, ndim, ... is an AttributeError, never a silent change (dtype: see methods.test.ts)", () => {
    const a = np.arange(4) as unknown as Record<string, unknown>;
    for (const name of ["base", "ndim", "size", "itemsize", "nbytes", "T", "flags"]) {
      assert.throws(() => (a[name] = 1), { name: "AttributeError", message: `attribute '${name}' of 'numpy.ndarray' objects is not writable` });
    }
    assert.throws(() => (a.strides = [16]), { name: "AttributeError" });
    assert.equal(a.dtype, "int64");
    assert.deepEqual(a.strides, [8]);
    assert.deepEqual((a as unknown as NDArray).tolist(), [0, 1, 2, 3]);
  });
});

test("tobytes: C order, 'F', 'A' (F for a Fortran-contiguous array), 'K' as C; frombuffer reads them back", () => {
  // NumPy 2.4.6: t = np.arange(6, dtype=np.int16).reshape(2, 3).T
  // t.tobytes() == t.tobytes('K') == b'\x00\x00\x03\x00\x01\x00\x04\x00\x02\x00\x05\x00'; t.tobytes('A') is 0..5
  const t = np.arange(6, { dtype: "int16" }).reshape(2, 3).T;
  const c = [0, 0, 3, 0, 1, 0, 4, 0, 2, 0, 5, 0];
  const f = [0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0];
  assert.deepEqual(Array.from(t.tobytes()), c);
  assert.deepEqual(Array.from(t.tobytes("K")), c);
  assert.deepEqual(Array.from(t.tobytes(null)), c);
  assert.deepEqual(Array.from(t.tobytes("A")), f);
  assert.deepEqual(Array.from(t.tobytes({ order: "F" })), f);
  assert.deepEqual(Array.from(np.arange(6, { dtype: "int16" }).reshape(2, 3).tobytes("F")), c);
  assert.deepEqual(Array.from(np.array(true).tobytes()), [1]);
  // np.array([1+2j], dtype=np.complex64).tobytes() == b'\x00\x00\x80?\x00\x00\x00@'
  assert.deepEqual(Array.from(np.array([{ re: 1, im: 2 }], { dtype: "complex64" }).tobytes()), [0, 0, 128, 63, 0, 0, 0, 64]);
  assert.equal(np.zeros([0, 3]).tobytes().length, 0);
  const big = np.arange(1000, { dtype: "float64" }).get("::-1") as np.NDArray;
  const bytes = big.tobytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.equal(bytes.length, 8000);
  assert.deepEqual((np.frombuffer(bytes).get("-2:") as np.NDArray).tolist(), [1, 0]);
  // A copy: changing the array later leaves the bytes alone.
  const a = np.arange(3, { dtype: "uint8" });
  const b = a.tobytes();
  a.fill(9);
  assert.deepEqual(Array.from(b), [0, 1, 2]);
  // An array over a caller's buffer at an offset, and a heap array: plain (unshared) ArrayBuffers.
  const wrapped = np.frombuffer(new Int16Array([9, 1, 2, 3]).subarray(1), { dtype: "int16" }).tobytes();
  assert.deepEqual(Array.from(wrapped), [1, 0, 2, 0, 3, 0]);
  const heapBytes = (np.arange(5000, { dtype: "int32" }).get("-2:") as np.NDArray).tobytes();
  assert.deepEqual(Array.from(heapBytes), [134, 19, 0, 0, 135, 19, 0, 0]);
  assert.equal(heapBytes.buffer.constructor, ArrayBuffer);
  assert.equal(heapBytes.buffer.byteLength, 8);
  assert.throws(() => a.tobytes("X" as "C"), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'X')" });
});

test("setflags(write, align, uic) as NumPy's", () => {
  const a = np.arange(3);
  a.setflags({ write: false });
  assert.equal(a.flags.writeable, false);
  assert.throws(() => a.set(0, 1), { name: "ValueError", message: "assignment destination is read-only" });
  // A view of a read-only array cannot be made writeable.
  assert.throws(() => (a.get("1:") as np.NDArray).setflags({ write: true }), { name: "ValueError", message: "cannot set WRITEABLE flag to True of this array" });
  a.setflags(true);
  assert.equal(a.flags.writeable, true);
  a.setflags(null, false);
  assert.equal(a.flags.aligned, false);
  assert.match(String(a.flags), /ALIGNED : False/);
  a.setflags({ align: true });
  assert.equal(a.flags.ALIGNED, true);
  assert.throws(() => a.setflags({ uic: true }), { name: "ValueError", message: "cannot set WRITEBACKIFCOPY flag to True" });
  assert.throws(() => a.setflags({ foo: true } as never), { name: "TypeError" });
});

test("order 'K' as NumPy 2.4.6: new arrays take C/F strides from a C/F-contiguous source; flatten/ravel follow the iterator", () => {
  // a = np.arange(8, dtype=np.int32).reshape(2, 1, 4).swapaxes(0, 2): strides (4, 16, 16), F-contiguous
  // a.copy('K').strides == (4, 16, 16); a.astype(np.float64, order='K').strides == (8, 32, 32); empty_like: (4, 16, 16)
  const a = np.arange(8, { dtype: "int32" }).reshape(2, 1, 4).swapaxes(0, 2);
  assert.deepEqual([...a.copy("K").strides], [4, 16, 16]);
  assert.deepEqual([...a.astype("float64", { order: "K" }).strides], [8, 32, 32]);
  assert.deepEqual([...np.empty_like(a).strides], [4, 16, 16]);
  // A broadcast (zero-stride) axis keeps its C position in the iterator's 'K' order:
  // e = np.expand_dims(np.broadcast_to(np.arange(6.).reshape(3, 2).ravel('F'), (2, 6)), 2)
  // e.ravel('K') == e.flatten('K') == [0, 2, 4, 1, 3, 5, 0, 2, 4, 1, 3, 5]
  const x = np.arange(6, { dtype: "float64" }).reshape(3, 2).ravel("F");
  const e = np.expand_dims(np.broadcast_to(x, [2, 6]), 2);
  const want = [0, 2, 4, 1, 3, 5, 0, 2, 4, 1, 3, 5];
  assert.deepEqual(e.ravel("K").tolist(), want);
  assert.deepEqual(e.flatten("K").tolist(), want);
  // np.broadcast_to(np.arange(3)[:, None], (3, 4)).ravel('K') and its transpose's.
  const b = np.broadcast_to(np.arange(3).get(":", null) as np.NDArray, [3, 4]);
  assert.deepEqual(b.ravel("K").tolist(), [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  assert.deepEqual(np.broadcast_to(np.arange(3), [2, 3]).T.ravel("K").tolist(), [0, 0, 1, 1, 2, 2]);
  // Memory order otherwise; negative strides are not reversed.
  assert.deepEqual((np.arange(4).get("::-1") as np.NDArray).flatten("K").tolist(), [3, 2, 1, 0]);
  assert.deepEqual(np.arange(6).reshape(2, 3).T.ravel("K").tolist(), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual((np.arange(6).reshape(2, 3).get(":", "::-1") as np.NDArray).T.flatten("K").tolist(), [2, 1, 0, 5, 4, 3]);
});

test("squeeze with no length-1 axis to remove returns the array itself (NumPy: a.squeeze() is a)", () => {
  const a = np.arange(3);
  assert.equal(a.squeeze(), a);
  assert.equal(np.squeeze(a), a);
  assert.equal(a.squeeze([]), a);
  const z = np.array(5);
  assert.equal(z.squeeze(0), z);
  assert.equal(z.squeeze(), z);
  const b = np.zeros([1, 3]);
  assert.equal(b.squeeze(0).base, b); // a view when an axis goes
});

test("reshape's same-shape shortcut compares the shape as given: a -1 makes fresh strides (NumPy 2.4.6)", () => {
  // d = np.arange(4, dtype=np.int8).reshape(1, 4).diagonal(): strides (5,)
  // d.reshape(-1).strides == (1,), d.reshape(1).strides == d.reshape((1,)).strides == (5,)
  const d = np.arange(4, { dtype: "int8" }).reshape(1, 4).diagonal();
  assert.deepEqual([...d.strides], [5]);
  assert.deepEqual([...d.reshape(-1).strides], [1]);
  assert.deepEqual([...d.reshape(1).strides], [5]);
  assert.deepEqual([...d.reshape([1]).strides], [5]);
  // np.zeros((3, 4))[::2].reshape(-1, 4).strides == (64, 8)
  const t = np.zeros([3, 4]).get("::2") as np.NDArray;
  assert.deepEqual([...t.reshape(-1, 4).strides], [64, 8]);
});

test("astype raises NumPy 2.4.6's cast conditions under errstate ('invalid value encountered in cast')", () => {
  const f = (x: number[]) => np.array(x, { dtype: "float64" });
  np.errstate({ all: "raise" }, () => {
    assert.throws(() => f([NaN, 1]).astype("int64"), { name: "FloatingPointError", message: "invalid value encountered in cast" });
    assert.throws(() => f([1e300]).astype("float32"), { name: "FloatingPointError", message: "overflow encountered in cast" });
    assert.deepEqual(f([300, -1]).astype("int8").tolist(), [44, -1]);
    assert.deepEqual(f([Infinity]).astype("float32").tolist(), [Infinity]);
  });
  const got = np.errstate({ invalid: "ignore" }, () => f([NaN, 3]).astype("int64").tolist());
  assert.deepEqual(got, [-9223372036854775808, 3]);
  // A ufunc's cast to its out dtype is part of the ufunc: the conditions name it.
  np.errstate({ all: "raise" }, () => {
    assert.throws(() => np.add(f([NaN]), 1, { out: np.zeros(1, { dtype: "int64" }), casting: "unsafe" }), {
      message: "invalid value encountered in add",
    });
    assert.throws(() => np.negative(f([1e300]), { out: np.zeros(1, { dtype: "float32" }), casting: "unsafe" }), {
      message: "overflow encountered in negative",
    });
  });
});

describe("core/ndarray: resize, byteswap, device", () => {
  test("resize keeps the memory order and grows with zeros (NumPy's outputs)", () => {
    const a = np.arange(6);
    a.resize(2, 4);
    assert.deepEqual(a.tolist(), [[0, 1, 2, 3], [4, 5, 0, 0]]);
    assert.deepEqual(a.strides, [32, 8]);
    const f = np.asfortranarray(np.arange(6).reshape(2, 3));
    f.resize([3, 2], { refcheck: false });
    assert.deepEqual(f.tolist(), [[0, 4], [3, 2], [1, 5]]);
    assert.equal(f.flags.f_contiguous, true);
    const big = np.full(5000, 2, { dtype: "float64" });
    big.resize(6000);
    assert.equal(np.sum(big), 10000);
    const same = np.arange(4);
    same.resize();
    assert.deepEqual(same.shape, [4]);
    const empty = np.arange(4);
    empty.resize(3, 0);
    assert.deepEqual(empty.shape, [3, 0]);
  });
  test("resize refuses what NumPy refuses", () => {
    assert.throws(() => (np.arange(4).get("::2") as NDArray).resize(3), { name: "ValueError", message: "resize only works on single-segment arrays" });
    assert.throws(() => np.arange(4).resize(-1), { name: "ValueError", message: "negative dimensions not allowed" });
    assert.throws(() => np.arange(4).reshape(2, 2).resize(3), { name: "ValueError", message: "cannot resize this array: it does not own its data" });
    assert.throws(() => np.arange(4).resize(3, { check: true } as never), { message: "resize() got an unexpected keyword argument 'check'" });
  });
  test("byteswap swaps each element's bytes (each part of a complex)", () => {
    assert.deepEqual(np.array([1, 256, 3], { dtype: "int16" }).byteswap().tolist(), [256, 1, 768]);
    assert.equal(np.array_repr(np.array([{ re: 1, im: 2 }], { dtype: "complex64" }).byteswap()), "array([4.6006e-41+9.e-44j], dtype=complex64)");
    assert.equal(np.array_repr(np.array([1], { dtype: "float64" }).byteswap()), "array([3.03865e-319])");
    assert.deepEqual(np.array([true]).byteswap().tolist(), [true]);
    const a = np.arange(3, { dtype: "int16" });
    assert.equal(a.byteswap({ inplace: true }), a);
    assert.deepEqual(a.tolist(), [0, 256, 512]);
    const strided = np.arange(6, { dtype: "int32" }).get("::2") as NDArray;
    assert.deepEqual(strided.byteswap().tolist(), [0, 2 ** 25, 2 ** 26]);
    assert.throws(() => a.byteswap(true, false), { name: "TypeError", message: "byteswap() takes at most 1 argument (2 given)" });
  });
  test("device is cpu; to_device('cpu') is the array itself", () => {
    const a = np.arange(3);
    assert.equal(a.device, "cpu");
    assert.equal(a.to_device("cpu"), a);
    assert.throws(() => a.to_device("gpu"), { name: "ValueError", message: "Unsupported device: gpu. Only 'cpu' is accepted." });
    assert.throws(() => a.to_device("cpu", { stream: 1 }), { message: "The stream argument in to_device() is not supported" });
  });
});
