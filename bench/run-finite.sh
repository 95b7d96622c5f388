#!/bin/sh
# The finite-N solver (blochgen finite, docs/cumulants.md): dtfim_nbody's
# steady state at N = 20, 40, 60, 100 (FINITE_NMAX adds one more, e.g. 150)
# on two points: one with a slow mode (hx 0.5, gamma 0.1: next to the
# first-order line, GMRES needs more products and the error estimate
# grows) and one without (hx 1, hz 0.2, gamma 0.5); `--method auto` (LU up
# to N = 40, GMRES above) and, at N = 40 and 60, the other method beside
# it; then pump_loss_nbody (two spins per site) at N = 4 .. 7 (8 with
# FINITE_K2_BIG: another minute).  Prints N, method, dimension, error
# estimate, wall/user seconds and peak memory.  Never fails on timing.
BIN=${BIN:-bin}
B="$BIN/blochgen"
[ -x "$B" ] || { echo "finite: $B not built"; exit 0; }
T=/usr/bin/time
[ -x "$T" ] || T=
run() {  # N method params [model]
    out=$(${T:+$T -f "%e s wall %U s user %M KB"} "$B" finite ${4:-models/nbody/dtfim_nbody.model} \
        --method "$2" --set "$3,N=$1" 2>&1)
    dim=$(echo "$out" | sed -n 's/^# method.*dimension \([0-9]*\),.*/\1/p')
    how=$(echo "$out" | sed -n 's/^# steady state by \([A-Za-z]*\).*/\1/p')
    prod=$(echo "$out" | sed -n 's/^# steady state by GMRES.* \([0-9]*\) products.*/\1/p')
    est=$(echo "$out" | sed -n 's/^# error estimate \([^ ]*\) .*/\1/p')
    tm=$(echo "$out" | grep 'wall' | tail -1)
    printf '%5s %-6s %6s %9s %9s %s\n' "$1" "${how:-FAIL}" "${prod:--}" "${dim:-?}" "${est:-?}" \
        "${tm:-(no /usr/bin/time)}"
}
for P in "Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1" "Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1"; do
    echo "finite-N steady state, dtfim_nbody $P"
    printf '%5s %-6s %6s %9s %9s %s\n' N method GMRES dim "err est" "time"
    for N in 20 40 60 100 ${FINITE_NMAX:+$FINITE_NMAX}; do
        run $N auto "$P"
        case $N in 40) run $N gmres "$P" ;; 60) run $N lu "$P" ;; esac
    done
done
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0.3
echo "finite-N steady state, two spins per site, pump_loss_nbody $P"
printf '%5s %-6s %6s %9s %9s %s\n' N method GMRES dim "err est" "time"
for N in 4 5 6 7 ${FINITE_K2_BIG:+8}; do
    run $N auto "$P" models/nbody/pump_loss_nbody.model
done
