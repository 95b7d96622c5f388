#!/bin/sh
# Fig. 3a of paper 003: the polarization density m = -sum_j <sigma^z_j>/N
# against h^z and h^x, N = 128, gamma = Jbar/10, Gamma = 0 (units Jbar =
# N J = 1), as a heat map (certified n-bar from `dtfim-exact blockade
# --curve-only`, m = 1 - 2 n-bar), with the large-N theory of
# `dtfim-exact transitions` on top: the spinodals bounding the mean-field
# bistable region (solid black), the first-order line where the two minima
# of f (Eq. 16) are degenerate (red dashed), the Maxwell equal-area estimate
# (blue dashed) and the critical points f' = f'' = f''' = 0 (red crosses).
# Inset: m against h^z at h^x = 0.4 Jbar, gamma = Jbar/100, N = 4, 16, 128,
# with the mean-field curve (the roots of Eq. S53, hz = Jbar m +- sqrt(W(m)),
# W = m hx^2/(2(1-m)) - gamma^2/4; black dashed).
# Writes out/dtfim_fig3a_map.csv, out/dtfim_fig3a_lines.csv, out/dtfim_fig3a_inset.csv,
# out/dtfim_fig3a_inset_mf.csv and out/dtfim_fig3a.png.  Environment: BIN.
FIG=fig3a
DIR=$(dirname "$0")
. "$DIR/start.inc"
HZ=-0.4:1.2

# the heat map: one hz sweep per hx (blank line between blocks)
{ echo "hz,hx,m"
  echo "# Fig. 3a heat map: N = 128, J = 1/128, gamma = 0.1, Gamma = 0; m = 1 - 2 nbar (6 certified digits)"
  for hx in $(seq -f %.3f 0.012 0.012 1.2); do
      $X blockade --N 128 --J 0.0078125 --hx $hx --gamma 0.1 --vary hz=$HZ:161 --curve-only --digits 6 |
          rows | awk -F, -v hx=$hx '{ printf "%s,%s,%.6f\n", $2, hx, 1 - 2 * $3 }'
      echo
  done; } > $TMP.map

# the theory lines, one row per hx: spinodals, first-order, maxwell
{ echo "hx,spinodal_lo,spinodal_hi,first_order,maxwell"
  echo "# Fig. 3a lines: dtfim-exact transitions --Jbar 1 --gamma 0.1 --vary hz=$HZ; empty = none at this hx"
  $X transitions --Jbar 1 --hx $(seq -f %.4f 0.0025 0.0025 1.0 | paste -sd, -) --gamma 0.1 --vary hz=$HZ:801 |
      rows | awk -F, '$1 != "critical" { if ($3 != hx && hx != "") out(); hx = $3 }
          $1 == "spinodal" { s[n++] = $2 } $1 == "first-order" { f = $2 } $1 == "maxwell" { m = $2 }
          function out() { printf "%.4f,%s,%s,%s,%s\n", hx, n == 2 ? s[0] : "", n == 2 ? s[1] : "", f, m; n = 0; f = m = "" }
          END { out() }'
  echo
  echo
  echo "# critical points (hz, hx, m): f' = f'' = f''' = 0"
  $X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=-2:2 | rows |
      awk -F, '$1 == "critical" { printf "critical,%s,%s,%s\n", $2, $3, $4 }'; } > $TMP.lines

# the inset: hx = 0.4, gamma = 0.01
for N in 4 16 128; do
    J=$(awk -v N=$N 'BEGIN { printf "%.17g", 1 / N }')
    $X blockade --N $N --J $J --hx 0.4 --gamma 0.01 --vary hz=$HZ:321 --curve-only --digits 8 |
        rows | awk -F, '{ printf "%.8f\n", 1 - 2 * $3 }' > $TMP.n$N
done
{ echo "hz,m_N4,m_N16,m_N128"
  echo "# Fig. 3a inset: hx = 0.4, gamma = 0.01, Gamma = 0, J = 1/N; m = 1 - 2 nbar"
  awk 'BEGIN { for (k = 0; k <= 320; k++) printf "%.6g\n", -0.4 + 1.6 * k / 320 }' |
      paste -d, - $TMP.n4 $TMP.n16 $TMP.n128; } > $TMP.inset
{ echo "m,hz_minus,hz_plus"
  echo "# Fig. 3a inset, mean-field curve: hz = m +- sqrt(m hx^2/(2(1-m)) - gamma^2/4), hx = 0.4, gamma = 0.01"
  awk 'BEGIN { for (k = 1; k < 4000; k++) { m = k / 4000; w = m * 0.16 / (2 * (1 - m)) - 0.000025
                   if (w >= 0) printf "%.6f,%.8f,%.8f\n", m, m - sqrt(w), m + sqrt(w) } }'; } > $TMP.mf

mv $TMP.map $OUT/dtfim_fig3a_map.csv
mv $TMP.lines $OUT/dtfim_fig3a_lines.csv
mv $TMP.inset $OUT/dtfim_fig3a_inset.csv
mv $TMP.mf $OUT/dtfim_fig3a_inset_mf.csv
gnuplot -e "map='$OUT/dtfim_fig3a_map.csv'; lines='$OUT/dtfim_fig3a_lines.csv'; inset='$OUT/dtfim_fig3a_inset.csv'; mf='$OUT/dtfim_fig3a_inset_mf.csv'; png='$TMP.png'" "$DIR/fig3a.gp"
mv $TMP.png $OUT/dtfim_fig3a.png
echo "Fig. 3a: $OUT/dtfim_fig3a.png ($OUT/dtfim_fig3a_map.csv, $OUT/dtfim_fig3a_lines.csv, $OUT/dtfim_fig3a_inset.csv, $OUT/dtfim_fig3a_inset_mf.csv)"
