// np.vectorize against NumPy 2.4's outputs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);

describe("api/vectorize", () => {
  test("broadcasts the arguments and infers the dtype from the results", () => {
    assert.equal(repr(np.vectorize((x: number) => x / 2)([1, 2, 3])), "array([0.5, 1. , 1.5])");
    assert.equal(repr(np.vectorize((x: number) => x / 2)([2, 3])), "array([1. , 1.5])");
    assert.equal(repr(np.vectorize((x: number, y: number) => x + y)([1, 2, 3], [[10], [20]])), "array([[11, 12, 13],\n       [21, 22, 23]])");
    assert.equal(repr(np.vectorize((x: number) => x > 1)([1, 2, 3])), "array([False,  True,  True])");
    assert.equal(repr(np.vectorize((x: number) => ({ re: x, im: 1 }))([1, 2])), "array([1.+1.j, 2.+1.j])");
    assert.equal(repr(np.vectorize((x: number) => x + 1)(3)), "array(4)");
  });
  test("tuple results give one array per output", () => {
    const [a, b] = np.vectorize((x: number) => [x, x * 2])([1, 2]) as np.NDArray[];
    assert.equal(repr(a), "array([1, 2])");
    assert.equal(repr(b), "array([2, 4])");
  });
  test("otypes and excluded", () => {
    assert.equal(repr(np.vectorize((x: number) => x + 1, { otypes: ["float64"] })([1, 2])), "array([2., 3.])");
    const f = np.vectorize((x: number) => x + 1, "f");
    assert.equal(repr(f([1, 2])), "array([2., 3.], dtype=float32)");
    assert.equal(f.otypes, "f");
    assert.equal(repr(np.vectorize((x: number) => x + 1, { otypes: ["int64"] })([])), "array([], dtype=int64)");
    assert.equal(repr(np.vectorize((a: number, n: number) => a ** n, { excluded: [1] })([1, 2, 3], 2)), "array([1, 4, 9])");
  });
  test("NumPy's errors", () => {
    assert.throws(() => np.vectorize((x: number) => x)([]), { name: "ValueError", message: "cannot call `vectorize` on size 0 inputs unless `otypes` is set" });
    assert.throws(() => np.vectorize((x: number) => x, "z"), { message: "Invalid otype specified: z" });
  });
  test("signature: core dimensions, broadcast loop dimensions, several outputs (NumPy 2.4's output)", () => {
    const rowSum = np.vectorize((a: np.NDArray) => np.sum(a), { signature: "(n)->()" });
    assert.equal(repr(rowSum(np.array([[1, 2], [3, 4]]))), "array([3, 7])");
    assert.equal(repr(rowSum(np.array([1, 2]))), "array(3)");
    const conv = np.vectorize((a: np.NDArray, v: np.NDArray) => np.convolve(a, v), { signature: "(n),(m)->(k)" });
    assert.equal(
      repr(conv(np.eye(4), [1, 2, 1])),
      "array([[1., 2., 1., 0., 0., 0.],\n       [0., 1., 2., 1., 0., 0.],\n       [0., 0., 1., 2., 1., 0.],\n       [0., 0., 0., 1., 2., 1.]])",
    );
    const minmax = np.vectorize((a: np.NDArray) => [a.min(), a.max()], { signature: "(n)->(),()" });
    assert.deepEqual((minmax(np.array([[1, 5], [3, 4]])) as np.NDArray[]).map(repr), ["array([1, 3])", "array([5, 4])"]);
    const add = np.vectorize((a: number, b: number) => a + b, { signature: "(),()->()" });
    assert.equal(repr(add([1, 2], [[10], [20]])), "array([[11, 12],\n       [21, 22]])");
    const head = np.vectorize((a: np.NDArray) => a.get(":2"), { signature: "(n)->(m)" });
    assert.equal(repr(head(np.arange(6).reshape(2, 3))), "array([[0, 1],\n       [3, 4]])");
    const t = np.vectorize((a: np.NDArray) => a.T, { signature: "(m,n)->(n,m)" });
    assert.deepEqual((t(np.arange(12).reshape(2, 2, 3)) as np.NDArray).shape, [2, 3, 2]);
    const typed = np.vectorize((a: np.NDArray) => a.sum(), { signature: "(n)->()", otypes: ["float64"] });
    assert.equal(repr(typed(np.ones([0, 3]))), "array([], dtype=float64)");
  });
  test("signature errors are NumPy's", () => {
    const dot = np.vectorize((a: np.NDArray, b: np.NDArray) => np.dot(a, b), { signature: "(n),(n)->()" });
    assert.throws(() => dot(np.ones([2, 3]), np.ones(2)), { name: "ValueError", message: "inconsistent size for core dimension 'n': 2 vs 3" });
    assert.throws(() => dot(np.ones(3), 1), { name: "ValueError", message: "0-dimensional argument does not have enough dimensions for all core dimensions ('n',)" });
    assert.throws(() => np.vectorize((x: number) => x, { signature: "(n)(n)->()" }), { name: "ValueError", message: "not a valid gufunc signature: (n)(n)->()" });
    const sum = np.vectorize((a: np.NDArray) => a.sum(), { signature: "(n)->()" });
    assert.throws(() => sum(np.ones([0, 3])), { message: "cannot call `vectorize` on size 0 inputs unless `otypes` is set" });
    const grow = np.vectorize((a: np.NDArray) => a, { signature: "(n)->(m)", otypes: ["float64"] });
    assert.throws(() => grow(np.ones([0, 3])), { message: "cannot call `vectorize` with a signature including new output dimensions on size 0 inputs" });
    const bad = np.vectorize((a: np.NDArray) => a.sum(), { signature: "(n)->(m)" });
    assert.throws(() => bad(np.ones([2, 3])), { message: "0-dimensional argument does not have enough dimensions for all core dimensions ('m',)" });
  });
});
