#!/bin/sh
# blochgen finite (the finite-N solver on the symmetric Liouville space)
# against dtfim-exact corr, the certified exact steady state of the
# infinite-range dissipative TFIM (docs/exact.md), an independent method.
#
# Parameter mapping (models/nbody/dtfim_nbody.model against docs/exact.md
# Eqs. 1-2, S = sigma/2): the model's Hamiltonian hx/2 sx + hz/2 sz is
# hx S^x + hz S^z, the same hx, hz; `pairs Jbar/N/4 : sz1 sz1` is
# Jbar/(4N) sum_{i != j} sz_i sz_j = (Jbar/N) sum_{i != j} S^z_i S^z_j, so
# --J Jbar/N; `jump gamma : sm1` is gamma D[sigma^-_j], --gamma gamma;
# `collective Gbar/N : sm1` is (Gbar/N) D[S_-], --Gamma Gbar/N.
# Moments: n-bar = <sigma^+_1 sigma^-_1> = (1 + <sz1>)/2 and
# <sigma^+_1 sigma^-_2> = (<sx1*sx2> + <sy1*sy2>)/4 (its imaginary part
# (<sy1*sx2> - <sx1*sy2>)/4 vanishes by the permutation symmetry).
# N = 20 .. 100, by the LU and by GMRES (bench/run-finite.sh times them).
# Also the command line: exit 2 on a model that is not N-body, on a bad N,
# and the CSV layout (header, 9 moments at --order 2, # lines with the
# method, dimension C(N+3,3) and residual).
BIN=${BIN:-bin}
B="$BIN/blochgen"
X="$BIN/dtfim-exact"
[ -x "$B" ] && [ -x "$X" ] || { echo "SKIP: $B or $X not built"; exit 77; }
M=models/nbody/dtfim_nbody.model
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
worst=0
# N Jbar hx hz gamma Gbar method: the LU (auto up to N = 40) and GMRES
# (above; also at N = 40), on points with a slow mode (hx 0.5 gamma 0.1:
# GMRES's error estimate 1e-10 at 40, 6e-9 at 60) and without (N = 100)
for p in "20 1 0.5 0.1 0.1 1 auto" "20 2 0.7 -0.3 0.25 0 auto" "40 1 0.5 0.1 0.1 1 auto" \
         "40 3 0.4 0.2 0.2 0.5 auto" "40 1 0.5 0.1 0.1 1 gmres" "40 2 0.7 -0.3 0.25 0 gmres" \
         "60 1 0.5 0.1 0.1 1 auto" "100 1 1 0.2 0.5 1 auto"; do
    set -- $p
    N=$1 Jb=$2 hx=$3 hz=$4 g=$5 Gb=$6 meth=$7
    "$B" finite $M --method $meth --set Jbar=$Jb,hx=$hx,hz=$hz,gamma=$g,Gbar=$Gb,N=$N >"$tmp/f" 2>"$tmp/e" ||
        { err "N=$N: blochgen finite exited $?: $(cat "$tmp/e")"; continue; }
    J=$(awk -v a=$Jb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    Ga=$(awk -v a=$Gb -v n=$N 'BEGIN { printf "%.17g", a / n }')
    C="corr --N $N --J $J --hz $hz --hx $hx --gamma $g --Gamma $Ga --digits 15"
    "$X" $C --plus 1 --minus 1 >"$tmp/n" && "$X" $C --plus 1 --minus 2 >"$tmp/c" ||
        { err "N=$N: dtfim-exact exited $?"; continue; }
    r=$(awk -F, -v nfile="$tmp/n" -v cfile="$tmp/c" '
        $1 == "sz1" { sz = $2 } $1 == "sx1*sx2" { xx = $2 } $1 == "sy1*sy2" { yy = $2 }
        $1 == "sx1*sy2" { xy = $2 }
        END {
            getline l < nfile; split(l, a, " "); getline l < cfile; split(l, b, " ")
            d1 = (1 + sz) / 2 - a[1]; d2 = (xx + yy) / 4 - b[1]
            d1 = d1 < 0 ? -d1 : d1; d2 = d2 < 0 ? -d2 : d2
            printf "%.3g %.3g %.17g %.17g\n", d1, d2, (1 + sz) / 2, (xx + yy) / 4
        }' "$tmp/f")
    set -- $r
    # the printed decimals must hold: n-bar and <s+1 s-2> are sums of two
    # printed moments over 2 and 4, off by at most a unit of the last decimal
    dec=$(sed -n 's/^# error estimate .* rounded to \([0-9]*\) decimals.*/\1/p' "$tmp/f")
    [ -n "$dec" ] || { err "N=$N: no error estimate line"; dec=17; }
    echo "N=$N Jbar=$Jb hx=$hx hz=$hz gamma=$g Gbar=$Gb ($meth, $dec decimals): n-bar $3 (|diff| $1), <s+1 s-2> $4 (|diff| $2)"
    awk -v a=$1 -v b=$2 -v d=$dec 'BEGIN { t = 10 ^ -d; exit !(a <= t && b <= t && d >= 6) }' ||
        err "N=$N ($meth): off by $1, $2 with $dec decimals printed (at least 6 asked)"
    grep -q "^# method .*dimension $(( (N + 1) * (N + 2) * (N + 3) / 6 ))," "$tmp/f" || err "N=$N: no dimension line"
    grep -q "^# steady state .*residual" "$tmp/f" || err "N=$N: no residual line"
    [ "$(head -1 "$tmp/f")" = "moment,value" ] || err "N=$N: header $(head -1 "$tmp/f")"
    [ "$(grep -c -v '^#' "$tmp/f")" = 10 ] || err "N=$N: not 9 moments"
done
# the command line
"$B" finite --help >"$tmp/h" 2>&1 && grep -q -- '--set' "$tmp/h" || err "finite --help"
"$B" finite $M --set Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1,N=0 >/dev/null 2>"$tmp/e"
rc=$?; [ "$rc" = 2 ] && grep -q 'N must be' "$tmp/e" || err "N=0: exit $rc, $(cat "$tmp/e")"
"$B" finite $M --set Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1,N=2.5 >/dev/null 2>"$tmp/e"
rc=$?; [ "$rc" = 2 ] || err "N=2.5: exit $rc"
"$B" finite $M --set Jbar=1,hx=0.5,N=4 >/dev/null 2>"$tmp/e"
rc=$?; [ "$rc" = 2 ] && grep -q 'not given' "$tmp/e" || err "missing parameter: exit $rc, $(cat "$tmp/e")"
nonN=$(ls models/*.model 2>/dev/null | head -1)
if [ -n "$nonN" ] && ! grep -q '^sites\|^pairs\|^collective' "$nonN"; then
    "$B" finite "$nonN" --set N=4 >/dev/null 2>"$tmp/e"
    rc=$?; [ "$rc" = 2 ] || err "$nonN (not N-body): exit $rc, $(cat "$tmp/e")"
fi
echo "finite: $fail problem(s)"
[ "$fail" = 0 ]
