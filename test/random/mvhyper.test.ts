// Generator.multivariate_hypergeometric against NumPy 2.4.6: both methods, the complement path
// (nsample > total / 2), size shapes and NumPy's errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const throwsLike = (f: () => unknown, name: string, message: string): void => {
  assert.throws(f, (e: Error) => e.name === name && e.message === message);
};

test("multivariate_hypergeometric: NumPy's draws for both methods", () => {
  const g = (s: number) => np.random.default_rng(s);
  assert.deepEqual(g(5).multivariate_hypergeometric([30, 20, 50, 7], 40, 3).tolist(), [[13, 5, 21, 1], [11, 6, 21, 2], [7, 8, 20, 5]]);
  assert.deepEqual(g(5).multivariate_hypergeometric([30, 20, 50, 7], 40, 3, "count").tolist(), [[11, 7, 20, 2], [15, 4, 20, 1], [11, 6, 19, 4]]);
  assert.deepEqual(g(5).multivariate_hypergeometric([3, 2, 5], 8, 2, { method: "count" }).tolist(), [[3, 2, 3], [3, 2, 3]]);
  assert.deepEqual(g(5).multivariate_hypergeometric([3, 2, 5], 4).tolist(), [1, 0, 3]);
  const r = g(5).multivariate_hypergeometric([3, 2, 5], 8, [2, 2]);
  assert.deepEqual(r.shape, [2, 2, 3]);
  assert.equal(r.dtype, "int64");
  assert.deepEqual(g(5).multivariate_hypergeometric([0, 0], 0, 2).tolist(), [[0, 0], [0, 0]]);
});

test("multivariate_hypergeometric: NumPy's errors", () => {
  const g = np.random.default_rng(5);
  throwsLike(() => g.multivariate_hypergeometric([3, 2], 6), "ValueError", "nsample > sum(colors)");
  throwsLike(() => g.multivariate_hypergeometric([3, -2], 1), "ValueError",
    "colors must be a one-dimensional sequence of nonnegative integers not exceeding 9223372036854775807.");
  throwsLike(() => g.multivariate_hypergeometric([[3, 2]], 1), "ValueError",
    "colors must be a one-dimensional sequence of nonnegative integers not exceeding 9223372036854775807.");
  throwsLike(() => g.multivariate_hypergeometric([3, 2], -1), "ValueError", "nsample must be nonnegative.");
  throwsLike(() => g.multivariate_hypergeometric([3, 2], 1, { method: "foo" as "count" }), "ValueError", 'method must be "count" or "marginals".');
  throwsLike(() => g.multivariate_hypergeometric([10 ** 9, 1], 1), "ValueError", 'When method is "marginals", sum(colors) must be less than 1000000000.');
});
