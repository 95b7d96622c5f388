#!/bin/sh
# Fig. S3 of paper 003: the dissipative transition with random transverse
# fields.  Units Jbar = N J = 1; gamma = Jbar/100, Gamma = 0, h^x = Jbar/5.
#  (a) n-bar = sum_j <sigma^+_j sigma^-_j> / N against h^z for uniform
#      fields, N = 4, 16, 128, and for one seeded realization of random
#      fields h^x_j ~ normal(mean h^x, standard deviation h^x/2), N = 128,
#      with error bars the spread of the n_j, sqrt(sum_j (n_j - n-bar)^2 / N)
#      (the caption's Delta n-bar has no 1/N: sqrt(N) times this, larger
#      than n-bar itself here);
#      inset: entropy of the one-spin reduced state, uniform N = 128.
#  (b), (c) g2_ij (Eq. S61) for a realization with N = 256 at
#      h^z = 0.30 and 0.36 Jbar, sites sorted so that h^x_j increases.
# Writes out/dtfim_figS3_hx.csv, out/dtfim_figS3_nbar.csv, out/dtfim_figS3_g2_030.csv,
# out/dtfim_figS3_g2_036.csv and out/dtfim_figS3.png.  Environment: BIN, SEED.
FIG=figS3
DIR=$(dirname "$0")
. "$DIR/start.inc"
SEED=${SEED:-20231115}

# the disorder: Park-Miller generator and Box-Muller (same numbers with any
# awk), sorted increasing; a field within 1e-6 of 0 is drawn again
fields() {
    awk -v N="$1" -v seed="$SEED" 'function u() { s = (16807 * s) % 2147483647; return s / 2147483647 }
        BEGIN { s = seed % 2147483646 + 1; pi = atan2(0, -1); n = 0
            while (n < N) { h = 0.2 + 0.1 * sqrt(-2 * log(u())) * cos(2 * pi * u());
                            if (h > 1e-6 || h < -1e-6) { printf "%.6f\n", h; n++ } } }' | sort -g | paste -sd, -
}
HX128=$(fields 128)
HX256=$(fields 256)
{ echo "N,site,hx"
  echo "# Fig. S3 disorder: h^x_j ~ normal(0.2, sd 0.1), seed $SEED, sorted"
  echo "$HX128" | tr , '\n' | awk '{ print "128," NR "," $1 }'
  echo "$HX256" | tr , '\n' | awk '{ print "256," NR "," $1 }'; } > $TMP.hx

# (a) the sweep in h^z: one column per curve, pasted together
HZ=$(seq -f %.3f 0 0.005 0.6)
curve() {   # N: one line per h^z into $TMP.nN (n-bar; for N = 128 also S1)
    J=$(awk -v N=$1 'BEGIN { printf "%.17g", 1 / N }')
    for hz in $HZ; do
        # the mean row: n, sz, sx, sy; S1 from the Bloch vector (uniform N = 128)
        $X density --N $1 --J $J --hz $hz --hx 0.2 --gamma 0.01 --digits 8 | grep '^mean,'
    done | awk -F, -v N=$1 '{ if (N != 128) { print $2; next }
        b = sqrt($3^2 + $4^2 + $5^2); if (b > 1) b = 1; p = (1 + b) / 2; q = (1 - b) / 2
        S = 0; if (p > 0) S -= p * log(p); if (q > 0) S -= q * log(q); printf "%s,%.8g\n", $2, S }' > $TMP.n$1
}
disorder() {   # n-bar and the spread of the n_j every 0.02 into $TMP.dis
    for hz in $HZ; do
        case $hz in *[02468]0) ;; *) echo ","; continue ;; esac
        $X density --N 128 --J 0.0078125 --hz $hz --hx "$HX128" --gamma 0.01 --digits 8 |
            awk -F, '$1 ~ /^[0-9]+$/ { n[++m] = $2 } $1 == "mean" { nb = $2 }
                     END { for (j = 1; j <= m; j++) s += (n[j] - nb)^2; printf "%s,%.8g\n", nb, sqrt(s / m) }'
    done > $TMP.dis
}
# the curves and the disorder side by side (2 cores); a failed run inside
# a pipe would shift the rows, so they are counted
curve 4 & curve 16 & curve 128 & disorder & wait
for N in 4 16 128; do
    [ "$(wc -l < $TMP.n$N)" = "$(echo "$HZ" | wc -l)" ] || { echo "figS3: density N = $N failed" >&2; exit 1; }
done
[ "$(grep -c '^[0-9]' $TMP.dis)" = 31 ] || { echo "figS3: density of the disordered N = 128 failed" >&2; exit 1; }
{ echo "hz,nbar_N4,nbar_N16,nbar_N128,S1_N128,nbar_dis128,sd_n_dis128"
  echo "# Fig. S3a: Jbar = N J = 1, gamma = 0.01, Gamma = 0, hx = 0.2; disorder N = 128 (seed $SEED) every 0.02 with sd_n = sqrt(sum_j (n_j - nbar)^2 / N); S1 = one-spin entropy (nats), uniform N = 128; disorder columns empty between"
  echo "$HZ" | paste -d, - $TMP.n4 $TMP.n16 $TMP.n128 $TMP.dis; } > $TMP.nbar

# (b), (c) g2 of every pair, N = 256
for hz in 0.30 0.36; do
    $X g2 --N 256 --J 0.00390625 --hz $hz --hx "$HX256" --gamma 0.01 --digits 8 > $TMP.g2_$hz
done

mv $TMP.hx $OUT/dtfim_figS3_hx.csv
mv $TMP.nbar $OUT/dtfim_figS3_nbar.csv
mv $TMP.g2_0.30 $OUT/dtfim_figS3_g2_030.csv
mv $TMP.g2_0.36 $OUT/dtfim_figS3_g2_036.csv
gnuplot -e "nbar='$OUT/dtfim_figS3_nbar.csv'; g030='$OUT/dtfim_figS3_g2_030.csv'; g036='$OUT/dtfim_figS3_g2_036.csv'; png='$TMP.png'" "$DIR/figS3.gp"
mv $TMP.png $OUT/dtfim_figS3.png
echo "Fig. S3: $OUT/dtfim_figS3.png ($OUT/dtfim_figS3_nbar.csv, $OUT/dtfim_figS3_g2_030.csv, $OUT/dtfim_figS3_g2_036.csv, $OUT/dtfim_figS3_hx.csv)"
