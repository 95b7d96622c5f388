#!/bin/sh
# The double half as term tables (generator/emit/emit_table.c, used above
# 20000 Jacobian terms) against the named-variable code of the same model:
# both emitted from one model (BLOCHGEN_EMIT_TABLE_TERMS forces either
# way), rhs and dense Jacobian at random points equal to 1e-12 relative,
# and each Jacobian against central finite differences of its own rhs.
# Then the Arb half's rhs against the double half's (both carry 1/N, the
# generator after a moment model's parameters; the Arb table once dropped it).
# Models: dtfim_nbody at order 3 (k = 1), pump_loss_nbody at order 2 (k = 2).
set -u
BIN=${BIN:-bin}
CC=${CC:-cc}
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-table.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$BIN/blochgen" ] || { echo "SKIP: no $BIN/blochgen"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

for mo in dtfim_nbody:3 pump_loss_nbody:2; do
    m=${mo%:*} k=${mo#*:}
    name=${m}_o$k
    for way in table named; do
        case $way in table) lim=0 ;; named) lim=1000000000 ;; esac
        mkdir -p "$tmp/$way"
        BLOCHGEN_EMIT_TABLE_TERMS=$lim "$BIN/blochgen" emit --order "$k" \
            "$root/models/nbody/$m.model" -o "$tmp/$way" ||
            { err "emit $name $way"; continue; }
        c=$tmp/$way/$name.c
        if [ $way = table ]; then
            grep -q '^static const bloch_dterm_t' "$c" || err "$name: no table emitted"
        else
            grep -q 'bloch_dterm_t' "$c" && err "$name: table emitted above the limit"
        fi
        # shellcheck disable=SC2086
        $CC -std=c11 -O1 -Wall -Wextra -Werror ${SANFLAGS:-} -I"$root/runtime" \
            -DMODEL_C="\"$c\"" -DMODEL_SYM="${name}_model" \
            "$here/table_eval.c" -o "$tmp/$way/eval" -lm ||
            { err "compile $name $way"; continue; }
        "$tmp/$way/eval" >"$tmp/$way/out" 2>"$tmp/$way/fd" || err "run $name $way"
        # the Jacobian against finite differences (a cubic: O(h^2) + rounding)
        awk '{ if (!($1 <= 1e-6 * ($2 > 1 ? $2 : 1))) exit 1 }' "$tmp/$way/fd" ||
            err "$name $way: Jacobian against finite differences: $(cat "$tmp/$way/fd")"
    done
    [ -s "$tmp/table/out" ] && [ -s "$tmp/named/out" ] || { err "$name: no output"; continue; }
    lines=$(wc -l <"$tmp/named/out")
    [ "$lines" -gt 100 ] || err "$name: only $lines values"
    paste "$tmp/table/out" "$tmp/named/out" | awk '
        { d = $1 - $2; if (d < 0) d = -d; a = $2 < 0 ? -$2 : $2
          if (d > 1e-12 * (a > 1 ? a : 1)) { print "line " NR ": " $1 " != " $2; bad = 1; exit } }
        END { exit bad }' || err "$name: table and named code differ"
    echo "ok: $name: $lines values agree, finite differences $(cat "$tmp/table/fd")"
    # the Arb half against the double half (FLINT 2.9's libraries, else FLINT 3's)
    built=0
    for libs in "${FLINT_LIBS:-}" "-lflint-arb -lflint -lmpfr -lgmp" "-lflint -lmpfr -lgmp"; do
        [ -n "$libs" ] || continue
        # shellcheck disable=SC2086
        $CC -std=c11 -O1 -I"$root/compat" -I"$root/runtime" -DMODEL_C="\"$tmp/table/$name.c\"" \
            -DMODEL_ARB_C="\"$tmp/table/${name}_arb.c\"" -DMODEL_SYM="${name}_model" \
            -DMODEL_ARB_SYM="${name}_model_arb" "$here/table_arb.c" -o "$tmp/arb" $libs -lm \
            2>/dev/null && { built=1; break; }
    done
    if [ $built = 1 ]; then
        d=$("$tmp/arb") || err "$name: arb driver"
        awk -v d="$d" 'BEGIN { exit !(d + 0 <= 1e-12) }' ||
            err "$name: Arb rhs differs from the double rhs by $d"
        echo "ok: $name: Arb rhs against double rhs: $d"
    else
        echo "SKIP: $name: Arb half, FLINT/Arb would not link"
    fi
    rm -rf "$tmp/table" "$tmp/named" "$tmp/arb"
done
[ $fail = 0 ] || exit 1
echo "table: all passed"
