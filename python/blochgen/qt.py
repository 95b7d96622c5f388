"""The model's cluster as QuTiP operators (the emitted density-matrix tables)."""
import re

import numpy as np


def pauli_string(obs, sites):
    """The operator of an observable name (sx1*sz2) on the cluster, site 1 first."""
    import qutip
    ops = [qutip.qeye(2) for _ in range(sites)]
    one = {"x": qutip.sigmax(), "y": qutip.sigmay(), "z": qutip.sigmaz()}
    for f in obs.split("*"):
        m = re.fullmatch(r"s([xyz])(\d+)", f)
        if m is None:
            raise ValueError("%r is not a Pauli string" % obs)
        ops[int(m.group(2)) - 1] = one[m.group(1)]
    return qutip.tensor(ops)


def operators(model):
    """Each observable's Pauli string, in the model's order."""
    return [pauli_string(o, model.sites) for o in model.observables]


def to_qutip(model, x, p):
    import qutip
    P = operators(model)
    ident = qutip.tensor([qutip.qeye(2)] * model.sites)
    h, jumps = model.dm_tables(x, **p)
    H = sum((h[v] * P[v] for v in range(model.nobs) if h[v] != 0), h[-1] * ident)
    c_ops = []
    for collective, terms, rate in jumps:
        Lop = sum((c * (P[v] if v >= 0 else ident) for v, c in terms), 0 * ident)
        if collective:
            ev = sum(c * (x[v] if v >= 0 else 1.0) for v, c in terms)
            H = H + (0.5j * rate) * (np.conj(ev) * Lop - ev * Lop.dag())
        elif rate != 0:
            c_ops.append(np.sqrt(rate) * Lop)
    return H, c_ops
