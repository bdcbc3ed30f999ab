"""Index tricks, selection helpers, type checks and the legacy polynomial API: np.mgrid, np.ogrid,
np.r_, np.c_, ndarray.flat, np.iterable, np.require, choose, putmask, fill_diagonal, piecewise,
apply_along_axis, apply_over_axes, iscomplex/isreal/iscomplexobj/isrealobj, isposinf/isneginf,
real_if_close, sinc, poly, roots, polyval, polyfit, polyadd/sub/mul/div, polyder, polyint and
poly1d, on seeded random inputs of several dtypes and shapes, with NumPy's errors.
"""
import numpy as np

from golden import case, lit

DTYPES = ["int8", "int32", "int64", "uint8", "float32", "float64", "complex64", "complex128", "bool"]


def rand(rng, dtype, shape):
    n = int(np.prod(shape))
    if dtype == "bool":
        v = rng.random(n) < 0.5
    elif dtype.startswith("int") or dtype.startswith("uint"):
        v = rng.integers(0 if dtype.startswith("u") else -20, 20, n)
    elif dtype.startswith("complex"):
        v = rng.normal(size=n) + 1j * rng.normal(size=n)
    else:
        v = rng.normal(size=n) * 3
    return np.asarray(v).astype(dtype).reshape(shape)


def grids():
    for key, js in [
        ("0:5, 0:3", '"0:5", "0:3"'),
        ("-1:1:5j, 0:1:0.25", '"-1:1:5j", "0:1:0.25"'),
        ("0:4:2, 1:3, -2:2:3j", '"0:4:2", "1:3", "-2:2:3j"'),
        ("0:1:0.3, 5:2:-1", '"0:1:0.3", "5:2:-1"'),
        ("0:3.0, :2", '"0:3.0", ":2"'),
        ("-1:1:5j", '"-1:1:5j"'),
        ("0:5.0", '"0:5.0"'),
        ("3:0", '"3:0"'),
        ("0:1:1j", '"0:1:1j"'),
        ("2:7:2", '"2:7:2"'),
        ("0:2, 3:0", '"0:2", "3:0"'),
        ("0:3:0", '"0:3:0"'),
        ("0:1:0.1, -0.3:0.3:0.1", '"0:1:0.1", "-0.3:0.3:0.1"'),
        ("1e-3:2.5e-2:7j, .5:2.", '"1e-3:2.5e-2:7j", ".5:2."'),
        ("10:-10:-3, 0:2:1J", '"10:-10:-3", "0:2:1J"'),
        ("0:1:0.1", '"0:1:0.1"'),
        ("-3:3:7j", '"-3:3:7j"'),
    ]:
        for name in ("mgrid", "ogrid"):
            yield case(f"idxtricks/{name}[{key}]", f"np.{name}[{key}]", f"np.{name}.get({js})")


def concatenators(rng):
    a8 = lit(rand(rng, "int8", (3,)))
    f32 = lit(rand(rng, "float32", (4,)))
    m = lit(rand(rng, "float64", (2, 3)))
    m2 = lit(rand(rng, "int32", (2, 2)))
    c = lit(rand(rng, "complex128", (2,)))
    for py, js in [
        ("np.r_[[1, 2], 0, [4, 5]]", "np.r_.get([1, 2], 0, [4, 5])"),
        ("np.r_[1:4, [7.5]]", 'np.r_.get("1:4", [7.5])'),
        ("np.r_[-1:1:5j]", 'np.r_.get("-1:1:5j")'),
        ("np.r_[0:1:0.25, 2]", 'np.r_.get("0:1:0.25", 2)'),
        ("np.r_[0:1:0.1, 10:0:-3.5]", 'np.r_.get("0:1:0.1", "10:0:-3.5")'),
        ("np.c_[-1:1:4j, 0:8:2]", 'np.c_.get("-1:1:4j", "0:8:2")'),
        (f"np.r_[{a8}, 3, {a8}]", f"np.r_.get({a8}, 3, {a8})"),
        (f"np.r_[{a8}, 2.5]", f"np.r_.get({a8}, 2.5)"),
        (f"np.r_[{f32}, 2.5, {a8}]", f"np.r_.get({f32}, 2.5, {a8})"),
        (f"np.r_[{c}, 1, True]", f"np.r_.get({c}, 1, true)"),
        (f"np.r_['0,2', {f32}, {f32}]", f"np.r_.get('0,2', {f32}, {f32})"),
        (f"np.r_['0,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_.get('0,2,0', [1, 2, 3], [4, 5, 6])"),
        (f"np.r_['1,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_.get('1,2,0', [1, 2, 3], [4, 5, 6])"),
        (f"np.r_['0,3,-1', {m}, {m}]", f"np.r_.get('0,3,-1', {m}, {m})"),
        (f"np.r_['-1', {m}, {m2}[:, :1]]", f"np.r_.get('-1', {m}, {m2}.get(':', ':1'))"),
        (f"np.r_['1', {m2}, {m2}]", f"np.r_.get('1', {m2}, {m2})"),
        (f"np.r_[{m}, {m}]", f"np.r_.get({m}, {m})"),
        ("np.c_[[1, 2, 3], [4, 5, 6]]", "np.c_.get([1, 2, 3], [4, 5, 6])"),
        (f"np.c_[{m}.T, {m2}[0], 7]", f"np.c_.get({m}.T, {m2}.get(0), 7)"),
        ("np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]", "np.c_.get(np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]]))"),
        ("np.c_[1:3]", 'np.c_.get("1:3")'),
        ("np.c_[0:1:3j, [1, 2, 3]]", 'np.c_.get("0:1:3j", [1, 2, 3])'),
        ("np.r_['a,b', 1]", "np.r_.get('a,b', 1)"),
        ("np.r_['x', 1]", "np.r_.get('x', 1)"),
        ("np.r_[1, '0']", "np.r_.get(1, '0')"),
        ("np.r_[()]", "np.r_.get()"),
    ]:
        yield case(f"idxtricks/concat {py[:70]}", py, js)


def flat(rng):
    for dt in ("int16", "float32", "complex128", "bool"):
        a = lit(rand(rng, dt, (3, 4)))
        for py, js in [
            ("X.T.flat[5]", "X.T.flat.get(5)"),
            ("X.T.flat[-1]", "X.T.flat.get(-1)"),
            ("X.T.flat[1:10:3]", "X.T.flat.get('1:10:3')"),
            ("X.T.flat[::-1]", "X.T.flat.get('::-1')"),
            ("X.T.flat[[0, 11, -2, 3]]", "X.T.flat.get([0, 11, -2, 3])"),
            ("X.T.flat[np.array([[1, 2], [3, 4]])]", "X.T.flat.get(np.array([[1, 2], [3, 4]]))"),
            ("X.T.flat[np.arange(12) % 3 == 0]", "X.T.flat.get(np.equal(np.remainder(np.arange(12), 3), 0))"),
            ("X.T.flat[...]", "X.T.flat.get('...')"),
            ("X.T.flat.copy()", "X.T.flat.copy()"),
            ("X[::2, 1:].flat.copy()", "X.get('::2', '1:').flat.copy()"),
            ("X[::-1, ::2].flat[[1, 3]]", "X.get('::-1', '::2').flat.get([1, 3])"),
            ("X.T.flat.base.shape", "X.T.flat.base.shape"),
            ("list(X.T.flat)", "[...X.T.flat]"),
        ]:
            yield case(f"idxtricks/flat-{dt}-{py}", py.replace("X", a), js.replace("X", a))
        for py, js in [
            ("a.flat.__setitem__(slice(None, None, 2), [1, 0])", "a.flat.set('::2', [1, 0])"),
            ("a.flat.__setitem__([0, 5, 7], 1)", "a.flat.set([0, 5, 7], 1)"),
            ("a.flat.__setitem__(4, 1)", "a.flat.set(4, 1)"),
            ("a.flat.__setitem__(np.arange(12) > 6, [1, 0, 1])", "a.flat.set(np.greater(np.arange(12), 6), [1, 0, 1])"),
            ("setattr(a, 'flat', [1, 0, 0])", "(a.flat = [1, 0, 0])"),
        ]:
            yield case(f"idxtricks/flat-set-{dt}-{py}", f"(lambda a: ({py}, a)[1])({a}.T)", f"(a => ({js}, a))({a}.T)")
    a = lit(rand(rng, "int64", (2, 3)))
    yield case("idxtricks/flat-len", f"len({a}.flat)", f"{a}.flat.length")
    # fill_diagonal
    for shape, wrap in [((4, 4), False), ((5, 3), False), ((7, 3), True), ((3, 5), False), ((3, 3, 3), False), ((2, 2, 2, 2), False)]:
        for dt in ("int32", "float64"):
            a = lit(rand(rng, dt, shape))
            v = lit(rand(rng, "float64", (2,)))
            yield case(f"idxtricks/fill_diagonal-{dt}-{shape}-{wrap}", f"(lambda a: (np.fill_diagonal(a, {v}, wrap={wrap}), a)[1])({a})",
                       f"(a => (np.fill_diagonal(a, {v}, {{wrap: {str(wrap).lower()}}}), a))({a})")
            yield case(f"idxtricks/fill_diagonal-scalar-{dt}-{shape}", f"(lambda a: (np.fill_diagonal(a, 7), a)[1])({a})", f"(a => (np.fill_diagonal(a, 7), a))({a})")
    yield case("idxtricks/fill_diagonal-1d", "np.fill_diagonal(np.zeros(3), 1)", "np.fill_diagonal(np.zeros(3), 1)")
    yield case("idxtricks/fill_diagonal-unequal", "np.fill_diagonal(np.zeros((2, 3, 2)), 1)", "np.fill_diagonal(np.zeros([2, 3, 2]), 1)")


def misc(rng):
    for py, js in [("[1, 2]", "[1, 2]"), ("3", "3"), ("np.array(3)", "np.array(3)"), ("np.zeros((2, 0))", "np.zeros([2, 0])"), ("'ab'", "'ab'")]:
        yield case(f"idxtricks/iterable {py}", f"np.iterable({py})", f"np.iterable({js})")
    a = lit(rand(rng, "float64", (3, 4)))
    for req, jreq in [("'C'", "'C'"), ("['F']", "['F']"), ("['C', 'W', 'O']", "['C', 'W', 'O']"), ("['aligned']", "['aligned']"), ("'E'", "'E'"), ("None", "null")]:
        for dt, jdt in [("None", "null"), ("'float32'", "'float32'")]:
            yield case(f"idxtricks/require-{req}-{dt}", f"(lambda r: (r, r.flags.c_contiguous, r.flags.f_contiguous))(np.require({a}.T, {dt}, {req}))",
                       f"(r => [r, r.flags.c_contiguous, r.flags.f_contiguous])(np.require({a}.T, {jdt}, {jreq}))")
    b = lit(rand(rng, "int32", (4, 5)))
    for py, js in [("np.s_[1:3]", "np.s_.get('1:3')"), ("np.s_[::2, 1]", "np.s_.get('::2', 1)"), ("np.index_exp[2:]", "np.index_exp.get('2:')"), ("np.index_exp[..., 1]", "np.index_exp.get('...', 1)")]:
        yield case(f"idxtricks/index-expression {py}", f"{b}[{py}]", f"{b}.get(...[{js}].flat())")
    yield case("idxtricks/require-list", "np.require([[1, 2], [3, 4]], requirements='F')", "np.require([[1, 2], [3, 4]], {requirements: 'F'})")
    yield case("idxtricks/require-both", "np.require([1, 2], None, 'CF')", "np.require([1, 2], null, 'CF')")
    yield case("idxtricks/require-bad", "np.require([1, 2], None, ['X'])", "np.require([1, 2], null, ['X'])")


def selection(rng):
    # choose: dtypes of the choices, modes, broadcasting, out=, errors
    for dt in DTYPES:
        idx = lit(rng.integers(0, 3, (3, 4)))
        chs = [lit(rand(rng, dt, (3, 4))), lit(rand(rng, dt, (4,))), lit(rand(rng, dt, (3, 1)))]
        ch = ", ".join(chs)
        yield case(f"idxtricks/choose-{dt}", f"np.choose({idx}, [{ch}])", f"np.choose({idx}, [{ch}])")
        if dt not in ("int64", "float64", "complex128", "bool"):
            continue  # NumPy 1.24 gives a Python scalar's default dtype here, NumPy 2 the arrays' (unit tests)
        yield case(f"idxtricks/choose-{dt}-scalar", f"np.choose({idx}, [{chs[0]}, 2, {chs[1]}])", f"np.choose({idx}, [{chs[0]}, 2, {chs[1]}])")
    bad = lit(rng.integers(-4, 6, (2, 5)))
    c3 = lit(rand(rng, "float64", (3, 2, 5)))
    for mode in ("wrap", "clip", "raise"):
        yield case(f"idxtricks/choose-mode-{mode}", f"np.choose({bad}, {c3}, mode='{mode}')", f"np.choose({bad}, {c3}, {{mode: '{mode}'}})")
    yield case("idxtricks/choose-mode-bad", f"np.choose({bad}, {c3}, mode='foo')", f"np.choose({bad}, {c3}, {{mode: 'foo'}})")
    yield case("idxtricks/choose-out", f"(lambda o: (np.choose({bad}, {c3}, o, 'clip'), o)[1])(np.zeros((2, 5), 'int8'))",
               f"(o => (np.choose({bad}, {c3}, o, 'clip'), o))(np.zeros([2, 5], 'int8'))")
    yield case("idxtricks/choose-out-shape", f"np.choose({bad}, {c3}, out=np.zeros(3), mode='clip')", f"np.choose({bad}, {c3}, {{out: np.zeros(3), mode: 'clip'}})")
    yield case("idxtricks/choose-float-index", "np.choose([0.0, 1], [[1, 2], [3, 4]])", "np.choose(np.array([0, 1], 'float64'), [[1, 2], [3, 4]])")
    yield case("idxtricks/choose-uint64-index", "np.choose(np.array([0, 1], 'uint64'), [[1, 2], [3, 4]])", "np.choose(np.array([0, 1], 'uint64'), [[1, 2], [3, 4]])")
    yield case("idxtricks/choose-empty", "np.choose([0, 1], [])", "np.choose([0, 1], [])")
    yield case("idxtricks/choose-broadcast-error", "np.choose([0, 1], [[1, 2], [3, 4, 5]])", "np.choose([0, 1], [[1, 2], [3, 4, 5]])")
    yield case("idxtricks/choose-0d", "np.choose(1, [5, 6])", "np.choose(1, [5, 6])")
    # putmask
    for dt in DTYPES:
        a = lit(rand(rng, dt, (3, 4)))
        mask = lit(rng.random((3, 4)) < 0.5)
        vals = lit(rand(rng, dt, (5,)))
        yield case(f"idxtricks/putmask-{dt}", f"(lambda a: (np.putmask(a, {mask}, {vals}), a)[1])({a})", f"(a => (np.putmask(a, {mask}, {vals}), a))({a})")
        yield case(f"idxtricks/putmask-T-{dt}", f"(lambda a: (np.putmask(a, {mask}.T, {vals}), a)[1])({a}.T)", f"(a => (np.putmask(a, {mask}.T, {vals}), a))({a}.T)")
    a = lit(rand(rng, "int8", (6,)))
    yield case("idxtricks/putmask-float-into-int", f"(lambda a: (np.putmask(a, a > 0, [1.5, -2.7]), a)[1])({a})", f"(a => (np.putmask(a, np.greater(a, 0), [1.5, -2.7]), a))({a})")
    yield case("idxtricks/putmask-overflow", "np.putmask(np.zeros(3, 'int8'), [1, 0, 1], 300)", "np.putmask(np.zeros(3, 'int8'), [1, 0, 1], 300)")
    yield case("idxtricks/putmask-empty-values", "(lambda a: (np.putmask(a, [1, 0, 1], []), a)[1])(np.zeros(3))", "(a => (np.putmask(a, [1, 0, 1], []), a))(np.zeros(3))")
    yield case("idxtricks/putmask-size", "np.putmask(np.zeros(3), [1, 0], 3)", "np.putmask(np.zeros(3), [1, 0], 3)")
    # piecewise
    for dt in ("int64", "float32", "float64"):
        x = lit(rand(rng, dt, (7,)))
        yield case(f"idxtricks/piecewise-{dt}", f"np.piecewise({x}, [{x} < 0, {x} > 2], [lambda v: -v, lambda v: v * 2, 0.5])",
                   f"np.piecewise({x}, [np.less({x}, 0), np.greater({x}, 2)], [(v) => np.negative(v), (v) => np.multiply(v, 2), 0.5])")
        yield case(f"idxtricks/piecewise-single-{dt}", f"np.piecewise({x}, {x} < 0, [-1, 1])", f"np.piecewise({x}, np.less({x}, 0), [-1, 1])")
        yield case(f"idxtricks/piecewise-args-{dt}", f"np.piecewise({x}, [{x} < 1], [lambda v, k: v + k], 10)", f"np.piecewise({x}, [np.less({x}, 1)], [(v, k) => np.add(v, k)], 10)")
    x2 = lit(rand(rng, "float64", (2, 3)))
    yield case("idxtricks/piecewise-2d", f"np.piecewise({x2}, [{x2} < 0], [lambda v: v ** 2, 1])", f"np.piecewise({x2}, [np.less({x2}, 0)], [(v) => np.square(v), 1])")
    x3 = lit(rand(rng, "float64", (3, 3)))
    yield case("idxtricks/piecewise-2d-condarray", f"np.piecewise({x3}, {x3} < 0, [-1, 1, 2])", f"np.piecewise({x3}, np.less({x3}, 0), [-1, 1, 2])")
    yield case("idxtricks/piecewise-2d-condarray-count", f"np.piecewise({x3}, {x3} < 0, [-1, 1])", f"np.piecewise({x3}, np.less({x3}, 0), [-1, 1])")
    yield case("idxtricks/piecewise-0d", "np.piecewise(np.array(2.5), [True], [lambda v: v * 2])", "np.piecewise(np.array(2.5), [true], [(v) => np.multiply(v, 2)])")
    yield case("idxtricks/piecewise-count", "np.piecewise(np.array([1, 2]), [[True, False]], [1, 2, 3])", "np.piecewise(np.array([1, 2]), [[true, false]], [1, 2, 3])")
    # apply_along_axis / apply_over_axes
    for dt in ("int32", "float64"):
        a = lit(rand(rng, dt, (2, 3, 4)))
        for axis in (0, 1, -1):
            yield case(f"idxtricks/apply_along_axis-sort-{dt}-{axis}", f"np.apply_along_axis(np.sort, {axis}, {a})", f"np.apply_along_axis((v) => np.sort(v), {axis}, {a})")
            yield case(f"idxtricks/apply_along_axis-diag-{dt}-{axis}", f"np.apply_along_axis(np.diag, {axis}, {a})", f"np.apply_along_axis((v) => np.diag(v), {axis}, {a})")
            yield case(f"idxtricks/apply_along_axis-head-{dt}-{axis}", f"np.apply_along_axis(lambda v: v[:2] * 2, {axis}, {a})", f"np.apply_along_axis((v) => np.multiply(v.get(':2'), 2), {axis}, {a})")
        yield case(f"idxtricks/apply_over_axes-{dt}", f"np.apply_over_axes(np.sum, {a}, [0, 2])", f"np.apply_over_axes((v, ax) => np.sum(v, ax), {a}, [0, 2])")
        yield case(f"idxtricks/apply_over_axes-neg-{dt}", f"np.apply_over_axes(np.sum, {a}, -1)", f"np.apply_over_axes((v, ax) => np.sum(v, ax), {a}, -1)")
        yield case(f"idxtricks/apply_over_axes-keep-{dt}", f"np.apply_over_axes(np.cumsum, {a}, (1,))", f"np.apply_over_axes((v, ax) => np.cumsum(v, ax), {a}, [1])")
    a = lit(rand(rng, "int64", (3, 4)))
    yield case("idxtricks/apply_along_axis-sum", f"np.apply_along_axis(np.sum, 1, {a})", f"np.apply_along_axis((v) => np.sum(v), 1, {a})")
    yield case("idxtricks/apply_along_axis-args", f"np.apply_along_axis(np.add, 0, {a}, 100)", f"np.apply_along_axis((v, k) => np.add(v, k), 0, {a}, 100)")
    yield case("idxtricks/apply_along_axis-empty", "np.apply_along_axis(np.sum, 1, np.zeros((0, 3)))", "np.apply_along_axis((v) => np.sum(v), 1, np.zeros([0, 3]))")
    yield case("idxtricks/apply_along_axis-axis", "np.apply_along_axis(np.sum, 2, np.zeros((2, 3)))", "np.apply_along_axis((v) => np.sum(v), 2, np.zeros([2, 3]))")
    yield case("idxtricks/apply_over_axes-shape", f"np.apply_over_axes(lambda v, ax: v[0, 0], {a}, [0])", f"np.apply_over_axes((v, ax) => v.get(0, 0, '...'), {a}, [0])")


def type_checks(rng):
    for dt in DTYPES:
        x = rand(rng, dt, (2, 5))
        if dt.startswith("complex"):
            x.imag[0, ::2] = 0
        a = lit(x)
        for fn in ("iscomplex", "isreal", "iscomplexobj", "isrealobj"):
            yield case(f"idxtricks/{fn}-{dt}", f"np.{fn}({a})", f"np.{fn}({a})")
        if not dt.startswith("complex"):
            for fn in ("isposinf", "isneginf"):
                yield case(f"idxtricks/{fn}-{dt}", f"np.{fn}({a})", f"np.{fn}({a})")
        if dt not in ("bool", "float32", "complex64"):  # NumPy 1.24's sinc promoted these to 64 bits (unit tests)
            yield case(f"idxtricks/sinc-{dt}", f"np.sinc({a})", f"np.sinc({a})", ulps=4)
    for fn in ("iscomplex", "isreal", "iscomplexobj", "isrealobj"):
        for py, js in [("3", "3"), ("1j", "{re: 0, im: 1}"), ("[1, 2j]", "[1, {re: 0, im: 2}]"), ("np.array(2 + 0j)", "np.array({re: 2, im: 0})")]:
            yield case(f"idxtricks/{fn}({py})", f"np.{fn}({py})", f"np.{fn}({js})")
    for dt in ("float32", "float64"):
        x = rand(rng, dt, (8,))
        x[0] = 0
        x[::3] = np.inf
        x[1::4] = -np.inf
        x[2] = np.nan
        a = lit(x)
        for fn in ("isposinf", "isneginf"):
            yield case(f"idxtricks/{fn}-special-{dt}", f"np.{fn}({a})", f"np.{fn}({a})")
            yield case(f"idxtricks/{fn}-out-{dt}", f"(lambda o: (np.{fn}({a}, o), o)[1])(np.zeros(8, bool))", f"(o => (np.{fn}({a}, o), o))(np.zeros(8, 'bool'))")
        if dt == "float64":
            yield case(f"idxtricks/sinc-special-{dt}", f"np.sinc({a})", f"np.sinc({a})", ulps=4)
    yield case("idxtricks/isposinf-complex", "np.isposinf(np.array([1j]))", "np.isposinf(np.array([{re: 0, im: 1}]))")
    yield case("idxtricks/isneginf-scalar", "np.isneginf(-np.inf)", "np.isneginf(-Infinity)")
    yield case("idxtricks/sinc-zero", "np.sinc(0)", "np.sinc(0)")
    yield case("idxtricks/sinc-ints", "np.sinc([0, 1, 2, -3])", "np.sinc([0, 1, 2, -3])", ulps=4)
    for dt in ("complex64", "complex128", "float64", "int32"):
        x = rand(rng, dt, (6,))
        if dt.startswith("complex"):
            x.imag = rng.normal(size=6) * np.finfo(dt).eps * 50
        a = lit(x)
        for tol, jtol in [("", ""), (", 10", ", 10"), (", 1e-3", ", 1e-3"), (", tol=1000", ", {tol: 1000}")]:
            yield case(f"idxtricks/real_if_close-{dt}{tol}", f"np.real_if_close({a}{tol})", f"np.real_if_close({a}{jtol})")


def polys(rng):
    for dt in ("int64", "float32", "float64"):
        r = lit(rand(rng, dt, (4,)))
        yield case(f"idxtricks/poly-{dt}", f"np.poly({r})", f"np.poly({r})", ulps=8)
    zc = lit(np.array([1 + 2j, 1 - 2j, 3 + 0j, -0.5 + 0j]))
    yield case("idxtricks/poly-conjugate-pairs", f"np.poly({zc})", f"np.poly({zc})", ulps=8)
    zc2 = lit(np.array([1 + 2j, 3 - 1j], np.complex64))
    yield case("idxtricks/poly-complex64", f"np.poly({zc2})", f"np.poly({zc2})", ulps=8)
    sym = rng.normal(size=(3, 3))
    yield case("idxtricks/poly-matrix", f"np.poly({lit(sym + sym.T)})", f"np.poly({lit(sym + sym.T)})", ulps=2 ** 16)
    yield case("idxtricks/poly-empty", "np.poly([])", "np.poly([])")
    yield case("idxtricks/poly-3d", "np.poly(np.zeros((2, 2, 2)))", "np.poly(np.zeros([2, 2, 2]))")
    yield case("idxtricks/poly-nonsquare", "np.poly(np.zeros((2, 3)))", "np.poly(np.zeros([2, 3]))")
    # roots of polynomials with well separated real roots, and complex ones; sorted for a stable order
    for k in range(4):
        zs = np.sort(rng.choice(np.arange(-9, 10), size=3 + k, replace=False) + rng.random(3 + k) * 0.5)
        p = lit(np.poly(zs) * (k + 1))
        yield case(f"idxtricks/roots-real-{k}", f"np.sort(np.roots({p}))", f"np.sort(np.roots({p}))", ulps=2 ** 22)
    for p in ("[1, 0, 1]", "[1, 2, 5]", "[2, 0, 0, -16]", "[0, 0, 1, -3, 2, 0, 0]", "[5]", "[0, 0]", "[1, -6, 11, -6]"):
        yield case(f"idxtricks/roots-{p}", f"np.sort(np.roots({p}))", f"np.sort(np.roots({p}))", ulps=2 ** 22)
    yield case("idxtricks/roots-float32", "np.sort(np.roots(np.array([1, -3, 2], 'float32')))", "np.sort(np.roots(np.array([1, -3, 2], 'float32')))", ulps=2 ** 4)
    yield case("idxtricks/roots-2d", "np.roots([[1, 2]])", "np.roots([[1, 2]])")
    # polyval
    for pdt in ("int64", "float32", "float64", "complex128"):
        p = lit(rand(rng, pdt, (4,)))
        for xdt in ("int32", "float32", "float64"):
            if (pdt, xdt) == ("complex128", "float32"):
                continue  # NumPy 1.24 casts the complex128 scalar down to complex64 (unit tests)
            x = lit(rand(rng, xdt, (2, 3)))
            yield case(f"idxtricks/polyval-{pdt}-{xdt}", f"np.polyval({p}, {x})", f"np.polyval({p}, {x})", ulps=4)
        yield case(f"idxtricks/polyval-{pdt}-scalar", f"np.polyval({p}, 3)", f"np.polyval({p}, 3)", ulps=4)
        yield case(f"idxtricks/polyval-{pdt}-float", f"np.polyval({p}, 0.25)", f"np.polyval({p}, 0.25)", ulps=4)
    yield case("idxtricks/polyval-empty-p", "np.polyval([], [1, 2])", "np.polyval([], [1, 2])")
    # polyfit
    x = rng.random(12) * 4
    for deg in (1, 2, 3):
        y = np.polyval(rng.normal(size=deg + 1), x) + rng.normal(size=12) * 0.1
        lx, ly = lit(x), lit(y)
        yield case(f"idxtricks/polyfit-{deg}", f"np.polyfit({lx}, {ly}, {deg})", f"np.polyfit({lx}, {ly}, {deg})", ulps=2 ** 14)
        yield case(f"idxtricks/polyfit-full-{deg}", f"np.polyfit({lx}, {ly}, {deg}, full=True)", f"np.polyfit({lx}, {ly}, {deg}, {{full: true}})", ulps=2 ** 14)
        w = lit(rng.random(12) + 0.5)
        yield case(f"idxtricks/polyfit-w-{deg}", f"np.polyfit({lx}, {ly}, {deg}, w={w})", f"np.polyfit({lx}, {ly}, {deg}, {{w: {w}}})", ulps=2 ** 14)
        yield case(f"idxtricks/polyfit-cov-{deg}", f"np.polyfit({lx}, {ly}, {deg}, cov=True)", f"np.polyfit({lx}, {ly}, {deg}, {{cov: true}})", ulps=2 ** 26)
        yield case(f"idxtricks/polyfit-cov-unscaled-{deg}", f"np.polyfit({lx}, {ly}, {deg}, cov='unscaled')", f"np.polyfit({lx}, {ly}, {deg}, {{cov: 'unscaled'}})", ulps=2 ** 26)
    y2 = lit(rng.normal(size=(12, 2)))
    lx = lit(x)
    yield case("idxtricks/polyfit-2d-y", f"np.polyfit({lx}, {y2}, 2)", f"np.polyfit({lx}, {y2}, 2)", ulps=2 ** 14)
    yield case("idxtricks/polyfit-2d-y-cov", f"np.polyfit({lx}, {y2}, 2, w=np.ones(12), cov=True)", f"np.polyfit({lx}, {y2}, 2, {{w: np.ones(12), cov: true}})", ulps=2 ** 26)
    x32, y32 = lit(x.astype("float32")), lit((x * 2 + 1).astype("float32"))
    yield case("idxtricks/polyfit-float32", f"np.polyfit({x32}, {y32}, 1)", f"np.polyfit({x32}, {y32}, 1)", ulps=2 ** 10)
    yield case("idxtricks/polyfit-ints", "np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)", "np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)", ulps=2 ** 14)
    yq = lit(x ** 2 - x + rng.normal(size=12) * 0.1)
    yield case("idxtricks/polyfit-rcond", f"np.polyfit({lx}, {yq}, 2, 1e-3, True)", f"np.polyfit({lx}, {yq}, 2, 1e-3, true)", ulps=2 ** 16)
    for py, js in [
        ("np.polyfit([1, 2], [1, 2], -1)", "np.polyfit([1, 2], [1, 2], -1)"),
        ("np.polyfit([[1, 2]], [1, 2], 1)", "np.polyfit([[1, 2]], [1, 2], 1)"),
        ("np.polyfit([], [], 1)", "np.polyfit([], [], 1)"),
        ("np.polyfit([1, 2], [[[1]]], 1)", "np.polyfit([1, 2], [[[1]]], 1)"),
        ("np.polyfit([1, 2], [1, 2, 3], 1)", "np.polyfit([1, 2], [1, 2, 3], 1)"),
        ("np.polyfit([1, 2], [1, 2], 1, w=[[1, 1]])", "np.polyfit([1, 2], [1, 2], 1, {w: [[1, 1]]})"),
        ("np.polyfit([1, 2], [1, 2], 1, w=[1])", "np.polyfit([1, 2], [1, 2], 1, {w: [1]})"),
        ("np.polyfit([1, 2, 3], [1, 2, 3], 2, cov=True)", "np.polyfit([1, 2, 3], [1, 2, 3], 2, {cov: true})"),
    ]:
        yield case(f"idxtricks/polyfit-error {py}", py, js)
    # arithmetic
    for d1, d2 in [("int64", "int64"), ("int8", "float32"), ("float64", "complex128"), ("float32", "float32"), ("bool", "int32")]:
        for n1, n2 in [(3, 5), (4, 4), (6, 2)]:
            a, b = lit(rand(rng, d1, (n1,))), lit(rand(rng, d2, (n2,)))
            for fn in ("polyadd", "polysub", "polymul"):
                yield case(f"idxtricks/{fn}-{d1}-{d2}-{n1}-{n2}", f"np.{fn}({a}, {b})", f"np.{fn}({a}, {b})", ulps=4)
    for d1, d2 in [("int64", "int64"), ("float32", "float32"), ("float64", "complex128"), ("float64", "float64")]:
        for n1, n2 in [(5, 2), (4, 4), (3, 5), (6, 3)]:
            a, b = lit(rand(rng, d1, (n1,))), lit(rand(rng, d2, (n2,)) + (1 if d2 != "bool" else 0))
            yield case(f"idxtricks/polydiv-{d1}-{d2}-{n1}-{n2}", f"np.polydiv({a}, {b})", f"np.polydiv({a}, {b})", ulps=2 ** 8)
    yield case("idxtricks/polydiv-exact", "np.polydiv([1, -3, 2], [1, -1])", "np.polydiv([1, -3, 2], [1, -1])")
    yield case("idxtricks/polymul-leading-zeros", "np.polymul([0, 0, 1, 2], [0, 3])", "np.polymul([0, 0, 1, 2], [0, 3])")
    for dt in ("int64", "float32", "float64", "complex128"):
        p = lit(rand(rng, dt, (5,)))
        for m in (0, 1, 2, 4, 6):
            yield case(f"idxtricks/polyder-{dt}-{m}", f"np.polyder({p}, {m})", f"np.polyder({p}, {m})")
        for m, k, jk in [(1, "None", "null"), (2, "None", "null"), (1, "3", "3"), (2, "[1, 2]", "[1, 2]"), (3, "5", "5"), (0, "None", "null")]:
            yield case(f"idxtricks/polyint-{dt}-{m}-{k}", f"np.polyint({p}, {m}, {k})", f"np.polyint({p}, {m}, {jk})", ulps=2)
    yield case("idxtricks/polyder-negative", "np.polyder([1, 2], -1)", "np.polyder([1, 2], -1)")
    yield case("idxtricks/polyint-negative", "np.polyint([1, 2], -1)", "np.polyint([1, 2], -1)")
    yield case("idxtricks/polyint-k-short", "np.polyint([1, 2], 3, [1, 2])", "np.polyint([1, 2], 3, [1, 2])")
    # poly1d
    for c, jc in [("[1, 2, 3]", "[1, 2, 3]"), ("[0, 0, 1.5, -2]", "[0, 0, 1.5, -2]"), ("[1e-5, 0, -3, 0, 12345.678]", "[1e-5, 0, -3, 0, 12345.678]"),
                  ("[1 + 2j, -1j, 3]", "[{re: 1, im: 2}, {re: -0, im: -1}, 3]"), ("[0]", "[0]"), ("[2, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]", "[2, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]")]:
        yield case(f"idxtricks/poly1d-str {c}", f"str(np.poly1d({c}))", f"String(np.poly1d({jc}))")
        yield case(f"idxtricks/poly1d-repr {c}", f"repr(np.poly1d({c}))", f"np.poly1d({jc}).repr()")
        yield case(f"idxtricks/poly1d-coeffs {c}", f"np.poly1d({c}).coeffs", f"np.poly1d({jc}).coeffs")
        yield case(f"idxtricks/poly1d-call {c}", f"np.poly1d({c})(np.array([0.5, -2.0]))", f"np.poly1d({jc})(np.array([0.5, -2.0]))", ulps=4)
        yield case(f"idxtricks/poly1d-order {c}", f"np.poly1d({c}).order", f"np.poly1d({jc}).order")
    yield case("idxtricks/poly1d-str-var", "str(np.poly1d([1, -2, 3], variable='z'))", "String(np.poly1d([1, -2, 3], {variable: 'z'}))")
    yield case("idxtricks/poly1d-roots-flag", "np.poly1d([1, 2], True).coeffs", "np.poly1d([1, 2], true).coeffs")
    p, q = "np.poly1d([1, -2, 3])", "np.poly1d([2, 1])"
    for py, js in [
        (f"({p} + {q}).coeffs", f"{p}.add({q}).coeffs"),
        (f"({p} - {q}).coeffs", f"{p}.subtract({q}).coeffs"),
        (f"({p} * {q}).coeffs", f"{p}.multiply({q}).coeffs"),
        (f"({p} * 2.5).coeffs", f"{p}.multiply(2.5).coeffs"),
        (f"({p} ** 3).coeffs", f"{p}.power(3).coeffs"),
        (f"(-{p}).coeffs", f"{p}.negative().coeffs"),
        (f"[x.coeffs for x in {p} / {q}]", f"{p}.true_divide({q}).map((x) => x.coeffs)"),
        (f"({p} / 2).coeffs", f"{p}.true_divide(2).coeffs"),
        (f"{p} == np.poly1d([1, -2, 3.0])", f"{p}.equal(np.poly1d([1, -2, 3.0]))"),
        (f"{p} != {q}", f"{p}.not_equal({q})"),
        (f"[{p}[i] for i in range(-1, 5)]", f"[-1, 0, 1, 2, 3, 4].map((i) => {p}.get(i))"),
        (f"{p}.deriv().coeffs", f"{p}.deriv().coeffs"),
        (f"{p}.integ(2, 3).coeffs", f"{p}.integ(2, 3).coeffs"),
        (f"np.sort({p}.roots)", f"np.sort({p}.roots)"),
        (f"{p}(np.poly1d([1, 1])).coeffs", f"{p}(np.poly1d([1, 1])).coeffs"),
        (f"np.polyval({p}, 4)", f"np.polyval({p}, 4)"),
        (f"np.polyadd({p}, [1, 1, 1, 1]).coeffs", f"np.polyadd({p}, [1, 1, 1, 1]).coeffs"),
        (f"len({p})", f"{p}.length"),
        (f"({p} ** -1)", f"{p}.power(-1)"),
        (f"(lambda r: (r.__setitem__(5, 9), r.coeffs)[1])({p})", f"(r => (r.set(5, 9), r.coeffs))({p})"),
        ("np.poly1d([[1, 2]])", "np.poly1d([[1, 2]])"),
    ]:
        yield case(f"idxtricks/poly1d-op {py[:60]}", py, js, ulps=2 ** 12)


def cases():
    rng = np.random.default_rng(20261203)
    yield from grids()
    yield from concatenators(rng)
    yield from flat(rng)
    yield from misc(rng)
    yield from selection(rng)
    yield from type_checks(rng)
    yield from polys(rng)
