#!/bin/sh
# A sublattice antiferromagnet with a `swap` symmetry (docs/validation.md):
# tests/models/afm2.model, `scan` of the uniform state's gap over the
# detuning D and the drive h at J = 2, g = 1 -> out/afm2_phase.csv,
# out/afm2_phase.png (~10 s), and the boundary along h at D = 1.2 ->
# out/afm2_boundary.txt.
set -eu
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
T=$BUILD/testmodels
make --no-print-directory model M=tests/models/afm2.model MODEL_OUT="$T" >/dev/null
mkdir -p out
"$T/afm2" scan --set J=2,h=0,D=0,g=1 --x D=-1:3:161 --y h=0.02:3:150 --quiet \
    -o out/afm2_phase.csv --plot out/afm2_phase.png
"$T/afm2" boundary --set J=2,h=0,D=1.2,g=1 --vary h=0.8:3 >out/afm2_boundary.txt
echo "out/afm2_phase.png: the uniform state's gap; boundary at D = 1.2: $(cat out/afm2_boundary.txt)"
