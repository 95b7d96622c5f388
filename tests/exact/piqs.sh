#!/bin/sh
# bin/dtfim-exact piqs end to end: its printed corr lines and density
# table against brute (the dense Lindbladian) and against corr (the
# certified exact formula) at N = 20; argument errors (exit 2).
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# close TOL A B: every field of the two lines agrees to TOL (absolute)
close() {
    echo "$2|$3" | awk -F'|' -v tol="$1" '{
        n = split($1, a, /[ ,]/); m = split($2, b, /[ ,]/);
        if (n != m) exit 1;
        for (i = 1; i <= n; i++) { d = a[i] - b[i]; if (d < 0) d = -d; if (d > tol) exit 1 }
    }'
}

for P in "--N 3 --J 0.9 --hz 0.4 --hx 1.3 --gamma 0.3" \
         "--N 4 --J -0.7 --hz 1.1 --hx 0.8 --gamma 0.2 --Gamma 0.6"; do
    for C in "--plus 1" "--minus 2" "--plus 1 --minus 1" "--plus 1 --minus 3" "--plus 1,2" "--plus 1,2 --minus 2,3"; do
        q=$($X piqs $P $C) || fail "piqs $P $C: exit $?"
        echo "$q" | grep -Eq '^-?[0-9][0-9.e+-]* -?[0-9][0-9.e+-]*$' || fail "piqs $P $C: output '$q' is not 'RE IM'"
        b=$($X brute $P $C) || fail "brute $P $C: exit $?"
        close 1e-10 "$q" "$b" || fail "piqs $P $C: '$q', brute '$b'"
    done
    # the 'all' row stands for site 1 of brute; then the means
    q=$($X piqs $P | grep -v '^#' | tail -n +2 | cut -d, -f2- | tr '\n' ' ')
    b=$($X brute $P | grep -v '^#' | tail -n +2 | cut -d, -f2- | tr '\n' ' ' | awk '{print $1, $NF}')
    close 1e-10 "$(echo $q)" "$(echo $b)" || fail "density $P: piqs '$q', brute '$b'"
    $X piqs $P | head -1 | grep -qx 'site,n,sz,sx,sy' || fail "piqs $P: no CSV header"
done

# N = 20 against the certified formula
P="--N 20 --J 0.03 --hz 0.4 --hx 0.7 --gamma 0.2 --Gamma 0.01"
for C in "--plus 1" "--plus 1 --minus 2" "--plus 1,2" "--plus 1,2 --minus 2"; do
    q=$($X piqs $P $C) || fail "piqs N=20 $C: exit $?"
    e=$($X corr $P $C) || fail "corr N=20 $C: exit $?"
    close 1e-12 "$q" "$e" || fail "piqs N=20 $C: '$q', corr '$e'"
done

expect2() {
    msg=$("$@" 2>&1 >/dev/null); rc=$?
    [ "$rc" = 2 ] || fail "$*: exit $rc, expected 2"
    [ -n "$msg" ] || fail "$*: no message"
}
expect2 $X piqs --N 3 --J 1 --hz 0 --hx 1,2,3 --gamma 1
expect2 $X piqs --N 151 --J 1 --hz 0 --hx 1 --gamma 1
expect2 $X piqs --N 3 --J 1 --hz 0 --hx 1 --gamma 0 --Gamma 0.5
expect2 $X piqs --N 3 --J 1 --hz 0 --hx 1 --gamma 1 --plus 4
$X piqs --help | grep -q piqs || fail "piqs --help"

[ "$fails" = 0 ] && echo "dtfim-exact piqs: all passed"
[ "$fails" = 0 ]
