#!/bin/sh
# Output that cannot be written is an error, never a success, and a bad
# -o is bad input found before any work: every command of a model solver
# writing to /dev/full exits 4 (CMDLINE_WRITE_ERROR) with a message, a full
# file system (a 64 KiB tmpfs, when this user can mount one) exits 4 and
# leaves neither the file nor a temporary behind, an impossible -o exits 2
# and creates nothing, and an option given twice is rejected (exit 2).
set -u
BIN=${BIN:-bin}
S=$BIN/pump_loss
D=$BIN/ising_thermal
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
F=h2=10,lambda=0.01,gup=1,gdown=0
T=h1=0.7,h2=10,lambda=0.01,glow=0.005,r=10,T=0.05
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'umount "$tmp/small" 2>/dev/null; rm -rf "$tmp"' EXIT

# the command, its arguments; result on stdout
STDOUT_CMDS="
$S info
$S symmetric --set $P
$S rhs --set $P --state 0,0,1,0,0,1,0,0,0,0,0,0,0,0,1
$S steady --set $P --init broken
$S stability --set $P
$S boundary --set $F --vary h1=0:1.4
$S sweep --set $F --vary h1=0:1.4:15 --quiet
$S scan --set $F --x h1=0:1.2:5 --y gup=0.5:2:4 --quiet
$S evolve --set $P --t 1 --every 0.5
$S dmevolve --set $P --t 1 --every 0.5
$S dmsweep --set $F --vary h1=0.2:1.1:4 --quiet
$D equilibrium --set $T
$S quench --set $F --from h1=0.5 --to h1=0.9 --init 0.3,0.1,0.8,0.001,0,0.99,0.0003,0,0.297,0.0001,0,0.099,0.0008,0,0.792 --t 1 --every 0.5
"
echo "$STDOUT_CMDS" | while IFS= read -r c; do
    [ -n "$c" ] || continue
    # shellcheck disable=SC2086
    $c >/dev/null 2>"$tmp/ok.err" || { echo "FAIL: setup: $c exited $?: $(cat "$tmp/ok.err")"; continue; }
    # shellcheck disable=SC2086
    $c >/dev/full 2>"$tmp/full.err"
    st=$?
    [ $st = 4 ] || echo "FAIL: $c >/dev/full exited $st, expected 4"
    grep -q "write error" "$tmp/full.err" || echo "FAIL: $c >/dev/full: no write error message"
done >"$tmp/log"
grep -c FAIL "$tmp/log" >/dev/null && { cat "$tmp/log"; fail=$((fail + $(grep -c FAIL "$tmp/log"))); }

# -o FILE on a device that is full
for c in "sweep --set $F --vary h1=0:1.4:15 --quiet" "scan --set $F --x h1=0:1.2:5 --y gup=0.5:2:4 --quiet" \
         "evolve --set $P --t 1 --every 0.5"; do
    # shellcheck disable=SC2086
    "$S" $c -o /dev/full >/dev/null 2>&1
    st=$?
    [ $st = 4 ] || err "$c -o /dev/full exited $st, expected 4"
done

# a full file system: nothing left behind
mkdir -p "$tmp/small"
if mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
    "$S" sweep --set $F --vary h1=0:1.4:3000 --quiet -o "$tmp/small/sw.csv" >/dev/null 2>"$tmp/e"
    st=$?
    [ $st = 4 ] || err "sweep on a full file system exited $st, expected 4"
    grep -q "No space left" "$tmp/e" || err "sweep on a full file system: message '$(cat "$tmp/e")'"
    [ -z "$(ls -A "$tmp/small")" ] || err "left behind on the full file system: $(ls "$tmp/small")"
    umount "$tmp/small"
else
    echo "SKIP: full file system (cannot mount a tmpfs here); /dev/full is tested above"
fi

# impossible -o: exit 2 before any work, nothing created
for o in "$tmp" "$tmp/nodir/x.csv" "$tmp/file/x.csv"; do
    : >"$tmp/file"
    "$S" sweep --set $F --vary h1=0:1.4:15 --quiet -o "$o" >/dev/null 2>"$tmp/e"
    st=$?
    [ $st = 2 ] || err "-o $o exited $st, expected 2"
    grep -q -- "-o $o: " "$tmp/e" || err "-o $o: the message does not name it: $(cat "$tmp/e")"
done
[ "$(ls "$tmp" | grep -c tmp)" = 0 ] || err "temporaries left: $(ls "$tmp")"

# an option given twice
"$S" steady --set $P --set h1=0.4,$F >/dev/null 2>"$tmp/e"
st=$?
[ $st = 2 ] || err "--set twice exited $st, expected 2"
grep -q "given twice" "$tmp/e" || err "--set twice: message '$(cat "$tmp/e")'"

echo "output: $fail problem(s)"
[ "$fail" = 0 ]
