#!/bin/sh
# Fig. 1 of the two-Ising paper (Section II): the equilibrium phase diagram
# kB Tc(h) of the fully connected quantum Ising model, Eq. (9), against the
# critical temperatures `equilibrium` locates (Brent on the symmetric
# solution's odd eigenvalue mu = 1 along T) for models/ising_thermal.model
#  - at lambda = 0 (model 1 alone, h1 = h; h2 = 10 keeps model 2 disordered),
#  - at the paper's coupling lambda = 0.01, h2 = 10 (Section II B: "the
#    equilibrium phase diagram remains approximately unchanged").
# Writes out/fig1_tc.csv and out/fig1.png.  Environment: BIN.
set -eu
BIN=${BIN:-bin}
OUT=out
DIR=$(dirname "$0")
mkdir -p $OUT
TMP=$OUT/.fig1.$$
trap 'rm -f $TMP.*' EXIT

# the mode-1 critical temperature of `equilibrium --vary T` at h1 = $1
tc() {
    "$BIN/ising_thermal" equilibrium --set h1=$1,h2=10,lambda=$2,glow=1,r=1 \
        --vary T=0.005:1.05:22 | sed -n 's/^# critical T=\([^ ]*\) (odd mode 1 .*/\1/p'
}

{ echo "h,Tc_eq9,Tc_lambda0,Tc_lambda0.01,rel_diff_lambda0,rel_shift_lambda0.01"
  echo "# Fig. 1: kB Tc(h); Eq. 9 = 2h / ln((1+h)/(1-h)); numerical: bin/ising_thermal equilibrium --vary T (Brent, 1e-13), glow=1, r=1, h2=10"
  for h in 0.01 0.03 0.06 0.1 0.15 0.2 0.25 0.3 0.35 0.4 0.45 0.5 0.55 0.6 0.65 0.7 0.75 \
           0.8 0.85 0.9 0.93 0.96 0.98 0.99 0.995 0.999; do
      a=$(tc $h 0)
      b=$(tc $h 0.01)
      awk -v h=$h -v a="$a" -v b="$b" 'BEGIN { e = 2 * h / log((1 + h) / (1 - h))
          printf "%s,%.17g,%s,%s,%.3g,%.3g\n", h, e, a, b, (a - e) / e, (b - e) / e }'
  done; } > $TMP.csv
mv $TMP.csv $OUT/fig1_tc.csv
awk -F, '!/^#/ && NR > 1 { d = $5 < 0 ? -$5 : $5; if (d > m) m = d; s = $6 > s ? $6 : s }
    END { printf "fig1: max |Tc - Eq. 9| / Eq. 9 at lambda = 0: %.2g; largest shift at lambda = 0.01, h2 = 10: %.2g\n", m, s }' \
    $OUT/fig1_tc.csv
gnuplot -e "csv='$OUT/fig1_tc.csv'; png='$OUT/fig1.png'" "$DIR/fig1.gp"
echo "wrote $OUT/fig1_tc.csv $OUT/fig1.png"
