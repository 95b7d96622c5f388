"""The exact module (bin/dtfim-exact): certified values with their error
bounds.

    from blochgen import exact
    v = exact.corr(N=3, J=1, hz=0.5, hx=1, gamma=1, plus=[1], minus=[2])
    v.value, v.radius          # |true - value| <= radius (Arb's ball)

These call the installed (or source tree's) dtfim-exact with --ball and
read its one line of midpoints and radii: the exact module has no C API
for a shared library yet, and its one-line --ball output is meant to be
read by programs.
"""
import subprocess
from collections import namedtuple

from .model import BadInput, BlochgenError, NoConvergence

Certified = namedtuple("Certified", "value radius")
Certified.__doc__ = "A certified number: the true value lies within radius of value."


def _run(cmd, **kw):
    from . import find_program
    args = [find_program("dtfim-exact"), cmd, "--ball"]
    for k, v in kw.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            v = ",".join(str(e) for e in v)
        args += ["--" + k, str(v)]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        err = {2: BadInput, 3: NoConvergence}.get(r.returncode, BlochgenError)
        raise err("dtfim-exact %s: %s" % (cmd, r.stderr.strip()), r.returncode)
    return [float(t) for t in r.stdout.split()]


def corr(N, J, hz, hx, gamma, plus=(), minus=(), Gamma=None, max_prec=None):
    """<sigma^+_C1 sigma^-_C2> in the steady state: a complex value, with
    the radius of the real and of the imaginary part (the larger)."""
    re, rre, im, rim = _run("corr", N=N, J=J, hz=hz, hx=hx, gamma=gamma, Gamma=Gamma,
                            plus=list(plus) or None, minus=list(minus) or None,
                            **{"max-prec": max_prec})
    return Certified(complex(re, im), max(rre, rim))


def xx(N, J, hz, hx, gamma, sites=None, Gamma=None):
    """C^xx = <sigma^x_i sigma^x_j> (sites (i, j), default 1, 2)."""
    v, r = _run("xx", N=N, J=J, hz=hz, hx=hx, gamma=gamma, Gamma=Gamma, sites=sites)[:2]
    return Certified(v, r)


def yy(N, J, hz, hx, gamma, sites=None, Gamma=None):
    """C^yy = <sigma^y_i sigma^y_j> (sites (i, j), default 1, 2)."""
    v, r = _run("yy", N=N, J=J, hz=hz, hx=hx, gamma=gamma, Gamma=Gamma, sites=sites)[:2]
    return Certified(v, r)
