// svd along LAPACK dgesdd's route (src/linalg/gesdd.ts), 2 x 2 cases: NumPy 2.4.6's U, S, Vh (signs and bits), and
// Generator.multivariate_normal (its default method factors cov by svd) with NumPy's draws.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("svd of 2 x 2 matrices: NumPy's signs and values", () => {
  let [u, s, vh] = np.linalg.svd(np.array([[1, 0.5], [0.5, 1]])) as [np.NDArray, np.NDArray, np.NDArray];
  assert.deepEqual(u.tolist(), [[-0.7071067811865472, -0.7071067811865472], [-0.7071067811865475, 0.7071067811865476]]);
  assert.deepEqual(s.tolist(), [1.4999999999999998, 0.5000000000000001]);
  assert.deepEqual(vh.tolist(), [[-0.7071067811865476, -0.7071067811865475], [-0.7071067811865475, 0.7071067811865476]]);
  [u, s, vh] = np.linalg.svd(np.array([[4, 2], [-3, 1]], { dtype: "float64" })) as [np.NDArray, np.NDArray, np.NDArray];
  assert.deepEqual(u.tolist(), [[-0.85065080835204, 0.5257311121191335], [0.5257311121191336, 0.85065080835204]]);
  assert.deepEqual(s.tolist(), [5.116672736016927, 1.954395075848548]);
  assert.deepEqual(vh.tolist(), [[-0.9732489894677301, -0.22975292054736116], [-0.22975292054736116, 0.9732489894677301]]);
  // Diagonal: no rotation, singular values sorted by swapping rows of Vh and columns of U.
  [u, s, vh] = np.linalg.svd(np.array([[2, 0], [0, 3]], { dtype: "float64" })) as [np.NDArray, np.NDArray, np.NDArray];
  assert.deepEqual(u.tolist(), [[0, 1], [1, 0]]);
  assert.deepEqual(s.tolist(), [3, 2]);
  assert.deepEqual(vh.tolist(), [[0, 1], [1, 0]]);
});

test("multivariate_normal with a correlated 2 x 2 cov draws NumPy's values", () => {
  const g = np.random.default_rng(0);
  assert.deepEqual((g.multivariate_normal([0, 1], [[1, 0.5], [0.5, 1]], 3) as np.NDArray).tolist(),
    [[-0.042833133844661704, 0.8250620028640364], [-0.6070723430193634, 0.4978277741336762], [0.28310575773206575, 1.6447008126415505]]);
  assert.deepEqual((np.random.default_rng(12345).multivariate_normal([0, 1], [[2, 0.5], [0.5, 1]]) as np.NDArray).tolist(),
    [1.5236393278166596, 2.8491078196162203]);
});
