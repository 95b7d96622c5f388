#!/bin/sh
# Site-permutation symmetries (`symmetry swap 1 2`, docs/model-language.md):
# two two-sublattice models against the same files without the symmetry
# line, whose solvers know nothing of it (Pauli observables, full Jacobian):
#  - tests/models/stag2.model (staggered mean field only; closed-form
#    symmetric state and boundary polynomial) and tests/models/afm2.model
#    (the Ising antiferromagnet; uniform state found numerically);
#  - the equations: rhs of the adapted model at y(x) equals the adapted
#    combination of the plain model's rhs at x, at random states x;
#  - the boundary: `boundary --vary J=...` (odd block at the symmetric
#    state, and for stag2 the exact polynomial's roots) against a bisection
#    on the gap (-max Re of the full Jacobian's eigenvalues) of the plain
#    model at its uniform steady state found by its own Newton, at random
#    parameters (BLOCHGEN_TEST_MULTIPLIER times 3 each);
#  - `scan` of afm2: symmetric and broken phases on either side of one
#    boundary point.
#  - the density-matrix engine on afm2 (it converts the adapted variables
#    through the emitted Pauli map): its gap equals the Bloch equations'
#    at the symmetric state, and that state is physical.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-permutation.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
T=$BUILD/testmodels
reps=$((3 * ${BLOCHGEN_TEST_MULTIPLIER:-1}))

build() {   # file -> solver built into $T
    # shellcheck disable=SC2086
    make --no-print-directory BUILD="$BUILD" BIN="$BIN" model M="$1" MODEL_OUT="$T" \
        ${BLOCHGEN_MAKE_ARGS:-} >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log"; echo "FAIL: building $1"; exit 1; }
}
for m in stag2 afm2; do
    build tests/models/$m.model
    # the plain model: the same file without the symmetry, under another name
    sed -e '/^symmetry/d' -e "s/^model $m/model ${m}_plain/" tests/models/$m.model \
        >"$tmp/${m}_plain.model"
    build "$tmp/${m}_plain.model"
done

# observables of a solver, one per line (cached: the bisection asks often)
names() { f=$tmp/names.$(basename "$1"); [ -s "$f" ] || names_info "$1" >"$f"; cat "$f"; }
names_info() { "$1" info | sed -n 's/^  "observables": \[\(.*\)\],$/\1/p' | tr -d '"' | tr ',' '\n' |
          sed 's/^ *//'; }
# parities of a solver, one per line
parities() { "$1" info | sed -n 's/^  "parity": \[\(.*\)\],$/\1/p' | tr -d '"' | tr ',' '\n' |
             sed 's/^ *//'; }

# adapted values from Pauli values: `to_adapted SYM PLAIN "x1 x2 ..."`
to_adapted() {
    { names "$1"; echo ---; names "$2"; echo ---; echo "$3"; } | awk '
        $0 == "---" { part++; next }
        part == 0 { a[++na] = $0; next }
        part == 1 { idx[$0] = ++np; next }
        { for (k = 1; k <= NF; k++) x[k] = $k }
        END { for (k = 1; k <= na; k++) {
                  s = a[k]
                  if (s !~ /^\(/) { y = x[idx[s]] }
                  else { s = substr(s, 2, length(s) - 4); op = index(s, "+"); if (!op) op = index(s, "-")
                         p = substr(s, 1, op - 1); q = substr(s, op + 1)
                         y = (x[idx[p]] + (substr(s, op, 1) == "+" ? 1 : -1) * x[idx[q]]) / 2 }
                  printf "%s%.17g", (k > 1 ? "," : ""), y } print "" }'
}
# Pauli values from adapted ones: `to_pauli SYM PLAIN "y1,y2,..."`
to_pauli() {
    { names "$1" | paste -d' ' - "$tmp/par.$(basename "$1")"; echo ---; names "$2"; echo ---; echo "$3" | tr ',' ' '; } | awk '
        $0 == "---" { part++; next }
        part == 0 { a[++na] = $1; par[na] = $2; next }
        part == 1 { pn[++np] = $0; idx[$0] = np; next }
        { for (k = 1; k <= NF; k++) y[k] = $k }
        END { for (k = 1; k <= na; k++) {
                  s = a[k]
                  if (s !~ /^\(/) { x[idx[s]] = y[k]; continue }
                  s = substr(s, 2, length(s) - 4); op = index(s, "+"); if (!op) op = index(s, "-")
                  p = substr(s, 1, op - 1); q = substr(s, op + 1)
                  if (par[k] == "even") { u[p] = y[k]; sg[p] = substr(s, op, 1) == "+" ? 1 : -1; b[p] = q }
                  else w[p] = y[k] }
              for (p in u) { x[idx[p]] = u[p] + w[p]; x[idx[b[p]]] = sg[p] * (u[p] - w[p]) }
              for (k = 1; k <= np; k++) printf "%s%.17g", (k > 1 ? "," : ""), x[k]; print "" }'
}

seed=${BLOCHGEN_TEST_SEED:-12345}
rnd() {  # rnd N LO HI: N uniform numbers from the stream $seed (advance it first)
    awk -v n="$1" -v lo="$2" -v hi="$3" -v s=$seed 'BEGIN { srand(s)
        for (k = 0; k < n; k++) printf "%s%.6f", (k ? " " : ""), lo + (hi - lo) * rand(); print "" }'
}

for m in stag2 afm2; do
    S=$T/$m P=$T/${m}_plain
    parities "$S" >"$tmp/par.$m"
    "$S" info | grep -q '"symmetry": "swap 1 2"' || err "$m info: no symmetry 'swap 1 2'"
    # ---- the equations in the adapted basis ---------------------------------
    i=0 bad0=$fail
    while [ $i -lt $reps ]; do
        i=$((i + 1))
        seed=$((seed + 1)); set -- $(rnd 4 -1 1)
        par="J=$1,h=$2,D=$3,g=$4"
        seed=$((seed + 1)); x=$(rnd 15 -0.5 0.5)
        y=$(to_adapted "$S" "$P" "$x")
        ry=$("$S" rhs --set "$par" --state "$y") || { err "$m rhs exited $?"; continue; }
        rx=$("$P" rhs --set "$par" --state "$(echo "$x" | tr ' ' ',')") || { err "${m}_plain rhs exited $?"; continue; }
        ra=$(to_adapted "$S" "$P" "$rx")
        echo "$ry $ra" | tr ',' ' ' | awk -v m=$m '{ n = NF / 2; d = 0
            for (k = 1; k <= n; k++) { e = $k - $(n + k); if (e < 0) e = -e; if (e > d) d = e }
            exit !(d < 1e-12) }' || err "$m: rhs in the adapted basis differs at $par: $ry / $ra"
    done
    [ $fail = $bad0 ] && echo "$m: rhs agrees with the plain model's at $reps random states"

    # ---- the boundary against a bisection on the plain model -----------------
    # gap of the plain model at its uniform steady state (Newton from the
    # start $2 in Pauli values); fails (empty) if Newton ends off-uniform
    plain_gap() {
        xs=$("$P" steady --set "$1" --init "$2" 2>/dev/null | awk '!/^#/ { printf "%s%s", (n++ ? "," : ""), $2 }') ||
            return 1
        y=$(to_adapted "$S" "$P" "$(echo "$xs" | tr ',' ' ')")
        echo "$y" | tr ',' '\n' | paste -d' ' - "$tmp/par.$m" |
            awk '$2 == "odd" && ($1 > 1e-9 || $1 < -1e-9) { bad = 1 } END { exit bad }' || return 1
        "$P" stability --set "$1" --at "$xs" | awk '$1 == "gap" { print $2 }'
    }
    i=0
    while [ $i -lt $reps ]; do
        i=$((i + 1))
        if [ $m = stag2 ]; then    # vary J in [0, 30]
            seed=$((seed + 1)); set -- $(rnd 3 0.5 1.5); base="J=0,h=$1,D=$2,g=$3"; v=J lo=0 hi=30
        else                       # vary h in [0.8, 3.5]: the upper pitchfork
            seed=$((seed + 1)); set -- $(rnd 3 0 1)
            base=$(awk -v a=$1 -v b=$2 -v c=$3 'BEGIN { printf "J=%.6f,h=0,D=%.6f,g=%.6f", 2 + a, 1 + b / 2, 0.8 + c * 0.4 }')
            v=h lo=0.8 hi=3.5
        fi
        b=$("$S" boundary --set "$base" --vary $v=$lo:$hi 2>"$tmp/b.err") ||
            { err "$m boundary at $base exited $?: $(cat "$tmp/b.err")"; continue; }
        n=$(echo "$b" | grep -c ' pitchfork$')
        [ "$n" = 1 ] || { err "$m boundary at $base: want one pitchfork, got '$b'"; continue; }
        if [ $m = stag2 ]; then
            grep -q 'a root of the boundary polynomial (Arb)' "$tmp/b.err" ||
                err "stag2 boundary at $base: not confirmed by the polynomial: $(cat "$tmp/b.err")"
        fi
        bv=$(echo "$b" | cut -d' ' -f1)
        # bracket [a, c] around it, then bisect on the sign of the plain gap
        a=$(awk -v b="$bv" 'BEGIN { printf "%.17g", b * 0.93 }')
        c=$(awk -v b="$bv" 'BEGIN { printf "%.17g", b * 1.1 }')
        at() { echo "$base" | sed "s/$v=[^,]*/$v=$1/"; }
        start() { "$S" symmetric --set "$(at "$1")" | tr ' ' ','; }
        ga=$(plain_gap "$(at "$a")" "$(to_pauli "$S" "$P" "$(start "$a")")")
        gc=$(plain_gap "$(at "$c")" "$(to_pauli "$S" "$P" "$(start "$c")")")
        awk -v a="$ga" -v c="$gc" 'BEGIN { exit !(a != "" && c != "" && a * c < 0) }' ||
            { err "$m at $base: the plain gap does not change sign on [$a, $c]: '$ga' '$gc'"; continue; }
        k=0
        while [ $k -lt 32 ]; do
            mid=$(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.17g", (a + c) / 2 }')
            g=$(plain_gap "$(at "$mid")" "$(to_pauli "$S" "$P" "$(start "$mid")")")
            [ -n "$g" ] || { err "$m at $(at "$mid"): plain Newton found no uniform state"; break; }
            if awk -v g="$g" -v a="$ga" 'BEGIN { exit !(g * a > 0) }'; then a=$mid; else c=$mid; fi
            k=$((k + 1))
        done
        awk -v b="$bv" -v a="$a" -v c="$c" -v m=$m -v s="$base" -v v=$v 'BEGIN {
            printf "%s at %s: boundary %s=%.15g, plain bisection [%.15g, %.15g]\n", m, s, v, b, a, c
            t = 1e-8 * (b < 0 ? -b : b); exit !(b > a - t && b < c + t) }' ||
            err "$m at $base: boundary $bv outside the plain model's bracket [$a, $c]"
    done
done

# ---- scan of afm2: phases on both sides of a boundary point ----------------
b=$("$T/afm2" boundary --set J=2,h=0,D=1.2,g=1 --vary h=0.8:3 2>/dev/null | cut -d' ' -f1)
"$T/afm2" scan --set J=2,h=0,D=1.2,g=1 --x D=1.2:1.3:2 --y h=1.5:2:6 --quiet -o "$tmp/s.csv" 2>"$tmp/s.err" ||
    err "afm2 scan exited $?: $(cat "$tmp/s.err")"
awk -F, -v b="$b" '!/^#/ && $1 == 1.2 { n++
    if (($2 < b && $5 != "broken") || ($2 > b && $5 != "symmetric")) { print "scan h=" $2 ": " $5; bad = 1 } }
    END { exit bad || n != 6 }' "$tmp/s.csv" || err "afm2 scan phases disagree with boundary h=$b"

# ---- the density-matrix engine reads the adapted variables ------------------
# (through the emitted Pauli map): its Jacobian of d rho/dt at its relaxed
# steady state has the gap of the Bloch equations at the symmetric state,
# and that state is a density matrix (phys: `steady` says physical: yes)
P2=J=2,h=2,D=1.2,g=1
gb=$("$T/afm2" stability --set $P2 | awk '$1 == "gap" { print $2 }')
"$T/afm2" dmstability --set $P2 >"$tmp/dms" 2>&1 || err "afm2 dmstability exited $?: $(tail -3 "$tmp/dms")"
awk -v gb="$gb" '$1 == "gap" { g = $2 } $1 == "jacobian_error" { e = $2 }
    END { d = g - gb; if (d < 0) d = -d
          printf "afm2 at J=2,h=2,D=1.2,g=1: dm gap %s (error %s), Bloch gap %s\n", g, e, gb
          exit !(g != "" && d < 1e-8 && e < 1e-8) }' "$tmp/dms" ||
    err "afm2: density-matrix gap differs from the Bloch equations' ($gb): $(grep -E '^(gap|jacobian_error)' "$tmp/dms")"
"$T/afm2" steady --set $P2 | grep -q '^# physical: yes' || err "afm2 steady: not reported physical"

[ $fail = 0 ] && echo "permutation: all checks passed"
exit $fail
