"""Tables as pandas DataFrames (blochgen.use_pandas, the default when
pandas is installed): the same columns and values as the structured
arrays, and as the command line's CSV read by pandas.read_csv with
comment='#' and no other option (the header is the CSV's first line)."""
import io

import numpy as np
import pytest

import blochgen
from conftest import P, cli

pd = pytest.importorskip("pandas", reason="no pandas (Debian: python3-pandas)")


@pytest.fixture
def frames(monkeypatch):
    monkeypatch.setattr(blochgen, "use_pandas", True)


def same(df, arr):
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(arr.dtype.names) and len(df) == len(arr)
    for c in df.columns:
        if arr.dtype[c].kind == "f":
            assert np.array_equal(df[c].to_numpy(), arr[c], equal_nan=True)
        else:
            assert list(df[c]) == list(arr[c])


def test_tables(m, monkeypatch):
    p = dict(P); del p["h1"]
    q = dict(p); del q["gup"]
    calls = [lambda: m.sweep("h1", 0, 1.4, 15, direction="both", **p),
             lambda: m.scan(("h1", 0.2, 1.2, 4), ("gup", 0.5, 1.5, 3), **q),
             lambda: m.evolve(np.linspace(0, 2, 5), m.steady(**P) + 0.01, **P),
             lambda: m.steady_all(**P)]
    for f in calls:
        monkeypatch.setattr(blochgen, "use_pandas", False)
        arr = f()
        monkeypatch.setattr(blochgen, "use_pandas", True)
        same(f(), arr)


def test_against_cli_csv(m, frames):
    p = dict(P); del p["h1"]
    df = m.sweep("h1", 0, 1.4, 15, direction="both", **p)
    ref = pd.read_csv(io.StringIO(cli("sweep", "--set", "h2=10,lambda=0.01,gup=1,gdown=0",
                                      "--vary", "h1=0:1.4:15", "--direction",
                                      "both").stdout), comment="#")
    assert len(ref) == len(df)
    assert list(ref["direction"]) == list(df["direction"])
    assert list(ref["kind"]) == list(df["kind"])
    assert np.allclose(ref["param"], df["h1"])
    for o in m.observables:
        assert np.allclose(ref[o], df[o], atol=1e-12)
