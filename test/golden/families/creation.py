"""Array creation from data and shapes: array, asarray, zeros, ones, empty, full, *_like."""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


def cases():
    yield case("creation/array-int-2d", "np.array([[1, 2], [3, 4]])", print=True)
    yield case("creation/array-float-mixed", "np.array([1, 2.5])", print=True)
    yield case("creation/array-bool", "np.array([True, False, True])", "np.array([true, false, true])", print=True)
    yield case("creation/array-bool-int", "np.array([True, 2])", "np.array([true, 2])", print=True)
    yield case("creation/array-complex", "np.array([1+2j, 3])", "np.array([{re: 1, im: 2}, 3])", print=True)
    yield case("creation/array-scalar", "np.array(3.5)", print=True)
    yield case("creation/array-scalar-int", "np.array(7)", print=True)
    yield case("creation/array-empty-list", "np.array([])", print=True)
    yield case("creation/array-nested-empty", "np.array([[], []])", print=True)
    yield case("creation/array-ragged", "np.array([[1, 2], [3]])")
    yield case("creation/array-ragged-scalar", "np.array([[1, 2], 3])")
    yield case("creation/array-ragged-deep", "np.array([[[1], [2]], [[1], [2, 3]]])")
    yield case("creation/array-ndmin", "np.array([1, 2], ndmin=3)", "np.array([1, 2], {ndmin: 3})", print=True)
    yield case("creation/array-order-F", "np.array([[1, 2], [3, 4]], order='F')", "np.array([[1, 2], [3, 4]], {order: 'F'})")
    for dt in DTYPES:
        yield case(f"creation/array-list-{dt}", f"np.array([0, 1, 2, 3], dtype='{dt}')", f"np.array([0, 1, 2, 3], {{dtype: '{dt}'}})", print=True)
        yield case(f"creation/zeros-{dt}", f"np.zeros((2, 3), dtype='{dt}')", f"np.zeros([2, 3], {{dtype: '{dt}'}})", print=True)
        yield case(f"creation/ones-{dt}", f"np.ones((3, 2), '{dt}')", f"np.ones([3, 2], '{dt}')", print=True)
        yield case(f"creation/full-{dt}", f"np.full((2, 2), 1, dtype='{dt}')", f"np.full([2, 2], 1, {{dtype: '{dt}'}})", print=True)
    yield case("creation/zeros-int-shape", "np.zeros(3)", print=True)
    yield case("creation/zeros-0d", "np.zeros(())", "np.zeros([])", print=True)
    yield case("creation/zeros-empty-dim", "np.zeros((0, 3))", "np.zeros([0, 3])", print=True)
    yield case("creation/zeros-negative", "np.zeros((-1, 2))", "np.zeros([-1, 2])")
    yield case("creation/zeros-bad-dtype", "np.zeros(2, dtype='foo')", "np.zeros(2, {dtype: 'foo'})")
    yield case("creation/full-float-default", "np.full(3, 7.5)", print=True)
    yield case("creation/full-int-default", "np.full((2, 2), 7)", "np.full([2, 2], 7)", print=True)
    yield case("creation/full-bool-default", "np.full(2, True)", "np.full(2, true)", print=True)
    yield case("creation/full-array-value", "np.full((2, 3), [1, 2, 3])", "np.full([2, 3], [1, 2, 3])", print=True)
    yield case("creation/full-inf", "np.full(3, np.inf)", "np.full(3, Infinity)", print=True)
    yield case("creation/full-nan", "np.full(3, np.nan)", "np.full(3, NaN)", print=True)
    yield case("creation/zeros_like", "np.zeros_like(np.arange(6).reshape(2, 3))", "np.zeros_like(np.array([[0, 1, 2], [3, 4, 5]]))", print=True)
    yield case("creation/ones_like-dtype", "np.ones_like([[1, 2]], dtype='float32')", "np.ones_like([[1, 2]], {dtype: 'float32'})", print=True)
    yield case("creation/full_like-trunc", "np.full_like(np.array([1, 2, 3]), 2.7)", "np.full_like(np.array([1, 2, 3]), 2.7)", print=True)
    yield case("creation/full_like-shape", "np.full_like(np.array([1, 2, 3]), 5, shape=(2, 2))", "np.full_like(np.array([1, 2, 3]), 5, {shape: [2, 2]})", print=True)
    yield case("creation/empty_like-shape", "np.empty_like(np.array([1.0]), shape=(0,))", "np.empty_like(np.array([1.5]), {shape: [0]})")
    yield case("creation/asarray-dtype", "np.asarray([1, 2], dtype='int8')", "np.asarray([1, 2], {dtype: 'int8'})", print=True)
    yield case("creation/copy-F", "np.copy(np.array([[1, 2], [3, 4]]), order='F')", "np.copy(np.array([[1, 2], [3, 4]]), {order: 'F'})")
    rng = np.random.default_rng(1)
    for i, dt in enumerate(["float64", "float32", "int32", "uint8", "int64", "complex128"]):
        a = (rng.standard_normal((3, 4)) * 100).astype(dt) if dt != "complex128" else rng.standard_normal((3, 4)) + 1j * rng.standard_normal((3, 4))
        yield case(f"creation/array-from-array-{dt}", f"np.array({lit(a)})", print=True)
