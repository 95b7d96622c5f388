"""Fixtures: the package from this tree, the pump_loss model (and a copy
of it outside the tree), and its solver bin/pump_loss for comparisons."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import blochgen  # noqa: E402

BIN = Path(os.environ.get("BIN", ROOT / "bin"))
if not BIN.is_absolute():
    BIN = ROOT / BIN
blochgen.use_pandas = False     # the structured arrays; pandas is optional

# Fig. 11's point in the broken phase (docs/validation.md)
P = dict(h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)
SET = "h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0"


def cli(*args, model="pump_loss", check=True):
    r = subprocess.run([str(BIN / model)] + [str(a) for a in args], capture_output=True,
                       text=True)
    if check and r.returncode != 0:
        raise AssertionError("%s %s: %s" % (model, " ".join(map(str, args)), r.stderr))
    return r


def csv_rows(text):
    """The CSV lines of a command's stdout (no '#' lines), as lists of fields."""
    lines = [l for l in text.splitlines() if l and not l.startswith("#")]
    return [l.split(",") for l in lines]


@pytest.fixture(scope="session")
def m():
    return blochgen.load(str(ROOT / "models" / "pump_loss.model"))


@pytest.fixture(scope="session")
def outside(tmp_path_factory):
    """A model file outside the tree (a renamed copy of pump_loss)."""
    d = tmp_path_factory.mktemp("elsewhere")
    text = (ROOT / "models" / "pump_loss.model").read_text().replace(
        "model pump_loss", "model my_pump")
    (d / "my.model").write_text(text)
    return d / "my.model"


@pytest.fixture
def rng():
    return np.random.default_rng(14)
