#!/bin/sh
# `stability`: output format and exit codes; the spectrum against the
# analytic one of a single pumped spin (at lambda = 0 the two sites of
# pump_loss decouple); sector labels against `info` parities; --certify
# against the floating-point verdict away from the boundary.
#
# Single site, H = -<sx> sx - h sz, jumps sqrt(gup) s+, sqrt(gdown) s-,
# g = gup + gdown, d = gup - gdown:
#   d<sx>/dt = -g/2 sx + 2h sy
#   d<sy>/dt = -2h sx - g/2 sy + 2 sx sz
#   d<sz>/dt = d - g sz - 2 sx sy
# Symmetric state sx = sy = 0, sz = z = d/g; linearised transverse block
#   [[-g/2, 2h], [2z - 2h, -g/2]],  eigenvalues -g/2 +- 2 sqrt(h (z - h))
# (a complex pair -g/2 +- 2i sqrt(h (h - z)) when h > z), and -g for sz.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-stability.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

# ---- format --------------------------------------------------------------
"$S" stability --set $P >"$tmp/out" 2>"$tmp/err" || no "stability exited $?: $(cat "$tmp/err")"
head -1 "$tmp/out" | grep -q '^# model=pump_loss .*h1=0.5, h2=10, lambda=0.01, gup=1, gdown=0' ||
    no "parameter line: $(head -1 "$tmp/out")"
sed -n 2p "$tmp/out" | grep -q '^# eigenvalues' || no "eigenvalue header"
awk 'NR > 2 && NR <= 17 && NF == 3 && $3 ~ /^(even|odd|mixed)$/ { n++ } END { exit n != 15 }' \
    "$tmp/out" || no "expected 15 eigenvalue lines 're im sector'"
# gap = -(largest real part), eigenvalues sorted by decreasing real part,
# verdict and slowest sector consistent with them
awk 'NR > 2 && NR <= 17 { if (NR > 3 && $1 > prev) bad = "not sorted"; prev = $1
                           if (NR == 3) { top = $1; sec = $3 } }
     $1 == "gap" { gap = $2 } $1 == "sector" { s = $2 }
     $1 == "stable" || $1 == "unstable" { v = $1 }
     END { if (bad != "") { print bad; exit 1 }
           if (gap + top != 0) { print "gap " gap " vs top " top; exit 1 }
           if (s != sec) { print "sector " s " vs " sec; exit 1 }
           if ((gap > 0) != (v == "stable")) { print "verdict " v " for gap " gap; exit 1 } }' \
    "$tmp/out" || no "gap/sector/verdict lines inconsistent with the spectrum"
grep -q '^unstable$' "$tmp/out" || no "h1=0.5 should be unstable (pitchfork side)"

# ---- analytic spectrum at lambda = 0 -------------------------------------
# contains(re, im, sector): an eigenvalue within 1e-9 (relative) of re+i im
check_site() {
    h=$1 gup=$2 gdown=$3 h2=$4
    Q=h1=$h,h2=$h2,lambda=0,gup=$gup,gdown=$gdown
    "$S" stability --set $Q >"$tmp/l0" || { no "stability at $Q"; return; }
    awk -v h="$h" -v h2="$h2" -v u="$gup" -v dn="$gdown" '
        function has(re, im, sec,   k) {
            for (k = 1; k <= n; k++)
                if (abs(wr[k] - re) + abs(wi[k] - im) <= 1e-9 * (1 + abs(re) + abs(im)) &&
                    sc[k] == sec)
                    return 1
            printf "missing %s eigenvalue %.12g %+.12gi\n", sec, re, im
            return 0
        }
        function abs(x) { return x < 0 ? -x : x }
        function site(hh,   q) {
            q = hh * (z - hh)
            if (q >= 0)
                return has(-g / 2 + 2 * sqrt(q), 0, "odd") * has(-g / 2 - 2 * sqrt(q), 0, "odd")
            return has(-g / 2, 2 * sqrt(-q), "odd") * has(-g / 2, -2 * sqrt(-q), "odd")
        }
        NR > 2 && NF == 3 { n++; wr[n] = $1; wi[n] = $2; sc[n] = $3 }
        END { g = u + dn; z = (u - dn) / g
              ok = site(h) * site(h2) * has(-g, 0, "even")
              exit !ok }' "$tmp/l0" || no "spectrum at $Q differs from the single-spin formulas"
    # the transverse rows of `jacobian` are the 2x2 block above, zero elsewhere
    x=$("$S" symmetric --set $Q | tr ' ' ',')
    "$S" jacobian --set $Q --state "$x" | awk -v h="$h" -v u="$gup" -v dn="$gdown" '
        function abs(x) { return x < 0 ? -x : x }
        NR <= 2 { g = u + dn; z = (u - dn) / g
                  for (j = 1; j <= NF; j++) {
                      want = 0
                      if (NR == 1 && j == 1) want = -g / 2
                      if (NR == 1 && j == 2) want = 2 * h
                      if (NR == 2 && j == 1) want = 2 * z - 2 * h
                      if (NR == 2 && j == 2) want = -g / 2
                      if (abs($j - want) > 1e-12) { print "J[" NR "," j "] = " $j ", want " want; bad = 1 }
                  } }
        END { exit bad }' || no "jacobian rows sx1, sy1 at $Q"
}
check_site 0.5 1 0 10       # real pair 0.5, -1.5: unstable
check_site 0.3 1 0.1 10     # gdown > 0: z = 9/11
check_site 1.1 1 0 10       # h > z: complex pair
check_site 0.05 0.7 0.2 3

# ---- sectors against info parities ----------------------------------------
nodd=$("$S" info | grep '"parity"' | grep -o '"odd"' | wc -l)
neven=$("$S" info | grep '"parity"' | grep -o '"even"' | wc -l)
[ $((nodd + neven)) = 15 ] || no "info parities: $nodd odd + $neven even"
for Q in $P h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0 h1=0.9,h2=3,lambda=0.05,gup=0.4,gdown=0.3; do
    "$S" stability --set $Q >"$tmp/s" || no "stability at $Q"
    o=$(awk 'NR > 2 && NF == 3 && $3 == "odd"' "$tmp/s" | wc -l)
    e=$(awk 'NR > 2 && NF == 3 && $3 == "even"' "$tmp/s" | wc -l)
    [ "$o" = "$nodd" ] && [ "$e" = "$neven" ] ||
        no "at the symmetric state ($Q): $o odd + $e even eigenvalues, info has $nodd + $neven"
done
# off the symmetric state (the broken one) the modes mix the sectors
"$S" stability --set $P --at broken >"$tmp/b" || no "stability --at broken"
grep -q ' mixed$' "$tmp/b" || no "broken state: expected mixed sectors"
grep -q '^stable$' "$tmp/b" || no "the broken state at h1=0.5 should be stable"

# ---- --certify against the float verdict, away from the boundary ---------
for Q in h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0 $P h1=1,h2=10,lambda=0.03,gup=1,gdown=0 \
         h1=0.3,h2=10,lambda=0.01,gup=2,gdown=0.5 h1=0.8,h2=10,lambda=0.05,gup=0.1,gdown=0.2; do
    "$S" stability --set $Q --certify >"$tmp/c" || no "--certify at $Q exited $?"
    awk '$1 == "gap" { gap = $2 } $1 == "stable" || $1 == "unstable" { v = $1 }
         $1 == "certified:" { c = $2; lo = hi = "x"
                              if (match($0, /gap in \[[^]]*\]/)) {
                                  split(substr($0, RSTART + 8, RLENGTH - 9), b, ", ")
                                  lo = b[1]; hi = b[2] } }
         END { if (gap < 1e-3 && gap > -1e-3) { print "too close to the boundary: " gap; exit 1 }
               if (c != v) { print "certified " c ", float " v; exit 1 }
               if (lo == "x" || !(lo - 1e-6 <= gap && gap <= hi + 1e-6)) {
                   print "certified interval [" lo ", " hi "] misses gap " gap; exit 1 } }' \
        "$tmp/c" || no "--certify at $Q: $(grep certified "$tmp/c")"
done
# exactly critical: gup = 2, h1 = 1/2, lambda = 0 gives -g/2 + 2 sqrt(h (1 - h)) = 0
"$S" stability --set h1=0.5,h2=10,lambda=0,gup=2,gdown=0 --certify >"$tmp/c" ||
    no "--certify at the critical point exited $?"
grep -q '^certified: undecided' "$tmp/c" || no "exact zero gap: $(grep certified "$tmp/c")"

# ---- marginal: a zero eigenvalue is neither stable nor unstable ------------
# tests/models/btc.model (see its derivation): at x = 0, y = 4 Omega/kappa
# the eigenvalues are kappa z/2 (twice) and exactly 0
T=$BUILD/testmodels
# shellcheck disable=SC2086
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/btc.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 || no "building btc: $(cat "$tmp/make.log")"
for z in -0.9 -0.5 0.5; do
    "$T/btc" stability --set Omega=0.1,kappa=1 --at 0,0.4,$z >"$tmp/b" 2>&1 ||
        no "btc stability at z=$z exited $?: $(cat "$tmp/b")"
    awk -v z=$z 'NR > 2 && NF == 3 { n++; e[n] = $1 }
         $1 == "gap" { gap = $2 } $1 ~ /^(stable|unstable|marginal)$/ { v = $1 }
         END { top = z > 0 ? z / 2 : 0    # the largest real part, analytically
               want = z > 0 ? "unstable" : "marginal"
               if (n != 3 || (e[1] - top) ^ 2 > 1e-24) { print "eigenvalues " e[1] " " e[2] " " e[3]; exit 1 }
               if (v != want) { print "verdict " v ", want " want " (gap " gap ")"; exit 1 }
               if (gap ~ /^-0$/) { print "gap printed as -0"; exit 1 } }' "$tmp/b" ||
        no "btc at z=$z: $(cat "$tmp/b")"
done

# ---- errors ---------------------------------------------------------------
expect() {
    want=$1 msg=$2
    shift 2
    "$S" "$@" >/dev/null 2>"$tmp/err"
    st=$?
    [ $st = "$want" ] && grep -q -- "$msg" "$tmp/err" ||
        no "'$*' gave status $st (want $want): $(cat "$tmp/err")"
}
zero=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
expect 2 "certify works at the symmetric state only" stability --set $P --certify --at $zero
expect 2 "certify works at the symmetric state only" stability --set $P --certify --at broken
expect 2 "expected 15 values" stability --set $P --at 0,0
expect 2 "no value for parameter" stability --set h1=0.5
expect 1 "singular" stability --set h1=1,h2=1,lambda=0,gup=0,gdown=0
expect 1 "no unstable odd mode" stability --set h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0 --at broken
echo "stability: $bad problem(s)"
[ "$bad" = 0 ]
