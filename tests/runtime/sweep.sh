#!/bin/sh
# `sweep` against independent answers:
#  - pump_loss: the pitchforks against the real roots of the generator's
#    exact boundary polynomial (blochgen boundary), the stability of the
#    symmetric branch against the same roots, the Z2 mirror symmetry of the
#    broken branches, |rhs| of the CSV states from the `rhs` command, the
#    paper's m_x2 ~ (lambda/h2) m_x1, no hysteresis at a continuous
#    transition, --init steering the followed state;
#  - tests/models/fold.model: every branch state against the closed-form
#    optical-Bloch steady state, the folds against the turning points of the
#    parametric curve hz(z) (computed here in awk), the jumps of the followed
#    states and the hysteresis interval between the folds;
#  - tests/models/hopf.model: the analytic Hopf point g = G^2/(4 (gup -
#    gdown)) and frequency 2h, reported as Hopf and not as a pitchfork.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
S=$BIN/pump_loss
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
close() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= t) }'; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-sweep.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# CSV rows (no comments, no header) of one kind (and direction): param then observables
rows() {
    awk -F, -v k="$2" -v d="${3:-}" '!/^#/ && $1 != "param" && $4 == k && (d == "" || $2 == d) {
        printf "%s", $1; for (i = 9; i <= NF; i++) printf " %s", $i; printf "\n" }' "$1"
}

# ---- pump_loss ---------------------------------------------------------
FIXED=h2=10,lambda=0.01,gup=1,gdown=0
"$S" sweep --set $FIXED --vary h1=0:1.2:121 --direction both -o "$tmp/pl.csv" \
    --plot "$tmp/pl.png" >"$tmp/pl.out" 2>"$tmp/pl.err" || err "pump_loss sweep exited $?"
cat "$tmp/pl.out"
sed -n 2p "$tmp/pl.csv" | grep -q '^# model=pump_loss.*, h1=0:1.2:121,' || err "CSV lacks the # model= line after the header"
head -1 "$tmp/pl.csv" | grep -qx \
    'param,direction,branch,kind,stable,physical,gap,frequency,sx1,sy1,sz1,sx2,sy2,sz2,sx1\*sx2,sx1\*sy2,sx1\*sz2,sy1\*sx2,sy1\*sy2,sy1\*sz2,sz1\*sx2,sz1\*sy2,sz1\*sz2' ||
    err "CSV header"
"$S" sweep --set $FIXED --vary h1=0:1:3 --plot "$tmp/x.png" --plot-obs sx9 >/dev/null 2>"$tmp/po.err"
[ $? = 2 ] && grep -q "plot-obs: unknown observable 'sx9' (known: sx1 " "$tmp/po.err" ||
    err "--plot-obs sx9: $(cat "$tmp/po.err")"
for k in symmetric broken+ broken- followed; do
    for d in forward backward; do
        [ -n "$(rows "$tmp/pl.csv" $k $d)" ] || err "no $k rows ($d)"
    done
done

# pitchforks: the real roots of the exact boundary polynomial
roots=$("$BIN/blochgen" boundary models/pump_loss.model --subs $FIXED |
    sed -n 's/^h1 = \[\([-0-9.e+]*\) .*/\1/p' | awk '$1 >= 0 && $1 <= 1.2')
[ "$(echo "$roots" | wc -l)" = 2 ] || err "generator roots: $roots"
pf=$(sed -n 's/^pitchfork h1=\([^ ]*\) between h1=\[\([^,]*\),\([^]]*\)\].*/\1 \2 \3/p' "$tmp/pl.out")
[ "$(echo "$pf" | wc -l)" = 2 ] || err "expected two pitchfork lines, got: $pf"
grep -q '^hopf' "$tmp/pl.out" && err "pump_loss: a Hopf point reported"
grep -q '^fold' "$tmp/pl.out" && err "pump_loss: a fold reported"
i=1
for r in $roots; do
    set -- $(echo "$pf" | sed -n "${i}p")
    close "$1" "$r" 1e-7 || err "pitchfork $1 vs boundary root $r"
    awk -v r="$r" -v a="$2" -v b="$3" 'BEGIN { exit !(a < r && r < b) }' ||
        err "pitchfork interval [$2,$3] does not enclose the root $r"
    i=$((i + 1))
done
r1=$(echo "$roots" | sed -n 1p)
r2=$(echo "$roots" | sed -n 2p)

# the symmetric state is stable exactly outside [r1, r2]; broken states inside
awk -F, -v r1="$r1" -v r2="$r2" '!/^#/ && $1 != "param" && $4 != "followed" {
        inside = $1 > r1 && $1 < r2
        if ($4 == "symmetric" && $5 != !inside) { print "symmetric stability at " $1; bad = 1 }
        if ($4 ~ /broken/ && (!inside || $5 != 1)) { print "broken row at " $1 " stable " $5; bad = 1 }
    } END { exit bad }' "$tmp/pl.csv" || err "stability does not match the boundary roots"

# Z2: broken- is the mirror image of broken+ (odd observables negated)
par=$("$S" info | sed -n 's/.*"parity": \[\(.*\)\].*/\1/p' | tr -d '" ' | tr ',' ' ')
for d in forward backward; do
    rows "$tmp/pl.csv" broken+ $d >"$tmp/bp"
    rows "$tmp/pl.csv" broken- $d >"$tmp/bm"
    [ "$(wc -l <"$tmp/bp")" = "$(wc -l <"$tmp/bm")" ] || err "broken+/- point counts ($d)"
    paste -d' ' "$tmp/bp" "$tmp/bm" | awk -v par="$par" '{
        n = split(par, p, " "); if ($1 != $(n + 2)) { print "param " $1 " vs " $(n + 2); bad = 1 }
        for (i = 1; i <= n; i++) {
            s = p[i] == "odd" ? -1 : 1; d = $(i + 1) - s * $(i + n + 2)
            if (d > 1e-9 || d < -1e-9) { print "h1=" $1 " " i ": " $(i + 1) " vs " $(i + n + 2); bad = 1 }
        } } END { exit bad }' || err "broken- is not the mirror of broken+ ($d)"
done

# every state is stationary: |rhs|_2 <= 1e-12 from the rhs command
awk -F, '!/^#/ && $1 != "param" && (NR % 23 == 0 || $4 == "broken-" && NR % 7 == 0)' \
    "$tmp/pl.csv" | head -12 >"$tmp/some"
[ "$(wc -l <"$tmp/some")" -ge 8 ] || err "too few rows to check"
while IFS=, read -r p dir br kind st ph gap fr x; do
    nrm=$("$S" rhs --set h1=$p,$FIXED --state "$x" |
        awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i * $i; printf "%.3g", sqrt(s) }')
    awk -v r="$nrm" 'BEGIN { exit !(r <= 1e-12) }' || err "|rhs| = $nrm at h1=$p ($kind)"
done <"$tmp/some"

# the paper's approximation m_x2 ~ (lambda/h2) m_x1 on the broken branch
rows "$tmp/pl.csv" broken+ | awk '{ if ($2 > 0.05 || $2 < -0.05) { n++; q = $5 / ($2 * 0.001)
        if (q < 0.8 || q > 1.2) { print "h1=" $1 ": m_x2/(lambda/h2 m_x1) = " q; bad = 1 } } }
    END { exit bad || n < 20 }' || err "m_x2 vs (lambda/h2) m_x1"

# a continuous transition: no hysteresis, the followed states agree
grep -q '^hysteresis' "$tmp/pl.out" && err "hysteresis reported at a pitchfork"
grep -q '^no hysteresis' "$tmp/pl.out" || err "no 'no hysteresis' line"
rows "$tmp/pl.csv" followed forward | awk '$1 == 0.5 { exit !($2 > 0.5 || $2 < -0.5) }' ||
    err "followed state at h1=0.5 is not broken"

if command -v gnuplot >/dev/null 2>&1; then
    [ "$(head -c 4 "$tmp/pl.png" | od -An -c | tr -d ' ')" = "211PNG" ] || err "--plot wrote no PNG"
    [ -s "$tmp/pl.gp" ] || err "--plot left no gnuplot script"
    # --plot-obs: one panel per named observable, in the order given
    "$S" sweep --set $FIXED --vary h1=0:6/5:13 --quiet --plot "$tmp/po.png" --plot-obs sz1,sx1 \
        >/dev/null 2>"$tmp/po.err" || err "--plot-obs exited $?: $(cat "$tmp/po.err")"
    [ "$(grep "^set ylabel" "$tmp/po.gp" | tr '\n' ' ')" = "set ylabel '<sz1>' set ylabel '<sx1>' " ] ||
        err "--plot-obs sz1,sx1 panels: $(grep "^set ylabel" "$tmp/po.gp" | tr '\n' ' ')"
else
    echo "SKIP: --plot (gnuplot not installed)"
fi

# --init steers the followed state; CSV and summary (as comments) on stdout
"$S" sweep --set $FIXED --vary h1=0.5:0.6:3 --init -broken --quiet >"$tmp/init.out" ||
    err "sweep --init -broken exited $?"
rows "$tmp/init.out" followed | awk '{ n++; if (!($2 < -0.5)) bad = 1 } END { exit bad || n != 3 }' ||
    err "--init -broken: the followed state is not broken-"
grep -q '^# branch 1 symmetric forward' "$tmp/init.out" || err "summary not on stdout as comments"
"$S" sweep --set $FIXED --vary h1=0:1:3 --direction sideways >/dev/null 2>&1
[ $? = 2 ] || err "bad --direction not rejected with status 2"

# ---- the grid does not decide ---------------------------------------------
# A supercritical pitchfork on a fine grid: the broken branches live from
# one pitchfork to the other (the roots of `boundary`, an independent
# route) on every grid, and the followed state moves onto them without a
# jump (the amplitude grows like sqrt(h1 - h1c): continuous).
pf=$("$S" boundary --set $FIXED --vary h1=0:1.4 2>/dev/null | cut -d' ' -f1)
p1=$(echo "$pf" | sed -n 1p)
p2=$(echo "$pf" | sed -n 2p)
for n in 141 2801; do
    "$S" sweep --set $FIXED --vary h1=0:1.4:$n --direction both --quiet -o "$tmp/g$n.csv" \
        >"$tmp/g$n.out" 2>&1 || err "sweep with $n points exited $?"
    grep -q "jump" "$tmp/g$n.out" && err "$n points: a jump at a supercritical pitchfork: $(grep jump "$tmp/g$n.out")"
    grep -q "^no hysteresis" "$tmp/g$n.out" || err "$n points: hysteresis reported"
    for kind in broken+ broken-; do
        grep "^branch [0-9]* $kind forward" "$tmp/g$n.out" | sed 's/.*h1=\[\([^,]*\),\([^]]*\)\].*/\1 \2/' |
            awk -v a="$p1" -v b="$p2" -v d="$(awk -v n=$n 'BEGIN { print 1.4 / (n - 1) }')" \
                '{ ok = $1 - a <= d + 1e-9 && $1 >= a - 1e-12 && b - $2 <= d + 1e-9 && $2 <= b + 1e-12 }
                 END { exit !(NR == 1 && ok) }' ||
            err "$n points: the $kind branch does not span [$p1, $p2]: $(grep "$kind forward" "$tmp/g$n.out")"
    done
done

# ---- test models -------------------------------------------------------
T=$BUILD/testmodels
for M in fold hopf; do
    # shellcheck disable=SC2086
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/$M.model \
        MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log"; err "building tests/models/$M.model"; exit 1; }
done

# fold: folds are the turning points d hz/dz = 0 of hz(z) = Delta(z) - V z,
# Delta(z)^2 = (-2 w^2 z/(1+z) - g^2)/4, either sign of Delta
folds=$(awk -v V=4 -v w=1 -v g=1 'function dh(z, s,  u) {
        u = -2 * w * w * z / (1 + z) - g * g
        return s * (-2 * w * w / ((1 + z) * (1 + z))) / (4 * sqrt(u)) - V }
    function hz(z, s) { return s * sqrt(-2 * w * w * z / (1 + z) - g * g) / 2 - V * z }
    BEGIN { zmax = -g * g / (g * g + 2 * w * w); N = 100000
        for (s = -1; s <= 1; s += 2)
            for (i = 1; i < N - 1; i++) {
                a = -1 + (zmax + 1) * i / N; b = -1 + (zmax + 1) * (i + 1) / N
                if ((dh(a, s) > 0) == (dh(b, s) > 0)) continue
                for (k = 0; k < 100; k++) { c = (a + b) / 2
                    if ((dh(c, s) > 0) == (dh(a, s) > 0)) a = c; else b = c }
                printf "%.12f\n", hz(a, s) } }' | sort -g)
echo "analytic folds: $folds"
[ "$(echo "$folds" | wc -l)" = 2 ] || err "analytic fold count: $folds"
flo=$(echo "$folds" | sed -n 1p)
fhi=$(echo "$folds" | sed -n 2p)
"$T/fold" sweep --set V=4,omega=1,gamma=1 --vary hz=0.5:2.5:81 --direction both \
    -o "$tmp/fold.csv" >"$tmp/fold.out" 2>"$tmp/fold.err" || err "fold sweep exited $?"
cat "$tmp/fold.out"
# every branch state solves z (g^2 + 4 D^2 + 2 w^2) = -(g^2 + 4 D^2), D = hz + V z
awk -F, '!/^#/ && $1 != "param" { n++; z = $11; D = $1 + 4 * z; r = z * (1 + 4 * D * D + 2) + 1 + 4 * D * D
        if (r > 1e-9 || r < -1e-9) { print "hz=" $1 " z=" z ": residual " r; bad = 1 } }
    END { exit bad || n < 100 }' "$tmp/fold.csv" || err "fold: states off the Bloch steady state"
nf=$(grep -c '^fold hz=' "$tmp/fold.out")
[ "$nf" = 2 ] || err "fold: expected two fold lines, got $nf"
for f in $(sed -n 's/^fold hz=\([^ ]*\) .*/\1/p' "$tmp/fold.out"); do
    close "$f" "$flo" 1e-5 || close "$f" "$fhi" 1e-5 || err "fold at $f is neither $flo nor $fhi"
done
jump() {    # the followed state's jump interval in direction $1
    sed -n "s/^followed $1: jump hz=\[\([^,]*\),\([^]]*\)\].*/\1 \2/p" "$tmp/fold.out"
}
encl() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { exit !(a < f && f < b && b - a < 0.0251) }'; }
set -- $(jump forward) x x
encl "$1" "$2" "$fhi" || err "forward followed jumps over [$1,$2], not at the fold $fhi"
set -- $(jump backward) x x
encl "$1" "$2" "$flo" || err "backward followed jumps over [$1,$2], not at the fold $flo"
h=$(sed -n 's/^hysteresis hz=\[\([^,]*\),\([^]]*\)\]$/\1 \2/p' "$tmp/fold.out")
[ "$(grep -c "^hysteresis hz=" "$tmp/fold.out")" = 1 ] || err "fold: expected one hysteresis interval, got: $h"
set -- $h x x
# grid 0.5 + k/40: the interval runs over the grid points strictly between the folds
awk -v a="$1" -v b="$2" -v lo="$flo" -v hi="$fhi" 'BEGIN {
        exit !(a > lo && a - 0.025 < lo && b < hi && b + 0.025 > hi) }' ||
    err "hysteresis [$1,$2] is not the grid interval between the folds $flo, $fhi"

# the middle (unstable) branch no grid end holds: traced back from the
# fold where the upper branch ends, even in one direction alone, so the
# states of every grid point inside the window are three (the cubic's
# roots; the residual check above covers them) and the folds bound it
"$T/fold" sweep --set V=4,omega=1,gamma=1 --vary hz=0.5:2.5:81 -o "$tmp/fold1.csv" \
    >"$tmp/fold1.out" 2>&1 || err "fold forward sweep exited $?"
grep -q '^branch [0-9]* other backward: .* unstable throughout; ends at a fold' "$tmp/fold1.out" ||
    err "fold forward: no unstable middle branch traced back from the fold"
set -- $(sed -n 's/^bistable hz=\[\([^,]*\),\([^]]*\)\].*/\1 \2/p' "$tmp/fold1.out") x x
{ close "$1" "$flo" 1e-5 && close "$2" "$fhi" 1e-5; } ||
    err "fold forward: bistable window [$1,$2], not the folds [$flo,$fhi]"
awk -F, -v lo="$flo" -v hi="$fhi" '!/^#/ && $1 != "param" && $1 > lo && $1 < hi && $3 > 0 { n[$1]++ }
    END { for (h in n) if (n[h] != 3) { print "hz=" h ": " n[h] " states"; bad = 1 }; exit bad }' \
    "$tmp/fold1.csv" || err "fold forward: not three states at every grid point inside the window"

# evolve --ramp: hz moved slowly through the bistable window, the state
# jumps just past each fold (a delayed bifurcation), and a faster ramp
# jumps further past it (the hysteresis widens with the rate)
ramp_jump() {   # T, A:B -> hz where |d sz| between rows is largest (after T/10)
    "$T/fold" evolve --set V=4,omega=1,gamma=1 --ramp hz=$2 --t $1 --every "$(awk -v t=$1 'BEGIN { print t / 4000 }')" |
        awk -F, -v T=$1 '!/^#/ && $1 != "t" && $1 > T / 10 {
            if (n++ && (d = $5 - z) * d > best) { best = d * d; at = (h + $2) / 2 } z = $5; h = $2 }
            END { print at }'
}
up4=$(ramp_jump 4000 0.5:2.5); dn4=$(ramp_jump 4000 2.5:0.5)
up5=$(ramp_jump 500 0.5:2.5); dn5=$(ramp_jump 500 2.5:0.5)
awk -v u="$up4" -v d="$dn4" -v U="$up5" -v D="$dn5" -v lo="$flo" -v hi="$fhi" 'BEGIN {
        exit !(u > hi && u < hi + 0.05 && d < lo && d > lo - 0.05 && U > u && D < d) }' ||
    err "ramp jumps: up $up4 (fast $up5), down $dn4 (fast $dn5); folds $flo, $fhi"
grep -q '^t,hz,sx1' <<EOF2 || err "evolve --ramp: CSV header"
$("$T/fold" evolve --set V=4,omega=1,gamma=1 --ramp hz=0.5:2.5 --t 1 | grep -v '^#' | head -1)
EOF2
"$T/fold" evolve --set V=4,omega=1,gamma=1 --ramp hz=0.5:2.5:3 --t 1 >/dev/null 2>&1 &&
    err "evolve --ramp with a point count accepted"

# a grid with no point between the folds: the window comes from the folds
# themselves, and no "no hysteresis" verdict
"$T/fold" sweep --set V=4,omega=1,gamma=1 --vary hz=1:3:3 --direction both \
    -o "$tmp/fold3.csv" >"$tmp/fold3.out" 2>&1 || err "fold sweep on 3 points exited $?"
grep -q '^no hysteresis' "$tmp/fold3.out" && err "3 points: 'no hysteresis' between two folds"
set -- $(sed -n 's/^bistable hz=\[\([^,]*\),\([^]]*\)\].*/\1 \2/p' "$tmp/fold3.out") x x
{ close "$1" "$flo" 1e-5 && close "$2" "$fhi" 1e-5; } ||
    err "3 points: bistable window [$1,$2], folds $flo, $fhi: $(cat "$tmp/fold3.out")"

# hopf: g_H = G^2/(4 (gup - gdown)), frequency 2h; no pitchfork
hopf_case() {   # gup gdown h grid gH
    gH=$5
    f2h=$(awk -v h="$3" 'BEGIN { print 2 * h }')
    "$T/hopf" sweep --set h=$3,gup=$1,gdown=$2 --vary g=$4 -o "$tmp/hopf.csv" \
        >"$tmp/hopf.out" 2>"$tmp/hopf.err" || err "hopf sweep exited $?"
    cat "$tmp/hopf.out"
    grep -q '^pitchfork' "$tmp/hopf.out" && err "hopf: a pitchfork reported"
    [ "$(grep -c '^hopf g=' "$tmp/hopf.out")" = 1 ] || err "hopf: expected one Hopf line"
    set -- $(sed -n 's/^hopf g=\([^ ]*\) frequency=\([^ ]*\) .*/\1 \2/p' "$tmp/hopf.out") x x
    close "$1" "$gH" 1e-6 || err "Hopf point $1, analytic $gH"
    close "$2" "$f2h" 1e-6 || err "Hopf frequency $2, analytic $f2h"
    grep -q '^followed forward: no stable steady state' "$tmp/hopf.out" ||
        err "hopf: the followed state survives the Hopf point"
}
hopf_case 1 0.2 0.7 0:0.8:37 0.45
# evolve --cycle past the Hopf point: the limit cycle rotates at 2h with
# radius r = sqrt((gup - gdown - G z)/(2g)), z = G/(4g) (hopf.model's header)
"$T/hopf" evolve --set h=0.7,g=0.6,gup=1,gdown=0.2 --t 400 --every 0.01 --init 0.1,0,0.5 \
    --cycle >"$tmp/cyc" 2>&1 || err "evolve --cycle exited $?: $(tail -2 "$tmp/cyc")"
sed -n 's/^# limit cycle: period \([^ ]*\) .*/\1/p' "$tmp/cyc" >"$tmp/per"
sed -n 's/^# amplitude .*: sx1 \([^ ]*\) .*/\1/p' "$tmp/cyc" >"$tmp/amp"
awk -v P="$(cat "$tmp/per")" -v A="$(cat "$tmp/amp")" 'BEGIN { pi = atan2(0, -1)
        G = 1.2; g = 0.6; z = G / (4 * g); r = sqrt((1 - 0.2 - G * z) / (2 * g))
        exit !((P - pi / 0.7) ^ 2 < 1e-12 && (A - r) ^ 2 < 1e-8) }' ||
    err "limit cycle: period $(cat "$tmp/per") (want pi/h), amplitude $(cat "$tmp/amp"): $(tail -2 "$tmp/cyc")"
# below the Hopf point (g_H = 0.45) the spiral decays: never a settled cycle
for g in 0.3 0.44; do
    "$T/hopf" evolve --set h=0.7,g=$g,gup=1,gdown=0.2 --t 400 --every 0.01 --init 0.1,0,0.5 \
        --cycle >"$tmp/cyc" 2>&1
    st=$?
    { [ $st = 1 ] && grep -q '^# no limit cycle' "$tmp/cyc"; } ||
        { [ $st = 3 ] && grep -q 'NOT settled' "$tmp/cyc"; } ||
        err "g=$g: a decaying spiral called a limit cycle (exit $st): $(tail -2 "$tmp/cyc")"
done
"$T/hopf" evolve --set h=0.7,g=0.6,gup=1,gdown=0.2 --t 10 --cycle >/dev/null 2>&1
[ $? = 2 ] || err "--cycle without --every accepted"

# both directions lose their followed state past the Hopf point: nothing
# was compared there, so no verdict on hysteresis
"$T/hopf" sweep --set h=0.7,gup=1,gdown=0.2 --vary g=0:0.8:37 --direction both \
    -o "$tmp/hopf2.csv" >"$tmp/hopf2.out" 2>&1 || err "hopf sweep both exited $?"
grep -q '^no hysteresis' "$tmp/hopf2.out" && err "hopf: 'no hysteresis' with the followed states lost"
grep -q '^hysteresis not decided' "$tmp/hopf2.out" || err "hopf: no 'not decided': $(cat "$tmp/hopf2.out")"
hopf_case 1 0 0.3 0:0.5:38 0.25

# btc (tests/models/btc.model): |m|^2 is conserved, so every steady state
# has an exactly zero eigenvalue: none is stable (at best marginal), and
# no noise about that zero may pass for a Hopf point (the maximally mixed
# state has eigenvalues 0, +-2i Omega)
make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M=tests/models/btc.model \
    MODEL_OUT="$T" ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 || err "building btc"
"$T/btc" sweep --set kappa=1 --vary Omega=0:1:101 --direction both -o "$tmp/btc.csv" \
    >"$tmp/btc.out" 2>&1 || err "btc sweep exited $?: $(cat "$tmp/btc.out")"
awk -F, '!/^#/ && $1 != "param" && $5 != 0 { print; exit 1 }' "$tmp/btc.csv" ||
    err "btc: a state with a zero eigenvalue called stable"
grep -q '^hopf' "$tmp/btc.out" && err "btc: Hopf points from a zero eigenvalue: $(grep '^hopf' "$tmp/btc.out")"
grep -q 'marginal' "$tmp/btc.out" || err "btc: no marginal stretch reported: $(cat "$tmp/btc.out")"
# each event point once: mirror-image branches ending at one fold, or a
# point seen in both directions, make one line
dup=$(sed -n 's/^\(fold\|hopf\|pitchfork\) [^=]*=\([^ ]*\) .*/\1 \2/p' "$tmp/btc.out" "$tmp/pl.out" | sort | uniq -d)
[ -z "$dup" ] || err "event lines repeated: $dup"
# the physical column against the closed form on one site: rho >= 0 iff
# |m| <= 1, and an unphysical state is never stable
for f in "$tmp/btc.csv" "$tmp/pl.csv"; do
    awk -F, '!/^#/ && $1 != "param" { n++
            if ($5 == 1 && $6 != 1) { print "stable but not physical: " $0; bad = 1 } }
        END { exit bad || n == 0 }' "$f" || err "$f: stable unphysical rows"
done
awk -F, '!/^#/ && $1 != "param" { r = sqrt($9 * $9 + $10 * $10 + $11 * $11)
        if ((r <= 1 + 1e-9) != ($6 == 1)) { print "|m| = " r " physical " $6; bad = 1 } }
    END { exit bad }' "$tmp/btc.csv" || err "btc: physical column against |m| <= 1"

echo "sweep: $fail problem(s)"
[ "$fail" = 0 ]
