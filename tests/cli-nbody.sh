#!/bin/sh
# N-body models: the order-1 limit N -> infinity of the built-in N-body
# models equals their mean-field models exactly (blochgen check), and
# derive refuses what it cannot do (exit 2).
set -u
BG=${BIN:-bin}/blochgen
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
for pair in dtfim_nbody:dtfim_mf pump_loss_nbody:pump_loss; do
    nb=${pair%%:*} mf=${pair#*:}
    "$BG" derive --order 1 --format hand --large-N "models/nbody/$nb.model" > "$tmp/$nb.hand" || { echo "FAIL derive $nb"; fail=1; }
    "$BG" check "models/$mf.model" "$tmp/$nb.hand" || { echo "FAIL check $nb against $mf"; fail=1; }
done
"$BG" derive models/nbody/dtfim_nbody.model > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: derive without --order"; fail=1; }
"$BG" derive --order 2 models/dtfim_mf.model > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: --order 2 of a <...> model"; fail=1; }
n=$("$BG" derive --order 2 models/nbody/dtfim_nbody.model | grep -c '^d<')
[ "$n" = 9 ] || { echo "FAIL: order 2 of k = 1 has $n variables, expected 9"; fail=1; }
[ $fail = 0 ] && echo PASS
exit $fail
