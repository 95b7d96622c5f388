#!/bin/sh
# `make bench`, moment models (issue 13): derivation, build and first steady
# state of pump_loss's order-2 and order-3 equations and of the k = 1 model
# (dtfim_nbody) at order 3.  Each step is a process timed by /usr/bin/time:
# wall and user CPU seconds (a loaded machine stretches wall time; user time
# is what the step costs), and the peak resident memory of the largest
# process of the step (for the build: the largest compiler).
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
MAKE=${MAKE:-make}
[ -x /usr/bin/time ] || { echo "moment models: SKIP (no /usr/bin/time)"; exit 0; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bg-bench-mom.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "moment models: derive, build (make model ORDER=K), first steady; wall / user s, peak MB"
printf '%-18s %5s  %-14s %-14s %-14s %-14s %s\n' model vars derive build steady total peak_MB
row() { # model file, order, steady's --set
    f=$1 k=$2 set=$3
    name=$(basename "$f" .model)_o$k
    /usr/bin/time -f "%e %U %M" -o "$tmp/t1" "$BIN/blochgen" derive --order "$k" "$f" \
        >/dev/null 2>"$tmp/err" || { echo "$name: derive failed"; return; }
    /usr/bin/time -f "%e %U %M" -o "$tmp/t2" "$MAKE" --no-print-directory BIN="$BIN" \
        BUILD="$BUILD" model M="$f" ORDER="$k" MODEL_OUT="$tmp" >"$tmp/make.log" 2>&1 ||
        { echo "$name: build failed"; tail -3 "$tmp/make.log"; return; }
    /usr/bin/time -f "%e %U %M" -o "$tmp/t3" "$tmp/$name" steady --set "$set" \
        >"$tmp/steady" 2>&1 || { echo "$name: steady failed"; return; }
    vars=$(grep -vc '^#' "$tmp/steady")
    # the build's peak: the largest child of make (GNU time reports the
    # largest process of the tree it waited for)
    awk -v name="$name" -v vars="$vars" '
        FNR == 1 { i++; w[i] = $1; u[i] = $2; m[i] = $3 }
        END { for (j = 1; j <= 3; j++) { tw += w[j]; tu += u[j]; if (m[j] > pk) pk = m[j] }
              printf "%-18s %5d  %5.2f / %5.2f  %5.2f / %5.2f  %5.2f / %5.2f  %5.2f / %5.2f  %.0f\n",
                     name, vars, w[1], u[1], w[2], u[2], w[3], u[3], tw, tu, pk / 1024 }' \
        "$tmp/t1" "$tmp/t2" "$tmp/t3"
}
row models/nbody/pump_loss_nbody.model 2 h1=0.5,h2=10,lambda=0.01,gup=0.3,gdown=1,N=20
row models/nbody/pump_loss_nbody.model 3 h1=0.5,h2=10,lambda=0.01,gup=0.3,gdown=1,N=20
row models/nbody/dtfim_nbody.model 3 Jbar=2,hx=1,hz=0.3,gamma=1,Gbar=0.5,N=20
echo "(target: under 10 s in total each; QuantumCumulants.jl: ~100 s of compilation at 693 equations)"
