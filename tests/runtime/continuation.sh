#!/bin/sh
# `sweep` events on every branch and limit cycles past Hopf points, against
# independent answers (issue 12, item 7):
#  - tests/models/subpf.model: a subcritical pitchfork whose broken
#    branches fold; the fold of the broken branches and both pitchforks
#    against the closed forms of the model's header, for two parameter
#    sets and grids that do not hit them;
#  - the same model without its `symmetry` line: the two pitchforks are
#    then branch points of a branch of kind `other` (det J changes sign and
#    the branch goes on), found at the same closed-form values; the fold
#    likewise;
#  - btc (a conserved quantity: an exactly zero eigenvalue everywhere) and
#    pump_loss: no branch point from noise about zero;
#  - tests/models/hopf.model: the cycle rows past the Hopf point against the
#    closed-form radius, against a direct RK4 integration written here (no
#    GSL) and against `evolve --cycle`; the radius grows like
#    sqrt(g - g_H) and the frequency is the Hopf point's.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
T=$BUILD/testmodels
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
close() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-cont.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

sed -e '/^symmetry/d' -e 's/^model subpf$/model subpf_nosym/' tests/models/subpf.model \
    >"$tmp/subpf_nosym.model"
for M in tests/models/subpf.model "$tmp/subpf_nosym.model" tests/models/hopf.model \
    tests/models/btc.model; do
    # shellcheck disable=SC2086
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M="$M" MODEL_OUT="$T" \
        ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log"; echo "FAIL: building $M"; exit 1; }
done

# ---- folds and branch points ------------------------------------------
# subpf (header): pitchforks at hz = V +- s_max, s_max = sqrt(gamma (|J| -
# gamma/2)/2); the broken branches fold at hz_f = V gamma/(2|J|) - gamma
# |J|/(8 V)
subpf_case() {  # V J gamma grid
    set -- $(awk -v V="$1" -v J="$2" -v g="$3" 'BEGIN { a = -J; s = sqrt(g * (a - g / 2) / 2)
        printf "%.12f %.12f %.12f\n", V - s, V + s, V * g / (2 * a) - g * a / (8 * V) }') "$@"
    lo=$1 hi=$2 hf=$3 V=$4 J=$5 ga=$6 grid=$7
    echo "subpf V=$V J=$J gamma=$ga: pitchforks $lo $hi, fold of the broken branches $hf"
    "$T/subpf" sweep --set V=$V,J=$J,gamma=$ga --vary hz=$grid --direction both \
        -o "$tmp/s.csv" >"$tmp/s.out" 2>&1 || err "subpf sweep exited $?"
    cat "$tmp/s.out"
    set -- $(sed -n 's/^pitchfork hz=\([^ ]*\) .*/\1/p' "$tmp/s.out") x x
    { close "$1" "$lo" 1e-8 && close "$2" "$hi" 1e-8; } || err "subpf pitchforks $1 $2, want $lo $hi"
    # the fold, found on the broken branches (born at a pitchfork), backward
    line=$(grep '^fold hz=' "$tmp/s.out")
    [ "$(echo "$line" | wc -l)" = 1 ] || err "subpf: expected one fold line: $line"
    f=$(echo "$line" | sed -n 's/^fold hz=\([^ ]*\) .*/\1/p')
    close "$f" "$hf" 1e-7 || err "subpf fold at $f, want $hf"
    echo "$line" | grep -q 'the broken[+-] branch.*(backward)' || err "subpf fold not on a broken branch: $line"
    for b in $(echo "$line" | sed 's/.*branch[es]* \([0-9, ]*\) end.*/\1/' | tr -d ,); do
        grep -q "^branch $b broken[+-] backward.*born at the pitchfork.*ends at a fold" "$tmp/s.out" ||
            err "subpf: branch $b of the fold line is not a broken branch ending at a fold"
    done
    grep -q 'STUCK\|^stuck\|^branch point' "$tmp/s.out" && err "subpf: stuck or branch point reported"

    # without the symmetry: the same points as branch points of `other` branches
    "$T/subpf_nosym" sweep --set V=$V,J=$J,gamma=$ga --vary hz=$grid --direction both \
        -o "$tmp/n.csv" >"$tmp/n.out" 2>&1 || err "subpf_nosym sweep exited $?"
    cat "$tmp/n.out"
    grep -q '^pitchfork' "$tmp/n.out" && err "subpf_nosym: a pitchfork without a symmetry"
    set -- $(sed -n 's/^branch point hz=\([^ ]*\) .* on the other branch.*(forward, backward)$/\1/p' "$tmp/n.out") x x
    { close "$1" "$lo" 1e-8 && close "$2" "$hi" 1e-8; } ||
        err "subpf_nosym branch points $1 $2, want $lo $hi: $(grep '^branch point' "$tmp/n.out")"
    f=$(sed -n 's/^fold hz=\([^ ]*\) .*/\1/p' "$tmp/n.out")
    close "$f" "$hf" 1e-7 || err "subpf_nosym fold at $f, want $hf"
}
subpf_case 1 -0.8 1 0:2:73
subpf_case 1.5 -0.9 1 0:3:107

# a zero eigenvalue that is exact (btc's conserved |m|^2) or a spectrum
# with no real crossing (pump_loss) gives no branch point
"$T/btc" sweep --set kappa=1 --vary Omega=0:1:101 --direction both -o "$tmp/btc.csv" \
    >"$tmp/btc.out" 2>&1 || err "btc sweep exited $?"
grep -q '^branch point\|^stuck' "$tmp/btc.out" && err "btc: $(grep '^branch point\|^stuck' "$tmp/btc.out")"
"$BIN/pump_loss" sweep --set h2=10,lambda=0.01,gup=1,gdown=0 --vary h1=0:1.2:121 \
    --direction both -o "$tmp/pl.csv" >"$tmp/pl.out" 2>&1 || err "pump_loss sweep exited $?"
grep -q '^branch point\|^stuck\|^cycle' "$tmp/pl.out" && err "pump_loss: $(grep '^branch point\|^stuck\|^cycle' "$tmp/pl.out")"

# ---- limit cycles past a Hopf point -----------------------------------
# hopf.model: past g_H = G^2/(4 (gup - gdown)) the cycle has z = G/(4g),
# radius r = sqrt((gup - gdown - G z)/(2g)) (so r^2 is linear in g - g_H
# near g_H) and rotates at 2h, the Hopf frequency
"$T/hopf" sweep --set h=0.7,gup=1,gdown=0.2 --vary g=0:0.8:37 --direction both \
    -o "$tmp/h.csv" --plot "$tmp/h.png" >"$tmp/h.out" 2>&1 || err "hopf sweep exited $?"
cat "$tmp/h.out"
grep -q '^cycle from the hopf g=0.45.*settled at 16 of 16' "$tmp/h.out" || err "hopf: cycle summary"
grep -q 'NOT settled\|: none\|not measured' "$tmp/h.out" && err "hopf: an unsettled cycle"
awk -F, '$4 ~ /^cycle-/ { n++; g = $1; G = 1.2; z = G / (4 * g); r = sqrt((0.8 - G * z) / (2 * g))
        s = $4 == "cycle-max" ? 1 : -1
        if ((($9 - s * r) ^ 2 > 1e-12) || (($10 - s * r) ^ 2 > 1e-12) || (($11 - z) ^ 2 > 1e-12) ||
            ($8 - 1.4) ^ 2 > 1e-12 || $5 != 1 || $6 != 1 || g <= 0.45) { print; bad = 1 } }
    END { exit bad || n != 32 }' "$tmp/h.csv" || err "hopf: cycle rows against the closed-form radius"
# sqrt law: r^2/(g - g_H) at the first two cycle points agree within the
# curvature of r^2 = 0.4 (g - g_H)/g^2
awk -F, '$4 == "cycle-max" { n++; q[n] = $9 * $9 / ($1 - 0.45) * $1 * $1 }
    END { exit !(n > 2 && (q[1] - 0.4) ^ 2 < 1e-12 && (q[2] - 0.4) ^ 2 < 1e-12) }' "$tmp/h.csv" ||
    err "hopf: r^2 not linear in g - g_H"
# an independent integration: classical RK4 here, from (0.1, 0, 0.5)
rk4() {     # g -> max sx1 over the last 3 periods of t = 400
    awk -v g="$1" 'function f(x, y, z, k) { dx[k] = 2 * g * z * x + 1.4 * y - 0.6 * x
            dy[k] = -1.4 * x + 2 * g * z * y - 0.6 * y; dz[k] = -2 * g * (x * x + y * y) + 0.8 - 1.2 * z }
        BEGIN { x = 0.1; y = 0; z = 0.5; h = 0.004; N = 100000; m = -1
            for (i = 0; i < N; i++) {
                f(x, y, z, 1); f(x + h / 2 * dx[1], y + h / 2 * dy[1], z + h / 2 * dz[1], 2)
                f(x + h / 2 * dx[2], y + h / 2 * dy[2], z + h / 2 * dz[2], 3)
                f(x + h * dx[3], y + h * dy[3], z + h * dz[3], 4)
                x += h / 6 * (dx[1] + 2 * dx[2] + 2 * dx[3] + dx[4])
                y += h / 6 * (dy[1] + 2 * dy[2] + 2 * dy[3] + dy[4])
                z += h / 6 * (dz[1] + 2 * dz[2] + 2 * dz[3] + dz[4])
                if (i * h > 386 && x > m) m = x }
            printf "%.12f\n", m }'
}
for g in 0.6 0.8; do
    want=$(rk4 $g)
    got=$(awk -F, -v g=$g '$4 == "cycle-max" && ($1 - g) ^ 2 < 1e-20 { print $9 }' "$tmp/h.csv")
    close "$got" "$want" 1e-5 || err "hopf g=$g: sweep's cycle max sx1 $got, RK4 $want"
    "$T/hopf" evolve --set h=0.7,g=$g,gup=1,gdown=0.2 --t 400 --every 0.01 --init 0.1,0,0.5 \
        --cycle >"$tmp/cyc" 2>&1 || err "evolve --cycle at g=$g exited $?"
    ev=$(sed -n 's/^# amplitude .*: sx1 \([^ ]*\) .*/\1/p' "$tmp/cyc")
    close "$got" "$ev" 5e-5 || err "hopf g=$g: sweep's cycle $got, evolve --cycle $ev"
done
grep -q '^followed forward: no stable steady state.*a limit cycle settles there' "$tmp/h.out" ||
    err "hopf: the followed state's loss does not point at the cycle"
"$T/hopf" sweep --set h=0.7,gup=1,gdown=0.2 --vary g=0:0.8:37 --no-cycles -o "$tmp/h0.csv" \
    >"$tmp/h0.out" 2>&1 || err "hopf sweep --no-cycles exited $?"
grep -q "cycle-\|^cycle" "$tmp/h0.csv" "$tmp/h0.out" && err "--no-cycles: cycles measured"
if command -v gnuplot >/dev/null 2>&1; then
    [ "$(head -c 4 "$tmp/h.png" | od -An -c | tr -d ' ')" = "211PNG" ] || err "--plot wrote no PNG"
    grep -q 'filledcurves' "$tmp/h.gp" || err "--plot: no cycle band in the script"
else
    echo "SKIP: --plot (gnuplot not installed)"
fi

echo "continuation: $fail problem(s)"
[ "$fail" = 0 ]
