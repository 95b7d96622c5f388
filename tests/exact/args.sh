#!/bin/sh
# The options of dtfim-exact (cmdline_parse on the tables in exact/cli/):
# an option given twice is refused with its name (it used to keep the
# last value silently), as are options the command would ignore
# (--digits, --ball, --max-prec where nothing is certified; --Gamma beside
# --Gbar; --plus, --minus on density); every command's --help prints its
# usage and exits 0.
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "SKIP: $X not built"; exit 77; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dtfim-exact-args.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# refused OPT ARGS...: exit 2, nothing on stdout, a message naming --OPT
refused() {
    opt=$1
    shift
    "$X" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" = 2 ] || fail "$*: exit $rc, expected 2"
    [ -s "$tmp/out" ] && fail "$*: printed $(head -c 200 "$tmp/out")"
    grep -q -e "--$opt\b" "$tmp/err" || fail "$*: the message does not name --$opt: $(cat "$tmp/err")"
}
# works ARGS...: exit 0 and some output (the options below are valid once)
works() {
    "$X" "$@" >"$tmp/out" 2>"$tmp/err" && [ -s "$tmp/out" ] || fail "$*: exit $?: $(cat "$tmp/err")"
}

M="--J 1 --hz 0.5 --hx 0.3 --gamma 0.1"
T="--hx 0.4 --gamma 0.1"

# every common option twice, on the commands that take it
works corr --N 4 $M --Gamma 0.2 --plus 1 --minus 2 --digits 10 --max-prec 4096 --ball
for o in "N 5" "J 2" "hz 0.1" "hx 0.4" "gamma 0.2" "Gamma 0.3" "plus 2" "minus 1" "digits 12" "max-prec 8192" "ball"; do
    refused "${o%% *}" corr --N 4 $M --Gamma 0.2 --plus 1 --minus 2 --digits 10 --max-prec 4096 --ball --$o
done
refused N corr --N 4 --N 5 $M --plus 1
refused N density --N 4 $M --N 4
refused plus brute --N 3 $M --plus 1 --plus 2
refused hx piqs --N 3 $M --hx 0.4
# the extra options of each command
works xx --N 4 $M --sites 1,2
refused sites xx --N 4 $M --sites 1,2 --sites 1,3
refused sites yy --N 4 $M --sites 1,2 --sites 1,3
works g2 --N 4 $M --all
refused all g2 --N 4 $M --all --all
refused sites g2 --N 4 $M --sites 1,2 --sites 2,3
works distribution --N 4 $M --spins
refused spins distribution --N 4 $M --spins --spins
works potential --Jbar 1 --hz 0.1 $T --Gbar 0.2 --grid 10
refused Jbar potential --Jbar 1 --hz 0.1 $T --Jbar 2
refused Gbar potential --Jbar 1 --hz 0.1 $T --Gbar 0.2 --Gbar 0.3
refused grid potential --Jbar 1 --hz 0.1 $T --grid 10 --grid 20
refused hz meanfield --Jbar 1 --hz 0.1 --hz 0.2 $T
works transitions --Jbar 1 $T --vary hz=-1:1:11
refused vary transitions --Jbar 1 $T --vary hz=-1:1:11 --vary hz=0:1:11
works blockade --N 4 --hx 4 --gamma 1e-14 --vary hz=0:1:3 --curve-only
refused curve-only blockade --N 4 --hx 4 --gamma 1e-14 --vary hz=0:1:3 --curve-only --curve-only
refused vary blockade --N 4 --hx 4 --gamma 1e-14 --vary hz=0:1:3 --vary hz=0:2:3

# options the command would ignore
for c in brute piqs; do
    refused digits $c --N 3 $M --digits 30
    refused ball $c --N 3 $M --ball
    refused max-prec $c --N 3 $M --max-prec 64
done
for c in potential meanfield; do
    refused digits $c --Jbar 1 --hz 0.1 $T --digits 30
    refused ball $c --Jbar 1 --hz 0.1 $T --ball
done
refused max-prec transitions --Jbar 1 $T --vary hz=-1:1:11 --max-prec 64
# density lists every site: a cluster would be ignored
refused plus density --N 4 $M --plus 1
refused minus density --N 4 $M --minus 2
# --Gamma 0 is a value too: with --Gbar it contradicts, without --N it cannot scale
refused Gbar potential --Jbar 1 --hz 0.1 $T --Gbar 0.3 --Gamma 0
refused Gamma meanfield --Jbar 1 --hz 0.1 $T --Gamma 0

# --help of every command: its usage on stdout, exit 0
for c in corr density brute piqs xx yy g2 distribution potential meanfield transitions blockade; do
    "$X" $c --help >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" = 0 ] || fail "$c --help: exit $rc"
    grep -q "^usage: dtfim-exact $c " "$tmp/out" || fail "$c --help: no usage line: $(head -c 200 "$tmp/out")"
    [ -s "$tmp/err" ] && fail "$c --help: wrote to stderr: $(cat "$tmp/err")"
    # and after other options
    "$X" $c --N 4 --help >/dev/null 2>&1 || fail "$c --N 4 --help: exit $?"
done
"$X" --help >"$tmp/out" 2>&1 && grep -q "^usage: dtfim-exact COMMAND" "$tmp/out" || fail "dtfim-exact --help"

[ "$fails" = 0 ] && echo "args: ok"
exit $((fails > 0))
