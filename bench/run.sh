#!/bin/sh
# `make bench`: prints figures; timing never fails the build.
set -u
BUILD=${BUILD:-build}
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "compiler: $(${CC:-cc} --version | head -1)"
echo
"$BUILD/bench/bench-derive"
echo
"$BUILD/bench/bench-rhs"
echo
"$BUILD/bench/bench-steady"
echo
"$BUILD/bench/bench-qinfo"
echo
BIN=$BIN BUILD=$BUILD bench/run-scan.sh
echo
BIN=$BIN BUILD=$BUILD bench/run-moments.sh
[ -x bench/run-dm.sh ] && { echo; BIN=$BIN BUILD=$BUILD bench/run-dm.sh; }
if [ -x "$BIN/dtfim-exact" ] && [ -x bench/run-exact.sh ]; then
    echo
    BIN=$BIN BUILD=$BUILD bench/run-exact.sh
fi
echo
BIN=$BIN bench/run-finite.sh
