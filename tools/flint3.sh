#!/bin/sh
# Builds a FLINT 3 source tarball once into a cache outside the clone and
# prints its prefix (the FLINT_PREFIX for make).  With --headers, only
# configures it and installs the headers (seconds, no library): enough for
# the -fsyntax-only guard of `make check`.
# Usage: tools/flint3.sh [--headers] TARBALL
# Cache: $BLOCHGEN_CACHE, else $XDG_CACHE_HOME/blochgen, else ~/.cache/blochgen.
set -eu
headers=0
[ "${1:-}" = --headers ] && { headers=1; shift; }
tarball=${1:?usage: tools/flint3.sh [--headers] TARBALL}
[ -f "$tarball" ] || { echo "flint3: no such tarball: $tarball" >&2; exit 2; }
cache=${BLOCHGEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/blochgen}
name=$(basename "$tarball" .tar.gz)
kind=lib; [ "$headers" = 1 ] && kind=headers
prefix=$cache/$name-$kind
if [ -f "$prefix/.done" ]; then echo "$prefix"; exit 0; fi

for t in autoconf automake libtoolize make; do
    command -v $t >/dev/null 2>&1 ||
        { echo "flint3: needs $t (apt-get install autoconf automake libtool)" >&2; exit 1; }
done
mkdir -p "$cache"
work=$(mktemp -d "$cache/$name-$kind.build.XXXXXX")
trap 'rm -rf "$work"' EXIT
log=$cache/$name-$kind.log
echo "flint3: building $name ($kind) into $prefix (log: $log)" >&2
{
    tar -xzf "$tarball" -C "$work"
    src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    cd "$src"
    ./bootstrap.sh
    ./configure --prefix="$prefix" --disable-static
    if [ "$headers" = 1 ]; then
        # configure writes flint.h, flint-config.h, ... into src/; `make
        # install` copies src/*.h the same way
        mkdir -p "$prefix/include/flint"
        cp src/*.h "$prefix/include/flint/"
    else
        make -j"$(nproc)"
        make install
    fi
} >"$log" 2>&1 || { echo "flint3: build failed, see $log" >&2; exit 1; }
touch "$prefix/.done"
echo "$prefix"
