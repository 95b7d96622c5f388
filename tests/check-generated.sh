#!/bin/sh
# generated/ must be exactly what the current generator emits from models/:
# re-emit into a scratch directory and compare byte for byte, and (in a git
# checkout) make sure the committed files were not rewritten by the build.
set -u
BIN=${BIN:-bin}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/blochgen-gen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
for m in models/*.model; do
    "$BIN/blochgen" emit "$m" -o "$tmp" || bad=1
done
for f in "$tmp"/*.c; do
    g=generated/$(basename "$f")
    cmp -s "$f" "$g" || { echo "$g differs from what the generator emits: run 'make generated'"; bad=1; }
done
for g in generated/*.c; do
    [ -f "$tmp/$(basename "$g")" ] || { echo "$g has no model in models/"; bad=1; }
done
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && git ls-files --error-unmatch generated >/dev/null 2>&1; then
    git diff --quiet -- generated || { echo "generated/ differs from the committed files:"; git diff --stat -- generated; bad=1; }
fi
[ "$bad" = 0 ] && echo "generated/: up to date"
[ "$bad" = 0 ]
