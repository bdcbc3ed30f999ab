import mpmath as mp, struct, sys
from fit import remez
mp.mp.dps = 60
N = int(sys.argv[1]); deg = int(sys.argv[2])  # deg: poly degree of exp(r)-1 (terms r..r^deg), fit C2..Cdeg
h = mp.log(2)/(2*N) * mp.mpf('1.02')
# g(r) = (exp(r)-1-r)/r^2 ~ C2 + C3 r + ...
g = lambda r: (mp.exp(r)-1-r)/r**2 if r != 0 else mp.mpf(1)/2
c, err = remez(g, -h, h, deg-2, w=lambda r: r*r)
print("abs err exp-1:", mp.nstr(err, 5), "log2:", mp.nstr(mp.log(err, 2), 5))
cs = [float(x) for x in c]
print("C:", [repr(x) for x in cs])
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
T = []
for i in range(N):
    v = mp.mpf(2)**(mp.mpf(i)/N)
    s = float(v)
    tail = float((v - s)/s)
    T.append((bits(tail), (bits(s) - (i << (52 - (N.bit_length()-1)))) & (2**64-1)))
print("invln2N", repr(float(N/mp.log(2))))
L = mp.log(2)/N
hi = float(L); # clear low bits so kd*hi exact for |kd| < 2^22
b = bits(hi) & ~((1 << 28) - 1); hi = struct.unpack('<d', struct.pack('<Q', b))[0]
lo = float(L - hi)
print("ln2hiN", repr(hi), "ln2loN", repr(lo))
with open(f"exp_table_{N}.txt", "w") as f:
    for t, s in T: f.write(f"0x{t:016x}, 0x{s:016x},\n")
