#!/bin/sh
# The fast FLINT 3 guard of `make check`: FLINT 3.6.0's headers, configured
# from the tarball in ../shared/flint/ (no library build, cached), and every
# C file of the project compiled once against them with -fsyntax-only and
# the errors GCC 14 makes of implicit declarations and int/pointer mixes.
# The full run against a built FLINT 3 is `make check-flint3`.
set -u
tarball=${FLINT3_TARBALL:-../shared/flint/flint-3.6.0.tar.gz}
[ -f "$tarball" ] || { echo "SKIP: no FLINT 3 tarball at $tarball"; exit 77; }
if [ -n "${BLOCHGEN_SECOND_PASS:-}" ]; then
    echo "SKIP: compiler-only check, done in the first pass"
    exit 77
fi
prefix=$(tools/flint3.sh --headers "$tarball") || { echo "configuring FLINT 3 headers failed"; exit 1; }
grep -q '^#define __FLINT_VERSION 3' "$prefix/include/flint/flint.h" ||
    { echo "$prefix/include/flint/flint.h is not FLINT 3"; exit 1; }
make --no-print-directory -s syntax-flint3 FLINT3_INC="$prefix/include"
