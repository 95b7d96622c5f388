#!/bin/sh
# Renders each program's --help (and each command's) as a man page:
# tools/man.sh MANDIR PROGRAM...  A solver's page is blochgen-solver.1
# (every bin/<model> has the same commands).
set -eu
dir=$1; shift
esc() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/"; }
for prog in "$@"; do
    name=$(basename "$prog")
    case "$name" in blochgen|dtfim-exact) page=$name ;; *) page=blochgen-solver ;; esac
    top=$("$prog" --help 2>&1 || true)
    cmds=$(printf '%s\n' "$top" | sed -n 's/^  \([a-z][a-z0-9-]*\)  .*/\1/p')
    {
        printf '.TH %s 1 "" "blochgen" "User Commands"\n' "$(echo "$page" | tr a-z A-Z)"
        printf '.SH NAME\n%s \\- ' "$page"
        case "$page" in
            blochgen) echo "derive, emit, check and build the Bloch equations of open quantum spin models" ;;
            dtfim-exact) echo "certified exact results of the dissipative transverse-field Ising model" ;;
            *) echo "the solver blochgen builds for a model (bin/<model>, blochgen build)" ;;
        esac
        printf '.SH SYNOPSIS\n.B %s\nCOMMAND [OPTIONS]\n' "$( [ "$page" = blochgen-solver ] && echo MODEL || echo "$page")"
        printf '.SH DESCRIPTION\n.nf\n'
        printf '%s\n' "$top" | esc
        printf '.fi\n'
        for c in $cmds; do
            printf '.SH COMMAND %s\n.nf\n' "$c"
            "$prog" "$c" --help 2>&1 | esc || true
            printf '.fi\n'
        done
        printf '.SH SEE ALSO\nThe documentation in docs/ of the source tree; pkg-config blochgen-runtime.\n'
    } > "$dir/$page.1"
done
