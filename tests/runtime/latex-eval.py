#!/usr/bin/env python3
"""latex-eval.py TEXT TEX: every right-hand side of blochgen's LaTeX (the
equations, the symmetric state, the boundary, the conserved quantities)
equals the plain-text one (expanded, never factored) at random rational
points, exactly (fractions). Stdlib only. Prints problems, exits 1 on any."""
import random
import re
import sys
from fractions import Fraction as F


def obs_key(s):
    # \langle \sigma^{x}_{1}\sigma^{z}_{2}\rangle -> sx1sz2; <sx1*sz2> -> sx1sz2
    return "o_" + "".join("s%s%s" % m for m in re.findall(r"\\sigma\^\{(\w)\}_\{(\d+)\}", s))


def text_expr(s):
    s = re.sub(r"<([^>]*)>", lambda m: "o_" + m.group(1).replace("*", ""), s)
    s = s.replace("^", "**")
    s = re.sub(r"\b([A-Za-z]\w*)", lambda m: m.group(1) if m.group(1).startswith("o_")
               else "v_" + m.group(1).replace("_", ""), s)
    return re.sub(r"(?<![\w.])(\d+)", r"F(\1)", s)


def braced(s, i):
    """s[i] == '{': index after the matching '}'."""
    depth = 0
    for j in range(i, len(s)):
        depth += {"{": 1, "}": -1}.get(s[j], 0)
        if depth == 0:
            return j + 1
    raise ValueError("unbalanced braces")


def latex_expr(s):
    s = re.sub(r"\\langle\s*(.*?)\\rangle", lambda m: " " + obs_key(m.group(1)) + " ", s)
    # \frac{a}{b} -> ((a)/(b)), innermost first
    while "\\frac{" in s:
        i = s.index("\\frac{") + 5
        j = braced(s, i)
        k = braced(s, j)
        s = s[:i - 5] + "((" + s[i + 1:j - 1] + ")/(" + s[j + 1:k - 1] + "))" + s[k:]
    for a, b in (("\\left(", "("), ("\\right)", ")"), ("\\bigl(", "("), ("\\bigr)", ")"),
                 ("\\Bigl[", "("), ("\\Bigr]", ")"), ("\\Big/", "/")):
        s = s.replace(a, b)
    s = re.sub(r"\^\{(\d+)\}", r"**\1", s)
    s = re.sub(r"\\mathrm\{(\w+)\}", r"\1", s)
    s = re.sub(r"\\bar\{\\?(\w+)\}", r"\1bar", s)
    s = re.sub(r"_\{\\?(\w+)\}", r"\1", s)
    s = s.replace("\\", "")
    s = re.sub(r"\b([A-Za-z]\w*)", lambda m: m.group(1) if m.group(1).startswith("o_") else "v_" + m.group(1), s)
    s = re.sub(r"(?<![\w.])(\d+)", r"F(\1)", s)
    # juxtaposition is a product
    toks = re.findall(r"\*\*|F\(\d+\)|\w+|[()+\-*/]", s)
    out = []
    for t in toks:
        if out and (out[-1] == ")" or re.match(r"\w|F\(", out[-1])) and (t == "(" or re.match(r"\w|F\(", t)):
            out.append("*")
        out.append(t)
    return " ".join(out)


def latex_rows(tex):
    tex = re.sub(r"%.*", "", tex)
    tex = tex.replace("\\\\\n  &\\quad", " ")
    rows = {}
    for env in re.findall(r"\\begin\{align\}(.*?)\\end\{align\}", tex, re.S):
        for row in env.split("\\\\"):
            if "&=" not in row:
                continue
            lhs, rhs = row.split("&=", 1)
            lhs = lhs.strip()
            if "tfrac" in lhs:
                continue
            if lhs.startswith("\\frac{d}{dt}"):
                key = "d:" + obs_key(lhs)
            elif lhs.startswith("\\langle"):
                key = "s:" + obs_key(lhs)
            elif lhs == "0":
                key = "b"
            else:
                key = "C" + re.sub(r"\D", "", lhs)
            rows[key] = rhs.strip()
    return rows


def text_rows(txt):
    rows = {}
    for line in txt.splitlines():
        if line.startswith("#") or " = " not in line:
            continue
        lhs, rhs = line.split(" = ", 1)
        m = re.match(r"d<([^>]*)>/dt$", lhs)
        if m:
            rows["d:o_" + m.group(1).replace("*", "")] = rhs
        elif re.match(r"<[^>]*>$", lhs):
            rows["s:o_" + lhs[1:-1].replace("*", "")] = rhs
        elif lhs == "boundary":
            rows["b"] = rhs
        elif re.match(r"C\d+$", lhs):
            rows[lhs] = rhs
    return rows


class Point(dict):
    def __missing__(self, k):
        if not k.startswith(("v_", "o_")):
            raise KeyError(k)
        v = F(random.randint(-40, 40), random.randint(1, 9))
        self[k] = v
        return v


def main():
    random.seed(14)
    txt, tex = (open(f).read() for f in sys.argv[1:3])
    t, l = text_rows(txt), latex_rows(tex)
    bad = 0
    if set(t) != set(l):
        print("rows differ: text only %s, latex only %s" % (sorted(set(t) - set(l)), sorted(set(l) - set(t))))
        bad += 1
    for k in sorted(set(t) & set(l)):
        te, le = text_expr(t[k]), latex_expr(l[k])
        for _ in range(3):
            pt = Point()
            try:
                a, b = eval(te, {"F": F}, pt), eval(le, {"F": F}, pt)
            except ZeroDivisionError:
                continue
            except Exception as e:
                print("%s: cannot evaluate (%s): %s" % (k, e, le[:200]))
                bad += 1
                break
            if a != b:
                print("%s: LaTeX %s != text %s at %s" % (k, b, a, dict(pt)))
                bad += 1
                break
    print("%d rows compared, %d problem(s)" % (len(set(t) & set(l)), bad))
    return 1 if bad else 0


sys.exit(main())
