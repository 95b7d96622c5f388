#!/bin/sh
# `steady --all` on a moment model (exact equations emitted times the power
# of N that clears 1/N, generator/emit/emit_exact.c): dtfim_nbody at order 2
# and N = 2, where the hierarchy is exact.  The exact elimination must list
# the states certified and complete, each equal (1e-9) to a state that
# damped Newton (`steady`, no elimination) reaches from several starts, and
# every state Newton finds must be listed.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-moments-all.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
T=$BUILD/testmodels
# shellcheck disable=SC2086
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=models/nbody/dtfim_nbody.model \
    ORDER=2 MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
    { cat "$tmp/make.log"; echo "FAIL: building dtfim_nbody order 2"; exit 1; }
X=$T/dtfim_nbody_o2
for S in Jbar=2,hx=1,hz=3/10,gamma=1,Gbar=1/2,N=2 Jbar=6,hx=1/2,hz=0,gamma=1/5,Gbar=1,N=2; do
    "$X" steady --all --set "$S" >"$tmp/all" 2>"$tmp/err" || { err "$S: steady --all: $(cat "$tmp/err")"; continue; }
    grep -q '^# method: exact elimination' "$tmp/all" || err "$S: not the exact elimination"
    grep -q '^# complete: certified' "$tmp/all" || err "$S: not certified complete"
    grep '^[0-9]' "$tmp/all" | cut -d, -f4 | grep -qv '^1$' && err "$S: a row not certified"
    grep '^[0-9]' "$tmp/all" | cut -d, -f5- >"$tmp/states"
    [ -s "$tmp/states" ] || { err "$S: no state listed"; continue; }
    for init in symmetric broken -broken; do
        "$X" steady --set "$S" --init "$init" >"$tmp/nt" 2>/dev/null || continue
        grep -v '^#' "$tmp/nt" | awk '{ printf "%s%s", s, $2; s = "," } END { print "" }' >"$tmp/one"
        awk -F, 'NR == FNR { for (i = 1; i <= NF; i++) x[i] = $i; n = NF; next }
                 { m = 0; for (i = 1; i <= n; i++) { d = $i - x[i]; if (d < 0) d = -d; if (d > m) m = d }
                   if (m < 1e-9) ok = 1 }
                 END { exit !ok }' "$tmp/one" "$tmp/states" ||
            err "$S: Newton from $init reached a state steady --all does not list: $(cat "$tmp/one")"
    done
    echo "ok: $S: $(wc -l <"$tmp/states") state(s), certified complete, Newton's states among them"
done
[ $fail = 0 ] || exit 1
echo "moments-all: all passed"
