#!/bin/sh
# Every kind of CSV the tools write reads as it is: the first line is the
# column header (no '#'), every row has as many fields, and
# numpy.genfromtxt(names=True) (and pandas.read_csv(comment='#'), where
# pandas is installed) finds the same columns and rows as awk does here.
# The run's parameters follow the header as '#' lines; a varied parameter
# shows as the range given (never nan), numbers in their short form.
BIN=${BIN:-bin}
S=$BIN/pump_loss
D=$BIN/ising_thermal
X=$BIN/dtfim-exact
for b in "$S" "$D" "$X"; do
    [ -x "$b" ] || { echo "SKIP: $b not built"; exit 77; }
done
P=h1=0.5,h2=10,lambda=0.01,gup=1,gdown=0
F=h2=10,lambda=0.01,gup=1,gdown=0
T=h1=0.7,h2=10,lambda=0.01,glow=0.005,r=10,T=0.05
E="--N 5 --J 0.8 --hz 0.6 --hx 1.1 --gamma 0.3 --Gamma 0.4"
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name|command (stdout is the CSV)
CMDS="sweep|$S sweep --set $F --vary h1=0:1.4:15 --direction both --quiet
scan|$S scan --set $F --x h1=0:1.4:5 --y gup=1/2:2:4 --quiet
scan-attractors|$S scan --set $F --x h1=0:1.2:3 --y gup=0.5:2:3 --attractors --quiet
evolve|$S evolve --set $P --t 1 --every 0.5
evolve-ramp|$S evolve --set $F --ramp h1=0.2:0.8 --t 1 --every 0.5
dmevolve|$S dmevolve --set $P --t 1 --every 0.5
dmsweep|$S dmsweep --set $F --vary h1=0.2:1.1:4 --quiet
quench|$S quench --set $F --from h1=0.5 --to h1=0.9 --init 0.3,0.1,0.8,0.001,0,0.99,0.0003,0,0.297,0.0001,0,0.099,0.0008,0,0.792 --t 1 --every 0.5
steady-all|$S steady --all --set $P
equilibrium|$D equilibrium --set $T
equilibrium-line|$D equilibrium --set h2=10,lambda=0,glow=1,r=1,T=0.6 --vary h1=0.05:0.99:5
brute|$X brute $E
density|$X density $E
distribution|$X distribution $E
g2|$X g2 $E
piqs|$X piqs $E
meanfield|$X meanfield --Jbar 1 --hx 0.4 --hz 0.1 --gamma 0.1 --Gbar 0.3
potential|$X potential --Jbar 1 --hz 0.1 --hx 0.4 --gamma 0.1 --Gbar 0.3 --N 20 --grid 10
transitions|$X transitions --Jbar 1 --hx 0.4 --gamma 0.1 --vary hz=-0.3:0.5
blockade|$X blockade --N 22 --J 1 --hx 4 --gamma 1e-14 --vary hz=-0.5:6.5:15
correlation|$X correlation $E --A plus:1 --B minus:3 --t 0:200:3 --digits 12
spectrum|$X correlation $E --A plus:1 --B minus:1 --spectrum -2:2:5"

echo "$CMDS" | while IFS='|' read -r name c; do
    # shellcheck disable=SC2086
    $c >"$tmp/$name.csv" 2>"$tmp/$name.err"
    st=$?
    # 1: the run found no result (e.g. no limit cycle); anything else is a failure
    [ $st = 0 ] || { echo "FAIL: $name: $c exited $st: $(head -c 300 "$tmp/$name.err")"; continue; }
    awk -F, 'NR == 1 { if (/^#/ || NF < 2) { print "first line is not a header: " $0; exit 1 }
                       n = NF; next }
             /^#/ { next }
             NF != n { print "line " NR ": " NF " fields, header has " n; exit 1 }
             { rows++ }
             END { if (rows < 1) { print "no rows"; exit 1 } print n, rows }' "$tmp/$name.csv" \
        >"$tmp/$name.shape" || echo "FAIL: $name: $(cat "$tmp/$name.shape")"
    # the parameters: '#' lines right after the header (steady --all: after the rows)
    [ $name = steady-all ] && pl=$(grep '^# parameters' "$tmp/$name.csv") ||
        pl=$(sed -n '2,/^[^#]/p' "$tmp/$name.csv" | grep '^#')
    [ -n "$pl" ] || echo "FAIL: $name: no '#' parameter line after the header"
    ! echo "$pl" | grep -qE '[=:]nan\b|[0-9]{15}' ||
        echo "FAIL: $name: a nan or a 17-digit number in the parameter lines: $(echo "$pl" | grep -E '[=:]nan\b|[0-9]{15}' | head -1)"
done >"$tmp/log"
cat "$tmp/log"
fail=$((fail + $(grep -c FAIL "$tmp/log")))

# the ranges as given
sed -n 2p "$tmp/scan.csv" | grep -q ', h1=0:1.4:5, .*gup=0.5:2:4,' || err "scan parameter line: $(sed -n 2p "$tmp/scan.csv")"
sed -n 3p "$tmp/scan.csv" | grep -q '^# scan: x h1=0:1.4:5, y gup=0.5:2:4' || err "scan line: $(sed -n 3p "$tmp/scan.csv")"
sed -n 2p "$tmp/sweep.csv" | grep -q ', h1=0:1.4:15, ' || err "sweep parameter line: $(sed -n 2p "$tmp/sweep.csv")"

py=
for c in ${PYTHON:-} python3 /usr/bin/python3; do
    command -v "$c" >/dev/null 2>&1 && "$c" -c 'import numpy' 2>/dev/null && { py=$c; break; }
done
if [ -n "$py" ]; then
    "$py" - "$tmp" <<'PY' || fail=$((fail + 1))
import glob, os, sys
import numpy as np
tmp = sys.argv[1]
try:
    import pandas
except ImportError:
    pandas = None
    print("SKIP: pandas.read_csv, no pandas")
bad = 0
for shape in sorted(glob.glob(os.path.join(tmp, "*.shape"))):
    name = os.path.basename(shape)[:-6]
    txt = open(shape).read().split()
    if len(txt) != 2:
        continue   # awk already failed it
    ncol, nrow = int(txt[0]), int(txt[1])
    f = os.path.join(tmp, name + ".csv")
    try:
        # a row with another field count raises (invalid_raise=True)
        a = np.genfromtxt(f, delimiter=",", names=True, dtype=None, encoding="utf-8")
    except Exception as e:
        print("FAIL: %s: numpy.genfromtxt: %s" % (name, e)); bad += 1; continue
    a = np.atleast_1d(a)
    if len(a.dtype.names) != ncol or len(a) != nrow:
        print("FAIL: %s: genfromtxt read %d columns x %d rows, want %d x %d"
              % (name, len(a.dtype.names), len(a), ncol, nrow)); bad += 1
    if pandas is not None:
        d = pandas.read_csv(f, comment="#")
        if d.shape != (nrow, ncol):
            print("FAIL: %s: pandas read %s, want %s" % (name, d.shape, (nrow, ncol))); bad += 1
print("numpy: %d CSV kinds read" % len(glob.glob(os.path.join(tmp, "*.shape"))))
sys.exit(1 if bad else 0)
PY
else
    echo "SKIP: numpy.genfromtxt, no python3-numpy"
fi
echo "csv: $fail problem(s)"
[ "$fail" = 0 ]
