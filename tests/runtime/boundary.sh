#!/bin/sh
# `boundary` against three independent routes: the generator's exact
# boundary polynomial (blochgen boundary, certified roots), a bisection on
# the sign of the full-Jacobian gap from `stability` (LAPACK dgeev instead
# of the block QR + Brent), and an analytic Hopf point.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
S=$BIN/pump_loss
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
close() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }

FIXED=h2=10,lambda=0.01,gup=1,gdown=0
out=$("$S" boundary --set $FIXED --vary h1=0:1.2 2>/dev/null) || err "boundary exited $?"
echo "$out"
[ "$(echo "$out" | wc -l)" = 2 ] || err "expected two critical points, got: $out"
echo "$out" | grep -qv ' pitchfork$' && err "every point here is a pitchfork: $out"
echo "$out" | awk '{ if ($1 !~ /^[0-9.e+-]+$/) exit 1 }' || err "format: value then label"

# 1. exact polynomial roots from the generator
roots=$("$BIN/blochgen" boundary models/pump_loss.model --subs $FIXED |
    sed -n 's/^h1 = \[\([-0-9.e+]*\) .*/\1/p' | awk '$1 >= 0 && $1 <= 1.2')
[ "$(echo "$roots" | wc -l)" = 2 ] || err "generator roots: $roots"
i=1
for r in $roots; do
    v=$(echo "$out" | sed -n "${i}p" | cut -d' ' -f1)
    close "$v" "$r" 1e-10 || err "critical point $v vs generator root $r"
    i=$((i + 1))
done

# 2. bisection on the sign of the full-Jacobian gap
gap() { "$S" stability --set h1=$1,$FIXED | awk '$1 == "gap" { print $2 }'; }
bisect() {
    lo=$1 hi=$2
    glo=$(gap "$lo")
    for _ in $(seq 45); do
        mid=$(awk -v a="$lo" -v b="$hi" 'BEGIN { printf "%.17g", (a + b) / 2 }')
        gm=$(gap "$mid")
        if awk -v x="$glo" -v y="$gm" 'BEGIN { exit !((x < 0) == (y < 0)) }'; then
            lo=$mid glo=$gm
        else
            hi=$mid
        fi
    done
    echo "$lo"
}
b1=$(bisect 0 0.5)
b2=$(bisect 0.5 1.2)
v1=$(echo "$out" | sed -n 1p | cut -d' ' -f1)
v2=$(echo "$out" | sed -n 2p | cut -d' ' -f1)
close "$v1" "$b1" 1e-11 || err "boundary $v1 vs bisection $b1"
close "$v2" "$b2" 1e-11 || err "boundary $v2 vs bisection $b2"

# 3. a Hopf point: one spin with a mean-field rotation term; at the
#    symmetric state m_z = (gup-gdown)/(gup+gdown) the transverse
#    eigenvalues are 2 g m_z - (gup+gdown)/2 +- 2 i h, so the symmetric
#    state loses stability at g = (gup+gdown)/(4 m_z) through a complex pair.
dir=$(mktemp -d "${TMPDIR:-/tmp}/boundary.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cat >"$dir/hopf_t.model" <<'M'
model hopf_t
sites 1
params h g gup gdown
hamiltonian -h*sz1 + g*(<sx1>*sy1 - <sy1>*sx1)
jump gup : sp1
jump gdown : sm1
symmetry sz1
M
make --no-print-directory -s BUILD="$BUILD" BIN="$BIN" ${BLOCHGEN_MAKE_ARGS:-} model \
    M="$dir/hopf_t.model" MODEL_OUT="$dir" >/dev/null || err "building the Hopf model"
h=$("$dir/hopf_t" boundary --set h=1,gup=1,gdown=0.25 --vary g=0:2 2>/dev/null)
echo "$h"
[ "$(echo "$h" | cut -d' ' -f2)" = Hopf ] || err "expected a Hopf point, got: $h"
close "$(echo "$h" | cut -d' ' -f1)" 0.52083333333333333 1e-11 || err "Hopf point $h, expected 25/48"

# 4. the grid does not decide: three samples over [0, 2000] (the crossings
#    lie between two of them) and a range of +-1e20 (where the gap's sign
#    drowns in rounding far out) give the same two points as the fine grid
for range in h1=0:2000:3 h1=-1e20:1e20 h1=-1e20:1e20:7; do
    o=$("$S" boundary --set $FIXED --vary $range 2>/dev/null) || err "boundary --vary $range exited $?"
    [ "$o" = "$out" ] || err "boundary --vary $range: '$o', expected '$out'"
done
# an identically zero boundary polynomial is said to be one
"$S" boundary --set h2=1,lambda=0,gup=0,gdown=0 --vary h1=0:1 >/dev/null 2>"$dir/zero.err"
grep -q "vanishes identically" "$dir/zero.err" || err "identically zero polynomial: $(cat "$dir/zero.err")"

# 5. bad arguments
"$S" boundary --set $FIXED --vary h1=0 >/dev/null 2>&1
[ $? = 2 ] || err "malformed range must exit 2"
"$S" boundary --vary h1=0:1 >/dev/null 2>&1
[ $? = 2 ] || err "missing parameters must exit 2"

echo "boundary: $fail problem(s)"
[ "$fail" = 0 ]
