"""float32 tanh (assembly/math/f32more.ts Tanh32): the polynomial P of a + a z P(z), z = a^2, for
a = |x| < 9/16, fitted by Lawson-reweighted least squares to the relative error of the result;
then the whole kernel (both branches, float32 rounding after every operation, poly32's order)
checked against float64 tanh on 4 million inputs, beside NumPy's own float32 tanh.
Run: python3 scripts/math-tables/tanh32.py (numpy only)."""
import numpy as np

f = np.float32
T = 0.5625


def fit_p(deg):
    x = np.linspace(1e-3, T, 20000)
    z = x * x
    q = np.tanh(x) / x  # the result over a
    target = (q - 1) / z
    w = np.ones_like(x)
    for _ in range(30):
        scale = w * z / q
        c, *_ = np.linalg.lstsq((z[:, None] ** np.arange(deg + 1)) * scale[:, None], target * scale, rcond=None)
        e = (np.polyval(c[::-1], z) - target) * z / q
        w = w * (np.abs(e) / np.abs(e).max()) ** 0.5 + 1e-9
    return [float(f(v)) for v in c], np.abs(e).max()


def poly32(z, c):
    """The kernels' poly32: pairs c[i] + c[i+1] z, then combined with z^2, z^4, ..."""
    terms = [(f(c[i]) + (f(c[i + 1]) * z).astype(f)).astype(f) if i + 1 < len(c) else np.full_like(z, f(c[i])) for i in range(0, len(c), 2)]
    pw = z
    while len(terms) > 1:
        pw = (pw * pw).astype(f)
        terms = [(terms[i] + (terms[i + 1] * pw).astype(f)).astype(f) if i + 1 < len(terms) else terms[i] for i in range(0, len(terms), 2)]
    return terms[0]


EXP_EF = [0.5, 0.16666576266288757, 0.041666556149721146, 0.008363177999854088, 0.0013926181709393859]


def exp32_fast(x):
    t = ((x * f(1.4426950216293335)).astype(f) + f(12582912.0)).astype(f)
    kd = (t - f(12582912.0)).astype(f)
    r = ((x - (kd * f(0.693145751953125)).astype(f)).astype(f) - (kd * f(1.428606765330187e-06)).astype(f)).astype(f)
    p = (r + ((r * r).astype(f) * poly32(r, EXP_EF)).astype(f)).astype(f)
    return ((f(1) + p).astype(f) * np.ldexp(np.ones_like(kd), kd.astype(np.int32)).astype(f)).astype(f)


def tanh32(x, p):
    a = np.abs(x.astype(f))
    z = (a * a).astype(f)
    small = (a + ((a * z).astype(f) * poly32(z, p)).astype(f)).astype(f)
    e = exp32_fast(np.minimum((a + a).astype(f), f(20)))
    large = (f(1) - (f(2) / (e + f(1)).astype(f)).astype(f)).astype(f)
    return np.copysign(np.where(a < f(T), small, large), x)


rng = np.random.default_rng(3)
xs = np.concatenate([rng.uniform(0, 12, 2_000_000).astype(f), np.geomspace(1e-8, 1, 200_000).astype(f),
                     (np.arange(0, int(2**23 * 0.7), 7) * 2.0**-23).astype(f)])
ref = np.tanh(xs.astype(np.float64))
ulp = np.spacing(np.abs(ref).astype(f)).astype(np.float64)
p, err = fit_p(4)
e = np.abs(tanh32(xs, p).astype(np.float64) - ref) / ulp
small = xs < T
print("TANH_PF =", p)
print(f"fit error {err:.3g}; max ulp below {T}: {e[small].max():.2f}, above: {e[~small].max():.2f}")
print(f"NumPy float32 tanh max ulp: {(np.abs(np.tanh(xs).astype(np.float64) - ref) / ulp).max():.2f}")
