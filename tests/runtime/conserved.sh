#!/bin/sh
# Conserved quantities of degree <= 2 (`blochgen derive`, the emitted
# model, `stability`), against facts derived by hand:
# * btc (tests/models/btc.model): dx/dt = k x z/2, dy/dt = -2 W z + k y z/2,
#   dz/dt = 2 W y - k (x^2 + y^2)/2, so d(x^2 + y^2 + z^2)/dt =
#   k x^2 z + k y^2 z - 4 W y z + 4 W y z - k x^2 z - k y^2 z = 0: exactly
#   this one, up to a factor (a linear C = a.x would need a.f = 0, but the
#   terms W z, W y, k x z of f are independent; a second quadratic one
#   would make the flow on the sphere integrable, yet it has the attracting
#   states of the marginal test in stability.sh).
# * pump_loss, dtfim_mf, fold, hopf: none.  A continuous conserved C is
#   constant on the basin of an asymptotically stable steady state, an
#   open set, so a polynomial C is constant there and everywhere: a model
#   with such a state at some parameter values (off the proper subvariety
#   where a generic C's coefficients all vanish) has none.  pump_loss at
#   h1 = h2 = 2, lambda = 0.01, gup = 1, gdown = 0 and hopf at h = 0.7,
#   g = 0.2, gup = 1, gdown = 0.2 are `stable` (checked below); fold at
#   V = 0 and dtfim_mf at Jbar = Gbar = 0 are linear, dx/dt = L x + c with
#   eigenvalues -gamma/2 +- i hz and -gamma (fold; dtfim_mf: the optical
#   Bloch equations, real parts in [-gamma, -gamma/2]), whose steady
#   state attracts everything.
# * stability at a marginal state of btc names the conserved quantity
#   (its gradient 2 (x, y, z) is nonzero there, so it gives the zero
#   eigenvalue).
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
G=$BIN/blochgen
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-conserved.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }

# ---- derive: text and JSON ------------------------------------------------
"$G" derive tests/models/btc.model >"$tmp/t" || no "derive btc exited $?"
sed -n '/^# conserved quantities/,$p' "$tmp/t" >"$tmp/c"
[ "$(grep -c '^C[0-9]' "$tmp/c")" = 1 ] || no "btc: want one conserved quantity: $(cat "$tmp/c")"
grep -qx 'C1 = <sx1>^2 + <sy1>^2 + <sz1>^2' "$tmp/c" || no "btc: C1 is not x^2+y^2+z^2: $(cat "$tmp/c")"
"$G" derive --format json tests/models/btc.model >"$tmp/j" || no "derive --format json btc exited $?"
tr -d ' \n' <"$tmp/j" | grep -q '"conserved":\["<sx1>^2+<sy1>^2+<sz1>^2"\]' ||
    no "btc JSON: $(grep -A3 conserved "$tmp/j")"
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["conserved"]) == 1' \
        "$tmp/j" || no "btc JSON does not parse or has no one-element conserved list"
fi
"$G" derive --format latex tests/models/btc.model | grep -q '^C_{1} &= ' || no "btc LaTeX: no C_{1}"
for m in models/pump_loss.model models/dtfim_mf.model tests/models/fold.model tests/models/hopf.model; do
    "$G" derive "$m" >"$tmp/t" || no "derive $m exited $?"
    sed -n '/^# conserved quantities/,$p' "$tmp/t" >"$tmp/c"
    [ "$(sed -n 2p "$tmp/c")" = none ] && [ "$(wc -l <"$tmp/c")" = 2 ] ||
        no "$m: want none: $(cat "$tmp/c")"
    "$G" derive --format json "$m" | tr -d ' \n' | grep -q '"conserved":\[\]' || no "$m JSON: not []"
done
# a thermal dissipator's model: its equations omit it, so not attempted
"$G" derive models/ising_thermal.model | grep -q '^# conserved quantities.*not attempted' ||
    no "ising_thermal: conserved quantities not marked 'not attempted'"

# ---- stability at a marginal state of btc ---------------------------------
T=$BUILD/testmodels
# shellcheck disable=SC2086
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/btc.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 || no "building btc: $(cat "$tmp/make.log")"
"$T/btc" stability --set Omega=0.1,kappa=1 --at 0,0.4,-0.5 >"$tmp/b" 2>&1 || no "btc stability exited $?"
grep -q '^marginal (.*; conserved: C1 = <sx1>^2 + <sy1>^2 + <sz1>^2)$' "$tmp/b" ||
    no "btc marginal: $(tail -1 "$tmp/b")"
# pump_loss has none: its marginal line (if any) and verdicts name none
"$BIN/pump_loss" stability --set h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0 >"$tmp/p" 2>&1 ||
    no "pump_loss stability exited $?"
grep -q 'conserved' "$tmp/p" && no "pump_loss names a conserved quantity: $(tail -1 "$tmp/p")"

"$BIN/pump_loss" stability --set h1=2,h2=2,lambda=0.01,gup=1,gdown=0 | tail -1 | grep -qx stable ||
    no "pump_loss is not stable at h1 = h2 = 2 (the premise of 'none' above)"
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/hopf.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 || no "building hopf: $(cat "$tmp/make.log")"
"$T/hopf" stability --set h=0.7,g=0.2,gup=1,gdown=0.2 | tail -1 | grep -qx stable ||
    no "hopf is not stable at g = 0.2 (the premise of 'none' above)"

[ $bad = 0 ] || exit 1
echo "conserved: ok"
