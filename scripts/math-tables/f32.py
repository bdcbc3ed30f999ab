# Polynomial fits of the native float32 kernels (assembly/math/f32more.ts), coefficients rounded
# to float32 and their error re-measured after rounding.
#   asin: asin(t) = t + t z P(z), z = t^2 in [0, 1/4], P of degree 4, relative to asin(t).
import mpmath as mp, struct
from fit import remez
mp.mp.dps = 40

def f32(v): return struct.unpack('<f', struct.pack('<f', float(v)))[0]

def fit(name, g, a, b, deg, w, check):
    c, err = remez(g, a, b, deg, w=w)
    c32 = [f32(v) for v in c]
    worst = max(check(c32, a + (b - a) * k / 4000) for k in range(1, 4001))
    print(name, [repr(v) for v in c32], "err log2", mp.nstr(mp.log(err, 2), 4), "after rounding", mp.nstr(mp.log(worst, 2), 4))
    return c32

def pv(c, z): return sum(mp.mpf(ci) * z ** i for i, ci in enumerate(c))

g = lambda z: (mp.asin(mp.sqrt(z)) / mp.sqrt(z) - 1) / z if z != 0 else mp.mpf(1) / 6
fit("asin P", g, mp.mpf(0), mp.mpf(0.25), 4,
    lambda z: z * mp.sqrt(z) / mp.asin(mp.sqrt(z)) if z != 0 else mp.mpf(0),
    lambda c, z: abs((mp.sqrt(z) + mp.sqrt(z) * z * pv(c, z)) / mp.asin(mp.sqrt(z)) - 1))

# expm1: e^r - 1 = r + r^2 P(r), |r| <= ln2/2, P of degree 3, error of r^2 P relative to e^r - 1.
h = mp.log(2) / 2 * mp.mpf("1.01")
g = lambda r: (mp.expm1(r) - r) / r ** 2 if r != 0 else mp.mpf(1) / 2
for deg in (5,):
    fit(f"expm1 P deg {deg}", g, -h, h, deg, lambda r: r * r / mp.expm1(r) if r != 0 else mp.mpf(0),
        lambda c, r: abs(r * r * pv(c, r) / mp.expm1(r)) * 0 + abs((r + r * r * pv(c, r)) / mp.expm1(r) - 1) if r != 0 else 0)
L1 = mp.mpf(int(mp.log(2) * 2 ** 16)) / 2 ** 16
print("ln2 hi (16 bits)", repr(float(L1)), "lo", repr(f32(mp.log(2) - L1)))

# sin/cos float32 (assembly/math/f32.ts): per-lane coefficient table TRIG32_T. For the 16 parity
# patterns j of an f32x4 vector (bit i: lane i's quadrant is odd), 6 blocks (ta, tb, Q0..Q3) of 16
# vectors: an even lane computes sin r = r + r z S(z) (ta = 1, tb = 0, Q = S), an odd lane
# cos r = 1 + z (-1/2 + z C(z)) (ta = 0, tb = 1, Q = -1/2, C0, C1, C2), with the float32 S and C of
# f32.ts (Chebyshev interpolation, earlier).
S32 = [-0.1666666716337204, 0.008333331905305386, -0.00019840087043121457, 2.7249900540482486e-06]
C32 = [0.0416666641831398, -0.001388830249197781, 2.454792229400482e-05]
def lane32(odd):
    return [0.0, 1.0, -0.5] + C32 if odd else [1.0, 0.0] + S32
vals = []
for i in range(6):
    for j in range(16):
        vals += [lane32((j >> l) & 1)[i] for l in range(4)]
print("TRIG32_T")
for i in range(0, len(vals), 16):
    print("  " + ", ".join(repr(v) for v in vals[i:i + 16]) + ",")
