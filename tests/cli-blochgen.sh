#!/bin/sh
# bin/blochgen as a user meets it: help, formats, and errors that name
# file:line:col, exit with status 2 and write nothing.
set -u
BIN=${BIN:-bin}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/blochgen-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

for c in "" derive emit check; do
    "$BIN/blochgen" $c --help >"$tmp/help" 2>&1 || no "blochgen $c --help exits non-zero"
    grep -q usage "$tmp/help" || no "blochgen $c --help prints no usage"
done
"$BIN/blochgen" frobnicate >/dev/null 2>&1; [ $? = 2 ] || no "unknown command does not exit 2"
"$BIN/blochgen" derive >/dev/null 2>&1; [ $? = 2 ] || no "derive without a model does not exit 2"

m=models/pump_loss.model
"$BIN/blochgen" derive $m >"$tmp/t" || no "derive text failed"
grep -q '^d<sx1>/dt = ' "$tmp/t" || no "text output lacks d<sx1>/dt"
grep -q '^boundary = ' "$tmp/t" || no "text output lacks the boundary"
"$BIN/blochgen" derive $m --format latex >"$tmp/l" || no "derive latex failed"
grep -q 'begin{align}' "$tmp/l" || no "latex output lacks align"
"$BIN/blochgen" derive $m --format json >"$tmp/j" || no "derive json failed"
for key in model params observables parity equations jacobian symmetric boundary; do
    grep -q "\"$key\"" "$tmp/j" || no "json lacks $key"
done
"$BIN/blochgen" derive $m --format yaml >/dev/null 2>&1; [ $? = 2 ] || no "unknown format accepted"

# malformed input: message at file:line:col, status 2, nothing written
printf 'model bad\nsites 2\nparams a\nhamiltonian a*sz1 + b*sx2\n' >"$tmp/bad.model"
mkdir "$tmp/out"
"$BIN/blochgen" emit "$tmp/bad.model" -o "$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || no "emit of a bad model does not exit 2"
grep -q "^$tmp/bad.model:4:21: unknown identifier 'b'" "$tmp/err" || no "error not at file:4:21: $(cat "$tmp/err")"
[ -z "$(ls -A "$tmp/out")" ] || no "emit wrote files for a bad model: $(ls "$tmp/out")"
"$BIN/blochgen" derive "$tmp/bad.model" >"$tmp/dout" 2>/dev/null
[ $? = 2 ] && [ ! -s "$tmp/dout" ] || no "derive of a bad model printed output or wrong status"
head -c 300 /bin/sh >"$tmp/binary.model"
"$BIN/blochgen" derive "$tmp/binary.model" 2>"$tmp/err" >/dev/null
[ $? = 2 ] && grep -q "binary data" "$tmp/err" || no "binary file not rejected: $(cat "$tmp/err")"
"$BIN/blochgen" derive "$tmp/missing.model" 2>/dev/null; [ $? = 2 ] || no "missing file not exit 2"

# emit into a directory writes both files, compiling warning-free
"$BIN/blochgen" emit $m -o "$tmp/out" || no "emit failed"
[ -s "$tmp/out/pump_loss.c" ] && [ -s "$tmp/out/pump_loss_arb.c" ] || no "emit did not write both files"

# check reports a disagreement with exit status 1 and the exact difference
cat >"$tmp/wrong.hand" <<'HAND'
alias mx1 = <sx1>
alias my1 = <sy1>
ddt mx1 = 2*h1*my1 - gup/2*mx1
HAND
"$BIN/blochgen" check $m "$tmp/wrong.hand" >"$tmp/cout" 2>&1
[ $? = 1 ] || no "check of a wrong equation does not exit 1"
grep -q "wrong.hand:3: d mx1/dt disagrees: generator - hand = (-1/2\*gdown\*mx1)/(1)" "$tmp/cout" ||
    grep -q "wrong.hand:3: d mx1/dt disagrees" "$tmp/cout" || no "check output: $(cat "$tmp/cout")"
# a 3-site symmetric model: the exact symmetric solve is declined, quickly
cat >"$tmp/chain3.model" <<'M3'
model chain3
sites 3
params lambda g h
hamiltonian -<sx1>*sx1 - h*sz1 - <sx2>*sx2 - h*sz2 - <sx3>*sx3 - h*sz3 - lambda*(sx1*sx2 + sx2*sx3)
jump g : sp1
jump g : sp2
jump g : sp3
symmetry sz1*sz2*sz3
M3
timeout 60 "$BIN/blochgen" derive "$tmp/chain3.model" >"$tmp/c3" || no "derive of a 3-site symmetric model failed or hung"
grep -q "symmetric steady state: not attempted" "$tmp/c3" || no "3-site symmetric solve not declined"

# a state degree above the representation's limit is an error, not dropped terms
printf 'model deg\nsites 1\nhamiltonian <sx1>^8*sz1\n' >"$tmp/deg.model"
"$BIN/blochgen" derive "$tmp/deg.model" >"$tmp/dout" 2>"$tmp/err"
[ $? = 2 ] && [ ! -s "$tmp/dout" ] || no "degree overflow not reported with status 2"
grep -q "degree above 8" "$tmp/err" || no "degree overflow message: $(cat "$tmp/err")"
printf 'model deg\nsites 1\nhamiltonian <sx1>^7*sz1\n' >"$tmp/deg7.model"
"$BIN/blochgen" derive "$tmp/deg7.model" | grep -q 'd<sy1>/dt = 2\*<sx1>^8' ||
    no "degree-8 equation lost"

echo "cli-blochgen: $bad problem(s)"
[ "$bad" = 0 ]
