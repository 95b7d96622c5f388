#!/bin/sh
# `steady`: Newton states are stationary (checked by the separate `rhs`
# command on the printed values); broken/-broken are Z2 mirror images; the
# paper's m_x2 ~ (lambda/h2) m_x1; the analytic broken state of a single
# pumped spin at lambda = 0; non-convergence and missing states are errors.
#
# Single site (H = -<sx> sx - h sz, g = gup + gdown, d = gup - gdown):
#   0 = -g/2 x + 2h y             =>  y = g x / (4h)
#   0 = -2h x - g/2 y + 2 x z     =>  (x != 0)  z = h + g^2 / (16 h)
#   0 = d - g z - 2 x y           =>  x^2 = 2h (d - g z) / g
# which exists when d > g z.  At lambda = 0 site 2 stays symmetric
# (sx2 = sy2 = 0, sz2 = d/g) and the correlators factorise.
set -u
BIN=${BIN:-bin}
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-steady.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

# the values of a `steady` output, comma separated in info order
values() { awk '!/^#/ { printf "%s%s", s, $2; s = "," } END { print "" }' "$1"; }

# steady with args; checks stationarity with `rhs`; leaves the state in $tmp/x
stationary() {
    "$S" steady "$@" >"$tmp/st" 2>"$tmp/err" || { no "steady $* exited $?: $(cat "$tmp/err")"; return 1; }
    [ "$(grep -vc '^#' "$tmp/st")" = 15 ] || no "steady $*: expected 15 value lines"
    grep -q '^# residual .* after [0-9]* Newton iterations' "$tmp/st" || no "steady $*: residual line"
    values "$tmp/st" >"$tmp/x"
    "$S" rhs --set "$2" --state "$(cat "$tmp/x")" | tr ' ' '\n' |
        awk '{ if ($1 > 1e-12 || $1 < -1e-12) { print "rhs " NR " = " $1; bad = 1 } } END { exit bad }' ||
        no "steady $*: not stationary"
}

for Q in $P h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0 h1=0.9,h2=3,lambda=0.05,gup=0.4,gdown=0.3; do
    stationary --set $Q
done
stationary --set $P --init broken && cp "$tmp/x" "$tmp/plus" && cp "$tmp/st" "$tmp/plus.out"
stationary --set $P --init -broken && cp "$tmp/x" "$tmp/minus"
stationary --set $P --init 0.3,0.1,0.5,0,0,0.9,0,0,0.2,0,0,0.1,0,0,0.5

# --init broken reports the iterations of its own search, not a re-run
awk '/^# residual/ { if ($5 + 0 < 1) exit 1 }' "$tmp/plus.out" ||
    no "--init broken reports: $(grep residual "$tmp/plus.out")"

# mirror images: odd observables flip, even ones agree (parities from info)
"$S" info | grep '"parity"' | grep -o '"[a-z]*"' | tr -d '"' | tail -n +2 | tr '\n' ',' >"$tmp/par"
awk -F, -v par="$(cat "$tmp/par")" '
    function abs(x) { return x < 0 ? -x : x }
    NR == 1 { for (k = 1; k <= NF; k++) a[k] = $k; next }
    { split(par, pp, ",")
      for (k = 1; k <= NF; k++) {
          want = pp[k] == "odd" ? -a[k] : a[k]
          if (abs($k - want) > 1e-10) { print "component " k " (" pp[k] "): " a[k] " vs " $k; bad = 1 } }
      if (abs(a[1]) < 0.1) { print "not broken: sx1 = " a[1]; bad = 1 } }
    END { exit bad }' "$tmp/plus" "$tmp/minus" || no "broken and -broken are not mirror images"

# the paper: site 2 follows site 1, m_x2 ~ (lambda / h2) m_x1
awk -F, '{ r = $4 / ($1 * 0.01 / 10); if (!(r > 0.8 && r < 1.2)) { print "m_x2/((lambda/h2) m_x1) = " r; exit 1 } }' \
    "$tmp/plus" || no "m_x2 ~ (lambda/h2) m_x1 within 20%"

# lambda = 0: the analytic single-site broken state
analytic() {
    h=$1 gup=$2 gdown=$3
    Q=h1=$h,h2=10,lambda=0,gup=$gup,gdown=$gdown
    stationary --set $Q --init broken || return
    awk -F, -v h="$h" -v u="$gup" -v dn="$gdown" '
        function abs(x) { return x < 0 ? -x : x }
        function want(k, v) { if (abs($k - v) > 1e-9) { print "component " k " = " $k ", want " v; bad = 1 } }
        { g = u + dn; d = u - dn; z = h + g * g / (16 * h); x = sqrt(2 * h * (d - g * z) / g)
          if ($1 < 0) x = -x
          y = g * x / (4 * h); z2 = d / g
          want(1, x); want(2, y); want(3, z); want(4, 0); want(5, 0); want(6, z2)
          want(7, 0); want(8, 0); want(9, x * z2); want(10, 0); want(11, 0); want(12, y * z2)
          want(13, 0); want(14, 0); want(15, z * z2) }
        END { exit bad }' "$tmp/x" || no "broken state at $Q differs from the analytic one"
}
analytic 0.5 1 0.1
analytic 0.3 0.5 0
analytic 0.6 1.5 0

# errors: no convergence (status 3), no broken state (status 1)
"$S" steady --set $P --tol 1e-30 >/dev/null 2>"$tmp/err"
st=$?
[ $st = 3 ] && grep -q "did not converge" "$tmp/err" || no "--tol 1e-30: status $st, $(cat "$tmp/err")"
"$S" steady --set $P --init broken --tol 1e-30 >/dev/null 2>"$tmp/err"
st=$?
[ $st = 3 ] && grep -q "found no broken state" "$tmp/err" ||
    no "--init broken --tol 1e-30: status $st, $(cat "$tmp/err")"
"$S" steady --set h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0 --init broken >"$tmp/st" 2>"$tmp/err"
st=$?
[ $st = 1 ] && grep -q "no unstable odd mode" "$tmp/err" && [ ! -s "$tmp/st" ] ||
    no "--init broken in the symmetric phase: status $st, $(cat "$tmp/err")"
"$S" steady --set h1=1,h2=1,lambda=0,gup=0,gdown=0 --init broken >/dev/null 2>"$tmp/err"
st=$?
[ $st = 1 ] && grep -q "singular" "$tmp/err" || no "singular symmetric state: status $st"
"$S" steady --set $P --init 1,2 >/dev/null 2>"$tmp/err"
[ $? = 2 ] || no "--init with 2 values: not status 2"
# ---- physical states ------------------------------------------------------
# the paper's broken state is a density matrix
"$S" steady --set $P --init broken >"$tmp/st" 2>&1 || no "steady --init broken: $(cat "$tmp/st")"
grep -q '^# physical: yes' "$tmp/st" || no "broken state: $(grep physical "$tmp/st")"
# --init random:SEED: the same seed, the same start and result; a state
"$S" steady --set $P --init random:5 >"$tmp/r1" 2>&1 || no "--init random:5 exited $?"
"$S" steady --set $P --init random:5 >"$tmp/r2" 2>&1
cmp -s "$tmp/r1" "$tmp/r2" || no "--init random:5 twice gave different results"
"$S" steady --set $P --init random:x >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "SEED must be" "$tmp/err" || no "--init random:x: $(cat "$tmp/err")"
# an initial vector outside the states is refused, naming rho's eigenvalue
"$S" steady --set $P --init 0,0,1,0,0,1,0,0,0,0,0,0,0,0,0 >"$tmp/st" 2>"$tmp/err"
[ $? = 2 ] && grep -q "is not a state.*eigenvalue -0.25" "$tmp/err" && [ ! -s "$tmp/st" ] ||
    no "unphysical --init: $(cat "$tmp/err")"
# the boundary time crystal (tests/models/btc.model) at Omega = 0.4, kappa = 1:
# Newton from a state lands on x = 0, y = 4 Omega/kappa = 1.6, |m| > 1,
# whose rho has the eigenvalue (1 - |m|)/2 < 0: reported, not hidden
BUILD=${BUILD:-build}
T=$BUILD/testmodels
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/btc.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 || no "building btc"
"$T/btc" steady --set Omega=0.4,kappa=1 --init 0,0.9,-0.3 >"$tmp/b" 2>&1 || no "btc steady: $(cat "$tmp/b")"
awk '$1 == "sx1" { x = $2 } $1 == "sy1" { y = $2 } $1 == "sz1" { z = $2 }
     /^# physical: NO: rho has the eigenvalue/ { e = $8 }
     END { want = (1 - sqrt(x * x + y * y + z * z)) / 2
           if (e == "" || (e - want) ^ 2 > 1e-6) { print "eigenvalue " e ", want " want; exit 1 } }' \
    "$tmp/b" || no "btc unphysical steady state: $(cat "$tmp/b")"

echo "steady: $bad problem(s)"
[ "$bad" = 0 ]
