"""np.sort, np.argsort, ndarray.sort/argsort, np.searchsorted and np.unique: every dtype with its
special values (NaN, +-inf, -0.0, integer extremes, int64/uint64 past 2**53), tie-heavy data
(stability: the Python side asks for kind='stable', the ndts side uses the default kind, which
is stable), axes and layouts (views, transposes, negative strides), empty and 0-d arrays, and
NumPy's errors.
"""
import numpy as np

from golden import case, lit
from families.ufuncs import NAMES, ORDER, values


def ties(c, n, rng):
    """n values of dtype char c drawn from a handful of distinct values (many ties)."""
    v = rng.integers(0, 4, n)
    if c == "?":
        return v % 2 == 1
    dt = np.dtype(c)
    if dt.kind == "c":
        return (v + 1j * rng.integers(0, 2, n)).astype(dt)
    if dt.kind == "f":
        out = v.astype(dt)
        out[::7] = np.nan
        out[1::5] = -0.0
        return out
    return v.astype(dt)


def cases():
    rng = np.random.default_rng(2024)
    for c in ORDER:
        name = NAMES[c]
        x = values(c, 40, rng)
        lx = lit(x)
        yield case(f"sorting/sort-{name}", f"np.sort({lx}, kind='stable')", f"np.sort({lx})", print=True)
        yield case(f"sorting/argsort-{name}", f"np.argsort({lx}, kind='stable')", f"np.argsort({lx})")
        t = ties(c, 60, rng)
        lt = lit(t)
        yield case(f"sorting/sort-ties-{name}", f"np.sort({lt}, kind='stable')", f"np.sort({lt})")
        yield case(f"sorting/argsort-ties-{name}", f"np.argsort({lt}, kind='stable')", f"np.argsort({lt})")
        yield case(f"sorting/argsort-ties-quick-{name}", f"np.argsort({lt}, kind='stable')", f"np.argsort({lt}, {{kind: 'quicksort'}})")
        yield case(f"sorting/argsort-ties-heap-{name}", f"np.argsort({lt}, kind='mergesort')", f"np.argsort({lt}, -1, 'heapsort')")
        m = lit(values(c, 40, rng).reshape(5, 8))
        for ax in (0, 1, -1, -2):
            yield case(f"sorting/sort-2d-axis{ax}-{name}", f"np.sort({m}, {ax}, kind='stable')", f"np.sort({m}, {ax})")
            yield case(f"sorting/argsort-2d-axis{ax}-{name}", f"np.argsort({m}, {ax}, kind='stable')", f"np.argsort({m}, {{axis: {ax}}})")
        yield case(f"sorting/sort-none-{name}", f"np.sort({m}, axis=None, kind='stable')", f"np.sort({m}, {{axis: null}})")
        yield case(f"sorting/argsort-none-{name}", f"np.argsort({m}, axis=None, kind='stable')", f"np.argsort({m}, null)")
        # In place, through a strided view and on a transposed array.
        yield case(f"sorting/method-view-{name}", f"(lambda a: (a[:, ::-2].sort(axis=0, kind='stable'), a)[1])({m})",
                   f"(a => (a.get(':', '::-2').sort({{axis: 0}}), a))({m})")
        yield case(f"sorting/method-T-{name}", f"(lambda a: (a.T.sort(kind='stable'), a)[1])({m})", f"(a => (a.T.sort(), a))({m})")
        yield case(f"sorting/method-argsort-{name}", f"{m}.T.argsort(kind='stable')", f"{m}.T.argsort()")
        m3 = lit(values(c, 24, rng).reshape(2, 3, 4))
        yield case(f"sorting/sort-3d-{name}", f"np.sort({m3}, 1, kind='stable')", f"np.sort({m3}, 1)")
        yield case(f"sorting/argsort-3d-{name}", f"np.argsort({m3}, 0, kind='stable')", f"np.argsort({m3}, 0)")
    # Long lanes: the radix passes (8-, 11- and 16-bit digits) and the passes skipped when a digit
    # is the same everywhere. Inputs are computed identically on both sides (exact integer
    # arithmetic, one IEEE division), results compared at every 97th element.
    for n in (100, 5000, 70000):
        for c, M in (("l", 1000003), ("h", 5003), ("B", 256), ("d", 1000003), ("f", 5003)):
            py = f"(np.arange({n}) * 2654435761 % {M})"
            js = f"np.arange({n}).multiply(2654435761).remainder({M})"
            if c in "df":
                py = f"np.where(np.arange({n}) % 13 == 0, np.nan, {py} / 7 - 300)"
                js = f"np.where(np.arange({n}).remainder(13).equal(0), NaN, {js}.divide(7).subtract(300))"
            py, js = f"{py}.astype('{NAMES[c]}')", f"{js}.astype('{NAMES[c]}')"
            yield case(f"sorting/long-{n}-{NAMES[c]}", f"np.sort({py}, kind='stable')[::97]", f"np.sort({js}).get('::97')")
            yield case(f"sorting/long-argsort-{n}-{NAMES[c]}", f"np.argsort({py}, kind='stable')[::97]", f"np.argsort({js}).get('::97')")
            if c in "df":  # no NaN or -0.0: sorted keys are written back as values
                py = f"((np.arange({n}) * 2654435761 % {M}) / 7 - 300).astype('{NAMES[c]}')"
                js = f"np.arange({n}).multiply(2654435761).remainder({M}).divide(7).subtract(300).astype('{NAMES[c]}')"
                yield case(f"sorting/long-nonan-{n}-{NAMES[c]}", f"np.sort({py})[::97]", f"np.sort({js}).get('::97')")
        # 64-bit values that use all 64 bits (the high words' passes).
        for c in "lL":
            py = f"(np.arange({n}, dtype=np.uint64) * np.uint64(11400714819323198485)).astype('{NAMES[c]}')"
            js = f"np.arange({n}, {{dtype: 'uint64'}}).multiply(np.array(11400714819323198485n, 'uint64')).astype('{NAMES[c]}')"
            yield case(f"sorting/long-wide-{n}-{NAMES[c]}", f"np.sort({py})[::97]", f"np.sort({js}).get('::97')")
            yield case(f"sorting/long-wide-argsort-{n}-{NAMES[c]}", f"np.argsort({py}, kind='stable')[::97]", f"np.argsort({js}).get('::97')")
    # Values past 2**53 and the extremes stay exact.
    big = np.array([2**63 - 1, -2**63, 2**53 + 1, 2**53, -2**53 - 1, -2**53, 0, -1, 2**62], dtype=np.int64)
    yield case("sorting/int64-extremes", f"np.sort({lit(big)})", f"np.sort({lit(big)})", print=True)
    yield case("sorting/int64-extremes-argsort", f"np.argsort({lit(big)}, kind='stable')", f"np.argsort({lit(big)})")
    ubig = np.array([2**64 - 1, 0, 2**53 + 1, 2**53, 2**63, 2**63 - 1, 1], dtype=np.uint64)
    yield case("sorting/uint64-extremes", f"np.sort({lit(ubig)})", f"np.sort({lit(ubig)})", print=True)
    yield case("sorting/uint64-extremes-argsort", f"np.argsort({lit(ubig)}, kind='stable')", f"np.argsort({lit(ubig)})")
    # NaN placement, signed zeros (equal, so a stable sort keeps their order), complex NaNs.
    f = np.array([np.nan, -0.0, 1.0, 0.0, -np.inf, -np.nan, np.inf, -0.0, 0.0, np.nan, -1.0], dtype=np.float64)
    for c in "fd":
        yield case(f"sorting/nan-zeros-{NAMES[c]}", f"np.sort({lit(f.astype(c))}, kind='stable')", f"np.sort({lit(f.astype(c))})", print=True)
        yield case(f"sorting/nan-zeros-argsort-{NAMES[c]}", f"np.argsort({lit(f.astype(c))}, kind='stable')", f"np.argsort({lit(f.astype(c))})")
    cz = np.array([complex(np.nan, 1), complex(1, np.nan), complex(1, 2), complex(np.nan, np.nan), complex(1, -1), complex(0, 5),
                   complex(np.nan, -3), complex(1, np.nan), complex(-np.inf, 0), complex(1, 2)], dtype=np.complex128)
    for c in "FD":
        yield case(f"sorting/complex-nan-{NAMES[c]}", f"np.sort({lit(cz.astype(c))}, kind='stable')", f"np.sort({lit(cz.astype(c))})", print=True)
        yield case(f"sorting/complex-nan-argsort-{NAMES[c]}", f"np.argsort({lit(cz.astype(c))}, kind='stable')", f"np.argsort({lit(cz.astype(c))})")
    # Empty and 0-d arrays, lists.
    yield case("sorting/empty", "np.sort(np.zeros((0, 3)))", "np.sort(np.zeros([0, 3]))")
    yield case("sorting/empty-axis0", "np.argsort(np.zeros((2, 0), 'int32'), 0)", "np.argsort(np.zeros([2, 0], 'int32'), 0)")
    yield case("sorting/empty-none", "np.sort(np.zeros((2, 0)), None)", "np.sort(np.zeros([2, 0]), null)")
    yield case("sorting/0d", "np.sort(np.array(5))", "np.sort(np.array(5))")
    yield case("sorting/0d-none", "np.sort(np.array(5), axis=None)", "np.sort(np.array(5), {axis: null})")
    yield case("sorting/0d-argsort", "np.argsort(np.array(5))", "np.argsort(np.array(5))")
    yield case("sorting/0d-argsort-axis1", "np.argsort(np.array(5), 1)", "np.argsort(np.array(5), 1)")
    yield case("sorting/0d-method", "np.array(5).sort()", "np.array(5).sort()")
    yield case("sorting/list", "np.sort([[3, 1, 2], [0, -1, 5]])", "np.sort([[3, 1, 2], [0, -1, 5]])", print=True)
    yield case("sorting/list-float", "np.sort([2.5, float('nan'), 1.0])", "np.sort([2.5, NaN, 1])")
    # Errors.
    yield case("sorting/axis-error", "np.sort(np.arange(3), 1)", "np.sort(np.arange(3), 1)")
    yield case("sorting/axis-error-neg", "np.argsort(np.zeros((2, 2)), -3)", "np.argsort(np.zeros([2, 2]), -3)")
    yield case("sorting/axis-error-method", "np.zeros((2, 2)).sort(2)", "np.zeros([2, 2]).sort(2)")
    yield case("sorting/kind-error", "np.sort(np.arange(3), kind='bogus')", "np.sort(np.arange(3), {kind: 'bogus'})")
    yield case("sorting/kind-error-argsort", "np.argsort(np.arange(3), kind='xyz')", "np.argsort(np.arange(3), -1, 'xyz')")
    yield case("sorting/kind-prefix", "np.sort(np.array([3, 1, 2]), kind='Stable')", "np.sort(np.array([3, 1, 2]), {kind: 'Stable'})")
    yield case("sorting/order-error", "np.sort(np.arange(3), order='x')", "np.sort(np.arange(3), {order: 'x'})")
    yield case("sorting/order-error-argsort", "np.argsort(np.arange(3), order=['x'])", "np.argsort(np.arange(3), -1, null, ['x'])")
    yield case("sorting/order-error-method", "np.arange(3).sort(order='x')", "np.arange(3).sort({order: 'x'})")
    yield case("sorting/readonly", "np.broadcast_to(np.arange(3), (2, 3)).sort()", "np.broadcast_to(np.arange(3), [2, 3]).sort()")
    yield case("sorting/method-none", "np.arange(3).sort(None)", "np.arange(3).sort(null)")

    # searchsorted: every dtype, both sides, a sorter, scalars and n-d values, NaNs.
    for c in ORDER:
        name = NAMES[c]
        a = values(c, 30, rng)
        s = np.sort(a, kind="stable")
        ls, la = lit(s), lit(a)
        v = lit(np.concatenate([values(c, 12, rng), a[:6]]).reshape(3, 6))
        for side in ("left", "right"):
            yield case(f"sorting/searchsorted-{side}-{name}", f"np.searchsorted({ls}, {v}, '{side}')", f"np.searchsorted({ls}, {v}, '{side}')")
            yield case(f"sorting/searchsorted-sorter-{side}-{name}", f"np.searchsorted({la}, {v}, side='{side}', sorter=np.argsort({la}, kind='stable'))",
                       f"np.searchsorted({la}, {v}, {{side: '{side}', sorter: np.argsort({la})}})")
        yield case(f"sorting/searchsorted-method-{name}", f"{ls}.searchsorted({v}[0, 0])", f"{ls}.searchsorted({v}.get(0, 0))")
        yield case(f"sorting/searchsorted-0d-{name}", f"np.searchsorted({ls}, {v}[0, 0:1].reshape(()))", f"np.searchsorted({ls}, {v}.get(0, '0:1').reshape([]))")
    for js, py in (("3", "3"), ("2.5", "2.5"), ("-1", "-1"), ("true", "True"), ("NaN", "np.nan"), ("2n ** 60n", "2**60"), ("[1.5, 300]", "[1.5, 300]")):
        for c in "bhlLfd":
            s = lit(np.sort(values(c, 10, rng), kind="stable"))
            yield case(f"sorting/searchsorted-weak-{NAMES[c]}-{py}", f"np.searchsorted({s}, {py}, 'right')", f"np.searchsorted({s}, {js}, 'right')")
    yield case("sorting/searchsorted-nan", "np.searchsorted(np.array([1.0, 2.0, np.nan, np.nan]), [np.nan, 2.0, np.inf], side='left')",
               "np.searchsorted(np.array([1, 2, NaN, NaN]), [NaN, 2, Infinity], {side: 'left'})")
    yield case("sorting/searchsorted-nan-right", "np.searchsorted(np.array([1.0, 2.0, np.nan, np.nan]), [np.nan, 2.0, np.inf], side='right')",
               "np.searchsorted(np.array([1, 2, NaN, NaN]), [NaN, 2, Infinity], {side: 'right'})")
    yield case("sorting/searchsorted-empty-a", "np.searchsorted(np.zeros(0), [1.0, 2.0])", "np.searchsorted(np.zeros(0), [1, 2])")
    yield case("sorting/searchsorted-empty-v", "np.searchsorted(np.arange(3), np.zeros((2, 0), 'int64'))", "np.searchsorted(np.arange(3), np.zeros([2, 0], 'int64'))")
    yield case("sorting/searchsorted-strided", "np.searchsorted(np.arange(20)[::3], np.arange(10)[::-1])", "np.searchsorted(np.arange(20).get('::3'), np.arange(10).get('::-1'))")
    yield case("sorting/searchsorted-side-error", "np.searchsorted(np.arange(3), 1, side='middle')", "np.searchsorted(np.arange(3), 1, 'middle')")
    for side in ("x", ""):  # NumPy 2 rejects "Right", "l" (1.24 read the first letter): test/api/sorting.test.ts
        yield case(f"sorting/searchsorted-side-{side or 'empty'}", f"np.searchsorted(np.arange(3), 1, side='{side}')", f"np.searchsorted(np.arange(3), 1, '{side}')")
    yield case("sorting/searchsorted-side-int", "np.searchsorted(np.arange(3), 1, side=1)", "np.searchsorted(np.arange(3), 1, {side: 1})")
    yield case("sorting/searchsorted-2d-error", "np.searchsorted(np.zeros((2, 2)), 1)", "np.searchsorted(np.zeros([2, 2]), 1)")
    yield case("sorting/searchsorted-0d-error", "np.searchsorted(np.array(3), 1)", "np.searchsorted(np.array(3), 1)")
    yield case("sorting/searchsorted-sorter-size", "np.searchsorted(np.arange(3), 1, sorter=[0, 1])", "np.searchsorted(np.arange(3), 1, {sorter: [0, 1]})")
    yield case("sorting/searchsorted-sorter-range", "np.searchsorted(np.arange(3), 1, sorter=[0, 1, 3])", "np.searchsorted(np.arange(3), 1, {sorter: [0, 1, 3]})")
    yield case("sorting/searchsorted-sorter-negative", "np.searchsorted(np.arange(3), [1, 2], sorter=[0, 1, -1])", "np.searchsorted(np.arange(3), [1, 2], {sorter: [0, 1, -1]})")
    yield case("sorting/searchsorted-sorter-read", "np.searchsorted(np.arange(3), [1, 2, 0], sorter=[0, 1, 7])", "np.searchsorted(np.arange(3), [1, 2, 0], {sorter: [0, 1, 7]})")
    yield case("sorting/searchsorted-sorter-2d", "np.searchsorted(np.arange(3), 1, sorter=[[0, 1, 2]])", "np.searchsorted(np.arange(3), 1, {sorter: [[0, 1, 2]]})")
    yield case("sorting/searchsorted-sorter-0d", "np.searchsorted(np.arange(3), 1, sorter=np.array(0))", "np.searchsorted(np.arange(3), 1, {sorter: np.array(0)})")
    yield case("sorting/axis-float", "np.sort([3, 1], axis=1.5)", "np.sort([3, 1], {axis: 1.5})")
    yield case("sorting/axis-float-method", "np.array([3, 1]).sort(axis=1.5)", "np.array([3, 1]).sort(1.5)")
    yield case("sorting/axis-float-argsort", "np.argsort([3, 1], axis=1.5)", "np.argsort([3, 1], 1.5)")
    yield case("sorting/searchsorted-sorter-float", "np.searchsorted(np.arange(3), 1, sorter=np.array([0.0, 1, 2]))", "np.searchsorted(np.arange(3), 1, {sorter: np.array([0, 1, 2], 'float64')})")

    # unique (axis=None): values, first indices, inverse, counts; NaNs; every dtype.
    for c in ORDER:
        name = NAMES[c]
        t = lit(ties(c, 50, rng))
        x = values(c, 30, rng)
        # Which of -0.0 and 0.0 stands for both is NumPy's sort order among equal elements: 1.24
        # keeps its quicksort's pick, NumPy 2 and ndts the first (test/api/sorting.test.ts).
        x = lit(np.where(x == 0, np.zeros_like(x), x) if x.dtype.kind in "fc" else x)
        yield case(f"sorting/unique-{name}", f"np.unique({x})", f"np.unique({x})", print=True)
        yield case(f"sorting/unique-ties-{name}", f"np.unique({t})", f"np.unique({t})")
        yield case(f"sorting/unique-all-{name}", f"np.unique({t}, True, True, True)", f"np.unique({t}, true, true, true)")
        yield case(f"sorting/unique-counts-{name}", f"np.unique({t}, return_counts=True)", f"np.unique({t}, {{return_counts: true}})")
        yield case(f"sorting/unique-index-{name}", f"np.unique({x}, return_index=True)", f"np.unique({x}, {{return_index: true}})")
        yield case(f"sorting/unique-nonequal-nan-{name}", f"np.unique({t}, return_counts=True, equal_nan=False)", f"np.unique({t}, {{return_counts: true, equal_nan: false}})")
    yield case("sorting/unique-2d", "np.unique([[3, 1], [1, 2]])", "np.unique([[3, 1], [1, 2]])")
    yield case("sorting/unique-empty", "np.unique(np.zeros(0), True, True, True)", "np.unique(np.zeros(0), true, true, true)")
    yield case("sorting/unique-0d", "np.unique(np.array(5))", "np.unique(np.array(5))")
    yield case("sorting/unique-nan-first-index", "np.unique(np.array([np.nan, 1.0, np.nan, 1.0, -0.0, 0.0]), return_index=True, return_counts=True)",
               "np.unique(np.array([NaN, 1, NaN, 1, -0, 0]), {return_index: true, return_counts: true})")
    yield case("sorting/unique-int64-big", f"np.unique({lit(np.array([2**53 + 1, 2**53, 2**53 + 1, -2**63, 2**63 - 1], np.int64))}, return_counts=True)",
               f"np.unique({lit(np.array([2**53 + 1, 2**53, 2**53 + 1, -2**63, 2**63 - 1], np.int64))}, {{return_counts: true}})")
    yield case("sorting/unique-complex-nan", "np.unique(np.array([complex(np.nan, 1), complex(1, np.nan), 1 + 0j, complex(np.nan, np.nan), 1 + 0j]), return_counts=True)",
               "np.unique(np.array([{re: NaN, im: 1}, {re: 1, im: NaN}, {re: 1, im: 0}, {re: NaN, im: NaN}, {re: 1, im: 0}]), {return_counts: true})")
    # unique along an axis: lexicographic slices, every dtype, 2-d and 3-d.
    for c in ORDER:
        name = NAMES[c]
        rows = ties(c, 8, rng)
        m = lit(np.concatenate([rows, rows[::-1], rows, ties(c, 8, rng)]).reshape(4, 8).T.copy())
        yield case(f"sorting/unique-axis0-{name}", f"np.unique({m}, True, True, True, 0)", f"np.unique({m}, true, true, true, 0)")
        yield case(f"sorting/unique-axis1-{name}", f"np.unique({m}, return_counts=True, axis=1)", f"np.unique({m}, {{return_counts: true, axis: 1}})")
    t3 = lit(np.random.default_rng(5).integers(0, 2, (3, 4, 2)))
    for ax in (0, 1, 2, -1):
        yield case(f"sorting/unique-3d-axis{ax}", f"np.unique({t3}, return_inverse=True, axis={ax})", f"np.unique({t3}, {{return_inverse: true, axis: {ax}}})", print=True)
    yield case("sorting/unique-axis-error", "np.unique(np.zeros((2, 2)), axis=2)", "np.unique(np.zeros([2, 2]), {axis: 2})")
