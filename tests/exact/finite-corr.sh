#!/bin/sh
# blochgen finite --A --B --tau (two-time correlations by the regression
# theorem on the space with B's site marked) against independent methods:
# - dtfim-exact correlation, the dense 4^N Liouvillian of the same model
#   (exact/qrt), at N = 4 and 5, several parameter sets, operators on the
#   same and on different sites, with and without the thermal pump of
#   Eq. S12 (a model file with `jump gamma*nth : sp1`);
# - at N = 30 (dense impossible): tau = 0 against the certified equal-time
#   <sigma+_1 sigma-_2> of dtfim-exact corr, and a long tau against the
#   product of the one-point values (a unique steady state forgets B).
# Mapping as in finite.sh: J = Jbar/N, Gamma = Gbar/N.  Each value must
# agree to a unit of the last decimal blochgen prints (its error estimate).
BIN=${BIN:-bin}
B="$BIN/blochgen"
X="$BIN/dtfim-exact"
[ -x "$B" ] && [ -x "$X" ] || { echo "SKIP: $B or $X not built"; exit 77; }
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
M="$tmp/thermal.model"
cat >"$M" <<'MODEL'
model dtfim_thermal
sites 1
params Jbar hx hz gamma Gbar nth
hamiltonian hx/2*sx1 + hz/2*sz1
pairs Jbar/N/4 : sz1 sz1
jump gamma*(1+nth) : sm1
jump gamma*nth : sp1
collective Gbar/N : sm1
MODEL
# compare file1 (blochgen: tau,re,im + # lines) with file2 (t,re,im)
compare() {
    dec=$(sed -n 's/^# error estimate .* rounded to \([0-9]*\) decimals.*/\1/p' "$1" | head -1)
    [ -n "$dec" ] || { err "$3: no error estimate line"; return; }
    r=$(grep -v '^#' "$1" | tail -n +2 | paste -d, - "$2" 2>/dev/null | awk -F, -v d=$dec '
        { e = $2 - $5; e = e < 0 ? -e : e; if (e > w) w = e
          e = $3 - $6; e = e < 0 ? -e : e; if (e > w) w = e; n++ }
        END { printf "%d %.3g %d\n", n, w, (w <= 10 ^ -d && d >= 6) }')
    set -- $r "$3" "$dec"
    echo "$4: $1 delays, worst |diff| $2 ($5 decimals printed)"
    [ "$3" = 1 ] && [ "$1" -ge 4 ] || err "$4: worst |diff| $2 with $5 decimals, $1 rows"
}
for p in "4 1 1 0.2 0.5 1 0" "5 2 0.7 -0.3 0.25 0 0" "5 1 0.5 0.1 0.1 1 0.5" "4 3 0.4 0.2 0.2 0.5 1.5"; do
    set -- $p
    N=$1 Jb=$2 hx=$3 hz=$4 g=$5 Gb=$6 nth=$7
    J=$(awk -v a=$Jb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    Ga=$(awk -v a=$Gb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    for ab in "plus:1 minus:2" "plus:2 minus:2" "z:1 z:3" "minus:1 plus:1" "z:2 plus:1"; do
        set -- $ab
        "$B" finite "$M" --set Jbar=$Jb,hx=$hx,hz=$hz,gamma=$g,Gbar=$Gb,nth=$nth,N=$N \
            --A $1 --B $2 --tau 0:4:9 >"$tmp/f" 2>"$tmp/e" ||
            { err "N=$N $ab: blochgen finite exited $?: $(cat "$tmp/e")"; continue; }
        "$X" correlation --N $N --J $J --hz $hz --hx $hx --gamma $g --Gamma $Ga --nth $nth \
            --A $1 --B $2 --t 0:4:9 --digits 12 >"$tmp/d0" 2>&1 &&
            grep -v '^#' "$tmp/d0" | tail -n +2 >"$tmp/d" ||
            { err "N=$N $ab: dtfim-exact correlation failed"; continue; }
        compare "$tmp/f" "$tmp/d" "N=$N Jbar=$Jb hx=$hx hz=$hz gamma=$g Gbar=$Gb nth=$nth <$1(t) $2>"
    done
done
# spectra (--spectrum) against dtfim-exact correlation --spectrum (the dense
# Hessenberg resolvent), two-sided (B = A^dag, same site) and one-sided
for p in "5 1 1 0.2 0.5 1 0 plus:1 minus:1" "4 3 0.4 0.2 0.2 0.5 1.5 z:1 plus:2" \
         "5 1 0.5 0.1 0.1 1 0.5 minus:2 plus:2"; do
    set -- $p
    N=$1 Jb=$2 hx=$3 hz=$4 g=$5 Gb=$6 nth=$7
    J=$(awk -v a=$Jb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    Ga=$(awk -v a=$Gb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    "$B" finite "$M" --set Jbar=$Jb,hx=$hx,hz=$hz,gamma=$g,Gbar=$Gb,nth=$nth,N=$N \
        --A $8 --B $9 --spectrum -3:3:13 >"$tmp/f" 2>"$tmp/e" ||
        { err "spectrum N=$N $8 $9: exit $?: $(cat "$tmp/e")"; continue; }
    "$X" correlation --N $N --J $J --hz $hz --hx $hx --gamma $g --Gamma $Ga --nth $nth \
        --A $8 --B $9 --spectrum -3:3:13 >"$tmp/d0" 2>&1 &&
        grep -v '^#' "$tmp/d0" | tail -n +2 | sed 's/$/,0/' | cut -d, -f1-3 >"$tmp/d" ||
        { err "spectrum N=$N: dtfim-exact failed"; continue; }
    [ "$(head -1 "$tmp/f")" = "$(grep -v '^#' "$tmp/d0" | head -1)" ] ||
        err "spectrum N=$N $8 $9: header $(head -1 "$tmp/f")"
    grep -v '^#' "$tmp/f" | tail -n +2 | sed 's/$/,0/' | cut -d, -f1-3 >"$tmp/f2"
    { echo h; cat "$tmp/f2"; grep '^#' "$tmp/f"; } >"$tmp/f3"
    compare "$tmp/f3" "$tmp/d" "spectrum N=$N nth=$nth <$8 $9>"
done
# the sum rule: int S(w) dw / 2 pi = <d sigma+ d sigma-> = n-bar - |<sigma->|^2
# at N = 8, beyond the dense solver (trapezoid on -200..200 at spacing 0.2:
# 4e-7 off; the tails 1/w^2 and the spacing each leave less than 1e-5)
"$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=8 \
    --A plus:1 --B minus:1 --spectrum -200:200:2001 >"$tmp/f" 2>"$tmp/e" || err "sum rule: exit $?"
"$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=8 \
    --order 1 >"$tmp/m" 2>&1 || err "sum rule moments: exit $?"
r=$(awk -F, -v mfile="$tmp/m" '
    BEGIN { while ((getline l < mfile) > 0) { split(l, a, ","); v[a[1]] = a[2] } }
    /^#/ || /^omega/ { next }
    { if (n++) s += ($2 + prev) / 2 * ($1 - w0); prev = $2; w0 = $1 }
    END { c = (1 + v["sz1"]) / 2 - (v["sx1"] ^ 2 + v["sy1"] ^ 2) / 4
          s /= 2 * 3.141592653589793; d = (s - c) / c
          printf "%.6g %.6g %d\n", s, c, (d < 0 ? -d : d) < 1e-5 }' "$tmp/f")
set -- $r
echo "sum rule N=8: int S dw/2pi = $1, <ds+ ds-> = $2"
[ "$3" = 1 ] || err "sum rule: $1 against $2"
# N = 30: tau = 0 against the certified equal-time value, tau = 60 against
# the product <sigma+><sigma->
N=30
"$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=$N \
    --A plus:1 --B minus:2 --tau 0:60:2 >"$tmp/f" 2>"$tmp/e" || err "N=30: exit $?: $(cat "$tmp/e")"
"$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=$N \
    --order 1 >"$tmp/m" 2>&1 || err "N=30 moments: exit $?"
eq=$("$X" corr --N $N --J 1/30 --hz 0.2 --hx 1 --gamma 0.5 --Gamma 1/30 --plus 1 --minus 2 --digits 15)
r=$(awk -F, -v eq="$eq" -v mfile="$tmp/m" '
    BEGIN { split(eq, q, " ")
            while ((getline l < mfile) > 0) { split(l, a, ","); v[a[1]] = a[2] } }
    /^#/ || /^tau/ { next }
    $1 == 0 { d0 = $2 - q[1]; i0 = $3 }
    $1 == 60 { sx = v["sx1"]; sy = v["sy1"]
               # <sigma+> <sigma-> = |<sigma->|^2 = (sx^2 + sy^2)/4
               dl = $2 - (sx * sx + sy * sy) / 4; il = $3 }
    END { d0 = d0 < 0 ? -d0 : d0; dl = dl < 0 ? -dl : dl
          printf "%.3g %.3g %.3g %.3g\n", d0, dl, i0, il }' "$tmp/f")
set -- $r
echo "N=30: tau=0 off the certified <s+1 s-2> by $1 (im $3); tau=60 off <s+><s-> by $2 (im $4)"
awk -v a=$1 -v b=$2 -v c=$3 -v d=$4 'BEGIN { exit !(a <= 1e-9 && b <= 1e-7 && c + 0 == 0 && (d < 0 ? -d : d) <= 1e-7) }' ||
    err "N=30: tau=0 off by $1, tau=60 off by $2"
# interrupted (SIGINT a second into 2001 frequencies, about a minute of
# work): exit 130, the rows done (fewer than asked, more than none) with the
# header first and the parameters and a "# partial" line after them
"$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=12 \
    --A plus:1 --B minus:1 --spectrum -20:20:2001 >"$tmp/p" 2>"$tmp/e" &
pid=$!
sleep 1
kill -INT $pid
wait $pid
rc=$?
rows=$(grep -v '^#' "$tmp/p" | tail -n +2 | wc -l)
echo "interrupted spectrum: exit $rc, $rows of 2001 rows kept"
[ "$rc" = 130 ] && [ "$(head -1 "$tmp/p")" = "omega,S" ] && [ "$rows" -gt 0 ] && [ "$rows" -lt 2001 ] &&
    grep -q '^# Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=12$' "$tmp/p" &&
    tail -1 "$tmp/p" | grep -q "^# partial: stopped by signal 2 after $rows of 2001 points" ||
    err "interrupted spectrum: exit $rc, $rows rows, last line $(tail -1 "$tmp/p")"
# the command line: exit 2, nothing on stdout
for bad in "--A plus:1 --B minus:2" "--A plus:1 --tau 0:1:2" "--A plus:9 --B minus:1 --tau 0:1:2" \
           "--A foo:1 --B minus:1 --tau 0:1:2" "--A plus:1 --B minus:1 --tau 1:0:2" \
           "--A plus:1 --B minus:1 --tau -1:1:2" "--A plus:1 --B minus:1 --tau 0:1:2 --t 1"; do
    "$B" finite models/nbody/dtfim_nbody.model --set Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=4 \
        $bad >"$tmp/o" 2>"$tmp/e"
    rc=$?
    [ "$rc" = 2 ] && [ ! -s "$tmp/o" ] || err "'$bad': exit $rc, stdout $(wc -c <"$tmp/o") bytes"
done
echo "finite-corr: $fail problem(s)"
[ "$fail" = 0 ]
