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
    assert.throws(() => np.vectorize((x: number) => x, { signature: "(n)->()" }), { name: "NotImplementedError" });
  });
});
