#!/bin/sh
# tools/figures/exact/fig3bc.sh (Fig. 3b, 3c), run in a scratch directory,
# against what the figure is meant to show, read off its CSV:
#  (c) at the first-order point of `transitions` the two minima of f (from
#      `potential` on its own grid) are equally deep, and 0.05 either side
#      one minimum is deeper than the other by far more than the grid error;
#  (b) at the critical point f is flat (quartic): it stays within 1e-5 of
#      its minimum over a range of m several times wider than at hz_c +- 0.02.
# Both CSVs start with their column header, the parameters as # lines after it.
set -u
BIN=${BIN:-bin}
ROOT=$(pwd)
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
command -v gnuplot >/dev/null || { echo "SKIP: gnuplot not installed"; exit 77; }

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd "$T" && BIN="$ROOT/$BIN" sh "$ROOT/tools/figures/exact/fig3bc.sh") >"$T/log" 2>&1 ||
    { cat "$T/log"; fail "fig3bc.sh exited non-zero"; }
for f in dtfim_fig3bc.png dtfim_fig3b.csv dtfim_fig3c.csv; do
    [ -s "$T/out/$f" ] || fail "out/$f missing or empty"
done
ls -a "$T/out" | grep -q '^\.fig3bc' && fail "a temporary file was left in out/"
# the column header is the first line (numpy names=True, pandas comment='#'),
# the parameters follow as comments
for f in dtfim_fig3b.csv dtfim_fig3c.csv; do
    [ -s "$T/out/$f" ] || continue
    head -1 "$T/out/$f" | grep -q '^m,hz = ' || fail "out/$f: line 1 is not the header: $(head -1 "$T/out/$f")"
    sed -n 2p "$T/out/$f" | grep -q '^# Fig. 3' || fail "out/$f: line 2 is not the parameters' comment"
done

# minima COL CSV: "m f" of each local minimum of column COL
minima() {
    grep -v '^#' "$2" | tail -n +2 | awk -F, -v c="$1" '
        { m[NR] = $1; f[NR] = $c }
        END { for (k = 2; k < NR; k++) if (f[k] <= f[k - 1] && f[k] < f[k + 1]) print m[k], f[k] }'
}
# width COL CSV: the range of m where f - min f < 1e-5
width() {
    grep -v '^#' "$2" | tail -n +2 | awk -F, -v c="$1" '
        $c < 1e-5 { if (lo == "") lo = $1; hi = $1 } END { print hi - lo }'
}

C="$T/out/dtfim_fig3c.csv"
if [ -s "$C" ]; then
    mid=$(minima 3 "$C" | awk '{ printf "%s %s ", $1, $2 } END { print NR }')
    echo "fig3c first-order column: minima (m f) $mid"
    echo "$mid" | awk '{ exit !($NF == 2 && $1 < 0.5 && $3 > 0.5 && $2 < 1e-4 && $4 < 1e-4) }' ||
        fail "fig3c: expected two equally deep minima (f - min < 1e-4) at the first-order point, got $mid"
    for col in 2 4; do
        side=$(minima $col "$C" | awk '{ printf "%s %s ", $1, $2 } END { print NR }')
        echo "$side" | awk '{ exit !($NF == 2 && ($2 > 1e-3 || $4 > 1e-3)) }' ||
            fail "fig3c column $col: expected one minimum clearly deeper, got $side"
    done
fi
B="$T/out/dtfim_fig3b.csv"
if [ -s "$B" ]; then
    wc=$(width 3 "$B") wl=$(width 2 "$B") wh=$(width 4 "$B")
    echo "fig3b: width of f - min < 1e-5: $wl (hz_c - 0.02), $wc (hz_c), $wh (hz_c + 0.02)"
    awk -v c="$wc" -v l="$wl" -v h="$wh" 'BEGIN { exit !(c > 0.05 && c > 3 * l && c > 3 * h) }' ||
        fail "fig3b: the critical curve is not flat beside its neighbours"
fi
[ $fails = 0 ] && echo "figures: all passed" || exit 1
