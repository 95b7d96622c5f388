#!/bin/sh
# Allocations in exact/ go through compat/alloc.h: an allocation that
# fails names its size on stderr and aborts, instead of a NULL pointer
# written through (a segfault, or worse).  Shown with the dense
# Liouvillian of brute at N = 6 (268 MB) under a 100 MB address-space
# limit.
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "SKIP: $X not built"; exit 77; }
# AddressSanitizer reserves terabytes of address space: no limit possible
if ! (ulimit -v 100000 && "$X" corr --help >/dev/null 2>&1); then
    echo "SKIP: dtfim-exact does not start under ulimit -v 100000 (sanitizer build?)"
    exit 77
fi
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
err=$(mktemp "${TMPDIR:-/tmp}/dtfim-exact-alloc.XXXXXX")
trap 'rm -f "$err"' EXIT

# sh -c: its report of the signal goes to $err too
out=$(sh -c 'ulimit -v 100000; "$0" brute --N 6 --J 1 --hz 0.5 --hx 0.3 --gamma 0.1 --plus 1' "$X" 2>"$err")
rc=$?
[ "$rc" != 0 ] || fail "brute N=6 in 100 MB: exit 0"
[ -z "$out" ] || fail "brute N=6 in 100 MB printed '$out'"
# (calloc's count and size are named apart: their product may wrap)
grep -Eq "out of memory \(allocating (268435456|33554432 x 8) bytes\)" "$err" ||
    fail "brute N=6 in 100 MB: exit $rc, no message naming the allocation: $(cat "$err")"

[ "$fails" = 0 ] && echo "alloc: ok"
exit $((fails > 0))
