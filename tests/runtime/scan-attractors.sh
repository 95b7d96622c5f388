#!/bin/sh
# `scan` by stable attractors (models with or without symmetry) against
# independent routes: the fold model's bistability window from the
# discriminant of its cubic (awk, not the solver), the boundary time
# crystal's transition at Omega/kappa = 1/4 (model file), pump_loss's
# symmetric/broken phase from the closed-form symmetric state's spectrum,
# thread independence of the CSV, --resume and the class map.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
T=$BUILD/testmodels
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
dir=$(mktemp -d "${TMPDIR:-/tmp}/scan-attr.XXXXXX")
trap 'rm -rf "$dir"' EXIT
for M in fold btc; do
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/$M.model \
        MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$dir/make.log" 2>&1 ||
        { cat "$dir/make.log"; err "building tests/models/$M.model"; exit 1; }
done

# ---- 1. fold: bistable exactly where the cubic has three real roots ------
# (z + 1)(g^2 + 4 (hz + V z)^2) + 2 w^2 z = 0 (tests/models/fold.model):
# three distinct real roots (discriminant > 0): two stable states and an
# unstable one between them (bistable); one root: one stable state.
ARGS="--set omega=1,gamma=1 --x hz=0:3:16 --y V=2.5:5.5:7"
OMP_NUM_THREADS=1 "$T/fold" scan $ARGS -o "$dir/f1.csv" --quiet 2>"$dir/f1.err" ||
    err "fold scan exited $?"
sed -n 1p "$dir/f1.csv" | grep -qx 'hz,V,stable_states,class' ||
    err "fold header: $(sed -n 1p "$dir/f1.csv")"
bad=$(awk -F, -v w=1 -v g=1 '!/^#/ && NR > 3 {
    hz = $1; V = $2
    a = 4 * V * V; b = 8 * hz * V + 4 * V * V; c = g * g + 4 * hz * hz + 8 * hz * V + 2 * w * w
    d = g * g + 4 * hz * hz
    D = 18 * a * b * c * d - 4 * b * b * b * d + b * b * c * c - 4 * a * c * c * c - 27 * a * a * d * d
    s = 0; t[1] = 18 * a * b * c * d; t[2] = 4 * b * b * b * d; t[3] = b * b * c * c
    t[4] = 4 * a * c * c * c; t[5] = 27 * a * a * d * d
    for (k = 1; k <= 5; k++) { u = t[k] < 0 ? -t[k] : t[k]; if (u > s) s = u }
    if ((D < 0 ? -D : D) < 1e-7 * s) next        # next to a fold or the cusp
    want = D > 0 ? "bistable,2" : "steady,1"
    if ($4 "," $3 != want) printf "hz=%s V=%s: %s,%s, discriminant says %s; ", hz, V, $4, $3, want
    n[want]++ }
    END { if (n["bistable,2"] < 5 || n["steady,1"] < 20) printf "too few points checked (%d, %d)", n["bistable,2"], n["steady,1"] }' "$dir/f1.csv")
[ -z "$bad" ] || err "fold classes vs the cubic's discriminant: $bad"
# the same CSV on 2 threads
OMP_NUM_THREADS=2 "$T/fold" scan $ARGS -o "$dir/f2.csv" --quiet 2>/dev/null || err "2 threads exited $?"
cmp -s "$dir/f1.csv" "$dir/f2.csv" || err "fold: 1 and 2 threads differ"
# --resume: the first rows of a stopped run, then the rest
head -n $((3 + 5 * 7)) "$dir/f1.csv" >"$dir/f3.csv"
OMP_NUM_THREADS=1 "$T/fold" scan $ARGS --resume "$dir/f3.csv" --quiet 2>/dev/null ||
    err "--resume exited $?"
cmp -s "$dir/f1.csv" "$dir/f3.csv" || err "fold: --resume differs from the whole run"

# ---- 2. boundary time crystal: steady below Omega/kappa = 1/4, oscillatory above
"$T/btc" scan --x Omega=0.02:0.5:13 --y kappa=0.6:1.4:3 -o "$dir/b.csv" --quiet 2>/dev/null ||
    err "btc scan exited $?"
bad=$(awk -F, '!/^#/ && NR > 3 { r = $1 / $2; if (r > 0.23 && r < 0.27) next
    want = r < 0.25 ? "steady" : "oscillatory"
    if ($4 != want) printf "Omega=%s kappa=%s: %s, want %s; ", $1, $2, $4, want }' "$dir/b.csv")
[ -z "$bad" ] || err "btc: $bad"

# ---- 3. pump_loss: the classes agree with the symmetric state's phase -----
"$BIN/pump_loss" scan --set h2=10,lambda=0.01,gdown=0 --x h1=0:1.2:7 --y gup=0.05:2.5:4 \
    --attractors --starts 6 -o "$dir/p.csv" --quiet 2>/dev/null || err "pump_loss --attractors exited $?"
sed -n 1p "$dir/p.csv" | grep -qx 'h1,gup,gap,frequency,phase,stable_states,class' ||
    err "pump_loss header: $(sed -n 1p "$dir/p.csv")"
bad=$(awk -F, '!/^#/ && NR > 3 { want = $5 == "symmetric" ? "symmetric,1" : $5 == "broken" ? "broken,2" : "";
    if (want != "" && $7 "," $6 != want) printf "h1=%s gup=%s: %s,%s, phase %s; ", $1, $2, $7, $6, $5 }' "$dir/p.csv")
[ -z "$bad" ] || err "pump_loss classes vs phase: $bad"
# without --attractors the CSV is the one it was
"$BIN/pump_loss" scan --set h2=10,lambda=0.01,gdown=0 --x h1=0:1.2:7 --y gup=0.05:2.5:4 \
    -o "$dir/p0.csv" --quiet 2>/dev/null
sed -n 1p "$dir/p0.csv" | grep -qx 'h1,gup,gap,frequency,phase' || err "plain scan header changed"

# ---- 4. the class map --------------------------------------------------------
if command -v gnuplot >/dev/null 2>&1; then
    "$T/fold" scan $ARGS -o "$dir/f4.csv" --plot "$dir/f.png" --quiet 2>"$dir/plot.err" ||
        err "fold --plot exited $?"
    [ -s "$dir/f.png" ] || err "no class map: $(cat "$dir/plot.err")"
    grep -q "title 'bistable'" "$dir/f.gp" || err "the class map's key has no bistable entry"
else
    echo "SKIP: class map (no gnuplot)"
fi

[ $fail -eq 0 ] && echo PASS
exit $((fail > 0))
