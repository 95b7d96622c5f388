"""The exact module (docs/exact.md): certified values with their error
bounds, through the shared library libblochgen-exact.so and its C API
(exact/api/exact_api.h) with ctypes.

    from blochgen import exact
    v = exact.corr(N=3, J=1, hz=0.5, hx=1, gamma=1, plus=[1], minus=[2])
    v.value, v.radius      # |true value - value| <= radius
    v.digits               # the digits established, as dtfim-exact prints them

Numbers may be given as ints, Fractions or strings ("1/5", "0.2"): those
are read exactly, so the result is certified for exactly that number.  A
float is passed as repr() gives it (the shortest decimal that reads back
as the same double), and the result is certified for that decimal.

The library is found as $BLOCHGEN_EXACT_LIB, else next to the source
tree's or the installed blochgen (build/ or PREFIX/lib), else by the
system's loader; `make libs` builds it, `make install` installs it.
"""
import ctypes as C
import ctypes.util
import os
from collections import namedtuple
from fractions import Fraction
from pathlib import Path

from .model import BadInput, BlochgenError, NoConvergence

Certified = namedtuple("Certified", "value radius digits")
Certified.__doc__ = """A certified number: the true value lies within radius of value
(doubles; radius rounded up), and digits holds the decimal digits the
computation established (str; complex values: "RE IM")."""

API_VERSION = 1
XX, YY, G2 = 0, 1, 2
_NAME = "libblochgen-exact.so"


class _Model(C.Structure):
    _fields_ = [("N", C.c_long), ("J", C.c_char_p), ("hz", C.c_char_p),
                ("gamma", C.c_char_p), ("Gamma", C.c_char_p), ("hx", C.c_char_p),
                ("digits", C.c_long), ("max_prec", C.c_long)]


_lib = None


def _candidates():
    env = os.environ.get("BLOCHGEN_EXACT_LIB")
    if env:
        yield env
        return
    from . import _tree_root, find_blochgen
    root = _tree_root()
    if root is not None:
        yield str(root / "build" / _NAME)
    try:
        top = Path(find_blochgen()).resolve().parent.parent
        yield str(top / "lib" / _NAME)          # PREFIX/bin/blochgen -> PREFIX/lib
        yield str(top / "build" / _NAME)        # a source tree's bin/blochgen
        yield str(top / _NAME)                  # a BIN inside BUILD
    except BlochgenError:
        pass
    found = ctypes.util.find_library("blochgen-exact")
    if found:
        yield found


def library():
    """The loaded libblochgen-exact (ctypes.CDLL), loaded on first use."""
    global _lib
    if _lib is not None:
        return _lib
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            lib = C.CDLL(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
            continue
        dp, cp = C.POINTER(C.c_double), C.c_char_p
        lib.exact_api_version.restype = C.c_int
        lib.exact_api_corr.argtypes = [dp, dp, cp, C.c_size_t, C.POINTER(_Model), cp, cp, cp,
                                       C.c_size_t]
        lib.exact_api_density.argtypes = [dp, dp, cp, C.c_size_t, C.POINTER(_Model), C.c_long,
                                          cp, C.c_size_t]
        lib.exact_api_pair.argtypes = [dp, dp, cp, C.c_size_t, C.c_int, C.POINTER(_Model),
                                       C.c_long, C.c_long, cp, C.c_size_t]
        for f in ("exact_api_corr", "exact_api_density", "exact_api_pair"):
            getattr(lib, f).restype = C.c_int
        if lib.exact_api_version() != API_VERSION:
            raise BlochgenError("%s has C API version %d, this package needs %d: rebuild "
                                "(make libs) or reinstall" % (path, lib.exact_api_version(),
                                                             API_VERSION), 1)
        _lib = lib
        return lib
    raise BlochgenError("the exact module's shared library (%s) was not found: build it with "
                        "`make libs` in the source tree, install it with `make install`, or "
                        "set $BLOCHGEN_EXACT_LIB (tried: %s)" % (_NAME, ", ".join(tried) or
                                                                 "nothing"), 1)


def _num(name, v):
    """A number as the exact text the C API reads (decimal or p/q)."""
    if v is None:
        return None
    if isinstance(v, str):
        return v.encode()
    if isinstance(v, bool):
        raise BadInput("%s: expected a number, got %r" % (name, v), 2)
    if isinstance(v, int):
        return str(v).encode()
    if isinstance(v, Fraction):
        return ("%d/%d" % (v.numerator, v.denominator)).encode()
    try:
        return repr(float(v)).encode()
    except (TypeError, ValueError):
        raise BadInput("%s: expected a number, got %r" % (name, v), 2) from None


def _sites(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v.encode()
    return ",".join(str(int(s)) for s in v).encode()


def _model(N, J, hz, hx, gamma, Gamma, digits, max_prec):
    if isinstance(hx, (list, tuple)):
        hx = ",".join(_num("hx", h).decode() for h in hx).encode()
    else:
        hx = _num("hx", hx)
    return _Model(int(N), _num("J", J), _num("hz", hz), _num("gamma", gamma),
                  _num("Gamma", Gamma), hx, int(digits or 0), int(max_prec or 0))


def _call(k, m, f, *args):
    """f(mid, rad, text, ..., msg): k values of the model m."""
    mid, rad = (C.c_double * k)(), (C.c_double * k)()
    # a value: its digits, a sign, a point and an exponent
    text = C.create_string_buffer(k * ((m.digits or 15) + 40))
    msg = C.create_string_buffer(512)
    st = f(mid, rad, text, len(text), *args, msg, len(msg))
    if st != 0:
        err = {2: BadInput, 3: NoConvergence}.get(st, BlochgenError)
        raise err(msg.value.decode(errors="replace"), st)
    return list(mid), list(rad), text.value.decode()


def corr(N, J, hz, hx, gamma, plus=(), minus=(), Gamma=None, digits=None, max_prec=None):
    """<sigma^+_C1 sigma^-_C2> in the steady state (`dtfim-exact corr`):
    plus, minus the 1-based sites of C1, C2.  A complex value; radius is
    the larger of the radii of its real and imaginary part."""
    m = _model(N, J, hz, hx, gamma, Gamma, digits, max_prec)
    lib = library()
    mid, rad, text = _call(2, m, lib.exact_api_corr, C.byref(m), _sites(plus), _sites(minus))
    return Certified(complex(mid[0], mid[1]), max(rad), text)


def density(N, J, hz, hx, gamma, site=1, Gamma=None, digits=None, max_prec=None):
    """The single-site observables of site (1-based) (`dtfim-exact
    density`): a dict n, sz, sx, sy of Certified values."""
    m = _model(N, J, hz, hx, gamma, Gamma, digits, max_prec)
    mid, rad, text = _call(4, m, library().exact_api_density, C.byref(m), int(site))
    return {k: Certified(mid[i], rad[i], t)
            for i, (k, t) in enumerate(zip(("n", "sz", "sx", "sy"), text.split()))}


def _pair(which, N, J, hz, hx, gamma, sites, Gamma, digits, max_prec):
    i, j = (1, 2) if sites is None else sites
    m = _model(N, J, hz, hx, gamma, Gamma, digits, max_prec)
    mid, rad, text = _call(1, m, library().exact_api_pair, which, C.byref(m), int(i), int(j))
    return Certified(mid[0], rad[0], text)


def xx(N, J, hz, hx, gamma, sites=None, Gamma=None, digits=None, max_prec=None):
    """C^xx = <sigma^x_i sigma^x_j> (sites (i, j), default 1, 2)."""
    return _pair(XX, N, J, hz, hx, gamma, sites, Gamma, digits, max_prec)


def yy(N, J, hz, hx, gamma, sites=None, Gamma=None, digits=None, max_prec=None):
    """C^yy = <sigma^y_i sigma^y_j> (sites (i, j), default 1, 2)."""
    return _pair(YY, N, J, hz, hx, gamma, sites, Gamma, digits, max_prec)


def g2(N, J, hz, hx, gamma, sites=None, Gamma=None, digits=None, max_prec=None):
    """g2_ij = <n_i n_j> / (n_i n_j) - 1 (Eq. S61; sites (i, j), default 1, 2)."""
    return _pair(G2, N, J, hz, hx, gamma, sites, Gamma, digits, max_prec)
