"""Writes test/io/fixtures/text_cases.json: np.savetxt outputs and np.loadtxt / np.genfromtxt
results (or errors) computed by NumPy 2 (ndts follows NumPy 2 where the text differs, e.g.
%r of a scalar is "np.float64(1.5)").

Run: python3 test/io/make_text_fixtures.py   (NumPy >= 2, from the repository root)
"""
import base64
import io
import json
import os
import warnings

import numpy as np

assert np.__version__ >= "2", "run with NumPy 2"
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
NAMES = {"?": "bool", "b": "int8", "B": "uint8", "h": "int16", "H": "uint16", "i": "int32", "I": "uint32",
         "l": "int64", "L": "uint64", "f": "float32", "d": "float64", "F": "complex64", "D": "complex128"}


def describe(a):
    a = np.asarray(a).copy(order="C")
    return {"dtype": NAMES[a.dtype.char], "shape": list(a.shape), "b64": base64.b64encode(a.tobytes()).decode()}


def error(e):
    return {"error": {"name": type(e).__name__, "message": str(e)}}


savetxt_cases = []


def st(X, **kw):
    X = np.asarray(X)
    buf = io.StringIO()
    case = {"X": describe(X), "kwargs": kw}
    try:
        np.savetxt(buf, X, **kw)
        case["text"] = buf.getvalue()
    except Exception as e:
        case.update(error(e))
    savetxt_cases.append(case)


f64 = np.array([[0.0, -0.0, 1.5, np.nan], [np.inf, -np.inf, 1e-300, 1e300], [2.5, 0.125, -1 / 3, 123456789.0]])
ints = np.array([[-128, 0, 127], [5, -5, 42]], dtype=np.int8)
u64 = np.array([0, 2**64 - 1, 2**53 + 1], dtype=np.uint64)
i64 = np.array([[-(2**63), 2**63 - 1]], dtype=np.int64)
f32 = np.array([0.1, 1e-5, 3.0, 1e16, np.nan], dtype=np.float32)
c128 = np.array([[1 + 2j, -1.5 - 0.5j], [np.nan + 1j, 0 - 0j]])
c64 = np.array([1 - 2j, 0.25 + 0j], dtype=np.complex64)
boo = np.array([[True, False], [False, True]])

for X in (f64, ints, u64, i64, f32, c128, c64, boo, f64[0]):
    st(X)
for fmt in ("%d", "%i", "%5d", "%-5d|", "%+d", "% d", "%05d", "%.3d", "%x", "%#x", "%X", "%o", "%#o", "%c"):
    st(ints, fmt=fmt)
for fmt in ("%f", "%.0f", "%#.0f", "%.3f", "%10.4f", "%-10.2f|", "%+.2f", "% .1f", "%010.3f", "%F", "%e", "%.0e", "%#.0e",
            "%.3E", "%12.5e", "%g", "%G", "%.3g", "%#g", "%#.3g", "%.10g", "%s", "%r", "%10s", "%.3s", "%.25f", "%.120e", "%.20g"):
    st(f64, fmt=fmt)
for fmt in ("%s", "%r", "%.3f", "%g"):
    st(f32, fmt=fmt)
for fmt in ("%d", "%s", "%r", "%.2e", "%x"):
    st(u64, fmt=fmt)
    st(i64, fmt=fmt)
for fmt in ("%d", "%s", "%r", "%.1f"):
    st(boo, fmt=fmt)
st(np.array([0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 2.675, 1e22, 5e-324]), fmt="%.0f")
st(np.array([0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 2.675, 1e22, 5e-324]), fmt="%.2e")
st(np.array([[1.0, 2.0], [3.0, 4.0]]), fmt=["%d", "%.2f"])
st(np.array([[1.0, 2.0], [3.0, 4.0]]), fmt=["%d"])
st(np.array([[1.0, 2.0], [3.0, 4.0]]), fmt="%d and %.1f")
st(np.array([[1.0, 2.0], [3.0, 4.0]]), fmt="%d %d %d")
st(np.array([[1.0, 2.0], [3.0, 4.0]]), fmt="%d,%%,%d")
st(np.array([[1.0, 2.0]]), fmt="%x")
st(np.array([[1.0, np.nan]]), fmt="%d")
st(np.array([[1.0, np.inf]]), fmt="%d")
st(np.arange(6.0).reshape(2, 3), delimiter=",", newline="\r\n", header="a,b,c\nsecond line", footer="end", comments="// ")
st(np.arange(6).reshape(2, 3), fmt="%d", delimiter="\t", header="h")
st(c128, fmt="%.2f")
st(c128, fmt="%.1f %.1f %.1f %.1f")
st(c128, fmt=["%.1e", "%.1e"])
st(c128, fmt="%.1f %.1f")
st(np.zeros((0, 3)))
st(np.zeros((2, 0)))
st(np.arange(24.0).reshape(2, 3, 4))
st(np.float64(1.0))

loadtxt_cases = []


def lt(text, fn="loadtxt", **kw):
    case = {"fn": fn, "text": text, "kwargs": {k: v for k, v in kw.items()}}
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            a = getattr(np, fn)(io.StringIO(text), **kw)
        if isinstance(a, tuple):
            case["unpacked"] = [describe(x) for x in a]
        else:
            case["result"] = describe(a)
        if w:
            case["warnings"] = [f"{x.category.__name__}: {x.message}" for x in w]
    except Exception as e:
        case.update(error(e))
    loadtxt_cases.append(case)


lt("1 2\n3 4\n")
lt("1,2\n\n3,4\n", delimiter=",")
lt("1,2\n \n3,4\n", delimiter=",")
lt("1,2\n  # c\n3,4\n", delimiter=",")
lt("1, 2\n3 ,4\n", delimiter=",")
lt("1 2\n3\n")
lt("#c\n\n1 2\n3 4 5\n")
lt("1 abc\n")
lt("# a\n\n1 2\nx 4\n")
lt("1 1.5\n", dtype="int64")
lt("1 1e3\n", dtype="int64")
lt("1. 2.\n", dtype="int64")
lt("1 +2 -3\n", dtype="int64")
lt("1 1_000\n")
lt(" nan inf -Infinity +1.5e3 .5 5. 1E-3\n")
lt("INF -iNf NaN +nan infinity\n")
lt("0x10\n")
lt("1\n")
lt("1 2\n")
lt("1\n2\n")
lt("")
lt("# only comment\n")
lt("  \n  \n")
lt("", ndmin=2)
lt("", ndmin=1)
lt("", usecols=[0, 1])
lt("1 2 3\n4 5 6\n", usecols=[0, -1])
lt("1 2 3\n4 5 6\n", usecols=[1, 1])
lt("1 2 3\n4 5 6\n", usecols=5)
lt("#c\n1 2 3\n4 5 6\n", usecols=[-4])
lt("1 2 3\n4 5 6\n", usecols=1)
lt("1 2\n3 4\n", usecols=[0.5])
lt("a\n1 2\n3 4\n", skiprows=1)
lt("#c\n1 2\n3 4\n", skiprows=1)
lt("h\n1 2\nx 4\n", skiprows=1)
lt("1 2\n", skiprows=-1)
lt("1 2\n3 4\n5 6\n", max_rows=2)
lt("1 2\n3\n", max_rows=1)
lt("1 2\n", max_rows=0)
lt("1 2\n", max_rows=-1)
lt("1+2j (3-1j) 4j 5 -j +1.5-2.5e-1j\n", dtype="complex128")
lt("(1+2j) 1.5 inf+nanj\n", dtype="complex64")
lt("1+2J\n", dtype="complex128")
lt("1 + 2j\n", dtype="complex128")
lt("1 0 2 -0 +3\n", dtype="bool")
lt("1 0 True\n", dtype="bool")
lt("1.5\n", dtype="bool")
lt('"1,5",2\n', delimiter=",", quotechar='"')
lt('"1",2\n"3" ,"4"\n', delimiter=",", quotechar='"')
lt("'1 2' 3\n", quotechar="'")
lt("'1''2' 3\n", quotechar="'")
lt("1;2 // c\n3;4\n", delimiter=";", comments="//")
lt("1;2 % c\n3;4 # x\n", delimiter=";", comments=["%", "#"])
lt("1;2 % c\n", delimiter=";", comments=["%", ";"])
lt("1 2 #c\n", comments="")
lt("1 2 #3\n", comments=None)
lt("1 2\n", comments="1")
lt("1,2\n", delimiter=",", comments=",")
lt("1 2\r\n3 4\r\n")
lt("1\t2\n3\t 4\n")
lt(" 1 2 \n  3 4\n")
lt("1  2\n", delimiter=" ")
lt("1, ,3\n", delimiter=",")
lt("1,,3\n", delimiter=",")
lt("1,2,\n", delimiter=",")
lt("  1  ,  2  \n", delimiter=",", dtype="int64")
lt("1 2\n", delimiter="ab")
lt("1 2\n", delimiter="\n")
lt("300 1\n", dtype="int8")
lt("-1 1\n", dtype="uint8")
lt("-128 127 -32768\n", dtype="int16")
lt("9223372036854775807 -9223372036854775808\n", dtype="int64")
lt("9223372036854775808\n", dtype="int64")
lt("18446744073709551615 0\n", dtype="uint64")
lt("4294967295 7\n", dtype="uint32")
lt("1e400 -1e400 1e-400 0.1 16777217\n")
lt("0.1 16777217 1e39 3.4028235e38\n", dtype="float32")
lt("1 2\n3 4\n", unpack=True)
lt("1 2\n3 4\n", unpack=True, usecols=0)
lt("1 2\n", ndmin=2)
lt("1 2\n3 4\n", ndmin=1)
lt("5\n", ndmin=1)
lt("5\n", ndmin=2)
lt("1 2\n3 4\n", usecols=[0], ndmin=2)
lt("1 2\n", ndmin=3)
lt("1 2 3 4 5 6\n", dtype="i8,i8")

g = "genfromtxt"
lt("1 2\n3 4\n", g)
lt("1,,3\n4,5,6\n", g, delimiter=",")
lt("1,abc,3\n", g, delimiter=",")
lt("1,abc,3\n", g, delimiter=",", loose=False)
lt("1,N/A,3\n", g, delimiter=",", loose=False, missing_values="N/A")
lt("1,N/A,3\n", g, delimiter=",", loose=False, missing_values="N/A", filling_values=-9)
lt("1,2,3\n4,5\n7,8,9\n", g, delimiter=",")
lt("1,2,3\n4,5\n7,8,9\n1\n", g, delimiter=",", invalid_raise=False)
lt("#c\n\n1,2,3\n4,5\n", g, delimiter=",")
lt("h\n1,2,3\n4,5\n", g, delimiter=",", skip_header=1)
lt("1,2\n3,4\n5\n", g, delimiter=",", skip_footer=1)
lt("1,,3\n", g, delimiter=",", filling_values=0)
lt("1,N/A,3\n", g, delimiter=",", missing_values="N/A")
lt("1,,3\n", g, delimiter=",", dtype="int64")
lt("1,,3\n", g, delimiter=",", dtype="int8", filling_values=300)
lt("1,,3\n4,5,6\n", g, delimiter=",", filling_values=[10, 20, 30])
lt("1,,3\n4,,6\n", g, delimiter=",", filling_values=[10, 20, 30, 40])
lt("h\n1 2\n3 4\nfoot\n", g, skip_header=1, skip_footer=1)
lt("1 2\n", g)
lt("1\n", g)
lt("", g)
lt("# c\n\n", g)
lt("1 2\n3 4\n", g, usecols=1)
lt("1 2 3\n4 5 6\n", g, usecols=[-1, 0])
lt("1 2\n", g, usecols=[0, 5])
lt("1 2\n3 4\n", g, unpack=True)
lt("123456\n789012\n", g, delimiter=3)
lt("123456\n789012\n", g, delimiter=[2, 4])
lt("12345\n6789\n", g, delimiter=[2, 2, 2])
lt(" 1 , 2 \n", g, delimiter=",", autostrip=True)
lt("1 2 # c\n#x\n\n3 4\n", g)
lt("1 2 // c\n3 4\n", g, comments="//")
lt("1;2\n", g, delimiter=";", comments=None)
lt("1::2::3\n", g, delimiter="::")
lt("1 2\n3 4\n5 6\n", g, max_rows=2)
lt("1 2\n", g, max_rows=0)
lt("1 2\n", g, max_rows=1, skip_footer=1)
lt("1.5 2 1e3 1_000\n", g, dtype="int64")
lt("1 nan -inf INFINITY 1_0.5\n", g)
lt("1.5 2\n", g, dtype="float32")
lt("1 2\n", g, dtype="complex128")
lt("1+2j 3 (4-1J) -j x\n", g, dtype="complex128")
lt("True false TRUE 1 0\n", g, dtype="bool")
lt("1 2\n3 4\n", g, skip_header=5)
lt("1 2\n3 4\n", g, ndmin=2)
lt("5\n", g, ndmin=1)
# dtype=None where every column settles on the same type (mixed types give structured arrays).
for text, kw in [("1 2\n3 4\n", {}), ("1,,3\n4,5,6\n", {"delimiter": ","}), ("1,,3\n4,,6\n", {"delimiter": ","}),
                 ("True False\nfalse TRUE\n", {}), ("1\n2\n", {}), ("1_0 2\n", {}), ("1,,3\n", {"delimiter": ",", "filling_values": 7}),
                 ("1,N/A\n3,4\n", {"delimiter": ",", "missing_values": "N/A"}), ("1.5 2.5\n3 nan\n", {}), ("1+2j 3\n4 5j\n", {}),
                 ("9223372036854775808 1.5\n", {}), ("1 2\n3 4\n5\n", {"invalid_raise": False})]:
    lt(text, g, dtype=None, **kw)

# Python's % on many doubles, dyadic ties (k/2**j) included: the rounding of %e, %f and %g.
rng = np.random.default_rng(1)
vals = np.concatenate([
    rng.integers(-4000, 4000, 300) / 2.0 ** rng.integers(0, 12, 300),
    rng.normal(size=200) * 10.0 ** rng.integers(-30, 30, 200),
    rng.integers(0, 2**53, 100).astype(np.float64) * 2.0 ** rng.integers(0, 80, 100),
    np.array([5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 1.5, 2.5, 1e21, 1e22, 123456789012345678901234.0]),
])
fmts = ["%.0e", "%.1e", "%.3e", "%.16e", "%.18e", "%.0f", "%.1f", "%.2f", "%.5f", "%.20f", "%g", "%.1g", "%.3g", "%.17g", "%#.4g"]
rounding = {"bits": base64.b64encode(vals.astype("<f8").tobytes()).decode(), "formats": {f: [f % v for v in vals.tolist()] for f in fmts}}

with open(os.path.join(HERE, "text_cases.json"), "w") as f:
    json.dump({"numpy": np.__version__, "savetxt": savetxt_cases, "loadtxt": loadtxt_cases, "rounding": rounding}, f, indent=1)
    f.write("\n")
