"""Set routines (intersect1d, union1d, setdiff1d, setxor1d), partition/argpartition, lexsort,
sort_complex, nanmedian/nanquantile/nanpercentile, packbits/unpackbits, histogram's bin
estimators, histogram_bin_edges, histogram2d/histogramdd, cumulative_sum/cumulative_prod and
common_type/mintypecode/typename: random inputs across dtypes, shapes and axes, NaN handling,
and NumPy's errors.

partition and argpartition: NumPy leaves the order inside the parts unspecified (and its order
depends on the CPU), so those cases compare what NumPy guarantees: the elements at the kth
positions exactly and each part between them as a sorted set.

cumulative_sum/cumulative_prod are NumPy 2 functions: where the generator's NumPy lacks them
the Python side evaluates NumPy 2's documented definition (np.cumsum/np.cumprod with the
identity prepended), and under NumPy 2 the real function (compare_numpy2.py checks both agree).
"""
import numpy as np

from golden import case, lit
from families.ufuncs import NAMES, ORDER, values

REAL = "?bBhHiIlLfd"


def pool(c, n, rng, k=8):
    """n values of dtype char c drawn from k distinct values (ties and overlaps), NaN for floats."""
    v = rng.integers(-k // 2, k // 2, n)
    if c == "?":
        return v % 2 == 1
    dt = np.dtype(c)
    if dt.kind == "u":
        v = v + k
    if dt.kind == "c":
        return (v + 1j * rng.integers(0, 2, n)).astype(dt)
    out = (v / 2).astype(dt) if dt.kind == "f" else v.astype(dt)
    if dt.kind == "f":
        out[rng.random(n) < 0.15] = np.nan
    return out


def set_cases(rng):
    for c in ORDER:
        name = NAMES[c]
        a, b = lit(pool(c, 13, rng)), lit(pool(c, 9, rng).reshape(3, 3))
        yield case(f"setops/intersect1d-{name}", f"np.intersect1d({a}, {b})")
        yield case(f"setops/intersect1d-indices-{name}", f"np.intersect1d({a}, {b}, return_indices=True)",
                   f"np.intersect1d({a}, {b}, {{return_indices: true}})")
        yield case(f"setops/union1d-{name}", f"np.union1d({a}, {b})", print=True)
        yield case(f"setops/setdiff1d-{name}", f"np.setdiff1d({a}, {b})")
        yield case(f"setops/setdiff1d-rev-{name}", f"np.setdiff1d({b}, {a})")
        yield case(f"setops/setxor1d-{name}", f"np.setxor1d({a}, {b})")
        ua, ub = lit(np.unique(pool(c, 13, rng))[::-1].copy()), lit(np.unique(pool(c, 9, rng)))
        yield case(f"setops/intersect1d-unique-{name}", f"np.intersect1d({ua}, {ub}, True)", f"np.intersect1d({ua}, {ub}, true)")
        yield case(f"setops/intersect1d-unique-indices-{name}", f"np.intersect1d({ua}, {ub}, True, True)", f"np.intersect1d({ua}, {ub}, true, true)")
        yield case(f"setops/setdiff1d-unique-{name}", f"np.setdiff1d({ua}, {ub}, assume_unique=True)", f"np.setdiff1d({ua}, {ub}, {{assume_unique: true}})")
        yield case(f"setops/setxor1d-unique-{name}", f"np.setxor1d({ua}, {ub}, True)", f"np.setxor1d({ua}, {ub}, true)")
    # mixed dtypes promote as np.concatenate does; lists are arrays, not weak scalars
    for c1, c2 in (("b", "B"), ("h", "f"), ("l", "d"), ("B", "?"), ("i", "D"), ("L", "B")):
        a, b = lit(pool(c1, 10, rng)), lit(pool(c2, 10, rng))
        for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
            yield case(f"setops/{fn}-{NAMES[c1]}-{NAMES[c2]}", f"np.{fn}({a}, {b})")
    yield case("setops/union1d-int8-list", f"np.union1d({lit(np.array([1, 2], np.int8))}, [300])")
    yield case("setops/intersect1d-int8-floats", f"np.intersect1d({lit(np.array([1, 2], np.int8))}, [1.5, 2.0])",
               f"np.intersect1d({lit(np.array([1, 2], np.int8))}, [1.5, 2])")
    e = lit(np.array([], np.float64))
    for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        yield case(f"setops/{fn}-empty", f"np.{fn}({e}, {e})")
        yield case(f"setops/{fn}-empty-left", f"np.{fn}({e}, {lit(pool('d', 5, rng))})")
    nan = lit(np.array([np.nan, 1.0, np.nan]))
    for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        yield case(f"setops/{fn}-nan", f"np.{fn}({nan}, {nan})")
        yield case(f"setops/{fn}-nan-2d", f"np.{fn}({nan}.reshape(1, 3), {nan}[::-1])", f"np.{fn}({nan}.reshape(1, 3), {nan}.get('::-1'))")
        if fn != "union1d":
            yield case(f"setops/{fn}-nan-unique", f"np.{fn}({nan}, {nan}, True)", f"np.{fn}({nan}, {nan}, true)")
    # complex NaNs: NumPy 2's unique keeps one of them
    ca = lit(np.array([complex(1, np.nan), complex(np.nan, 0), 2, complex(np.nan, np.nan), 1]))
    cb = lit(np.array([complex(np.nan, 1), 1]))
    for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        yield case(f"setops/{fn}-complex-nan", f"np.{fn}({ca}, {cb})", print=True)
    # strided and reversed views (their own generator: the cases above keep their inputs)
    v = lit(pool("l", 24, np.random.default_rng(101)).reshape(4, 6))
    for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        yield case(f"setops/{fn}-views", f"np.{fn}({v}[::2, ::-1], {v}.T[1::2])", f"np.{fn}({v}.get('::2', '::-1'), {v}.T.get('1::2'))")
    yield case("setops/intersect1d-views-indices", f"np.intersect1d({v}[::-1], {v}[:, ::3], return_indices=True)",
               f"np.intersect1d({v}.get('::-1'), {v}.get(':', '::3'), {{return_indices: true}})")
    yield case("setops/intersect1d-bad-kw", "np.intersect1d([1], [1], foo=1)", "np.intersect1d([1], [1], {foo: 1})")


def parts_py(res, kths, n, axis):
    ks = sorted({k % n for k in kths})
    bounds = [0] + [x for k in ks for x in (k, k + 1)] + [n]
    segs = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2) if bounds[i + 1] > bounds[i]]
    py = (f"(lambda r: [np.take(r, {ks}, axis={axis})] + "
          f"[np.sort(np.take(r, np.arange(lo, hi), axis={axis}), axis={axis}) for lo, hi in {segs}])({res[0]})")
    js = (f"(r => [np.take(r, {ks}, {axis}), ...{[list(s) for s in segs]}.map(([lo, hi]) => "
          f"np.sort(np.take(r, np.arange(lo, hi), {axis}), {axis}))])({res[1]})")
    return py, js


def partition_data(c, shape, rng):
    v = pool(c, int(np.prod(shape)), rng, k=6)
    if v.dtype.kind == "f":
        v = np.where(rng.random(v.size) < 0.5, v, (rng.standard_normal(v.size) * 5).astype(v.dtype))
    return v.reshape(shape)


def partition_cases(rng):
    for c in ORDER:
        name = NAMES[c]
        for shape, axis, kth in (((15,), -1, 4), ((15,), 0, [0, 7, -1]), ((4, 9), 1, -3), ((4, 9), 0, [1, 2]),
                                 ((3, 4, 5), 1, [3, 0]), ((4, 9), None, [5, 30]), ((2, 6), -2, 1)):
            x = partition_data(c, shape, rng)
            lx = lit(x)
            n = x.size if axis is None else x.shape[axis]
            ax = 0 if axis is None else axis
            pa, ja = ("None", "null") if axis is None else (axis, axis)
            py, js = parts_py((f"np.partition({lx}, {kth}, {pa})", f"np.partition({lx}, {kth}, {ja})"),
                              kth if isinstance(kth, list) else [kth], n, ax)
            tag = f"{name}-{'x'.join(map(str, shape))}-{pa}"
            yield case(f"setops/partition-{tag}", py, js)
            flat = f"{lx}.ravel()" if axis is None else lx
            gather_py = f"np.take_along_axis({flat}, np.argpartition({lx}, {kth}, {pa}), {ax})"
            gather_js = f"np.take_along_axis({flat}, np.argpartition({lx}, {kth}, {ja}), {ax})"
            py, js = parts_py((gather_py, gather_js), kth if isinstance(kth, list) else [kth], n, ax)
            yield case(f"setops/argpartition-{tag}", py, js)
            yield case(f"setops/argpartition-perm-{tag}", f"np.sort(np.argpartition({lx}, {kth}, {pa}), {ax})",
                       f"np.sort(np.argpartition({lx}, {kth}, {ja}), {ax})")
        m = lit(partition_data(c, (3, 7), rng))
        py, js = parts_py((f"(lambda a: (a.partition(2, axis=0), a)[1])({m})", f"(a => (a.partition(2, {{axis: 0}}), a))({m})"), [2], 3, 0)
        yield case(f"setops/partition-method-{name}", py, js)
        py, js = parts_py((f"np.take_along_axis({m}, {m}.argpartition(-2), -1)", f"np.take_along_axis({m}, {m}.argpartition(-2), -1)"), [-2], 7, -1)
        yield case(f"setops/argpartition-method-{name}", py, js)
    x = lit(np.array([3, 1, 2]))
    for tag, k, kj in (("oob", "3", "3"), ("neg-oob", "-4", "-4"), ("list-oob", "[0, 5]", "[0, 5]"), ("float", "1.5", "1.5"),
                       ("empty", "[]", "[]"), ("2d", "np.array([[0, 1]])", "np.array([[0, 1]])")):
        yield case(f"setops/partition-err-{tag}", f"np.partition({x}, {k})", f"np.partition({x}, {kj})")
        yield case(f"setops/argpartition-err-{tag}", f"np.argpartition({x}, {k})", f"np.argpartition({x}, {kj})")
    yield case("setops/partition-err-kind", f"np.partition({x}, 1, kind='quicksort')", f"np.partition({x}, 1, {{kind: 'quicksort'}})")
    yield case("setops/partition-err-order", f"np.partition({x}, 1, order='f')", f"np.partition({x}, 1, {{order: 'f'}})")
    yield case("setops/partition-err-axis", f"np.partition({x}, 1, 1)", f"np.partition({x}, 1, 1)")
    yield case("setops/partition-err-0d", "np.partition(np.array(5), 0)", "np.partition(np.array(5), 0)")
    yield case("setops/partition-0d-flat", "np.partition(np.array(5), 0, axis=None)", "np.partition(np.array(5), 0, null)")
    yield case("setops/partition-empty", "np.partition(np.zeros((0, 3)), 5, axis=1)", "np.partition(np.zeros([0, 3]), 5, 1)")


def lexsort_cases(rng):
    for c1, c2, c3 in (("l", "d", "?"), ("f", "b", "H"), ("d", "d", "d"), ("D", "i", "B"), ("L", "l", "f")):
        k1, k2, k3 = (lit(pool(c, 20, rng, k=4)) for c in (c1, c2, c3))
        tag = f"{NAMES[c1]}-{NAMES[c2]}-{NAMES[c3]}"
        yield case(f"setops/lexsort-{tag}", f"np.lexsort(({k1}, {k2}, {k3}))", f"np.lexsort([{k1}, {k2}, {k3}])")
        yield case(f"setops/lexsort-one-{tag}", f"np.lexsort(({k2},))", f"np.lexsort([{k2}])")
    m = lit(pool("l", 24, rng, k=3).reshape(2, 3, 4))
    for ax in (0, 1, -1):
        yield case(f"setops/lexsort-2d-keys-axis{ax}", f"np.lexsort({m}, axis={ax})", f"np.lexsort({m}, {ax})")
    rows = lit(pool("d", 18, rng, k=3).reshape(3, 6))
    yield case("setops/lexsort-array-rows", f"np.lexsort({rows})", f"np.lexsort({rows})")
    yield case("setops/lexsort-err-shape", "np.lexsort([[1, 2], [3]])", "np.lexsort([[1, 2], [3]])")
    yield case("setops/lexsort-err-empty", "np.lexsort([])", "np.lexsort([])")
    yield case("setops/lexsort-err-axis", "np.lexsort([[1, 2], [3, 4]], axis=2)", "np.lexsort([[1, 2], [3, 4]], 2)")
    for c in ORDER:
        v = lit(pool(c, 12, rng).reshape(3, 4))
        yield case(f"setops/sort_complex-{NAMES[c]}", f"np.sort_complex({v})", print=True)


def nan_data(c, shape, rng, frac=0.3):
    x = (rng.standard_normal(shape) * 10).astype(c)
    x[rng.random(shape) < frac] = np.nan
    return x


QMETHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
            "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]


def nanquantile_cases(rng):
    for c in "df":
        name = NAMES[c]
        x = nan_data(c, (5, 7), rng)
        x[2] = np.nan  # an all-NaN lane along axis 1
        lx = lit(x)
        for ax, jax in (("None", "null"), ("0", "0"), ("1", "1"), ("(0, 1)", "[0, 1]"), ("-1", "-1")):
            yield case(f"setops/nanmedian-{name}-axis{ax}", f"np.nanmedian({lx}, {ax})", f"np.nanmedian({lx}, {jax})")
            yield case(f"setops/nanmedian-keepdims-{name}-axis{ax}", f"np.nanmedian({lx}, {ax}, keepdims=True)", f"np.nanmedian({lx}, {jax}, {{keepdims: true}})")
            yield case(f"setops/nanquantile-{name}-axis{ax}", f"np.nanquantile({lx}, [0.1, 0.5, 0.77], {ax})", f"np.nanquantile({lx}, [0.1, 0.5, 0.77], {jax})")
            yield case(f"setops/nanpercentile-{name}-axis{ax}", f"np.nanpercentile({lx}, 33, {ax}, keepdims=True)", f"np.nanpercentile({lx}, 33, {jax}, {{keepdims: true}})")
        for m in QMETHODS:
            y = lit(nan_data(c, (4, 11), rng))
            yield case(f"setops/nanquantile-{name}-{m}", f"np.nanquantile({y}, [0, 0.2, 0.5, 0.9, 1], axis=1, method='{m}')",
                       f"np.nanquantile({y}, [0, 0.2, 0.5, 0.9, 1], {{axis: 1, method: '{m}'}})")
            yield case(f"setops/nanpercentile-{name}-{m}", f"np.nanpercentile({y}, 37.5, method='{m}')", f"np.nanpercentile({y}, 37.5, {{method: '{m}'}})")
        z = lit(nan_data(c, (3, 4), rng))
        yield case(f"setops/nanmedian-out-{name}", f"(lambda o: (np.nanmedian({z}, 0, o), o)[1])(np.zeros(4, 'float32'))",
                   f"(o => (np.nanmedian({z}, 0, o), o))(np.zeros(4, 'float32'))")
        yield case(f"setops/nanquantile-allnan-{name}", f"np.nanquantile(np.full(3, np.nan, '{name}'), 0.5)", f"np.nanquantile(np.full(3, NaN, '{name}'), 0.5)")
    for c in "bhlBd":
        v = lit(values(c, 21, rng, special=False).reshape(3, 7))
        yield case(f"setops/nanmedian-{NAMES[c]}", f"np.nanmedian({v}, 1)", f"np.nanmedian({v}, 1)")
        yield case(f"setops/nanquantile-{NAMES[c]}", f"np.nanquantile({v}, [0.25, 0.5], 0)", f"np.nanquantile({v}, [0.25, 0.5], 0)")
    yield case("setops/nanquantile-err-range", "np.nanquantile([1.0, 2.0], 1.5)", "np.nanquantile([1, 2], 1.5)")
    yield case("setops/nanpercentile-err-range", "np.nanpercentile([1.0, 2.0], 150)", "np.nanpercentile([1, 2], 150)")
    yield case("setops/nanquantile-err-method", "np.nanquantile([1.0, 2.0], 0.5, method='foo')", "np.nanquantile([1, 2], 0.5, {method: 'foo'})")
    yield case("setops/nanquantile-err-complex", "np.nanquantile([1j], 0.5)", "np.nanquantile([{re: 0, im: 1}], 0.5)")


def bits_cases(rng):
    for c in "?bBhlL":
        x = values(c, 60, rng, special=False)
        x = np.where(rng.random(60) < 0.5, np.zeros_like(x), x)
        for shape, axis, jaxis in (((60,), "None", "null"), ((5, 12), "None", "null"), ((5, 12), "0", "0"), ((5, 12), "1", "1"), ((3, 4, 5), "-1", "-1"), ((3, 4, 5), "1", "1")):
            lx = lit(x.reshape(shape))
            tag = f"{NAMES[c]}-{'x'.join(map(str, shape))}-{axis}"
            yield case(f"setops/packbits-{tag}", f"np.packbits({lx}, {axis})", f"np.packbits({lx}, {jaxis})")
            yield case(f"setops/packbits-little-{tag}", f"np.packbits({lx}, {axis}, bitorder='little')", f"np.packbits({lx}, {jaxis}, 'little')")
    for shape in ((9,), (3, 5), (2, 3, 2)):
        u = lit(rng.integers(0, 256, shape).astype(np.uint8))
        tag = "x".join(map(str, shape))
        yield case(f"setops/unpackbits-{tag}", f"np.unpackbits({u})", print=True)
        for ax in range(len(shape)):
            yield case(f"setops/unpackbits-{tag}-axis{ax}", f"np.unpackbits({u}, {ax})")
            for count in (0, 3, -5, 11, 8 * shape[ax] + 4):
                yield case(f"setops/unpackbits-{tag}-axis{ax}-count{count}", f"np.unpackbits({u}, {ax}, {count}, bitorder='little')",
                           f"np.unpackbits({u}, {ax}, {count}, 'little')")
    vrng = np.random.default_rng(102)
    bv = lit(vrng.integers(0, 3, (6, 10)).astype(np.int16))
    yield case("setops/packbits-view", f"np.packbits({bv}[::-2, 1::2], 0)", f"np.packbits({bv}.get('::-2', '1::2'), 0)")
    uv = lit(vrng.integers(0, 256, (4, 6)).astype(np.uint8))
    yield case("setops/unpackbits-view", f"np.unpackbits({uv}.T[::2], 1, 13)", f"np.unpackbits({uv}.T.get('::2'), 1, 13)")
    yield case("setops/packbits-roundtrip", "np.unpackbits(np.packbits(np.arange(21) % 3 == 0), count=21)",
               "np.unpackbits(np.packbits(np.arange(21).remainder(3).equal(0)), {count: 21})")
    yield case("setops/packbits-err-float", "np.packbits([1.0, 0.5])", "np.packbits([1, 0.5])")
    yield case("setops/packbits-err-order", "np.packbits([1], bitorder='middle')", "np.packbits([1], {bitorder: 'middle'})")
    yield case("setops/packbits-err-axis", "np.packbits([1], axis=2)", "np.packbits([1], 2)")
    yield case("setops/unpackbits-err-dtype", "np.unpackbits(np.array([1], np.int16))", "np.unpackbits(np.array([1], 'int16'))")
    yield case("setops/unpackbits-err-count", "np.unpackbits(np.array([3], np.uint8), count=-10)", "np.unpackbits(np.array([3], 'uint8'), {count: -10})")


ESTIMATORS = ["auto", "fd", "doane", "scott", "stone", "rice", "sturges", "sqrt"]


def histogram_cases(rng):
    data = {
        "normal": rng.standard_normal(200),
        "small": rng.standard_normal(7) * 3,
        "skewed": rng.exponential(2.0, 300),
        "ints": rng.integers(-50, 50, 120),
        "int8": rng.integers(-100, 100, 40).astype(np.int8),
        "f32": (rng.standard_normal(150) * 4).astype(np.float32),
        "uniform": rng.random(1000),
        "ties": np.repeat(rng.standard_normal(5), 30),
        "one": np.array([2.5]),
        "const": np.full(9, 4.0),
    }
    for dname, x in data.items():
        lx = lit(x)
        for est in ESTIMATORS:
            yield case(f"setops/histogram-{est}-{dname}", f"np.histogram({lx}, '{est}')")
            yield case(f"setops/bin_edges-{est}-{dname}-range", f"np.histogram_bin_edges({lx}, '{est}', (-1.5, 2.25))",
                       f"np.histogram_bin_edges({lx}, '{est}', [-1.5, 2.25])")
        yield case(f"setops/histogram-int-bins-{dname}", f"np.histogram({lx}, 7)")
        yield case(f"setops/histogram-density-{dname}", f"np.histogram({lx}, 5, density=True)", f"np.histogram({lx}, 5, {{density: true}})")
    # given edges with weights: NumPy's cumulative sums at the edges (and their rounding)
    x = rng.standard_normal(300)
    w = rng.random(300)
    edges = np.sort(rng.standard_normal(9))
    for wdt in ("float64", "float32", "int8", "int64"):
        lw = lit((w * 10).astype(wdt))
        yield case(f"setops/histogram-weights-edges-{wdt}", f"np.histogram({lit(x)}, {lit(edges)}, weights={lw})",
                   f"np.histogram({lit(x)}, {lit(edges)}, {{weights: {lw}}})")
        yield case(f"setops/histogram-weights-uniform-{wdt}", f"np.histogram({lit(x)}, 6, (-2.5, 2.5), weights={lw})",
                   f"np.histogram({lit(x)}, 6, [-2.5, 2.5], {{weights: {lw}}})")
    cw = lit(w + 1j * w[::-1])
    yield case("setops/histogram-weights-density", f"np.histogram({lit(x)}, {lit(edges)}, weights={lit(w)}, density=True)",
               f"np.histogram({lit(x)}, {lit(edges)}, {{weights: {lit(w)}, density: true}})")
    yield case("setops/histogram-view", f"np.histogram({lit(x.reshape(20, 15))}[::-3, 2::4], 'auto')", f"np.histogram({lit(x.reshape(20, 15))}.get('::-3', '2::4'), 'auto')")
    yield case("setops/histogram-weights-complex", f"np.histogram({lit(x)}, 4, weights={cw})", f"np.histogram({lit(x)}, 4, {{weights: {cw}}})")
    # more than one block of 65536 values (weighted sums per block, as NumPy)
    n = 70000
    py = f"((np.arange({n}) * 2654435761 % 1000003) / 7)"
    js = f"np.arange({n}).multiply(2654435761).remainder(1000003).divide(7)"
    wpy, wjs = f"(np.arange({n}) % 13 / 10)", f"np.arange({n}).remainder(13).divide(10)"
    yield case("setops/histogram-blocks-uniform", f"np.histogram({py}, 9, weights={wpy})", f"np.histogram({js}, 9, {{weights: {wjs}}})")
    yield case("setops/histogram-blocks-edges", f"np.histogram({py}, [0, 1e3, 5e4, 1e5, 1.5e5], weights={wpy})",
               f"np.histogram({js}, np.array([0, 1e3, 5e4, 1e5, 1.5e5], 'float64'), {{weights: {wjs}}})")
    yield case("setops/histogram-blocks-auto", f"np.histogram_bin_edges({py}, 'auto')", f"np.histogram_bin_edges({js}, 'auto')")
    yield case("setops/histogram-err-estimator", "np.histogram([1, 2, 3], 'foo')", "np.histogram([1, 2, 3], 'foo')")
    yield case("setops/histogram-err-weighted-estimator", "np.histogram([1, 2, 3], 'auto', weights=[1, 1, 1])",
               "np.histogram([1, 2, 3], 'auto', {weights: [1, 1, 1]})")
    yield case("setops/histogram-err-weights-shape", "np.histogram([[1, 2], [3, 4]], 2, weights=[1, 2, 3, 4])",
               "np.histogram([[1, 2], [3, 4]], 2, {weights: [1, 2, 3, 4]})")
    yield case("setops/histogram-err-bins-2d", "np.histogram([1, 2], [[1, 2]])", "np.histogram([1, 2], [[1, 2]])")
    yield case("setops/histogram-err-bins-float", "np.histogram([1, 2], 1.5)", "np.histogram([1, 2], 1.5)")
    yield case("setops/histogram-empty-auto", "np.histogram(np.array([], float), 'auto')", "np.histogram(np.array([], 'float64'), 'auto')")


def histdd_cases(rng):
    x, y = rng.standard_normal(50), rng.standard_normal(50) * 2
    lx, ly = lit(x), lit(y)
    w = lit(rng.random(50))
    yield case("setops/histogram2d-default", f"np.histogram2d({lx}, {ly})")
    yield case("setops/histogram2d-bins-pair", f"np.histogram2d({lx}, {ly}, [3, 5])")
    yield case("setops/histogram2d-edges", f"np.histogram2d({lx}, {ly}, [[-1, 0, 0.5, 2], [-3, 0, 3]])")
    yield case("setops/histogram2d-edges-shared", f"np.histogram2d({lx}, {ly}, [-2, -1, 0, 1, 2])")
    yield case("setops/histogram2d-range", f"np.histogram2d({lx}, {ly}, 4, [[-1, 1], [-2, 2]])")
    yield case("setops/histogram2d-range-none", f"np.histogram2d({lx}, {ly}, 4, [[-1, 1], None])", f"np.histogram2d({lx}, {ly}, 4, [[-1, 1], null])")
    yield case("setops/histogram2d-density", f"np.histogram2d({lx}, {ly}, (3, 4), density=True)", f"np.histogram2d({lx}, {ly}, [3, 4], {{density: true}})")
    yield case("setops/histogram2d-weights", f"np.histogram2d({lx}, {ly}, 3, weights={w})", f"np.histogram2d({lx}, {ly}, 3, {{weights: {w}}})")
    yield case("setops/histogram2d-f32", f"np.histogram2d({lit(x.astype(np.float32))}, {lit(y.astype(np.float32))}, 3)")
    yield case("setops/histogram2d-ints", f"np.histogram2d({lit(rng.integers(0, 9, 30))}, {lit(rng.integers(-5, 5, 30))}, 4)")
    yield case("setops/histogram2d-err-length", "np.histogram2d([1, 2], [1, 2, 3])")
    s = rng.standard_normal((40, 3))
    ls = lit(s)
    yield case("setops/histogramdd-default", f"np.histogramdd({ls})")
    yield case("setops/histogramdd-bins", f"np.histogramdd({ls}, (2, 3, 4))", f"np.histogramdd({ls}, [2, 3, 4])")
    yield case("setops/histogramdd-mixed-bins", f"np.histogramdd({ls}, [2, [-1, 0, 1], 3], [None, None, (-1, 1)], True)",
               f"np.histogramdd({ls}, [2, [-1, 0, 1], 3], [null, null, [-1, 1]], true)")
    lw40 = lit(rng.random(40))
    yield case("setops/histogramdd-weights", f"np.histogramdd({ls}, 3, weights={lw40})", f"np.histogramdd({ls}, 3, {{weights: {lw40}}})")
    yield case("setops/histogramdd-density-weights", f"np.histogramdd({ls}, (3, 2, 2), density=True, weights={lw40})",
               f"np.histogramdd({ls}, [3, 2, 2], {{density: true, weights: {lw40}}})")
    yield case("setops/histogramdd-view", f"np.histogramdd({ls}[::-2, ::2], 3)", f"np.histogramdd({ls}.get('::-2', '::2'), 3)")
    yield case("setops/histogramdd-f32", f"np.histogramdd({lit(s.astype(np.float32))}, 2)")
    yield case("setops/histogramdd-1d-list", "np.histogramdd([1, 2, 3, 3.5])")
    yield case("setops/histogramdd-list-of-coords", f"np.histogramdd([{lx}, {ly}], 3)")
    yield case("setops/histogramdd-const", "np.histogramdd(np.ones((4, 2)), 2)", "np.histogramdd(np.ones([4, 2]), 2)")
    for tag, py, js in (("bins-dim", "bins=[2, 2, 2]", "{bins: [2, 2, 2]}"), ("range-dim", "range=[(0, 1)]", "{range: [[0, 1]]}"),
                        ("bins-zero", "bins=0", "{bins: 0}"), ("bins-float", "bins=1.5", "{bins: 1.5}"),
                        ("bins-decreasing", "bins=[[2, 1], 3]", "{bins: [[2, 1], 3]}"), ("bins-2d", "bins=[[[2]], 3]", "{bins: [[[2]], 3]}"),
                        ("weights", "weights=[1, 2, 3]", "{weights: [1, 2, 3]}"), ("range-order", "range=[(1, 0), None]", "{range: [[1, 0], null]}")):
        yield case(f"setops/histogramdd-err-{tag}", f"np.histogramdd([[1, 2], [3, 4]], {py})", f"np.histogramdd([[1, 2], [3, 4]], {js})")
    yield case("setops/histogramdd-err-nan", "np.histogramdd([[1, np.nan], [3, 4]])", "np.histogramdd([[1, NaN], [3, 4]])")


def cumulative(fn, lx, shape, dtype, axis, include, jsopts):
    """NumPy 2's cumulative_* call, or its definition (np.cum* with the identity in front) on NumPy 1."""
    base = "cumsum" if fn == "cumulative_sum" else "cumprod"
    ident = 0 if fn == "cumulative_sum" else 1
    ax = 0 if axis is None else axis
    d = "None" if dtype is None else f"'{dtype}'"
    acc = f"np.{base}(np.atleast_1d({lx}), axis={ax}, dtype={d})"
    if include:
        s = list(shape) or [1]
        s[ax] = 1
        acc = f"(lambda c: np.concatenate([np.full({s}, {ident}, c.dtype), c], axis={ax}))({acc})"
    kw = f"axis={axis}, dtype={d}, include_initial={include}"
    return f"(np.{fn}({lx}, {kw}) if hasattr(np, '{fn}') else {acc})", f"np.{fn}({lx}, {jsopts})"


def cumulative_cases(rng):
    for c in ORDER:
        name = NAMES[c]
        x = values(c, 12, rng, special=False)
        # complex products are left out: NumPy 2 changed its complex multiplication, and 1.24 differs
        for fn in ("cumulative_sum", "cumulative_prod") if c not in "FD" else ("cumulative_sum",):
            if fn == "cumulative_prod" and c in "lLdD":
                x = np.where(np.abs(x) > 5, 1, x).astype(x.dtype)  # keep products in range
            for shape, axis in (((12,), None), ((3, 4), 0), ((3, 4), 1), ((2, 3, 2), -1), ((), None)):
                xs = x[:1].reshape(()) if shape == () else x.reshape(shape)
                lx = lit(xs)
                for include in (False, True):
                    jsax = "" if axis is None else f"axis: {axis}, "
                    py, js = cumulative(fn, lx, shape, None, axis, include, f"{{{jsax}include_initial: {'true' if include else 'false'}}}")
                    yield case(f"setops/{fn}-{name}-{'x'.join(map(str, shape)) or '0d'}-{axis}-{include}", py, js)
            py, js = cumulative(fn, lit(x), (12,), "float32", None, True, "{dtype: 'float32', include_initial: true}")
            yield case(f"setops/{fn}-{name}-dtype", py, js)


def dtype_helper_cases():
    arrays = {c: f"np.array([1], '{NAMES[c]}')" for c in ORDER}
    for a in "bBlLfdFD":
        for b in "hfdF":
            yield case(f"setops/common_type-{NAMES[a]}-{NAMES[b]}", f"np.dtype(np.common_type({arrays[a]}, {arrays[b]})).name",
                       f"np.common_type({arrays[a]}, {arrays[b]})")
    yield case("setops/common_type-bool", f"np.common_type({arrays['?']})", f"np.common_type({arrays['?']})")
    for chars in ("dF", "fd", "Ff", "ix", "", "GDfd", "bh", "fF", "?d"):
        yield case(f"setops/mintypecode-{chars or 'empty'}", f"np.mintypecode('{chars}')")
        yield case(f"setops/mintypecode-typeset-{chars or 'empty'}", f"np.mintypecode('{chars}', 'Ffd', 'l')")
    yield case("setops/mintypecode-list", f"np.mintypecode(['d', 'f', 'S', {arrays['F']}])", f"np.mintypecode(['d', 'f', 'S', {arrays['F']}])")
    for c in ["S1", "?", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "g", "F", "D", "G", "S", "U", "V", "O", "x"]:
        yield case(f"setops/typename-{c}", f"np.typename('{c}')")


def cases():
    rng = np.random.default_rng(20261203)
    yield from set_cases(rng)
    yield from partition_cases(rng)
    yield from lexsort_cases(rng)
    yield from nanquantile_cases(rng)
    yield from bits_cases(rng)
    yield from histogram_cases(rng)
    yield from histdd_cases(rng)
    yield from cumulative_cases(rng)
    yield from dtype_helper_cases()
