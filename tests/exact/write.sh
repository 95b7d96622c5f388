#!/bin/sh
# A result that did not reach its reader is not a success: every command
# of dtfim-exact (and every --help) writing to /dev/full exits 4 with a
# message; a file cut short on a full file system (a 24 KB tmpfs in a
# private mount namespace, when unshare allows it) and a closed pipe
# (SIGPIPE ignored, so the write fails with EPIPE) exit 4 too.
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
[ -x "$X" ] || { echo "SKIP: $X not built"; exit 77; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dtfim-exact-write.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

M="--N 4 --J 1 --hz 0.5 --hx 0.3 --gamma 0.1"
T="--Jbar 1 --hx 0.4 --gamma 0.1"
# full: ARGS... -> exit 4 and a message naming the write error
full() {
    "$X" "$@" >/dev/full 2>"$tmp/err"
    rc=$?
    [ "$rc" = 4 ] || fail "$* > /dev/full: exit $rc, expected 4"
    grep -q "write error" "$tmp/err" || fail "$* > /dev/full: no message: $(cat "$tmp/err")"
}
full corr $M --plus 1
full corr $M --plus 1 --ball
full density $M
full density --N 4 --J 1 --hz 0.5 --hx 0.3,0.4,0.5,0.6 --gamma 0.1
full brute $M
full brute $M --plus 1
full piqs $M
full piqs $M --plus 1 --minus 2
full xx $M
full yy $M
full g2 $M
full g2 $M --all
full distribution $M --spins
full potential $T --hz 0.1
full meanfield $T --hz 0.1
full transitions $T --vary hz=-1:1:101
full blockade --N 4 --hx 4 --gamma 1e-14 --vary hz=0:1:3 --curve-only
full --help
for c in corr density brute piqs xx yy g2 distribution potential meanfield transitions blockade; do
    full "$c" --help
done

# a partial write: g2 of every pair at N = 300 (1.3 MB) into 24 KB
G2="g2 --N 300 --J 0.01 --hz 0.5 --hx 0.3 --gamma 0.1 --all"
mkdir "$tmp/mnt"
if unshare -rm sh -c 'mount -t tmpfs -o size=24k tmpfs "$1"' sh "$tmp/mnt" 2>/dev/null; then
    # the mount lives in the private namespace of this one shell
    unshare -rm sh -c 'mount -t tmpfs -o size=24k tmpfs "$1/mnt" || exit 1
        "$2" $3 >"$1/mnt/g2.csv" 2>"$1/err"
        echo "$? $(wc -c <"$1/mnt/g2.csv")" >"$1/res"' sh "$tmp" "$X" "$G2"
    read -r rc size <"$tmp/res" || rc=none
    [ "$rc" = 4 ] || fail "$G2 into a 24 KB tmpfs: exit $rc ($size bytes written), expected 4"
    grep -q "write error.*No space" "$tmp/err" || fail "$G2 into a 24 KB tmpfs: no message: $(cat "$tmp/err")"
else
    echo "SKIP: a full tmpfs (unshare -rm cannot mount one here); /dev/full and the pipe stand in"
fi

# a closed pipe: the reader takes 100 bytes and goes away
trap '' PIPE
{ "$X" $G2 2>"$tmp/perr"; echo $? >"$tmp/prc"; } | head -c 100 >/dev/null
rc=$(cat "$tmp/prc")
[ "$rc" = 4 ] || fail "$G2 | head -c 100 (SIGPIPE ignored): exit $rc, expected 4"
grep -q "write error.*Broken pipe" "$tmp/perr" || fail "$G2 | head -c 100: no message: $(cat "$tmp/perr")"

[ "$fails" = 0 ] && echo "write: ok"
exit $((fails > 0))
