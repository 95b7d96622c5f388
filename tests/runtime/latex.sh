#!/bin/sh
# blochgen derive --format latex / latex-document: names as a physicist
# writes them (gamma_phi -> \gamma_{\phi}, h1 -> h_{1}, lambda -> \lambda,
# <sx1*sz2> -> \langle\sigma^x_1\sigma^z_2\rangle), balanced braces and
# environments in every fragment, and a document pdflatex compiles (SKIP
# of that part without pdflatex).
BIN=${BIN:-bin}
G=$BIN/blochgen
[ -x "$G" ] || { echo "SKIP: $G not built"; exit 77; }
fail=0
err() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/dephase.model" <<'M'
model dephase
sites 2
params h1 lambda gamma_phi
hamiltonian h1*sx1 + h1*sx2 + lambda*sz1*sz2
jump gamma_phi : sz1
jump gamma_phi : sz2
M
for m in models/*.model; do
    "$G" derive "$m" --format latex >"$tmp/$(basename "$m" .model).tex" 2>"$tmp/err" ||
        err "derive $m --format latex exited $?: $(cat "$tmp/err")"
done
# balanced braces, \left/\right and \begin/\end, line by line and overall
for f in "$tmp"/*.tex; do
    awk '{ sub(/%.*/, "") }
         { n = split($0, c, ""); for (k = 1; k <= n; k++) { if (c[k] == "{") b++; if (c[k] == "}") b-- }
           if (b < 0) { print "unbalanced } at line " NR; exit 1 }
           l += gsub(/\\left/, "&"); l -= gsub(/\\right/, "&")
           if (/\\begin\{/) e++; if (/\\end\{/) e-- }
         END { if (b != 0 || l != 0 || e != 0) { print "braces " b ", left/right " l ", environments " e; exit 1 } }' \
        "$f" >"$tmp/why" || err "$(basename "$f"): $(cat "$tmp/why")"
done
grep -q '\\lambda' "$tmp/pump_loss.tex" && grep -q 'h_{1}' "$tmp/pump_loss.tex" ||
    err "pump_loss: no \\lambda or h_{1}"
grep -q '\\langle \\sigma^{x}_{1}\\sigma^{z}_{2}\\rangle' "$tmp/pump_loss.tex" || err "pump_loss: <sx1*sz2> not rendered"
# no line anywhere (equations, symmetric state, boundary) is longer than a
# page holds: long quotients and polynomials are broken
awk 'length($0) > 260 { print FILENAME ": line " FNR " has " length($0) " characters"; exit 1 }' "$tmp"/*.tex ||
    err "an unbroken long line"
# factored over Q where shorter: 8*(h1^2 + 2*h1*h2 + h2^2) -> 8 (h_{1} + h_{2})^{2}
cat >"$tmp/square.model" <<'M'
model square
sites 1
params h1 h2 gamma_phi
hamiltonian 4*h1^2*sx1 + 8*h1*h2*sx1 + 4*h2^2*sx1
jump gamma_phi : sz1
M
"$G" derive "$tmp/square.model" --format latex >"$tmp/square.tex" || err "derive square.model exited $?"
grep -q -- '- 8 (h_{1} + h_{2})^{2} \\langle \\sigma^{z}_{1}\\rangle' "$tmp/square.tex" ||
    err "square: 8*(h1^2 + 2*h1*h2 + h2^2) not factored: $(grep 'sigma^{y}_{1}\\rangle  &=' "$tmp/square.tex")"
grep -q '(\\mathrm{gup} - \\mathrm{gdown})' "$tmp/pump_loss.tex" || err "pump_loss: symmetric state not factored"
# factored = expanded: every LaTeX right-hand side against the text one at
# random rational points, exactly (tests/runtime/latex-eval.py, stdlib)
if command -v python3 >/dev/null 2>&1; then
    for m in models/*.model "$tmp/square.model" "$tmp/dephase.model"; do
        "$G" derive "$m" >"$tmp/eval.txt" && "$G" derive "$m" --format latex >"$tmp/eval.tex" &&
            python3 tests/runtime/latex-eval.py "$tmp/eval.txt" "$tmp/eval.tex" >"$tmp/why" ||
            err "$(basename "$m"): LaTeX differs from the text: $(head -3 "$tmp/why")"
    done
else
    echo "SKIP: LaTeX = text at random points, no python3"
fi
if "$G" derive "$tmp/dephase.model" --format latex >"$tmp/d.tex" 2>"$tmp/err"; then
    grep -q '\\gamma_{\\phi}' "$tmp/d.tex" || err "gamma_phi is not \\gamma_{\\phi}: $(grep -o 'gamma[^ ]*' "$tmp/d.tex" | head -1)"
    ! grep -q 'mathrm{gamma' "$tmp/d.tex" || err "gamma_phi rendered as \\mathrm"
else
    err "derive dephase.model: $(cat "$tmp/err")"
fi
"$G" derive models/pump_loss.model --format latex-document >"$tmp/doc.tex" || err "latex-document exited $?"
head -1 "$tmp/doc.tex" | grep -q '^\\documentclass' && tail -1 "$tmp/doc.tex" | grep -q '^\\end{document}' ||
    err "latex-document is no complete document"
if command -v pdflatex >/dev/null 2>&1; then
    (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error doc.tex >pdflatex.log 2>&1) &&
        [ -s "$tmp/doc.pdf" ] || err "pdflatex failed: $(grep -A3 '^!' "$tmp/pdflatex.log" | head -8)"
else
    echo "SKIP: compiling the document, no pdflatex"
fi
echo "latex: $fail problem(s)"
[ "$fail" = 0 ]
