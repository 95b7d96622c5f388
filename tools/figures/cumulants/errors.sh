#!/bin/sh
# Cumulant orders 1, 2, 3 of models/nbody/dtfim_nbody.model against the
# certified exact solution (bin/dtfim-exact) at N = 16 .. 4096, four
# parameter points -> out/cumulant_errors.csv, out/cumulant_slopes.csv,
# docs/figures/cumulant_errors.png (docs/validation.md; ~5 s CPU).
set -eu
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
T=$BUILD/cumulants
for K in 1 2 3; do
    make --no-print-directory model M=models/nbody/dtfim_nbody.model ORDER=$K MODEL_OUT="$T" >/dev/null
done
python3 tools/figures/cumulants/errors.py "$BIN" "$T" out/cumulant_errors.csv out/cumulant_slopes.csv
gnuplot -e "csv='out/cumulant_errors.csv'; png='docs/figures/cumulant_errors.png'" tools/figures/cumulants/errors.gp
echo "out/cumulant_errors.csv, out/cumulant_slopes.csv, docs/figures/cumulant_errors.png"
