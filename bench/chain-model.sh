#!/bin/sh
# Writes the k-site cluster mean-field model of the dissipative XYZ chain
# (spins decaying by sm) to stdout: the cluster holds k neighbouring spins
# coupled exactly, and each end spin feels the mean field of its outside
# neighbour, the other end's value (translation invariance).  For the
# large-cluster benchmarks (bench/run-big.sh); 4^k - 1 observables.
# Usage: bench/chain-model.sh K > chain_K.model
set -eu
k=${1:?usage: chain-model.sh K}
[ "$k" -ge 1 ] || { echo "chain-model.sh: K >= 1" >&2; exit 2; }
h=""
add() { if [ -z "$h" ]; then h="$1"; else h="$h + $1"; fi; }
i=1
while [ "$i" -lt "$k" ]; do
    j=$((i + 1))
    add "Jx*sx$i*sx$j + Jy*sy$i*sy$j + Jz*sz$i*sz$j"
    i=$j
done
# the bond leaving the cluster at each end, to the mean field of the
# other end (one site: its own mean field on both sides)
if [ "$k" -eq 1 ]; then
    add "2*Jx*<sx1>*sx1 + 2*Jy*<sy1>*sy1 + 2*Jz*<sz1>*sz1"
else
    add "Jx*(<sx$k>*sx1 + <sx1>*sx$k) + Jy*(<sy$k>*sy1 + <sy1>*sy$k) + Jz*(<sz$k>*sz1 + <sz1>*sz$k)"
fi
sym="sz1"
i=2
while [ "$i" -le "$k" ]; do sym="$sym*sz$i"; i=$((i + 1)); done
echo "# Dissipative XYZ chain, $k-site cluster mean field (bench/chain-model.sh $k)."
echo "model chain_$k"
echo "sites $k"
echo "params Jx Jy Jz g"
echo "hamiltonian $h"
i=1
while [ "$i" -le "$k" ]; do echo "jump g : sm$i"; i=$((i + 1)); done
echo "symmetry $sym"
