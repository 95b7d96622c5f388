#!/bin/sh
# Fig. 3b, 3c of paper 003: the large-N potential f(m) of Eq. 16 (m the
# density of up spins, as `dtfim-exact potential` prints it) for three
# values of h^z, gamma = Jbar/10, Gamma = 0 (units Jbar = N J = 1):
#  (b) across the critical point (f' = f'' = f''' = 0) found by
#      `dtfim-exact transitions`: h^z = h^z_c - 0.02, h^z_c, h^z_c + 0.02 at
#      its h^x_c; the minimum flattens to a quartic at h^z_c;
#  (c) across the first-order point at h^x = 0.3: h^z_1 - 0.05, h^z_1,
#      h^z_1 + 0.05; the two minima are equally deep at h^z_1.
# Each curve is shifted by its minimum over the grid (f - min f), so the
# global minima touch 0.  Writes out/dtfim_fig3b.csv, out/dtfim_fig3c.csv
# and out/dtfim_fig3bc.png.  Environment: BIN.
FIG=fig3bc
DIR=$(dirname "$0")
. "$DIR/start.inc"
label() { awk -v h="$1" 'BEGIN { printf "hz = %.4f", h }'; }

# the point of the (hz, hx) plane: "hz hx" of the first row of a kind
point() { awk -F, -v k="$1" '$1 == k { print $2, $3; exit }'; }
set -- $($X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=-2:2 | rows | point critical)
HZC=$1 HXC=$2
set -- $($X transitions --Jbar 1 --hx 0.3 --gamma 0.1 --vary hz=-0.4:1.2 | rows | point first-order)
HZ1=$1 HX1=$2

# curves HX HZ1 HZ2 HZ3: columns m, f - min f for each hz
curves() {
    hx=$1
    shift
    for hz in "$@"; do
        $X potential --Jbar 1 --hz "$hz" --hx "$hx" --gamma 0.1 --grid 1000 | rows |
            awk -F, '{ m[NR] = $1; f[NR] = $2; if (NR == 1 || $2 < lo) lo = $2 }
                END { for (k = 1; k <= NR; k++) printf "%.6f,%.10g\n", m[k], f[k] - lo }' > $TMP.c
        if [ -f $TMP.acc ]; then
            cut -d, -f2 $TMP.c | paste -d, $TMP.acc - > $TMP.t && mv $TMP.t $TMP.acc
        else
            mv $TMP.c $TMP.acc
        fi
    done
    cat $TMP.acc
    rm -f $TMP.acc $TMP.c
}

lo=$(awk -v a="$HZC" 'BEGIN { printf "%.10g", a - 0.02 }')
hi=$(awk -v a="$HZC" 'BEGIN { printf "%.10g", a + 0.02 }')
{ echo "m,$(label $lo),$(label $HZC) (critical),$(label $hi)"
  echo "# Fig. 3b: f(m) - min f, Jbar = 1, gamma = 0.1, Gamma = 0, hx = hx_c = $HXC; critical hz_c = $HZC"
  curves "$HXC" "$lo" "$HZC" "$hi"; } > $TMP.b
lo=$(awk -v a="$HZ1" 'BEGIN { printf "%.10g", a - 0.05 }')
hi=$(awk -v a="$HZ1" 'BEGIN { printf "%.10g", a + 0.05 }')
{ echo "m,$(label $lo),$(label $HZ1) (first order),$(label $hi)"
  echo "# Fig. 3c: f(m) - min f, Jbar = 1, gamma = 0.1, Gamma = 0, hx = $HX1; first-order hz_1 = $HZ1"
  curves "$HX1" "$lo" "$HZ1" "$hi"; } > $TMP.cc

mv $TMP.b $OUT/dtfim_fig3b.csv
mv $TMP.cc $OUT/dtfim_fig3c.csv
gnuplot -e "b='$OUT/dtfim_fig3b.csv'; c='$OUT/dtfim_fig3c.csv'; png='$TMP.png'" "$DIR/fig3bc.gp"
mv $TMP.png $OUT/dtfim_fig3bc.png
echo "Fig. 3b, 3c: $OUT/dtfim_fig3bc.png ($OUT/dtfim_fig3b.csv, $OUT/dtfim_fig3c.csv)"
