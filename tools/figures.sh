#!/bin/sh
# `make figures` and `make figures-exact`: runs every tools/figures/SET/*.sh
# (SET = dm: Figs. 1-9 of the two-Ising paper from the density-matrix engine
# of bin/ising_thermal; SET = exact: the figures of the exact-solution paper
# from bin/dtfim-exact; SET = any: the worked examples of test models; SET = cumulants: cumulant
# orders 1-3 against the exact solution, and against blochgen finite for the
# pump-loss model, reentrant_finite.sh, ~30 min).  Each script writes its CSV and PNG into out/ and
# says which figure it reproduces; docs/validation.md lists the commands.
# Usage: tools/figures.sh SET.  Environment: BIN.
set -eu
[ $# -eq 1 ] && [ -d "tools/figures/$1" ] || { echo "usage: tools/figures.sh dm|exact|any|cumulants" >&2; exit 2; }
BIN=${BIN:-bin}
export BIN
mkdir -p out
for s in tools/figures/"$1"/*.sh; do
    [ -f "$s" ] || continue
    echo "== $s"
    sh "$s"
done
