#!/bin/sh
# make install into a temporary prefix, then as a user outside the tree:
# `blochgen build` of a model file elsewhere (a solver and a shared
# library), the installed man pages and pkg-config files, the C example of
# docs/install.md compiled with `pkg-config --cflags --libs
# blochgen-runtime`, a C program on the exact module's installed library
# (pkg-config blochgen-exact), and the Python package installed offline
# with pip (a venv with --system-site-packages, pip install
# --no-build-isolation --no-index, as docs/install.md says) loading that
# model and the exact module through the installed blochgen and libraries.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
if [ -n "${BLOCHGEN_SECOND_PASS:-}" ]; then
    echo "SKIP: make install is tested in the first pass only"
    exit 77
fi
root=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pre=$tmp/prefix
make --no-print-directory BUILD="$BUILD" BIN="$BIN" install PREFIX="$pre" >"$tmp/make.log" 2>&1 ||
    { cat "$tmp/make.log"; echo "FAIL: make install"; exit 1; }
for f in bin/blochgen bin/dtfim-exact lib/libblochgen-runtime.a lib/libblochgen-runtime.so \
         include/blochgen/bloch_api.h include/blochgen/bloch_model.h share/blochgen/build.conf \
         share/blochgen/templates/model.c.in lib/pkgconfig/blochgen-runtime.pc \
         share/man/man1/blochgen.1 share/man/man1/blochgen-solver.1 share/man/man1/dtfim-exact.1 \
         lib/libblochgen-exact.so include/blochgen/exact_api.h lib/pkgconfig/blochgen-exact.pc; do
    [ -e "$pre/$f" ] || err "not installed: $f"
done
# a user's model, elsewhere; the installed blochgen, away from the tree
mkdir -p "$tmp/user"
sed 's/^model pump_loss/model mine/' models/pump_loss.model >"$tmp/user/mine.model"
cd "$tmp/user" || exit 1
export BLOCHGEN_CACHE="$tmp/cache"
out=$("$pre/bin/blochgen" build mine.model -o ./mine 2>"$tmp/err") ||
    { cat "$tmp/err"; err "blochgen build mine.model"; }
[ "$out" = ./mine ] || err "blochgen build printed '$out', not ./mine"
./mine steady --set h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0 --init broken >"$tmp/st" 2>&1 ||
    err "the built solver: $(cat "$tmp/st")"
grep -q '^sx1 ' "$tmp/st" || err "the built solver printed no state"
# cached: the same path again, without compiling
a=$("$pre/bin/blochgen" build mine.model); b=$("$pre/bin/blochgen" build mine.model)
[ "$a" = "$b" ] && [ -x "$a" ] || err "blochgen build is not cached ($a, $b)"
so=$("$pre/bin/blochgen" build mine.model --shared) || err "blochgen build --shared"
case "$so" in "$tmp/cache/"*libmine.so) ;; *) err "--shared gave '$so'" ;; esac
# the C examples of docs/install.md, through pkg-config
block() {   # the $1-th ```c block of docs/install.md
    awk -v n="$1" '/^```c$/ { k++; on = k == n; next } /^```$/ { on = 0 } on' "$root/docs/install.md"
}
if command -v pkg-config >/dev/null 2>&1; then
    block 1 >example.c
    "$pre/bin/blochgen" emit mine.model -o . || err "blochgen emit"
    # shellcheck disable=SC2046
    cc -o example example.c mine.c mine_arb.c \
        $(PKG_CONFIG_PATH="$pre/lib/pkgconfig" pkg-config --cflags --libs blochgen-runtime) \
        2>"$tmp/cc" || { cat "$tmp/cc"; err "the C example does not build"; }
    ./example >"$tmp/ex" 2>&1 || err "the C example failed: $(cat "$tmp/ex")"
    grep -q 'steady state' "$tmp/ex" || err "the C example printed: $(cat "$tmp/ex")"
    # the second example of docs/install.md: the exact module's C API,
    # certified <sigma^+_1 sigma^-_2> = 1/12 at N = 3
    block 2 >exact.c
    # shellcheck disable=SC2046
    cc -o exact exact.c $(PKG_CONFIG_PATH="$pre/lib/pkgconfig" pkg-config --cflags --libs \
        blochgen-exact) 2>"$tmp/cc" || { cat "$tmp/cc"; err "the exact_api.h program does not build"; }
    ./exact >"$tmp/ex" 2>&1 || err "the exact_api.h program failed: $(cat "$tmp/ex")"
    grep -q '^0\.0833333333333333333333333333333 0 (Re, Im); Re = 0\.08333' "$tmp/ex" ||
        err "the exact_api.h program printed: $(cat "$tmp/ex"), not 1/12 to 30 digits"
else
    echo "SKIP: the C example through pkg-config, no pkg-config"
fi
# the Python package, installed offline with pip into a venv that sees
# Debian's numpy (docs/install.md), used away from the tree with the
# installed blochgen on PATH and the installed libblochgen-exact
py=
for c in ${PYTHON:-} /usr/bin/python3 python3; do
    command -v "$c" >/dev/null 2>&1 && "$c" -c 'import numpy' 2>/dev/null && { py=$c; break; }
done
if [ -z "$py" ]; then
    echo "SKIP: the Python package on the installed blochgen, no python3 with numpy"
elif ! "$py" -c 'import setuptools' 2>/dev/null || ! "$py" -m pip --version >/dev/null 2>&1; then
    echo "SKIP: pip install ./python, no pip or setuptools (Debian: python3-pip python3-setuptools)"
else
    cp -r "$root/python" "$tmp/pysrc"     # pip builds in the source directory
    rm -rf "$tmp/pysrc/tests"
    if "$py" -m venv --system-site-packages "$tmp/venv" >"$tmp/venv.log" 2>&1; then
        "$tmp/venv/bin/python" -m pip install --no-build-isolation --no-index --no-cache-dir \
            "$tmp/pysrc" >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log"; err "pip install ./python"; }
        vpy=$tmp/venv/bin/python
    else
        # no python3-venv: pip's --target into a directory
        echo "SKIP: the venv, $(tail -1 "$tmp/venv.log"); pip install --target instead"
        "$py" -m pip install --no-build-isolation --no-index --no-cache-dir --target "$tmp/site" \
            "$tmp/pysrc" >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log"; err "pip install --target"; }
        vpy=$py
        export PYTHONPATH="$tmp/site"
    fi
    rm -rf "$tmp/pysrc"
    env -u BLOCHGEN -u BLOCHGEN_EXACT_LIB TMPDIR_BG="$tmp" PREFIX_BG="$pre" PATH="$pre/bin:$PATH" \
        "$vpy" -c '
import blochgen, numpy as np, os
assert blochgen.__file__.startswith(os.environ["TMPDIR_BG"]), blochgen.__file__
m = blochgen.load("mine.model")
assert m.name == "mine", m.name
x = m.steady(init="broken", h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)
assert np.linalg.norm(m.rhs(x, h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)) < 1e-10
v = blochgen.exact.corr(N=3, J=1, hz="1/2", hx=1, gamma=1, plus=[1], minus=[2])
assert abs(v.value - 1 / 12) <= v.radius < 1e-15, v
assert blochgen.exact.library()._name.startswith(os.environ["PREFIX_BG"]), blochgen.exact.library()._name
print("python ok", m, v)
' >"$tmp/py" 2>&1 || err "python (pip-installed) on the installed blochgen: $(cat "$tmp/py")"
    # the README's Python lines as they stand (the default model, installed)
    if "$vpy" -c 'import matplotlib' 2>/dev/null; then
        sed -n '/^```python$/,/^```$/p' "$root/README.md" | sed '1d;$d' >readme.py
        env -u BLOCHGEN PATH="$pre/bin:$PATH" MPLBACKEND=Agg "$vpy" -c '
import matplotlib.pyplot as plt
exec(open("readme.py").read())
assert len(t) > 141 and set(t["kind"]) >= {"symmetric", "broken+", "broken-"}, t
plt.savefig("readme.png")
' >"$tmp/readme" 2>&1 || err "the README's Python lines: $(cat "$tmp/readme")"
        [ -s readme.png ] || err "the README's Python lines drew nothing"
    else
        echo "SKIP: the README's Python lines, no matplotlib (python3-matplotlib)"
    fi
fi
[ $fail -eq 0 ] && echo "install: ok"
exit $fail
