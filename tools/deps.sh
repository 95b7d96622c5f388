#!/bin/sh
# Checks the Debian packages blochgen builds against; installs the missing
# ones when run as root, otherwise prints the apt-get line and fails.
# Usage: tools/deps.sh [--flint3] [--mpi] [extra-package...]
set -u
flint3=0
pkgs="libgmp-dev libmpfr-dev liblapacke-dev libopenblas-dev libgsl-dev gnuplot-nox"
for a in "$@"; do
    case "$a" in
        --flint3) flint3=1 ;;
        --mpi) pkgs="$pkgs libopenmpi-dev openmpi-bin" ;;
        *) pkgs="$pkgs $a" ;;
    esac
done
# with FLINT_PREFIX the FLINT 3 tree replaces Debian's FLINT 2.9, Arb and Calcium
[ "$flint3" = 1 ] || pkgs="libflint-dev libflint-arb-dev libcalcium-dev $pkgs"

missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null ||
        { echo "deps: apt-get install failed for:$missing" >&2; exit 1; }
    exit 0
fi
echo "deps: missing Debian packages:$missing" >&2
echo "deps: install them with:" >&2
echo "    sudo apt-get install$missing" >&2
exit 1
