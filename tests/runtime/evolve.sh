#!/bin/sh
# `evolve`: CSV format; relaxation onto the stable states that `steady`
# and `symmetric` find by other means (Newton, closed form); explicit and
# implicit GSL methods agree; errors leave no output file behind.
set -u
BIN=${BIN:-bin}
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-evolve.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

values() { awk '!/^#/ { printf "%s%s", s, $2; s = "," } END { print "" }' "$1"; }
# largest |a_k - b_k| over two comma lists (b may carry a leading t column)
maxdiff() {
    echo "$1;$2" | awk -F';' '{ n = split($1, a, ","); m = split($2, b, ","); o = m - n; d = 0
        for (k = 1; k <= n; k++) { e = a[k] - b[k + o]; if (e < 0) e = -e; if (e > d) d = e }
        print d }'
}
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

# ---- format ----------------------------------------------------------------
# a product state (site 1 at (0.1, 0, 0.9), site 2 at (0, 0, 0.95)): the
# correlations are the products, so rho >= 0
I=0.1,0,0.9,0,0,0.95,0,0,0.095,0,0,0,0,0,0.855
"$S" evolve --set $P --t 5 --every 1 --init $I >"$tmp/e.csv" 2>"$tmp/err" || no "evolve exited $?: $(cat "$tmp/err")"
sed -n 2p "$tmp/e.csv" | grep -q '^# model=pump_loss .*h1=0.5, h2=10, lambda=0.01, gup=1, gdown=0' ||
    no "parameter line: $(sed -n 2p "$tmp/e.csv")"
sed -n 3p "$tmp/e.csv" | grep -q '^# method=rk8pd, tol=1e-10$' || no "method line: $(sed -n 3p "$tmp/e.csv")"
# an explicit --tol is used even when it equals Newton's default 1e-12
"$S" evolve --set $P --t 1 --tol 1e-12 -o "$tmp/t12.csv" 2>/dev/null || no "evolve --tol 1e-12 exited $?"
sed -n 3p "$tmp/t12.csv" | grep -q '^# method=rk8pd, tol=1e-12$' || no "--tol 1e-12 ignored: $(sed -n 3p "$tmp/t12.csv")"
hdr="t,$("$S" info | grep '"observables"' | grep -o '"[^"]*"' | tail -n +2 | tr -d '"' | paste -sd, -)"
[ "$(sed -n 1p "$tmp/e.csv")" = "$hdr" ] || no "CSV header '$(sed -n 1p "$tmp/e.csv")', want '$hdr' (first line)"
awk -F, 'NR > 3 && !/^#/ { if (NF != 16) { print "row " NR ": " NF " fields"; exit 1 }
                  if ($1 != NR - 4) { print "row " NR ": t = " $1; exit 1 } n++ }
         END { if (n != 6) { print n " rows, want 6 (t = 0..5)"; exit 1 } }' "$tmp/e.csv" ||
    no "CSV rows"
grep -q "^# physical: yes: the smallest eigenvalue of rho over the rows is" "$tmp/e.csv" || no "no \"# physical: yes\" line after the rows"
[ "$(maxdiff "$I" "$(sed -n 4p "$tmp/e.csv")")" = 0 ] || no "first row is not --init"

# ---- relaxation onto stable states ---------------------------------------
"$S" steady --set $P --init broken >"$tmp/st" || no "steady --init broken"
xb=$(values "$tmp/st")
# displaced towards the product state I: a mixture of two states is one
mix() { echo "$1;$2" | awk -F';' -v w="$3" '{ n = split($1, a, ","); split($2, b, ",")
        for (k = 1; k <= n; k++) printf "%s%.17g", (k > 1 ? "," : ""), (1 - w) * a[k] + w * b[k]
        print "" }'; }
xp=$(mix "$xb" "$I" 0.05)
last=$("$S" evolve --set $P --t 100 --init "$xp" | grep -v "^#" | tail -1)
d=$(maxdiff "$xb" "$last")
lt "$d" 1e-7 || no "evolve from near the broken state ends $d away from steady's"
Q=h1=0.02,h2=10,lambda=0.01,gup=1,gdown=0
xs=$("$S" symmetric --set $Q | tr ' ' ',')
xp=$(mix "$xs" "$I" 0.1)
for m in rk8pd msbdf; do
    d=$(maxdiff "$xs" "$("$S" evolve --set $Q --t 200 --init "$xp" --method $m | grep -v "^#" | tail -1)")
    lt "$d" 1e-7 || no "$m from near the stable symmetric state ends $d away from it"
done

# ---- explicit and implicit methods agree ------------------------------------
for m in rk8pd msbdf bsimp; do
    "$S" evolve --set $P --t 50 --every 5 --init $I --method $m >"$tmp/$m.csv" ||
        no "evolve --method $m exited $?"
done
for t in 5 50; do
    r=$(grep "^$t," "$tmp/rk8pd.csv")
    for m in msbdf bsimp; do
        d=$(maxdiff "$(echo "$r" | cut -d, -f2-)" "$(grep "^$t," "$tmp/$m.csv")")
        lt "$d" 1e-7 || no "rk8pd and $m differ by $d at t = $t"
    done
done
grep -q '^# method=msbdf' "$tmp/msbdf.csv" || no "method line of msbdf"

# ---- errors: status and no output file ----------------------------------------
out=$tmp/o/run.csv
mkdir "$tmp/o"
expect() {
    want=$1 msg=$2
    shift 2
    "$S" evolve "$@" -o "$out" >"$tmp/so" 2>"$tmp/err"
    st=$?
    [ $st = "$want" ] && grep -q -- "$msg" "$tmp/err" ||
        no "'evolve $*' gave status $st (want $want): $(cat "$tmp/err")"
    [ ! -e "$out" ] || no "'evolve $*' failed but wrote $out"
    [ "$(ls -A "$tmp/o")" = "" ] || no "'evolve $*' left $(ls -A "$tmp/o")"
    [ ! -s "$tmp/so" ] || no "'evolve $*' printed to stdout"
}
expect 2 "unknown --method 'euler'.*rk8pd" --set $P --t 1 --method euler
expect 2 "below double-precision" --set $P --t 1 --tol 1e-30
expect 1 "no unstable odd mode" --set $Q --t 1 --init broken
# an initial vector that is no state (rho has negative eigenvalues)
big=1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200,1e200
expect 2 "is not a state" --set $P --t 1 --init $big
expect 2 "is not a state" --set $P --t 1 --init 0,0,1.01,0,0,0,0,0,0,0,0,0,0,0,0
# rates far beyond double range blow up
H=h1=0.5,h2=1e300,lambda=1e300,gup=1,gdown=0
for m in rk8pd msbdf; do
    expect 3 "blows up" --set $H --t 1 --init random:3 --method $m
done
# a failed run leaves an existing file as it was
echo old >"$out"
"$S" evolve --set $H --t 1 --init random:3 -o "$out" 2>/dev/null
[ "$(cat "$out")" = old ] || no "a failed run replaced the existing output file"
"$S" evolve --set $P --t 1 -o "$out" >"$tmp/so" || no "evolve -o exited $?"
[ ! -s "$tmp/so" ] && [ "$(sed -n 1p "$out")" = "$hdr" ] || no "evolve -o: file content"
[ "$(ls -A "$tmp/o")" = run.csv ] || no "evolve -o left $(ls -A "$tmp/o")"
# --plot draws the chosen observables; an unknown one is bad input naming the known ones
"$S" evolve --set $P --t 1 --plot "$tmp/x.png" --plot-obs sx1,nope >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q -- "--plot-obs: unknown observable 'nope' (known: sx1 sy1" "$tmp/err" ||
    no "--plot-obs nope: $(cat "$tmp/err")"
"$S" evolve --set $P --t 1 --plot-obs sx1 >/dev/null 2>&1
[ $? = 2 ] || no "--plot-obs without --plot accepted"
if command -v gnuplot >/dev/null 2>&1; then
    "$S" evolve --set $P --t 2 --every 0.5 --plot "$tmp/ev.png" --plot-obs sx1,sz1 >/dev/null 2>"$tmp/err" &&
        [ -s "$tmp/ev.png" ] && grep -q "using 1:3 with lines.*<sz1>" "$tmp/ev.gp" || no "evolve --plot: $(cat "$tmp/err")"
else
    echo "SKIP: evolve --plot, no gnuplot"
fi
echo "evolve: $bad problem(s)"
[ "$bad" = 0 ]
