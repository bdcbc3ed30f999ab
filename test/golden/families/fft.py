"""numpy.fft: the complex, real and Hermitian 1-D transforms over many lengths (powers of 2, 3
and 5, mixed, primes that need Bluestein), norms, n cropping and padding, axes and strided
inputs, dtypes (NumPy 2 keeps float32/complex64 in single precision), the 2-D and N-D
transforms with s and axes, out=, NumPy's errors, and fftfreq / rfftfreq / fftshift / ifftshift.

FFT rounding errors scale with the whole array, so transform cases compare within `ulps_max`
ulps of the largest magnitude (ndts and pocketfft sum in different orders); the helpers are exact.
"""

import numpy as np

from golden import case, js, lit

LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 17, 25, 27, 31, 32, 49, 64, 97, 100, 121,
           128, 243, 256, 360, 500, 1000, 1009, 1024, 2018, 2048, 3125, 4096, 4099]
TOL = 24  # float64 ulps of the largest magnitude
TOL32 = 16  # float32 ulps of the largest magnitude (NumPy 2 computes in single precision)


def call(fn, a, *args, **kw):
    """np.fft.<fn>(a, *args, **kw) in Python and in JS (keywords as one options object); `a` is
    one expression for both or a (Python, JS) pair."""
    pya, jsa = a if isinstance(a, tuple) else (a, a)
    pa = [pya] + [repr(v) for v in args] + [f"{k}={v!r}" for k, v in kw.items()]
    ja = [jsa] + [js(v) for v in args]
    if kw:
        ja.append("{" + ", ".join(f"{k}: {js(v)}" for k, v in kw.items()) + "}")
    return f"np.fft.{fn}({', '.join(pa)})", f"np.fft.{fn}({', '.join(ja)})"


def fcase(id, fn, a, *args, tol=TOL, **kw):
    py, j = call(fn, a, *args, **kw)
    return case(f"fft/{id}", py, j, ulps_max=tol)


def crandn(rng, shape, dtype="complex128"):
    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)


def lengths(rng):
    for n in LENGTHS:
        x = lit(crandn(rng, n))
        r = lit(rng.standard_normal(n))
        yield fcase(f"fft-n{n}", "fft", x)
        if n <= 1024:
            yield fcase(f"ifft-n{n}", "ifft", x)
        yield fcase(f"rfft-n{n}", "rfft", r)
        h = lit(crandn(rng, n // 2 + 1))
        yield fcase(f"irfft-n{n}", "irfft", h, n)
        if n in (1, 2, 5, 8, 17, 100, 1009):
            yield fcase(f"hfft-n{n}", "hfft", h, n)
            yield fcase(f"ihfft-n{n}", "ihfft", r)
    # a round trip: ifft(fft(x)) recovers x
    x = lit(crandn(rng, 60))
    yield case("fft/roundtrip-60", f"np.fft.ifft(np.fft.fft({x}))", f"np.fft.ifft(np.fft.fft({x}))", ulps_max=TOL)
    r = lit(rng.standard_normal(31))
    yield case("fft/roundtrip-rfft-31", f"np.fft.irfft(np.fft.rfft({r}), 31)", f"np.fft.irfft(np.fft.rfft({r}), 31)", ulps_max=TOL)


def simple():
    # exact small inputs
    yield fcase("fft-impulse", "fft", "[1, 0, 0, 0]")
    yield fcase("fft-ones", "fft", "[1, 1, 1, 1, 1, 1]")
    yield fcase("fft-ints", "fft", "[1, 2, 3, 4]")
    yield fcase("rfft-ints", "rfft", "[1, 2, 3, 4, 5]")
    yield fcase("irfft-list", "irfft", "[1, 2, 3]")
    yield fcase("hfft-list", "hfft", "[1, 2, 3]")
    yield fcase("ihfft-list", "ihfft", "[1, 2, 3, 4]")
    yield fcase("fft-scalar-list", "fft", "[5]")


def nonfinite():
    """inf and nan propagate as in pocketfft (the real transforms of such lanes run complex, which
    gives pocketfft's pattern of inf and nan up to length 8 but not always beyond)."""
    for n in (4, 5, 8, 16):
        for name, v in (("inf", "np.inf"), ("nan", "np.nan"), ("-inf", "-np.inf")):
            vals = ["1.5"] + [v] + ["0.5"] * (n - 2)
            jsv = ["1.5"] + [{"np.inf": "Infinity", "np.nan": "NaN", "-np.inf": "-Infinity"}[v]] + ["0.5"] * (n - 2)
            pa, ja = "np.array([" + ", ".join(vals) + "])", "np.array([" + ", ".join(jsv) + "])"
            for fn in ("fft", "ifft") if n == 16 and name != "nan" else ("fft", "ifft", "rfft", "irfft", "hfft"):
                yield case(f"fft/{fn}-{name}-n{n}", f"np.fft.{fn}({pa})", f"np.fft.{fn}({ja})", ulps_max=TOL)
    # magnitudes near the largest double: the complex transforms overflow where pocketfft's do
    # (which outputs of the real transforms overflow depends on the order of their sums)
    for fn in ("fft", "ifft"):
        for vals in ([1e308, 1e308, 0.0, 0.0], [1e308, -1e308, 1e308, 5e307, 0.0, 0.0]):
            a = f"np.array({vals!r})"
            yield case(f"fft/{fn}-huge-n{len(vals)}", f"np.fft.{fn}({a})", f"np.fft.{fn}({a})", ulps_max=TOL)
    yield case("fft/rfft-huge-n4", "np.fft.rfft(np.array([1e308, 1e308, 0.0, 0.0]))", "np.fft.rfft(np.array([1e308, 1e308, 0.0, 0.0]))", ulps_max=TOL)


def norms(rng):
    x = lit(crandn(rng, 12))
    r = lit(rng.standard_normal(12))
    h = lit(crandn(rng, 7))
    for norm in ("backward", "ortho", "forward", None):
        for fn, a in (("fft", x), ("ifft", x), ("rfft", r), ("irfft", h), ("hfft", h), ("ihfft", r)):
            yield fcase(f"{fn}-norm-{norm}", fn, a, norm=norm)
        yield fcase(f"fft2-norm-{norm}", "fft2", lit(crandn(rng, (3, 4))), norm=norm)
        yield fcase(f"irfftn-norm-{norm}", "irfftn", lit(crandn(rng, (3, 4))), norm=norm)
    yield fcase("fft-norm-ortho-n7", "fft", x, 7, norm="ortho")
    yield fcase("irfft-norm-forward-n9", "irfft", h, 9, norm="forward")


def sizes(rng):
    x = lit(crandn(rng, 8))
    r = lit(rng.standard_normal(10))
    h = lit(crandn(rng, 5))
    for n in (1, 3, 5, 8, 12, 16, 31):
        yield fcase(f"fft-crop-pad-{n}", "fft", x, n)
        yield fcase(f"ifft-crop-pad-{n}", "ifft", x, n=n)
        yield fcase(f"rfft-crop-pad-{n}", "rfft", r, n)
        yield fcase(f"irfft-crop-pad-{n}", "irfft", h, n)
        yield fcase(f"hfft-crop-pad-{n}", "hfft", h, n)
        yield fcase(f"ihfft-crop-pad-{n}", "ihfft", r, n)


def axes_and_layouts(rng):
    a = crandn(rng, (4, 6))
    A = lit(a)
    yield fcase("fft-2d-lastaxis", "fft", A)
    yield fcase("fft-2d-axis0", "fft", A, axis=0)
    yield fcase("fft-2d-axis-2", "fft", A, None, -2)
    yield fcase("fft-2d-axis0-n7", "fft", A, 7, 0)
    yield fcase("ifft-2d-axis0", "ifft", A, axis=0)
    r = lit(rng.standard_normal((5, 6, 7)))
    yield fcase("rfft-3d-axis1", "rfft", r, axis=1)
    yield fcase("rfft-3d-axis0-n4", "rfft", r, 4, 0)
    yield fcase("irfft-3d-axis1", "irfft", lit(crandn(rng, (3, 4, 5))), axis=1)
    yield fcase("hfft-2d-axis0", "hfft", A, axis=0)
    yield fcase("ihfft-3d-axis2", "ihfft", r, axis=2)
    # transposed and strided inputs
    yield case("fft/fft-transposed", f"np.fft.fft({A}.T)", f"np.fft.fft({A}.T)", ulps_max=TOL)
    yield case("fft/fft-strided", f"np.fft.fft({A}[::2, ::-2])", f"np.fft.fft({A}.get('::2', '::-2'))", ulps_max=TOL)
    yield case("fft/rfft-strided-axis0", f"np.fft.rfft({r}[:, ::3], axis=0)", f"np.fft.rfft({r}.get(':', '::3'), {{axis: 0}})", ulps_max=TOL)
    yield case("fft/fft-empty-outer", "np.fft.fft(np.zeros((0, 4)))", "np.fft.fft(np.zeros([0, 4]))")
    yield case("fft/fft-empty-axis-n3", "np.fft.fft(np.zeros((4, 0)), 3)", "np.fft.fft(np.zeros([4, 0]), 3)")


def dtypes(rng):
    for dt in ("float32", "float64", "complex64", "complex128", "int8", "int32", "int64", "uint8", "bool"):
        if dt.startswith("complex"):
            a = crandn(rng, (3, 10), dt)
        elif dt.startswith("float"):
            a = rng.standard_normal((3, 10)).astype(dt)
        elif dt == "bool":
            a = rng.integers(0, 2, (3, 10)).astype(bool)
        else:
            a = rng.integers(0, 100, (3, 10)).astype(dt)
        tol = TOL32 if dt in ("float32", "complex64") else TOL
        A = lit(a)
        yield fcase(f"fft-{dt}", "fft", A, tol=tol)
        yield fcase(f"ifft-{dt}", "ifft", A, tol=tol)
        yield fcase(f"fft-ortho-{dt}", "fft", A, norm="ortho", tol=tol)
        yield fcase(f"fft2-{dt}", "fft2", A, tol=tol)
        yield fcase(f"irfft-{dt}", "irfft", A, tol=tol)
        yield fcase(f"hfft-{dt}", "hfft", A, tol=tol)
        if not dt.startswith("complex"):
            yield fcase(f"rfft-{dt}", "rfft", A, tol=tol)
            yield fcase(f"rfftn-{dt}", "rfftn", A, tol=tol)
            yield fcase(f"ihfft-{dt}", "ihfft", A, tol=tol)
    f = lit(rng.standard_normal(1000).astype("float32"))
    yield fcase("fft-float32-n1000", "fft", f, tol=TOL32)
    yield fcase("rfft-float32-n1000", "rfft", f, tol=TOL32)
    yield fcase("fft-float32-n1009", "fft", f, 1009, tol=TOL32)
    yield fcase("fft-float32-forward", "fft", f, norm="forward", tol=TOL32)


def nd(rng):
    a2 = lit(crandn(rng, (6, 8)))
    a3 = lit(crandn(rng, (3, 4, 5)))
    r3 = lit(rng.standard_normal((4, 5, 6)))
    for fn in ("fft2", "ifft2", "fftn", "ifftn"):
        yield fcase(f"{fn}-2d", fn, a2)
        yield fcase(f"{fn}-3d", fn, a3)
        yield fcase(f"{fn}-3d-axes01", fn, a3, axes=(0, 1))
        yield fcase(f"{fn}-3d-axes-neg", fn, a3, axes=[-1, 0])
        yield fcase(f"{fn}-3d-s-axes", fn, a3, (5, 3), (0, 2))
        yield fcase(f"{fn}-3d-s-minus1", fn, a3, s=(-1, 7), axes=(1, 2))
    yield fcase("fftn-3d-s-only", "fftn", a3, s=(2, 6))
    yield fcase("fftn-repeated-axes", "fftn", a2, axes=(0, 0))
    yield fcase("fftn-axes-1", "fftn", a3, axes=(1,))
    yield fcase("fftn-axes-empty", "fftn", a2, axes=())
    yield fcase("fft2-3d-axes02", "fft2", a3, axes=(0, 2))
    for fn in ("rfft2", "rfftn"):
        yield fcase(f"{fn}-2d", fn, lit(rng.standard_normal((6, 8))))
        yield fcase(f"{fn}-3d", fn, r3)
        yield fcase(f"{fn}-3d-axes10", fn, r3, axes=(1, 0))
        yield fcase(f"{fn}-3d-s-axes", fn, r3, (3, 7), (0, 2))
    yield fcase("rfftn-3d-all", "rfftn", r3, axes=(0, 1, 2))
    for fn in ("irfft2", "irfftn"):
        yield fcase(f"{fn}-2d", fn, a2)
        yield fcase(f"{fn}-3d", fn, a3)
        yield fcase(f"{fn}-3d-axes10", fn, a3, axes=(1, 0))
        yield fcase(f"{fn}-3d-s-axes", fn, a3, (4, 9), (0, 2))
        yield fcase(f"{fn}-3d-s-odd", fn, a3, s=(3, 5), axes=(1, 2))
    # round trips
    yield case("fft/rfftn-irfftn-roundtrip", f"np.fft.irfftn(np.fft.rfftn({r3}), {r3}.shape)", f"np.fft.irfftn(np.fft.rfftn({r3}), {r3}.shape)", ulps_max=TOL)
    yield case("fft/fft2-ifft2-roundtrip", f"np.fft.ifft2(np.fft.fft2({a2}))", f"np.fft.ifft2(np.fft.fft2({a2}))", ulps_max=TOL)


def outs(rng):
    x = lit(crandn(rng, (3, 8)))
    r = lit(rng.standard_normal((3, 8)))
    yield case("fft/out-fft", f"np.fft.fft({x}, out=np.empty((3, 8), complex))", f"np.fft.fft({x}, {{out: np.empty([3, 8], 'complex128')}})", ulps_max=TOL)
    yield case("fft/out-fft-complex64", f"np.fft.fft({x}, out=np.empty((3, 8), np.complex64))", f"np.fft.fft({x}, {{out: np.empty([3, 8], 'complex64')}})", ulps_max=TOL32)
    yield case("fft/out-rfft", f"np.fft.rfft({r}, out=np.zeros((3, 5), complex))", f"np.fft.rfft({r}, {{out: np.zeros([3, 5], 'complex128')}})", ulps_max=TOL)
    yield case("fft/out-irfft", f"np.fft.irfft({x}, out=np.zeros((3, 14)))", f"np.fft.irfft({x}, {{out: np.zeros([3, 14])}})", ulps_max=TOL)
    yield case("fft/out-irfft-complex", f"np.fft.irfft({x}, out=np.zeros((3, 14), complex))", f"np.fft.irfft({x}, {{out: np.zeros([3, 14], 'complex128')}})", ulps_max=TOL)
    yield case("fft/out-broadcast-input", f"np.fft.fft({x}[:1], out=np.empty((3, 8), complex))", f"np.fft.fft({x}.get(':1'), {{out: np.empty([3, 8], 'complex128')}})", ulps_max=TOL)
    yield case("fft/out-fftn", f"np.fft.fftn({x}, out=np.empty((3, 8), complex))", f"np.fft.fftn({x}, {{out: np.empty([3, 8], 'complex128')}})", ulps_max=TOL)
    yield case("fft/out-is-returned", f"(lambda o: np.fft.fft({x}, out=o) is o)(np.empty((3, 8), complex))", f"((o) => np.fft.fft({x}, {{out: o}}) === o)(np.empty([3, 8], 'complex128'))")
    yield case("fft/out-in-place", f"(lambda o: np.fft.fft(o, out=o))(np.array({x}))", f"((o) => np.fft.fft(o, {{out: o}}))(np.array({x}))", ulps_max=TOL)
    yield case("fft/out-wrong-shape", f"np.fft.fft({x}, out=np.empty((3, 7), complex))", f"np.fft.fft({x}, {{out: np.empty([3, 7], 'complex128')}})")
    yield case("fft/out-wrong-ndim", f"np.fft.fft({x}, out=np.empty(8, complex))", f"np.fft.fft({x}, {{out: np.empty(8, 'complex128')}})")
    yield case("fft/out-real-dtype", f"np.fft.fft({x}, out=np.empty((3, 8)))", f"np.fft.fft({x}, {{out: np.empty([3, 8])}})")
    yield case("fft/out-rfft-real-dtype", f"np.fft.rfft({r}, out=np.empty((3, 5)))", f"np.fft.rfft({r}, {{out: np.empty([3, 5])}})")
    yield case("fft/out-irfft-int-dtype", f"np.fft.irfft({x}, out=np.empty((3, 14), int))", f"np.fft.irfft({x}, {{out: np.empty([3, 14], 'int64')}})")


def errors():
    a = "np.arange(8.0)"
    for fn in ("fft", "ifft", "rfft", "irfft", "hfft", "ihfft"):
        yield case(f"fft/err-{fn}-n0", *call(fn, a, 0))
        yield case(f"fft/err-{fn}-n-3", *call(fn, a, -3))
        yield case(f"fft/err-{fn}-norm", *call(fn, a, norm="bad"))
        yield case(f"fft/err-{fn}-axis-n", *call(fn, a, 4, 1))
        yield case(f"fft/err-{fn}-axis", *call(fn, a, axis=-2))
    yield case("fft/err-fft-empty", "np.fft.fft(np.zeros(0))", "np.fft.fft(np.zeros(0))")
    yield case("fft/err-irfft-len1", "np.fft.irfft([1.5])", "np.fft.irfft([1.5])")
    yield case("fft/err-fft-0d", "np.fft.fft(np.float64(3.5))", "np.fft.fft(np.array(3.5))")
    yield case("fft/err-rfft-complex", "np.fft.rfft(np.ones(4, complex))", "np.fft.rfft(np.ones(4, 'complex128'))")
    yield case("fft/err-rfft-complex-odd", "np.fft.rfft(np.ones(4, complex), 5)", "np.fft.rfft(np.ones(4, 'complex128'), 5)")
    m = ("np.ones((2, 3))", "np.ones([2, 3])")
    yield case("fft/err-fftn-s-axes-lengths", *call("fftn", m, (2, 3), (0,)))
    yield case("fft/err-fftn-axes-oob", *call("fftn", m, axes=(0, 5)))
    yield case("fft/err-fftn-s-too-long", *call("fftn", m, s=(2, 3, 4)))
    yield case("fft/err-fftn-s-zero", *call("fftn", m, s=(0, 4), axes=(0, 1)))
    yield case("fft/err-fft2-1d", *call("fft2", "np.ones(3)"))
    yield case("fft/err-rfftn-axes-empty", *call("rfftn", "np.ones(3)", axes=()))
    yield case("fft/err-irfftn-axes-empty", *call("irfftn", "np.ones(3)", axes=[]))
    yield case("fft/err-irfftn-0d", "np.fft.irfftn(np.float64(3.5))", "np.fft.irfftn(np.array(3.5))")
    yield case("fft/err-fftn-0d", "np.fft.fftn(np.float64(3.5))", "np.fft.fftn(np.array(3.5))")


def helpers():
    for n in range(1, 11):
        yield case(f"fft/fftfreq-{n}", f"np.fft.fftfreq({n})")
        yield case(f"fft/rfftfreq-{n}", f"np.fft.rfftfreq({n})")
    for n, d in ((5, 0.1), (8, 0.25), (7, 3), (1000, 0.001), (9, 1e-7)):
        yield case(f"fft/fftfreq-{n}-d{d}", f"np.fft.fftfreq({n}, {d!r})", f"np.fft.fftfreq({n}, {js(d)})")
        yield case(f"fft/rfftfreq-{n}-d{d}", f"np.fft.rfftfreq({n}, d={d!r})", f"np.fft.rfftfreq({n}, {{d: {js(d)}}})")
    yield case("fft/fftfreq-d-array", "np.fft.fftfreq(4, np.array([1.0, 2.0, 3.0, 4.0]))", "np.fft.fftfreq(4, np.array([1, 2, 3, 4], 'float64'))")
    yield case("fft/rfftfreq-negative", "np.fft.rfftfreq(-3)")
    yield case("fft/err-fftfreq-zero", "np.fft.fftfreq(0)")
    yield case("fft/err-fftfreq-d0", "np.fft.fftfreq(4, 0)")
    yield case("fft/err-fftfreq-float", "np.fft.fftfreq(3.5)")
    yield case("fft/err-rfftfreq-float", "np.fft.rfftfreq(2.5)")
    yield case("fft/err-fftfreq-negative", "np.fft.fftfreq(-3)")
    yield case("fft/fftfreq-device", "np.fft.fftfreq(4, device='cpu')", "np.fft.fftfreq(4, {device: 'cpu'})")
    yield case("fft/err-fftfreq-device", "np.fft.fftfreq(4, device='gpu')", "np.fft.fftfreq(4, {device: 'gpu'})")
    for n in (1, 2, 5, 6):
        yield case(f"fft/fftshift-{n}", f"np.fft.fftshift(np.arange({n}))")
        yield case(f"fft/ifftshift-{n}", f"np.fft.ifftshift(np.arange({n}))")
        yield case(f"fft/shift-roundtrip-{n}", f"np.fft.ifftshift(np.fft.fftshift(np.arange({n})))")
    m = "np.arange(30).reshape(5, 6)"
    yield case("fft/fftshift-2d", f"np.fft.fftshift({m})")
    yield case("fft/ifftshift-2d", f"np.fft.ifftshift({m})")
    yield case("fft/fftshift-2d-axes0", f"np.fft.fftshift({m}, axes=0)", f"np.fft.fftshift({m}, {{axes: 0}})")
    yield case("fft/ifftshift-2d-axes-1", f"np.fft.ifftshift({m}, -1)", f"np.fft.ifftshift({m}, -1)")
    yield case("fft/fftshift-2d-axes-list", f"np.fft.fftshift({m}, axes=[1, 0])", f"np.fft.fftshift({m}, {{axes: [1, 0]}})")
    yield case("fft/fftshift-freqs", "np.fft.fftshift(np.fft.fftfreq(10, 0.1))", "np.fft.fftshift(np.fft.fftfreq(10, 0.1))")
    yield case("fft/fftshift-complex", "np.fft.fftshift(np.array([1+2j, 3, 4j]))", "np.fft.fftshift(np.array([{re: 1, im: 2}, {re: 3, im: 0}, {re: 0, im: 4}]))")
    yield case("fft/err-fftshift-axes-oob", f"np.fft.fftshift({m}, axes=5)", f"np.fft.fftshift({m}, {{axes: 5}})")
    yield case("fft/err-fftshift-0d", "np.fft.fftshift(np.float64(3.5))", "np.fft.fftshift(np.array(3.5))")


def cases():
    rng = np.random.default_rng(20261203)
    yield from lengths(rng)
    yield from simple()
    yield from nonfinite()
    yield from norms(rng)
    yield from sizes(rng)
    yield from axes_and_layouts(rng)
    yield from dtypes(rng)
    yield from nd(rng)
    yield from outs(rng)
    yield from errors()
    yield from helpers()
