"""Every function of the Python package against the command-line tool and
against an independent NumPy / SymPy / QuTiP computation."""
import numpy as np
import pytest

import blochgen
from conftest import P, SET, cli, csv_rows, BIN


def state_arg(x):
    return ",".join("%.17g" % v for v in x)


def test_description(m):
    assert m.name == "pump_loss" and m.sites == 2
    assert m.params == ["h1", "h2", "lambda", "gup", "gdown"]
    info = cli("info").stdout
    for o in m.observables:
        assert o in info
    assert len(m.observables) == 15 and m.parity is not None
    # the symmetry sz1*sz2 flips sx, sy of both sites: <sx1> odd, <sz1> even
    par = dict(zip(m.observables, m.parity))
    assert par["sx1"] == 1 and par["sz1"] == 0 and par["sx1*sx2"] == 0


def test_rhs_jacobian_against_cli_and_differences(m, rng):
    x = rng.uniform(-0.5, 0.5, m.nobs)
    r = m.rhs(x, **P)
    out = cli("rhs", "--set", SET, "--state", state_arg(x)).stdout.split()
    assert np.allclose(r, [float(v) for v in out], rtol=1e-14, atol=1e-14)
    J = m.jacobian(x, **P)
    Jc = np.array([[float(v) for v in l.split()] for l in
                   cli("jacobian", "--set", SET, "--state", state_arg(x)).stdout.splitlines()
                   if l and not l.startswith("#")])
    assert np.allclose(J, Jc, rtol=1e-14, atol=1e-14)
    # central differences of rhs (it is a polynomial of degree 2)
    h = 1e-5
    Jd = np.array([(m.rhs(x + h * e, **P) - m.rhs(x - h * e, **P)) / (2 * h)
                   for e in np.eye(m.nobs)]).T
    assert np.allclose(J, Jd, atol=1e-8)
    # rows of states at once
    xs = rng.uniform(-0.5, 0.5, (3, m.nobs))
    assert np.allclose(m.rhs(xs, **P)[1], m.rhs(xs[1], **P))


def test_rhs_against_lindbladian(m, rng):
    """d<P>/dt = Tr(P L(rho)) with rho = (I + sum x_v P_v)/4 and L built
    by QuTiP from to_qutip's operators at the same mean fields."""
    qutip = pytest.importorskip("qutip")
    from blochgen.qt import operators
    Ps = operators(m)
    for _ in range(3):
        x = rng.uniform(-0.3, 0.3, m.nobs)
        H, c_ops = m.to_qutip(mean_fields=x, **P)
        ident = qutip.tensor([qutip.qeye(2)] * m.sites)
        rho = (ident + sum(v * Pv for v, Pv in zip(x, Ps))) / 2 ** m.sites
        L = qutip.liouvillian(H, c_ops)
        drho = qutip.vector_to_operator(L * qutip.operator_to_vector(rho))
        want = np.array([(Pv * drho).tr().real for Pv in Ps])
        assert np.allclose(m.rhs(x, **P), want, atol=1e-12)


def test_steady_against_cli(m):
    x = m.steady(init="broken", **P)
    assert np.linalg.norm(m.rhs(x, **P)) < 1e-10
    out = {l.split()[0]: float(l.split()[1]) for l in
           cli("steady", "--set", SET, "--init", "broken").stdout.splitlines()
           if l and not l.startswith("#") and len(l.split()) == 2}
    assert np.allclose(x, [out[o] for o in m.observables], atol=1e-12)
    # the paper's estimate holds to 11% (docs/validation.md)
    k = m.observables.index
    ratio = x[k("sx2")] / (0.01 / 10 * x[k("sx1")])
    assert 1.05 < ratio < 1.15
    xs = m.symmetric(**P)
    assert np.allclose(m.rhs(xs, **P), 0, atol=1e-12)
    assert np.linalg.norm(xs[m.parity == 1]) == 0


def test_steady_all_against_cli(m):
    t = m.steady_all(**P)
    assert m.complete and "exact elimination" in m.last_message
    rows = csv_rows(cli("steady", "--set", SET, "--all").stdout)
    assert rows[0][:4] == ["index", "stability", "physical", "certified"]
    assert len(rows) - 1 == len(t) == 3
    for r, row in zip(rows[1:], t):
        assert r[1] == row["stability"] and int(r[2]) == row["physical"]
        assert np.allclose([float(v) for v in r[4:]], [row[o] for o in m.observables],
                           atol=1e-12)
    # the broken pair stable, the symmetric state unstable
    assert sorted(t["stability"]) == ["stable", "stable", "unstable"]
    # exact parameters as strings and Fractions give the same
    from fractions import Fraction
    t2 = m.steady_all(h1="1/2", h2=10, lambda_=Fraction(1, 100), gup=1, gdown=0)
    assert np.allclose(t2["sx1"], t["sx1"], atol=1e-12)


def test_stability_against_numpy(m):
    x = m.symmetric(**P)
    s = m.stability(x, **P)
    ev = np.linalg.eigvals(m.jacobian(x, **P))
    assert np.allclose(np.sort_complex(s.eigenvalues), np.sort_complex(ev), atol=1e-9)
    assert np.isclose(s.gap, -ev.real.max(), atol=1e-9)
    assert s.verdict == "unstable" and "odd" in s.sector
    lines = [l.split() for l in cli("stability", "--set", SET, "--at", state_arg(x)).stdout
             .splitlines() if l and not l.startswith("#") and len(l.split()) == 3]
    assert len(lines) == m.nobs
    assert np.allclose([float(l[0]) + 1j * float(l[1]) for l in lines], s.eigenvalues,
                       atol=1e-9)
    assert [l[2] for l in lines] == s.sector


def test_evolve_against_rk4_and_cli(m):
    x0 = np.zeros(m.nobs)
    x0[m.observables.index("sx1")] = 0.1
    t = np.linspace(0, 2, 5)
    tab = m.evolve(t, x0, **P)
    assert list(tab.dtype.names) == ["t"] + m.observables
    # classical RK4 in NumPy, small steps
    x, h, got = x0.copy(), 1e-3, [x0.copy()]
    for k in range(1, len(t)):
        for _ in range(int(round((t[k] - t[k - 1]) / h))):
            a = m.rhs(x, **P); b = m.rhs(x + h / 2 * a, **P)
            c = m.rhs(x + h / 2 * b, **P); d = m.rhs(x + h * c, **P)
            x = x + h / 6 * (a + 2 * b + 2 * c + d)
        got.append(x.copy())
    got = np.array(got)
    assert np.allclose(np.column_stack([tab[o] for o in m.observables]), got, atol=1e-8)
    rows = csv_rows(cli("evolve", "--set", SET, "--t", 2, "--every", 0.5, "--init",
                        state_arg(x0)).stdout)
    last = [float(v) for v in rows[-1]]
    assert np.isclose(last[0], 2) and np.allclose(last[1:], got[-1], atol=1e-8)


def test_sweep_against_cli(m):
    p = dict(P); del p["h1"]
    tab = m.sweep("h1", 0, 1.4, 29, direction="both", **p)
    rows = csv_rows(cli("sweep", "--set", "h2=10,lambda=0.01,gup=1,gdown=0", "--vary",
                        "h1=0:1.4:29", "--direction", "both").stdout)
    assert rows[0][:8] == ["param", "direction", "branch", "kind", "stable", "physical",
                           "gap", "frequency"]
    assert len(rows) - 1 == len(tab)
    for r, row in zip(rows[1:], tab):
        assert (r[1], int(r[2]), r[3], int(r[4])) == (row["direction"], row["branch"],
                                                       row["kind"], row["stable"])
        assert np.allclose([float(r[0])] + [float(v) for v in r[8:]],
                           [row["h1"]] + [row[o] for o in m.observables], atol=1e-12)
    types = {e["type"] for e in m.last_events}
    assert "pitchfork" in types


def test_scan_against_cli(m):
    p = dict(P); del p["h1"]; del p["gup"]
    tab = m.scan(("h1", 0.2, 1.2, 4), ("gup", 0.5, 1.5, 3), **p)
    rows = csv_rows(cli("scan", "--set", "h2=10,lambda=0.01,gdown=0", "--x", "h1=0.2:1.2:4",
                        "--y", "gup=0.5:1.5:3").stdout)
    assert rows[0][:5] == ["h1", "gup", "gap", "frequency", "phase"]
    assert len(rows) - 1 == len(tab) == 12
    for r, row in zip(rows[1:], tab):
        assert np.allclose([float(r[0]), float(r[1])], [row["h1"], row["gup"]])
        assert r[4] == row["phase"]
        assert np.isclose(float(r[2]), row["gap"], rtol=1e-9, equal_nan=True)


def test_equations_against_rhs(m, rng):
    sympy = pytest.importorskip("sympy")
    eqs = m.equations()
    ps, xs = m.symbols()
    assert [str(s) for s in ps] == ["h1", "h2", "lambda_", "gup", "gdown"]
    f = sympy.lambdify(ps + xs, list(eqs.values()))
    x = rng.uniform(-1, 1, m.nobs)
    assert np.allclose(f(*[P[str(s)] for s in ps], *x), m.rhs(x, **P), atol=1e-13)
    tex = m.latex()
    assert "\\lambda" in tex and "\\langle \\sigma^x_{1}" in tex and "align" in tex


def test_errors(m):
    with pytest.raises(blochgen.BadInput, match="missing gdown"):
        m.rhs(np.zeros(m.nobs), h1=1, h2=1, lambda_=1, gup=1)
    with pytest.raises(blochgen.BadInput, match="no parameter"):
        m.rhs(np.zeros(m.nobs), bogus=1, **P)
    with pytest.raises(blochgen.BadInput, match="15 components"):
        m.rhs(np.zeros(3), **P)
    with pytest.raises(blochgen.NoResult, match="no unstable odd mode"):
        m.steady(init="broken", **dict(P, h1=1.2))
    with pytest.raises(blochgen.NoConvergence, match="Newton did not converge"):
        m.steady(init=np.full(m.nobs, 1e3), tol=1e-300, **P)
    with pytest.raises(blochgen.BadInput, match="method"):
        m.evolve([0, 1], np.zeros(m.nobs), method="nope", **P)


def test_model_outside_tree(outside):
    m2 = blochgen.load(str(outside))
    assert m2.name == "my_pump"
    assert np.linalg.norm(m2.rhs(m2.steady(init="broken", **P), **P)) < 1e-10


def test_exact_against_cli():
    from blochgen import exact
    v = exact.corr(N=3, J=1, hz=0.5, hx=1, gamma=1, plus=[1], minus=[2])
    assert abs(v.value - 1 / 12) <= v.radius + 1e-15 and v.radius < 1e-20
    import subprocess
    out = subprocess.run([str(BIN / "dtfim-exact"), "xx", "--N", "3", "--J", "1",
                          "--hz", "0.5", "--hx", "1", "--gamma", "1"], capture_output=True,
                         text=True).stdout.split()
    assert abs(exact.xx(N=3, J=1, hz=0.5, hx=1, gamma=1).value - float(out[0])) < 1e-14
