#!/bin/sh
# docs/api/ is written from the module headers (tools/apidoc.sh, `make
# apidoc`): a page that differs from a fresh rendering of its header, a
# header without a page, or a page without a header fails.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
headers=$(make --no-print-directory -s apidoc-headers)
[ -n "$headers" ] || { echo "no API_HEADERS in the Makefile"; exit 1; }
# shellcheck disable=SC2086
tools/apidoc.sh "$tmp" $headers || exit 1
bad=0
for f in "$tmp"/*.md; do
    n=$(basename "$f")
    if ! cmp -s "$f" "docs/api/$n"; then
        echo "docs/api/$n is stale or missing (run make apidoc)"
        bad=1
    fi
done
for f in docs/api/*.md; do
    [ -f "$tmp/$(basename "$f")" ] || { echo "$f has no header any more (run make apidoc)"; bad=1; }
done
echo "apidoc: $(ls "$tmp" | wc -l) pages checked"
[ "$bad" = 0 ]
