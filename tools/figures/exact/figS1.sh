#!/bin/sh
# Fig. S1 of paper 003: the hidden time-reversal symmetry of Eq. S10.
# N = 5, kappa = J = 1, hz = J, hx = (9.2, 2.2, 5.2, 4.4, 1.0) J, the
# thermal master equation of Eq. S12 at nth = 0, 0.5, 2:
# <sigma^-_1(t) sigma^-_2(0)> (solid) against <sigma^-_2(t) sigma^-_1(0)>
# (dashed) from `dtfim-exact correlation` (regression theorem, dense
# Liouvillian, tolerance 1e-13).  At nth = 0 the curves coincide (to
# ~1e-14); at nth > 0 they do not.  Writes out/dtfim_figS1.csv (columns
# t, then re/im of both correlators for each nth; the largest difference
# per nth as a comment) and out/dtfim_figS1.png.  Environment: BIN.
FIG=figS1
DIR=$(dirname "$0")
. "$DIR/start.inc"
P="--N 5 --J 1 --hz 1 --hx 9.2,2.2,5.2,4.4,1.0 --gamma 1 --t 0:15:301 --digits 13"
NTH="0 0.5 2"

i=0
for nth in $NTH; do
    $X correlation $P --nth $nth --A minus:1 --B minus:2 | rows > $TMP.a$i
    $X correlation $P --nth $nth --A minus:2 --B minus:1 | rows | cut -d, -f2,3 > $TMP.b$i
    paste -d, $TMP.a$i $TMP.b$i > $TMP.p$i
    i=$((i + 1))
done
{
    printf "t"
    for nth in $NTH; do printf ",re12 nth=%s,im12 nth=%s,re21 nth=%s,im21 nth=%s" $nth $nth $nth $nth; done
    echo
    echo "# Fig. S1: N = 5, kappa = J = 1, hz = 1, hx = 9.2,2.2,5.2,4.4,1.0, Gamma = 0 (dtfim-exact correlation, doubles)"
    i=0
    for nth in $NTH; do
        awk -F, -v n="$nth" '{ d = sqrt(($2 - $4)^2 + ($3 - $5)^2); if (d > m) m = d }
            END { printf "# nth = %s: max |<s1-(t) s2-> - <s2-(t) s1->| = %.3g\n", n, m }' $TMP.p$i
        i=$((i + 1))
    done
    cut -d, -f1 $TMP.p0 > $TMP.acc
    i=0
    for nth in $NTH; do
        cut -d, -f2-5 $TMP.p$i | paste -d, $TMP.acc - > $TMP.t && mv $TMP.t $TMP.acc
        i=$((i + 1))
    done
    cat $TMP.acc
} > $TMP.csv
mv $TMP.csv $OUT/dtfim_figS1.csv
gnuplot -e "f='$OUT/dtfim_figS1.csv'; png='$TMP.png'" "$DIR/figS1.gp"
mv $TMP.png $OUT/dtfim_figS1.png
grep '^# nth' $OUT/dtfim_figS1.csv
echo "Fig. S1: $OUT/dtfim_figS1.png ($OUT/dtfim_figS1.csv)"
