#!/bin/sh
# The main job (`make run`): derive the default model, check the paper's
# hand-derived equations against it, and write the results into out/.
set -eu
model=${1:-pump_loss}
BIN=${BIN:-bin}
src=models/$model.model
mkdir -p out
echo "== $src: exact equations of motion -> out/$model.{txt,tex,json}"
"$BIN/blochgen" derive "$src" >"out/$model.txt"
"$BIN/blochgen" derive "$src" --format latex >"out/$model.tex"
"$BIN/blochgen" derive "$src" --format json >"out/$model.json"
sed -n '/^# equations of motion/,/^# Jacobian/p' "out/$model.txt" | grep -v '^#'

hands=$(ls tests/data/*_"$model".hand 2>/dev/null || true)
if [ -n "$hands" ]; then
    echo
    echo "== hand-derived equations (tests/data) checked against the derivation"
    for h in $hands; do
        "$BIN/blochgen" check "$src" "$h"
    done
fi

if [ "$model" = pump_loss ]; then
    P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
    echo
    echo "== symmetric steady state (closed form, Eq. 55) at $P"
    "$BIN/$model" info | grep '"observables"'
    "$BIN/$model" symmetric --set "$P" | tee "out/$model-symmetric.txt"
    echo
    echo "== phase boundary at h2 = 10, lambda = 0.01, gamma_up = 1, gamma_down = 0 (Fig. 10, gamma = 1)"
    "$BIN/blochgen" boundary "$src" --subs h2=10,lambda=0.01,gup=1,gdown=0 |
        tee "out/$model-boundary.txt" | grep -v '^boundary = '
    echo "(the paper quotes critical points near h1 = 0.06-0.07 and 0.93)"
fi
echo
echo "results in out/: $(ls out | tr '\n' ' ')"
