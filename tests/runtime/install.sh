#!/bin/sh
# make install into a temporary prefix, then as a user outside the tree:
# `blochgen build` of a model file elsewhere (a solver and a shared
# library), the installed man pages and pkg-config file, the C example of
# docs/install.md compiled with `pkg-config --cflags --libs
# blochgen-runtime`, and the Python package loading that model through the
# installed blochgen.
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
         share/man/man1/blochgen.1 share/man/man1/blochgen-solver.1 share/man/man1/dtfim-exact.1; do
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
# the C example of docs/install.md, through pkg-config
if command -v pkg-config >/dev/null 2>&1; then
    sed -n '/^```c$/,/^```$/p' "$root/docs/install.md" | sed '1d;$d' >example.c
    "$pre/bin/blochgen" emit mine.model -o . || err "blochgen emit"
    # shellcheck disable=SC2046
    cc -o example example.c mine.c mine_arb.c \
        $(PKG_CONFIG_PATH="$pre/lib/pkgconfig" pkg-config --cflags --libs blochgen-runtime) \
        2>"$tmp/cc" || { cat "$tmp/cc"; err "the C example does not build"; }
    ./example >"$tmp/ex" 2>&1 || err "the C example failed: $(cat "$tmp/ex")"
    grep -q 'steady state' "$tmp/ex" || err "the C example printed: $(cat "$tmp/ex")"
else
    echo "SKIP: the C example through pkg-config, no pkg-config"
fi
# the Python package on the installed blochgen
py=
for c in ${PYTHON:-} python3 /usr/bin/python3; do
    command -v "$c" >/dev/null 2>&1 && "$c" -c 'import numpy' 2>/dev/null && { py=$c; break; }
done
if [ -n "$py" ]; then
    BLOCHGEN="$pre/bin/blochgen" PYTHONPATH="$root/python" "$py" -c '
import blochgen, numpy as np
m = blochgen.load("mine.model")
assert m.name == "mine", m.name
x = m.steady(init="broken", h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)
assert np.linalg.norm(m.rhs(x, h1=0.5, h2=10, lambda_=0.01, gup=1, gdown=0)) < 1e-10
print("python ok", m)
' >"$tmp/py" 2>&1 || err "python on the installed blochgen: $(cat "$tmp/py")"
else
    echo "SKIP: the Python package on the installed blochgen, no python3 with numpy"
fi
[ $fail -eq 0 ] && echo "install: ok"
exit $fail
