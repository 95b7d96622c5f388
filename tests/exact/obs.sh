#!/bin/sh
# bin/dtfim-exact xx, yy, g2, distribution end to end: against brute (the
# dense Lindbladian, an independent method) through the printed output for
# N = 2..5 at seeded random parameters; the blockade limit of Eq. 11; the
# adaptive precision and its cap; argument errors (exit 2).
set -u
BIN=${BIN:-bin}
export OPENBLAS_NUM_THREADS=1   # brute's small LU solves: no thread start-up
X="$BIN/dtfim-exact"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
TMP=${TMPDIR:-/tmp}/dtfim-exact-obs.$$
trap 'rm -f $TMP.*' EXIT

# near A B [TOL]: |A - B| <= TOL (default 1e-12)
near() { awk -v a="$1" -v b="$2" -v t="${3:-1e-12}" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }
re() { echo "$1" | cut -d' ' -f1; }

# seeded random models (awk's own generator, fixed seed) for N = 2..5, two
# of the three families per N (uniform Gamma = 0, uniform Gamma > 0,
# inhomogeneous Gamma = 0), each family twice or more; t-obs runs them all
models=$(awk -v seed="${BLOCHGEN_SEED:-1}" 'function u(a, b) { return a + (b - a) * rand() }
    function s() { return rand() < 0.5 ? -1 : 1 }
    BEGIN { srand(seed); for (N = 2; N <= 5; N++) for (k = 0; k < 2; k++) { f = (N + k) % 3
        hx = sprintf("%.4f", s() * u(0.3, 2)); if (f == 2) for (j = 2; j <= N; j++) hx = hx sprintf(",%.4f", s() * u(0.3, 2));
        printf "--N %d --J %.4f --hz %.4f --hx %s --gamma %.4f --Gamma %.4f\n", N, s() * u(0.3, 1.5), u(-2, 2), hx, u(0.1, 1), f == 1 ? u(0.1, 1) : 0 } }')

count=0
echo "$models" | while read -r P; do
    N=$(echo "$P" | awk '{print $2}')
    # xx, yy: 2 Re <s+_i s+_j> +- 2 Re <s+_i s-_j> from brute's correlators
    # one pair per model: (1,2) for N = 2, 3, else (N,1) (t-obs checks every pair)
    S=1,2; [ "$N" -gt 3 ] && S=$N,1
    for S in $S; do
        i=${S%,*}; j=${S#*,}
        pp=$(re "$($X brute $P --plus $i,$j)"); pm=$(re "$($X brute $P --plus $i --minus $j)")
        bx=$(awk -v p="$pp" -v q="$pm" 'BEGIN { printf "%.17g", 2 * p + 2 * q }')
        by=$(awk -v p="$pp" -v q="$pm" 'BEGIN { printf "%.17g", -2 * p + 2 * q }')
        ex=$($X xx $P --sites $S) || fail "xx $P --sites $S: exit $?"
        ey=$($X yy $P --sites $S) || fail "yy $P --sites $S: exit $?"
        near "$ex" "$bx" || fail "xx $P --sites $S: exact '$ex', brute '$bx'"
        near "$ey" "$by" || fail "yy $P --sites $S: exact '$ey', brute '$by'"
    done
    # brute's density table: n_i (column 2) and the mean of sz
    $X brute $P > $TMP.brute || fail "brute $P: exit $?"
    # g2: every pair (inhomogeneous) or the 'all' row; the pairs (1,2) and
    # (1,N) against brute's n_i and <n_i n_j> (t-obs checks every pair)
    $X g2 $P > $TMP.g2 || fail "g2 $P: exit $?"
    sed -n 2p $TMP.g2 | grep -q '^# dtfim-exact g2 N=' || fail "g2 $P: no parameter line"
    sed -n 1p $TMP.g2 | grep -qx 'i,j,g2' || fail "g2 $P: header '$(sed -n 1p $TMP.g2)'"
    tail -n +3 $TMP.g2 | while IFS=, read -r i j g; do
        [ "$i" = all ] && i=1 && j=2
        [ "$i" = 1 ] && { [ "$j" = 2 ] || [ "$j" = "$N" ]; } || continue
        nn=$(re "$($X brute $P --plus $i,$j --minus $i,$j)")
        ni=$(awk -F, -v s=$i '$1 == s { print $2 }' $TMP.brute); nj=$(awk -F, -v s=$j '$1 == s { print $2 }' $TMP.brute)
        # tolerance scaled by the conditioning of nn / (ni nj)
        awk -v g="$g" -v nn="$nn" -v ni="$ni" -v nj="$nj" 'BEGIN { b = nn / (ni * nj) - 1; d = g - b; if (d < 0) d = -d;
            exit !(d <= 1e-12 * (1 + (b < 0 ? -b : b)) / (ni * nj)) }' \
            || echo "FAIL: g2 $P ($i,$j): exact $g, brute $nn / ($ni $nj) - 1"
    done
    # distribution: sum_M M p_M = -<M^z> (Eq. 14) = -N mean(sz) of brute
    em=$($X distribution $P | tail -n +3 | awk -F, '{ s += $1 * $2 } END { printf "%.17g", s }')
    mz=$(grep '^mean' $TMP.brute | awk -F, -v N="$N" '{ printf "%.17g", -N * $3 }')
    near "$em" "$mz" 1e-11 || fail "distribution $P: sum M p_M = $em, -<M^z> of brute = $mz"
done > $TMP.out
cat $TMP.out
fails=$((fails + $(grep -c '^FAIL' $TMP.out)))

# uniform g2: --all lists every pair with the value of the 'all' row; --sites
P="--N 5 --J 0.8 --hz 0.6 --hx 1.1 --gamma 0.3 --Gamma 0.4"
a=$($X g2 $P | tail -1 | cut -d, -f3)
[ "$($X g2 $P --all | tail -n +3 | cut -d, -f3 | sort -u)" = "$a" ] || fail "g2 --all: rows differ from the 'all' row $a"
[ "$($X g2 $P --all | tail -n +3 | wc -l)" = 10 ] || fail "g2 --all: expected 10 pairs for N = 5"
[ "$($X g2 $P --sites 4,2 | tail -1)" = "2,4,$a" ] || fail "g2 --sites 4,2: '$($X g2 $P --sites 4,2 | tail -1)'"

# the closed form for uniform fields (Eq. S39) against the same fields given site by site
# (the product-tree form factors I_M)
a=$($X distribution --N 7 --J 0.6 --hz 0.9 --hx 0.45 --gamma 0.2 --digits 20 | tail -n +3)
b=$($X distribution --N 7 --J 0.6 --hz 0.9 --hx 0.45,0.45,0.45,0.45,0.45,0.45,0.45 --gamma 0.2 --digits 20 | tail -n +3)
[ "$a" = "$b" ] || fail "distribution: closed form '$a' against form factors '$b'"

# Eq. 11: at a blockade h^z = n J with gamma -> 0+ and |J/h^x| >> 1,
# Prob(k spins down) -> binom(N, k) binom(k, n) / (binom(N, n) 2^(N-n)).
# The bound of Eq. 12 (|eps| = gamma/2J < w_n) holds by many orders here.
binom_check() {   # N n hz: 0 if prob_down matches Eq. 11 to 1e-3
    $X distribution --N $1 --J 1 --hz $3 --hx 0.01 --gamma 1e-20 --spins --digits 8 | tail -n +3 |
    awk -F, -v N=$1 -v n=$2 'function C(a, b,  r, t) { if (b < 0 || b > a) return 0; r = 1; for (t = 1; t <= b; t++) r = r * (a - b + t) / t; return r }
        { k = $1; e = C(N, k) * C(k, n) / (C(N, n) * 2 ^ (N - n)); d = $3 - e; if (d < 0) d = -d;
          if (d > 1e-3 * (e > 0 ? e : 1)) bad = 1 } END { exit bad }'
}
for n in 0 1 2 3; do
    binom_check 6 $n $n || fail "Eq. 11: prob_down at the blockade hz = $n J is not binom(6,k) binom(k,$n)"
    binom_check 6 $n $n.5 && fail "Eq. 11 control: hz = $n.5 J (no blockade) also matched the blockade n = $n"
done

# Eq. 10 and Fig. 2 inset (N = 22, h^x = 4J, Gamma = 0): at the blockade
# h^z = J (n = 1) with gamma -> 0+ the coherence <s+_1 s+_2> vanishes, so
# C^xx = C^yy; at h^z = 2J (n = 2) it does not
P="--N 22 --J 1 --hx 4 --gamma 1e-14"
a=$($X xx $P --hz 1); b=$($X yy $P --hz 1)
near "$a" "$b" 1e-10 || fail "Eq. 10: at the blockade n = 1, C^xx = $a and C^yy = $b differ"
a=$($X xx $P --hz 2); b=$($X yy $P --hz 2)
near "$a" "$b" 1e-3 && fail "Eq. 10 control: at n = 2, C^xx = $a and C^yy = $b coincide"

# certified digits: 15 consistent with 30; N = 3000 uniform
P="--N 3000 --J 0.0004 --hz 0.3 --hx 0.2 --gamma 0.05"
for c in xx yy; do
    a=$($X $c $P) || fail "$c N=3000: exit $?"
    b=$($X $c $P --digits 30) || fail "$c N=3000 --digits 30: exit $?"
    awk -v a="$a" -v b="$b" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d; exit !(d <= 1e-14) }' \
        || fail "$c N=3000: 15 digits '$a' against 30 digits '$b'"
done
a=$($X g2 $P | tail -1 | cut -d, -f3); b=$($X g2 $P --digits 30 | tail -1 | cut -d, -f3)
awk -v a="$a" -v b="$b" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d; exit !(d <= 1e-14) }' \
    || fail "g2 N=3000: 15 digits '$a' against 30 digits '$b'"
s=$($X distribution $P | tail -n +3 | awk -F, '{ s += $2 } END { printf "%.15f", s }')
near "$s" 1 1e-13 || fail "distribution N=3000: sum of p_M = $s"

# the precision cap: exit 3 naming it, nothing on stdout
for c in xx yy g2 distribution; do
    out=$($X $c $P --max-prec 32 2>$TMP.err); rc=$?
    [ "$rc" = 3 ] || fail "$c tiny cap: exit $rc, expected 3"
    [ -z "$out" ] || fail "$c tiny cap: printed '$out'"
    grep -q "32 bits" $TMP.err || fail "$c tiny cap: message does not name the cap: $(cat $TMP.err)"
done

# argument errors: exit 2 with a message
expect2() {
    msg=$("$@" 2>&1 >/dev/null); rc=$?
    [ "$rc" = 2 ] || fail "$*: exit $rc, expected 2"
    [ -n "$msg" ] || fail "$*: no message"
}
M="--J 1 --hz 0 --hx 1 --gamma 1"
expect2 $X xx --N 3 $M --sites 1,1
expect2 $X xx --N 3 $M --sites 1
expect2 $X yy --N 3 $M --sites 1,4
expect2 $X xx --N 1 $M
expect2 $X xx --N 3 $M --plus 1
expect2 $X g2 --N 3 $M --sites 1,2 --all
expect2 $X g2 --N 1 $M
expect2 $X distribution --N 3 $M --minus 2
expect2 $X distribution --N 3 $M --sites 1,2
for c in xx yy g2 distribution; do $X $c --help >/dev/null || fail "$c --help: exit $?"; done

[ "$fails" = 0 ] && echo "dtfim-exact obs: all passed"
[ "$fails" = 0 ]
