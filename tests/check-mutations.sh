#!/bin/sh
# `blochgen check` must catch a changed coefficient: in a copy of each paper
# hand file, change one number of one statement (the first number after
# '=', incremented by one, or the right side doubled where it has no
# number) and expect exit status 1.  Every statement of
# every file is mutated in turn.
set -u
BIN=${BIN:-bin}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/blochgen-mut.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
total=0
missed=0
for h in tests/data/eq48_pump_loss.hand tests/data/eq55_pump_loss.hand \
         tests/data/eq60_pump_loss.hand tests/data/boundary_pump_loss.hand; do
    lines=$(grep -n -E '^(ddt|steady|jacobian|boundary_factor) ' "$h" | grep -v complete | cut -d: -f1)
    for n in $lines; do
        # increment the first integer after '=' (or after the keyword for boundary_factor)
        perl -pe 'if ($. == '"$n"') { s/(=.*?|boundary_factor.*?)(\d+)/$1.($2+1)/e }' "$h" >"$tmp/m.hand"
        # no number (e.g. "= g"): double the right side instead
        cmp -s "$h" "$tmp/m.hand" &&
            perl -pe 'if ($. == '"$n"') { s/= (.*)$/= 2*($1)/ }' "$h" >"$tmp/m.hand"
        total=$((total + 1))
        "$BIN/blochgen" check models/pump_loss.model "$tmp/m.hand" >"$tmp/out" 2>&1
        st=$?
        if [ "$st" != 1 ]; then
            echo "mutation of $h:$n not caught (exit $st):"
            sed -n "${n}p" "$tmp/m.hand"
            missed=$((missed + 1))
        fi
    done
done
echo "mutations: $total tried, $missed not caught"
[ "$missed" = 0 ] && [ "$total" -gt 60 ]
