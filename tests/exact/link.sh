#!/bin/sh
# The start-up of dtfim-exact: LAPACKE (OpenBLAS, 7 ms of relocations per
# start) is opened by exact/lapack/ with dlopen when brute or qrt solve,
# UMFPACK (which pulls OpenBLAS too) by compat/umfpack_compat.h when piqs
# does; neither is linked.
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "SKIP: $X not built"; exit 77; }
command -v ldd >/dev/null 2>&1 || { echo "SKIP: no ldd"; exit 77; }
libs=$(ldd "$X") || { echo "SKIP: ldd cannot read $X"; exit 77; }
if echo "$libs" | grep -Eq 'liblapacke|libopenblas|liblapack\.|libumfpack'; then
    echo "FAIL: $X links LAPACK or UMFPACK: $(echo "$libs" | grep -E "lapack|openblas|umfpack" | tr "\n" " ")"
    exit 1
fi
# and brute still finds it
"$X" brute --N 2 --J 1 --hz 0.5 --hx 0.3 --gamma 0.1 --plus 1 >/dev/null ||
    { echo "FAIL: brute does not run (LAPACKE not found by dlopen?)"; exit 1; }
"$X" piqs --N 4 --J 1 --hz 0.5 --hx 0.3 --gamma 0.1 --plus 1 >/dev/null ||
    { echo "FAIL: piqs does not run (UMFPACK not found by dlopen?)"; exit 1; }
echo "link: ok"
