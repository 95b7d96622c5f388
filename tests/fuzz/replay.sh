#!/bin/sh
# Replays the fuzz corpora: tests/fuzz/corpus (model files) through
# bin/blochgen derive, tests/fuzz/corpus-hand (hand files) through
# bin/blochgen check against models/pump_loss.model.  Every input must be
# accepted (status 0; 1 for a hand file that disagrees) or rejected with a
# file:line:col or file: message (status 2), never crash or hang (the
# sanitizer pass of `make check` runs this too).  The corpora hold inputs
# long enough to reach the depth, degree, term and bit limits (40,000
# parentheses, 200,000 signs).  Where clang's libFuzzer is installed, both
# fuzz targets replay their corpus as well.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
n=0
bad=0
err="$BUILD/fuzz-replay.err"
replay() {  # $1 = input, $2 = statuses accepted besides 2, then the command
    f=$1
    ok=$2
    shift 2
    n=$((n + 1))
    timeout 60 "$@" >/dev/null 2>"$err"
    st=$?
    if [ $st = 2 ]; then
        grep -q "^$f:[0-9]*:[0-9]*: " "$err" || grep -q "^$f: " "$err" || {
            echo "$f: rejected without file:line:col: $(head -c 300 "$err")"
            bad=$((bad + 1))
        }
    elif ! echo " $ok " | grep -q " $st "; then
        echo "$f: exit status $st"
        head -c 2000 "$err"
        bad=$((bad + 1))
    fi
}
for f in tests/fuzz/corpus/*; do
    replay "$f" 0 "$BIN/blochgen" derive "$f"
done
for f in tests/fuzz/corpus-hand/*; do
    replay "$f" "0 1" "$BIN/blochgen" check models/pump_loss.model "$f"
done
if [ -z "${SKIP_LIBFUZZER:-}" ] && command -v clang >/dev/null 2>&1 &&
    make -s fuzz BUILD=build >/dev/null 2>&1; then
    for t in parse:corpus hand:corpus-hand; do
        build/fuzz/fuzz-${t%%:*} -runs=0 -max_len=1048576 -timeout=60 -rss_limit_mb=2048 \
            -close_fd_mask=3 tests/fuzz/${t#*:} >/dev/null 2>"$BUILD/fuzz-lib.err" ||
            { echo "libFuzzer replay of fuzz-${t%%:*} failed:"; tail -20 "$BUILD/fuzz-lib.err"; bad=$((bad + 1)); }
    done
    echo "libFuzzer targets fuzz-parse and fuzz-hand replayed their corpora"
else
    echo "SKIP: libFuzzer targets (clang with libclang-rt not available): replayed through bin/blochgen only"
fi
echo "fuzz corpora: $n inputs, $bad bad"
[ "$bad" = 0 ] && [ "$n" -gt 0 ]
