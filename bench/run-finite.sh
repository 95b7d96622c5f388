#!/bin/sh
# The finite-N solver (blochgen finite, docs/cumulants.md): dtfim_nbody's
# steady state at N = 20, 40, 60 (FINITE_NMAX raises the last; N = 100
# takes minutes and GBs, docs/cumulants.md): N, dimension C(N+3,3), residual, wall/user seconds,
# peak memory.  Never fails on timing.
BIN=${BIN:-bin}
B="$BIN/blochgen"
[ -x "$B" ] || { echo "finite: $B not built"; exit 0; }
T=/usr/bin/time
[ -x "$T" ] || T=
echo "finite-N steady state, dtfim_nbody Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1"
printf '%5s %9s %10s %s\n' N dim residual "time"
for N in 20 40 60 ${FINITE_NMAX:+$FINITE_NMAX}; do
    out=$(${T:+$T -f "%e s wall %U s user %M KB"} "$B" finite models/nbody/dtfim_nbody.model \
        --set Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1,N=$N 2>&1)
    dim=$(echo "$out" | sed -n 's/^# method.*dimension \([0-9]*\),.*/\1/p')
    res=$(echo "$out" | sed -n 's/^# steady state.*residual \(.*\)/\1/p')
    tm=$(echo "$out" | grep 'wall' | tail -1)
    printf '%5s %9s %10s %s\n' "$N" "${dim:-?}" "${res:-?}" "${tm:-(no /usr/bin/time)}"
done
