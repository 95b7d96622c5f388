#!/bin/sh
# bin/dtfim-exact correlation end to end: the CSV contract (t,re,im and
# omega,S), t = 0 against corr's certified line, the long-time limit
# against the product of corr's one-point values, Eq. S10 through the
# printed columns, and argument errors (exit 2 naming the option).
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
T=$(mktemp)
trap 'rm -f "$T" "$T.12" "$T.21"' EXIT

P="--N 3 --J 0.8 --hz 0.3 --hx 1.2,0.6,1.7 --gamma 0.5"
out=$($X correlation $P --A plus:1 --B minus:3 --t 0:200:3 --digits 12) || fail "correlation: exit $?"
echo "$out" | sed -n 1p | grep -qx 't,re,im' || fail "header is not t,re,im: $(echo "$out" | sed -n 1p)"
[ "$(echo "$out" | grep -vc '^#')" -eq 4 ] || fail "expected a header and 3 rows"
c=$($X corr $P --plus 1 --minus 3)
echo "$out" | awk -F, -v c="$c" 'NR == 3 { split(c, v, " "); d = ($2 - v[1])^2 + ($3 - v[2])^2; exit !(d < 1e-22) }' \
    || fail "t = 0 differs from corr '$c'"
a=$($X corr $P --plus 1)
b=$($X corr $P --minus 3)
echo "$out" | awk -F, -v a="$a" -v b="$b" 'NR == 5 { split(a, x, " "); split(b, y, " ");
    re = x[1] * y[1] - x[2] * y[2]; im = x[1] * y[2] + x[2] * y[1];
    exit !(($2 - re)^2 + ($3 - im)^2 < 1e-20) }' || fail "t = 200: not <A><B> ($a times $b)"

# Eq. S10 through the CLI (N = 4, nth = 0), and its breaking at nth = 1
for nth in 0 1; do
    Q="--N 4 --J 1 --hz 1 --hx 9.2,2.2,5.2,4.4 --gamma 1 --nth $nth --t 0:6:13 --digits 13"
    $X correlation $Q --A minus:1 --B minus:2 > "$T.12" || fail "correlation $Q: exit $?"
    $X correlation $Q --A minus:2 --B minus:1 > "$T.21" || fail "correlation $Q: exit $?"
    d=$(paste -d, "$T.12" "$T.21" | awk -F, 'NR > 2 { d = ($2 - $5)^2 + ($3 - $6)^2; if (d > m) m = d } END { print sqrt(m) }')
    if [ "$nth" = 0 ]; then
        awk -v d="$d" 'BEGIN { exit !(d < 1e-12) }' || fail "Eq. S10 at nth = 0: differ by $d"
    else
        awk -v d="$d" 'BEGIN { exit !(d > 1e-4) }' || fail "Eq. S10 holds at nth = 1: differ by only $d"
    fi
done

# spectrum: header omega,S for B = A^dag, omega,re,im otherwise; S >= 0
s=$($X correlation $P --nth 0.2 --A plus:2 --B minus:2 --spectrum -4:4:9) || fail "spectrum: exit $?"
echo "$s" | sed -n 1p | grep -qx 'omega,S' || fail "spectrum header is not omega,S"
echo "$s" | awk -F, 'NR > 2 && !($2 > 0) { exit 1 }' || fail "spectrum not positive: $s"
s=$($X correlation $P --A plus:2 --B minus:1 --spectrum -4:4:9) || fail "cross spectrum: exit $?"
echo "$s" | sed -n 1p | grep -qx 'omega,re,im' || fail "cross spectrum header is not omega,re,im"

# Fig. S2's claim (Eq. 9) with certified corr: at the n-th blockade
# (hz = nJ, gamma -> 0+) the k-th coherence vanishes for k > n, not for k = n
M="--N 22 --J 1 --hx 66 --gamma 1e-10"
for c in "1 1" "2 1,2"; do
    set -- $c
    on=$($X corr $M --hz $1 --plus $2 --digits 6 | awk '{ print sqrt($1^2 + $2^2) }')
    off=$($X corr $M --hz $1 --plus $2,$(( $1 + 1 )) --digits 6 | awk '{ print sqrt($1^2 + $2^2) }')
    awk -v a="$on" -v b="$off" 'BEGIN { exit !(a > 1e-4 && b < 1e-8 * a) }' ||
        fail "Eq. 9 at hz = $1 J: |C_k=n| = $on, |C_k=n+1| = $off"
done

# bad input: exit 2 and the option named
bad() {
    opt=$1; shift
    err=$($X correlation "$@" 2>&1 >/dev/null); rc=$?
    [ $rc -eq 2 ] || fail "correlation $*: exit $rc, expected 2"
    echo "$err" | grep -q -- "$opt" || fail "correlation $*: message does not name $opt: $err"
}
bad --N $P --N 7 --A plus:1 --B minus:1 --t 0:1:2
bad --A $P --A plux:1 --B minus:1 --t 0:1:2
bad --A $P --A plus:4 --B minus:1 --t 0:1:2
bad --B $P --A plus:1 --B minus --t 0:1:2
bad --t $P --A plus:1 --B minus:1 --t 0:1
bad --t $P --A plus:1 --B minus:1 --t 1:0:5
bad --t $P --A plus:1 --B minus:1 --t -1:0:5
bad --spectrum $P --A plus:1 --B minus:1
bad --hx --N 3 --J 1 --hz 0 --hx 1,2 --gamma 1 --A plus:1 --B minus:1 --t 0:1:2
bad --nth $P --nth -1 --A plus:1 --B minus:1 --t 0:1:2
bad --gamma --N 2 --J 1 --hz 0 --hx 1 --gamma 0 --A plus:1 --B minus:1 --t 0:1:2
$X correlation --help | grep -q -- '--spectrum' || fail "--help does not list --spectrum"

[ $fails -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
echo PASS
