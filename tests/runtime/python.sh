#!/bin/sh
# The Python package (python/, docs/python.md): python/tests with pytest,
# every function against the command line and an independent NumPy /
# SymPy / QuTiP computation.  Needs python3 with numpy and pytest (Debian's
# python3-numpy, python3-pytest; tools/deps.sh --test installs them).
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
if [ -n "${BLOCHGEN_SECOND_PASS:-}" ]; then
    # a sanitized library cannot be loaded into python3 without LD_PRELOAD
    echo "SKIP: the Python tests run in the first pass only (ASan-built libraries)"
    exit 77
fi
py=
for c in ${PYTHON:-} python3 /usr/bin/python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import numpy, pytest' 2>/dev/null; then
        py=$c; break
    fi
done
if [ -z "$py" ]; then
    echo "SKIP: no python3 with numpy and pytest (apt-get install python3-numpy python3-pytest)"
    exit 77
fi
make --no-print-directory BUILD="$BUILD" BIN="$BIN" libs >/dev/null ||
    { echo "FAIL: make libs"; exit 1; }
"$py" -c 'import qutip' 2>/dev/null || echo "SKIP: the QuTiP cross-check, no python3-qutip"
"$py" -c 'import sympy' 2>/dev/null || echo "SKIP: the SymPy equations, no python3-sympy"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-python.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# a private cache: the tests build models and must not see stale ones
# this build's blochgen (BIN may be another build's, e.g. check-flint3's)
BLOCHGEN_CACHE=$tmp/cache BIN=$(cd "$BIN" && pwd) BLOCHGEN=$(cd "$BIN" && pwd)/blochgen \
    "$py" -m pytest -q -p no:cacheprovider python/tests
