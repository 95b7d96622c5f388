#!/bin/sh
# Fig. 2 of paper 003: the spin blockade.  N = 22, hx = 4J, Gamma = 0 and
# gamma = 1e-14 J standing for gamma -> 0+ (the blockade half-widths
# w_n |J| of Eq. 12 are 1.7e-10, 5.9e-9, 1.3e-7 J for n = 0, 1, 2).
#  (a) the certified n-bar against hz/J (every integer hz = nJ on the grid:
#      the blockade spikes); inset: C^xx and C^yy (`dtfim-exact xx`, `yy`,
#      if present) around the n = 1 blockade, where they coincide (Eq. 10);
#  (c) close-ups of the blockades n = 0, 1, 2 against epsilon/w_n,
#      epsilon = (hz - nJ)/J: the Eq. 12 bound is |epsilon/w_n| < 1; the
#      FWHM measured by `dtfim-exact blockade` is marked.
# Writes out/dtfim_fig2_nbar.csv, out/dtfim_fig2_xy.csv (when xx/yy exist),
# out/dtfim_fig2_closeups.csv, out/dtfim_fig2_widths.csv and out/dtfim_fig2.png.
# Environment: BIN.
FIG=fig2
DIR=$(dirname "$0")
. "$DIR/start.inc"
P="--N 22 --J 1 --hx 4 --gamma 1e-14"

# (a) the overview, step 0.01 J
{ echo "hz,nbar"
  echo "# Fig. 2a: N = 22, J = 1, hx = 4, gamma = 1e-14, Gamma = 0"
  $X blockade $P --vary hz=-0.5:22.5:2301 --curve-only --digits 10 | rows | cut -d, -f2,3; } > $TMP.nbar

# the inset: C^xx, C^yy across the n = 1 blockade
XY=0
if $X xx --help > /dev/null 2>&1 && $X yy --help > /dev/null 2>&1; then
    XY=1
    { echo "eps,Cxx,Cyy"
      echo "# Fig. 2a inset: C^xx = <sigma^x_1 sigma^x_2>, C^yy, hz = J (1 + eps); parameters as (a)"
      for k in $(seq -40 40); do
          e=$(awk -v k=$k 'BEGIN { printf "%.3g", k * 1e-9 }')
          hz=$(awk -v k=$k 'BEGIN { printf "%.12f", 1 + k * 1e-9 }')
          echo "$e,$($X xx $P --hz $hz --digits 10),$($X yy $P --hz $hz --digits 10)"
      done; } > $TMP.xy
else
    echo "fig2: dtfim-exact xx/yy not available, the inset is skipped"
fi

# (c) close-ups: window +-2.5 bound around each nJ, 201 points
{ echo "n,x,nbar"
  echo "# Fig. 2c: blockades n = 0, 1, 2; eps = (hz - nJ)/J, x = eps/w_n; parameters as (a)"
  : > $TMP.res
  for n in 0 1 2; do
      w=$(awk -v n=$n 'BEGIN { lam = 1 / 8; N = 22; lb = 0; for (k = 1; k <= n; k++) lb += log(N - k + 1) - log(k)
              lf = 0; for (k = 2; k < N - n; k++) lf += log(k); printf "%.17g", exp(0.5 * ((n - N) * log(lam) + lb) - lf) }')
      r=$(awk -v n=$n -v w=$w 'BEGIN { printf "%.17g:%.17g", n - 2.5 * w, n + 2.5 * w }')
      $X blockade $P --vary hz=$r:201 --digits 12 | rows > $TMP.c
      awk -F, -v n=$n -v w=$w '$1 == "curve" { printf "%d,%.6f,%s\n", n, ($2 - n) / w, $3 }' $TMP.c
      awk -F, -v n=$n '$1 == "resonance" && $4 == n' $TMP.c >> $TMP.res
  done; } > $TMP.close
{ echo "kind,hz,nbar,n,w_n,fwhm_bound,fwhm,peak_offset,nbar_base"
  echo "# Fig. 2: the blockade widths (dtfim-exact blockade resonance rows): Eq. 12 bound 2 w_n |J| and the measured FWHM"
  cat $TMP.res; } > $TMP.widths

mv $TMP.nbar $OUT/dtfim_fig2_nbar.csv
mv $TMP.close $OUT/dtfim_fig2_closeups.csv
mv $TMP.widths $OUT/dtfim_fig2_widths.csv
[ $XY = 1 ] && mv $TMP.xy $OUT/dtfim_fig2_xy.csv
gnuplot -e "nbar='$OUT/dtfim_fig2_nbar.csv'; xy='$OUT/dtfim_fig2_xy.csv'; hasxy=$XY; close='$OUT/dtfim_fig2_closeups.csv'; widths='$OUT/dtfim_fig2_widths.csv'; png='$TMP.png'" "$DIR/fig2.gp"
mv $TMP.png $OUT/dtfim_fig2.png
echo "Fig. 2: $OUT/dtfim_fig2.png ($OUT/dtfim_fig2_nbar.csv, $OUT/dtfim_fig2_closeups.csv, $OUT/dtfim_fig2_widths.csv$([ $XY = 1 ] && echo ", $OUT/dtfim_fig2_xy.csv"))"
