#!/bin/sh
# The phase diagram of a sublattice antiferromagnet with a `swap` symmetry
# (tests/models/afm2.model; docs/validation.md, "A sublattice
# antiferromagnet"): `scan` of the uniform state's gap over the detuning D
# and the drive h at J = 2, g = 1 -> out/afm2_phase.csv, out/afm2_phase.png
# (~10 s), and the boundary along h at D = 1.2 -> out/afm2_boundary.txt.
set -eu
BIN=${BIN:-bin}
make --no-print-directory model M=tests/models/afm2.model MODEL_OUT="$BIN" >/dev/null
mkdir -p out
"$BIN/afm2" scan --set J=2,h=0,D=0,g=1 --x D=-1:3:161 --y h=0.02:3:150 --quiet \
    -o out/afm2_phase.csv --plot out/afm2_phase.png
"$BIN/afm2" boundary --set J=2,h=0,D=1.2,g=1 --vary h=0.8:3 >out/afm2_boundary.txt
echo "out/afm2_phase.png, out/afm2_boundary.txt: $(cat out/afm2_boundary.txt)"
