#!/bin/sh
# Checks the Debian packages blochgen builds against; installs the missing
# ones when run as root, otherwise prints the apt-get line and fails.
# Usage: tools/deps.sh [--flint3 | --flint-prefix] [--mpi] [--test] [extra-package...]
#   --flint3        the system FLINT is 3.x: libflint-dev alone (Arb and
#                   Calcium are inside it)
#   --flint-prefix  FLINT comes from FLINT_PREFIX: no FLINT package at all
#   --test          what `make check` needs beyond the build: clang's
#                   libFuzzer (fuzz targets), autotools (FLINT 3 header guard)
# Without either, the FLINT packages follow what apt offers: libflint-dev 3.x
# (Debian 13, Ubuntu 24.04) alone, or 2.9 (Debian 12) with libflint-arb-dev
# and libcalcium-dev.  Not on Debian (no dpkg): says what is needed, exits 0.
set -u
flint=auto
pkgs="libgmp-dev libmpfr-dev liblapacke-dev libopenblas-dev libgsl-dev libsuitesparse-dev gnuplot-nox"
# the Python package (python/) and its tests: make check runs them
py_pkgs="python3-numpy python3-pytest python3-sympy python3-qutip python3-setuptools python3-matplotlib python3-pandas pkg-config"
for a in "$@"; do
    case "$a" in
        --flint3) flint=3 ;;
        --flint-prefix) flint=prefix ;;
        --mpi) pkgs="$pkgs libopenmpi-dev openmpi-bin" ;;
        --test) pkgs="$pkgs clang libclang-rt-dev autoconf automake libtool $py_pkgs" ;;
        *) pkgs="$pkgs $a" ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: not a Debian system; blochgen needs FLINT 2.9 (+ Arb, Calcium) or FLINT 3," >&2
    echo "deps: GMP, MPFR, LAPACKE + a BLAS, GSL, SuiteSparse (KLU) and gnuplot from your package manager" >&2
    exit 0
fi

# the major version of libflint-dev, installed or else the apt candidate
flint_major() {
    v=$(dpkg-query -W -f='${Version}' libflint-dev 2>/dev/null)
    [ -n "$v" ] || v=$(apt-cache policy libflint-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
    case "$v" in ""|"(none)") echo "" ;; *) echo "${v%%.*}" | sed 's/^[0-9]*://' ;; esac
}
if [ "$flint" = auto ]; then
    # a fresh machine may have no package lists yet to tell the version from
    [ -z "$(flint_major)" ] && [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1
    case "$(flint_major)" in
        3|4|5) flint=3 ;;
        *) flint=2 ;;
    esac
fi
case "$flint" in
    3) pkgs="libflint-dev $pkgs"; layout="FLINT 3 (libflint-dev alone)" ;;
    2) pkgs="libflint-dev libflint-arb-dev libcalcium-dev $pkgs"
       layout="FLINT 2.9 with Arb and Calcium (Debian 12)" ;;
    prefix) layout="FLINT from FLINT_PREFIX" ;;
esac

missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "deps: $layout; installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null ||
        { echo "deps: apt-get install failed for:$missing" >&2; exit 1; }
    exit 0
fi
echo "deps: $layout; missing Debian packages:$missing" >&2
echo "deps: install them with:" >&2
echo "    sudo apt-get install$missing" >&2
exit 1
