#!/bin/sh
# Reads the module table (lines "DEPS_m = a b c") and prints, for every
# module, RT_INC_m: the include flags of m and everything it uses,
# transitively.  A module that uses itself through others is a cycle: it
# is named and the script fails (and with it the build).
# Usage: tools/modules.sh runtime/modules.mk
set -eu
awk '
/^DEPS_[a-z0-9_]+ *=/ {
    m = $1; sub(/^DEPS_/, "", m)
    mods[m] = 1
    line = $0; sub(/^[^=]*= */, "", line)
    deps[m] = line
}
function visit(m, path,    n, d, i, parts) {
    if (state[m] == 2) return
    if (state[m] == 1) {
        printf "modules: cycle %s\n", path > "/dev/stderr"
        bad = 1
        exit 1
    }
    if (!(m in mods)) {
        printf "modules: %s uses %s, which is not a module\n", path, m > "/dev/stderr"
        bad = 1
        exit 1
    }
    state[m] = 1
    n = split(deps[m], parts, " ")
    for (i = 1; i <= n; i++) visit(parts[i], path " -> " parts[i])
    state[m] = 2
}
function closure(m, out,    n, i, parts) {
    if ((m SUBSEP "x") in seen) return
    seen[m, "x"] = 1
    inc = inc " -Iruntime/" m
    n = split(deps[m], parts, " ")
    for (i = 1; i <= n; i++) closure(parts[i])
}
END {
    if (bad) exit 1
    for (m in mods) visit(m, m)
    for (m in mods) {
        delete seen; inc = ""
        closure(m)
        printf "RT_INC_%s =%s\n", m, inc
    }
}' "$1"
