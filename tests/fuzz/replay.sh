#!/bin/sh
# Replays the fuzz corpus through bin/blochgen derive: every input must be
# accepted (status 0) or rejected with a file:line:col message (status 2),
# never crash (the sanitizer pass of `make check` runs this too).  Where
# clang's libFuzzer is installed, the fuzz target itself replays it as well.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
n=0
bad=0
for f in tests/fuzz/corpus/*; do
    n=$((n + 1))
    timeout 60 "$BIN/blochgen" derive "$f" >/dev/null 2>"$BUILD/fuzz-replay.err"
    st=$?
    if [ $st = 2 ]; then
        grep -q "^$f:[0-9]*:[0-9]*: " "$BUILD/fuzz-replay.err" ||
            grep -q "^$f: " "$BUILD/fuzz-replay.err" || {
            echo "$f: rejected without file:line:col: $(head -c 300 "$BUILD/fuzz-replay.err")"
            bad=$((bad + 1))
        }
    elif [ $st != 0 ]; then
        echo "$f: exit status $st"
        head -c 2000 "$BUILD/fuzz-replay.err"
        bad=$((bad + 1))
    fi
done
if [ -z "${SKIP_LIBFUZZER:-}" ] && command -v clang >/dev/null 2>&1 &&
    make -s fuzz BUILD=build >/dev/null 2>&1; then
    build/fuzz/fuzz-parse -runs=0 tests/fuzz/corpus >/dev/null 2>"$BUILD/fuzz-lib.err" ||
        { echo "libFuzzer replay failed:"; tail -20 "$BUILD/fuzz-lib.err"; bad=$((bad + 1)); }
    echo "libFuzzer target replayed the corpus"
else
    echo "SKIP: libFuzzer target (clang with libclang-rt not available): replayed through bin/blochgen only"
fi
echo "fuzz corpus: $n inputs, $bad bad"
[ "$bad" = 0 ] && [ "$n" -gt 0 ]
