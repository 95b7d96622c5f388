#!/bin/sh
# The symmetric state of a model without closed form (tests/models/xyz2.model,
# the dissipative XYZ model in 2-site cluster mean field, Jz != 0), found by
# Newton on the even sector, against independent methods:
#  - the generator says it has no closed form (derive, info: has_symmetric false);
#  - `symmetric` against long time evolution (`evolve`) from the maximally
#    mixed state, which is symmetric and stays so (the odd components stay
#    exactly zero), on both sides of the pitchfork;
#  - `boundary --vary Jy=...` against a bisection on the sign of the gap
#    that `stability --at <state>` gives at states from `evolve` (no Newton);
#  - `scan`: phases on both sides of that point, and the same CSV on 1 and 2
#    threads (each row continues from its previous point);
#  - `steady --init broken` (odd part nonzero) and `stability --certify`
#    (Krawczyk + eigenvalue enclosures) agreeing with the float verdict.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-symmetric.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
T=$BUILD/testmodels
# shellcheck disable=SC2086
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/xyz2.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
    { cat "$tmp/make.log"; echo "FAIL: building tests/models/xyz2.model"; exit 1; }
X=$T/xyz2
F=Jx=0.9,Jz=1,g=1

"$BIN/blochgen" derive tests/models/xyz2.model | grep -q '^# symmetric steady state: no closed form' ||
    err "blochgen derive finds a closed form for xyz2"
"$X" info | grep -q '"has_symmetric": false' || err "xyz2 info: has_symmetric is not false"

# ---- symmetric vs evolve from all zeros ---------------------------------
for Jy in 0.5 1.0 1.5 2.5; do
    s=$("$X" symmetric --set $F,Jy=$Jy) || { err "symmetric at Jy=$Jy exited $?"; continue; }
    e=$("$X" evolve --set $F,Jy=$Jy --t 200 | grep -v "^#" | tail -1 | cut -d, -f2- | tr ',' ' ')
    echo "$s $e" | awk -v jy=$Jy '{ n = NF / 2; m = 0
        for (i = 1; i <= n; i++) { d = $i - $(n + i); if (d < 0) d = -d; if (d > m) m = d }
        printf "Jy=%s: symmetric vs evolve(t = 200): max difference %.2g\n", jy, m
        exit !(m < 1e-8) }' || err "Jy=$Jy: symmetric differs from evolve: $s / $e"
    # the odd components (sx1 sy1 sx2 sy2 and the four mixed strings) are zero
    echo "$s" | awk '{ exit !($1 == 0 && $2 == 0 && $4 == 0 && $5 == 0 && $9 == 0 &&
                             $12 == 0 && $13 == 0 && $14 == 0) }' || err "Jy=$Jy: odd part nonzero: $s"
done

# ---- boundary vs bisection on the gap at evolved states ------------------
gap_at() {
    st=$("$X" evolve --set $F,Jy=$1 --t 100 | grep -v "^#" | tail -1 | cut -d, -f2-)
    "$X" stability --set $F,Jy=$1 --at "$st" | awk '$1 == "gap" { print $2 }'
}
b=$("$X" boundary --set $F --vary Jy=1:1.5 2>"$tmp/b.err") || err "boundary exited $?: $(cat "$tmp/b.err")"
echo "boundary: $b"
[ "$(echo "$b" | wc -l)" = 1 ] && echo "$b" | grep -q ' pitchfork$' || err "boundary: want one pitchfork, got '$b'"
lo=1 hi=1.5
glo=$(gap_at $lo) ghi=$(gap_at $hi)
awk -v a="$glo" -v b="$ghi" 'BEGIN { exit !(a > 0 && b < 0) }' || err "no sign change of the gap: $glo $ghi"
i=0
while [ $i -lt 24 ]; do
    mid=$(awk -v a=$lo -v b=$hi 'BEGIN { printf "%.17g", (a + b) / 2 }')
    g=$(gap_at "$mid")
    if awk -v g="$g" 'BEGIN { exit !(g > 0) }'; then lo=$mid; else hi=$mid; fi
    i=$((i + 1))
done
echo "bisection on the gap at evolved states: Jy in [$lo, $hi]"
echo "$b" | awk -v lo=$lo -v hi=$hi '{ exit !($1 > lo - 1e-7 && $1 < hi + 1e-7) }' ||
    err "boundary $b outside the bisection's [$lo, $hi]"

# ---- scan ---------------------------------------------------------------
OMP_NUM_THREADS=1 "$X" scan --set Jz=1,g=1 --x Jx=0.8:1:3 --y Jy=1:1.5:11 -o "$tmp/s1.csv" \
    --quiet 2>"$tmp/s.err" || err "scan exited $?: $(cat "$tmp/s.err")"
OMP_NUM_THREADS=2 "$X" scan --set Jz=1,g=1 --x Jx=0.8:1:3 --y Jy=1:1.5:11 -o "$tmp/s2.csv" \
    --quiet 2>>"$tmp/s.err" || err "scan (2 threads) exited $?"
cmp -s "$tmp/s1.csv" "$tmp/s2.csv" || err "scan CSV differs between 1 and 2 threads"
bj=$(echo "$b" | cut -d' ' -f1)
awk -F, -v b="$bj" '!/^#/ && $1 == 0.9 { n++
    if (($2 < b && $5 != "symmetric") || ($2 > b && $5 != "broken")) { print "scan Jy=" $2 ": " $5; bad = 1 } }
    END { exit bad || n != 11 }' "$tmp/s1.csv" || err "scan phases along Jx = 0.9 disagree with boundary $bj"

# ---- broken states and certificates --------------------------------------
"$X" steady --set $F,Jy=1.5 --init broken >"$tmp/br" 2>&1 || err "steady --init broken exited $?: $(cat "$tmp/br")"
awk '$1 == "sx1" || $1 == "sy1" { m += $2 * $2 } END { exit !(m > 0.01) }' "$tmp/br" ||
    err "broken state has no odd part: $(cat "$tmp/br")"
"$X" stability --set $F,Jy=1 --certify | grep -q '^certified: stable' || err "certify at Jy=1 (stable)"
"$X" stability --set $F,Jy=1.5 --certify | grep -q '^certified: unstable' || err "certify at Jy=1.5 (unstable)"

# sweep from the odd-unstable side: the symmetric branch (from the search)
# and the broken pair born from it, its pitchfork at boundary's point
"$X" sweep --set $F --vary Jy=1.5:1:51 -o "$tmp/sw.csv" >"$tmp/sw.out" 2>&1 || err "sweep exited $?"
grep -q '^branch 1 symmetric forward' "$tmp/sw.out" && grep -q 'broken+ forward' "$tmp/sw.out" &&
    grep -q 'broken- forward' "$tmp/sw.out" || err "sweep branches: $(cat "$tmp/sw.out")"
awk -v b="$bj" '$1 == "pitchfork" { split($2, a, "="); d = a[2] - b; if (d < 0) d = -d; ok = d < 1e-8 }
    END { exit !ok }' "$tmp/sw.out" || err "sweep pitchfork vs boundary $bj: $(grep pitchfork "$tmp/sw.out")"

[ $fail = 0 ] && echo "symmetric: all checks passed"
exit $fail
