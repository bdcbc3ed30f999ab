import mpmath as mp
from fit import remez
mp.mp.dps = 50
Z = (mp.pi/2)**2 * mp.mpf('1.001')
g = lambda z: (mp.sin(mp.sqrt(z)) - mp.sqrt(z))/(z*mp.sqrt(z)) if z != 0 else -mp.mpf(1)/6
for deg in (7, 8):
    c, err = remez(g, mp.mpf(0), Z, deg, w=lambda z: z*mp.sqrt(z)/mp.sin(mp.sqrt(z)) if z != 0 else mp.mpf(0))
    print(deg+1, "rel err log2", mp.nstr(mp.log(err, 2), 5), [repr(float(x)) for x in c])
# pi parts
def split(v, bits):
    e = mp.floor(mp.log(abs(v), 2))
    scale = mp.mpf(2)**(bits - 1 - e)
    return mp.floor(v * scale + mp.mpf(0.5)) / scale if False else mp.nint(v*scale)/scale
p = mp.pi
p1 = split(p, 32); p2 = split(p - p1, 32); p3 = split(p - p1 - p2, 32); p4 = mp.mpf(float(p - p1 - p2 - p3))
print([repr(float(x)) for x in (p1, p2, p3, p4)], float(1/mp.pi))
print(mp.nstr(p - p1 - p2 - p3 - p4, 5))
