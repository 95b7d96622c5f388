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
