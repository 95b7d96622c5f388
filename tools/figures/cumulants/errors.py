#!/usr/bin/env python3
"""Cumulant orders 1, 2, 3 of models/nbody/dtfim_nbody.model against the
certified exact steady state of bin/dtfim-exact (docs/validation.md).

Mapping (docs/cumulants.md, docs/exact.md): the model's H = hx/2 sum sx +
hz/2 sum sz + Jbar/(4N) sum_{i!=j} sz_i sz_j, gamma D[sm_j], Gbar/N D[sum sm]
is dtfim-exact's Eq. 1-2 with S = sigma/2: J = Jbar/N (J sum S^z S^z =
J/4 sum sz sz), the same hx, hz, gamma, and Gamma = Gbar/N.
n-bar = (1 + <sz1>)/2; <sigma+_1 sigma-_2> = (<sx1 sx2> + <sy1 sy2>)/4 (the
imaginary part (<sy1 sx2> - <sx1 sy2>)/4 is zero: both are the one
symmetric moment sx1*sy2); at order 1 <sa1 sa2> = <sa1>^2.

Starts: order 1 from the global stable mean-field root (dtfim-exact
meanfield) at the first N, then from the previous N; order K from the
order-(K-1) state at the same N lifted by the closure (the K-th joint
cumulant set to zero), else from order K's state at the previous N, else
from the end of a time evolution (t = 2000) from the lifted state. The
default start (all zeros) is tried too and reported (same, other, failed);
max_re (the largest real part of the Jacobian's eigenvalues, `stability
--at`) says whether the state is stable in the order-K equations.
Usage: errors.py BIN MODELDIR CSV SLOPES  (gnuplot is run by errors.sh)."""
import math, subprocess, sys

BIN, MD, CSV, SLOPES = sys.argv[1:5]
JBAR, GAMMA, GBAR = "1", "0.1", "0.3"
NS = [16, 64, 256, 1024, 4096]
POINTS = [  # name, hx, hz, where (mean field, Jbar = 1, gamma = 0.1, Gbar = 0.3)
    ("A", "0.4", "1", "away: one root m = 0.647"),
    ("B", "1.2", "0", "away: above the critical hx = 0.926, m = 0.0036"),
    ("C", "0.4", "-0.5", "away: one root m = 0.965, almost all down"),
    ("D", "0.4", "0.2", "near: 0.017 above the first-order hz = 0.1835 (spinodals 0.019, 0.297)"),
]


def run(args):
    return subprocess.run(args, capture_output=True, text=True)


def steady(K, p, init=None):
    a = [f"{MD}/dtfim_nbody_o{K}", "steady", "--set", p]
    if init is not None:
        a += ["--init", ",".join("%.17g" % v for v in init)]
    r = run(a)
    if r.returncode != 0:
        return None
    return [(l.split()[0], float(l.split()[1])) for l in r.stdout.splitlines()
            if l and not l.startswith("#")]


def evolved(K, p, init):
    """The state after t = 2000 (200/gamma) of evolution from init."""
    r = run([f"{MD}/dtfim_nbody_o{K}", "evolve", "--set", p, "--t", "2000", "--every", "2000",
             "--init", ",".join("%.17g" % v for v in init)])
    assert r.returncode == 0, r.stderr
    last = [l for l in r.stdout.splitlines() if l.startswith("2000,")][0]
    return [float(v) for v in last.split(",")[1:]]


def max_re(K, p, s):
    """The largest real part of the Jacobian's eigenvalues at state s."""
    r = run([f"{MD}/dtfim_nbody_o{K}", "stability", "--set", p, "--at",
             ",".join("%.17g" % v for _, v in s)])
    assert r.returncode == 0, r.stderr
    return max(float(l.split()[0]) for l in r.stdout.splitlines() if l.startswith((" ", "-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")))


def key(ops):
    return "*".join(f"{o}{i + 1}" for i, o in enumerate(sorted(ops)))


def lift(lower, names):
    """The order-(K-1) moments extended by the closure of that order."""
    m = dict(lower)
    g = lambda ops: m[key(ops)]
    out = []
    for n in names:
        ops = [t[:2] for t in n.split("*")]
        if n in m:
            out.append(m[n])
        elif len(ops) == 2:
            out.append(g(ops[:1]) * g(ops[1:]))
        else:
            a, b, c = ops
            out.append(g([a, b]) * g([c]) + g([a, c]) * g([b]) + g([b, c]) * g([a])
                       - 2 * g([a]) * g([b]) * g([c]))
    return out


def observables(state):
    m = dict(state)
    xx = m.get("sx1*sx2", m["sx1"] ** 2)
    yy = m.get("sy1*sy2", m["sy1"] ** 2)
    return (1 + m["sz1"]) / 2, (xx + yy) / 4


def same(s, t):
    return t is not None and max(abs(a[1] - b[1]) for a, b in zip(s, t)) < 1e-8


def exact(N, hx, hz):
    o = ["--N", str(N), "--J", f"{JBAR}/{N}", "--hz", hz, "--hx", hx, "--gamma", GAMMA,
         "--Gamma", f"{GBAR}/{N}", "--digits", "20"]
    d = run([f"{BIN}/dtfim-exact", "density"] + o)
    c = run([f"{BIN}/dtfim-exact", "corr"] + o + ["--plus", "1", "--minus", "2"])
    assert d.returncode == 0 and c.returncode == 0, (d.stderr, c.stderr)
    nbar = [l.split(",")[1] for l in d.stdout.splitlines() if l.startswith("mean,")][0]
    re, im = c.stdout.split()
    assert im == "0"
    return float(nbar), float(re)


def meanfield_root(hx, hz):
    r = run([f"{BIN}/dtfim-exact", "meanfield", "--Jbar", JBAR, "--hz", hz, "--hx", hx,
             "--gamma", GAMMA, "--Gbar", GBAR])
    for l in r.stdout.splitlines():
        f = l.split(",")
        if f[0] == "root" and f[8] == "1" and f[9] == "1":
            return [float(f[3]), float(f[4]), float(f[5])]
    raise SystemExit(f"no global stable mean-field root at hx={hx} hz={hz}")


names = {K: run([f"{MD}/dtfim_nbody_o{K}", "info"]).stdout for K in (1, 2, 3)}
for K in names:
    t = names[K]
    names[K] = [s.strip().strip('"') for s in t[t.index('"observables": [') + 16:].split("]")[0].split(",")]

rows, notes = [], []
for name, hx, hz, where in POINTS:
    prev = {}
    for N in NS:
        p = f"Jbar={JBAR},hx={hx},hz={hz},gamma={GAMMA},Gbar={GBAR},N={N}"
        en, ec = exact(N, hx, hz)
        lower = None
        for K in (1, 2, 3):
            if K == 1:
                init, start = (prev[1], "previous-N") if 1 in prev else (meanfield_root(hx, hz), "mean-field")
                s = steady(K, p, [v for _, v in init] if 1 in prev else init)
            else:
                s, start = steady(K, p, lift(lower, names[K])), "lifted"
                if s is None and K in prev:
                    s, start = steady(K, p, [v for _, v in prev[K]]), "previous-N"
                if s is None:
                    s, start = steady(K, p, evolved(K, p, lift(lower, names[K]))), "evolved"
            if s is None:
                rows.append((name, hx, hz, N, K, "", "", en, ec, "", "", "failed", "", ""))
                lower = None
                break
            d = steady(K, p)
            dflt = "failed" if d is None else ("same" if same(s, d) else "other")
            if dflt != "same":
                notes.append(f"{name} N={N} order {K}: the default start gives {dflt}")
            n, c = observables(s)
            rows.append((name, hx, hz, N, K, n, c, en, ec, abs(n - en), abs(c - ec), start, dflt,
                         max_re(K, p, s)))
            prev[K], lower = s, s

with open(CSV, "w") as f:
    f.write("point,hx,hz,N,order,nbar,c12,nbar_exact,c12_exact,err_nbar,err_c12,start,default_start,max_re\n")
    f.write(f"# dtfim_nbody orders 1-3 against dtfim-exact density/corr (certified, 20 digits); "
            f"Jbar={JBAR} gamma={GAMMA} Gbar={GBAR}; exact J=Jbar/N Gamma=Gbar/N; c12 = <sigma+_1 sigma-_2>; "
            f"max_re = largest real part of the order-K Jacobian's eigenvalues at the state\n")
    for name, hx, hz, where in POINTS:
        f.write(f"# point {name}: hx={hx} hz={hz} ({where})\n")
    for r in rows:
        f.write(",".join(x if isinstance(x, str) else ("%d" % x if isinstance(x, int) else "%.17g" % x)
                         for x in r) + "\n")


def fit(pts):
    xs = [math.log(n) for n, _ in pts]
    ys = [math.log(e) for _, e in pts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


with open(SLOPES, "w") as f:
    f.write("point,order,quantity,slope_all,slope_256_4096\n")
    f.write("# least-squares slope of log|error| against log N (N = 16..4096, and N = 256..4096)\n")
    for name, *_ in POINTS:
        for K in (1, 2, 3):
            for q, i in (("nbar", 9), ("c12", 10)):
                pts = [(r[3], r[i]) for r in rows if r[0] == name and r[4] == K and r[i] != ""]
                if len(pts) == len(NS) and all(e > 0 for _, e in pts):
                    f.write(f"{name},{K},{q},{fit(pts):.3f},{fit(pts[2:]):.3f}\n")
                else:
                    f.write(f"{name},{K},{q},,\n")
for n in notes:
    print(n)
