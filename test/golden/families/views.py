"""Views: reshape/transpose/T/swapaxes/moveaxis/squeeze/expand_dims/ravel/flatten/broadcast_to/flip
chains on random shapes and dtypes (size-0 and size-1 dims, non-contiguous inputs), each pinned by
its values, shape, strides and flags; every error path; joining, splitting and rearranging.

A chained case returns [v, shape, strides, C_CONTIGUOUS, F_CONTIGUOUS, base is not None, WRITEABLE].
Inputs that have no elements leave their strides out: NumPy gives every fresh size-0 array zero
strides, which the size-0 cases at the end pin separately.
"""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]

PROPS_PY = "(lambda v: [v, list(v.shape), list(v.strides), v.flags.c_contiguous, v.flags.f_contiguous, v.base is not None, v.flags.writeable])"
PROPS_JS = "(v => [v, [...v.shape], [...v.strides], v.flags.c_contiguous, v.flags.f_contiguous, v.base !== null, v.flags.writeable])"
PROPS0_PY = "(lambda v: [v, list(v.shape), v.flags.c_contiguous, v.flags.f_contiguous, v.base is not None, v.flags.writeable])"
PROPS0_JS = "(v => [v, [...v.shape], v.flags.c_contiguous, v.flags.f_contiguous, v.base !== null, v.flags.writeable])"


def rand(rng, dtype, shape):
    if dtype == "bool":
        return rng.integers(0, 2, shape).astype(bool)
    if dtype.startswith("int") or dtype.startswith("uint"):
        info = np.iinfo(dtype)
        return rng.integers(max(info.min, -1000), min(info.max, 1000), shape, endpoint=True).astype(dtype)
    if dtype.startswith("float"):
        return (rng.standard_normal(shape) * 10).astype(dtype)
    return (rng.standard_normal(shape) * 10 + 1j * rng.standard_normal(shape)).astype(dtype)


def tup(xs):
    """A Python tuple literal and the JS array literal of the same ints."""
    xs = [int(x) for x in xs]
    return "(" + "".join(f"{x}, " for x in xs) + ")", "[" + ", ".join(str(x) for x in xs) + "]"


def factor_shape(rng, size):
    """A random shape with `size` elements (1 to 4 dims), possibly with one -1."""
    if size == 0:
        nd = int(rng.integers(1, 4))
        shape = [int(rng.integers(1, 4)) for _ in range(nd)]
        shape[int(rng.integers(0, nd))] = 0
        return shape
    dims = []
    n = size
    for p in [2, 3, 5, 7, 11, 13]:
        while n % p == 0:
            dims.append(p)
            n //= p
    if n > 1:
        dims.append(n)
    rng.shuffle(dims)
    nd = int(rng.integers(1, 5))
    shape = [1] * nd
    for d in dims:
        shape[int(rng.integers(0, nd))] *= d
    if rng.random() < 0.3:
        shape[int(rng.integers(0, nd))] = -1
    return shape


class Chain:
    """Builds the same view chain in Python and JS, tracking NumPy's result to pick the next step."""

    def __init__(self, rng, arr):
        self.rng = rng
        self.cur = arr
        self.py = lit(arr)
        self.js = lit(arr)

    def step(self):
        rng = self.rng
        a = self.cur
        nd = a.ndim
        ops = ["reshape", "reshape_m", "ravel", "flatten", "broadcast_to", "expand_dims"]
        if nd >= 1:
            # (np.flip of a 0-d array returns a NumPy scalar, not an array: left out.)
            ops += ["transpose", "T", "moveaxis", "atleast_3d", "flip"]
        if nd >= 2:
            ops += ["swapaxes", "transpose_m"]
        if 1 in a.shape or nd == 0:
            ops += ["squeeze", "squeeze_axis"] if 1 in a.shape else ["squeeze"]
        op = str(rng.choice(ops))
        p, j = self.py, self.js
        if op in ("reshape", "reshape_m"):
            shape = factor_shape(rng, a.size)
            order = str(rng.choice(["C", "F", "A"]))
            tp, tj = tup(shape)
            if op == "reshape":
                p, j = f"np.reshape({p}, {tp}, order='{order}')", f"np.reshape({j}, {tj}, '{order}')"
            else:
                args = ", ".join(str(s) for s in shape)
                p, j = f"{p}.reshape({args})", f"{j}.reshape({args})"
        elif op == "ravel":
            order = str(rng.choice(["C", "F", "A", "K"]))
            p, j = f"np.ravel({p}, '{order}')", f"np.ravel({j}, '{order}')"
        elif op == "flatten":
            order = str(rng.choice(["C", "F", "A", "K"]))
            p, j = f"{p}.flatten('{order}')", f"{j}.flatten('{order}')"
        elif op == "transpose":
            perm = rng.permutation(nd)
            if rng.random() < 0.3:
                perm = [x - nd if rng.random() < 0.5 else x for x in perm]
            tp, tj = tup(perm)
            p, j = f"np.transpose({p}, {tp})", f"np.transpose({j}, {tj})"
        elif op == "transpose_m":
            args = ", ".join(str(int(x)) for x in rng.permutation(nd))
            p, j = f"{p}.transpose({args})", f"{j}.transpose({args})"
        elif op == "T":
            p, j = f"{p}.T", f"{j}.T"
        elif op == "swapaxes":
            a1, a2 = (int(x) for x in rng.integers(-nd, nd, 2))
            p, j = f"np.swapaxes({p}, {a1}, {a2})", f"np.swapaxes({j}, {a1}, {a2})"
        elif op == "moveaxis":
            k = int(rng.integers(1, nd + 1))
            src = rng.choice(nd, k, replace=False)
            dst = rng.choice(nd, k, replace=False)
            if k == 1 and rng.random() < 0.5:
                p, j = f"np.moveaxis({p}, {int(src[0])}, {int(dst[0]) - nd})", f"np.moveaxis({j}, {int(src[0])}, {int(dst[0]) - nd})"
            else:
                (sp, sj), (dp, dj) = tup(src), tup(dst)
                p, j = f"np.moveaxis({p}, {sp}, {dp})", f"np.moveaxis({j}, {sj}, {dj})"
        elif op == "squeeze":
            p, j = f"np.squeeze({p})", f"np.squeeze({j})"
        elif op == "squeeze_axis":
            ones = [i for i, d in enumerate(a.shape) if d == 1]
            pick = rng.choice(ones, int(rng.integers(1, len(ones) + 1)), replace=False)
            if len(pick) == 1 and rng.random() < 0.5:
                p, j = f"{p}.squeeze({int(pick[0])})", f"{j}.squeeze({int(pick[0])})"
            else:
                tp, tj = tup(pick)
                p, j = f"np.squeeze({p}, {tp})", f"np.squeeze({j}, {tj})"
        elif op == "expand_dims":
            k = int(rng.integers(1, 3))
            axes = rng.choice(nd + k, k, replace=False)
            axes = [int(x) - (nd + k) if rng.random() < 0.3 else int(x) for x in axes]
            if k == 1:
                p, j = f"np.expand_dims({p}, {axes[0]})", f"np.expand_dims({j}, {axes[0]})"
            else:
                tp, tj = tup(axes)
                p, j = f"np.expand_dims({p}, {tp})", f"np.expand_dims({j}, {tj})"
        elif op == "broadcast_to":
            target = [int(rng.integers(1, 4)) if d == 1 else d for d in a.shape]
            target = [int(rng.integers(1, 3)) for _ in range(int(rng.integers(0, 2)))] + target
            tp, tj = tup(target)
            p, j = f"np.broadcast_to({p}, {tp})", f"np.broadcast_to({j}, {tj})"
        elif op == "flip":
            if rng.random() < 0.3:
                p, j = f"np.flip({p})", f"np.flip({j})"
            else:
                axes = rng.choice(nd, int(rng.integers(1, nd + 1)), replace=False)
                tp, tj = tup(axes)
                p, j = f"np.flip({p}, {tp})", f"np.flip({j}, {tj})"
        elif op == "atleast_3d":
            p, j = f"np.atleast_3d({p})", f"np.atleast_3d({j})"
        self.cur = eval(p, {"np": np, "D": _D})
        self.py, self.js = p, j


def _D(b64, dtype, shape):
    import base64
    return np.frombuffer(base64.b64decode(b64), dtype=dtype).reshape(shape).copy()


def chain_cases(rng):
    for i in range(130):
        dt = str(rng.choice(DTYPES))
        nd = int(rng.integers(0, 5))
        shape = tuple(int(rng.choice([0, 1, 1, 2, 2, 3, 4])) if rng.random() < 0.15 else int(rng.choice([1, 2, 3, 4])) for _ in range(nd))
        arr = rand(rng, dt, shape)
        ch = Chain(rng, arr)
        for _ in range(int(rng.integers(1, 4))):
            ch.step()
        if arr.size == 0:
            yield case(f"views/chain-{i}", f"{PROPS0_PY}({ch.py})", f"{PROPS0_JS}({ch.js})")
        else:
            yield case(f"views/chain-{i}", f"{PROPS_PY}({ch.py})", f"{PROPS_JS}({ch.js})")


def P(id, py, js=None):
    """A case pinned with the full property list."""
    return case(id, f"{PROPS_PY}({py})", f"{PROPS_JS}({js if js is not None else py})")


def fixed_cases():
    yield P("views/transpose-3d", "np.arange(24).reshape(2,3,4).transpose(1,0,2)")
    yield P("views/T-3d", "np.arange(24).reshape(2,3,4).T")
    yield P("views/T-1d", "np.arange(3).T")
    yield P("views/T-0d", "np.zeros(()).T", "np.zeros([]).T")
    yield P("views/transpose-neg-axes", "np.transpose(np.arange(24).reshape(2,3,4), (-1, 0, -2))",
            "np.transpose(np.arange(24).reshape(2,3,4), [-1, 0, -2])")
    yield P("views/reshape-F", "np.reshape(np.arange(6), (2, 3), order='F')", "np.reshape(np.arange(6), [2, 3], 'F')")
    yield P("views/reshape-T-view", "np.arange(24).reshape(4, 6).T.reshape(3, 2, 4)")
    yield P("views/reshape-T-copy", "np.arange(24).reshape(4, 6).T.reshape(4, 6)")
    yield P("views/reshape-kw-shape", "np.reshape(np.arange(6), shape=(3, 2))", "np.reshape(np.arange(6), {shape: [3, 2]})")
    yield P("views/reshape-minus-one", "np.arange(12).reshape(-1, 4)")
    yield P("views/reshape-int", "np.arange(12).reshape(2, 3, 2).reshape(12)")
    yield P("views/reshape-0d", "np.arange(1).reshape(())", "np.arange(1).reshape([])")
    yield P("views/reshape-to-ones", "np.arange(6).reshape(2, 3).T.reshape(1, 3, 1, 2, 1)")
    yield P("views/ravel-K-transposed", "np.ravel(np.arange(6).reshape(2, 3).T, 'K')")
    yield P("views/ravel-A-fortran", "np.ravel(np.arange(6).reshape(2, 3).T, 'A')")
    yield P("views/ravel-C-transposed", "np.ravel(np.arange(6).reshape(2, 3).T)")
    yield P("views/ravel-list", "np.ravel([[1, 2], [3, 4]])")
    yield P("views/flatten-F", "np.arange(6).reshape(2, 3).flatten('F')")
    yield P("views/squeeze-all", "np.squeeze(np.zeros((1, 3, 1)))", "np.squeeze(np.zeros([1, 3, 1]))")
    yield P("views/squeeze-kw", "np.squeeze(np.zeros((1, 3, 1)), axis=-1)", "np.squeeze(np.zeros([1, 3, 1]), {axis: -1})")
    yield P("views/expand-dims-tuple", "np.expand_dims(np.arange(6).reshape(2, 3), (0, -1))",
            "np.expand_dims(np.arange(6).reshape(2, 3), [0, -1])")
    yield P("views/expand-dims-T", "np.expand_dims(np.zeros((2, 3)).T, 1)", "np.expand_dims(np.zeros([2, 3]).T, 1)")
    yield P("views/expand-dims-flip", "np.expand_dims(np.flip(np.arange(6).reshape(2, 3), 1), (0, 2))",
            "np.expand_dims(np.flip(np.arange(6).reshape(2, 3), 1), [0, 2])")
    yield P("views/moveaxis", "np.moveaxis(np.zeros((3, 4, 5)), 0, -1)", "np.moveaxis(np.zeros([3, 4, 5]), 0, -1)")
    yield P("views/moveaxis-multi", "np.moveaxis(np.zeros((3, 4, 5)), [0, 1], [-1, -2])",
            "np.moveaxis(np.zeros([3, 4, 5]), [0, 1], [-1, -2])")
    yield P("views/swapaxes", "np.swapaxes(np.arange(24).reshape(2, 3, 4), 0, 2)")
    yield P("views/broadcast-to-row", "np.broadcast_to(np.arange(3), (2, 3))", "np.broadcast_to(np.arange(3), [2, 3])")
    yield P("views/broadcast-to-scalar", "np.broadcast_to(5, (2, 2))", "np.broadcast_to(5, [2, 2])")
    yield P("views/broadcast-to-int-shape", "np.broadcast_to(np.ones(1), 4)", "np.broadcast_to(np.ones(1), 4)")
    yield P("views/broadcast-to-same", "np.broadcast_to(np.zeros((1, 3)), (1, 3))", "np.broadcast_to(np.zeros([1, 3]), [1, 3])")
    yield P("views/broadcast-to-T", "np.broadcast_to(np.arange(6).reshape(2, 3).T, (2, 3, 2))",
            "np.broadcast_to(np.arange(6).reshape(2, 3).T, [2, 3, 2])")
    yield P("views/broadcast-to-0d", "np.broadcast_to(np.zeros(()), ())", "np.broadcast_to(np.zeros([]), [])")
    yield P("views/atleast-1d-0d", "np.atleast_1d(7)")
    yield P("views/atleast-2d-1d", "np.atleast_2d(np.arange(3))")
    yield P("views/atleast-2d-0d", "np.atleast_2d(5)")
    yield P("views/atleast-3d-1d", "np.atleast_3d(np.arange(3))")
    yield P("views/atleast-3d-2d", "np.atleast_3d(np.zeros((2, 3)))", "np.atleast_3d(np.zeros([2, 3]))")
    yield P("views/atleast-3d-0d", "np.atleast_3d(5)")
    yield case("views/atleast-1d-many", "np.atleast_1d(1, [2, 3], np.zeros((1, 1)))", "np.atleast_1d(1, [2, 3], np.zeros([1, 1]))")
    yield case("views/atleast-2d-many", "np.atleast_2d(1, [2, 3])")
    yield case("views/atleast-3d-none", "np.atleast_3d()")
    yield P("views/flip-all", "np.flip(np.arange(24).reshape(2, 3, 4))")
    yield P("views/flip-axis", "np.flip(np.arange(24).reshape(2, 3, 4), 1)")
    yield P("views/flip-axes", "np.flip(np.arange(24).reshape(2, 3, 4), (0, -1))", "np.flip(np.arange(24).reshape(2, 3, 4), [0, -1])")
    yield P("views/flipud", "np.flipud(np.arange(6).reshape(3, 2))")
    yield P("views/fliplr", "np.fliplr(np.arange(6).reshape(3, 2))")
    yield P("views/flip-then-reshape", "np.flip(np.arange(24).reshape(4, 6), 0).reshape(2, 2, 6)")
    yield P("views/flip-then-reshape-copy", "np.flip(np.arange(24).reshape(4, 6), 1).reshape(4, 3, 2)")
    yield case("views/base-identity", "(lambda a: [a.reshape(2, 3).T.base is a, np.transpose(a.reshape(3, 2)).base is a])(np.arange(6))",
               "(a => [a.reshape(2, 3).T.base === a, np.transpose(a.reshape(3, 2)).base === a])(np.arange(6))")
    yield case("views/shares-memory-write", "(lambda a: (np.reshape(a, (2, 3)).T.fill(7), a)[1])(np.arange(6))",
               "(a => (np.reshape(a, [2, 3]).T.fill(7), a))(np.arange(6))")
    yield case("views/broadcast-readonly-fill", "np.broadcast_to(np.arange(3), (2, 3)).fill(1)",
               "np.broadcast_to(np.arange(3), [2, 3]).fill(1)")
    yield case("views/broadcast-readonly-chain", "np.broadcast_to(np.arange(3), (2, 3)).T.flags.writeable",
               "np.broadcast_to(np.arange(3), [2, 3]).T.flags.writeable")
    yield case("views/broadcast-arrays", "np.broadcast_arrays(np.arange(3), [[1], [2]])")
    yield case("views/broadcast-arrays-flags",
               "(lambda a: (lambda r: [r[0] is a, r[1].flags.writeable, list(r[1].strides)])(np.broadcast_arrays(a, np.arange(3))))(np.zeros((2, 3)))",
               "(a => (r => [r[0] === a, r[1].flags.writeable, [...r[1].strides]])(np.broadcast_arrays(a, np.arange(3))))(np.zeros([2, 3]))")
    yield case("views/broadcast-arrays-none", "np.broadcast_arrays()")
    yield case("views/broadcast-arrays-mismatch", "np.broadcast_arrays(np.zeros(3), np.zeros(4))", "np.broadcast_arrays(np.zeros(3), np.zeros(4))")
    yield case("views/broadcast-arrays-mismatch-3", "np.broadcast_arrays(np.zeros((2, 1)), np.zeros(3), np.zeros((4, 1)))",
               "np.broadcast_arrays(np.zeros([2, 1]), np.zeros(3), np.zeros([4, 1]))")
    yield case("views/broadcast-shapes", "np.broadcast_shapes((1, 2), (3, 1), (3, 2))", "np.broadcast_shapes([1, 2], [3, 1], [3, 2])")
    yield case("views/broadcast-shapes-int", "np.broadcast_shapes(2, (3, 1), ())", "np.broadcast_shapes(2, [3, 1], [])")
    yield case("views/broadcast-shapes-none", "np.broadcast_shapes()")
    yield case("views/broadcast-shapes-mismatch", "np.broadcast_shapes((2, 3), (3, 2), (5,))", "np.broadcast_shapes([2, 3], [3, 2], [5])")
    yield case("views/broadcast-shapes-mismatch-later", "np.broadcast_shapes((1, 3), (2, 1), (4, 1, 1), (2, 4))",
               "np.broadcast_shapes([1, 3], [2, 1], [4, 1, 1], [2, 4])")
    yield case("views/shape", "np.shape([[1, 2, 3]])")
    yield case("views/shape-0d", "np.shape(5)")
    yield case("views/ndim", "np.ndim(np.zeros((2, 3, 1)))", "np.ndim(np.zeros([2, 3, 1]))")
    yield case("views/size", "np.size(np.zeros((2, 3)))", "np.size(np.zeros([2, 3]))")
    yield case("views/size-axis", "np.size(np.zeros((2, 3)), 1)", "np.size(np.zeros([2, 3]), 1)")
    yield case("views/size-axis-neg", "np.size(np.zeros((2, 3)), -2)", "np.size(np.zeros([2, 3]), -2)")
    yield case("views/size-axis-tuple", "np.size(np.zeros((2, 3, 4)), (0, 2))", "np.size(np.zeros([2, 3, 4]), [0, 2])")
    yield case("views/size-axis-out", "np.size(np.zeros((2, 3)), 2)", "np.size(np.zeros([2, 3]), 2)")


def error_cases():
    E = case
    yield E("views/err-reshape-size", "np.arange(6).reshape(4)")
    yield E("views/err-reshape-size-2d", "np.reshape(np.arange(6), (4, -1))", "np.reshape(np.arange(6), [4, -1])")
    yield E("views/err-reshape-two-unknown", "np.arange(6).reshape(-1, -1)")
    yield E("views/err-reshape-neg2", "np.arange(6).reshape(-2, 3)")
    yield E("views/err-reshape-zero-unknown", "np.arange(6).reshape(0, -1)")
    yield E("views/err-reshape-float", "np.arange(6).reshape(2.5, 2)")
    yield E("views/err-reshape-copy-false", "np.arange(6).reshape(2, 3).T.reshape(6, copy=False)",
            "np.arange(6).reshape(2, 3).T.reshape(6, {copy: false})")
    yield E("views/err-reshape-missing", "np.reshape(np.arange(6))")
    yield E("views/err-transpose-repeated", "np.transpose(np.zeros((2, 3)), (0, 0))", "np.transpose(np.zeros([2, 3]), [0, 0])")
    yield E("views/err-transpose-length", "np.transpose(np.zeros((2, 3)), (0,))", "np.transpose(np.zeros([2, 3]), [0])")
    yield E("views/err-transpose-axis", "np.transpose(np.zeros((2, 3)), (0, 2))", "np.transpose(np.zeros([2, 3]), [0, 2])")
    yield E("views/err-transpose-method-args", "np.zeros((2, 3)).transpose(0, 1, 2)", "np.zeros([2, 3]).transpose(0, 1, 2)")
    yield E("views/err-swapaxes", "np.swapaxes(np.zeros((2, 3)), 0, 2)", "np.swapaxes(np.zeros([2, 3]), 0, 2)")
    yield E("views/err-swapaxes-axis1", "np.swapaxes(np.zeros((2, 3)), -3, 0)", "np.swapaxes(np.zeros([2, 3]), -3, 0)")
    yield E("views/err-moveaxis-dest", "np.moveaxis(np.zeros((2, 3)), 0, 5)", "np.moveaxis(np.zeros([2, 3]), 0, 5)")
    yield E("views/err-moveaxis-source", "np.moveaxis(np.zeros((2, 3)), -3, 0)", "np.moveaxis(np.zeros([2, 3]), -3, 0)")
    yield E("views/err-moveaxis-repeated", "np.moveaxis(np.zeros((2, 3)), [0, 0], [1, 0])", "np.moveaxis(np.zeros([2, 3]), [0, 0], [1, 0])")
    yield E("views/err-moveaxis-repeated-dest", "np.moveaxis(np.zeros((2, 3)), [0, 1], [1, 1])", "np.moveaxis(np.zeros([2, 3]), [0, 1], [1, 1])")
    yield E("views/err-moveaxis-length", "np.moveaxis(np.zeros((2, 3)), [0], [1, 0])", "np.moveaxis(np.zeros([2, 3]), [0], [1, 0])")
    yield E("views/err-squeeze-non1", "np.squeeze(np.zeros((1, 2)), 1)", "np.squeeze(np.zeros([1, 2]), 1)")
    yield E("views/err-squeeze-axis", "np.zeros((2, 3)).squeeze(5)", "np.zeros([2, 3]).squeeze(5)")
    yield E("views/err-squeeze-repeated", "np.zeros((1, 1)).squeeze((0, 0))", "np.zeros([1, 1]).squeeze([0, 0])")
    yield E("views/err-expand-dims-axis", "np.expand_dims(np.zeros(3), 3)", "np.expand_dims(np.zeros(3), 3)")
    yield E("views/err-expand-dims-neg", "np.expand_dims(np.zeros(3), -3)", "np.expand_dims(np.zeros(3), -3)")
    yield E("views/err-expand-dims-repeated", "np.expand_dims(np.zeros(3), (0, 0))", "np.expand_dims(np.zeros(3), [0, 0])")
    yield E("views/err-expand-dims-repeated-neg", "np.expand_dims(np.zeros(3), (0, -3))", "np.expand_dims(np.zeros(3), [0, -3])")
    yield E("views/err-broadcast-to", "np.broadcast_to(np.zeros(3), (2, 4))", "np.broadcast_to(np.zeros(3), [2, 4])")
    yield E("views/err-broadcast-to-2d", "np.broadcast_to(np.zeros((2, 1)), (3, 3))", "np.broadcast_to(np.zeros([2, 1]), [3, 3])")
    yield E("views/err-broadcast-to-scalar", "np.broadcast_to(np.zeros(3), ())", "np.broadcast_to(np.zeros(3), [])")
    yield E("views/err-broadcast-to-negative", "np.broadcast_to(np.zeros(3), (-1, 3))", "np.broadcast_to(np.zeros(3), [-1, 3])")
    yield E("views/err-broadcast-to-more-dims", "np.broadcast_to(np.zeros((2, 3)), (3,))", "np.broadcast_to(np.zeros([2, 3]), [3])")
    yield E("views/err-broadcast-to-zero", "np.broadcast_to(np.zeros(2), (0,))", "np.broadcast_to(np.zeros(2), [0])")
    yield E("views/err-broadcast-to-float", "np.broadcast_to(np.zeros(3), 3.5)", "np.broadcast_to(np.zeros(3), 3.5)")
    yield E("views/err-ravel-order", "np.ravel([[1, 2]], order='X')", "np.ravel([[1, 2]], {order: 'X'})")
    yield E("views/err-flip-axis", "np.flip(np.zeros((2, 3)), 2)", "np.flip(np.zeros([2, 3]), 2)")
    yield E("views/err-flip-repeated", "np.flip(np.zeros((2, 3)), (0, 0))", "np.flip(np.zeros([2, 3]), [0, 0])")
    yield E("views/err-flipud", "np.flipud(5)")
    yield E("views/err-fliplr", "np.fliplr([1])")


def size0_cases():
    yield case("views/size0-zeros-strides", "list(np.zeros((0, 3)).strides)", "[...np.zeros([0, 3]).strides]")
    yield case("views/size0-copy-strides", "list(np.arange(0).reshape(0, 3).copy().strides)", "[...np.arange(0).reshape(0, 3).copy().strides]")
    yield case("views/size0-reshape-strides", "list(np.arange(0).reshape(0, 3).strides)", "[...np.arange(0).reshape(0, 3).strides]")
    yield case("views/size0-broadcast-strides", "list(np.broadcast_to(np.arange(6).reshape(2, 1, 3), (2, 0, 3)).strides)",
               "[...np.broadcast_to(np.arange(6).reshape(2, 1, 3), [2, 0, 3]).strides]")
    yield case("views/size0-flags", "(lambda a: [a.flags.c_contiguous, a.flags.f_contiguous])(np.arange(0).reshape(0, 3).T)",
               "(a => [a.flags.c_contiguous, a.flags.f_contiguous])(np.arange(0).reshape(0, 3).T)")


def join_cases(rng):
    yield case("views/concatenate-1d", "np.concatenate([[1, 2], [3]])")
    yield case("views/concatenate-promote", "np.concatenate([np.arange(2, dtype=np.int8), np.arange(2, dtype=np.uint8)])",
               "np.concatenate([np.arange(2, {dtype: 'int8'}), np.arange(2, {dtype: 'uint8'})])")
    yield case("views/concatenate-float", "np.concatenate([[1], [2.5]])")
    yield case("views/concatenate-axis1", "np.concatenate([np.arange(4).reshape(2, 2), np.arange(6).reshape(2, 3)], axis=1)",
               "np.concatenate([np.arange(4).reshape(2, 2), np.arange(6).reshape(2, 3)], {axis: 1})")
    yield case("views/concatenate-axis-none", "np.concatenate([np.arange(4).reshape(2, 2), [7]], axis=None)",
               "np.concatenate([np.arange(4).reshape(2, 2), [7]], null)")
    yield case("views/concatenate-dtype", "np.concatenate([[1.5], [2]], dtype='int64', casting='unsafe')",
               "np.concatenate([[1.5], [2]], {dtype: 'int64', casting: 'unsafe'})")
    yield case("views/concatenate-out", "(lambda o: (np.concatenate([[1, 2], [3]], out=o), o)[1])(np.zeros(3))",
               "(o => (np.concatenate([[1, 2], [3]], {out: o}), o))(np.zeros(3))")
    yield case("views/err-concatenate-dims", "np.concatenate([np.zeros((2, 2)), np.zeros((2, 3))])",
               "np.concatenate([np.zeros([2, 2]), np.zeros([2, 3])])")
    yield case("views/err-concatenate-ndim", "np.concatenate([np.zeros((2, 2)), np.zeros(2)])", "np.concatenate([np.zeros([2, 2]), np.zeros(2)])")
    yield case("views/err-concatenate-0d", "np.concatenate([1, 2])")
    yield case("views/err-concatenate-empty", "np.concatenate([])")
    yield case("views/err-concatenate-axis", "np.concatenate([[1], [2]], axis=1)", "np.concatenate([[1], [2]], {axis: 1})")
    yield case("views/err-concatenate-cast", "np.concatenate([[1.5], [2]], dtype='int64')", "np.concatenate([[1.5], [2]], {dtype: 'int64'})")
    yield case("views/err-concatenate-out-shape", "np.concatenate([np.zeros((2, 2)), np.zeros((2, 2))], out=np.zeros((3, 2)))",
               "np.concatenate([np.zeros([2, 2]), np.zeros([2, 2])], {out: np.zeros([3, 2])})")
    yield case("views/err-concatenate-out-dtype", "np.concatenate([[1], [2]], out=np.zeros(2), dtype=int)",
               "np.concatenate([[1], [2]], {out: np.zeros(2), dtype: 'int64'})")
    yield case("views/stack", "np.stack([[1, 2], [3, 4]])")
    yield case("views/stack-axis1", "np.stack([[1, 2], [3, 4]], 1)")
    yield case("views/stack-axis-neg", "np.stack([np.zeros((2, 3)), np.ones((2, 3))], axis=-1)",
               "np.stack([np.zeros([2, 3]), np.ones([2, 3])], {axis: -1})")
    yield case("views/err-stack-shapes", "np.stack([[1, 2], [3]])")
    yield case("views/err-stack-empty", "np.stack([])")
    yield case("views/err-stack-axis", "np.stack([[1, 2]], axis=2)", "np.stack([[1, 2]], {axis: 2})")
    yield case("views/vstack", "np.vstack([[1, 2], [3, 4]])")
    yield case("views/vstack-2d", "np.vstack([np.zeros((1, 3)), [1, 2, 3]])", "np.vstack([np.zeros([1, 3]), [1, 2, 3]])")
    yield case("views/hstack-1d", "np.hstack([[1, 2], [3]])")
    yield case("views/hstack-2d", "np.hstack([[[1], [2]], [[3], [4]]])")
    yield case("views/dstack", "np.dstack([[1, 2], [3, 4]])")
    yield case("views/column-stack", "np.column_stack([[1, 2], [3, 4]])")
    yield case("views/column-stack-2d", "np.column_stack([[1, 2], [[3, 4], [5, 6]]])")
    yield case("views/err-vstack-empty", "np.vstack([])")
    yield case("views/err-hstack-empty", "np.hstack([])")
    yield case("views/split", "np.split(np.arange(6), 3)")
    yield case("views/split-indices", "np.split(np.arange(6), [1, 4])")
    yield case("views/split-axis", "np.split(np.arange(12).reshape(3, 4), 2, axis=1)", "np.split(np.arange(12).reshape(3, 4), 2, 1)")
    yield case("views/err-split-unequal", "np.split(np.arange(5), 2)")
    yield case("views/err-split-zero", "np.split(np.arange(5), 0)")
    yield case("views/array-split", "np.array_split(np.arange(5), 2)")
    yield case("views/array-split-more", "np.array_split(np.arange(3), 5)")
    yield case("views/array-split-indices", "np.array_split(np.arange(5), [1, -1, 10])")
    yield case("views/err-array-split-zero", "np.array_split(np.arange(5), 0)")
    yield case("views/split-views", "(lambda a: [s.base is a for s in np.split(a, 2)])(np.arange(6))",
               "(a => np.split(a, 2).map((s) => s.base === a))(np.arange(6))")
    yield case("views/roll-flat", "np.roll([1, 2, 3, 4], 1)")
    yield case("views/roll-neg", "np.roll(np.arange(6).reshape(2, 3), -4)")
    yield case("views/roll-axis", "np.roll(np.arange(6).reshape(2, 3), 1, axis=1)", "np.roll(np.arange(6).reshape(2, 3), 1, 1)")
    yield case("views/roll-axes", "np.roll(np.arange(24).reshape(2, 3, 4), (1, -2), axis=(0, 2))",
               "np.roll(np.arange(24).reshape(2, 3, 4), [1, -2], [0, 2])")
    yield case("views/roll-dup-axes", "np.roll([1, 2, 3], 1, axis=(0, 0))", "np.roll([1, 2, 3], 1, [0, 0])")
    yield case("views/roll-shifts-one-axis", "np.roll(np.arange(6).reshape(2, 3), (1, 2), (0,))",
               "np.roll(np.arange(6).reshape(2, 3), [1, 2], [0])")
    yield case("views/roll-empty", "np.roll(np.zeros((0, 3)), 1)", "np.roll(np.zeros([0, 3]), 1)")
    yield case("views/err-roll-mismatch", "np.roll(np.arange(6).reshape(2, 3), (1, 2, 3), (0, 1))",
               "np.roll(np.arange(6).reshape(2, 3), [1, 2, 3], [0, 1])")
    yield case("views/repeat-flat", "np.repeat([[1, 2], [3, 4]], 2)")
    yield case("views/repeat-axis", "np.repeat([[1, 2], [3, 4]], [1, 2], axis=0)", "np.repeat([[1, 2], [3, 4]], [1, 2], {axis: 0})")
    yield case("views/repeat-scalar", "np.repeat(5, 3)")
    yield case("views/repeat-zero", "np.repeat([1, 2], 0)")
    yield case("views/err-repeat-mismatch", "np.repeat([1, 2, 3], [1, 2])")
    yield case("views/err-repeat-negative", "np.repeat([1, 2], [1, -1])")
    yield case("views/err-repeat-negative-scalar", "np.repeat([1, 2, 3], -1)")
    yield case("views/err-repeat-axis", "np.repeat([[1, 2]], 2, axis=2)", "np.repeat([[1, 2]], 2, {axis: 2})")
    yield case("views/tile", "np.tile([1, 2], 2)")
    yield case("views/tile-2d", "np.tile([1, 2], (2, 2))", "np.tile([1, 2], [2, 2])")
    yield case("views/tile-fewer-reps", "np.tile(np.arange(6).reshape(2, 3), 2)")
    yield case("views/tile-zero", "np.tile([1, 2], (0, 2))", "np.tile([1, 2], [0, 2])")
    yield case("views/tile-0d", "np.tile(5, ())", "np.tile(5, [])")
    yield case("views/err-tile-negative", "np.tile([1, 2], -1)")
    for i in range(12):
        dt = str(rng.choice(DTYPES))
        shape = tuple(int(x) for x in rng.integers(1, 4, int(rng.integers(1, 4))))
        a = rand(rng, dt, shape)
        b = rand(rng, str(rng.choice(DTYPES)), shape)
        ax = int(rng.integers(-len(shape), len(shape)))
        kind = i % 6
        if kind == 0:
            yield case(f"views/random-concatenate-{i}", f"np.concatenate([{lit(a)}, {lit(b)}], {ax})")
        elif kind == 1:
            yield case(f"views/random-stack-{i}", f"np.stack([{lit(a)}, {lit(b)}], {ax})")
        elif kind == 2:
            sh = int(rng.integers(-7, 8))
            yield case(f"views/random-roll-{i}", f"np.roll({lit(a)}, {sh}, {ax})")
        elif kind == 3:
            r = int(rng.integers(0, 4))
            yield case(f"views/random-repeat-{i}", f"np.repeat({lit(a)}, {r}, {ax})")
        elif kind == 4:
            reps = [int(x) for x in rng.integers(1, 3, int(rng.integers(1, 4)))]
            tp, tj = tup(reps)
            yield case(f"views/random-tile-{i}", f"np.tile({lit(a)}, {tp})", f"np.tile({lit(a)}, {tj})")
        else:
            yield case(f"views/random-flip-{i}", f"np.flip({lit(a)}, {ax})")


def cases():
    rng = np.random.default_rng(12345)
    yield from chain_cases(rng)
    yield from fixed_cases()
    yield from error_cases()
    yield from size0_cases()
    yield from join_cases(rng)
