#!/bin/sh
# `steady --all`: every steady state as CSV, against independent routes:
#  - pump_loss at the paper's points: h1 = 0.5 has the symmetric state
#    (`symmetric`, the closed form) unstable and the two broken states
#    (`steady --init broken/-broken`, Newton along the odd mode) stable,
#    h1 = 1.2 the symmetric state alone; both certified complete;
#  - every row of the fold model (a cubic; three states between its folds)
#    is stationary by the separate `rhs` command, and the rows' <sz1> are
#    the real roots of the cubic (awk, bisection);
#  - the boundary time crystal (conserved |m|^2): a positive-dimensional
#    set is reported as such, no row is called stable, every row is on the
#    Bloch sphere;
#  - the dissipative XYZ cluster (more mean fields than eliminated): the
#    numerical search, said not certified;
#  - bad input: --all with --init, a malformed parameter (exit 2, nothing
#    on stdout).
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-steady-all.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
T=$BUILD/testmodels
for m in fold btc xyz2; do
    # shellcheck disable=SC2086
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/$m.model \
        MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log"; echo "FAIL: building tests/models/$m.model"; exit 1; }
done
S=$BIN/pump_loss

# the values of row k (0-based) of an --all CSV, comma separated
row() { awk -F, -v k="$2" '!/^#/ && NR > 1 && $1 == k { s = $5; for (i = 6; i <= NF; i++) s = s "," $i; print s }' "$1"; }
# max |a_i - b_i| of two comma-separated vectors
maxdiff() { echo "$1 $2" | awk '{ n = split($1, a, ","); split($2, b, ","); m = 0
    for (i = 1; i <= n; i++) { d = a[i] - b[i]; if (d < 0) d = -d; if (d > m) m = d }; print m }'; }
# index of the row equal to the vector $2 within 1e-9, or -1
match_row() { awk -F, -v v="$2" 'BEGIN { n = split(v, b, ","); r = -1 }
    !/^#/ && NR > 1 { m = 0; for (i = 1; i <= n; i++) { d = $(i + 4) - b[i]; if (d < 0) d = -d; if (d > m) m = d }
                      if (m < 1e-9) r = $1 } END { print r }' "$1"; }

# ---- pump_loss at h1 = 0.5 and 1.2 ----------------------------------------
P=h2=10,lambda=0.01,gup=1,gdown=0
"$S" steady --all --set h1=0.5,$P >"$tmp/a" 2>"$tmp/err" || err "pump_loss --all exited $?: $(cat "$tmp/err")"
head -1 "$tmp/a" | grep -q '^index,stability,physical,certified,sx1,sy1,sz1,' || err "header: $(head -1 "$tmp/a")"
[ "$(grep -vc '^#' "$tmp/a")" = 4 ] || err "h1=0.5: expected 3 rows, got $(($(grep -vc '^#' "$tmp/a") - 1))"
grep -q '^# complete: certified' "$tmp/a" || err "h1=0.5: not certified complete: $(grep '^#' "$tmp/a")"
grep -q '^# parameters, exactly: h1=1/2 h2=10 lambda=1/100 gup=1 gdown=0' "$tmp/a" ||
    err "h1=0.5: the exact parameters line"
sym=$("$S" symmetric --set h1=0.5,$P | tr ' ' ',')
k=$(match_row "$tmp/a" "$sym")
[ "$k" != -1 ] || err "h1=0.5: the symmetric state is not a row"
[ "$k" != -1 ] && ! grep -q "^$k,unstable,1,1," "$tmp/a" && err "h1=0.5: the symmetric row is not unstable,physical,certified"
for b in broken -broken; do
    "$S" steady --set h1=0.5,$P --init $b | awk '!/^#/ { printf "%s%s", s, $2; s = "," } END { print "" }' >"$tmp/b"
    k=$(match_row "$tmp/a" "$(cat "$tmp/b")")
    [ "$k" != -1 ] || err "h1=0.5: the $b state is not a row"
    [ "$k" != -1 ] && ! grep -q "^$k,stable,1,1," "$tmp/a" && err "h1=0.5: the $b row is not stable,physical,certified"
done
"$S" steady --all --set h1=1.2,$P >"$tmp/a" || err "h1=1.2 exited $?"
[ "$(grep -vc '^#' "$tmp/a")" = 2 ] || err "h1=1.2: expected 1 row"
[ "$(match_row "$tmp/a" "$("$S" symmetric --set h1=1.2,$P | tr ' ' ',')")" = 0 ] ||
    err "h1=1.2: the row is not the symmetric state"
grep -q '^0,stable,1,1,' "$tmp/a" || err "h1=1.2: the symmetric state is not stable,physical,certified"

# ---- fold: rows stationary, <sz1> the cubic's roots -------------------------
F=$T/fold
for Q in hz=1.5,V=4,omega=1,gamma=1 hz=0.5,V=4,omega=1,gamma=1 hz=-0.3,V=-2.5,omega=1.7,gamma=0.6; do
    "$F" steady --all --set $Q >"$tmp/f" 2>"$tmp/err" || { err "fold $Q exited $?: $(cat "$tmp/err")"; continue; }
    grep -q '^# complete: certified' "$tmp/f" || err "fold $Q: not certified complete"
    n=$(($(grep -vc '^#' "$tmp/f") - 1))
    i=0
    while [ $i -lt $n ]; do
        x=$(row "$tmp/f" $i)
        "$F" rhs --set $Q --state "$x" | tr ' ' '\n' |
            awk '{ if ($1 > 1e-12 || $1 < -1e-12) bad = 1 } END { exit bad }' || err "fold $Q: row $i not stationary"
        i=$((i + 1))
    done
    # the cubic 4V^2 z^3 + (8 hz V + 4 V^2) z^2 + (g^2 + 4hz^2 + 8 hz V + 2 w^2) z + g^2 + 4 hz^2
    # (tests/models/fold.model): its real roots by sign changes and bisection
    roots=$(echo "$Q" | tr ',=' '  ' | awk '{ hz = $2; V = $4; w = $6; g = $8
        a = 4*V*V; b = 8*hz*V + 4*V*V; c = g*g + 4*hz*hz + 8*hz*V + 2*w*w; d = g*g + 4*hz*hz
        N = 200000; prev = d - a + b - c; n = 0
        for (i = 1; i <= N; i++) { z = -1 + i / N; f = ((a*z + b)*z + c)*z + d
            if (f == 0) { printf "%.12f\n", z; prev = 0; continue }
            if (prev != 0 && (f < 0) != (prev < 0)) { lo = z - 1 / N; hi = z
                for (it = 0; it < 60; it++) { mid = (lo + hi) / 2; fm = ((a*mid + b)*mid + c)*mid + d
                    fl = ((a*lo + b)*lo + c)*lo + d; if ((fm < 0) == (fl < 0)) lo = mid; else hi = mid }
                printf "%.12f\n", (lo + hi) / 2 }
            prev = f } }' | sort -g)
    got=$(awk -F, '!/^#/ && NR > 1 { printf "%.12f\n", $7 }' "$tmp/f" | sort -g)
    [ "$(echo "$roots" | wc -l)" = "$n" ] || err "fold $Q: $n rows, the cubic has $(echo "$roots" | wc -l) roots in (-1, 0)"
    paste -d' ' "$(printf '%s\n' "$roots" >"$tmp/r"; echo "$tmp/r")" "$(printf '%s\n' "$got" >"$tmp/g"; echo "$tmp/g")" |
        awk '{ d = $1 - $2; if (d < 0) d = -d; if (d > 1e-8) bad = 1 } END { exit bad }' ||
        err "fold $Q: <sz1> of the rows ($got) are not the cubic's roots ($roots)"
done

# ---- boundary time crystal: a family, said so --------------------------------
"$T/btc" steady --all --set Omega=0.4,kappa=1 >"$tmp/t" 2>"$tmp/err" || err "btc exited $?: $(cat "$tmp/err")"
grep -q '^# positive-dimensional' "$tmp/t" || err "btc: no positive-dimensional line"
grep -q '^# complete: not certified' "$tmp/t" || err "btc: completeness claimed"
awk -F, '!/^#/ && NR > 1 && $2 == "stable" { bad = 1 } END { exit bad }' "$tmp/t" || err "btc: a row called stable (|m|^2 is conserved)"
awk -F, '!/^#/ && NR > 1 { r = $5*$5 + $6*$6 + $7*$7; if (r < 1 - 1e-9 || r > 1 + 1e-9 || $3 != 1) bad = 1; n++ }
         END { exit bad || n == 0 }' "$tmp/t" || err "btc: rows not physical states on the Bloch sphere"

# ---- XYZ cluster: the numerical search, not certified -------------------------
"$T/xyz2" steady --all --set Jx=0.9,Jy=1,Jz=1.1,g=1 --starts 40 >"$tmp/x" 2>"$tmp/err" || err "xyz2 exited $?: $(cat "$tmp/err")"
grep -q '^# method: numerical search' "$tmp/x" || err "xyz2: not the numerical search"
grep -q '^# complete: not certified' "$tmp/x" || err "xyz2: completeness claimed"
awk -F, '!/^#/ && NR > 1 && $4 != 0 { bad = 1 } END { exit bad }' "$tmp/x" || err "xyz2: a row called certified"

# ---- bad input ----------------------------------------------------------------
"$S" steady --all --init symmetric --set h1=0.5,$P >"$tmp/o" 2>"$tmp/err"
[ $? = 2 ] && [ ! -s "$tmp/o" ] && grep -q -- '--all' "$tmp/err" || err "--all --init: exit 2 with a message"
"$S" steady --all --set h1=0.5x,$P >"$tmp/o" 2>"$tmp/err"
[ $? = 2 ] && [ ! -s "$tmp/o" ] || err "a malformed parameter: exit 2, nothing on stdout"
"$S" steady --help | grep -q -- '--all' || err "steady --help does not mention --all"

if [ $fail -gt 0 ]; then echo "$fail failures"; exit 1; fi
echo PASS
