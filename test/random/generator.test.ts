// np.random's new API (default_rng, Generator, PCG64, SeedSequence) against values printed by
// NumPy 2.4.6: streams, options, state, spawning and NumPy's errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

type PState = InstanceType<typeof np.random.PCG64>["state"];
const rng = (seed: number | bigint | number[] = 0) => np.random.default_rng(seed);
const throwsLike = (f: () => unknown, name: string, message: string): void => {
  assert.throws(f, (e: Error) => {
    assert.equal(e.name, name);
    assert.equal(e.message, message);
    return true;
  });
};

test("default_rng: NumPy's first draws for int, bigint and sequence seeds", () => {
  const r = rng(42);
  assert.equal(r.random(), 0.7739560485559633);
  assert.deepEqual((r.random(3) as np.NDArray).tolist(), [0.4388784397520523, 0.8585979199113825, 0.6973680290593639]);
  assert.equal(rng(2 ** 40).random(), 0.3608095734199638);
  assert.equal(rng([1, 2 ** 40]).random(), 0.4017058039361343);
  assert.equal(String(rng(1)), "Generator(PCG64)");
  // A Generator passes through; a bit generator is wrapped.
  const g = rng(3);
  assert.equal(np.random.default_rng(g), g);
  assert.equal(np.random.default_rng(new np.random.PCG64(42)).random(), 0.7739560485559633);
});

test("PCG64 and MT19937 raw output, SeedSequence words and spawning", () => {
  assert.equal(new np.random.PCG64(0).random_raw(), 11749869230777074271n);
  assert.equal(new np.random.MT19937(0).nextUint32(), 2058676884);
  const mt = new np.random.MT19937();
  mt._legacy_seeding(0);
  assert.equal(mt.random_raw(), 2357136044n);
  assert.deepEqual(new np.random.SeedSequence(42).generate_state(4).tolist(), [3444837047, 2669555309, 2046530742, 3581440988]);
  assert.deepEqual(new np.random.SeedSequence(12345).spawn(2)[0]!.generate_state(2).tolist(), [959183449, 3196577012]);
  const ss = new np.random.SeedSequence(9);
  const kids = ss.spawn(2);
  assert.deepEqual(kids[1]!.spawn_key, [1]);
  assert.equal(ss.n_children_spawned, 2);
  assert.deepEqual((rng(5).spawn(2)[1]!.random(3) as np.NDArray).tolist(), [0.2531538239071238, 0.07389904579822992, 0.8193776176145654]);
  throwsLike(() => new np.random.SeedSequence(42, { pool_size: 2 }), "ValueError", "The size of the entropy pool should be at least 4");
  throwsLike(() => new np.random.SeedSequence(-1), "ValueError", "expected non-negative integer");
  throwsLike(() => new np.random.SeedSequence(1, { spawn: 2 } as never), "TypeError", "SeedSequence() got an unexpected keyword argument 'spawn'");
  throwsLike(() => ss.spawn(-1), "ValueError", "n_children_must be non-negative".replace("_must", " must"));
});

test("PCG64 advance and jumped, as NumPy's", () => {
  const a = new np.random.PCG64(1);
  a.advance(3);
  assert.equal(a.random_raw(), 17499493567006797778n);
  assert.equal(new np.random.PCG64(1).jumped().random_raw(), 6240351607257276062n);
  assert.equal(new np.random.PCG64(1).jumped(3).random_raw(), 5863065313089933784n);
  assert.equal(new np.random.PCG64(7).advance(-1n).random_raw(), 4402604336070250843n);
});

test("bit generator state round-trips, as NumPy's bit_generator.state", () => {
  const r = rng(3);
  r.random(5);
  const st = r.bit_generator.state;
  const a = (r.random(3) as np.NDArray).tolist();
  assert.deepEqual(a, [0.4331269402364738, 0.479051298140834, 0.15973891463707857]);
  (r.bit_generator as InstanceType<typeof np.random.PCG64>).state = st as PState;
  assert.deepEqual((r.random(3) as np.NDArray).tolist(), a);
  const s0 = rng(3).bit_generator.state as PState;
  assert.equal(s0.state.state, 323726261719206589602543583274561722519n);
  assert.equal(s0.state.inc, 222003063171874261427395693950637096479n);
});

test("random, standard_normal: size, dtype and out", () => {
  const x = np.zeros(4);
  assert.equal(rng().random({ out: x }), x);
  assert.deepEqual(x.tolist(), [0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094]);
  const y = np.zeros([2, 2]);
  rng().standard_normal({ out: y });
  assert.deepEqual(y.tolist(), [[0.1257302210933933, -0.1321048632913019], [0.6404226504432821, 0.10490011715303971]]);
  const f = rng().standard_normal(3, "float32") as np.NDArray;
  assert.equal(f.dtype, "float32");
  assert.deepEqual(f.tolist(), [1.1176220178604126, -1.3871248960494995, -0.4265716075897217]);
  assert.equal(typeof rng().standard_normal(), "number");
  throwsLike(() => rng().random({ out: np.zeros(3, { dtype: "float32" }) }), "TypeError", "Supplied output array has the wrong type. Expected float64, got float32");
  throwsLike(() => rng().random({ size: 4, out: np.zeros(3) }), "ValueError", "size must match out.shape when used together");
  throwsLike(() => rng().standard_normal({ dtype: "int32" }), "TypeError", "Unsupported dtype dtype('int32') for standard_normal");
  throwsLike(() => rng().random({ sizes: 3 } as never), "TypeError", "random() got an unexpected keyword argument 'sizes'");
  throwsLike(() => rng().integers(0, 10, -1), "ValueError", "negative dimensions are not allowed");
});

test("normal and uniform broadcast their parameters; NumPy's constraint errors", () => {
  assert.deepEqual((rng().normal([0, 10], [[1], [2]]) as np.NDArray).tolist(), [[0.1257302210933933, 9.867895136708698], [1.2808453008865641, 10.20980023430608]]);
  assert.ok(Number.isNaN(rng().normal(0, NaN) as number));
  throwsLike(() => rng().normal(0, -1.5), "ValueError", "scale < 0");
  throwsLike(() => rng().uniform(5, 1), "ValueError", "high - low < 0");
  throwsLike(() => rng().uniform(-1e308, 1e308), "OverflowError", "high - low range exceeds valid bounds");
  throwsLike(() => rng().normal([0, 1], [1, 2, 3]), "ValueError",
    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).");
  throwsLike(() => rng().poisson(-1), "ValueError", "lam < 0 or lam is NaN");
  throwsLike(() => rng().beta(0.5, 0), "ValueError", "b <= 0");
  throwsLike(() => rng().binomial(10, 1.5), "ValueError", "p < 0, p > 1 or p is NaN");
  throwsLike(() => rng().geometric([0.5, 0]), "ValueError", "p <= 0, p > 1 or p contains NaNs");
  const g32 = rng().standard_gamma(2.5, 3, "float32") as np.NDArray;
  assert.equal(g32.dtype, "float32");
  assert.deepEqual(g32.tolist(), [4.263247489929199, 1.5974715948104858, 3.177990436553955]);
  throwsLike(() => rng().standard_gamma(1, { dtype: "int8" }), "TypeError", "Unsupported dtype dtype('int8') for standard_gamma");
});

test("integers: scalars, bool, uint64 extremes and NumPy's bound errors", () => {
  assert.deepEqual((rng().integers(0, 10, 3) as np.NDArray).tolist(), [8, 6, 5]);
  assert.deepEqual((rng(1).integers(5, { size: 3, dtype: "uint8" }) as np.NDArray).tolist(), [4, 4, 0]);
  assert.equal(rng().integers(2, { dtype: "bool" }), true);
  assert.equal(rng().integers(0, 2n ** 64n - 1n, { endpoint: true, dtype: "uint64" }), 11749869230777074271n);
  assert.deepEqual((rng().integers({ low: 1, high: 7, size: 3 }) as np.NDArray).tolist(), [6, 4, 4]);
  throwsLike(() => rng().integers(), "TypeError", "integers() takes at least 1 positional argument (0 given)");
  throwsLike(() => rng().integers(5, 1), "ValueError", "low >= high");
  throwsLike(() => rng().integers(0), "ValueError", "high <= 0");
  throwsLike(() => rng().integers(5, 1, { endpoint: true }), "ValueError", "low > high");
  throwsLike(() => rng().integers(-1, 5, { dtype: "uint8" }), "ValueError", "low is out of bounds for uint8");
  throwsLike(() => rng().integers(0, 3, { dtype: "float64" }), "TypeError", "Unsupported dtype dtype('float64') for integers");
  throwsLike(() => rng().integers(0, 3, { dtype: "bool" }), "ValueError", "high is out of bounds for bool");
});

test("integers with array bounds and size: NumPy's walk over broadcast(low, high, out)", () => {
  // size (2, 1) against low (3,): out takes the first two positions of the (2, 3) broadcast.
  assert.deepEqual((rng(1).integers([0, 1000, 5000], [1, 1001, 5001], { size: [2, 1] }) as np.NDArray).tolist(), [[0], [1000]]);
  assert.deepEqual((rng(1).integers([[0], [1000]], [[2000, 2001, 2002]], { size: [3] }) as np.NDArray).tolist(), [946, 1024, 1511]);
  assert.deepEqual((new np.random.RandomState(0).randint([0, 1000, 5000], [1, 1001, 5001], { size: [2, 1] }) as np.NDArray).tolist(), [[0], [1000]]);
  throwsLike(() => rng().integers([[1], [2]], [5, 6, 7], { size: [2, 3, 4] }), "ValueError",
    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 1) and arg 2 with shape (2, 3, 4).");
});

test("random_raw arrays, generate_state's dtype forms, SeedSequence's float error", () => {
  const raw = new np.random.PCG64(5).random_raw([2, 2]) as np.NDArray;
  assert.equal(raw.dtype, "uint64");
  assert.deepEqual(raw.tolist({ bigint: true }), [[14849682912918955432n, 14903876974979881461n], [9506078739185184192n, 5272104914398938230n]]);
  const b = new np.random.PCG64(5);
  assert.equal(b.random_raw(2, { output: false }), null);
  assert.equal(b.random_raw(), 9506078739185184192n);
  assert.deepEqual((new np.random.MT19937(5).random_raw(2) as np.NDArray).tolist(), [1463718072, 2137291433]);
  assert.deepEqual((new np.random.PCG64(5).random_raw(0) as np.NDArray).shape, [0]);
  const ss = new np.random.SeedSequence(42);
  assert.deepEqual(ss.generate_state(3, { dtype: "uint64" }).tolist({ bigint: true }), [11465652750463011511n, 15382171918060459190n, 9018504550953525431n]);
  assert.deepEqual(ss.generate_state(2, "u4").tolist(), [3444837047, 2669555309]);
  assert.deepEqual(ss.generate_state({ n_words: 2 }).tolist(), [3444837047, 2669555309]);
  throwsLike(() => ss.generate_state(2, "int32"), "ValueError", "only support uint32 or uint64");
  throwsLike(() => new np.random.SeedSequence(1.5), "TypeError", "SeedSequence expects int or sequence of ints for entropy not 1.5");
  throwsLike(() => np.random.default_rng(1.5), "TypeError", "SeedSequence expects int or sequence of ints for entropy not 1.5");
  throwsLike(() => np.random.default_rng([1, 1.5]), "TypeError", "seed must be integer");
});

test("out= may be F-contiguous (filled in memory order) except for standard_gamma, as NumPy's check_output", () => {
  const o = np.empty([3, 2]).T;
  rng(11).random({ out: o });
  assert.deepEqual(o.tolist(), [[0.12857020276919962, 0.6014983576233575, 0.14792608457745593], [0.49927786244011496, 0.028689008371944547, 0.9282110229603695]]);
  throwsLike(() => rng(11).standard_gamma(2.5, { out: np.empty([3, 2]).T }), "ValueError",
    "Supplied output array must be C-contiguous, writable, aligned, and in machine byte-order.");
  throwsLike(() => rng(11).standard_normal({ out: np.empty([4, 4]).get(":", 0) as np.NDArray }), "ValueError",
    "Supplied output array must be contiguous, writable, aligned, and in machine byte-order.");
});

test("choice, permutation, shuffle, permuted: NumPy's draws and messages", () => {
  assert.deepEqual((rng().choice(5, 3, false) as np.NDArray).tolist(), [3, 4, 2]);
  assert.equal(rng().choice([10, 20, 30], { p: [0.2, 0.3, 0.5] }), 30);
  assert.deepEqual((rng().choice(np.arange(12).reshape(3, 4), 2, { axis: 1 }) as np.NDArray).tolist(), [[3, 2], [7, 6], [11, 10]]);
  throwsLike(() => rng().choice(3, { p: [0.5, 0.6, 0.1] }), "ValueError", "Probabilities do not sum to 1. See Notes section of docstring for more information.");
  throwsLike(() => rng().choice(3, { p: [-0.5, 1.0, 0.5] }), "ValueError", "Probabilities are not non-negative");
  throwsLike(() => rng().choice(3, { p: [0.5, NaN, 0.5] }), "ValueError", "Probabilities contain NaN");
  throwsLike(() => rng().choice(3, { p: [[0.5, 0.5]] }), "ValueError", "p must be 1-dimensional");
  throwsLike(() => rng().choice(3, 2, false, [1, 0, 0]), "ValueError", "Fewer non-zero entries in p than size");
  throwsLike(() => rng().choice(2.5), "ValueError", "a must be a sequence or an integer, not <class 'float'>");
  throwsLike(() => rng().choice(5, 6, false), "ValueError", "Cannot take a larger sample than population when replace is False");
  const a = np.arange(5);
  rng().shuffle(a);
  assert.deepEqual(a.tolist(), [2, 4, 3, 0, 1]);
  throwsLike(() => rng().shuffle(np.arange(3), 1), "AxisError", "axis 1 is out of bounds for array of dimension 1");
  assert.deepEqual(rng().permuted(np.arange(12).reshape(3, 4), { axis: 0 }).tolist(), [[8, 9, 10, 7], [0, 5, 2, 11], [4, 1, 6, 3]]);
  const out = np.zeros([3, 4]);
  assert.equal(rng().permuted(np.arange(12).reshape(3, 4), { axis: 1, out }), out);
  assert.deepEqual(out.tolist(), [[2, 0, 1, 3], [7, 6, 5, 4], [9, 11, 8, 10]]);
  throwsLike(() => rng().permuted(np.arange(3), { out: np.zeros(4) }), "ValueError", "out must have the same shape as x");
  assert.equal(rng().permutation(7).dtype, "int64");
});

test("unseeded generators draw from OS entropy", () => {
  const a = np.random.default_rng().random(4) as np.NDArray;
  const b = np.random.default_rng().random(4) as np.NDArray;
  assert.notDeepEqual(a.tolist(), b.tolist());
  assert.ok((a.tolist() as number[]).every((v) => v >= 0 && v < 1));
  assert.equal(typeof new np.random.SeedSequence().entropy, "bigint");
});
