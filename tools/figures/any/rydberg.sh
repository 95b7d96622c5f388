#!/bin/sh
# Rydberg-like bistability (docs/validation.md): the fold test model, a
# driven decaying atom whose detuning is shifted by its own inversion
# (hz + V <sz1>), V = 4, omega = gamma = 1.  `steady --all` at every hz of
# a grid (every steady state, certified complete, stable and unstable)
# against the two branches `sweep --direction both` follows, with the
# folds of the model file's closed form (hz = 1.2610, 1.8868) marked.
set -eu
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
T=$BUILD/testmodels
make --no-print-directory model M=tests/models/fold.model MODEL_OUT="$T" >/dev/null
P=V=4,omega=1,gamma=1
echo "hz,index,stability,physical,certified,sx1,sy1,sz1" >out/rydberg_all.csv
hz=0.5
while awk -v h="$hz" 'BEGIN { exit !(h <= 2.5 + 1e-9) }'; do
    "$T/fold" steady --all --set hz=$hz,$P >out/rydberg_point.csv
    grep -q '^# complete: certified' out/rydberg_point.csv ||
        { echo "rydberg: hz=$hz not certified complete" >&2; exit 1; }
    awk -v h="$hz" '!/^#/ && NR > 1 { print h "," $0 }' out/rydberg_point.csv >>out/rydberg_all.csv
    hz=$(awk -v h="$hz" 'BEGIN { printf "%.4g", h + 0.0125 }')
done
rm -f out/rydberg_point.csv
"$T/fold" sweep --set hz=0.5,$P --vary hz=0.5:2.5:81 --direction both --quiet \
    -o out/rydberg_sweep.csv >out/rydberg_sweep.txt
gnuplot -e "all='out/rydberg_all.csv'; png='out/rydberg.png'" tools/figures/any/rydberg.gp
echo "out/rydberg.png: every steady state (steady --all) and the sweep's folds"
