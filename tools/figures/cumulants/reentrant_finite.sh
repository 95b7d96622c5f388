#!/bin/sh
# The pump-loss model's reentrant phase at finite N (issue 13):
# models/nbody/pump_loss_nbody.model at gup = 1, gdown = 0, h2 = 10,
# lambda = 0.01 (mean-field pitchforks at h1 = 0.0670 and 0.9330), swept
# in h1.  The exact steady state (`blochgen finite --order 3`, N = 2..8)
# against the order-1/2/3 cumulant solvers' steady states (`steady`, its
# default start; right at N <= 5, a spurious root with sz1 > 1 at N >= 16)
# at the same N, in sz1_1, sz2_1 and the two-site correlation sx1_1*sx1_2
# (order 1: sx1^2) -> out/reentrant_finite.csv; then the order-2/3
# solvers' Jacobian gap along h1 at the state `symmetric` prints
# (`stability`'s default) for N = 16 .. 4096 -> out/reentrant_gap.csv;
# figure docs/figures/reentrant_finite.png (docs/validation.md).
# Environment: BIN, BUILD; NS (default "2 3 4 5 6 7 8"), GAPNS (default
# "16 64 256 1024 4096"; empty: skip).  N <= 4 take under 1 s a point (240
# points), N = 5, 6, 7 about 1, 3, 13 s (24 points), N = 8 about 100 s (12
# points); ~35 min for the first part, ~15 for the second.
set -eu
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
NS=${NS-2 3 4 5 6 7 8}
GAPNS=${GAPNS-16 64 256 1024 4096}
M=models/nbody/pump_loss_nbody.model
P=h2=10,lambda=0.01,gup=1,gdown=0
T=$BUILD/reentrant
OUT=${OUT:-out}
mkdir -p $OUT "$T"
TMP=$OUT/.reentrant.$$
trap 'rm -f $TMP.*' EXIT
for K in 1 2 3; do
    make --no-print-directory model M=$M ORDER=$K MODEL_OUT="$T" >/dev/null
done
S=$T/pump_loss_nbody
# val FILE NAME: the value of moment NAME in a finite CSV or a steady listing
val() { awk -F'[ ,]+' -v n="$2" '$1 == n { print $2; f = 1; exit } END { if (!f) print "nan" }' "$1"; }
# grid: 240 points 0.005 .. 1.2 (step 0.005); N = 5..7 every 10th of
# them, N = 8 every 20th
grid() { awk -v s="$1" 'BEGIN { for (i = 0; i < 240; i += s) printf "%.3f\n", 0.005 + 0.005 * i }'; }

if [ -n "$NS" ]; then
{ echo "N,h1,exact_sz1,exact_sz2,exact_cxx,exact_err,o1_sz1,o1_sz2,o1_cxx,o2_sz1,o2_sz2,o2_cxx,o3_sz1,o3_sz2,o3_cxx"
  echo "# models/nbody/pump_loss_nbody.model, $P; cxx = <sx1_1 sx1_2> (order 1: sx1^2), sz1 = sz1_1, sz2 = sz2_1"
  echo "# exact: blochgen finite --order 3 (exact_err its error estimate); oK: bin pump_loss_nbody_oK steady (nan: no convergence)"
  for N in $NS; do
      step=1; [ "$N" -ge 5 ] && step=10; [ "$N" -ge 8 ] && step=20
      for h in $(grid $step); do
          printf '\rN = %s, h1 = %s ' "$N" "$h" >&2
          # a point the exact solver cannot establish (GMRES's slow mode
          # at N = 8, h1 = 1.105) is a nan row, not the end of the run
          "$BIN/blochgen" finite $M --set h1=$h,$P,N=$N --order 3 > $TMP.f 2>$TMP.e ||
              { printf '\n%s\n' "N = $N, h1 = $h: $(cat $TMP.e)" >&2; : > $TMP.f; }
          e=$(sed -n 's/^# error estimate \([^ ]*\).*/\1/p' $TMP.f)
          row="$N,$h,$(val $TMP.f sz1_1),$(val $TMP.f sz2_1),$(val $TMP.f sx1_1*sx1_2),${e:-nan}"
          if "${S}_o1" steady --set h1=$h,$P,N=$N > $TMP.s 2>/dev/null; then
              x=$(val $TMP.s sx1)
              row="$row,$(val $TMP.s sz1),$(val $TMP.s sz2),$(awk -v x=$x 'BEGIN { print x * x }')"
          else row="$row,nan,nan,nan"; fi
          for K in 2 3; do
              if "${S}_o$K" steady --set h1=$h,$P,N=$N > $TMP.s 2>/dev/null; then
                  row="$row,$(val $TMP.s sz1_1),$(val $TMP.s sz2_1),$(val $TMP.s sx1_1*sx1_2)"
              else row="$row,nan,nan,nan"; fi
          done
          echo "$row"
      done
  done; } > $TMP.csv
echo >&2
mv $TMP.csv $OUT/reentrant_finite.csv
echo "$OUT/reentrant_finite.csv" >&2
fi

# the Jacobian gap (-max Re of its eigenvalues; < 0: unstable) of the
# symmetric state (`stability` at its default state, the one `steady`
# finds from the symmetric start), its sector and whether it is a density
# matrix; the 240-point grid (step 0.005) where the minima lie (order 2:
# h1 <= 0.15 and >= 0.8; order 3, 1.3 s a point: 0.02 .. 0.12 and
# 0.88 .. 1.0), every 10th point (step 0.05) elsewhere
if [ -n "$GAPNS" ]; then
{ echo "order,N,h1,gap,sector,physical"
  echo "# models/nbody/pump_loss_nbody.model, $P; bin pump_loss_nbody_oK stability --set h1=H,$P,N=N"
  for N in $GAPNS; do
      for K in 2 3; do
          for h in $(grid 1); do
              awk -v h=$h -v K=$K 'BEGIN { i = (h - 0.005) / 0.005 + 0.5; i -= i % 1
                  w = K == 2 ? (h <= 0.15 || h >= 0.8) : ((h >= 0.02 && h <= 0.12) || (h >= 0.88 && h <= 1.0))
                  exit !(!w && i % 10 != 0) }' && continue
              printf '\rgap: order %s, N = %s, h1 = %s ' "$K" "$N" "$h" >&2
              "${S}_o$K" stability --set h1=$h,$P,N=$N > $TMP.g 2>/dev/null || { echo "$K,$N,$h,nan,,"; continue; }
              awk -v K=$K -v N=$N -v h=$h '$1 == "gap" { g = $2 } $1 == "sector" { s = $2 } /^unphysical/ { u = 1 }
                  END { printf "%s,%s,%s,%s,%s,%d\n", K, N, h, g, s, !u }' $TMP.g
          done
      done
  done; } > $TMP.gap
echo >&2
mv $TMP.gap $OUT/reentrant_gap.csv
echo "$OUT/reentrant_gap.csv" >&2
fi

[ -f $OUT/reentrant_finite.csv ] && [ -f $OUT/reentrant_gap.csv ] || { echo "no figure: needs both CSVs" >&2; exit 0; }
gnuplot -e "csv='$OUT/reentrant_finite.csv'; gap='$OUT/reentrant_gap.csv'; png='$TMP.png'" tools/figures/cumulants/reentrant_finite.gp
mkdir -p docs/figures
mv $TMP.png docs/figures/reentrant_finite.png
echo "docs/figures/reentrant_finite.png" >&2
