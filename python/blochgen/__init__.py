"""blochgen from Python: load a model file, get NumPy arrays, SymPy
equations and QuTiP operators.

    import blochgen
    m = blochgen.load("models/pump_loss.model")   # built (cached) and loaded
    x = m.steady(h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)
    m.stability(x, h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0).gap

A model is compiled by `blochgen build MODEL --shared` (the installed
blochgen, the source tree's bin/blochgen when this package runs from the
tree, or $BLOCHGEN) and called through the runtime's C API
(runtime/api/bloch_api.h) with ctypes; nothing parses command output.
Parameters are keyword arguments by name; a name that is a Python keyword
takes a trailing underscore (lambda -> lambda_).  Tables come back as a
pandas DataFrame when pandas is installed (and blochgen.use_pandas is
true), else as a NumPy structured array with the same named columns.
Errors raise BadInput, NoResult or NoConvergence carrying the runtime's
message.
"""
import os
import shutil
import subprocess
from pathlib import Path

from .model import Model, BlochgenError, BadInput, NoResult, NoConvergence, safe_name
from . import model as _model
from . import exact

__all__ = ["load", "Model", "BlochgenError", "BadInput", "NoResult", "NoConvergence",
           "find_blochgen", "build", "safe_name", "exact", "use_pandas", "default_model"]

use_pandas = True
_loaded = {}


def _tree_root():
    root = Path(__file__).resolve().parents[2]
    return root if (root / "runtime" / "api" / "bloch_api.h").exists() else None


def find_blochgen():
    """The blochgen executable: $BLOCHGEN, else the source tree's
    bin/blochgen when this package is the tree's, else blochgen on PATH."""
    env = os.environ.get("BLOCHGEN")
    if env:
        return env
    root = _tree_root()
    if root is not None and (root / "bin" / "blochgen").exists():
        return str(root / "bin" / "blochgen")
    exe = shutil.which("blochgen")
    if exe is None:
        raise BlochgenError("blochgen not found: install it (make install), put it on PATH "
                            "or set $BLOCHGEN", 2)
    return exe


def find_program(name):
    """Another installed program (dtfim-exact), found as blochgen is."""
    return str(Path(find_blochgen()).resolve().parent / name)


def default_model():
    """The default model's file (pump_loss) from the source tree or the
    installed share/blochgen/models."""
    top = Path(find_blochgen()).resolve().parent.parent
    for d in ([_tree_root() / "models"] if _tree_root() else []) + \
             [top / "share" / "blochgen" / "models", top / "models"]:
        f = d / "pump_loss.model"
        if f.exists():
            return str(f)
    raise BlochgenError("the default model file (pump_loss.model) is not installed", 1)


def build(path, shared=True, blochgen=None):
    """`blochgen build PATH [--shared]`: the path of the built (cached)
    shared library or solver."""
    exe = blochgen or find_blochgen()
    r = subprocess.run([exe, "build", str(path)] + (["--shared"] if shared else []),
                       capture_output=True, text=True)
    if r.returncode != 0:
        cls = BadInput if r.returncode == 2 else BlochgenError
        raise cls(r.stderr.strip() or "blochgen build failed", r.returncode)
    return r.stdout.strip().splitlines()[-1]


def load(path=None, blochgen=None):
    """The model of a model file (default: the default model), built by
    `blochgen build --shared` (cached by content) and loaded."""
    so = build(path or default_model(), True, blochgen)
    if so not in _loaded:
        _loaded[so] = Model(so)
    return _loaded[so]
