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
# The site symmetry of pump_loss_nbody (symmetry sz1*sz2) on the moments:
# a moment is odd exactly when it has an odd number of x and y letters in
# all (counted from the names, independently of the generator's parity).
"$BG" derive --order 2 --format json models/nbody/pump_loss_nbody.model > "$tmp/pl2.json" || { echo "FAIL derive json"; fail=1; }
python3 - "$tmp/pl2.json" <<'PY' || fail=1
import json, re, sys
d = json.load(open(sys.argv[1]))
bad = [o for o, p in zip(d["observables"], d["parity"])
       if (len(re.findall(r"s[xy]", o)) % 2 == 1) != (p == "odd")]
if len(d["observables"]) != 135 or bad:
    print("FAIL: parity of", len(bad), "moments:", bad[:5])
    sys.exit(1)
PY
# A symmetry the N-body equations do not keep, and a swap, are refused.
printf 'model q\nsites 1\nparams a\nhamiltonian a*sz1\npairs a/N : sx1 sz1\nsymmetry sz1\n' > "$tmp/q.model"
"$BG" derive --order 2 "$tmp/q.model" > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: a broken symmetry accepted"; fail=1; }
printf 'model q\nsites 2\nparams a\nhamiltonian a*sz1\npairs a/N : sx1 sx1\nsymmetry swap 1 2 * sz1*sz2\n' > "$tmp/q.model"
msg=$("$BG" derive --order 1 "$tmp/q.model" 2>&1 >/dev/null); st=$?
[ $st -eq 2 ] && case "$msg" in *q.model:6:10:*) ;; *) false ;; esac || { echo "FAIL: swap in an N-body model: $st $msg"; fail=1; }
[ $fail = 0 ] && echo PASS
exit $fail
