#!/bin/sh
# `dmsweep` (density-matrix steady states with continuation) against
# independent answers:
#  - pump_loss: the states and gaps of both directions against the followed
#    (stable) states of `sweep` on the emitted Bloch equations (1e-8 in the
#    state, 1e-7 in the gap); every state's residual from the emitted `rhs`;
#  - ising_thermal (eigenbasis thermal dissipator, T = 0.05): every state is
#    the ground state of its own mean-field Hamiltonian (detailed balance at
#    low T, checked self-consistently: H_MF(<sx1>, <sx2>) is diagonalised
#    here in awk by power iteration), 1e-8; every residual re-evaluated by
#    the engine in a separate run (`dmstability --at`); concurrence in
#    [0, 1]; no hysteresis at this continuous transition;
#  - chi_F converged away from the critical point with the reported dp;
#  - exit status 3 naming the parameter value when relaxation cannot finish
#    within --t, and nothing written; exit 2 for bad arguments.
set -u
BIN=${BIN:-bin}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-dmsweep.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# CSV rows without comments and header
rows() { grep -v '^#' "$1" | sed 1d; }

# ---- pump_loss against the emitted Bloch equations ------------------------
S=$BIN/pump_loss
FIXED=h2=10,lambda=0.01,gup=1,gdown=0
GRID=h1=0.2:1.1:10
"$S" dmsweep --set $FIXED --vary $GRID --direction both -o "$tmp/dm.csv" \
    >"$tmp/dm.out" 2>"$tmp/dm.err" || err "pump_loss dmsweep exited $?: $(cat "$tmp/dm.err")"
cat "$tmp/dm.out"
"$S" sweep --set $FIXED --vary $GRID --direction both --init broken -o "$tmp/sw.csv" \
    >/dev/null 2>&1 || err "pump_loss sweep exited $?"
sed -n 2p "$tmp/dm.csv" | grep -q '^# model=pump_loss' || err "CSV lacks the # model= line after the header"
head -1 "$tmp/dm.csv" | grep -q \
    '^param,direction,residual,t_relax,newton_its,gap,omega_slow,jac_err,concurrence,purity,chi_F,chi_F_dp,chi_F_err,chi_F_converged,min_eig,sx1,sy1,sz1,sx2,' ||
    err "CSV header: $(grep -v '^#' "$tmp/dm.csv" | head -1)"
[ "$(rows "$tmp/dm.csv" | wc -l)" = 20 ] || err "expected 20 rows"
par=$("$S" info | sed -n 's/.*"parity": \[\(.*\)\].*/\1/p' | tr -d '" ' | tr ',' ' ')
# followed rows of sweep (param,direction,branch,kind,stable,physical,gap,frequency,obs...):
# param direction gap obs...; dmsweep rows: param gap obs...
awk -F, '!/^#/ && $4 == "followed" { printf "%s %s %s", $1, $2, $7
    for (i = 9; i <= NF; i++) printf " %s", $i; printf "\n" }' "$tmp/sw.csv" >"$tmp/a"
rows "$tmp/dm.csv" | awk -F, '{ printf "%s %s %s", $1, $2, $6
    for (i = 16; i <= NF; i++) printf " %s", $i; printf "\n" }' >"$tmp/b"
[ "$(wc -l <"$tmp/a")" = 20 ] || err "sweep: expected 20 followed rows"
paste -d' ' "$tmp/a" "$tmp/b" | awk -v par="$par" '{
    n = split(par, p, " "); o = n + 3
    if ($1 - $(o + 1) > 1e-12 || $(o + 1) - $1 > 1e-12 || $2 != $(o + 2)) {
        print "row " NR ": " $1 " " $2 " vs " $(o + 1) " " $(o + 2); bad = 1; next }
    d = 0; dm = 0
    for (i = 1; i <= n; i++) {
        a = $(3 + i); b = $(o + 3 + i); s = (p[i] == "odd") ? -b : b
        d += (a - b) ^ 2; dm += (a - s) ^ 2 }
    if (dm < d) d = dm
    if (sqrt(d) > 1e-8) { print "state at " $1 " " $2 " differs by " sqrt(d); bad = 1 }
    g = $3 - $(o + 3); if (g < 0) g = -g
    if (g > 1e-7) { print "gap at " $1 " " $2 ": " $3 " vs " $(o + 3); bad = 1 }
    if (sqrt(d) > worst) worst = sqrt(d)
} END { printf "pump_loss: dmsweep vs sweep followed states, max distance %.2g\n", worst
        exit bad }' || err "pump_loss states or gaps differ from sweep's"
# residual of every state by the emitted rhs
rows "$tmp/dm.csv" | while IFS=, read -r h1 dir r t it g w je c pu chi dp ce cc me x; do
    "$S" rhs --set h1=$h1,$FIXED --state "$x" | awk -v h="$h1" '{
        s = 0; for (i = 1; i <= NF; i++) s += $i * $i
        if (sqrt(s) > 1e-10) { print "emitted |rhs| " sqrt(s) " at h1=" h; exit 1 } }' ||
        echo bad
done >"$tmp/res"
[ -s "$tmp/res" ] && err "pump_loss residuals: $(cat "$tmp/res")"
grep -q '^no hysteresis' "$tmp/dm.out" || err "pump_loss: hysteresis reported"

# ---- ising_thermal: detailed balance (ground state of H_MF at T = 0.05) ----
T=$BIN/ising_thermal
TP=h2=10,lambda=0.1,glow=0.05,r=10,T=0.05
"$T" dmsweep --set $TP --vary h1=0.6:1.2:4 --direction both -o "$tmp/it.csv" \
    >"$tmp/it.out" 2>"$tmp/it.err" || err "ising_thermal dmsweep exited $?: $(cat "$tmp/it.err")"
cat "$tmp/it.out"
[ "$(rows "$tmp/it.csv" | wc -l)" = 8 ] || err "ising_thermal: expected 8 rows"
grep -q '^no hysteresis' "$tmp/it.out" || err "ising_thermal: hysteresis reported"
# columns: 16 sx1, 18 sz1, 19 sx2, 22 sx1*sx2
rows "$tmp/it.csv" | awk -F, -v h2=10 -v lam=0.1 '{
    h1 = $1; mx1 = $16; mx2 = $19
    # H on |b1 b2> (b = 0: sz = +1): diagonal -h1 s1 - h2 s2; sx1 flips bit 2,
    # sx2 bit 1, sx1 sx2 both; power iteration on c - H gives the ground state
    for (j = 0; j < 4; j++) { s1[j] = (j < 2) ? 1 : -1; s2[j] = (j % 2 == 0) ? 1 : -1; v[j] = 1 + j / 7 }
    c = h1 + h2 + (mx1 < 0 ? -mx1 : mx1) + (mx2 < 0 ? -mx2 : mx2) + lam + 1
    for (it = 0; it < 3000; it++) {
        nrm = 0
        for (j = 0; j < 4; j++) {
            w[j] = (c + h1 * s1[j] + h2 * s2[j]) * v[j] + mx1 * v[xor(j, 2)] + mx2 * v[xor(j, 1)] \
                 + lam * v[3 - j]
            nrm += w[j] * w[j] }
        for (j = 0; j < 4; j++) v[j] = w[j] / sqrt(nrm) }
    ex1 = ez1 = ex2 = exx = 0
    for (j = 0; j < 4; j++) {
        ex1 += v[j] * v[xor(j, 2)]; ex2 += v[j] * v[xor(j, 1)]; exx += v[j] * v[3 - j]
        ez1 += s1[j] * v[j] * v[j] }
    d = (ex1 - $16) ^ 2 + (ez1 - $18) ^ 2 + (ex2 - $19) ^ 2 + (exx - $22) ^ 2
    if (sqrt(d) > 1e-8) { print "h1=" h1 " " $2 ": not the ground state of H_MF, off by " sqrt(d); bad = 1 }
    if (!($9 >= 0 && $9 <= 1)) { print "concurrence " $9 " at h1=" h1; bad = 1 }
    if (sqrt(d) > worst) worst = sqrt(d)
} function xor(a, b) { return (a == b) ? 0 : (a + b == 3) ? 3 : (a > b) ? a - b : b - a }
  END { printf "ising_thermal: max distance to the ground state of H_MF %.2g\n", worst; exit bad }' ||
    err "ising_thermal steady states are not the self-consistent ground states"
# residuals re-evaluated by the engine in a separate run
rows "$tmp/it.csv" | while IFS=, read -r h1 dir r t it g w je c pu chi dp ce cc me x; do
    res=$("$T" dmstability --set h1=$h1,$TP --at "$x" 2>/dev/null | sed -n 's/^residual //p')
    awk -v r="$res" 'BEGIN { exit !(r != "" && r + 0 <= 1e-10) }' ||
        echo "h1=$h1 $dir: engine |rhs| = '$res'"
done >"$tmp/res"
[ -s "$tmp/res" ] && err "ising_thermal residuals: $(cat "$tmp/res")"
# chi_F converged (flag 1, error within tolerance, dp <= 0.01) away from h1 ~ 1
rows "$tmp/it.csv" | awk -F, '$1 + 0 < 0.9 || $1 + 0 > 1.1 {
    if ($14 != 1 || !($12 <= 0.01) || !($13 <= 1e-6 * ($11 < 0 ? -$11 : $11) + 1e-9)) {
        print "chi_F at " $1 " " $2 ": " $11 " dp " $12 " err " $13 " conv " $14; bad = 1 } }
    END { exit bad }' || err "chi_F not converged"

# ---- errors -------------------------------------------------------------------
"$T" dmsweep --set $TP --vary h1=0.6:0.7:2 --t 5 -o "$tmp/no.csv" >/dev/null 2>"$tmp/e3"
st=$?
[ $st = 3 ] || err "--t 5: expected exit 3, got $st"
grep -q 'h1=0.6' "$tmp/e3" || err "exit 3 message does not name h1=0.6: $(cat "$tmp/e3")"
[ -e "$tmp/no.csv" ] && err "a failed dmsweep left $tmp/no.csv"
ls "$tmp" | grep -q 'no.csv.tmp' && err "a failed dmsweep left a temporary file"
for bad in "--direction sideways" "--method bsimp" "--init 1,2,3" "--t -1" "--vary h3=0:1:3"; do
    # shellcheck disable=SC2086
    "$T" dmsweep --set $TP --vary h1=0.6:0.7:2 $bad >/dev/null 2>&1
    st=$?
    [ $st = 2 ] || err "dmsweep $bad: expected exit 2, got $st"
done
"$T" dmsweep --help | grep -q '^usage: ising_thermal dmsweep' || err "dmsweep --help"

[ $fail = 0 ] && echo "dmsweep: all checks passed"
[ $fail = 0 ]
