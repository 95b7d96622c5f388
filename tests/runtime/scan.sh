#!/bin/sh
# `scan` against independent routes: the full 15 x 15 Jacobian through
# LAPACK dgeev (`stability`) at grid points, the analytic boundary of the
# decoupled sites (lambda = 0), thread and MPI-rank independence of the CSV
# byte for byte, and its error handling.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
S=$BIN/pump_loss
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
# |a - b| <= t max(1, |b|)
close() {
    awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d;
        s = b < 0 ? -b : b; if (s < 1) s = 1; exit !(d <= t * s) }'
}
dir=$(mktemp -d "${TMPDIR:-/tmp}/scan.XXXXXX")
trap 'rm -rf "$dir"' EXIT

FIXED=h2=10,lambda=0.01,gdown=0

# ---- 0. format -----------------------------------------------------------
"$S" scan --set $FIXED --x h1=0:1.2:13 --y gup=0.05:2.5:11 -o "$dir/a.csv" --quiet \
    2>"$dir/a.err" || err "scan exited $?"
sed -n 2p "$dir/a.csv" | grep -q '^# model=pump_loss' || err "second line: $(sed -n 2p "$dir/a.csv")"
head -n 1 "$dir/a.csv" | grep -qx 'h1,gup,gap,frequency,phase' || err "header (first line): $(head -n 1 "$dir/a.csv")"
[ "$(grep -vc '^#' "$dir/a.csv")" = $((13 * 11 + 1)) ] || err "expected 143 rows and a header"
grep -q '^scan: 143 points' "$dir/a.err" || err "summary line: $(cat "$dir/a.err")"
# x varies slowest: the rows come grouped by x
awk -F, '!/^#/ && NR > 3 { print $1 }' "$dir/a.csv" | uniq | wc -l | grep -qx 13 ||
    err "rows are not grouped by x"

# ---- 1. against the full Jacobian (LAPACK dgeev) --------------------------
# every row of a small Fig. 10 scan, and a plane with Hopf (oscillatory)
# and symmetric-state-free (gup = 0) points
expected_phase() { # gap frequency sector (from `stability`)
    awk -v g="$1" -v f="$2" -v s="$3" 'BEGIN {
        if (g > 0) print "symmetric"; else if (s == "even") print "even-unstable";
        else if (f > 0) print "oscillatory"; else print "broken" }'
}
check_rows() { # csv fixed-parameters
    grep -v '^#' "$1" | sed 1d | while IFS=, read -r x y gap freq phase; do
        case $phase in none) continue ;; esac
        out=$("$S" stability --set "$2,$XN=$x,$YN=$y") || { echo "stability failed at $x $y"; continue; }
        g=$(echo "$out" | awk '$1 == "gap" { print $2 }')
        f=$(echo "$out" | awk '$1 == "frequency" { print $2 }')
        s=$(echo "$out" | awk '$1 == "sector" { print $2 }')
        close "$gap" "$g" 1e-9 || echo "gap at $XN=$x $YN=$y: scan $gap, dgeev $g"
        close "$freq" "$f" 1e-9 || echo "frequency at $XN=$x $YN=$y: scan $freq, dgeev $f"
        [ "$phase" = "$(expected_phase "$g" "$f" "$s")" ] ||
            echo "phase at $XN=$x $YN=$y: scan $phase, dgeev gap $g frequency $f sector $s"
    done
}
XN=h1 YN=gup
bad=$(check_rows "$dir/a.csv" "$FIXED")
[ -z "$bad" ] || err "scan vs stability (Fig. 10 plane): $bad"
"$S" scan --set h2=0.5,gup=0.3,gdown=0 --x h1=-0.45:0.3:6 --y lambda=-0.4:0.4:5 -o "$dir/b.csv" \
    2>/dev/null || err "scan (h1-lambda plane) exited $?"
grep -q ',oscillatory$' "$dir/b.csv" || err "the h1-lambda plane should have oscillatory points"
XN=h1 YN=lambda
bad=$(check_rows "$dir/b.csv" h2=0.5,gup=0.3,gdown=0)
[ -z "$bad" ] || err "scan vs stability (h1-lambda plane): $bad"
"$S" scan --set $FIXED --x h1=0.2:0.8:3 --y gup=0:1:3 -o "$dir/c.csv" 2>/dev/null ||
    err "a grid with points without symmetric state must exit 0"
[ "$(grep -c ',0,nan,nan,none$' "$dir/c.csv")" = 3 ] ||
    err "gup = gdown = 0 has no symmetric state: expected three nan/none rows"

# ---- 2. the analytic boundary at lambda = 0 -------------------------------
# Decoupled sites; site 2 (h2 = 10) stays stable and site 1's symmetric
# state is unstable exactly when h1 (1 - h1) > gup^2 / 16 (gdown = 0).
# First the formula itself, against `stability` on both sides of it.
for pt in 0.5:1.9:u 0.5:2.1:s 0.066:1:s 0.068:1:u 0.93:1:u 0.94:1:s 0.01:0.3:u 0.01:0.5:s \
          -0.3:0.5:s 1.3:0.5:s; do
    h=${pt%%:*} rest=${pt#*:} gu=${rest%%:*} side=${rest#*:}
    pred=$(awk -v h="$h" -v g="$gu" 'BEGIN { print (h * (1 - h) > g * g / 16) ? "u" : "s" }')
    g=$("$S" stability --set h1=$h,h2=10,lambda=0,gup=$gu,gdown=0 | awk '$1 == "gap" { print $2 }')
    num=$(awk -v g="$g" 'BEGIN { print (g > 0 ? "s" : "u") }')
    [ "$pred" = "$side" ] && [ "$num" = "$side" ] ||
        err "analytic boundary vs stability at h1=$h gup=$gu: formula $pred, dgeev gap $g"
done
"$S" scan --set h2=10,lambda=0,gdown=0 --x h1=-0.2:1.2:71 --y gup=0.02:2.4:61 -o "$dir/d.csv" \
    --quiet 2>/dev/null || err "scan at lambda = 0 exited $?"
bad=$(grep -v '^#' "$dir/d.csv" | sed 1d | awk -F, '
    { d = $1 * (1 - $1) - $2 * $2 / 16; if (d < 0) d2 = -d; else d2 = d }
    d2 > 1e-3 { n++; want = d > 0 ? "broken" : "symmetric";
                if ($5 != want) { bad++; if (bad < 5) printf "h1=%s gup=%s: %s, expected %s; ", $1, $2, $5, want } }
    END { if (n < 4000) printf "only %d points away from the boundary; ", n;
          if (bad) printf "%d points off", bad }')
[ -z "$bad" ] || err "lambda = 0 phases: $bad"

# ---- 3. threads ------------------------------------------------------------
ARGS="--set $FIXED --x h1=0:1.2:97 --y gup=0.01:2.5:89 --quiet"
OMP_NUM_THREADS=1 "$S" scan $ARGS -o "$dir/t1.csv" 2>/dev/null || err "1 thread exited $?"
OMP_NUM_THREADS=2 "$S" scan $ARGS -o "$dir/t2.csv" 2>/dev/null || err "2 threads exited $?"
OMP_NUM_THREADS=3 "$S" scan $ARGS >"$dir/t3.csv" 2>/dev/null || err "3 threads exited $?"
cmp -s "$dir/t1.csv" "$dir/t2.csv" || err "1 and 2 threads differ"
cmp -s "$dir/t1.csv" "$dir/t3.csv" || err "-o and stdout (3 threads) differ"

# ---- 4. MPI ranks ------------------------------------------------------------
if command -v mpicc >/dev/null 2>&1 && command -v mpirun >/dev/null 2>&1; then
    M=$BUILD/mpi
    if make --no-print-directory -s -j2 MPI=1 BUILD="$M" BIN="$M/bin" "$M/bin/pump_loss" \
        >"$dir/mpi-build.log" 2>&1; then
        root=""
        [ "$(id -u)" = 0 ] && root=--allow-run-as-root
        # Under the sanitizer pass (SAN=1 reaches this make through
        # MAKEFLAGS) OpenMPI's own allocations show up as leaks; our code's
        # leaks are checked by the non-MPI runs above.
        noleak="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
        root="$root -x ASAN_OPTIONS"
        for np in 2 3; do
            ASAN_OPTIONS=$noleak OMP_NUM_THREADS=1 mpirun $root --oversubscribe -np $np "$M/bin/pump_loss" scan $ARGS \
                -o "$dir/mpi$np.csv" >"$dir/mpi.log" 2>&1 || err "mpirun -np $np exited $?: $(tail -n 5 "$dir/mpi.log")"
            cmp -s "$dir/t1.csv" "$dir/mpi$np.csv" || err "mpirun -np $np CSV differs from the single process"
            [ "$(grep -c '^scan:' "$dir/mpi.log")" = 1 ] || err "one summary line expected from $np ranks"
        done
        # more ranks than rows: one holds none
        SMALL="--set $FIXED --x h1=0.3:0.9:2 --y gup=0.5:2:5 --quiet"
        "$S" scan $SMALL -o "$dir/s1.csv" 2>/dev/null || err "small grid exited $?"
        ASAN_OPTIONS=$noleak OMP_NUM_THREADS=1 mpirun $root --oversubscribe -np 3 "$M/bin/pump_loss" scan $SMALL \
            -o "$dir/s3.csv" >"$dir/mpi.log" 2>&1 || err "mpirun -np 3, 2 rows, exited $?"
        cmp -s "$dir/s1.csv" "$dir/s3.csv" || err "3 ranks on 2 rows differ from the single process"
        # the MPI build still runs as one process without mpirun
        ASAN_OPTIONS=$noleak "$M/bin/pump_loss" scan $ARGS -o "$dir/mpi1.csv" 2>/dev/null ||
            err "MPI build alone exited $?"
        cmp -s "$dir/t1.csv" "$dir/mpi1.csv" || err "the MPI build alone differs"
    else
        err "make MPI=1 failed: $(tail -n 5 "$dir/mpi-build.log")"
    fi
else
    echo "SKIP: MPI ranks (mpicc and mpirun not installed; apt-get install libopenmpi-dev openmpi-bin)"
fi

# ---- 5. bad arguments, failures ----------------------------------------------
o=$dir/bad.csv
expect() { # status command...
    want=$1
    shift
    "$@" >/dev/null 2>"$dir/err"
    st=$?
    [ "$st" = "$want" ] || err "exit $st (expected $want): $* ($(cat "$dir/err"))"
    [ -s "$dir/err" ] || err "no message: $*"
    ls "$dir" | grep -q '^bad\.csv' && err "a file was left behind by: $*"
    rm -f "$dir"/bad.csv*
}
expect 2 "$S" scan --set $FIXED --x h1=0:1:5 -o "$o"
expect 2 "$S" scan --set h2=10,lambda=0.01,gup=1,gdown=0 --x h1=0:1:5 --y h1=0:1:5 -o "$o"
expect 2 "$S" scan --set $FIXED --x h1=0:1:1 --y gup=0:1:5 -o "$o"
expect 2 "$S" scan --set $FIXED --x h1=0:1 --y gup=0:1:5 -o "$o"
expect 2 "$S" scan --set h2=10,gdown=0 --x h1=0:1:5 --y gup=0:1:5 -o "$o"
# a grid far too large for memory fails after -o is opened: nothing stays
expect 1 "$S" scan --set $FIXED --x h1=0:1:100000000 --y gup=0.1:1:100000000 -o "$o"
# an impossible -o is bad input, found before any work
expect 2 "$S" scan --set $FIXED --x h1=0:1:5 --y gup=0.1:1:5 -o "$dir/no/such/dir.csv"
# no symmetry: no symmetric state, so the attractor classes alone
# (tests/runtime/scan-attractors.sh checks them)
"$BIN/dtfim_mf" scan --set Jbar=1,hx=1,gamma=1 --x hz=0:1:5 --y Gbar=0.5:1:5 -o "$dir/nosym.csv" --quiet \
    2>"$dir/err" || err "dtfim_mf scan exited $?: $(cat "$dir/err")"
sed -n 1p "$dir/nosym.csv" | grep -qx 'hz,Gbar,stable_states,class' ||
    err "dtfim_mf header: $(sed -n 1p "$dir/nosym.csv")"

# a FIFO (like -o /dev/null) is written in place, never replaced by a file
mkfifo "$dir/fifo"
timeout 60 cat "$dir/fifo" >"$dir/fifo.out" &
"$S" scan --set $FIXED --x h1=0:1:5 --y gup=0.1:1:5 -o "$dir/fifo" --quiet 2>/dev/null ||
    err "scan -o FIFO exited $?"
wait
[ -p "$dir/fifo" ] || err "-o FIFO: the FIFO was replaced"
[ "$(grep -vc '^#' "$dir/fifo.out")" = 26 ] || err "-o FIFO: $(wc -l <"$dir/fifo.out") lines came through"
ls "$dir" | grep -q 'fifo\.tmp' && err "-o FIFO left a temporary behind"
# the written file has the mode umask gives, not mkstemp's 0600
(umask 022; "$S" scan --set $FIXED --x h1=0:1:5 --y gup=0.1:1:5 -o "$dir/mode.csv" --quiet 2>/dev/null)
[ "$(stat -c %a "$dir/mode.csv")" = 644 ] || err "-o mode $(stat -c %a "$dir/mode.csv"), expected 644"

# ---- 6. the figure -------------------------------------------------------------
# at lambda = 0 the drawn boundary must follow h1 (1 - h1) = gup^2 / 16
if command -v gnuplot >/dev/null 2>&1; then
    "$S" scan --set h2=10,lambda=0,gdown=0 --x h1=0:1.2:41 --y gup=0.01:2.5:37 -o "$dir/f.csv" \
        --plot "$dir/f.png" >/dev/null 2>&1 || err "scan --plot exited $?"
    [ -s "$dir/f.png" ] || err "no PNG"
    grep -q "^set xlabel 'h1'" "$dir/f.gp" && grep -q "^set ylabel 'gup'" "$dir/f.gp" ||
        err "axis labels"
    grep -q '^set title.*lambda = 0' "$dir/f.gp" || err "the title names the fixed parameters"
    # each vertex lies on a grid edge; f = h1 (1 - h1) - gup^2 / 16 must
    # change sign along that edge (or nearly vanish at an end)
    bad=$(sed -n '/^\$boundary/,/^EOD/p' "$dir/f.gp" | awk '
        function f(h, g) { return h * (1 - h) - g * g / 16 }
        function crosses(a, b) { return a * b <= 0 || (a < 0 ? -a : a) < 1e-9 || (b < 0 ? -b : b) < 1e-9 }
        BEGIN { dx = 1.2 / 40; y0 = 0.01; dy = 2.49 / 36 }
        /^[-0-9]/ {
            n++; i = $1 / dx; j = ($2 - y0) / dy
            if (i - int(i + 0.5) < 1e-6 && int(i + 0.5) - i < 1e-6) {
                x = int(i + 0.5) * dx; j = int(j); ok = crosses(f(x, y0 + j * dy), f(x, y0 + (j + 1) * dy))
            } else {
                y = y0 + int(j + 0.5) * dy; i = int(i); ok = crosses(f(i * dx, y), f((i + 1) * dx, y))
            }
            if (!ok) { bad++; if (bad < 4) printf "vertex %s %s; ", $1, $2 }
        }
        END { if (n < 40) printf "only %d boundary vertices; ", n;
              if (bad) printf "%d vertices on edges the analytic boundary does not cross", bad }')
    [ -z "$bad" ] || err "figure boundary: $bad"
else
    echo "SKIP: --plot (gnuplot not installed)"
fi

echo "scan: $fail problem(s)"
[ "$fail" = 0 ]
