#!/bin/sh
# `dmevolve`, the density-matrix engine from the command line:
#   - on polynomial models it follows `evolve` (the emitted Bloch equations)
#     to 1e-9: pump_loss (jumps) and dtfim_mf (jumps and a collective term);
#   - a one-spin thermal model with a fixed field relaxes to the Gibbs state
#     <s> = tanh(|b|/T) b/|b| (closed form), and the self-consistent one to
#     the paper's Eq. 8, m = m tanh(sqrt(m^2+h^2)/T)/sqrt(m^2+h^2), with
#     m(T -> 0) = sqrt(1 - h^2) (Eq. 10);
#   - ising_thermal from Appendix A's ansatz: purity <= 1, min eigenvalue >= 0;
#   - a negative rate is reported as a positivity violation (exit 3);
#   - dm_only models: the Bloch-equation commands refuse them (exit 2);
#   - CSV format and argument errors.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-dm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
# largest |a - b| over the common columns 2.. of two CSV files (data rows)
csvdiff() {
    awk -F, 'FNR == 1 { f++ } /^#/ || /^t/ { next }
             f == 1 { r1[FNR] = $0; next }
             { n = split(r1[FNR], a, ","); for (k = 1; k <= n && k <= NF; k++) {
                 e = a[k] - $k; if (e < 0) e = -e; if (e > d) d = e } }
             END { printf "%.3g\n", d + 0 }' "$1" "$2"
}
# build a solver for a model file into $tmp
build_model() {
    if [ -n "${BLOCHGEN_MAKE_ARGS:-}" ]; then
        make -s --no-print-directory model M="$1" MODEL_OUT="$tmp" $BLOCHGEN_MAKE_ARGS >"$tmp/make.log" 2>&1
    else
        make -s --no-print-directory model M="$1" MODEL_OUT="$tmp" BUILD="$BUILD" BIN="$BIN" >"$tmp/make.log" 2>&1
    fi || { no "make model $1: $(tail -5 "$tmp/make.log")"; return 1; }
}

# ---- polynomial models: dmevolve equals evolve -----------------------------
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0.2
# a product state (physical: every |s| < 1, correlations are products)
I=0.3,-0.2,0.5,0.1,0.4,-0.6,0.03,0.12,-0.18,-0.02,-0.08,0.12,0.05,0.2,-0.3
"$S" dmevolve --set $P --init $I --t 10 --every 1 --tol 1e-12 >"$tmp/dm.csv" 2>"$tmp/err" ||
    no "pump_loss dmevolve exited $?: $(cat "$tmp/err")"
"$S" evolve --set $P --init $I --t 10 --every 1 --tol 1e-11 >"$tmp/ev.csv" || no "pump_loss evolve"
d=$(csvdiff "$tmp/ev.csv" "$tmp/dm.csv")
lt "$d" 1e-9 || no "pump_loss: dmevolve and evolve differ by $d"
echo "pump_loss: dmevolve - evolve = $d over t = 0..10"
sed -n 2p "$tmp/dm.csv" | grep -q '^# model=pump_loss .*h1=0.5, h2=10, lambda=0.01, gup=1, gdown=0.2' ||
    no "parameter line: $(sed -n 2p "$tmp/dm.csv")"
sed -n 3p "$tmp/dm.csv" | grep -q '^# engine=density matrix, method=rk8pd, tol=1e-12' ||
    no "method line: $(sed -n 3p "$tmp/dm.csv")"
hdr="t,$("$S" info | grep '"observables"' | grep -o '"[^"]*"' | tail -n +2 | tr -d '"' | paste -sd, -),purity,min_eig"
[ "$(sed -n 1p "$tmp/dm.csv")" = "$hdr" ] || no "header '$(sed -n 1p "$tmp/dm.csv")', want '$hdr' (first line)"
awk -F, 'NR > 3 { n++; if (NF != 18 || $1 != n - 1) { print "row " NR; exit 1 }
                  # purity = (1 + sum x^2)/4 for 2 sites, and positivity
                  s = 1; for (k = 2; k <= 16; k++) s += $k * $k
                  e = s / 4 - $17; if (e < 0) e = -e
                  if (e > 1e-12 || $18 < -1e-12 || $17 > 1 + 1e-12) { print "row " NR ": purity " $17 " vs " s/4 ", min eig " $18; exit 1 } }
         END { if (n != 11) { print n " rows"; exit 1 } }' "$tmp/dm.csv" || no "pump_loss CSV rows"

S=$BIN/dtfim_mf
P=Jbar=1,hx=0.8,hz=0.3,gamma=0.4,Gbar=0.7
"$S" dmevolve --set $P --init 0.2,-0.3,0.6 --t 15 --every 3 --tol 1e-11 >"$tmp/dm.csv" 2>"$tmp/err" ||
    no "dtfim_mf dmevolve exited $?: $(cat "$tmp/err")"
"$S" evolve --set $P --init 0.2,-0.3,0.6 --t 15 --every 3 --tol 1e-11 >"$tmp/ev.csv" || no "dtfim_mf evolve"
d=$(csvdiff "$tmp/ev.csv" "$tmp/dm.csv")
lt "$d" 1e-9 || no "dtfim_mf (collective term): dmevolve and evolve differ by $d"
echo "dtfim_mf: dmevolve - evolve = $d over t = 0..15"

# ---- one spin with the thermal dissipator ----------------------------------
# one model file (one build): c = 0 gives a fixed field, c = 1 and a = 0 the
# self-consistent Ising field; k is an ordinary loss (used with k < 0 below)
cat >"$tmp/q1.model" <<'M'
model q1
sites 1
params a c h g k T
hamiltonian -a*sx1 - c*<sx1>*sx1 - h*sz1
jump k : sm1
thermal T
levels g : 0-1
M
have_q1=0
if build_model "$tmp/q1.model"; then
    have_q1=1
    for set in "a=0.3,c=0,h=0.8,g=1,k=0,T=0.5" "a=-1.2,c=0,h=0.4,g=0.7,k=0,T=2"; do
        "$tmp/q1" dmevolve --set $set --t 80 --tol 1e-11 >"$tmp/q.csv" 2>"$tmp/err" ||
            no "q1 dmevolve $set exited $?: $(cat "$tmp/err")"
        d=$(tail -1 "$tmp/q.csv" | awk -F, -v s="$set" 'BEGIN { split(s, kv, ","); for (k in kv) { split(kv[k], q, "="); p[q[1]] = q[2] } }
            { b = sqrt(p["a"]^2 + p["h"]^2); th = (exp(2*b/p["T"]) - 1) / (exp(2*b/p["T"]) + 1)
              e1 = $2 - th * p["a"] / b; e2 = $3; e3 = $4 - th * p["h"] / b
              printf "%.3g\n", sqrt(e1*e1 + e2*e2 + e3*e3) }')
        lt "$d" 1e-9 || no "q1 $set: relaxed state is $d from the Gibbs state"
        echo "one spin, fixed field ($set): distance to exp(-H/T)/Z = $d"
    done
    # self-consistent: Eq. 8 and, at low T, Eq. 10
    for set in "a=0,c=1,h=0.6,g=1,k=0,T=0.4" "a=0,c=1,h=0.3,g=2,k=0,T=0.02"; do
        "$tmp/q1" dmevolve --set $set --init 0.1,0,0.5 --t 200 --tol 1e-11 >"$tmp/q.csv" 2>"$tmp/err" ||
            no "q1 dmevolve $set exited $?: $(cat "$tmp/err")"
        r=$(tail -1 "$tmp/q.csv" | awk -F, -v s="$set" 'BEGIN { split(s, kv, ","); for (k in kv) { split(kv[k], q, "="); p[q[1]] = q[2] } }
            { m = $2; b = sqrt(m*m + p["h"]^2); x = 2*b/p["T"]; th = x > 700 ? 1 : (exp(x) - 1) / (exp(x) + 1)
              e = m - m * th / b; if (e < 0) e = -e
              printf "%.3g %.12f %.12f\n", e, m, sqrt(1 - p["h"]^2) }')
        set -- $r
        lt "$1" 1e-9 || no "q1 $set: Eq. 8 residual $1 (m_x = $2)"
        lt 0.2 "$2" || no "q1 $set: m_x = $2, expected an ordered state"
        echo "one spin, self-consistent ($set): m_x = $2, Eq. 8 residual $1"
    done
    lt "$(awk -v a="$2" -v b="$3" 'BEGIN { e = a - b; print e < 0 ? -e : e }')" 1e-9 ||
        no "q1 at T = 0.02: m_x = $2, Eq. 10 gives sqrt(1 - h^2) = $3"
    "$tmp/q1" dmevolve --set a=1,c=0,h=0,g=1,k=0,T=-1 --t 1 >/dev/null 2>"$tmp/err"
    [ $? = 2 ] && grep -q "bath temperature T = -1 must be >= 0" "$tmp/err" || no "negative T: $(cat "$tmp/err")"
fi

# ---- ising_thermal from Appendix A's ansatz ----------------------------------
S=$BIN/ising_thermal
P=h1=0.7,h2=10,lambda=0.01,glow=0.005,r=10,T=0.05
# a product rho_1 (x) rho_2 as in A1-A3, with <sz_n> below tanh(h_n/T) ~ 1
# (at T = 0.05 the ansatz with tanh(h_n/T) itself is not positive for any
# seed above 2e-6) and seeds 0.05, 0.001
I=$(awk 'BEGIN { t1 = 0.99; t2 = 0.999; e1 = 0.05; e2 = 0.001
    printf "%s,0,%s,%s,0,%s,%s,0,%s,0,0,0,%s,0,%s\n", e1, t1, e2, t2, e1*e2, e1*t2, t1*e2, t1*t2 }')
"$S" dmevolve --set $P --init "$I" --t 40 --every 2 >"$tmp/it.csv" 2>"$tmp/err" ||
    no "ising_thermal dmevolve exited $?: $(cat "$tmp/err")"
awk -F, 'NR > 3 { n++; if ($17 > 1 + 1e-12 || $18 < -1e-9) { print "t = " $1 ": purity " $17 ", min eig " $18; exit 1 } }
         END { if (n != 21) { print n " rows"; exit 1 } }' "$tmp/it.csv" || no "ising_thermal trajectory"
for c in steady evolve rhs jacobian symmetric stability sweep boundary scan; do
    case $c in
        rhs|jacobian) args="--set $P --state 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0" ;;
        evolve) args="--set $P --t 1" ;;
        sweep|boundary) args="--set h2=10,lambda=0.01,glow=0.005,r=10,T=0.05 --vary h1=0.5:1:3" ;;
        scan) args="--set lambda=0.01,glow=0.005,r=10,T=0.05 --x h1=0.5:1:3 --y h2=1:2:3" ;;
        *) args="--set $P" ;;
    esac
    "$S" $c $args >"$tmp/out" 2>"$tmp/err"
    [ $? = 2 ] && [ ! -s "$tmp/out" ] && grep -q "eigenbasis thermal dissipator" "$tmp/err" ||
        no "ising_thermal $c is not refused: $(head -c 300 "$tmp/err")"
done
"$S" dmevolve --set $P --t 1 --init symmetric >/dev/null 2>"$tmp/err"
[ $? = 2 ] || no "dmevolve --init symmetric on a dm_only model: $(cat "$tmp/err")"
"$S" dmevolve --set $P --t 1 --init thermal >"$tmp/th.csv" 2>"$tmp/err" || no "--init thermal: $(cat "$tmp/err")"
awk -F, 'NR == 4 { if ($4 < 0.999999 || $7 < 0.999999) exit 1 }' "$tmp/th.csv" ||
    no "--init thermal at T = 0.05 is not polarised along +z: $(sed -n 4p "$tmp/th.csv" | cut -c1-80)"

# ---- errors ----------------------------------------------------------------
S=$BIN/pump_loss
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
"$S" dmevolve --help | grep -q "usage: pump_loss dmevolve" || no "dmevolve --help"
"$S" dmevolve --set $P >/dev/null 2>&1; [ $? = 2 ] || no "dmevolve without --t"
"$S" dmevolve --set $P --t 1 --method msbdf >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "unknown --method 'msbdf'" "$tmp/err" || no "unknown method: $(cat "$tmp/err")"
"$S" dmevolve --set $P --t 1 --init thermal >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "needs a 'thermal T' statement" "$tmp/err" || no "--init thermal on pump_loss: $(cat "$tmp/err")"
"$S" dmevolve --set $P --t 1 --init 1,0,1,0,0,0,0,0,0,0,0,0,0,0,0 -o "$tmp/bad.csv" 2>"$tmp/err"
[ $? = 2 ] && [ ! -e "$tmp/bad.csv" ] && grep -q "is not a state" "$tmp/err" ||
    no "unphysical --init: $(cat "$tmp/err")"
"$S" dmevolve --set $P --t 1 --every 0.5 -o "$tmp/ok.csv" || no "dmevolve -o"
[ "$(grep -vc '^#' "$tmp/ok.csv")" = 4 ] || no "-o file rows: $(cat "$tmp/ok.csv")"
# a negative rate pumps population past 1: reported, exit 3
if [ $have_q1 = 1 ]; then
    "$tmp/q1" dmevolve --set a=0,c=0,h=1,g=0,k=-1,T=1 --t 1.5 >"$tmp/neg.csv" 2>"$tmp/err"
    [ $? = 3 ] && grep -q "positivity violated" "$tmp/err" || no "negative rate not reported: $(cat "$tmp/err")"
    tail -1 "$tmp/neg.csv" | awk -F, '{ e = $6 - (1 - exp(1.5) / 2); exit !(e < 1e-8 && e > -1e-8) }' ||
        no "negative rate: min eigenvalue $(tail -1 "$tmp/neg.csv" | cut -d, -f6), want 1 - e^1.5/2"
fi

echo "dm: $bad problem(s)"
[ "$bad" = 0 ]
