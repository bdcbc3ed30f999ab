"""Indexing: a[index] and a[index] = value (ndts: a.get(...) / a.set(..., value)), and the
indexing routines take, put, nonzero, flatnonzero, argwhere, take_along_axis, put_along_axis,
compress, extract, place, count_nonzero.

Index items are written once and rendered for both sides: S("1:3") is a slice, E the ellipsis,
None np.newaxis, Python ints/bools as themselves, lists as index arrays, ndarrays via lit().
"""
import numpy as np

from golden import case, lit

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128"]


class S:
    """A slice, as Python's slice syntax text (the JS side takes the same text as a string)."""

    def __init__(self, text):
        self.text = text


E = Ellipsis


def py_item(x):
    if isinstance(x, S):
        return x.text
    if x is Ellipsis:
        return "..."
    if x is None:
        return "None"
    if isinstance(x, np.ndarray):
        return lit(x)
    if isinstance(x, list):
        return "[" + ", ".join(py_item(y) for y in x) + "]"
    return repr(x)


def js_item(x):
    if isinstance(x, S):
        return '"' + x.text + '"'
    if x is Ellipsis:
        return '"..."'
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, np.ndarray):
        return lit(x)
    if isinstance(x, list):
        return "[" + ", ".join(js_item(y) for y in x) + "]"
    if isinstance(x, complex):
        return "{re: %r, im: %r}" % (x.real, x.imag)
    if isinstance(x, int) and abs(x) > 2**53:
        return f"{x}n"  # a Python int beyond float precision is a JS bigint
    return repr(x)


def py_index(idx):
    if len(idx) == 0:
        return "()"
    return ", ".join(py_item(x) for x in idx)


def js_args(idx):
    return ", ".join(js_item(x) for x in idx)


def get(id, arr_py, arr_js, idx):
    """a[idx]: arr_py / arr_js are expressions for the array on each side."""
    return case(f"indexing/{id}", f"{arr_py}[{py_index(idx)}]", f"{arr_js}.get({js_args(idx)})")


def get_lit(id, arr, *idx):
    return get(id, lit(arr), lit(arr), list(idx))


def set_(id, arr, idx, value, then=None):
    """a[idx] = value on a fresh copy of arr; the result is the modified array."""
    a = lit(arr)
    py = f"(lambda a: (a.__setitem__(np.s_[{py_index(idx)}], {py_item(value)}), a)[1])({a})"
    jargs = js_args(idx)
    js = f"(a => {{ a.set({jargs}{', ' if jargs else ''}{js_item(value)}); return a; }})({a})"
    return case(f"indexing/{id}", py, js)


def rand(rng, shape, dt):
    if dt == "bool":
        return rng.integers(0, 2, shape).astype(bool)
    if dt.startswith("complex"):
        return (rng.standard_normal(shape) * 10 + 1j * rng.standard_normal(shape) * 10).astype(dt)
    if dt.startswith("float"):
        return (rng.standard_normal(shape) * 10).astype(dt)
    info = np.iinfo(dt)
    lo, hi = max(info.min, -1000), min(info.max, 1000)
    return rng.integers(lo, hi, shape, dtype=dt, endpoint=True)


def basic_cases(rng):
    # Full integer index: a scalar of every dtype.
    for i, dt in enumerate(DTYPES):
        shape = [(5,), (3, 4), (2, 3, 4), (2, 2, 3, 2)][i % 4]
        a = rand(rng, shape, dt)
        idx = [int(rng.integers(-d, d)) for d in shape]
        yield get_lit(f"scalar-{dt}", a, *idx)
    a0 = rand(rng, (), "float64")
    yield get_lit("0d-empty-index", a0)
    yield get_lit("0d-ellipsis", a0, E)
    yield get_lit("0d-newaxis", a0, None)
    yield get_lit("0d-true", a0, True)
    yield get_lit("0d-false", a0, False)
    # Slices, with Python's clipping of out-of-range bounds.
    v = rand(rng, (10,), "int32")
    for k, s in enumerate(["1:3", "::-1", ":", "1:", ":-1", "::2", "-3:", "-100:100:3", "100:-100:-3",
                           "8:2:-2", "5:1", "1:1", "::-3", ":-3:-1", "-1:-4:-1", "3:100"]):
        yield get_lit(f"slice-1d-{k}", v, S(s))
    m = rand(rng, (4, 5), "float64")
    yield get_lit("slice-2d-rows", m, S("1:3"))
    yield get_lit("slice-2d-both", m, S("::-1"), S("1::2"))
    yield get_lit("slice-2d-int", m, 2, S(":-1"))
    yield get_lit("slice-2d-int-neg", m, S("::2"), -1)
    yield get_lit("row", m, -2)
    t = rand(rng, (2, 3, 4, 5), "int16")
    yield get_lit("4d-int-slice-mix", t, 1, S(":"), S("::-2"), 3)
    yield get_lit("4d-ellipsis-last", t, E, 2)
    yield get_lit("4d-ellipsis-first", t, 0, E)
    yield get_lit("4d-ellipsis-middle", t, 1, E, S("1:4"))
    yield get_lit("4d-ellipsis-empty", t, 1, 2, E, 3, 4)
    yield get_lit("4d-newaxis", t, None, 0, None, S("::2"), None)
    yield get_lit("4d-newaxis-ellipsis", t, E, None)
    yield get_lit("4d-partial", t, 1, -1)
    yield get_lit("1d-newaxis-ellipsis-newaxis", v, None, E, None)
    yield get_lit("1d-int-ellipsis", v, 3, E)
    yield get_lit("empty-tuple-2d", m)
    yield get_lit("empty-slice-2d", m, S("3:1"), S(":"))


def view_cases(rng):
    # Views of views: offsets and negative strides compose.
    a = rand(rng, (6, 7), "float64")
    la = lit(a)
    yield case("indexing/view-of-view-1", f"{la}[::-1, 1:][..., ::2]", f'{la}.get("::-1", "1:").get("...", "::2")')
    yield case("indexing/view-of-view-2", f"{la}[1:5][::-2, ::-3][1]", f'{la}.get("1:5").get("::-2", "::-3").get(1)')
    yield case("indexing/view-of-view-fancy", f"{la}[::-1][:, [0, -1, 2]]", f'{la}.get("::-1").get(":", [0, -1, 2])')
    yield case("indexing/view-of-view-T", f"{la}.T[2:, ::-1][[1, 0]]", f'{la}.T.get("2:", "::-1").get([1, 0])')
    yield case("indexing/view-of-view-scalar", f"{la}[::-2, 3:][1, -1]", f'{la}.get("::-2", "3:").get(1, -1)')
    yield case("indexing/view-of-view-mask", f"(lambda v: v[v > 0])({la}[1::2, ::-1])",
               f'(v => v.get(v.tolist().map((r) => r.map((x) => x > 0))))({la}.get("1::2", "::-1"))')
    # Writing through views changes the base array.
    b = rand(rng, (4, 5), "int32")
    lb = lit(b)
    yield case("indexing/write-through-view",
               f"(lambda a: (a[::2, ::-1].__setitem__(np.s_[0], 99), a)[1])({lb})",
               f'(a => {{ a.get("::2", "::-1").set(0, 99); return a; }})({lb})')
    yield case("indexing/write-through-view-of-view",
               f"(lambda a: (a[1:][:, ::-2].__setitem__(np.s_[1:, 0], [7, 8]), a)[1])({lb})",
               f'(a => {{ a.get("1:").get(":", "::-2").set("1:", 0, [7, 8]); return a; }})({lb})')
    yield case("indexing/write-through-view-fancy",
               f"(lambda a: (a[::-1].__setitem__(np.s_[[0, 2], 1:3], -5), a)[1])({lb})",
               f'(a => {{ a.get("::-1").set([0, 2], "1:3", -5); return a; }})({lb})')
    yield case("indexing/fancy-copy-untouched",
               f"(lambda a: (a[[0, 1]].__setitem__(np.s_[...], 0), a)[1])({lb})",
               f'(a => {{ a.get([0, 1]).set("...", 0); return a; }})({lb})')


def fancy_cases(rng):
    a = rand(rng, (5, 6), "float32")
    yield get_lit("fancy-1d-list", rand(rng, (7,), "int64"), [0, 2, -1, 2])
    yield get_lit("fancy-rows", a, [4, 0, 0, -5])
    yield get_lit("fancy-2d-index", a, [[0, 1], [2, 3]])
    yield get_lit("fancy-cols", a, S(":"), [5, 0])
    yield get_lit("fancy-pairs", a, [0, 1, 2], [3, 4, 5])
    yield get_lit("fancy-broadcast", a, [[0], [1], [4]], [0, 5])
    yield get_lit("fancy-int-and-array", a, 2, [1, 3])
    yield get_lit("fancy-array-and-int", a, [1, 3], -1)
    yield get_lit("fancy-slice-array", a, S("1:4"), [0, 0, 5])
    yield get_lit("fancy-empty-list", a, [])
    yield get_lit("fancy-empty-list-cols", a, S(":"), [])
    yield get_lit("fancy-ndarray-int8", a, np.array([1, -1, 3], dtype=np.int8))
    yield get_lit("fancy-ndarray-uint16", a, S("::-1"), np.array([[5], [0]], dtype=np.uint16))
    yield get_lit("fancy-ndarray-int32-2d", a, np.array([[4, 3], [2, 1]], dtype=np.int32), S("::2"))
    t = rand(rng, (3, 4, 5), "int64")
    yield get_lit("fancy-adjacent-middle", t, S(":"), [0, 3], [1, 4])
    yield get_lit("fancy-nonadjacent", t, [0, 2], S(":"), [1, 4])
    yield get_lit("fancy-int-slice-array", t, 0, S(":"), [0, 1])
    yield get_lit("fancy-slice-int-array", t, S(":"), 0, [0, 1])
    yield get_lit("fancy-array-slice-int", t, [0, 1], S(":"), 0)
    yield get_lit("fancy-newaxis-before", t, None, [0, 1], [0, 1])
    yield get_lit("fancy-newaxis-between", t, [0, 1], None, [0, 1])
    yield get_lit("fancy-ellipsis-between", t, [0, 1], E, [0, 1])
    yield get_lit("fancy-ellipsis-before", t, E, [0, 1], [0, 1])
    yield get_lit("fancy-3-arrays", t, [2, 0], [[3], [0]], [4, 4])
    yield get_lit("fancy-all-neg", t, [-1], [-4], [-5])
    yield get_lit("fancy-scalar-array-copy", t, np.array(1), S(":"))
    yield get_lit("fancy-scalar-array-full", t, 1, 2, np.array(3))
    yield get_lit("fancy-scalar-array-adjacency", t, np.array(0), S(":"), [0, 1])
    q = rand(rng, (2, 3, 4, 5), "complex128")
    yield get_lit("fancy-4d-mid", q, S(":"), [[0, 2]], [[1], [3]], S("::2"))
    yield get_lit("fancy-4d-split", q, [1, 0], S(":"), S(":"), [4, 0])
    yield get_lit("fancy-4d-ints-split", q, 1, S(":"), 2, [0, 4])
    yield get_lit("fancy-repeat", rand(rng, (4,), "uint8"), [[3, 3, 3], [0, 0, 1]])


def bool_cases(rng):
    a = rand(rng, (3, 4), "float64")
    mask = rng.integers(0, 2, (3, 4)).astype(bool)
    yield get_lit("mask-full", a, mask)
    yield get_lit("mask-rows-list", a, [True, False, True])
    yield get_lit("mask-rows-array", a, np.array([False, True, True]))
    yield get_lit("mask-cols", a, S(":"), np.array([True, False, False, True]))
    yield get_lit("mask-with-int", a, 1, [True, True, False, True])
    yield get_lit("mask-with-array", a, np.array([True, False, True]), [0, 3])
    yield get_lit("mask-all-false", a, np.zeros((3, 4), bool))
    yield get_lit("mask-empty-axis", a, np.zeros(0, bool))
    t = rand(rng, (2, 3, 4), "int32")
    m2 = rng.integers(0, 2, (2, 3)).astype(bool)
    yield get_lit("mask-2d-leading", t, m2)
    yield get_lit("mask-2d-leading-index", t, m2, [i % 4 for i in range(int(m2.sum()))] or [0])
    yield get_lit("mask-2d-trailing", t, S(":"), rng.integers(0, 2, (3, 4)).astype(bool))
    yield get_lit("mask-list-nested", t, [[True, False, True], [False, False, True]])
    yield get_lit("bool0-true", t, True)
    yield get_lit("bool0-false", t, False)
    yield get_lit("bool0-true-middle", t, S(":"), True, [0, 1])
    yield get_lit("bool0-true-array", t, True, S(":"), [1, 2])
    yield get_lit("bool0-int", t, 0, True)
    yield get_lit("bool0-ndarray", t, np.array(True), 1)
    yield get_lit("mask-int-list-mixed", rand(rng, (4,), "int8"), [True, 1])
    yield get_lit("mask-nan-float", rand(rng, (5,), "float64"), np.array([True, False, True, True, False]))


def set_cases(rng):
    a = rand(rng, (4, 5), "float64")
    yield set_("set-int", a, [1, 2], 3.5)
    yield set_("set-row-scalar", a, [-1], 7)
    yield set_("set-slice-broadcast-row", a, [S("1:3")], [1.5, 2.5, 3.5, 4.5, 5.5])
    yield set_("set-slice-broadcast-col", a, [S("::2"), S(":2")], [[1], [2]])
    yield set_("set-ellipsis", a, [E], 0)
    yield set_("set-newaxis", a, [None, 0], [9, 8, 7, 6, 5])
    yield set_("set-leading-ones", a, [S("1:3")], np.ones((1, 1, 2, 5)))
    yield set_("set-neg-strides", a, [S("::-1"), S("::-2")], np.arange(12.0).reshape(4, 3))
    yield set_("set-fancy-rows", a, [[0, 3]], [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]])
    yield set_("set-fancy-repeated", a, [[0, 0, 0], 1], [1, 2, 3])
    yield set_("set-fancy-pairs", a, [[1, 0], [0, 0]], [7, 8])
    yield set_("set-fancy-broadcast", a, [[[0], [2]], [1, 3]], -1)
    yield set_("set-fancy-col-broadcast", a, [S(":"), [0, 0, 4]], [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 1, 1]])
    yield set_("set-fancy-leading-ones", a, [[0, 1]], np.ones((1, 1, 5)))
    yield set_("set-fancy-nonadjacent", rand(rng, (2, 3, 4), "int32"), [[0, 1], S(":"), [3, 0]], [[1, 2, 3], [4, 5, 6]])
    yield set_("set-mask", a, [a > 0], 0)
    yield set_("set-mask-values", a, [np.array([[True] * 5, [False] * 5, [True, False, True, False, True], [False] * 5])],
               list(range(8)))
    yield set_("set-mask-one-value", a, [a < 0], [42])
    yield set_("set-mask-rows", a, [[True, False, False, True]], [1, 2, 3, 4, 5])
    yield set_("set-bool0", a, [True], 3)
    yield set_("set-bool0-false", a, [False], 3)
    yield set_("set-scalar-array", a, [np.array(2)], 1)
    i8 = rand(rng, (6,), "int8")
    yield set_("set-int8-float-trunc", i8, [S(":3")], [1.9, -2.9, 127.5])
    yield set_("set-int8-overflow", i8, [0], 300)
    yield set_("set-int8-overflow-slice", i8, [S(":")], -129)
    yield set_("set-int8-overflow-list", i8, [S(":2")], [1, 200])
    yield set_("set-int8-overflow-fancy", i8, [[0]], 128)
    yield set_("set-int8-float-overflow", i8, [1], 300.7)
    yield set_("set-int8-float-overflow-fancy", i8, [[1, 2]], -200.5)
    yield set_("set-uint8-neg-float", np.array([1, 2, 3], np.uint8), [S(":")], -1.5)
    yield set_("set-int32-float-list-overflow", np.array([1, 2, 3], np.int32), [S(":2")], [1.5, 3e9])
    yield set_("set-uint8-neg", rand(rng, (3,), "uint8"), [S(":")], -1)
    yield set_("set-uint8-array-wraps", rand(rng, (3,), "uint8"), [S(":")], np.array([-1, 256, 3]))
    yield set_("set-uint64-big", rand(rng, (2,), "uint64"), [0], 2**64 - 1)
    yield set_("set-int64-big", rand(rng, (2,), "int64"), [1], -2**63)
    yield set_("set-bool-values", rand(rng, (4,), "bool"), [S(":")], [2, 0, -1.5, 0.0])
    yield set_("set-float-into-int", rand(rng, (2, 2), "int32"), [S(":")], np.array([[1.7, -1.7], [2.5, -0.2]]))
    yield set_("set-complex", rand(rng, (3,), "complex128"), [1], 1 + 2j)
    yield set_("set-complex-slice", rand(rng, (3,), "complex64"), [S("::2")], 2j)
    yield set_("set-complex-into-float", rand(rng, (3,), "float64"), [0], 1j)
    yield set_("set-complex-into-int-fancy", rand(rng, (3,), "int16"), [[0]], 1j)
    yield set_("set-complex-into-bool", rand(rng, (3,), "bool"), [0], 2j)
    yield set_("set-bool-into-int", rand(rng, (3,), "int64"), [1], True)
    yield set_("set-0d", rand(rng, (), "float32"), [], 5)
    yield set_("set-0d-ellipsis", rand(rng, (), "int16"), [E], 5)
    yield set_("set-0d-array", rand(rng, (3,), "float64"), [1], np.array(4.5))
    yield set_("set-empty-slice", rand(rng, (3,), "float64"), [S("2:1")], [])
    f32 = rand(rng, (5,), "float32")
    yield set_("set-float32-from-float64", f32, [S("1:4")], np.array([0.1, 0.2, 0.3]))
    # Overlap between the value and the destination: NumPy copies the value first.
    v = np.arange(6)
    lv = lit(v)
    yield case("indexing/set-overlap-shift-right", f"(lambda a: (a.__setitem__(np.s_[1:], a[:-1]), a)[1])({lv})",
               f'(a => {{ a.set("1:", a.get(":-1")); return a; }})({lv})')
    yield case("indexing/set-overlap-shift-left", f"(lambda a: (a.__setitem__(np.s_[:-1], a[1:]), a)[1])({lv})",
               f'(a => {{ a.set(":-1", a.get("1:")); return a; }})({lv})')
    yield case("indexing/set-overlap-reverse", f"(lambda a: (a.__setitem__(np.s_[:], a[::-1]), a)[1])({lv})",
               f'(a => {{ a.set(":", a.get("::-1")); return a; }})({lv})')
    yield case("indexing/set-overlap-fancy", f"(lambda a: (a.__setitem__(np.s_[[1, 2, 3, 4, 5]], a[:-1]), a)[1])({lv})",
               f'(a => {{ a.set([1, 2, 3, 4, 5], a.get(":-1")); return a; }})({lv})')
    yield case("indexing/set-self-index", f"(lambda a: (a.__setitem__(np.s_[a[::-1] % 6], a), a)[1])({lit(np.array([2, 0, 1]))})",
               f'(a => {{ a.set(a.get("::-1"), a); return a; }})({lit(np.array([2, 0, 1]))})')


def error_cases(rng):
    a = rand(rng, (3, 4), "int64")
    yield get_lit("err-int-oob", a, 3)
    yield get_lit("err-int-oob-neg", a, -4)
    yield get_lit("err-int-oob-axis1", a, 0, 4)
    yield get_lit("err-int-oob-with-array", a, 5, [0, 1])
    yield get_lit("err-too-many", a, 0, 1, 2)
    yield get_lit("err-too-many-mask", a, 0, np.array([[True]]))
    yield get_lit("err-too-many-0d", np.array(1.5), 0)
    yield get_lit("err-two-ellipsis", a, E, 0, E)
    yield get_lit("err-float", a, 1.5)
    yield get_lit("err-float-list", a, [1.5, 2.0])
    yield get_lit("err-float-array", a, np.array([1.0]))
    yield get_lit("err-complex-array", a, np.array([1j]))
    yield get_lit("err-step-zero", a, S("::0"))
    yield get_lit("err-fancy-oob", a, [0, 3])
    yield get_lit("err-fancy-oob-neg", a, S(":"), [-5])
    yield get_lit("err-fancy-oob-after-newaxis", a, None, S(":"), [7])
    yield get_lit("err-fancy-oob-second", a, [0, 1], [1, 9])
    yield get_lit("err-fancy-oob-empty-subspace", np.zeros((2, 0)), [0, 5])
    yield get_lit("err-fancy-empty-broadcast-no-check", a, [], [9])
    yield get_lit("err-broadcast", a, [0, 1], [0, 1, 2])
    yield get_lit("err-broadcast-3", rand(rng, (3, 4, 5), "int8"), [0, 1], [[0], [1]], [0, 1, 2])
    yield get_lit("err-broadcast-2d", a, [[0, 1, 2]], [[0], [1], [2], [0]])
    yield get_lit("err-broadcast-bool0", a, False, [0, 1])
    yield get_lit("err-broadcast-mask", a, np.array([True, True, False]), [0, 1, 2])
    yield get_lit("err-bool-shape-rows", a, np.array([True, False]))
    yield get_lit("err-bool-shape-cols", a, S(":"), np.array([True, False, True]))
    yield get_lit("err-bool-shape-full", a, np.ones((3, 3), bool))
    yield get_lit("err-bool-list", a, [True, False, True, True])
    yield get_lit("err-bool-after-int", a, 9, np.array([True]))
    b = rand(rng, (5,), "float64")
    yield set_("err-set-broadcast", b, [S("1:3")], [1, 2, 3])
    yield set_("err-set-broadcast-2d", rand(rng, (2, 5), "float64"), [S(":")], np.zeros((3, 5)))
    yield set_("err-set-too-deep", b, [S(":2")], [[1, 2]])
    yield set_("err-set-sequence", b, [0], [1])
    yield set_("err-set-sequence-array", b, [0], np.array([1.0]))
    yield set_("err-set-fancy-broadcast", b, [[0, 1]], [1, 2, 3])
    yield set_("err-set-fancy-broadcast-2d", rand(rng, (2, 5), "float64"), [S(":"), [0, 1]], [1, 2, 3])
    yield set_("err-set-mask-count", b, [b > -100], [1, 2])
    yield set_("err-set-mask-ndim", b, [b > -100], [[1]])
    yield set_("err-set-fancy-oob", b, [[0, 5]], 1)
    yield set_("err-set-int-oob", b, [5], 1)
    yield set_("err-set-bool-shape", b, [np.array([True, False])], 1)
    ro = lit(rand(rng, (3,), "int32"))
    for k, (pi, ji) in enumerate([("0", "0"), ("[0, 1]", "[0, 1]"), ("5", "5"), ("...", '"..."')]):
        yield case(f"indexing/err-set-readonly-{k}",
                   f"(lambda a: (setattr(a.flags, 'writeable', False), a.__setitem__(np.s_[{pi}], 1)))({ro})",
                   f"(a => {{ a.flags.writeable = false; a.set({ji}, 1); return a; }})({ro})")
    yield case("indexing/err-set-readonly-view",
               f"(lambda a: (setattr(a.flags, 'writeable', False), a[1:].__setitem__(0, 1)))({ro})",
               f'(a => {{ a.flags.writeable = false; a.get("1:").set(0, 1); return a; }})({ro})')


def routine_cases(rng):
    a = rand(rng, (3, 4), "int32")
    la = lit(a)
    yield case("indexing/take-flat", f"np.take({la}, [0, 5, -1])", f"np.take({la}, [0, 5, -1])")
    yield case("indexing/take-scalar", f"np.take({la}, 5)", f"np.take({la}, 5)")
    yield case("indexing/take-axis1", f"np.take({la}, [[3, 0]], axis=1)", f"np.take({la}, [[3, 0]], 1)")
    yield case("indexing/take-axis0-int", f"np.take({la}, 2, axis=0)", f"np.take({la}, 2, {{axis: 0}})")
    yield case("indexing/take-axis-neg", f"np.take({la}, [1, 1], axis=-1)", f"np.take({la}, [1, 1], -1)")
    yield case("indexing/take-wrap", f"np.take({la}, [5, -7, 40], axis=1, mode='wrap')", f"np.take({la}, [5, -7, 40], {{axis: 1, mode: 'wrap'}})")
    yield case("indexing/take-clip", f"np.take({la}, [5, -7, 2], axis=0, mode='clip')", f"np.take({la}, [5, -7, 2], 0, null, 'clip')")
    yield case("indexing/take-bool-indices", f"np.take({la}, np.array([True, False]))", f"np.take({la}, np.array([true, false]))")
    yield case("indexing/take-empty", f"np.take({la}, [], axis=1)", f"np.take({la}, [], 1)")
    yield case("indexing/take-list-input", "np.take([[1, 2], [3, 4]], [3, 0])", "np.take([[1, 2], [3, 4]], [3, 0])")
    yield case("indexing/take-0d-input", "np.take(np.array(5), [0, 0])", "np.take(np.array(5), [0, 0])")
    yield case("indexing/take-view", f"np.take({la}[::-1, 1:], [0, 4])", f'np.take({la}.get("::-1", "1:"), [0, 4])')
    yield case("indexing/take-out", f"(lambda o: (np.take({la}, [1, 2], axis=1, out=o), o)[1])(np.zeros((3, 2), 'int32'))",
               f"(o => {{ np.take({la}, [1, 2], {{axis: 1, out: o}}); return o; }})(np.zeros([3, 2], 'int32'))")
    yield case("indexing/err-take-oob", f"np.take({la}, [12])", f"np.take({la}, [12])")
    yield case("indexing/err-take-oob-axis", f"np.take({la}, [0, -5], axis=1)", f"np.take({la}, [0, -5], 1)")
    yield case("indexing/err-take-axis", f"np.take({la}, [0], axis=2)", f"np.take({la}, [0], 2)")
    yield case("indexing/err-take-mode", f"np.take({la}, [0], mode='foo')", f"np.take({la}, [0], {{mode: 'foo'}})")
    yield case("indexing/err-take-empty-axis", "np.take(np.zeros((0, 3)), [0], axis=0)", "np.take(np.zeros([0, 3]), [0], 0)")
    yield case("indexing/err-take-out-shape", f"np.take({la}, [1], out=np.zeros(2, 'int32'))", f"np.take({la}, [1], {{out: np.zeros(2, 'int32')}})")
    yield case("indexing/err-take-out-dtype", f"np.take({la}, [1], out=np.zeros(1, 'float32'))", f"np.take({la}, [1], {{out: np.zeros(1, 'float32')}})")
    b = lit(rand(rng, (5,), "int64"))
    yield case("indexing/put", f"(lambda a: (np.put(a, [0, 2], [10, 20]), a)[1])({b})", f"(a => {{ np.put(a, [0, 2], [10, 20]); return a; }})({b})")
    yield case("indexing/put-cycle", f"(lambda a: (np.put(a, [0, 2, 4], [10, 20]), a)[1])({b})", f"(a => {{ np.put(a, [0, 2, 4], [10, 20]); return a; }})({b})")
    yield case("indexing/put-wrap", f"(lambda a: (np.put(a, [0, 7, -8], [10, 20], mode='wrap'), a)[1])({b})",
               f"(a => {{ np.put(a, [0, 7, -8], [10, 20], 'wrap'); return a; }})({b})")
    yield case("indexing/put-clip", f"(lambda a: (np.put(a, [0, 7, -8], [10, 20], mode='clip'), a)[1])({b})",
               f"(a => {{ np.put(a, [0, 7, -8], [10, 20], {{mode: 'clip'}}); return a; }})({b})")
    yield case("indexing/put-empty-values", f"(lambda a: (np.put(a, [0, 1], []), a)[1])({b})", f"(a => {{ np.put(a, [0, 1], []); return a; }})({b})")
    yield case("indexing/put-float-trunc", f"(lambda a: (np.put(a, [0, 1], [1.7, -2.5]), a)[1])({b})", f"(a => {{ np.put(a, [0, 1], [1.7, -2.5]); return a; }})({b})")
    t = lit(np.arange(6).reshape(2, 3))
    yield case("indexing/put-noncontiguous", f"(lambda a: (np.put(a, [0, 1, 5], [100, 200, 300]), a)[1])({t}.T)",
               f"(a => {{ np.put(a, [0, 1, 5], [100, 200, 300]); return a; }})({t}.T)")
    yield case("indexing/put-2d-indices", f"(lambda a: (np.put(a, [[0, 1], [2, 3]], [[9, 8], [7, 6]]), a)[1])({b})",
               f"(a => {{ np.put(a, [[0, 1], [2, 3]], [[9, 8], [7, 6]]); return a; }})({b})")
    yield case("indexing/err-put-oob", f"(lambda a: np.put(a, [0, 7], [10, 20]))({b})", f"(a => np.put(a, [0, 7], [10, 20]))({b})")
    yield case("indexing/err-put-overflow", f"(lambda a: np.put(a, [0], [300]))({lit(np.zeros(3, np.int8))})",
               f"(a => np.put(a, [0], [300]))({lit(np.zeros(3, np.int8))})")
    yield case("indexing/err-put-float-indices", f"(lambda a: np.put(a, np.array([1.5]), 1))({b})", f"(a => np.put(a, np.array([1.5]), 1))({b})")
    yield case("indexing/err-put-readonly", f"(lambda a: (setattr(a.flags, 'writeable', False), np.put(a, [0], 1)))({b})",
               f"(a => {{ a.flags.writeable = false; np.put(a, [0], 1); }})({b})")
    yield case("indexing/err-put-mode", f"(lambda a: np.put(a, [0], 1, mode='x'))({b})", f"(a => np.put(a, [0], 1, 'x'))({b})")
    yield case("indexing/err-put-empty-array", "np.put(np.zeros(0), [0], [5])", "np.put(np.zeros(0), [0], [5])")
    # nonzero and friends, over dtypes (NaN and -0.0 included).
    for dt in ["bool", "int8", "uint16", "int64", "float32", "float64", "complex128"]:
        x = rand(rng, (3, 4), dt)
        if dt.startswith(("float", "complex")):
            x.flat[::3] = 0
        if dt.startswith("float"):
            x.flat[1] = np.nan
            x.flat[3] = -0.0
        yield case(f"indexing/nonzero-{dt}", f"np.nonzero({lit(x)})")
    yield case("indexing/nonzero-1d-list", "np.nonzero([0, 1, 0, 2])")
    yield case("indexing/nonzero-3d", f"np.nonzero({lit(rng.integers(0, 2, (2, 3, 2)))})")
    yield case("indexing/nonzero-view", f"np.nonzero({la}[::-1, ::2] % 3)", f'np.nonzero({la}.get("::-1", "::2").tolist().map((r) => r.map((x) => ((x % 3) + 3) % 3)))')
    yield case("indexing/flatnonzero", f"np.flatnonzero({lit(rng.integers(0, 2, (3, 3)))})")
    yield case("indexing/flatnonzero-0d", "np.flatnonzero(5)")
    yield case("indexing/argwhere", f"np.argwhere({lit(rng.integers(0, 2, (3, 2, 2)))})")
    yield case("indexing/argwhere-1d", "np.argwhere([0, 3, 0, 4])")
    yield case("indexing/argwhere-0d", "np.argwhere(5)")
    yield case("indexing/argwhere-0d-false", "np.argwhere(0)")
    yield case("indexing/argwhere-empty", "np.argwhere(np.zeros((2, 0)))", "np.argwhere(np.zeros([2, 0]))")
    yield case("indexing/err-nonzero-0d", "np.nonzero(np.array(5))")
    yield case("indexing/err-nonzero-0d-bool", "np.nonzero(np.array(True))", "np.nonzero(np.array(true))")
    # take_along_axis / put_along_axis.
    s = rand(rng, (3, 4), "float64")
    ls = lit(s)
    order = lit(np.argsort(s, axis=1))
    yield case("indexing/take_along_axis-sort", f"np.take_along_axis({ls}, {order}, axis=1)", f"np.take_along_axis({ls}, {order}, 1)")
    yield case("indexing/take_along_axis-default-axis", f"np.take_along_axis({ls}, {order})", f"np.take_along_axis({ls}, {order})")
    yield case("indexing/take_along_axis-axis0", f"np.take_along_axis({ls}, np.array([[2, 0, 1, 1]]), axis=0)",
               f"np.take_along_axis({ls}, np.array([[2, 0, 1, 1]]), 0)")
    yield case("indexing/take_along_axis-broadcast", f"np.take_along_axis({ls}, np.array([[0], [3], [-1]]), axis=1)",
               f"np.take_along_axis({ls}, np.array([[0], [3], [-1]]), {{axis: 1}})")
    yield case("indexing/take_along_axis-none", f"np.take_along_axis({ls}, np.array([0, 11, 5]), axis=None)",
               f"np.take_along_axis({ls}, np.array([0, 11, 5]), null)")
    yield case("indexing/err-take_along_axis-float", f"np.take_along_axis({ls}, np.array([[0.5]]), axis=1)",
               f"np.take_along_axis({ls}, np.array([[0.5]]), 1)")
    yield case("indexing/err-take_along_axis-ndim", f"np.take_along_axis({ls}, np.array([0, 1]), axis=1)",
               f"np.take_along_axis({ls}, np.array([0, 1]), 1)")
    yield case("indexing/err-take_along_axis-oob", f"np.take_along_axis({ls}, np.array([[0, 1, 2, 5]]), axis=1)",
               f"np.take_along_axis({ls}, np.array([[0, 1, 2, 5]]), 1)")
    yield case("indexing/err-take_along_axis-shape", f"np.take_along_axis({ls}, np.array([[0], [1]]), axis=1)",
               f"np.take_along_axis({ls}, np.array([[0], [1]]), 1)")
    yield case("indexing/err-take_along_axis-none-ndim", f"np.take_along_axis({ls}, np.array([[0]]), axis=None)",
               f"np.take_along_axis({ls}, np.array([[0]]), null)")
    yield case("indexing/err-take_along_axis-axis", f"np.take_along_axis({ls}, np.array([[0]]), axis=2)",
               f"np.take_along_axis({ls}, np.array([[0]]), 2)")
    yield case("indexing/put_along_axis", f"(lambda a: (np.put_along_axis(a, np.array([[0], [1], [3]]), 99, axis=1), a)[1])({ls})",
               f"(a => {{ np.put_along_axis(a, np.array([[0], [1], [3]]), 99, 1); return a; }})({ls})")
    yield case("indexing/put_along_axis-values", f"(lambda a: (np.put_along_axis(a, np.array([[2, 0, 1, 1]]), [[1, 2, 3, 4]], axis=0), a)[1])({ls})",
               f"(a => {{ np.put_along_axis(a, np.array([[2, 0, 1, 1]]), [[1, 2, 3, 4]], {{axis: 0}}); return a; }})({ls})")
    yield case("indexing/put_along_axis-none", f"(lambda a: (np.put_along_axis(a, np.array([0, 11]), [7, 8], axis=None), a)[1])({ls})",
               f"(a => {{ np.put_along_axis(a, np.array([0, 11]), [7, 8], null); return a; }})({ls})")
    yield case("indexing/err-put_along_axis-values", f"np.put_along_axis({ls}, np.array([[0], [1], [3]]), [1, 2], axis=1)",
               f"np.put_along_axis({ls}, np.array([[0], [1], [3]]), [1, 2], 1)")
    # compress / extract / place.
    yield case("indexing/compress-flat", f"np.compress([0, 1, 0, 1], {la})", f"np.compress([0, 1, 0, 1], {la})")
    yield case("indexing/compress-axis0", f"np.compress([False, True], {la}, axis=0)", f"np.compress([false, true], {la}, 0)")
    yield case("indexing/compress-axis1", f"np.compress([0, 1, 1], {la}, axis=1)", f"np.compress([0, 1, 1], {la}, {{axis: 1}})")
    yield case("indexing/compress-float-cond", f"np.compress([0.5, 0.0, -1.5], {la}, axis=1)", f"np.compress([0.5, 0.0, -1.5], {la}, 1)")
    yield case("indexing/compress-0d", "np.compress([True], 5)", "np.compress([true], 5)")
    yield case("indexing/err-compress-long", f"np.compress([0, 1, 1, 0, 1], {la}, axis=1)", f"np.compress([0, 1, 1, 0, 1], {la}, 1)")
    yield case("indexing/err-compress-2d", f"np.compress([[0, 1]], {la}, axis=1)", f"np.compress([[0, 1]], {la}, 1)")
    yield case("indexing/err-compress-axis", f"np.compress([0, 1], {la}, axis=3)", f"np.compress([0, 1], {la}, 3)")
    yield case("indexing/extract", f"np.extract({la} % 2 == 0, {la})",
               f"np.extract({la}.tolist().map((r) => r.map((x) => x % 2 === 0)), {la})")
    yield case("indexing/extract-short", f"np.extract([0, 1, 1], {la})", f"np.extract([0, 1, 1], {la})")
    yield case("indexing/err-extract-long", f"np.extract([0, 1] * 8, {la})", f"np.extract([{', '.join(['0, 1'] * 8)}], {la})")
    p = lit(np.arange(6).reshape(2, 3))
    yield case("indexing/place", f"(lambda a: (np.place(a, a > 2, [44, 55]), a)[1])({p})",
               f"(a => {{ np.place(a, [[false, false, false], [true, true, true]], [44, 55]); return a; }})({p})")
    yield case("indexing/place-noncontiguous", f"(lambda a: (np.place(a, a > 2, [10, 20, 30]), a)[1])({p}.T)",
               f"(a => {{ np.place(a, [[false, true], [false, true], [false, true]], [10, 20, 30]); return a; }})({p}.T)")
    yield case("indexing/place-float-mask", f"(lambda a: (np.place(a, [[1.5, 0, 0], [0, 0, 2]], [9]), a)[1])({p})",
               f"(a => {{ np.place(a, [[1.5, 0, 0], [0, 0, 2]], [9]); return a; }})({p})")
    yield case("indexing/place-empty-no-true", f"(lambda a: (np.place(a, np.zeros((2, 3), bool), []), a)[1])({p})",
               f"(a => {{ np.place(a, np.zeros([2, 3], 'bool'), []); return a; }})({p})")
    yield case("indexing/err-place-empty", f"np.place({p}, np.ones((2, 3), bool), [])", f"np.place({p}, np.ones([2, 3], 'bool'), [])")
    yield case("indexing/err-place-size", f"np.place({p}, [True, False], [1])", f"np.place({p}, [true, false], [1])")
    yield case("indexing/err-place-list", "np.place([1, 2], [True, False], [1])", "np.place([1, 2], [true, false], [1])")
    # count_nonzero.
    c = rand(rng, (3, 4, 2), "float32")
    c.flat[::2] = 0
    lc = lit(c)
    yield case("indexing/count_nonzero", f"np.count_nonzero({lc})")
    yield case("indexing/count_nonzero-axis0", f"np.count_nonzero({lc}, axis=0)", f"np.count_nonzero({lc}, 0)")
    yield case("indexing/count_nonzero-axis-tuple", f"np.count_nonzero({lc}, axis=(0, 2))", f"np.count_nonzero({lc}, [0, 2])")
    yield case("indexing/count_nonzero-all-axes", f"np.count_nonzero({lc}, axis=(0, 1, 2))", f"np.count_nonzero({lc}, [0, 1, 2])")
    yield case("indexing/count_nonzero-keepdims", f"np.count_nonzero({lc}, axis=-1, keepdims=True)", f"np.count_nonzero({lc}, {{axis: -1, keepdims: true}})")
    yield case("indexing/count_nonzero-keepdims-none", f"np.count_nonzero({lc}, keepdims=True)", f"np.count_nonzero({lc}, {{keepdims: true}})")
    yield case("indexing/count_nonzero-empty-tuple", f"np.count_nonzero({lc}, axis=())", f"np.count_nonzero({lc}, [])")
    yield case("indexing/count_nonzero-list", "np.count_nonzero([[0, 1], [np.nan, 0]])", "np.count_nonzero([[0, 1], [NaN, 0]])")
    yield case("indexing/count_nonzero-0d", "np.count_nonzero(5)")
    yield case("indexing/err-count_nonzero-axis", f"np.count_nonzero({lc}, axis=3)", f"np.count_nonzero({lc}, 3)")
    yield case("indexing/err-count_nonzero-dup", f"np.count_nonzero({lc}, axis=(0, 0))", f"np.count_nonzero({lc}, [0, 0])")


def random_cases(rng):
    """Random shapes and dtypes with random mixed indices, checked against NumPy."""
    for k in range(40):
        dt = DTYPES[k % len(DTYPES)]
        nd = 1 + k % 4
        shape = tuple(int(rng.integers(1, 5)) for _ in range(nd))
        a = rand(rng, shape, dt)
        idx = []
        used_fancy = False
        for d in range(nd):
            n = shape[d]
            kind = rng.integers(0, 5)
            if kind == 0:
                idx.append(int(rng.integers(-n, n)))
            elif kind == 1:
                start = int(rng.integers(-n - 1, n + 1))
                step = int(rng.choice([-2, -1, 1, 2, 3]))
                idx.append(S(f"{start}::{step}"))
            elif kind == 2 and not used_fancy:
                used_fancy = True
                idx.append([int(x) for x in rng.integers(-n, n, int(rng.integers(1, 4)))])
            elif kind == 3:
                idx.append(S(":"))
            else:
                idx.append(rng.integers(0, 2, n).astype(bool))
        if k % 5 == 0:
            idx.insert(int(rng.integers(0, len(idx) + 1)), None)
        if k % 7 == 3 and len(idx) > 1:
            idx = [E] + idx[2:]
        yield get_lit(f"random-{k}-{dt}-{nd}d", a, *idx)


def cases():
    rng = np.random.default_rng(20240611)
    yield from basic_cases(rng)
    yield from view_cases(rng)
    yield from fancy_cases(rng)
    yield from bool_cases(rng)
    yield from set_cases(rng)
    yield from error_cases(rng)
    yield from routine_cases(rng)
    yield from random_cases(rng)
