#!/bin/sh
# The test suite of `make check`: every test prints its own lines; this
# script counts them and ends with "N passed, M failed, K skipped".
# A test that cannot run at all exits 77 (automake's convention) and is
# counted as skipped; a test that ran but had to leave a part out (no
# gnuplot, no MPI) prints "SKIP: what and why", and each such line is
# reported and counted as a skipped part beside its passing test.
# Environment: BIN, BUILD (the build to test), CC.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
export BIN BUILD
pass=0
fail=0
skip=0
failed=""
logdir=$(mktemp -d "${TMPDIR:-/tmp}/blochgen-tests.XXXXXX")

run() {
    name=$1
    shift
    log="$logdir/$(echo "$name" | tr / _).log"
    "$@" >"$log" 2>&1
    st=$?
    if [ "$st" = 77 ]; then
        skip=$((skip + 1))
        echo "skip   $name: $(grep -m 1 '^SKIP: ' "$log" | sed 's/^SKIP: //')"
    elif [ "$st" = 0 ]; then
        pass=$((pass + 1))
        echo "ok     $name"
        grep '^SKIP: ' "$log" >"$log.skips"
        while IFS= read -r line; do
            skip=$((skip + 1))
            echo "skip   $name: ${line#SKIP: }"
        done <"$log.skips"
    else
        fail=$((fail + 1))
        failed="$failed $name"
        echo "FAIL   $name"
        tail -n 40 "$log" | sed 's/^/    /'
    fi
}

for t in "$BUILD"/tests/t-*; do
    case "$t" in *t-dense) continue ;; esac
    run "unit/$(basename "$t")" "$t"
done
for t in "$BUILD"/tests/num/t-*; do
    [ -x "$t" ] && run "num/$(basename "$t")" "$t"
done
for t in "$BUILD"/tests/cmdline/t-*; do
    [ -x "$t" ] && run "cmdline/$(basename "$t")" "$t"
done
for t in "$BUILD"/tests/runtime/t-*; do
    [ -x "$t" ] && run "runtime/$(basename "$t")" "$t"
done
# runtime command tests: one script per command or figure
for s in tests/runtime/*.sh; do
    [ -f "$s" ] && run "runtime/$(basename "$s" .sh)" "$s"
done
# the exact module: unit tests, then its command tests
for t in "$BUILD"/tests/exact/t-*; do
    [ -x "$t" ] && run "exact/$(basename "$t")" "$t"
done
for s in tests/exact/*.sh; do
    [ -f "$s" ] && run "exact/$(basename "$s" .sh)" "$s"
done
for h in tests/data/*_pump_loss.hand; do
    run "paper/$(basename "$h" .hand)" "$BIN/blochgen" check models/pump_loss.model "$h"
done
run paper/mutations tests/check-mutations.sh
run cli/blochgen tests/cli-blochgen.sh
run cli/nbody tests/cli-nbody.sh
run cli/solver tests/cli-solver.sh
run generated tests/check-generated.sh
run docs/api tests/check-apidoc.sh
run fuzz/corpus tests/fuzz/replay.sh
run flint3/syntax tests/flint3-syntax.sh
run dense env BLOCHGEN_ROOT=. BLOCHGEN_MAKE_ARGS="${BLOCHGEN_MAKE_ARGS:-}" "$BUILD/tests/t-dense"

rm -rf "$logdir"
[ -z "$failed" ] || echo "failed:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
