#!/bin/sh
# Rationals p/q wherever dtfim-exact takes a number (compat/fmpq_str.h):
# --hx 1/5 gives the same certified result as --hx 0.2 (both the exact
# rational 1/5, rounded once into a ball), --vary ends take p/q, and 1/0 or
# 1/ are refused with exit 2 naming the option.
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "SKIP: $X not built"; exit 77; }
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
C="corr --N 4 --J 1 --hz 0.5 --plus 1 --minus 2 --digits 12 --ball"
"$X" $C --hx 0.2 --gamma 0.1 --Gamma 0.2 >"$tmp/dec" || err "decimal run exited $?"
"$X" $C --hx 1/5 --gamma 1/10 --Gamma 2/10 >"$tmp/rat" || err "rational run exited $?"
[ -s "$tmp/dec" ] && cmp -s "$tmp/dec" "$tmp/rat" || err "0.2 and 1/5 differ: $(cat "$tmp/dec") / $(cat "$tmp/rat")"
"$X" $C --hx 0.3 --gamma 0.1 --Gamma 0.2 >"$tmp/other" && ! cmp -s "$tmp/dec" "$tmp/other" ||
    err "--hx 0.3 gives the same as 0.2: the comparison cannot fail"
for bad in 1/0 1/ /5 1/5/2; do
    "$X" $C --hx "$bad" --gamma 0.1 --Gamma 0.2 >/dev/null 2>"$tmp/err"
    rc=$?
    [ "$rc" = 2 ] && grep -q -- '--hx' "$tmp/err" || err "--hx $bad: exit $rc, $(cat "$tmp/err")"
done
T="transitions --Jbar 4 --hx 1/2 --gamma 1/10 --Gbar 0"
"$X" $T --vary hz=-0.5:1.5:11 >"$tmp/vd" 2>&1 || err "transitions (decimal ends) exited $?: $(cat "$tmp/vd")"
"$X" $T --vary hz=-1/2:3/2:11 >"$tmp/vr" 2>&1 || err "transitions (p/q ends) exited $?: $(cat "$tmp/vr")"
grep -v '^#' "$tmp/vd" >"$tmp/vd2"; grep -v '^#' "$tmp/vr" >"$tmp/vr2"
cmp -s "$tmp/vd2" "$tmp/vr2" || err "transitions: hz=-1/2:3/2 differs from hz=-0.5:1.5"
"$X" $T --vary hz=1/0:1 >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ] && grep -q -- '--vary' "$tmp/err" || err "--vary hz=1/0:1: exit $rc, $(cat "$tmp/err")"
echo "rational: $fail problem(s)"
[ "$fail" = 0 ]
