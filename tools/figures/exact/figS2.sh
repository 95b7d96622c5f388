#!/bin/sh
# Fig. S2 of paper 003: the rescaled coherences |hx^k <sigma^+_1 .. sigma^+_k>|
# (Eq. 9; uniform fields, so every cluster of k sites gives the same) for
# k = 1, 2, 3 against hz/J in [-1, 5] (step 0.1), N = 22, hx = 3 N J
# (||SS_-||_HS = 2/3), Gamma = 0, gamma = J, J/10, J/100; certified
# `corr` values (15 digits; clusters 1, 1,2 and 1,2,3).  The dips at
# hz = n J for n < k have widths O(J) and are visible even at gamma = J.
# Also the blockade limit gamma -> 0+ (gamma = 1e-10 J) at hz = n J,
# n = 0..3: the k-th coherence vanishes for k > n (Eq. 9).  Writes
# out/dtfim_figS2.csv (hz, then |h^k C_k| for each gamma and k),
# out/dtfim_figS2_blockade.csv and out/dtfim_figS2.png.  Environment: BIN.
FIG=figS2
DIR=$(dirname "$0")
. "$DIR/start.inc"
M="--N 22 --J 1 --hx 66 --Gamma 0"

# |hx^k C_k| from corr's "RE IM" line
coh() { awk -v k="$1" '{ printf "%.10g", 66^k * sqrt($1 * $1 + $2 * $2) }'; }

{
    echo "hz,k1 gamma=1,k2 gamma=1,k3 gamma=1,k1 gamma=0.1,k2 gamma=0.1,k3 gamma=0.1,k1 gamma=0.01,k2 gamma=0.01,k3 gamma=0.01"
    echo "# Fig. S2: N = 22, J = 1, hx = 3 N J = 66, Gamma = 0; |hx^k <sigma^+_1..sigma^+_k>| (dtfim-exact corr, certified)"
    for i in $(seq 0 60); do
        hz=$(awk -v i=$i 'BEGIN { printf "%.1f", -1 + i * 0.1 }')
        printf "%s" "$hz"
        for g in 1 0.1 0.01; do
            for c in 1 1,2 1,2,3; do
                k=$(echo "$c" | awk -F, '{ print NF }')
                printf ",%s" "$($X corr $M --hz "$hz" --gamma $g --plus $c | coh $k)"
            done
        done
        echo
    done
} > $TMP.csv
{
    echo "n,k1,k2,k3"
    echo "# Fig. S2 blockade limit: gamma = 1e-10 J, hz = n J; |hx^k C_k| vanishes for k > n (Eq. 9)"
    for n in 0 1 2 3; do
        printf "%s" $n
        for c in 1 1,2 1,2,3; do
            k=$(echo "$c" | awk -F, '{ print NF }')
            printf ",%s" "$($X corr $M --hz $n --gamma 1e-10 --plus $c | coh $k)"
        done
        echo
    done
} > $TMP.b
mv $TMP.csv $OUT/dtfim_figS2.csv
mv $TMP.b $OUT/dtfim_figS2_blockade.csv
gnuplot -e "f='$OUT/dtfim_figS2.csv'; png='$TMP.png'" "$DIR/figS2.gp"
mv $TMP.png $OUT/dtfim_figS2.png
cat $OUT/dtfim_figS2_blockade.csv
echo "Fig. S2: $OUT/dtfim_figS2.png ($OUT/dtfim_figS2.csv, $OUT/dtfim_figS2_blockade.csv)"
