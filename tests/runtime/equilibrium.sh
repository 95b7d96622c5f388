#!/bin/sh
# `equilibrium` and `prepare` on models/ising_thermal.model (paper 000,
# Eqs. 8-14, Appendix A).  Independent routes:
#   - Eq. 9, kB Tc = 2h / ln((1+h)/(1-h)), and Eq. 10, m_x(0) = sqrt(1-h^2),
#     at lambda = 0 (the closed forms against Brent on the Jacobian);
#   - every reported solution recomputed here: the 4x4 Gibbs state of
#     H_MF(m1, m2) by a Jacobi eigensolver written in awk, all 15 Bloch
#     coordinates compared, and the free energy from its definition
#     f = E_var - T S (E_var = -(m1^2+m2^2)/2 - h1<sz1> - h2<sz2>
#     - lambda<sx1 sx2>, S = -sum p ln p), not from -T ln Z + m^2/2;
#   - the critical temperature at lambda > 0 bracketed by whether the
#     lowest solution is ordered just below and symmetric just above;
#   - `prepare` (time integration) against `equilibrium` (Newton).
set -u
BIN=${BIN:-bin}
S=$BIN/ising_thermal
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-equil.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }
ok() { echo "ok: $*"; }

# ---- the independent Gibbs state (awk) ----------------------------------
# Basis index j = 2 b1 + b2, b = 0 for spin up; site 1 most significant.
GIBBS='
function abs(x) { return x < 0 ? -x : x }
# Re <i|sigma_a|j> for one site, a in x, y, z; the imaginary part of
# sigma^y through im1()
function re1(a, i, j) { return a == "x" ? (i != j) : a == "z" ? (i == j) * (i == 0 ? 1 : -1) : 0 }
function im1(a, i, j) { return a == "y" && i != j ? (i == 0 ? -1 : 1) : 0 }
# Re of the matrix element of a Pauli string "sx1*sz2" between basis states
function elem(name, i, j,   n, f, k, site, a, r1, i1, rr, ii, t, b1, b2, c1, c2) {
    rr = 1; ii = 0; b1[1] = int(i / 2); b1[2] = i % 2; b2[1] = int(j / 2); b2[2] = j % 2
    c1[1] = 0; c1[2] = 0
    n = split(name, f, "*")
    for (k = 1; k <= n; k++) { a = substr(f[k], 2, 1); site = substr(f[k], 3) + 0; c1[site] = a }
    for (site = 1; site <= 2; site++) {
        if (c1[site] == 0) { r1 = (b1[site] == b2[site]); i1 = 0 }
        else { r1 = re1(c1[site], b1[site], b2[site]); i1 = im1(c1[site], b1[site], b2[site]) }
        t = rr * r1 - ii * i1; ii = rr * i1 + ii * r1; rr = t
    }
    return rr
}
# cyclic Jacobi on the symmetric n x n A: eigenvalues on the diagonal,
# eigenvectors in the columns of V
function jacobi(A, V, n,   sw, p, q, k, off, th, t, c, s, x, y) {
    for (p = 0; p < n; p++) for (q = 0; q < n; q++) V[p, q] = (p == q)
    for (sw = 0; sw < 100; sw++) {
        off = 0
        for (p = 0; p < n; p++) for (q = p + 1; q < n; q++) off += A[p, q] * A[p, q]
        if (off < 1e-60) break
        for (p = 0; p < n - 1; p++) for (q = p + 1; q < n; q++) {
            if (A[p, q] == 0) continue
            th = (A[q, q] - A[p, p]) / (2 * A[p, q])
            t = (th >= 0 ? 1 : -1) / (abs(th) + sqrt(th * th + 1))
            c = 1 / sqrt(t * t + 1); s = t * c
            for (k = 0; k < n; k++) { x = A[k, p]; y = A[k, q]; A[k, p] = c * x - s * y; A[k, q] = s * x + c * y }
            for (k = 0; k < n; k++) { x = A[p, k]; y = A[q, k]; A[p, k] = c * x - s * y; A[q, k] = s * x + c * y }
            for (k = 0; k < n; k++) { x = V[k, p]; y = V[k, q]; V[k, p] = c * x - s * y; V[k, q] = s * x + c * y }
        }
    }
}
# rho[,] = Gibbs state of H = -m1 sx1 - h1 sz1 - m2 sx2 - h2 sz2 - lam sx1 sx2
# at T; returns the entropy in ENT
function gibbs(m1, m2, h1, h2, lam, T,   A, V, i, j, k, e0, z, p) {
    for (i = 0; i < 4; i++) for (j = 0; j < 4; j++)
        A[i, j] = -m1 * elem("sx1", i, j) - h1 * elem("sz1", i, j) - m2 * elem("sx2", i, j) \
                  - h2 * elem("sz2", i, j) - lam * elem("sx1*sx2", i, j)
    jacobi(A, V, 4)
    e0 = A[0, 0]; for (k = 1; k < 4; k++) if (A[k, k] < e0) e0 = A[k, k]
    z = 0; for (k = 0; k < 4; k++) { p[k] = exp(-(A[k, k] - e0) / T); z += p[k] }
    ENT = 0
    for (k = 0; k < 4; k++) { p[k] /= z; if (p[k] > 0) ENT -= p[k] * log(p[k]) }
    for (i = 0; i < 4; i++) for (j = 0; j < 4; j++) {
        rho[i, j] = 0
        for (k = 0; k < 4; k++) rho[i, j] += p[k] * V[i, k] * V[j, k]
    }
}
function expect(name,   i, j, s) {
    s = 0
    for (i = 0; i < 4; i++) for (j = 0; j < 4; j++) s += elem(name, i, j) * rho[j, i]
    return s
}
function eq9(h) { return 2 * h / log((1 + h) / (1 - h)) }
'

# ---- Eq. 9: Tc(h) at lambda = 0 ------------------------------------------
for h in 0.1 0.35 0.5 0.75 0.95; do
    "$S" equilibrium --set h1=$h,h2=10,lambda=0,glow=1,r=1 --vary T=0.01:1.2:13 \
        >"$tmp/line" 2>"$tmp/err" || no "equilibrium --vary T at h=$h exited $?: $(cat "$tmp/err")"
    tc=$(sed -n 's/^# critical T=\([^ ]*\) .*/\1/p' "$tmp/line")
    [ "$(echo "$tc" | wc -w)" = 1 ] || { no "h=$h: expected one critical T, got '$tc'"; continue; }
    awk "$GIBBS"' BEGIN { d = abs(tc - eq9(h)); exit !(d <= 1e-10) }' tc="$tc" h="$h" </dev/null &&
        ok "h=$h: Tc = $tc = Eq. 9" ||
        no "h=$h: Tc = $tc, Eq. 9 gives $(awk "$GIBBS"' BEGIN { printf "%.15g", eq9(h) }' h=$h </dev/null)"
    # the rows: ordered exactly below Eq. 9's Tc, m_x1 >= 0, m_x1(0.01) = sqrt(1 - h^2)
    awk -F, -v h=$h "$GIBBS"' /^#/ { next } !hdr { for (k = 1; k <= NF; k++) col[$k] = k; hdr = 1; next }
        { T = $1; o = $col["ordered"]; m = $col["sx1"]
          if (o != (T < eq9(h)) || m < 0 || (!o && abs(m) > 1e-12)) { print "T=" T ": ordered " o ", m_x1 " m; bad = 1 }
          if (!rows++ && abs(m - sqrt(1 - h * h)) > 1e-12) { print "T=" T ": m_x1 " m; bad = 1 } }
        END { exit bad }' "$tmp/line" || no "h=$h: the rows of --vary T"
done
# the same line crossed the other way: h_c(T) along h1, inverted by Eq. 9
"$S" equilibrium --set h2=10,lambda=0,glow=1,r=1,T=0.6 --vary h1=0.05:0.99:9 >"$tmp/line" 2>&1 ||
    no "equilibrium --vary h1 exited $?"
hc=$(sed -n 's/^# critical h1=\([^ ]*\) .*/\1/p' "$tmp/line")
awk "$GIBBS"' BEGIN { exit !(abs(eq9(hc) - 0.6) <= 1e-10) }' hc="${hc:-nan}" </dev/null &&
    ok "T=0.6: h_c = $hc, Eq. 9 at h_c gives T" || no "T=0.6: h_c = '$hc' does not satisfy Eq. 9"
# two uncoupled models of different h: two critical temperatures, both found
"$S" equilibrium --set h1=0.3,h2=0.8,lambda=0,glow=1,r=1 --vary T=0.05:1.1:8 >"$tmp/line" 2>&1
sed -n 's/^# critical T=\([^ ]*\) .*/\1/p' "$tmp/line" >"$tmp/tcs"
awk "$GIBBS"' { t[NR] = $1 } END { exit !(NR == 2 && abs(t[1] - eq9(0.8)) < 1e-10 && abs(t[2] - eq9(0.3)) < 1e-10) }' \
    "$tmp/tcs" && ok "h1=0.3, h2=0.8: both Tc" || no "h1=0.3, h2=0.8: critical T's $(tr '\n' ' ' <"$tmp/tcs")"

# ---- every solution is a self-consistent Gibbs state; F from E - TS -------
# check FILE h1 h2 lam T: each CSV row of `equilibrium` recomputed
check() {
    awk -F, "$GIBBS"'
        /^#/ { next }
        !hdr { for (k = 1; k <= NF; k++) { col[$k] = k; name[k] = $k }; hdr = 1; nc = NF; next }
        { m1 = $col["sx1"]; m2 = $col["sx2"]; gibbs(m1, m2, h1, h2, lam, T)
          worst = 0
          for (k = col["sx1"]; k <= nc; k++) {
              e = abs(expect(name[k]) - $k); if (e > worst) { worst = e; wn = name[k] } }
          if (worst > 1e-12) { printf "solution %d: <%s> off by %.3g from the Gibbs state of H_MF(m)\n", $1, wn, worst; bad = 1 }
          f = -(m1 * m1 + m2 * m2) / 2 - h1 * expect("sz1") - h2 * expect("sz2") - lam * expect("sx1*sx2") - T * ENT
          if (abs(f - $col["F"]) > 1e-12 * (1 + abs(f))) { printf "solution %d: F = %.17g, E - TS = %.17g\n", $1, $col["F"], f; bad = 1 }
          nsol++; F[nsol] = $col["F"]; low[nsol] = $col["lowest"]; ord[nsol] = $col["ordered"] }
        END { fmin = F[1]; for (k = 1; k <= nsol; k++) if (F[k] < fmin) fmin = F[k]
              for (k = 1; k <= nsol; k++) if (low[k] ? F[k] - fmin > 1e-12 * (1 + abs(fmin)) : F[k] - fmin <= 0) {
                  printf "solution %d: lowest flag %d, F - Fmin = %.3g\n", k - 1, low[k], F[k] - fmin; bad = 1 }
              lowest_ordered = -1
              for (k = 1; k <= nsol; k++) if (low[k]) lowest_ordered = ord[k]
              print nsol " " lowest_ordered > "/dev/stderr"
              exit bad }' h1="$2" h2="$3" lam="$4" T="$5" "$1"
}
for pt in 0.5:10:0:0.5 0.5:10:0.01:0.5 0.5:0.6:0:0.4 0.7:10:0.01:0.8 0.6:3:0.3:0.7 0.5:10:0.01:1.3 1.4:0.9:0.2:0.2; do
    IFS=: read -r h1 h2 lam T <<EOF
$pt
EOF
    P=h1=$h1,h2=$h2,lambda=$lam,glow=1,r=1,T=$T
    "$S" equilibrium --set $P >"$tmp/sol" 2>"$tmp/err" || { no "equilibrium --set $P exited $?: $(cat "$tmp/err")"; continue; }
    if check "$tmp/sol" "$h1" "$h2" "$lam" "$T" 2>"$tmp/summary"; then
        ok "$P: $(cut -d' ' -f1 "$tmp/summary") solutions, self-consistent to 1e-12, F = E - TS"
    else
        no "$P: a solution failed the independent check"
    fi
    echo "$pt $(cat "$tmp/summary")" >>"$tmp/summaries"
done
# counts of solutions and the ordered flag of the lowest, from the physics:
# lambda = 0, h2 = 10, T = 0.5 < Tc(0.5): +-m and 0 (3); h2 = 0.6 at T = 0.4
# < Tc(0.6) = 0.72: 3 x 3 = 9; T = 1.3 above Tc: only the symmetric one
awk '
    $1 == "0.5:10:0:0.5"    && !($2 == 3 && $3 == 1) { print $0; bad = 1 }
    $1 == "0.5:0.6:0:0.4"   && !($2 == 9 && $3 == 1) { print $0; bad = 1 }
    $1 == "0.5:10:0.01:1.3" && !($2 == 1 && $3 == 0) { print $0; bad = 1 }
    $1 == "1.4:0.9:0.2:0.2" && !($3 == 1)            { print $0; bad = 1 }
    END { exit bad }' "$tmp/summaries" || no "solution counts or lowest-ordered flags (above)"

# ---- m_x(T -> 0) = sqrt(1 - h^2), E(0) = 2 (Eqs. 10, 11) ------------------
for h in 0.2 0.6 0.9; do
    "$S" equilibrium --set h1=$h,h2=10,lambda=0,glow=1,r=1,T=0.01 >"$tmp/sol" 2>&1 || no "T=0.01, h=$h exited $?"
    awk -F, -v h=$h '/^#/ { next } !hdr { for (k = 1; k <= NF; k++) col[$k] = k; hdr = 1; next }
        $col["lowest"] == 1 && $col["sx1"] > 0 { m = $col["sx1"]; e = $col["E1"]; n++ }
        END { d = m - sqrt(1 - h * h); if (d < 0) d = -d; de = e - 2; if (de < 0) de = -de
              if (n != 1 || d > 1e-12 || de > 1e-12) { print "m_x = " m ", E1 = " e; exit 1 } }' "$tmp/sol" &&
        ok "h=$h: m_x(0) = sqrt(1-h^2), E(0) = 2" || no "h=$h: m_x(T=0.01) is not sqrt(1-h^2)"
done

# ---- lambda > 0: ordered just below the critical T, symmetric just above ---
for pt in 10:0.01 0.8:0.3; do
    h2=${pt%%:*} lam=${pt#*:}
    "$S" equilibrium --set h1=0.5,h2=$h2,lambda=$lam,glow=1,r=1 --vary T=0.2:1.6:8 >"$tmp/line" 2>&1
    tc=$(sed -n 's/^# critical T=\([^ ]*\) (odd mode 1 .*/\1/p' "$tmp/line")
    [ "$(echo "$tc" | wc -w)" = 1 ] || { no "h2=$h2, lambda=$lam: critical T's (mode 1) '$tc'"; continue; }
    for side in -1 1; do
        T=$(awk -v t="$tc" -v s=$side 'BEGIN { printf "%.17g", t * (1 + s * 1e-5) }')
        "$S" equilibrium --set h1=0.5,h2=$h2,lambda=$lam,glow=1,r=1,T=$T >"$tmp/sol" 2>&1
        o=$(awk -F, '/^#/ { next } !hdr { hdr = 1; next } $2 == 1 { print $3; exit }' "$tmp/sol")
        [ "$o" = "$([ $side = -1 ] && echo 1 || echo 0)" ] ||
            no "h2=$h2, lambda=$lam: at T = Tc (1 + $side e-5) the lowest solution has ordered=$o"
    done
    ok "h2=$h2, lambda=$lam: Tc = $tc brackets the ordered phase"
done

# ---- prepare: the relaxed state is the lowest-F Gibbs state ---------------
for P in h1=0.5,h2=10,lambda=0.01,glow=1,r=1,T=0.5 h1=0.7,h2=10,lambda=0.01,glow=0.2,r=10,T=0.8 \
         h1=1.3,h2=3,lambda=0.05,glow=0.5,r=2,T=0.3 h1=0.6,h2=0.9,lambda=0.2,glow=1,r=1,T=0.3; do
    "$S" prepare --set $P --epsilon 0.01 >"$tmp/prep" 2>"$tmp/err" || { no "prepare --set $P exited $?: $(cat "$tmp/err")"; continue; }
    awk '/^# distance/ { gsub(",", ""); for (k = 1; k <= NF; k++) { if ($k == "distance") td = $(k + 1); if ($k == "fidelity") inf = $(k + 1) } }
         END { if (!(td + 0 < 1e-11 && inf + 0 < 1e-11 && td != "")) { print "trace distance " td ", 1 - F " inf; exit 1 } }' "$tmp/prep" ||
        no "prepare --set $P: not at the equilibrium"
    # and, independently of `equilibrium`: the prepared state is the Gibbs
    # state of H_MF at its own magnetisations (all 15 coordinates)
    IFS=, read -r h1 h2 lam glow r T <<EOF
$(echo "$P" | sed 's/[a-z0-9]*=//g')
EOF
    awk "$GIBBS"' !/^#/ { v[$1] = $2; nm[++n] = $1 }
        END { gibbs(v["sx1"], v["sx2"], h1, h2, lam, T); w = 0
              for (k = 1; k <= n; k++) { e = abs(expect(nm[k]) - v[nm[k]]); if (e > w) { w = e; wn = nm[k] } }
              if (w > 1e-11) { print "<" wn "> off by " w; exit 1 } }' h1=$h1 h2=$h2 lam=$lam T=$T "$tmp/prep" &&
        ok "prepare $P: at the lowest-F Gibbs state, self-consistent" || no "prepare --set $P: not a self-consistent Gibbs state"
done
# epsilon < 0 picks the mirror image
"$S" prepare --set h1=0.5,h2=10,lambda=0.01,glow=1,r=1,T=0.5 --epsilon -0.01 >"$tmp/prep" 2>&1
awk '$1 == "sx1" { exit !($2 < -0.8) }' "$tmp/prep" || no "prepare --epsilon -0.01: sx1 not negative"

# ---- errors -----------------------------------------------------------------
expect_status() {
    want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"; st=$?
    [ $st = "$want" ] || no "'$*' exited $st, want $want: $(cat "$tmp/err")"
    [ -s "$tmp/err" ] || no "'$*': no message"
}
expect_status 2 "$S" equilibrium --set h1=0.5,h2=10,lambda=0,glow=1,r=1,T=0
expect_status 2 "$S" equilibrium --set h1=0.5,h2=10,lambda=0,glow=1,r=1 --vary T=0:1:5
expect_status 2 "$BIN/pump_loss" equilibrium --set h1=0.5,h2=10,lambda=0,gup=1,gdown=0
expect_status 2 "$S" prepare --set h1=0.5,h2=10,lambda=0,glow=1,r=1,T=0.5 --epsilon 2
expect_status 2 "$S" prepare --set h1=0.5,h2=10,lambda=0,glow=0,r=1,T=0.5
expect_status 3 "$S" prepare --set h1=0.5,h2=10,lambda=0,glow=1,r=1,T=0.5 --t 2
[ -s "$tmp/out" ] && no "prepare that did not converge printed a state"
"$S" equilibrium --set h1=0.5,h2=10,lambda=0,glow=1,r=1,T=0 -o "$tmp/no.csv" 2>/dev/null
[ -e "$tmp/no.csv" ] && no "a failed equilibrium left $tmp/no.csv"
"$S" equilibrium --help | grep -q '^usage: ising_thermal equilibrium' || no "equilibrium --help"
"$S" prepare --help | grep -q '^usage: ising_thermal prepare' || no "prepare --help"

[ $bad = 0 ] && echo "equilibrium: all passed" || echo "equilibrium: $bad failed"
[ $bad = 0 ]
