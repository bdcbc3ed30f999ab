"""np.where, np.select and np.copyto: every dtype pair's result dtype (NEP 50 weak scalars
included), contiguous, strided, transposed and broadcast inputs, special values, and NumPy's
errors (broadcasting, casting rules, read-only destinations, bad condition lists).
"""
import numpy as np

from golden import case, lit
from families.ufuncs import NAMES, ORDER, values

SCALARS = [("3", "3"), ("-1", "-1"), ("300", "300"), ("2.5", "2.5"), ("True", "true"), ("(1+2j)", "{re: 1, im: 2}")]


def cases():
    rng = np.random.default_rng(11)
    cond = rng.random((3, 4)) < 0.5
    lc = lit(cond)
    # where: every pair of dtypes, contiguous (3, 4) operands.
    for a in ORDER:
        for b in ORDER:
            x = lit(values(a, 12, rng).reshape(3, 4))
            y = lit(values(b, 12, rng).reshape(3, 4))
            yield case(f"select/where-{NAMES[a]}-{NAMES[b]}", f"np.where({lc}, {x}, {y})", f"np.where({lc}, {x}, {y})")
    # where with weak scalars on each dtype.
    for a in ORDER:
        x = lit(values(a, 12, rng).reshape(3, 4))
        for k, (py, js) in enumerate(SCALARS):
            yield case(f"select/where-{NAMES[a]}-scalar{k}", f"np.where({lc}, {x}, {py})", f"np.where({lc}, {x}, {js})")
            yield case(f"select/where-scalar{k}-{NAMES[a]}", f"np.where({lc}, {py}, {x})", f"np.where({lc}, {js}, {x})")
    for k, (py, js) in enumerate(SCALARS):
        for m, (py2, js2) in enumerate(SCALARS):
            yield case(f"select/where-scalars{k}-{m}", f"np.where({lc}, {py}, {py2})", f"np.where({lc}, {js}, {js2})")
    # Layouts: strided, transposed, negative strides, broadcast condition and values.
    big = values("d", 48, rng).reshape(6, 8)
    lb = lit(big)
    yield case("select/where-strided", f"np.where({lc}, {lb}[::2, ::2], {lb}[1::2, 1::2])", f"np.where({lc}, {lb}.get('::2', '::2'), {lb}.get('1::2', '1::2'))", print=True)
    lt = lit(values('l', 12, rng).reshape(3, 4))
    yield case("select/where-transposed", f"np.where({lit(cond.T)}, {lt}.T, 0)", f"np.where({lit(cond.T)}, {lt}.T, 0)")
    yield case("select/where-reversed", f"np.where({lc}, {lb}[::-2, ::-2], -{lb}[:3, :4])", f"np.where({lc}, {lb}.get('::-2', '::-2'), np.negative({lb}.get(':3', ':4')))")
    bx, by = lit(values('i', 4, rng)), lit(values('f', 3, rng).reshape(3, 1))
    yield case("select/where-broadcast", f"np.where({lit(cond[:, :1])}, {bx}, {by})", f"np.where({lit(cond[:, :1])}, {bx}, {by})", print=True)
    ic = lit(values('l', 12, rng).reshape(3, 4))
    yield case("select/where-int-cond", f"np.where({ic}, 1.5, -1)", f"np.where({ic}, 1.5, -1)")
    yield case("select/where-float-cond-nan", "np.where(np.array([np.nan, 0.0, -0.0, 1e-300]), 1, 2)", "np.where(np.array([NaN, 0, -0, 1e-300]), 1, 2)")
    yield case("select/where-complex-cond", "np.where(np.array([0j, 1j, 1 + 0j]), 1, 2)", "np.where(np.array([{re: 0, im: 0}, {re: 0, im: 1}, {re: 1, im: 0}]), 1, 2)")
    yield case("select/where-0d", "np.where(np.array(True), 1, 2)", "np.where(np.array(true), 1, 2)")
    yield case("select/where-0d-scalar-cond", "np.where(False, np.arange(3), 7)", "np.where(false, np.arange(3), 7)")
    yield case("select/where-empty", "np.where(np.zeros((0, 3), bool), 1.0, 2)", "np.where(np.zeros([0, 3], 'bool'), 1.5, 2)")
    yield case("select/where-lists", "np.where([[True, False], [False, True]], [[1, 2], [3, 4]], [9, 8])", "np.where([[true, false], [false, true]], [[1, 2], [3, 4]], [9, 8])")
    yield case("select/where-nonzero", f"np.where({ic})", f"np.where({ic})")
    yield case("select/where-one-of-two", "np.where([True], 1)", "np.where([true], 1)")
    yield case("select/where-broadcast-error", "np.where(np.zeros((2, 3)), np.zeros(4), np.zeros(4))", "np.where(np.zeros([2, 3]), np.zeros(4), np.zeros(4))")
    yield case("select/where-nonzero-0d", "np.where(np.array(1))", "np.where(np.array(1))")
    # select
    x = values("l", 10, rng)
    lx = lit(x)
    yield case("select/select-basic", f"np.select([{lx} < 0, {lx} > 100], [{lx} * 2, -{lx}], 7)", f"np.select([np.less({lx}, 0), np.greater({lx}, 100)], [np.multiply({lx}, 2), np.negative({lx})], 7)")
    yield case("select/select-first-wins", f"np.select([{lx} < 500, {lx} < 0], [1, 2])", f"np.select([np.less({lx}, 500), np.less({lx}, 0)], [1, 2])")
    yield case("select/select-default-float", f"np.select([{lx} < 0], [{lx}], 0.5)", f"np.select([np.less({lx}, 0)], [{lx}], 0.5)")
    yield case("select/select-scalars", f"np.select([{lx} < 0, {lx} > 0], [10, 20], 0)", f"np.select([np.less({lx}, 0), np.greater({lx}, 0)], [10, 20], 0)")
    lf = lit(values('f', 10, rng))
    yield case("select/select-default-kw", f"np.select([{lx} < 0], [{lf}], default=np.nan)", f"np.select([np.less({lx}, 0)], [{lf}], {{default: NaN}})")
    sx, sd = lit(values('d', 4, rng)), lit(values('d', 3, rng).reshape(3, 1))
    yield case("select/select-broadcast", f"np.select([{lc}], [{sx}], {sd})", f"np.select([{lc}], [{sx}], {sd})")
    yield case("select/select-not-bool", f"np.select([{lx}], [1])", f"np.select([{lx}], [1])")
    yield case("select/select-empty", "np.select([], [])", "np.select([], [])")
    yield case("select/select-lengths", "np.select([np.array([True])], [1, 2])", "np.select([np.array([true])], [1, 2])")
    # copyto: casting rules for arrays and weak scalars, where=, broadcasting, errors.
    for d in ORDER:
        for s in ORDER:
            src = lit(values(s, 6, rng).reshape(2, 3))
            dst = f"np.zeros((2, 3), '{NAMES[d]}')"
            jdst = f"np.zeros([2, 3], '{NAMES[d]}')"
            for rule in ("same_kind", "unsafe"):
                if rule == "unsafe" and np.can_cast(s, d, "same_kind"):
                    continue
                yield case(f"select/copyto-{NAMES[s]}-{NAMES[d]}-{rule}", f"(lambda x: (np.copyto(x, {src}, casting='{rule}'), x)[1])({dst})",
                           f"(x => (np.copyto(x, {src}, {{casting: '{rule}'}}), x))({jdst})")
        for k, (py, js) in enumerate(SCALARS):
            for rule in ("same_kind", "safe", "no"):
                yield case(f"select/copyto-scalar{k}-{NAMES[d]}-{rule}", f"(lambda x: (np.copyto(x, {py}, casting='{rule}'), x)[1])(np.zeros(3, '{NAMES[d]}'))",
                           f"(x => (np.copyto(x, {js}, {{casting: '{rule}'}}), x))(np.zeros(3, '{NAMES[d]}'))")
    yield case("select/copyto-where", "(lambda x: (np.copyto(x, [1, 2, 3], where=[True, False, True]), x)[1])(np.zeros(3))",
               "(x => (np.copyto(x, [1, 2, 3], {where: [true, false, true]}), x))(np.zeros(3))")
    yield case("select/copyto-where-int-mask", "(lambda x: (np.copyto(x, 5, where=[[1], [0]]), x)[1])(np.zeros((2, 3), 'int16'))",
               "(x => (np.copyto(x, 5, {where: [[1], [0]]}), x))(np.zeros([2, 3], 'int16'))")
    yield case("select/copyto-where-bad", "(lambda x: (np.copyto(x, [1, 2, 3], where=[[True, False, True]]), x)[1])(np.zeros(3))",
               "(x => (np.copyto(x, [1, 2, 3], {where: [[true, false, true]]}), x))(np.zeros(3))")
    yield case("select/copyto-broadcast", "(lambda x: (np.copyto(x, [1, 2, 3]), x)[1])(np.zeros((2, 3)))", "(x => (np.copyto(x, [1, 2, 3]), x))(np.zeros([2, 3]))")
    yield case("select/copyto-broadcast-error", "(lambda x: (np.copyto(x, [1, 2]), x)[1])(np.zeros(3))", "(x => (np.copyto(x, [1, 2]), x))(np.zeros(3))")
    yield case("select/copyto-into-view", "(lambda x: (np.copyto(x[::2], -1), x)[1])(np.arange(6))", "(x => (np.copyto(x.get('::2'), -1), x))(np.arange(6))")
    yield case("select/copyto-overlap", "(lambda x: (np.copyto(x[1:], x[:-1]), x)[1])(np.arange(6))", "(x => (np.copyto(x.get('1:'), x.get(':-1')), x))(np.arange(6))")
    yield case("select/copyto-transposed", "(lambda x: (np.copyto(x, np.arange(6.0).reshape(3, 2).T), x)[1])(np.zeros((2, 3), 'float32'))",
               "(x => (np.copyto(x, np.arange(6).astype('float64').reshape(3, 2).T), x))(np.zeros([2, 3], 'float32'))")
    yield case("select/copyto-readonly", "np.copyto(np.broadcast_to(np.zeros(3), (3,)), 1)", "np.copyto(np.broadcast_to(np.zeros(3), [3]), 1)")
    yield case("select/copyto-not-array", "np.copyto([1, 2], [1, 2])", "np.copyto([1, 2], [1, 2])")
    yield case("select/copyto-bad-casting", "np.copyto(np.zeros(3), 1, casting='bogus')", "np.copyto(np.zeros(3), 1, {casting: 'bogus'})")
