"""The exact equations as SymPy expressions, and as LaTeX."""
import re

import sympy

from .model import safe_name, BlochgenError

_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
          "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi",
          "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
          "Upsilon", "Phi", "Psi", "Omega"}


def obs_symbol_name(obs):
    """sx1*sz2 -> sx1_sz2 (an identifier)."""
    return obs.replace("*", "_")


def latex_param(name):
    """gamma_phi -> \\gamma_{\\phi}, h1 -> h_{1}, lambda -> \\lambda."""
    def word(w):
        return "\\" + w if w in _GREEK else (w if len(w) == 1 else "\\mathrm{%s}" % w)
    parts = name.split("_")
    head, subs = parts[0], parts[1:]
    m = re.fullmatch(r"([A-Za-z]+?)(\d+)", head)
    if m and not subs:
        head, subs = m.group(1), [m.group(2)]
    tex = word(head)
    if subs:
        tex += "_{%s}" % ",".join(word(s) if not s.isdigit() else s for s in subs)
    return tex


def latex_obs(obs):
    """sx1*sz2 -> \\langle\\sigma^x_1\\sigma^z_2\\rangle; a moment model's sx1_2
    (spin 1 of the cluster on moment site 2) -> \\sigma^x_{1,2}."""
    out = []
    for f in obs.split("*"):
        m = re.fullmatch(r"s([xyz])(\d+)(?:_(\d+))?", f)
        if m is None:
            out.append("\\mathrm{%s}" % f)
        else:
            sub = m.group(2) if m.group(3) is None else "%s,%s" % (m.group(2), m.group(3))
            out.append("\\sigma^%s_{%s}" % (m.group(1), sub))
    return "\\langle " + " ".join(out) + "\\rangle"


def symbols(model):
    ps = [sympy.Symbol(safe_name(p), real=True) for p in model.params]
    xs = [sympy.Symbol(obs_symbol_name(o), real=True) for o in model.observables]
    return ps, xs


def equations(model):
    if model.exact_rhs is None:
        raise BlochgenError("%s carries no exact equations (emitted by an older blochgen, a "
                            "thermal model, or above 63 observables)" % model.name, 1)
    ps, xs = symbols(model)
    local = {"p%d" % k: s for k, s in enumerate(ps)}
    local.update({"x%d" % k: s for k, s in enumerate(xs)})
    out = {}
    for x, text in zip(xs, model.exact_rhs):
        out[x] = sympy.expand(sympy.parse_expr(text.replace("^", "**"), local_dict=local))
    return out


def latex(model):
    ps, xs = symbols(model)
    names = {s: latex_param(p) for s, p in zip(ps, model.params)}
    names.update({s: latex_obs(o) for s, o in zip(xs, model.observables)})
    rows = []
    for x, rhs in equations(model).items():
        rows.append("\\frac{d}{dt}%s &= %s" % (names[x], sympy.latex(
            sympy.collect(rhs, xs), symbol_names=names)))
    return "\\begin{align}\n" + " \\\\\n".join(rows) + "\n\\end{align}\n"
