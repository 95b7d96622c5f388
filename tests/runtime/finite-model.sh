#!/bin/sh
# bin/<model> finite: the N-body model behind an order-K solver, its
# operators evaluated by the emitted C (nbody_coef), solved exactly at
# finite N (runtime/finite).  Checked against independent methods:
#  - at N = K the order-K equations are exact (the closure enters only with
#    the factor N - K), so `finite --N K` must equal the order-K solver's
#    `steady` at N = K in every one- and two-site moment (derive_moments'
#    Pauli algebra and Newton against the brute-force generator on the
#    symmetric space): dtfim_nbody (k = 1) at K = 2, 3; pump_loss_nbody
#    (k = 2) at K = 2; a model with complex coefficients, a jump with
#    several terms, a collective raising-and-lowering jump, pairs of
#    different operators and N in a field, at K = 2, 3; 1e-10;
#  - the certified `dtfim-exact corr` at N = 40 (J = Jbar/N, Gamma =
#    Gbar/N; tests/exact/finite.sh gives the mapping): n-bar and
#    <s+1 s-2>, to the printed decimals;
#  - `blochgen finite` (the generator's evaluation of the parsed model's
#    operators) at N = 6 for the complex model: every moment equal;
#  - with --t, the order-K solver's `evolve` at N = K from the same product
#    state (k = 1 at K = 2, 3; k = 2 at K = 2), to the printed decimals.
# Also the command line: --help, exit 2 for a mean-field model, a missing
# or conflicting N, two spins per site at N = 9, a bad --init or --t.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
B=$BIN/blochgen
X=$BIN/dtfim-exact
[ -x "$B" ] && [ -x "$X" ] || { echo "SKIP: $B or $X not built"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-finitemodel.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0
err() { echo "FAIL: $*"; fail=1; }

cat >"$tmp/cplx_nbody.model" <<'MODEL'
model cplx_nbody
sites 1
params a b c g1 g2 G J1 J2
hamiltonian a/2*sx1 + b*sy1 + c/N*sz1
pairs J1/N : sx1 sx1
pairs J2/N : sx1 sy1
jump g1 : sm1 + 3/10*sz1
jump g2 : sx1 + i/2*sy1 - i/3*sz1
collective G/N : sm1 + 1/2*sp1
MODEL
PD=Jbar=1,hx=0.5,hz=0.1,gamma=0.1,Gbar=1
PP=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0.3
PC=a=0.7,b=-0.4,c=1.3,g1=0.6,g2=0.25,G=0.8,J1=1.1,J2=-0.6
build() {
    # shellcheck disable=SC2086
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M="$1" ORDER="$2" MODEL_OUT="$tmp" \
        ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log"; echo "FAIL: building $1 at order $2"; exit 1; }
}
build models/nbody/dtfim_nbody.model 2
build models/nbody/dtfim_nbody.model 3
build models/nbody/pump_loss_nbody.model 2
build "$tmp/cplx_nbody.model" 2
build "$tmp/cplx_nbody.model" 3

# same A B: "maxdiff matched total" over A's moment lines (name value)
# found among B's (steady's or finite's lines; blochgen finite's CSV)
same() {
    awk '
        FNR == NR { if ($0 !~ /^#/) { sub(/,/, " "); v[$1] = $2; n++ } next }
        /^#/ || /^moment,/ { next }
        { sub(/,/, " "); t++; if ($1 in v) { m++; d = $2 - v[$1]; d = d < 0 ? -d : d; if (d > w) w = d } }
        END { printf "%.3g %d %d\n", w, m, t }' "$2" "$1"
}

# the acceptance check: order K at N = K
for c in "dtfim_nbody_o2 $PD 2 9" "dtfim_nbody_o3 $PD 3 9" "pump_loss_nbody_o2 $PP 2 135" \
         "cplx_nbody_o2 $PC 2 9" "cplx_nbody_o3 $PC 3 9"; do
    set -- $c
    m=$tmp/$1 P=$2 K=$3 want=$4
    "$m" finite --N "$K" --pairs --set "$P" >"$tmp/f" 2>"$tmp/e" ||
        { err "$1 finite --N $K exited $?: $(cat "$tmp/e")"; continue; }
    "$m" steady --set "$P,N=$K" >"$tmp/s" 2>"$tmp/e" ||
        { err "$1 steady at N=$K exited $?: $(cat "$tmp/e")"; continue; }
    set -- $(same "$tmp/f" "$tmp/s") "$1"
    echo "$4 finite --N $K against its steady at N = $K: $2 of $3 moments, max |diff| $1"
    [ "$2" = "$3" ] && [ "$3" = "$want" ] || err "$4: $2 of $3 moments matched, $want expected"
    awk -v d="$1" 'BEGIN { exit !(d <= 1e-10) }' || err "$4 at N = $K: max |diff| $1 > 1e-10"
done

# time evolution (--t): at N = K the order-K equations are exact in time
# too, so finite --t from a product state must follow the order-K solver's
# `evolve` (GSL rk8pd, tol 1e-12) started at the same state's moments, to
# a unit of the last decimal finite prints (at least 6); spin 2 of the
# k = 2 site starts along y, so every moment moves
# init B NAMES: the product state's values of the moments NAMES (sx1*sz2: the
# digit is the site; sx2_1*sy1_2: the spin, then the site), Bloch vectors B
# (one or two)
init() {
    echo "$2" | awk -v b="$1" '{
        split(b, B, ","); n = split($0, name, ","); out = ""
        for (i = 1; i <= n; i++) {
            v = 1; f = split(name[i], fac, "*")
            for (j = 1; j <= f; j++) {
                c = index("xyz", substr(fac[j], 2, 1))
                s = index(fac[j], "_") ? substr(fac[j], 3, 1) : 1
                v *= B[3 * (s - 1) + c]
            }
            out = out (i > 1 ? "," : "") v
        }
        print out }'
}
# (pump_loss: h2 = 10 turns spin 2 at rate 20, hence the smaller step)
for c in "dtfim_nbody_o2 $PD 2 0.6,0,0.8 0.02" "cplx_nbody_o3 $PC 3 0,0.6,-0.8 0.01" \
         "pump_loss_nbody_o2 $PP 2 0.6,0,0.8,0,1,0 0.0005"; do
    set -- $c
    m=$tmp/$1 P=$2 K=$3 b=$4
    "$m" finite --N "$K" --pairs --t 1.5 --dt "$5" --init "$b" --set "$P" >"$tmp/f" 2>"$tmp/e" ||
        { err "$1 finite --N $K --t 1.5 exited $?: $(cat "$tmp/e")"; continue; }
    names=$("$m" info | sed -n 's/^ *"observables": \[\(.*\)\],*$/\1/p' | tr -d '" ')
    "$m" evolve --t 1.5 --tol 1e-12 --set "$P,N=$K" --init "$(init "$b" "$names")" >"$tmp/s" 2>"$tmp/e" ||
        { err "$1 evolve at N=$K exited $?: $(cat "$tmp/e")"; continue; }
    # the last row of the CSV as name value lines
    awk -F, 'NR == 1 { for (i = 2; i <= NF; i++) h[i] = $i; next } /^#/ { next } { last = $0 }
        END { n = split(last, v, ","); for (i = 2; i <= n; i++) print h[i], v[i] }' "$tmp/s" >"$tmp/s2"
    dec=$(sed -n 's/^# error estimate .* rounded to \([0-9]*\) decimals.*/\1/p' "$tmp/f")
    set -- $(same "$tmp/f" "$tmp/s2") "$1"
    echo "$4 finite --N $K --t 1.5 (${dec:-?} decimals) against its evolve: $2 of $3 moments, max |diff| $1"
    [ "$2" = "$3" ] && [ "$3" -gt 0 ] || err "$4 --t: $2 of $3 moments matched"
    awk -v d="$1" -v k="${dec:-0}" 'BEGIN { exit !(d <= 10 ^ -k && k >= 6) }' ||
        err "$4 --t at N = $K: max |diff| $1 with ${dec:-no} decimals printed"
done

# against the certified exact solution at N = 40 (GMRES with --method gmres)
for meth in auto gmres; do
    N=40
    "$tmp/dtfim_nbody_o2" finite --N $N --pairs --method $meth --set $PD >"$tmp/f" 2>"$tmp/e" ||
        { err "finite N=$N exited $?: $(cat "$tmp/e")"; continue; }
    C="corr --N $N --J 0.025 --hz 0.1 --hx 0.5 --gamma 0.1 --Gamma 0.025 --digits 15"
    "$X" $C --plus 1 --minus 1 >"$tmp/n" && "$X" $C --plus 1 --minus 2 >"$tmp/c" ||
        { err "dtfim-exact exited $?"; continue; }
    dec=$(sed -n 's/^# error estimate .* rounded to \([0-9]*\) decimals.*/\1/p' "$tmp/f")
    r=$(awk -v nfile="$tmp/n" -v cfile="$tmp/c" '
        $1 == "sz1" { sz = $2 } $1 == "sx1*sx2" { xx = $2 } $1 == "sy1*sy2" { yy = $2 }
        END {
            getline l < nfile; split(l, a, " "); getline l < cfile; split(l, b, " ")
            d1 = (1 + sz) / 2 - a[1]; d2 = (xx + yy) / 4 - b[1]
            printf "%.3g %.3g\n", d1 < 0 ? -d1 : d1, d2 < 0 ? -d2 : d2 }' "$tmp/f")
    set -- $r
    echo "dtfim_nbody_o2 finite --N $N ($meth, ${dec:-?} decimals) against dtfim-exact corr: n-bar off by $1, <s+1 s-2> by $2"
    awk -v a="$1" -v b="$2" -v d="${dec:-0}" 'BEGIN { t = 10 ^ -d; exit !(a <= t && b <= t && d >= 6) }' ||
        err "N = $N ($meth): off by $1, $2 with ${dec:-no} decimals printed"
    grep -q "dimension 12341," "$tmp/f" || err "N = $N: no dimension C(43, 3) = 12341 line"
done

# the emitted operators against the generator's (blochgen finite)
"$tmp/cplx_nbody_o2" finite --N 6 --pairs --set "$PC" >"$tmp/f" 2>"$tmp/e" ||
    err "cplx_nbody_o2 finite exited $?: $(cat "$tmp/e")"
"$B" finite "$tmp/cplx_nbody.model" --order 2 --set "$PC,N=6" >"$tmp/g" 2>"$tmp/e" ||
    err "blochgen finite exited $?: $(cat "$tmp/e")"
set -- $(same "$tmp/f" "$tmp/g")
echo "cplx_nbody_o2 finite against blochgen finite at N = 6: $2 of $3 moments, max |diff| $1"
[ "$2" = 9 ] && [ "$3" = 9 ] && awk -v d="$1" 'BEGIN { exit !(d == 0) }' ||
    err "cplx_nbody at N = 6: $2 of $3 moments matched, max |diff| $1 (0 expected: the same rounding)"
# without --pairs: the one-site moments only
n=$("$tmp/cplx_nbody_o2" finite --N 6 --set "$PC" | grep -c -v '^#')
[ "$n" = 3 ] || err "without --pairs: $n moment lines, 3 expected"

# the command line
expect2() {
    "$@" >"$tmp/o" 2>"$tmp/e"
    rc=$?
    [ "$rc" = 2 ] && [ -s "$tmp/e" ] && [ ! -s "$tmp/o" ] || err "$*: exit $rc, '$(cat "$tmp/e")'"
}
expect2 "$BIN/pump_loss" finite --N 4 --set h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0.3
expect2 "$tmp/dtfim_nbody_o2" finite --set "$PD"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --set "$PD,N=5"
expect2 "$tmp/dtfim_nbody_o2" finite --N 0 --set "$PD"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --init 0,0,1 --set "$PD"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --t 1 --init 0,0.8,0.8 --set "$PD"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --t 1 --init 0,0,1,0 --set "$PD"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --t 1 --init 0,x,1 --set "$PD"
grep -q -- '--init' "$tmp/e" || err "--init 0,x,1: the message does not name --init"
expect2 "$tmp/dtfim_nbody_o2" finite --N 4 --t -1 --set "$PD"
expect2 "$tmp/pump_loss_nbody_o2" finite --N 2 --t 1 --init 0,0,1 --set "$PP"
expect2 "$tmp/pump_loss_nbody_o2" finite --N 9 --set "$PP"
grep -q 'N <= 8' "$tmp/e" || err "N = 9 with two spins per site: the message does not say N <= 8"
"$tmp/dtfim_nbody_o2" finite --help | grep -q -- '--pairs' || err "finite --help"
"$tmp/dtfim_nbody_o2" --help | grep -q 'finite' || err "--help does not list finite"
[ $fail = 0 ] && echo PASS
exit $fail
