"""blochgen.exact (the shared library libblochgen-exact.so through ctypes)
against the command-line tool (the same digits, the same balls) and
against independent dense computations of the N = 3 steady state: QuTiP's
steadystate of the Lindbladian built here from the model's definition
(exact_corr.h), and `dtfim-exact brute` (LAPACK null vector)."""
import subprocess
from fractions import Fraction

import numpy as np
import pytest

import blochgen
from blochgen import exact
from conftest import BIN

# uniform fields; uniform with collective decay; inhomogeneous fields
CASES = [
    dict(N=3, J=1, hz=0.5, hx=1, gamma=1),
    dict(N=3, J="7/10", hz=-0.3, hx=1.2, gamma=0.5, Gamma=0.4),
    dict(N=3, J=1, hz=0.5, hx=[1, 2, 4], gamma=1),
]


def dtfim(cmd, case, *extra):
    args = [str(BIN / "dtfim-exact"), cmd]
    for k, v in case.items():
        if isinstance(v, list):
            v = ",".join(map(str, v))
        args += ["--" + k, str(v)]
    r = subprocess.run(args + [str(a) for a in extra], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def rows(text):
    return [l.split(",") for l in text.splitlines() if l and not l.startswith("#")][1:]


def within(v, ref, slack=0.0):
    """ref lies in v's ball (widened by slack, for a reference computed in doubles)."""
    return abs(v.value - ref) <= v.radius + slack


@pytest.mark.parametrize("case", CASES)
def test_against_cli(case):
    # corr: the same digits as `corr`, the same ball as `corr --ball`
    for plus, minus in (([1], [2]), ([1, 2], [3]), ([2], [2]), ([1, 3], [])):
        extra = ["--plus", ",".join(map(str, plus))] + \
                (["--minus", ",".join(map(str, minus))] if minus else [])
        v = exact.corr(plus=plus, minus=minus, **case)
        assert v.digits == dtfim("corr", case, *extra).strip()
        ball = [float(t) for t in dtfim("corr", case, "--ball", *extra).split()]
        assert abs(v.value.real - ball[0]) <= v.radius + ball[1]
        assert abs(v.value.imag - ball[2]) <= v.radius + ball[3]
        assert v.radius < 1e-15 * max(1, abs(v.value))
    # density: every site's row (uniform fields print one row, "all")
    table = {r[0]: r[1:] for r in rows(dtfim("density", case, "--digits", 20))}
    for site in (1, 2, 3):
        d = exact.density(site=site, digits=20, **case)
        row = table.get(str(site), table.get("all"))
        assert [d[k].digits for k in ("n", "sz", "sx", "sy")] == row
    # xx, yy, g2 of each pair
    for i, j in ((1, 2), (1, 3), (2, 3)):
        for name, f in (("xx", exact.xx), ("yy", exact.yy)):
            assert f(sites=(i, j), **case).digits == \
                dtfim(name, case, "--sites", "%d,%d" % (i, j)).strip()
        g = exact.g2(sites=(i, j), **case)
        assert g.digits == rows(dtfim("g2", case, "--sites", "%d,%d" % (i, j)))[0][2]


def test_exact_numbers():
    """Strings and Fractions are read exactly: 1/5 and 0.2 give one ball;
    a float goes as its repr (0.1 is the decimal 0.1)."""
    a = exact.xx(N=3, J=1, hz="1/5", hx=1, gamma=1, digits=40)
    b = exact.xx(N=3, J=1, hz=Fraction(1, 5), hx=1, gamma=1, digits=40)
    c = exact.xx(N=3, J=1, hz=0.2, hx=1, gamma=1, digits=40)
    assert a == b == c and len(a.digits.lstrip("-0.")) >= 40


def qutip_state(case):
    """The N-site steady state by QuTiP: H = J sum_{i != j} S^z_i S^z_j
    + sum_j (hx_j S^x_j + hz S^z_j), S = sigma / 2, jumps sqrt(gamma)
    sigma^-_j and sqrt(Gamma) S_-, S_- = sum_j sigma^-_j."""
    qt = pytest.importorskip("qutip")
    N = case["N"]
    num = lambda v: float(Fraction(str(v)))
    hx = case["hx"] if isinstance(case["hx"], list) else [case["hx"]] * N
    J, hz, g, G = num(case["J"]), num(case["hz"]), num(case["gamma"]), num(case.get("Gamma", 0))

    def op(o, j):
        ops = [qt.qeye(2)] * N
        ops[j] = o
        return qt.tensor(ops)
    sz = [op(qt.sigmaz(), j) for j in range(N)]
    H = sum(J * sz[i] * sz[j] / 4 for i in range(N) for j in range(N) if i != j)
    H += sum(num(hx[j]) * op(qt.sigmax(), j) / 2 + hz * sz[j] / 2 for j in range(N))
    sm = [op(qt.sigmam(), j) for j in range(N)]
    c_ops = [np.sqrt(g) * s for s in sm] + ([np.sqrt(G) * sum(sm)] if G else [])
    rho = qt.steadystate(H, c_ops)
    return qt, op, rho


@pytest.mark.parametrize("case", CASES)
def test_against_qutip(case):
    qt, op, rho = qutip_state(case)
    ev = lambda o: qt.expect(o, rho)
    sp = lambda j: op(qt.sigmap(), j - 1)
    sm = lambda j: op(qt.sigmam(), j - 1)
    tol = 1e-9      # QuTiP's steady state is a double-precision solve
    for plus, minus in (([1], [2]), ([1, 2], [3]), ([2], [2]), ([1, 3], [])):
        o = op(qt.qeye(2), 0)
        for j in plus:
            o = o * sp(j)
        for j in minus:
            o = o * sm(j)
        assert within(exact.corr(plus=plus, minus=minus, **case), ev(o), tol)
    for site in (1, 2, 3):
        d = exact.density(site=site, **case)
        n = ev(sp(site) * sm(site))
        assert within(d["n"], n, tol)
        for k, pauli in (("sz", qt.sigmaz()), ("sx", qt.sigmax()), ("sy", qt.sigmay())):
            assert within(d[k], ev(op(pauli, site - 1)), tol)
    for i, j in ((1, 2), (1, 3), (2, 3)):
        assert within(exact.xx(sites=(i, j), **case),
                      ev(op(qt.sigmax(), i - 1) * op(qt.sigmax(), j - 1)), tol)
        assert within(exact.yy(sites=(i, j), **case),
                      ev(op(qt.sigmay(), i - 1) * op(qt.sigmay(), j - 1)), tol)
        ni, nj = sp(i) * sm(i), sp(j) * sm(j)
        assert within(exact.g2(sites=(i, j), **case), ev(ni * nj) / (ev(ni) * ev(nj)) - 1,
                      tol)


@pytest.mark.parametrize("case", CASES)
def test_against_brute(case):
    """`dtfim-exact brute`: the dense Lindbladian's null vector (LAPACK)."""
    table = {r[0]: [float(t) for t in r[1:]] for r in rows(dtfim("brute", case))}
    for site in (1, 2, 3):
        d = exact.density(site=site, **case)
        ref = table[str(site)]
        for k, r in zip(("n", "sz", "sx", "sy"), ref):
            assert within(d[k], r, 1e-10)
    re, im = (float(t) for t in dtfim("brute", case, "--plus", "1,2", "--minus", "3").split())
    assert within(exact.corr(plus=[1, 2], minus=[3], **case), complex(re, im), 1e-10)


def test_errors():
    base = dict(N=3, J=1, hz=0.5, hx=1, gamma=1)
    for bad, cls, text in ((dict(hx=0), blochgen.BadInput, "--hx"),
                           (dict(gamma="x"), blochgen.BadInput, "--gamma"),
                           (dict(sites=(1, 1)), blochgen.BadInput, "differ"),
                           (dict(sites=(1, 4)), blochgen.BadInput, "site 4"),
                           (dict(digits=100, max_prec=64), blochgen.NoConvergence, "cap")):
        with pytest.raises(cls, match=text):
            exact.xx(**dict(base, **bad))
    with pytest.raises(blochgen.BadInput, match="--plus"):
        exact.corr(plus=[1, 1], **base)


def test_missing_library(monkeypatch, tmp_path):
    monkeypatch.setattr(exact, "_lib", None)
    monkeypatch.setenv("BLOCHGEN_EXACT_LIB", str(tmp_path / "libblochgen-exact.so"))
    with pytest.raises(blochgen.BlochgenError, match="make libs"):
        exact.xx(N=3, J=1, hz=0.5, hx=1, gamma=1)
