"""A loaded model: its description and the runtime's solvers on NumPy arrays."""
import ctypes as C
import keyword
import math
from collections import namedtuple
from fractions import Fraction

import numpy as np

from . import _lib as L

MSG = 1024


class BlochgenError(Exception):
    """An error of blochgen; status is the command line's exit status."""

    def __init__(self, message, status=1):
        super().__init__(message)
        self.status = status


class BadInput(BlochgenError, ValueError):
    """Bad arguments (exit status 2)."""


class NoResult(BlochgenError, LookupError):
    """Nothing to return (exit status 1): no such state here."""


class NoConvergence(BlochgenError, ArithmeticError):
    """An iteration did not converge (exit status 3)."""


_ERR = {L.BAD_INPUT: BadInput, L.NO_RESULT: NoResult, L.NO_CONVERGENCE: NoConvergence}


def safe_name(name):
    """A parameter's name as a Python identifier: keywords get a trailing
    underscore (lambda -> lambda_)."""
    return name + "_" if keyword.iskeyword(name) else name


def _dp(a):
    return a.ctypes.data_as(L.c_double_p)


def _ip(a):
    return a.ctypes.data_as(L.c_int_p)


def _table(columns):
    """A pandas DataFrame when pandas is there (and blochgen.use_pandas),
    else a NumPy structured array; columns: (name, array) pairs."""
    from . import use_pandas  # noqa: circular at import time only
    if use_pandas:
        try:
            import pandas as pd
            return pd.DataFrame({n: a for n, a in columns})
        except ImportError:
            pass
    n = len(columns[0][1]) if columns else 0
    dt = [(name, a.dtype) for name, a in columns]
    out = np.empty(n, dtype=dt)
    for name, a in columns:
        out[name] = a
    return out


Stability = namedtuple("Stability", "eigenvalues sector gap frequency verdict tol")
Stability.__doc__ = """The spectrum of the Jacobian at a state: eigenvalues (complex,
by decreasing real part), sector of each ('even', 'odd', 'mixed'), gap
-max Re, frequency |Im| of the slowest mode, verdict ('stable',
'unstable', 'undecided', 'marginal'), tol the resolution of real parts."""


class Model:
    """A model's shared library (blochgen build --shared), loaded."""

    def __init__(self, so_path):
        self.path = so_path
        self._lib = L.declare(C.CDLL(so_path))
        if self._lib.bloch_api_version() != L.API_VERSION:
            raise BlochgenError("%s speaks C API version %d, this package %d: rebuild it"
                                % (so_path, self._lib.bloch_api_version(), L.API_VERSION))
        self._lib.bloch_api_init()
        self._m = self._lib.blochgen_model()
        self._arb = self._lib.blochgen_model_arb()
        s = lambda what, i=0: self._lib.bloch_api_model_str(self._m, what, i)
        n = lambda what, i=0, j=0: self._lib.bloch_api_model_int(self._m, what, i, j)
        dec = lambda b: None if b is None else b.decode()
        self.name = dec(s(L.NAME_STR))
        self.source = dec(s(L.SOURCE_STR))
        self.sites = n(L.SITES)
        self.nparams = n(L.NPARAMS)
        self.nobs = n(L.NOBS)
        self.params = [dec(s(L.PARAM_STR, k)) for k in range(self.nparams)]
        self.observables = [dec(s(L.OBS_STR, k)) for k in range(self.nobs)]
        par = [n(L.PARITY, k) for k in range(self.nobs)]
        #: parity of each observable (0 even, 1 odd), None without symmetry
        self.parity = None if all(v < 0 for v in par) else np.array(par, dtype=int)
        self.symmetry = dec(s(L.SYMMETRY_STR))
        self.has_symmetric = bool(n(L.HAS_SYMMETRIC))
        self.dm_only = bool(n(L.DM_ONLY))
        er = [dec(s(L.EXACT_RHS_STR, k)) for k in range(self.nobs)]
        #: d<x_v>/dt exactly, FLINT syntax in p0.., x0.. (None if not emitted)
        self.exact_rhs = None if any(e is None for e in er) else er
        self.conserved = [dec(s(L.CONSERVED_STR, k)) for k in range(n(L.NCONSERVED))]
        self._safe = {safe_name(p): k for k, p in enumerate(self.params)}
        self._safe.update({p: k for k, p in enumerate(self.params)})
        self.last_message = ""
        self.last_events = []

    def __repr__(self):
        return "<blochgen model %s: %d sites, params %s, %d observables>" % (
            self.name, self.sites, ", ".join(self.params), self.nobs)

    # ---- arguments ---------------------------------------------------------
    def _params(self, p, vary=()):
        """p (keywords) as the doubles and the exact texts of every parameter."""
        v = np.zeros(self.nparams)
        text = [None] * self.nparams
        seen = set()
        for name, val in p.items():
            if name not in self._safe:
                raise BadInput("%s has no parameter %r (its parameters: %s)"
                               % (self.name, name, ", ".join(map(safe_name, self.params))), 2)
            k = self._safe[name]
            if k in seen:
                raise BadInput("parameter %s given twice" % self.params[k], 2)
            seen.add(k)
            if isinstance(val, str):
                try:
                    f = Fraction(val.strip())
                except (ValueError, ZeroDivisionError):
                    raise BadInput("%s=%r is not a number" % (self.params[k], val), 2)
                v[k], text[k] = float(f), val.strip()
            elif isinstance(val, Fraction):
                v[k], text[k] = float(val), "%d/%d" % (val.numerator, val.denominator)
            else:
                try:
                    v[k] = float(val)
                except (TypeError, ValueError):
                    raise BadInput("%s=%r is not a number" % (self.params[k], val), 2)
                # a decimal as typed is what the command line takes exactly
                text[k] = repr(v[k]) if math.isfinite(v[k]) else None
            if not math.isfinite(v[k]):
                raise BadInput("%s=%r is not finite" % (self.params[k], val), 2)
        vary_k = {self._index(q) for q in vary}
        missing = [safe_name(self.params[k]) for k in range(self.nparams)
                   if k not in seen and k not in vary_k]
        if missing:
            raise BadInput("%s: give every parameter; missing %s" % (self.name, ", ".join(missing)), 2)
        return v, text

    def _index(self, name):
        if name not in self._safe:
            raise BadInput("%s has no parameter %r" % (self.name, name), 2)
        return self._safe[name]

    def _state(self, x, what="x"):
        x = np.ascontiguousarray(x, dtype=float)
        if x.shape[-1:] != (self.nobs,):
            raise BadInput("%s must have %d components (the observables %s), not shape %s"
                           % (what, self.nobs, ", ".join(self.observables), x.shape), 2)
        return x

    def _check(self, st, msg):
        if st != L.OK:
            text = msg.value.decode(errors="replace") or "status %d" % st
            raise _ERR.get(st, BlochgenError)("%s: %s" % (self.name, text), st)

    # ---- evaluation ------------------------------------------------------------
    def rhs(self, x, **p):
        """d<x>/dt at x (nobs, or rows of states)."""
        pv, _ = self._params(p)
        x = self._state(x)
        flat = x.reshape(-1, self.nobs)
        out = np.empty_like(flat)
        for k in range(len(flat)):
            self._lib.bloch_api_rhs(_dp(out[k]), _dp(flat[k]), _dp(pv), self._m)
        return out.reshape(x.shape)

    def jacobian(self, x, **p):
        """The Jacobian d rhs_i / d x_j at x (nobs x nobs)."""
        pv, _ = self._params(p)
        x = self._state(x)
        J = np.empty((self.nobs, self.nobs))
        self._lib.bloch_api_jacobian(_dp(J), _dp(x), _dp(pv), self._m)
        return J

    # ---- steady states -----------------------------------------------------------
    def symmetric(self, **p):
        """The symmetric steady state (closed form, else numerical search)."""
        pv, _ = self._params(p)
        x, msg = np.zeros(self.nobs), C.create_string_buffer(MSG)
        self._check(self._lib.bloch_api_symmetric(_dp(x), _dp(pv), self._m, msg, MSG), msg)
        return x

    def steady(self, init=None, tol=1e-12, **p):
        """A steady state by damped Newton from init: None (the symmetric
        state when there is one, else all zeros), 'symmetric', 'broken' or
        '-broken' (the symmetric state displaced along its unstable odd
        mode), or a state."""
        pv, _ = self._params(p)
        msg, it, res = C.create_string_buffer(MSG), C.c_int(0), C.c_double(0)
        broken = 0
        if init is None:
            x = np.zeros(self.nobs)
            if self.has_symmetric:
                st = self._lib.bloch_api_symmetric(_dp(x), _dp(pv), self._m, msg, MSG)
                if st != L.OK:
                    x[:] = 0
        elif isinstance(init, str):
            if init in ("broken", "+broken", "-broken"):
                x, broken = np.zeros(self.nobs), (-1 if init[0] == "-" else 1)
            elif init == "symmetric":
                x = self.symmetric(**p)
            else:
                raise BadInput("init=%r: symmetric, broken, -broken or a state" % init, 2)
        else:
            x = self._state(init, "init").copy()
        st = self._lib.bloch_api_steady(_dp(x), C.byref(it), C.byref(res), broken, _dp(pv),
                                        float(tol), self._m, msg, MSG)
        self._check(st, msg)
        self.last_message = "residual %.3g after %d Newton iterations" % (res.value, it.value)
        return x

    def steady_all(self, starts=200, seed=1, **p):
        """Every steady state (`steady --all`): exact elimination at the
        parameters as given (strings and Fractions exactly, floats as
        their shortest decimal), certified with Arb; else a numerical
        search, not certified.  Columns index, stability, physical,
        certified and the observables; how it was found in last_message."""
        pv, text = self._params(p)
        ptext = (C.c_char_p * self.nparams)(*[t.encode() if t else None for t in text])
        msg = C.create_string_buffer(MSG)
        cnt, comp = C.c_int(0), C.c_int(0)
        room = 64
        while True:
            x = np.zeros((room, self.nobs))
            stab, phys, cert = (np.zeros(room, dtype=np.intc) for _ in range(3))
            st = self._lib.bloch_api_steady_all(_dp(x), _ip(stab), _ip(phys), _ip(cert), room,
                                                C.byref(cnt), C.byref(comp), ptext, _dp(pv),
                                                int(starts), int(seed), self._m, self._arb,
                                                msg, MSG)
            if st != L.OK or cnt.value <= room:
                break
            room = cnt.value
        self.last_message = msg.value.decode(errors="replace")
        self.complete = bool(comp.value)
        if st != L.NO_RESULT:
            self._check(st, msg)
        n = cnt.value
        cols = [("index", np.arange(n)),
                ("stability", np.array([L.VERDICTS[v] for v in stab[:n]], dtype="U10")),
                ("physical", phys[:n].astype(int)), ("certified", cert[:n].astype(int))]
        cols += [(o, x[:n, k].copy()) for k, o in enumerate(self.observables)]
        return _table(cols)

    def stability(self, x, **p):
        """The spectrum of the Jacobian at x, and its verdict (Stability)."""
        pv, _ = self._params(p)
        x = self._state(x)
        n = self.nobs
        wr, wi = np.zeros(n), np.zeros(n)
        sec = np.zeros(n, dtype=np.intc)
        gap, freq, tol = C.c_double(), C.c_double(), C.c_double()
        verdict, msg = C.c_int(), C.create_string_buffer(MSG)
        st = self._lib.bloch_api_stability(_dp(wr), _dp(wi), _ip(sec), C.byref(gap),
                                           C.byref(freq), C.byref(verdict), C.byref(tol),
                                           _dp(x), _dp(pv), self._m, msg, MSG)
        self._check(st, msg)
        names = {0: "even", 1: "odd", -1: "mixed"}
        return Stability(wr + 1j * wi, [names.get(int(s), "mixed") for s in sec], gap.value,
                         freq.value, L.VERDICTS[verdict.value], tol.value)

    # ---- time evolution, continuation, phase diagrams -------------------------------
    def evolve(self, t, x0, method="rk8pd", tol=1e-10, **p):
        """The states at the times t (increasing; the first is x0's time).
        Columns t and the observables."""
        pv, _ = self._params(p)
        t = np.ascontiguousarray(np.atleast_1d(t), dtype=float)
        x0 = self._state(x0, "x0")
        out = np.zeros((len(t), self.nobs))
        done, msg = C.c_int(0), C.create_string_buffer(MSG)
        st = self._lib.bloch_api_evolve(_dp(out), C.byref(done), _dp(t), len(t), _dp(x0),
                                        _dp(pv), method.encode(), float(tol), self._m, msg, MSG)
        self._check(st, msg)
        return _table([("t", t)] + [(o, out[:, k].copy()) for k, o in enumerate(self.observables)])

    def sweep(self, param, a, b, n=101, direction="forward", tol=1e-12, cycles=True, **p):
        """Continuation of every steady-state branch in param from a to b
        (n points; direction forward, backward or both), as `sweep` writes
        it: columns <param>, direction, branch, kind, stable, physical,
        gap, frequency and the observables; the events (pitchfork, Hopf,
        fold, ...) in last_events."""
        k = self._index(param)
        pv, _ = self._params(p, vary=[param])
        dirs = {"forward": 1, "backward": -1, "both": 0}
        if direction not in dirs:
            raise BadInput("direction=%r: forward, backward or both" % direction, 2)
        st, msg = C.c_int(), C.create_string_buffer(MSG)
        h = self._lib.bloch_api_sweep_new(C.byref(st), _dp(pv), k, float(a), float(b), int(n),
                                          dirs[direction], float(tol), int(bool(cycles)),
                                          self._m, msg, MSG)
        if not h:
            self._check(st.value if st.value else L.NO_CONVERGENCE, msg)
        try:
            rows = self._lib.bloch_api_sweep_nrows(h)
            par, gap, freq = np.zeros(rows), np.zeros(rows), np.zeros(rows)
            dr, br, kind, stab, phys = (np.zeros(rows, dtype=np.intc) for _ in range(5))
            x = np.zeros((rows, self.nobs))
            self._lib.bloch_api_sweep_rows(_dp(par), _ip(dr), _ip(br), _ip(kind), _ip(stab),
                                           _ip(phys), _dp(gap), _dp(freq), _dp(x), h)
            ev = []
            for e in range(self._lib.bloch_api_sweep_nevents(h)):
                ty, d, bb = C.c_int(), C.c_int(), C.c_int()
                pp, ff = C.c_double(), C.c_double()
                self._lib.bloch_api_sweep_event(C.byref(ty), C.byref(d), C.byref(bb),
                                                C.byref(pp), C.byref(ff), e, h)
                ev.append({"type": self._lib.bloch_api_event_name(ty.value).decode(),
                           "direction": "forward" if d.value > 0 else "backward",
                           "branch": bb.value, param: pp.value, "frequency": ff.value})
            self.last_events = ev
        finally:
            self._lib.bloch_api_sweep_free(h)
        kinds = [self._lib.bloch_api_kind_name(i).decode() for i in range(7)]
        cols = [(param, par),
                ("direction", np.where(dr > 0, "forward", "backward").astype("U8")),
                ("branch", br.astype(int)),
                ("kind", np.array([kinds[i] for i in kind], dtype="U9")),
                ("stable", stab.astype(int)), ("physical", phys.astype(int)),
                ("gap", gap), ("frequency", freq)]
        cols += [(o, x[:, j].copy()) for j, o in enumerate(self.observables)]
        return _table(cols)

    def scan(self, x, y, attractors=None, **p):
        """The phase diagram on a grid: x = (param, a, b, n), y likewise.
        Columns <x>, <y>, gap, frequency, phase of the symmetric state;
        with attractors=N random starts a point (the default for a model
        without symmetry) also nstable and class."""
        (xp, xa, xb, xn), (yp, ya, yb, yn) = x, y
        pv, _ = self._params(p, vary=[xp, yp])
        if attractors is None:
            attractors = 0 if self.symmetry else 8
        npts = int(xn) * int(yn)
        gap, freq = np.zeros(npts), np.zeros(npts)
        ph, ns, cl = (np.zeros(npts, dtype=np.intc) for _ in range(3))
        msg = C.create_string_buffer(MSG)
        st = self._lib.bloch_api_scan(_dp(gap), _dp(freq), _ip(ph), _ip(ns), _ip(cl), _dp(pv),
                                      self._index(xp), float(xa), float(xb), int(xn),
                                      self._index(yp), float(ya), float(yb), int(yn),
                                      int(attractors), self._m, msg, MSG)
        self._check(st, msg)
        gx = np.repeat(_grid(xa, xb, int(xn)), int(yn))
        gy = np.tile(_grid(ya, yb, int(yn)), int(xn))
        cols = [(xp, gx), (yp, gy)]
        if self.symmetry:
            cols += [("gap", gap), ("frequency", freq),
                     ("phase", np.array([self._lib.bloch_api_phase_name(v).decode()
                                         for v in ph], dtype="U13"))]
        if attractors:
            cols += [("nstable", ns.astype(int)),
                     ("class", np.array([self._lib.bloch_api_class_name(v).decode()
                                         for v in cl], dtype="U11"))]
        return _table(cols)

    # ---- exact equations and operators ---------------------------------------------
    def symbols(self):
        """The SymPy symbols of the parameters and observables."""
        from .sym import symbols
        return symbols(self)

    def equations(self):
        """d<x>/dt of every observable as SymPy expressions: a dict from
        each observable's symbol (sx1*sz2 -> sx1_sz2) to its right-hand side,
        in the parameters' symbols (Python-keyword names mapped, lambda ->
        lambda_)."""
        from .sym import equations
        return equations(self)

    def latex(self):
        """The equations as a LaTeX align environment."""
        from .sym import latex
        return latex(self)

    def dm_tables(self, x, **p):
        """The density-matrix tables at mean fields x: the Hamiltonian's
        coefficients (nobs + 1, the last the identity's), each jump's
        (collective, [(observable index or -1, coefficient)], rate)."""
        pv, _ = self._params(p)
        x = self._state(x, "mean_fields")
        n = lambda what, i=0, j=0: self._lib.bloch_api_model_int(self._m, what, i, j)
        nj, nt = n(L.NJUMPS), n(L.NJUMP_TERMS)
        h = np.zeros(self.nobs + 1)
        re, im, rate = np.zeros(max(nt, 1)), np.zeros(max(nt, 1)), np.zeros(max(nj, 1))
        msg = C.create_string_buffer(MSG)
        st = self._lib.bloch_api_dm_tables(_dp(h), _dp(re), _dp(im), _dp(rate), _dp(x), _dp(pv),
                                           self._m, msg, MSG)
        self._check(st, msg)
        jumps = []
        for j in range(nj):
            first = n(L.JUMP_FIRST, j)
            terms = [(n(L.JUMP_PAULI, j, t), complex(re[first + t], im[first + t]))
                     for t in range(n(L.JUMP_NTERMS, j))]
            jumps.append((bool(n(L.JUMP_COLLECTIVE, j)), terms, rate[j]))
        return h, jumps

    def to_qutip(self, mean_fields=None, **p):
        """The cluster's mean-field Hamiltonian and collapse operators at
        mean_fields (default: the steady state from steady(**p)) as QuTiP
        objects (H, c_ops); a collective term enters H as
        (i R/2)(<L>* L - <L> L^dag).  Site 1 is the first tensor factor."""
        from .qt import to_qutip
        if self.dm_only:
            raise NoResult("%s has an eigenbasis (thermal) dissipator, which is no "
                           "Lindblad form of fixed operators" % self.name, 1)
        x = self.steady(**p) if mean_fields is None else self._state(mean_fields, "mean_fields")
        return to_qutip(self, x, p)


def _grid(a, b, n):
    """num_grid_value: a + k (b - a) / (n - 1), exactly b at the end."""
    g = np.array([a + k * (b - a) / (n - 1) for k in range(n)], dtype=float)
    g[-1] = b
    return g
