#!/bin/bash
# bin/dtfim-exact benchmarks (called by bench/run.sh; env BIN, BUILD):
#  (a) corr --plus 1 (single-site coherence, 15 certified digits) at
#      N = 16384 and N = 10^6, fixed J and J = Jbar/N in the polarized and
#      depolarized phases: best end-to-end wall time of several runs, the
#      process start-up (best of `corr --help`, which loads and initializes
#      every library and computes nothing) and their difference;
#  (b) where the start-up goes: empty programs linked with FLINT/Arb (what
#      dtfim-exact links) and with LAPACKE/OpenBLAS (which it dlopens only
#      for brute and piqs), and the dynamic loader's count for dtfim-exact;
#  (c) piqs (the symmetric Pauli moments on runtime/finite: sparse LU to
#      N = 40, GMRES above) time and peak memory against N; PIQS_NMAX adds
#      one more N (e.g. 150).
# Prints figures; never fails on timing.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "run-exact: $X not built, skipped"; exit 0; }

# best K cmd..: the best wall time of K runs, in ms (bash's clock: no fork)
best() {
    local k=$1 b=1e9 t0 t1
    shift
    for ((i = 0; i < k; i++)); do
        t0=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        t1=$EPOCHREALTIME
        b=$(awk -v a="$t0" -v c="$t1" -v b="$b" 'BEGIN { d = (c - a) * 1000; print (d < b ? d : b) }')
    done
    echo "$b"
}

echo "dtfim-exact corr --plus 1, 15 certified digits (best of runs; ms):"
start=$(best 20 "$X" corr --help)
printf "  process start-up (corr --help, best of 20): %.1f ms\n" "$start"
printf "  %-8s %-38s %10s %12s  %s\n" N parameters "end-to-end" "minus start" "value"
for N in 16384 1000000; do
    k=$([ "$N" -le 16384 ] && echo 20 || echo 3)
    Jbar=$(awk -v n="$N" 'BEGIN { printf "%.10g", 1 / n }')
    for P in "--J 0.01 --hz 0.5 --hx 0.3 --gamma 0.1" \
             "--J $Jbar --hz -2 --hx 0.4 --gamma 0.1" \
             "--J $Jbar --hz 0 --hx 2 --gamma 0.1"; do
        v=$("$X" corr --N "$N" $P --plus 1 2>&1)
        t=$(best "$k" "$X" corr --N "$N" $P --plus 1)
        printf "  %-8s %-38s %10.1f %12.1f  %s\n" "$N" "${P//--/}" "$t" \
            "$(awk -v a="$t" -v b="$start" 'BEGIN { print a - b }')" "$v"
    done
done
echo "  (J = 1/N: Jbar = 1, hz = -2, hx = 0.4 polarized, m^z ~ -0.99; hz = 0, hx = 2 depolarized, m^z ~ 0)"

echo
echo "start-up: empty programs linked with these libraries (best of 20, ms):"
T=$(mktemp -d)
echo 'int main(void) { return 0; }' > "$T/e.c"
FL=${FLINT_LIBS:-"-lflint-arb -lcalcium -lflint -lmpfr -lgmp"}
LA="-llapacke -llapack -lblas"
ok=1
for v in "none:" "flint:$FL" "lapack:$LA" "both:$FL $LA"; do
    ${CC:-cc} -O2 -o "$T/${v%%:*}" "$T/e.c" -Wl,--no-as-needed ${v#*:} 2>/dev/null || ok=0
done
if [ "$ok" = 1 ]; then
    printf "  libc only %.1f, FLINT/Arb/Calcium (+NTL, libstdc++; linked) %.1f,\n  LAPACKE/OpenBLAS (dlopened by brute/piqs only) %.1f, both %.1f;\n" \
        "$(best 20 "$T/none")" "$(best 20 "$T/flint")" "$(best 20 "$T/lapack")" "$(best 20 "$T/both")"
    printf "  both with OPENBLAS_NUM_THREADS=1: %.1f\n" "$(OPENBLAS_NUM_THREADS=1 best 20 "$T/both")"
else
    echo "  (no C compiler: skipped)"
fi
rm -rf "$T"
LD_DEBUG=statistics "$X" corr --help 2>&1 >/dev/null | grep -E "total startup|relocation:|load objects|number of relocations:" \
    | sed 's/^ *[0-9]*:[[:space:]]*/  loader: /' | head -4

echo
echo "piqs (symmetric Pauli moments, runtime/finite; J = 0.3/N, hz = 0.2, hx = 1, gamma = 0.1):"
TIME=$(command -v /usr/bin/time)
for N in 20 40 60 100 ${PIQS_NMAX:+$PIQS_NMAX}; do
    J=$(awk -v n="$N" 'BEGIN { printf "%.10g", 0.3 / n }')
    if [ -n "$TIME" ]; then
        r=$($TIME -f "%e %U %S %M" "$X" piqs --N "$N" --J "$J" --hz 0.2 --hx 1 --gamma 0.1 --plus 1 2>&1 >/dev/null | tail -1)
        echo "$r" | awk -v n="$N" '{ printf "  N = %3d: %6.2f s wall, %6.2f s CPU (user + sys), peak %7.1f MB\n", n, $1, $2 + $3, $4 / 1024 }'
    else
        printf "  N = %3d: %8.1f ms\n" "$N" "$(best 1 "$X" piqs --N "$N" --J "$J" --hz 0.2 --hx 1 --gamma 0.1 --plus 1)"
    fi
done
exit 0
