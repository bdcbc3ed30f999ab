# sin, cos, tan float64 kernels (assembly/math/trig.ts): reduction constants, polynomial and
# rational fits, and the per-lane coefficient table of sin/cos.
#
# Reduction: k = round(x 2/pi), r = x - k pi/2 with pi/2 = P1 + P2 + P3 (P1, P2 of 35 bits, so
# k P1 and k P2 are exact for |k| < 2^18; the fast path takes |x| < 2^17).
# sin r = r + r z S(z), cos r = 1 - z/2 + z^2 C(z) (z = r^2, |r| <= pi/4): S and C of degree 5,
# minimax relative to sin and cos.
# tan r = r + r z P(z)/Q(z), P of degree 2, Q monic of degree 4 (rational least squares, then
# checked on a fine grid).
# TRIG_T: for each pair of quadrants (q0, q1) of the two f64x2 lanes (16 combinations), the
# vectors ta, tb, tc, th, Q0..Q6 (lane 0 from q0, lane 1 from q1), stored coefficient-major
# (block i = 16 vectors of 16 bytes). A lane of quadrant q computes, with u = r ta + tb,
# G = ta - r tb + z tc, hz = z th, H = u - hz:
#   y = H + (((u - H) - hz) + ((z u) Q(z) + rl G))
# which is s sin r (q even, s = +1 for q = 0, -1 for q = 2: ta = s, tb = 0, tc = -s/2, th = 0,
# Q = S) or s cos r (q odd, s = +1 for q = 1... cos(x) = -sin(r) etc. are folded in the same way:
# ta = 0, tb = s, tc = 0, th = s/2, Q = z C(z) with coefficients 0, C0..C5).
import mpmath as mp
from fit import remez
mp.mp.dps = 60

def part(v, bits):
    e = mp.floor(mp.log(abs(v), 2))
    s = mp.mpf(2) ** (bits - 1 - e)
    return mp.nint(v * s) / s

pio2 = mp.pi / 2
P1 = part(pio2, 35); P2 = part(pio2 - P1, 35); P3 = mp.mpf(float(pio2 - P1 - P2))
print("2/pi", repr(float(2 / mp.pi)))
print("P1 P2 P3", repr(float(P1)), repr(float(P2)), repr(float(P3)), "rest", mp.nstr(pio2 - P1 - P2 - P3, 3))

Z = (mp.pi / 4) ** 2 * mp.mpf("1.0001")
gs = lambda z: (mp.sin(mp.sqrt(z)) - mp.sqrt(z)) / (z * mp.sqrt(z)) if z != 0 else -mp.mpf(1) / 6
S, es = remez(gs, mp.mpf(0), Z, 5, w=lambda z: z * mp.sqrt(z) / mp.sin(mp.sqrt(z)) if z != 0 else mp.mpf(0))
gc = lambda z: (mp.cos(mp.sqrt(z)) - 1 + z / 2) / (z * z) if z != 0 else mp.mpf(1) / 24
C, ec = remez(gc, mp.mpf(0), Z, 5, w=lambda z: z * z / mp.cos(mp.sqrt(z)))
S = [float(v) for v in S]; C = [float(v) for v in C]
print("S", S, "rel err log2", mp.nstr(mp.log(es, 2), 4))
print("C", C, "rel err log2", mp.nstr(mp.log(ec, 2), 4))

# tan: R(z) = (tan r - r) / (r z) = P(z) / Q(z), Q = q0 + q1 z + q2 z^2 + q3 z^3 + z^4.
R = lambda z: (mp.tan(mp.sqrt(z)) - mp.sqrt(z)) / (z * mp.sqrt(z)) if z != 0 else mp.mpf(1) / 3
M = 120
zs = [Z / 2 * (1 - mp.cos(mp.pi * (k + mp.mpf(0.5)) / M)) for k in range(M)]
w = [mp.mpf(1)] * M
for it in range(6):
    A = mp.matrix(M, 7); b = mp.matrix(M, 1)
    for i, z in enumerate(zs):
        r = R(z)
        # r (q0 + q1 z + q2 z^2 + q3 z^3) - (p0 + p1 z + p2 z^2) = -r z^4, weighted
        row = [r, r * z, r * z ** 2, r * z ** 3, -1, -z, -z ** 2]
        for j in range(7): A[i, j] = row[j] * w[i] / r
        b[i] = -r * z ** 4 * w[i] / r
    sol = mp.lu_solve(A.T * A, A.T * b)
    q = [sol[0], sol[1], sol[2], sol[3]]; p = [sol[4], sol[5], sol[6]]
    w = [1 / abs(q[0] + q[1] * z + q[2] * z ** 2 + q[3] * z ** 3 + z ** 4) for z in zs]
p = [float(v) for v in p]; q = [float(v) for v in q]
worst = 0
for k in range(2001):
    r = mp.pi / 4 * k / 2000
    if r == 0: continue
    z = r * r
    approx = r + r * z * (p[0] + p[1] * z + p[2] * z * z) / (q[0] + q[1] * z + q[2] * z * z + q[3] * z ** 3 + z ** 4)
    worst = max(worst, abs(approx / mp.tan(r) - 1))
print("tan P", p, "Q", q, "rel err log2", mp.nstr(mp.log(worst, 2), 4))

def lane(q):
    s = 1.0 if q < 2 else -1.0
    if q % 2 == 0:
        return [s, 0.0, -0.5 * s, 0.0] + S + [0.0]
    return [0.0, s, 0.0, 0.5 * s] + [0.0] + C
# quadrant of lane: sin(x) = sin(r) (q=0), cos(r) (q=1), -sin(r) (q=2), -cos(r) (q=3)
vals = []
for i in range(11):
    for j in range(16):
        vals += [lane(j & 3)[i], lane((j >> 2) & 3)[i]]
def fmt(v): return "-0.0" if v == 0 and mp.sign(v) < 0 else repr(v)
print("TRIG_T")
for i in range(0, len(vals), 8):
    print("  " + ", ".join(fmt(v) for v in vals[i:i + 8]) + ",")
