#!/bin/sh
# Order-2 moment solvers (make model ORDER=2) from the command line:
#   - names: k = 1 moments `sx1*sz2`, k = 2 (pump_loss_nbody) the cluster's
#     spin with the moment site as second index, `sx1_1*sz1_2`, in `info`
#     and the CSV header of `evolve`;
#   - physicality (the 2-site reduced density matrix, t-phys-moments checks
#     the eigenvalues): a steady state of dtfim_nbody and of pump_loss_nbody
#     is `physical: yes`; the hand-made --init <sz1> = 0.9, <sz1*sz2> = -0.9
#     is refused with rho's eigenvalue -0.425 = (1 - 0.9 - 0.9 - 0.9)/4
#     (rho is diagonal: its |down down> entry);
#   - sweep's physical column against numpy's eigenvalues.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-moments.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
bad=0
no() { echo "FAIL: $*"; bad=$((bad + 1)); }
build_model() {
    if [ -n "${BLOCHGEN_MAKE_ARGS:-}" ]; then
        make -s --no-print-directory model M="$1" ORDER=2 MODEL_OUT="$tmp" $BLOCHGEN_MAKE_ARGS >"$tmp/make.log" 2>&1
    else
        make -s --no-print-directory model M="$1" ORDER=2 MODEL_OUT="$tmp" BUILD="$BUILD" BIN="$BIN" >"$tmp/make.log" 2>&1
    fi || { no "make model $1: $(tail -5 "$tmp/make.log")"; return 1; }
}
build_model models/nbody/dtfim_nbody.model || exit 1
build_model models/nbody/pump_loss_nbody.model || exit 1
D=$tmp/dtfim_nbody_o2 P=$tmp/pump_loss_nbody_o2
SD=Jbar=1,hx=1,hz=0.2,gamma=0.5,Gbar=1,N=20
SP=h1=1,h2=10,lambda=0.01,gup=0.1,gdown=1,N=20

# names
"$P" info | grep -q '"moment_order": 2,' || no "pump_loss_nbody_o2 info: no moment_order"
"$P" info | grep -q '"cluster_sites": 2,' || no "pump_loss_nbody_o2 info: no cluster_sites"
"$D" info | grep -q '"observables": \["sx1", "sy1", "sz1", "sx1\*sx2", ' || no "dtfim_nbody_o2 names: $("$D" info | grep observables | cut -c1-120)"
n=$("$P" info | grep '"observables"' | tr ',' '\n' | grep -c '"s')
[ "$n" = 135 ] || no "pump_loss_nbody_o2: $n names, want 135"
for name in sz1_1 sz1_1*sx2_1 sx1_1*sz1_2 sx2_1*sx1_2*sz2_2 sz1_1*sz2_1*sz1_2*sz2_2; do
    "$P" info | grep -qF "\"$name\"" || no "pump_loss_nbody_o2: no variable $name"
done
"$P" evolve --set $SP --t 0.1 --init random:1 >"$tmp/ev.csv" 2>"$tmp/err" || no "pump_loss_nbody_o2 evolve: $(cat "$tmp/err")"
head -1 "$tmp/ev.csv" | grep -q '^t,sx1_1,sy1_1,.*,sx1_1\*sz1_2,' || no "evolve header: $(head -1 "$tmp/ev.csv" | cut -c1-100)"
grep -q '^# physical: yes' "$tmp/ev.csv" || no "pump_loss_nbody_o2 evolve from random:1 not physical: $(grep physical "$tmp/ev.csv")"

# physical steady states
"$D" steady --set $SD >"$tmp/sd" 2>&1 || no "dtfim_nbody_o2 steady: $(cat "$tmp/sd")"
grep -q '^# physical: yes (smallest eigenvalue of rho ' "$tmp/sd" || no "dtfim_nbody_o2 steady: $(grep physical "$tmp/sd")"
"$P" steady --set $SP >"$tmp/sp" 2>&1 || no "pump_loss_nbody_o2 steady: $(tail -2 "$tmp/sp")"
grep -q '^# physical: yes (smallest eigenvalue of rho ' "$tmp/sp" || no "pump_loss_nbody_o2 steady: $(grep physical "$tmp/sp")"

# an unphysical moment vector
"$D" evolve --set $SD --t 1 --init 0,0,0.9,0,0,0,0,0,-0.9 >/dev/null 2>"$tmp/err"
st=$?
[ $st = 2 ] || no "unphysical --init: exit $st, want 2"
grep -q 'has the eigenvalue -0.425 < 0' "$tmp/err" || no "unphysical --init: $(cat "$tmp/err")"

# sweep's physical column against numpy's eigenvalues of the 4 x 4 rho
# built from each row's moments by Kronecker products (dtfim_nbody at
# N = 4, where some order-2 branches leave the states)
py=
for c in ${PYTHON:-} python3 /usr/bin/python3; do
    "$c" -c 'import numpy' 2>/dev/null && { py=$c; break; }
done
"$D" sweep --vary hx=0.1:3:30 --set Jbar=4,hx=1,hz=0,gamma=0.1,Gbar=1,N=4 -o "$tmp/sw.csv" >/dev/null 2>"$tmp/err" ||
    no "sweep: $(cat "$tmp/err")"
if [ -z "$py" ]; then
    echo "SKIP: the sweep's physical column against numpy: no python3 with numpy"
else
    "$py" - "$tmp/sw.csv" <<'PY' || no "sweep's physical column against numpy"
import csv, sys
import numpy as np
rows = [r for r in csv.reader(open(sys.argv[1])) if r and not r[0].startswith("#")]
h, data = rows[0], rows[1:]
P = {"x": np.array([[0, 1], [1, 0]]), "y": np.array([[0, -1j], [1j, 0]]), "z": np.diag([1, -1])}
I = np.eye(2)
bad = n0 = 0
for r in data:
    v = dict(zip(h, r))
    R = np.eye(4, dtype=complex)
    for a in "xyz":
        R += float(v["s%s1" % a]) * (np.kron(P[a], I) + np.kron(I, P[a]))
        for b in "xyz":
            R += float(v["s%s1*s%s2" % tuple(sorted(a + b))]) * np.kron(P[a], P[b])
    lam = np.linalg.eigvalsh(R / 4)[0]
    n0 += v["physical"] == "0"
    if (lam >= -1e-9) != (v["physical"] == "1"):
        bad += 1
        print("row %s: physical %s, numpy's smallest eigenvalue %g" % (r[:3], v["physical"], lam))
if n0 == 0 or n0 == len(data):
    print("%d of %d rows unphysical: the check decides nothing" % (n0, len(data)))
    bad += 1
sys.exit(bad > 0)
PY
fi

[ $bad = 0 ] && echo PASS
exit $bad
