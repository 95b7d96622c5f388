#!/bin/sh
# Interrupted runs keep what they computed: a scan or evolve stopped by
# SIGINT or SIGTERM exits 128 + the signal, leaves its -o file with every
# complete row and a final "# partial" line, and no temporary; `scan
# --resume` continues the file, and the result is byte for byte the file
# of an uninterrupted run (the independent reference).  --t/--every that
# imply more rows than --max-rows are refused before any work.
set -u
BIN=${BIN:-bin}
S=$BIN/pump_loss
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# wait until the temporary of $1 holds at least $2 lines, then send $3
stop_after() {
    file=$1 lines=$2 sig=$3 pid=$4
    for _ in $(seq 600); do
        t=$(ls "$file".tmp* 2>/dev/null | head -n 1)
        [ -n "$t" ] && [ "$(wc -l <"$t" 2>/dev/null || echo 0)" -ge "$lines" ] && break
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.05
    done
    kill -"$sig" "$pid"
}

# ---- scan: SIGINT, then --resume --------------------------------------------
# (rows are written in chunks of about 65536 points: 32 rows of 2000 here,
# so the signal comes after the first of 8 chunks)
Y=2000
X=240
A="--set h2=10,lambda=0.01,gdown=0 --x h1=0:1.4:$X --y gup=0.01:2:$Y --quiet"
"$S" scan $A -o "$tmp/ref.csv" 2>/dev/null || err "reference scan exited $?"
"$S" scan $A -o "$tmp/s.csv" 2>"$tmp/s.err" &
pid=$!
stop_after "$tmp/s.csv" $((3 + Y)) INT $pid || err "scan ended before it could be interrupted"
wait $pid
st=$?
[ $st = 130 ] || err "scan after SIGINT exited $st, expected 130: $(cat "$tmp/s.err")"
[ -f "$tmp/s.csv" ] || err "scan after SIGINT kept no file"
ls "$tmp" | grep -q 'tmp' && err "a temporary was left: $(ls "$tmp")"
tail -n 1 "$tmp/s.csv" | grep -q '^# partial: stopped by signal 2' || err "no '# partial' line"
rows=$(grep -vc '^#' "$tmp/s.csv")
rows=$((rows - 1))      # the column header
[ $((rows % Y)) = 0 ] && [ $rows -gt 0 ] && [ $rows -lt $((X * Y)) ] ||
    err "$rows data lines kept: not whole rows of $Y, or not partial"
# the rows kept are the reference's rows
head -n $((rows + 3)) "$tmp/s.csv" >"$tmp/s.head"
head -n $((rows + 3)) "$tmp/ref.csv" | cmp -s - "$tmp/s.head" ||
    err "the rows kept differ from an uninterrupted run"
"$S" scan $A --resume "$tmp/s.csv" 2>"$tmp/r.err" || err "--resume exited $?: $(cat "$tmp/r.err")"
cmp -s "$tmp/s.csv" "$tmp/ref.csv" || err "resumed scan differs from an uninterrupted one"
# resuming a different scan is refused and leaves the file alone
cp "$tmp/s.csv" "$tmp/keep.csv"
"$S" scan --set h2=10,lambda=0.02,gdown=0 --x h1=0:1.4:$X --y gup=0.01:2:$Y --quiet \
    --resume "$tmp/s.csv" 2>"$tmp/e"
st=$?
[ $st = 2 ] || err "--resume of another scan exited $st, expected 2"
grep -q "differs from the header" "$tmp/e" || err "--resume of another scan: $(cat "$tmp/e")"
cmp -s "$tmp/s.csv" "$tmp/keep.csv" || err "a refused --resume changed the file"

# ---- evolve: SIGTERM ------------------------------------------------------------
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
"$S" evolve --set $P --t 1e6 --every 0.01 --max-rows 1e9 -o "$tmp/ev.csv" 2>"$tmp/ev.err" &
pid=$!
stop_after "$tmp/ev.csv" 50 TERM $pid || err "evolve ended before it could be interrupted"
wait $pid
st=$?
[ $st = 143 ] || err "evolve after SIGTERM exited $st, expected 143: $(cat "$tmp/ev.err")"
tail -n 1 "$tmp/ev.csv" | grep -q '^# partial: stopped by signal 15' || err "evolve: no '# partial' line"
[ "$(grep -vc '^#' "$tmp/ev.csv")" -gt 40 ] || err "evolve kept too few rows"
ls "$tmp" | grep -q 'tmp' && err "evolve left a temporary: $(ls "$tmp")"
# a long interval without output rows is interrupted inside the integrator
"$S" evolve --set $P --t 1e300 -o "$tmp/ev2.csv" 2>/dev/null &
pid=$!
sleep 0.5
kill -INT $pid
wait $pid
st=$?
[ $st = 130 ] || err "evolve --t 1e300 after SIGINT exited $st, expected 130"
grep -q '^# partial' "$tmp/ev2.csv" 2>/dev/null || err "evolve --t 1e300: no partial file"

# ---- row limits -------------------------------------------------------------------
for c in evolve dmevolve; do
    "$S" $c --set $P --t 1 --every 1e-300 -o "$tmp/x.csv" 2>"$tmp/e"
    st=$?
    [ $st = 2 ] || err "$c --every 1e-300 exited $st, expected 2"
    grep -q -- "--max-rows" "$tmp/e" || err "$c --every 1e-300: the message names no limit: $(cat "$tmp/e")"
    [ -e "$tmp/x.csv" ] && err "$c --every 1e-300 created its -o file"
done
"$S" evolve --set $P --t 1 --every 0.1 --max-rows 5 >/dev/null 2>&1
[ $? = 2 ] || err "--max-rows 5 with 11 rows not refused"
"$S" evolve --set $P --t 1 --every 0.1 --max-rows 11 >/dev/null 2>&1 || err "--max-rows 11 refused 11 rows"

echo "interrupt: $fail problem(s)"
[ "$fail" = 0 ]
