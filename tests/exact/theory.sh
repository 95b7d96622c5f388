#!/bin/sh
# The large-N theory and blockade commands of bin/dtfim-exact, each
# against something independent of the code under test:
#  1. exact density at N = 1000..8000 (J = Jbar/N) -> the steady state of
#     bin/dtfim_mf (the generator's mean-field solver), difference ~ 1/N;
#     bistable parameters follow the global minimum of f (Eq. 16);
#  2. meanfield's roots are zeros of dtfim_mf's rhs, its stability agrees
#     with dtfim_mf's Jacobian, and its stable roots are the minima of f;
#  3. f + delta f against the exact -(1/N) log p_M of Eq. S39 (summed here
#     in awk): error ~ 1/N^2 (and f alone ~ 1/N);
#  4. transitions: the first-order point lies inside the bistable range
#     found from meanfield's stability, the exact state jumps across it,
#     Maxwell lies nearby, critical points close the bistable range;
#  5. blockade: the closed-form blockade states (Phi = 1, 1 - S_-), the
#     n = 0 width in closed form (below), positions hz = nJ, Eq. 12;
#  6. argument errors.
set -u
BIN=${BIN:-bin}
X="$BIN/dtfim-exact"
MF="$BIN/dtfim_mf"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
[ -x "$MF" ] || { echo "FAIL: $MF not built"; exit 1; }

# rows of a CSV without the comment and the header
rows() { grep -v '^#' | tail -n +2; }
# "key re im" lines -> "re im re im ..." sorted by the rounded real part, then im
eigsort() { sort -k1,1g -k3,3g | awk '{ printf "%s %s ", $2, $3 }'; }

# ---- 1. exact -> mean field (dtfim_mf), the 1/N trend ------------------
# "Jbar hx hz gamma Gbar"
for P in "1 0.4 -0.3 0.1 0" "1 0.4 0.1 0.1 0" "1 0.6 0.2 0.1 0.3" "-0.8 0.5 0.3 0.2 0.5" \
         "1 0.4 0.2 0.1 0.2"; do
    set -- $P
    Jb=$1 hx=$2 hz=$3 g=$4 Gb=$5
    # the global minimum of f among meanfield's roots, rounded and shrunk by 0.95 (a
    # state: --init must be one), starts Newton
    init=$($X meanfield --Jbar $Jb --hx $hx --hz $hz --gamma $g --Gbar $Gb | rows |
           awk -F, '$1 == "root" && $10 == 1 { printf "%.2f,%.2f,%.2f", 0.95 * $4, 0.95 * $5, 0.95 * $6 }')
    mf=$($MF steady --set Jbar=$Jb,hx=$hx,hz=$hz,gamma=$g,Gbar=$Gb --init "$init" 2>&1) ||
        { fail "dtfim_mf steady $P from $init: $mf"; continue; }
    mf=$(echo "$mf" | awk '/^s[xyz]1/ { printf "%s ", $2 }')
    diffs=""
    for N in 1000 2000 4000 8000; do
        J=$(awk -v a=$Jb -v n=$N 'BEGIN { printf "%.17g", a / n }')
        G=$(awk -v a=$Gb -v n=$N 'BEGIN { printf "%.17g", a / n }')
        ex=$($X density --N $N --J $J --hz $hz --hx $hx --gamma $g --Gamma $G | rows | grep '^mean')
        # mean,n,sz,sx,sy against sx1 sy1 sz1
        d=$(echo "$ex $mf" | awk -F'[ ,]' '{ m = 0; split("4 5 3", e, " ")
                for (k = 0; k < 3; k++) { d = $(e[k + 1]) - $(6 + k); if (d < 0) d = -d; if (d > m) m = d }
                printf "%.3e", m }')
        diffs="$diffs $d"
    done
    echo "exact vs dtfim_mf, $P: max |s_exact - s_mf| at N = 1000..8000:$diffs"
    echo "$diffs" | awk '{ for (i = 1; i < NF; i++) { r = $i / $(i + 1); if (r < 1.7 || r > 2.3) exit 1 }
                           if ($NF > 2e-3) exit 1 }' ||
        fail "exact -> mean field not ~1/N for $P:$diffs"
done

# ---- 2. meanfield's roots: zeros of dtfim_mf's rhs, stability, minima of f
for P in "1 0.4 0.1 0.1 0" "1 0.4 0.2 0.1 0.2" "1 0.8 -0.07 0.1 0" "-0.8 0.5 0.3 0.2 0.5" \
         "1 1.2 0.5 0.3 1" "0.5 0.2 0.2 0.05 0"; do
    set -- $P
    S="Jbar=$1,hx=$2,hz=$3,gamma=$4,Gbar=$5"
    out=$($X meanfield --Jbar $1 --hx $2 --hz $3 --gamma $4 --Gbar $5 | rows)
    echo "$out" | awk -F, '$1 == "root"' > /tmp/theory_roots.$$
    while IFS=, read -r kind m mz sx sy sz f d2f stable glob rest; do
        r=$($MF rhs --set $S --state $sx,$sy,$sz)
        echo "$r" | awk '{ for (i = 1; i <= NF; i++) if ($i > 1e-12 || $i < -1e-12) exit 1 }' ||
            fail "meanfield root m=$m ($S) is not a zero of dtfim_mf rhs: $r"
        so=$($MF stability --set $S --at $sx,$sy,$sz)
        st=$(echo "$so" | tail -1)
        want=$([ "$stable" = 1 ] && echo stable || echo unstable)
        [ "$st" = "$want" ] || fail "meanfield root m=$m ($S): stable=$stable, dtfim_mf says $st"
        # the eigenvalues themselves, as sorted (re, im) lists
        e1=$(echo "$rest" | awk -F, '{ for (i = 1; i < 7; i += 2) printf "%.6f %.9f %.9f\n", $i, $i, $(i + 1) }' | eigsort)
        e2=$(echo "$so" | awk 'NF == 3 && $1 ~ /^[-0-9]/ { printf "%.6f %.9f %.9f\n", $1, $1, $2 }' | eigsort)
        echo "$e1|$e2" | awk -F'|' '{ n = split($1, a, " "); m = split($2, b, " "); if (n != 6 || m != 6) exit 1
            for (i = 1; i <= n; i++) { d = a[i] - b[i]; if (d < 0) d = -d; if (d > 1e-8) exit 1 } }' ||
            fail "meanfield root m=$m ($S): Jacobian eigenvalues $e1, dtfim_mf: $e2"
        # the stable roots are the local minima of f (f'' > 0)
        awk -v d=$d2f -v s=$stable 'BEGIN { exit !((d > 0) == (s == 1)) }' ||
            fail "meanfield root m=$m ($S): stable=$stable but f''=$d2f"
    done < /tmp/theory_roots.$$
    rm -f /tmp/theory_roots.$$
    # the minima of f found from f' alone are the stable roots
    echo "$out" | awk -F, '$1 == "root" && $9 == 1 { s[ns++] = $2 } $1 == "fmin" { f[nf++] = $2 }
        END { if (ns != nf) exit 1; for (i = 0; i < ns; i++) { d = s[i] - f[i]; if (d < 0) d = -d; if (d > 1e-9) exit 1 } }' ||
        fail "meanfield ($S): the minima of f are not the stable roots"
done

# ---- 3. f + delta f against the exact weights p_M (Eq. S39) -------------
# err(N) = max over m of |[F(m) - F(1/2)] - [E(m) - E(1/2)]|, E = -(1/N) log p_{Nm}
perr() {
    $X potential --Jbar 1 --hz 0.1 --hx 0.4 --gamma 0.1 --Gbar 0.3 --N $1 --grid 10 | awk -F, -v N=$1 '
    BEGIN { J = 1 / N; G = 0.3 / N; a = 0.1; b = -(0.1 + G) / 2; D = J * J + G * G / 4
            rr = (a * J + b * G / 2) / D; ri = (b * J - a * G / 2) / D; lam = 2 * D / 0.16
            s = 0; lp[0] = 0
            for (k = 0; k < N; k++) { s += log((k - rr)^2 + ri^2) + log(N - k) + log(lam) - log(k + 1); lp[k + 1] = s } }
    NR > 2 { i = NR - 2; E[i] = -lp[int($1 * N + 0.5)] / N; F[i] = $2; FN[i] = $6 }
    END { for (i = 1; i <= 9; i++) { d1 = (E[i] - E[5]) - (F[i] - F[5]); d2 = (E[i] - E[5]) - (FN[i] - FN[5])
              if (d1 < 0) d1 = -d1; if (d2 < 0) d2 = -d2; if (d1 > m1) m1 = d1; if (d2 > m2) m2 = d2 }
          printf "%.4e %.4e", m1, m2 }'
}
e1=$(perr 500) e2=$(perr 1000) e3=$(perr 2000)
echo "potential vs -(1/N) log p_M, N = 500, 1000, 2000 (f, f + delta f): $e1 | $e2 | $e3"
echo "$e1 $e2 $e3" | awk '{ if ($1 / $3 < 1.8 || $1 / $3 > 2.2 || $3 / $5 < 1.8 || $3 / $5 > 2.2) exit 1   # f: 1/N
                            if ($2 / $4 < 3.5 || $2 / $4 > 4.5 || $4 / $6 < 3.5 || $4 / $6 > 4.5) exit 1   # f + df: 1/N^2
                            if ($4 > $3 / 100) exit 1 }' ||
    fail "f + delta f is not within O(1/N^2) of -(1/N) log p_M: $e1 | $e2 | $e3"

# ---- 4. transitions along hz at hx = 0.4, gamma = 0.1 Jbar ---------------
T=$($X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=-0.3:0.5 | rows)
fo=$(echo "$T" | awk -F, '$1 == "first-order" { print $2 }')
mx=$(echo "$T" | awk -F, '$1 == "maxwell" { print $2 }')
sp=$(echo "$T" | awk -F, '$1 == "spinodal" { printf "%s ", $2 }')
echo "transitions hx=0.4: spinodals $sp first-order $fo maxwell $mx"
[ -n "$fo" ] && [ -n "$mx" ] && [ $(echo $sp | wc -w) = 2 ] || fail "transitions hx=0.4: expected 2 spinodals, 1 first-order, 1 maxwell: $T"
# the bistable range from meanfield's stability: its ends by bisection
nstable() {
    $X meanfield --Jbar 1 --hx 0.4 --hz $1 --gamma 0.1 | rows | awk -F, '$1 == "root" && $9 == 1' | wc -l
}
edge() {   # $1 with one stable state, $2 with two
    a=$1 b=$2
    for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
        c=$(awk -v a=$a -v b=$b 'BEGIN { printf "%.17g", (a + b) / 2 }')
        if [ $(nstable $c) = 2 ]; then b=$c; else a=$c; fi
    done
    echo $b
}
bis="$(edge -0.3 $fo) $(edge 0.5 $fo)"
echo "meanfield: two stable states for hz in [$bis] (bisection to 2e-4)"
echo "$bis $sp $fo $mx" | awk '{ lo = $1; hi = $2
        d = $3 - lo; if (d < 0) d = -d; if (d > 2e-4) exit 1   # spinodals at the ends of the range
        d = $4 - hi; if (d < 0) d = -d; if (d > 2e-4) exit 1
        if (!($5 > lo && $5 < hi)) exit 1               # first-order inside
        if (!($6 > lo && $6 < hi)) exit 1               # maxwell inside,
        d = $6 - $5; if (d < 0) d = -d; if (d > 0.25 * (hi - lo)) exit 1 }' ||   # and close to it
    fail "transitions: spinodals/first-order/maxwell '$sp/$fo/$mx' vs the bistable range [$bis]"
# Maxwell, independently: the mean-field curve (hz - m)^2 = W(m) =
# m hx^2/(2(1-m)) - gamma^2/4 built here as one path (the - branch from
# m -> 1 down to its lowest m, then the + branch up); between the outer
# crossings of hz = hz* the line integral of (hz - hz*) dm must vanish
for hx in 0.2 0.4 0.8; do
    hs=$($X transitions --Jbar 1 --hx $hx --gamma 0.1 --vary hz=-0.3:0.6 | rows | awk -F, '$1 == "maxwell" { print $2 }')
    awk -v hx=$hx -v g=0.1 -v hs="$hs" 'function W(m) { return m * hx * hx / (2 * (1 - m)) - g * g / 4 }
    BEGIN { if (hs == "") exit 1; lo = 0; hi = 1 - 1e-9
        for (i = 0; i < 200; i++) { x = (lo + hi) / 2; if (W(x) < 0) lo = x; else hi = x }
        mmin = hi; K = 100000; n = 0
        for (i = K; i >= 0; i--) { u = i / K; m = mmin + (1 - 1e-7 - mmin) * u * u; w = W(m); M[n] = m; H[n++] = m - sqrt(w > 0 ? w : 0) }
        for (i = 1; i <= K; i++) { u = i / K; m = mmin + (1 - 1e-7 - mmin) * u * u; w = W(m); M[n] = m; H[n++] = m + sqrt(w > 0 ? w : 0) }
        for (i = 1; i < n; i++) if ((H[i - 1] - hs) * (H[i] - hs) < 0) X[nc++] = i
        if (nc != 3) exit 1
        for (i = X[0]; i < X[2]; i++) { d = ((H[i] - hs) + (H[i - 1] - hs)) / 2 * (M[i] - M[i - 1]); A += d; T += d < 0 ? -d : d }
        exit !(A / T < 1e-6 && A / T > -1e-6) }' ||
        fail "maxwell hz = '$hs' at hx = $hx: the areas on the mean-field curve are not equal"
done
# the exact state (N = 4000) is on the low-m branch above the first-order
# point and on the high-m branch below it, each the global minimum of f
for dh in -0.03 0.03; do
    h=$(awk -v a=$fo -v d=$dh 'BEGIN { printf "%.6f", a + d }')
    mx_m=$($X meanfield --Jbar 1 --hx 0.4 --hz $h --gamma 0.1 | rows |
           awk -F, '$1 == "root" && $9 == 1 { printf "%s ", $2 }')
    ex_m=$($X density --N 4000 --J 0.00025 --hz $h --hx 0.4 --gamma 0.1 | rows | awk -F, '$1 == "mean" { print -$3 }')
    echo "$dh $mx_m $ex_m" | awk '{ lo = $2 < $3 ? $2 : $3; hi = $2 < $3 ? $3 : $2; want = $1 < 0 ? hi : lo
        d = $4 - want; if (d < 0) d = -d; exit !(NF == 4 && d < 2e-3) }' ||
        fail "exact m at hz = first-order $dh: $ex_m, stable mean-field states $mx_m"
done
# critical points: none when gamma > Jbar/2 (from (1-m)^2 (4m-1) = (gamma/Jbar)^2),
# two at gamma = 0.1 Jbar; the bistable wedge closes at each: on one side of
# hx_c a pair of spinodals near hz_c with three mean-field roots near m_c
# between them, on the other side none
nc=$($X transitions --Jbar 1 --hx 0.4 --gamma 0.6 --vary hz=-2:2 | rows | grep -c '^critical')
[ "$nc" = 0 ] || fail "gamma = 0.6 Jbar > Jbar/2 should have no critical point, got $nc"
$X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=-2:2 | rows | awk -F, '$1 == "critical"' > /tmp/theory_crit.$$
[ $(wc -l < /tmp/theory_crit.$$) = 2 ] || fail "gamma = 0.1 Jbar: expected two critical points"
while IFS=, read -r kind hz hx m1 m2; do
    cnt=""
    for s in 0.99 1.01; do
        h=$(awk -v a=$hx -v s=$s 'BEGIN { printf "%.17g", a * s }')
        r=$(awk -v a=$hz 'BEGIN { printf "%.17g:%.17g", a - 0.05, a + 0.05 }')
        sp=$($X transitions --Jbar 1 --hx $h --gamma 0.1 --vary hz=$r | rows | awk -F, '$1 == "spinodal" { printf "%s ", $2 }')
        set -- $sp
        cnt="$cnt $#"
        [ $# = 2 ] || continue
        mid=$(awk -v a=$1 -v b=$2 'BEGIN { printf "%.17g", (a + b) / 2 }')
        roots=$($X meanfield --Jbar 1 --hx $h --hz $mid --gamma 0.1 | rows | awk -F, '$1 == "root" { printf "%s ", $2 }')
        echo "$roots" | awk -v mc=$m1 '{ if (NF != 3) exit 1
            for (i = 1; i <= NF; i++) { d = $i - mc; if (d < 0) d = -d; if (d > 0.1) exit 1 } }' ||
            fail "critical point hz=$hz hx=$hx m=$m1: at hx*$s, hz=$mid the roots are $roots"
    done
    case "$cnt" in " 2 0"|" 0 2") ;; *) fail "critical point hz=$hz hx=$hx: spinodal counts$cnt across hx_c" ;; esac
done < /tmp/theory_crit.$$
rm -f /tmp/theory_crit.$$

# ---- 5. blockade ---------------------------------------------------------
B=$($X blockade --N 22 --hx 4 --gamma 1e-14 --vary hz=-0.5:6.5:15 | rows) || fail "blockade N=22: exit $?"
# closed forms at gamma -> 0: Phi = 1 (hz = 0): n = 1/2; Phi = 1 - S_- (hz = J):
# n = (1/2 + a^2 (N-1)/4) / (1 + a^2 N/2), a = 2J/hx
echo "$B" | awk -F, '$1 == "curve" && $2 == "0" { n0 = $3 } $1 == "curve" && $2 == "1" { n1 = $3 }
    END { a2 = 0.25; w1 = (0.5 + a2 * 21 / 4) / (1 + a2 * 11); d0 = n0 - 0.5; d1 = n1 - w1
          if (d0 < 0) d0 = -d0; if (d1 < 0) d1 = -d1; exit !(n0 != "" && n1 != "" && d0 < 1e-8 && d1 < 1e-8) }' ||
    fail "blockade: n-bar at hz = 0, J differs from the closed forms 1/2, (1/2 + a^2 (N-1)/4)/(1 + a^2 N/2)"
echo "$B" | awk -F, '$1 == "resonance" { printf "  n=%d  w_n=%s  2 w_n|J|=%s  FWHM=%s  ratio %.3f\n", $4, $5, $6, $7, $7 / $6 }'
# resonances at hz = nJ: the peak sits on nJ, the bound holds for n = 0, 1
# and is the right scale (within a factor 2) up to n = 6
echo "$B" | awk -F, '$1 == "resonance" && $4 <= 6 { r = $7 / $6; off = $8 / $7; if (off < 0) off = -off
        if (off > 1e-3 || r < 0.5 || r > 2 || ($4 <= 1 && r > 1)) bad = bad " n=" $4; n++ }
        END { if (bad != "" || n != 7) { print bad; exit 1 } }' ||
    fail "blockade widths/positions vs Eq. 12"
# n = 0 in closed form: at hz = eps J (gamma -> 0), Phi = 1 + eps log(1 - S_-), so
# n(eps) - base is a Lorentzian of half-width 1/sqrt(sum_k ((k-1)!)^2 C(N,k) lambda^k)
for P in "22 1 4" "16 0.5 1" "12 -1 0.5"; do
    set -- $P
    w=$($X blockade --N $1 --J $2 --hx $3 --gamma 1e-20 --vary hz=-0.1:0.1:3 | rows | awk -F, '$1 == "resonance" && $4 == 0 { print $7 }')
    echo "$w" | awk -v N=$1 -v J=$2 -v hx=$3 '{ lam = 2 * J * J / (hx * hx); lf = 0; lc = 0; T = 0
        for (k = 1; k <= N; k++) { lc += log(N - k + 1) - log(k); T += exp(2 * lf + lc + k * log(lam)); lf += log(k) }
        want = 2 * (J < 0 ? -J : J) / sqrt(T); d = $1 / want - 1; if (d < 0) d = -d
        printf "  n=0 width N=%d J=%s hx=%s: measured %s, closed form %.10g\n", N, J, hx, $1, want; exit !(d < 1e-5) }' ||
        fail "blockade N=$1 J=$2 hx=$3: n = 0 FWHM '$w' differs from the closed form"
done
# the peaks are the resonances: far from them n-bar is back on the background
for n in 0 1 2; do
    for s in -1 1; do
        h=$(awk -v n=$n -v s=$s 'BEGIN { printf "%.17g", n + s * 1e-5 }')
        v=$($X density --N 22 --J 1 --hz $h --hx 4 --gamma 1e-14 | rows | awk -F, '$1 == "mean" { print $2 }')
        awk -v v=$v 'BEGIN { exit !(v < 0.05) }' || fail "blockade: n-bar($h) = $v is not back on the background"
    done
done

# ---- 6. arguments --------------------------------------------------------
expect2() {
    "$@" > /dev/null 2> /tmp/theory_err.$$; rc=$?
    [ $rc = 2 ] && [ -s /tmp/theory_err.$$ ] || fail "expected exit 2 and a message: $* (exit $rc)"
}
expect2 $X potential --hz 0.1 --hx 0.4 --gamma 0.1
expect2 $X potential --Jbar 1 --hz 0.1 --hx 0.4 --gamma 0.1 --Gamma 0.2
expect2 $X potential --Jbar 1 --hz 0.1 --hx 0.4 --gamma 0
expect2 $X potential --Jbar 1 --hz 0.1 --hx 0.4 --gamma 0.1 --grid 1
expect2 $X meanfield --Jbar 1 --hz x --hx 0.4 --gamma 0.1
expect2 $X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=1:0
expect2 $X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --hz 0.1 --vary hz=0:1
expect2 $X blockade --N 22 --hx 4 --gamma 0.1 --vary hx=0:1
expect2 $X blockade --N 22 --hx 4,4 --gamma 0.1 --vary hz=0:1
rm -f /tmp/theory_err.$$
for c in potential transitions meanfield blockade; do
    $X $c --help > /dev/null || fail "$c --help"
done

[ $fails = 0 ] && echo "theory: all passed" || echo "theory: $fails failed"
exit $((fails != 0))
