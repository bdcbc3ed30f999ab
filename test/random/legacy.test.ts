// np.random's legacy API (RandomState and the module functions) against NumPy 2.4.6's values.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const throwsLike = (f: () => unknown, name: string, message: string): void => {
  assert.throws(f, (e: Error) => {
    assert.equal(e.name, name);
    assert.equal(e.message, message);
    return true;
  });
};

test("np.random.seed drives rand, randn and randint as NumPy's global RandomState", () => {
  np.random.seed(0);
  assert.deepEqual((np.random.rand(3) as np.NDArray).tolist(), [0.5488135039273248, 0.7151893663724195, 0.6027633760716439]);
  assert.deepEqual((np.random.randn(3) as np.NDArray).tolist(), [-2.268328201180374, 1.3335453816218967, -0.8427240538292873]);
  assert.deepEqual((np.random.randint(0, 10, 5) as np.NDArray).tolist(), [6, 8, 8, 1, 6]);
  np.random.seed(0);
  assert.equal(np.random.randn(), 1.764052345967664);
  assert.deepEqual((np.random.rand(2, 3) as np.NDArray).shape, [2, 3]);
});

test("RandomState methods and the cached second gauss", () => {
  const rs = new np.random.RandomState(0);
  assert.deepEqual((rs.randint(10, { size: 3 }) as np.NDArray).tolist(), [5, 0, 3]);
  assert.deepEqual((new np.random.RandomState(0).choice(5, 3) as np.NDArray).tolist(), [4, 0, 3]);
  assert.equal(new np.random.RandomState(0).normal(5, 2), 8.528104691935328);
  const r1 = new np.random.RandomState(1);
  r1.randn();
  const st = r1.get_state({ legacy: false }) as { has_gauss: number; gauss: number };
  assert.equal(st.has_gauss, 1);
  assert.equal(st.gauss, -0.6117564136500754);
  const tup = r1.get_state() as [string, np.NDArray, number, number, number];
  assert.deepEqual([tup[0], tup[1].dtype, tup[1].shape, tup[2], tup[3], tup[4]], ["MT19937", "uint32", [624], 4, 1, -0.6117564136500754]);
  assert.equal(r1.randn(), -0.6117564136500754);
  const r2 = new np.random.RandomState(1);
  const s2 = r2.get_state();
  const a = (r2.randn(3) as np.NDArray).tolist();
  assert.deepEqual(a, [1.6243453636632417, -0.6117564136500754, -0.5281717522634557]);
  r2.set_state(s2);
  assert.deepEqual((r2.randn(3) as np.NDArray).tolist(), a);
});

test("legacy errors carry NumPy's messages", () => {
  throwsLike(() => new np.random.RandomState(2 ** 32), "ValueError", "Seed must be between 0 and 2**32 - 1");
  throwsLike(() => new np.random.RandomState([]), "ValueError", "Seed must be non-empty");
  throwsLike(() => np.random.seed(-1), "ValueError", "Seed must be between 0 and 2**32 - 1");
  throwsLike(() => new np.random.RandomState(0).permutation(np.array(3)), "IndexError", "x must be an integer or at least 1-dimensional");
  throwsLike(() => new np.random.RandomState(0).choice(5, 3, true, [0.2, 0.2, 0.2, 0.2]), "ValueError", "'a' and 'p' must have same size");
  throwsLike(() => new np.random.RandomState(0).choice(3, { p: [0.5, 0.6, 0.1] }), "ValueError", "probabilities do not sum to 1");
  throwsLike(() => new np.random.RandomState(0).randint(5, 1), "ValueError", "low >= high");
  throwsLike(() => new np.random.RandomState(0).normal(0, -1), "ValueError", "scale < 0");
});

test("the global state round-trips and unseeded use works", () => {
  np.random.seed(7);
  const st = np.random.get_state();
  const a = (np.random.random_sample(3) as np.NDArray).tolist();
  np.random.set_state(st);
  assert.deepEqual((np.random.random(3) as np.NDArray).tolist(), a);
  np.random.set_state(np.random.get_state({ legacy: false }));
  np.random.set_state(st);
  assert.deepEqual((np.random.random(3) as np.NDArray).tolist(), a);
  np.random.seed();
  const v = np.random.rand() as number;
  assert.ok(v >= 0 && v < 1);
  const x = np.arange(6);
  np.random.shuffle(x);
  assert.deepEqual((np.sort(x) as np.NDArray).tolist(), [0, 1, 2, 3, 4, 5]);
});

test("RandomState wraps an MT19937; shuffle works on JS arrays as on Python lists", () => {
  assert.equal(new np.random.RandomState(new np.random.MT19937(5)).rand(), 0.3407984189512352);
  const a = [1, 2, 3, 4, 5];
  new np.random.RandomState(0).shuffle(a);
  assert.deepEqual(a, [3, 1, 2, 4, 5]);
  const b = [1, 2, 3, 4, 5];
  np.random.default_rng(0).shuffle(b);
  assert.deepEqual(b, [3, 5, 4, 1, 2]);
});

test("random_integers (with NumPy's DeprecationWarning), tomaxint and bytes", async () => {
  const r = () => new np.random.RandomState(0);
  const [a, seen] = await withWarnings(() => r().random_integers(2, 7, 5) as np.NDArray);
  assert.deepEqual(a.tolist(), [6, 7, 2, 5, 5]);
  assert.deepEqual(seen, ["DeprecationWarning: This function is deprecated. Please call randint(2, 7 + 1) instead"]);
  assert.deepEqual((r().random_integers(6, { size: 5 }) as np.NDArray).tolist(), [5, 6, 1, 4, 4]);
  assert.equal(r().tomaxint(), 5061911111874532631n);
  assert.deepEqual((r().tomaxint(2) as np.NDArray).tolist({ bigint: true }), [5061911111874532631n, 6596457591747962464n]);
  assert.equal(Buffer.from(r().bytes(7)).toString("hex"), "ac0a7f8c2faac4");
});

test("keyword forms: seed({seed}), default_rng({seed}); unknown keywords are TypeErrors", () => {
  np.random.seed({ seed: 0 });
  assert.equal(np.random.rand(), 0.5488135039273248);
  assert.equal(np.random.default_rng({ seed: 42 }).random(), 0.7739560485559633);
  throwsLike(() => np.random.rand({ size: 3 } as never), "TypeError", "rand() got an unexpected keyword argument 'size'");
  throwsLike(() => np.random.default_rng({ sed: 1 } as never), "TypeError", "default_rng() got an unexpected keyword argument 'sed'");
  throwsLike(() => np.random.normal(0, 1, { sise: 2 } as never), "TypeError", "normal() got an unexpected keyword argument 'sise'");
});

test("the classes are callable without new, as Python calls them (NumPy 2.4's values)", () => {
  assert.equal(np.random.RandomState(1).rand(), 0.417022004702574);
  assert.equal((np.random.RandomState(1).triangular(0, 1, 2, 3) as np.NDArray).toString(), "[0.9132601  1.25210227 0.01512447]");
  assert.equal(np.random.Generator(np.random.SFC64(0)).random(), 0.5686892493917326);
  const bg = np.random.PCG64(42);
  assert.ok(bg instanceof np.random.PCG64);
  assert.equal(new np.random.Generator(bg).random(), 0.7739560485559633);
  assert.ok(np.random.SeedSequence(5) instanceof np.random.SeedSequence);
});
