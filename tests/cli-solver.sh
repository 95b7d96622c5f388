#!/bin/sh
# The solver bin/pump_loss: info, rhs, jacobian, symmetric and its errors.
set -u
BIN=${BIN:-bin}
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

"$S" --help | grep -q usage || no "--help"
for c in info rhs jacobian symmetric; do
    "$S" $c --help >/dev/null || no "$c --help"
done
"$S" info >/tmp/bg-info.$$ || no "info failed"
for key in model params observables parity; do
    grep -q "\"$key\"" /tmp/bg-info.$$ || no "info lacks $key"
done
grep -q '"parity": \["odd", "odd", "even"' /tmp/bg-info.$$ || no "info parities"
rm -f /tmp/bg-info.$$

# the closed-form symmetric state is a steady state of the emitted rhs
x=$("$S" symmetric --set $P) || no "symmetric failed"
state=$(echo "$x" | tr ' ' ',')
"$S" rhs --set $P --state "$state" | tr ' ' '\n' |
    awk '{ if ($1 > 1e-12 || $1 < -1e-12) { print "rhs not zero: " $1; bad = 1 } } END { exit bad }' ||
    no "symmetric state is not stationary"
[ "$("$S" jacobian --set $P --state "$state" | wc -l)" = 15 ] || no "jacobian rows"
[ "$("$S" jacobian --set $P --state "$state" | head -1 | wc -w)" = 15 ] || no "jacobian columns"

# argument errors: status 2 and a message naming the problem
expect2() {
    msg=$1
    shift
    "$S" "$@" >/dev/null 2>/tmp/bg-err.$$
    st=$?
    [ $st = 2 ] && grep -q -- "$msg" /tmp/bg-err.$$ || no "'$*' gave status $st: $(cat /tmp/bg-err.$$)"
    rm -f /tmp/bg-err.$$
}
expect2 "no value for parameter 'gdown'" rhs --set h1=0.5,h2=10,lambda=0.01,gup=1 --state "$state"
expect2 "unknown parameter 'g'" rhs --set $P,g=1 --state "$state"
expect2 "given twice" rhs --set $P,h1=2 --state "$state"
expect2 "'x' (parameter h1) is not a number" rhs --set h1=x,h2=10,lambda=0.01,gup=1,gdown=0 --state "$state"
F=h2=10,lambda=0.01,gup=1,gdown=0
# numbers: what is refused says why; rationals as in model files
expect2 "below double precision's normal range" symmetric --set h1=1e-320,$F
expect2 "beyond double precision" symmetric --set h1=1e400,$F
expect2 "'nan' (parameter h1) is not a number" symmetric --set h1=nan,$F
expect2 "divides by zero" symmetric --set h1=1/0,$F
expect2 "end B of name=A:B:N" sweep --set $F --vary h1=0:1e400:3
expect2 "point count N" sweep --set $F --vary h1=0:1:2.5
expect2 "^--at: 'foo'" stability --set h1=0.5,$F --at foo
expect2 "given twice" symmetric --set h1=0.5,$F --set h1=0.5,$F
[ "$("$S" symmetric --set h1=1/2,$F)" = "$("$S" symmetric --set h1=0.5,$F)" ] || no "--set h1=1/2 differs from 0.5"
long=0.$(printf '5%.0s' $(seq 200))
"$S" symmetric --set "h1=$long,$F" >/dev/null 2>&1 || no "a 200-digit decimal is refused"
# a closed form that double precision cannot hold: exit 3, nothing on stdout
for v in h1=1e155,$F h1=0.5,h2=10,lambda=0.01,gup=1e-160,gdown=0; do
    out=$("$S" symmetric --set $v 2>/dev/null)
    st=$?
    [ $st = 3 ] && [ -z "$out" ] || no "symmetric --set $v: status $st, stdout '$out'"
done
out=$("$S" steady --set h1=1e308,$F 2>/dev/null)
st=$?
[ $st = 3 ] && [ -z "$out" ] || no "steady at h1=1e308: status $st, stdout '$out'"
# grid ends near the largest double: finite points, the failed ones counted
"$S" scan --set h2=10,lambda=0.01,gdown=0 --x h1=-1e308:1e308:3 --y gup=0.5:1:2 --quiet \
    >/tmp/bg-scan.$$ 2>/tmp/bg-err.$$ || no "scan near DBL_MAX exited $?"
grep -qi "inf" /tmp/bg-scan.$$ && no "scan near DBL_MAX printed an infinity"
grep -q "4 failed points" /tmp/bg-err.$$ || no "scan near DBL_MAX: $(cat /tmp/bg-err.$$)"
rm -f /tmp/bg-scan.$$ /tmp/bg-err.$$
expect2 "expected 15 values" rhs --set $P --state "$state,1"
expect2 "expected 15 values" rhs --set $P --state 1,2
expect2 "--state is required" rhs --set $P
expect2 "unknown command" frobnicate
expect2 "unknown option '--state'" symmetric --set $P --state "$state"
"$S" symmetric --set h1=0,h2=0,lambda=0,gup=0,gdown=0 >/dev/null 2>&1
[ $? = 1 ] || no "singular symmetric state not reported"
echo "cli-solver: $bad problem(s)"
[ "$bad" = 0 ]
