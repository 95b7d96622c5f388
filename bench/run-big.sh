#!/bin/sh
# Large clusters: the k-site dissipative XYZ chains of bench/chain-model.sh
# (4^k - 1 observables), k = BIG_KMIN..BIG_KMAX (default 2..6).  For each:
# `make model` (emit + compile + link), `steady`, `stability` and a
# 101-point `sweep`, each bounded by BIG_TIMEOUT seconds (default 600),
# then dense against sparse Newton (bench-big.c).  Wall seconds of one run
# each; prints figures, never fails.
# Environment: BIN, BUILD, BIG_CFLAGS and BIG_LIBS (from `make bench`).
set -u
BUILD=${BUILD:-build}
kmin=${BIG_KMIN:-2}
kmax=${BIG_KMAX:-6}
tmo=${BIG_TIMEOUT:-600}
dir=$BUILD/bench/big
mkdir -p "$dir"
set_p="Jx=0.9,Jy=1.2,Jz=1,g=1"

now() { date +%s.%N; }
# seconds of one command (its output into $dir/last.log), or "> T s" on timeout
timed() {
    t0=$(now)
    timeout "$tmo" "$@" >"$dir/last.log" 2>&1
    st=$?
    t1=$(now)
    if [ "$st" = 124 ]; then
        echo "> $tmo s (stopped)"
    else
        awk -v a="$t0" -v b="$t1" -v s="$st" 'BEGIN { printf "%.2f s%s\n", b - a, s ? " (exit " s ")" : "" }'
    fi
}

echo "large clusters: dissipative XYZ chains, --set $set_p, sweep --vary Jy=0.9:1.5:101"
k=$kmin
while [ "$k" -le "$kmax" ]; do
    m=$dir/chain_$k.model
    bench/chain-model.sh "$k" >"$m"
    echo "k = $k ($(awk -v k="$k" 'BEGIN { print 4 ^ k - 1 }') observables)"
    printf '  make model          %s\n' "$(timed ${MAKE:-make} --no-print-directory -s model M="$m" MODEL_OUT="$dir" BUILD="$BUILD")"
    if [ -x "$dir/chain_$k" ]; then
        printf '    emitted C         %s\n' "$(du -ch "$BUILD/models/chain_$k"/*.c | tail -1 | cut -f1)"
        printf '  steady             %s\n' "$(timed "$dir/chain_$k" steady --set "$set_p")"
        printf '  stability          %s\n' "$(timed "$dir/chain_$k" stability --set "$set_p")"
        printf '  sweep (101 points) %s\n' "$(timed "$dir/chain_$k" sweep --set "$set_p" --vary Jy=0.9:1.5:101 --quiet -o "$dir/sweep_$k.csv")"
        if [ -n "${BIG_CFLAGS:-}" ] &&
            ${CC:-cc} $BIG_CFLAGS -DBLOCH_MODEL="chain_$k" -o "$dir/bench-big-$k" bench/bench-big.c \
                "$BUILD/models/chain_$k/chain_$k.o" $BIG_LIBS; then
            # the dense Jacobian of 4095 observables is 134 MB and its LU a minute
            if [ "$k" -ge 6 ]; then "$dir/bench-big-$k" --no-dense; else "$dir/bench-big-$k"; fi
        fi
    fi
    k=$((k + 1))
done
