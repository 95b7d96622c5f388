#define BLOCHGEN_STR2(x) #x
#define BLOCHGEN_STR(x) BLOCHGEN_STR2(x)
#include <string.h>
#include "output.h"

static const char *sym_status_name(int s);

/* The symmetric-state status as a sentence (a limit that stopped it is
   in d->limit_note). */
static void sym_status_text(sbuf_t *b, const derive_t d)
{
    if (d->sym_status == SYM_LIMIT)
        sbuf_printf(b, "not attempted: %s", d->limit_note);
    else
        sbuf_puts(b, sym_status_name(d->sym_status));
}

/* What replaces the boundary polynomial when a limit stopped it. */
static int boundary_stopped(const derive_t d)
{
    return d->sym_status == SYM_CLOSED_FORM && !d->has_boundary && d->limit_note[0] != '\0';
}

static const char *sym_status_name(int s)
{
    switch (s)
    {
        case SYM_CLOSED_FORM: return "closed form";
        case SYM_NONLINEAR: return "no closed form: the even-sector equations are nonlinear "
                                   "in the even variables";
        case SYM_SINGULAR: return "no unique closed form: the even-sector linear system is "
                                  "singular";
        case SYM_TOO_LARGE: return "not attempted: the even sector has more than "
                                   BLOCHGEN_STR(DERIVE_SYM_MAX) " observables "
                                   "(too large for exact elimination over Q(params))";
        default: return "no symmetry declared";
    }
}

/* Why the conserved quantities were not attempted (cons_status not
   CONS_DONE). */
static void cons_status_text(sbuf_t *b, const derive_t d)
{
    if (d->cons_status == CONS_TOO_LARGE)
        sbuf_printf(b, "not attempted: more than %d observables (the quadratic ansatz would "
                    "have %ld unknowns)", DERIVE_CONS_MAX, (long) (d->n * (d->n + 3) / 2));
    else if (d->cons_status == CONS_DM_ONLY)
        sbuf_puts(b, "not attempted: the equations omit the eigenbasis thermal dissipator");
    else
        sbuf_printf(b, "not attempted: %s", d->cons_note);
}

static const char *parity_name(const derive_t d, slong v)
{
    if (!d->m->has_symmetry)
        return "none";
    return d->odd[v] ? "odd" : "even";
}

void output_text(FILE *f, const derive_t d)
{
    const model_struct *m = d->m;
    printer_t p = {STYLE_TEXT, m};
    sbuf_t b;
    slong v, k;

    sbuf_init(&b);
    fprintf(f, "# model %s (%s): %d sites, %ld observables, %ld parameters\n",
            m->name, m->file, m->sites, (long) d->n, (long) m->nparams);
    if (m->nlevels > 0)
        fprintf(f, "# NOTE: these equations EXCLUDE the eigenbasis thermal dissipator "
                "('levels', line %d),\n# which is not polynomial; bin/%s dmevolve runs the "
                "whole model\n", m->levels[0].line, m->name);
    fprintf(f, "# equations of motion\n");
    for (v = 0; v < d->n; v++)
    {
        sbuf_reset(&b);
        sbuf_puts(&b, "d");
        out_obs_name(&b, v, &p);
        sbuf_puts(&b, "/dt = ");
        out_bpoly(&b, d->rhs + v, &p);
        fprintf(f, "%s\n", b.s);
    }
    fprintf(f, "# Jacobian: nonzero entries d(d<row>/dt)/d<col>\n");
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++)
        {
            sbuf_reset(&b);
            sbuf_puts(&b, "J[");
            out_obs_name(&b, v, &p);
            sbuf_puts(&b, ", ");
            out_obs_name(&b, d->jac[v].col[k], &p);
            sbuf_puts(&b, "] = ");
            out_bpoly(&b, d->jac[v].entry + k, &p);
            fprintf(f, "%s\n", b.s);
        }
    if (m->has_symmetry)
    {
        char sn[128];
        model_symmetry_name(sn, sizeof sn, m);
        fprintf(f, "# symmetry %s; odd observables:", sn);
        for (k = 0; k < d->nodd; k++)
        {
            sbuf_reset(&b);
            out_obs_name(&b, d->odd_vars[k], &p);
            fprintf(f, " %s", b.s);
        }
        sbuf_reset(&b);
        sym_status_text(&b, d);
        fprintf(f, "\n# symmetric steady state: %s\n", b.s);
        if (d->sym_status == SYM_CLOSED_FORM)
            for (v = 0; v < d->n; v++)
            {
                if (d->odd[v])
                    continue;
                sbuf_reset(&b);
                out_obs_name(&b, v, &p);
                sbuf_puts(&b, " = ");
                out_mpoly_q(&b, d->sym + v, &p);
                fprintf(f, "%s\n", b.s);
            }
    }
    if (d->has_boundary)
    {
        sbuf_reset(&b);
        out_fmpz_mpoly(&b, d->boundary, &p);
        fprintf(f, "# phase boundary: numerator of det(odd block of J at the symmetric state)\n");
        if (fmpz_mpoly_is_zero(d->boundary, m->pctx->zctx))
            fprintf(f, "# (identically zero: the odd block is singular for every parameter "
                    "value, so there are no isolated boundary points)\n");
        fprintf(f, "boundary = %s\n", b.s);
    }
    else if (boundary_stopped(d))
        fprintf(f, "# phase boundary: not attempted: %s\n", d->limit_note);
    sbuf_reset(&b);
    if (d->cons_status != CONS_DONE)
    {
        cons_status_text(&b, d);
        fprintf(f, "# conserved quantities (dC/dt = 0, degree <= 2): %s\n", b.s);
    }
    else
    {
        fprintf(f, "# conserved quantities (dC/dt = 0, degree <= 2)%s\n",
                d->ncons > 0 ? ": a basis" : "");
        if (d->ncons == 0)
            fprintf(f, "none\n");
        for (k = 0; k < d->ncons; k++)
        {
            sbuf_reset(&b);
            out_bpoly(&b, d->cons + k, &p);
            fprintf(f, "C%ld = %s\n", (long) k + 1, b.s);
        }
    }
    sbuf_clear(&b);
}

/* A right-hand side s (LaTeX) on lines of about LATEX_LINE characters: a
   break "\\ &\quad" before a top-level + or - (outside braces and
   parentheses) once the line is long, so that long polynomials fit a page
   inside align. \bigl( \bigr) (long factors) and \Bigl[ \Bigr] (long
   quotients) are no groups in TeX: breaks inside them are allowed. */
#define LATEX_LINE OUT_LATEX_LINE
static void latex_broken(FILE *f, const char *s)
{
    int depth = 0;
    size_t col = 0;

    for (; *s; s++, col++)
    {
        if (strncmp(s, "\\bigl(", 6) == 0 || strncmp(s, "\\bigr)", 6) == 0)
        {
            fwrite(s, 1, 6, f);
            s += 5, col += 5;
            continue;
        }
        if (*s == '{' || *s == '(')
            depth++;
        else if (*s == '}' || *s == ')')
            depth--;
        else if (depth == 0 && col > LATEX_LINE && s[0] == ' ' && (s[1] == '+' || s[1] == '-') &&
                 s[2] == ' ')
        {
            fputs(" \\\\\n  &\\quad", f);
            col = 0;
        }
        fputc(*s, f);
    }
}

void output_latex_document(FILE *f, const derive_t d)
{
    fprintf(f, "\\documentclass{article}\n\\usepackage{amsmath}\n"
               "\\usepackage[margin=2cm]{geometry}\n\\allowdisplaybreaks\n"
               "\\begin{document}\n\\section*{Model ");
    for (const char *c = d->m->name; *c; c++)
        fprintf(f, *c == '_' ? "\\_" : "%c", *c);
    fprintf(f, "}\n");
    output_latex(f, d);
    fprintf(f, "\\end{document}\n");
}

void output_latex(FILE *f, const derive_t d)
{
    const model_struct *m = d->m;
    printer_t p = {STYLE_LATEX, m};
    sbuf_t b;
    slong v;

    sbuf_init(&b);
    fprintf(f, "%% equations of motion of model %s (%s), derived by blochgen\n", m->name, m->file);
    if (m->nlevels > 0)
        fprintf(f, "%% NOTE: they EXCLUDE the eigenbasis thermal dissipator ('levels', line "
                "%d), which is not polynomial\n", m->levels[0].line);
    fprintf(f, "\\begin{align}\n");
    for (v = 0; v < d->n; v++)
    {
        sbuf_reset(&b);
        sbuf_puts(&b, "\\frac{d}{dt}");
        out_obs_name(&b, v, &p);
        sbuf_puts(&b, " &= ");
        out_bpoly(&b, d->rhs + v, &p);
        latex_broken(f, b.s);
        fprintf(f, "%s\n", v + 1 < d->n ? " \\\\" : "");
    }
    fprintf(f, "\\end{align}\n");
    if (d->sym_status == SYM_LIMIT)
        fprintf(f, "%% symmetric steady state: not attempted: %s\n", d->limit_note);
    if (d->sym_status == SYM_CLOSED_FORM)
    {
        int first = 1;
        fprintf(f, "%% symmetric steady state (odd observables vanish)\n\\begin{align}\n");
        for (v = 0; v < d->n; v++)
        {
            if (d->odd[v])
                continue;
            sbuf_reset(&b);
            out_obs_name(&b, v, &p);
            sbuf_puts(&b, " &= ");
            out_mpoly_q(&b, d->sym + v, &p);
            fprintf(f, "%s", first ? "" : "\\\\ ");
            latex_broken(f, b.s);
            fprintf(f, "\n");
            first = 0;
        }
        fprintf(f, "\\end{align}\n");
    }
    if (d->has_boundary)
    {
        sbuf_reset(&b);
        out_fmpz_mpoly_short(&b, d->boundary, &p);
        fprintf(f, "%% phase boundary: the symmetric state has a zero odd-sector eigenvalue where\n");
        fprintf(f, "\\begin{align}\n0 &= ");
        latex_broken(f, b.s);
        fprintf(f, "\n\\end{align}\n");
    }
    else if (boundary_stopped(d))
        fprintf(f, "%% phase boundary: not attempted: %s\n", d->limit_note);
    sbuf_reset(&b);
    if (d->cons_status != CONS_DONE)
    {
        cons_status_text(&b, d);
        fprintf(f, "%% conserved quantities of degree <= 2: %s\n", b.s);
    }
    else if (d->ncons == 0)
        fprintf(f, "%% conserved quantities of degree <= 2: none\n");
    else
    {
        fprintf(f, "%% conserved quantities (a basis of those of degree <= 2)\n\\begin{align}\n");
        for (v = 0; v < d->ncons; v++)
        {
            sbuf_reset(&b);
            out_bpoly(&b, d->cons + v, &p);
            fprintf(f, "C_{%ld} &= ", (long) v + 1);
            latex_broken(f, b.s);
            fprintf(f, "%s\n", v + 1 < d->ncons ? " \\\\" : "");
        }
        fprintf(f, "\\end{align}\n");
    }
    sbuf_clear(&b);
}

static void json_expr_bpoly(sbuf_t *out, sbuf_t *tmp, const bpoly_t c, const printer_t *p)
{
    sbuf_reset(tmp);
    out_bpoly(tmp, c, p);
    out_json_string(out, tmp->s);
}

void output_json(FILE *f, const derive_t d)
{
    const model_struct *m = d->m;
    printer_t p = {STYLE_TEXT, m};
    sbuf_t o, t;
    slong v, k;
    char name[128];

    sbuf_init(&o);
    sbuf_init(&t);
    sbuf_puts(&o, "{\n  \"model\": ");
    out_json_string(&o, m->name);
    sbuf_printf(&o, ",\n  \"sites\": %d,\n  \"dm_only\": %s,\n  \"params\": [", m->sites,
                m->nlevels > 0 ? "true" : "false");
    for (k = 0; k < m->nparams; k++)
    {
        sbuf_puts(&o, k ? ", " : "");
        out_json_string(&o, m->params[k]);
    }
    sbuf_puts(&o, "],\n  \"observables\": [");
    for (v = 0; v < d->n; v++)
    {
        model_obs_name(name, sizeof name, m, v);
        sbuf_puts(&o, v ? ", " : "");
        out_json_string(&o, name);
    }
    sbuf_puts(&o, "],\n  \"parity\": [");
    for (v = 0; v < d->n; v++)
        sbuf_printf(&o, "%s\"%s\"", v ? ", " : "", parity_name(d, v));
    sbuf_puts(&o, "],\n  \"equations\": {");
    for (v = 0; v < d->n; v++)
    {
        model_obs_name(name, sizeof name, m, v);
        sbuf_puts(&o, v ? ",\n    " : "\n    ");
        out_json_string(&o, name);
        sbuf_puts(&o, ": ");
        json_expr_bpoly(&o, &t, d->rhs + v, &p);
    }
    sbuf_puts(&o, "\n  },\n  \"jacobian\": [");
    for (v = 0, k = 0; v < d->n; v++)
    {
        slong j;
        for (j = 0; j < d->jac[v].len; j++, k++)
        {
            sbuf_printf(&o, "%s[%ld, %ld, ", k ? ",\n    " : "\n    ", (long) v,
                        (long) d->jac[v].col[j]);
            json_expr_bpoly(&o, &t, d->jac[v].entry + j, &p);
            sbuf_puts(&o, "]");
        }
    }
    sbuf_puts(&o, "\n  ],\n  \"symmetric_status\": ");
    sbuf_reset(&t);
    sym_status_text(&t, d);
    out_json_string(&o, t.s);
    if (d->sym_status == SYM_CLOSED_FORM)
    {
        sbuf_puts(&o, ",\n  \"symmetric\": {");
        for (v = 0, k = 0; v < d->n; v++)
        {
            if (d->odd[v])
                continue;
            model_obs_name(name, sizeof name, m, v);
            sbuf_puts(&o, k++ ? ",\n    " : "\n    ");
            out_json_string(&o, name);
            sbuf_puts(&o, ": ");
            sbuf_reset(&t);
            out_mpoly_q(&t, d->sym + v, &p);
            out_json_string(&o, t.s);
        }
        sbuf_puts(&o, "\n  }");
    }
    if (d->has_boundary)
    {
        sbuf_puts(&o, ",\n  \"boundary\": ");
        sbuf_reset(&t);
        out_fmpz_mpoly(&t, d->boundary, &p);
        out_json_string(&o, t.s);
    }
    else if (boundary_stopped(d))
    {
        sbuf_puts(&o, ",\n  \"boundary_status\": ");
        sbuf_reset(&t);
        sbuf_printf(&t, "not attempted: %s", d->limit_note);
        out_json_string(&o, t.s);
    }
    if (d->cons_status == CONS_DONE)
    {
        sbuf_puts(&o, ",\n  \"conserved\": [");
        for (k = 0; k < d->ncons; k++)
        {
            sbuf_puts(&o, k ? ",\n    " : "\n    ");
            json_expr_bpoly(&o, &t, d->cons + k, &p);
        }
        sbuf_puts(&o, d->ncons ? "\n  ]" : "]");
    }
    else
    {
        sbuf_puts(&o, ",\n  \"conserved_status\": ");
        sbuf_reset(&t);
        cons_status_text(&t, d);
        out_json_string(&o, t.s);
    }
    sbuf_puts(&o, "\n}\n");
    fputs(o.s, f);
    sbuf_clear(&o);
    sbuf_clear(&t);
}
