#include <ctype.h>
#include <string.h>
#include "output.h"
#include "alloc.h"

static const char *const greek[] = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "kappa",
    "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
    "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega", NULL
};

static void latex_symbol(sbuf_t *b, const char *name)
{
    size_t n = strlen(name), base = n;
    int k, is_greek = 0;
    char head[64];
    const char *us = strchr(name, '_');

    if (us != NULL && us > name && us[1] != '\0' && (size_t) (us - name) < sizeof head)
    {
        /* gamma_phi -> \gamma_{\phi}, g_up -> g_{\mathrm{up}}: the part after
           the first '_' is the subscript, rendered the same way */
        memcpy(head, name, us - name);
        head[us - name] = '\0';
        latex_symbol(b, head);
        sbuf_puts(b, "_{");
        latex_symbol(b, us + 1);
        sbuf_puts(b, "}");
        return;
    }
    while (base > 0 && isdigit((unsigned char) name[base - 1]))
        base--;
    if (base == 0 || base >= sizeof head)
        base = n;
    memcpy(head, name, base);
    head[base] = '\0';
    for (k = 0; greek[k] != NULL; k++)
        is_greek |= strcmp(head, greek[k]) == 0;
    if (base > 3 && strcmp(head + base - 3, "bar") == 0)
    {
        /* Jbar -> \bar{J}, gammabar -> \bar{\gamma} */
        head[base - 3] = '\0';
        sbuf_puts(b, "\\bar{");
        latex_symbol(b, head);
        sbuf_puts(b, "}");
    }
    else if (is_greek)
        sbuf_printf(b, "\\%s", head);
    else if (base == 1)
        sbuf_puts(b, head);
    else
        sbuf_printf(b, "\\mathrm{%s}", head);
    if (base < n)
        sbuf_printf(b, "_{%s}", name + base);
}

void out_param_name(sbuf_t *b, slong k, const printer_t *p)
{
    if (p->style == STYLE_LATEX)
        latex_symbol(b, p->m->params[k]);
    else
        sbuf_puts(b, p->m->params[k]);
}

static void out_pauli_latex(sbuf_t *b, const model_struct *m, pauli_t P);

void out_obs_name(sbuf_t *b, slong v, const printer_t *p)
{
    const model_struct *m = p->m;
    char name[128];

    if (p->style == STYLE_C)
    {
        model_obs_ident(name, sizeof name, m, v);
        sbuf_puts(b, name);
        return;
    }
    if (p->style == STYLE_TEXT)
    {
        model_obs_name(name, sizeof name, m, v);
        sbuf_printf(b, "<%s>", name);
        return;
    }
    if (m->has_perm && m->adapt_pair[v] != v)
    {
        slong a = m->adapt_pair[v] > v ? v : m->adapt_pair[v];
        int plus = (m->adapt_sign[a] > 0) == (a == v);
        sbuf_puts(b, "\\tfrac{1}{2}(");
        out_pauli_latex(b, m, m->obs[a]);
        sbuf_puts(b, plus ? " + " : " - ");
        out_pauli_latex(b, m, m->obs[m->adapt_pair[a]]);
        sbuf_puts(b, ")");
        return;
    }
    out_pauli_latex(b, m, m->obs[v]);
}

static void out_pauli_latex(sbuf_t *b, const model_struct *m, pauli_t P)
{
    int n;

    sbuf_puts(b, "\\langle ");
    for (n = 1; n <= m->sites; n++)
    {
        char c = pauli_letter(P, n);
        if (c != 'i')
            sbuf_printf(b, "\\sigma^{%c}_{%d}", c, n);
    }
    sbuf_puts(b, "\\rangle ");
}

static const char *mul_sym(const printer_t *p)
{
    return p->style == STYLE_LATEX ? " " : "*";
}

/* |q| as a factor; returns 1 if anything was printed. */
static int out_abs_rational(sbuf_t *b, const fmpq_t q, int omit_one, const printer_t *p)
{
    fmpz_t n;
    char *ns, *ds;

    if (omit_one && fmpz_is_one(fmpq_denref(q)) && fmpz_is_pm1(fmpq_numref(q)))
        return 0;
    fmpz_init(n);
    fmpz_abs(n, fmpq_numref(q));
    ns = fmpz_get_str(NULL, 10, n);
    ds = fmpz_get_str(NULL, 10, fmpq_denref(q));
    if (fmpz_is_one(fmpq_denref(q)))
        sbuf_printf(b, p->style == STYLE_C ? "%s.0" : "%s", ns);
    else if (p->style == STYLE_LATEX)
        sbuf_printf(b, "\\frac{%s}{%s}", ns, ds);
    else if (p->style == STYLE_C)
        sbuf_printf(b, "(%s.0/%s.0)", ns, ds);
    else
        sbuf_printf(b, "%s/%s", ns, ds);
    flint_free(ns);
    flint_free(ds);
    fmpz_clear(n);
    return 1;
}

/* Parameter powers; returns 1 if anything was printed. */
static int out_param_monomial(sbuf_t *b, const ulong *exp, slong nvars, int started,
                              const printer_t *p)
{
    slong k;
    ulong e;

    for (k = 0; k < nvars; k++)
    {
        if (exp[k] == 0)
            continue;
        if (p->style == STYLE_C)
            for (e = 0; e < exp[k]; e++)
            {
                if (started++)
                    sbuf_puts(b, "*");
                out_param_name(b, k, p);
            }
        else
        {
            if (started++)
                sbuf_puts(b, mul_sym(p));
            out_param_name(b, k, p);
            if (exp[k] > 1)
                sbuf_printf(b, p->style == STYLE_LATEX ? "^{%lu}" : "^%lu", exp[k]);
        }
    }
    return started;
}

static int out_state_monomial(sbuf_t *b, const bmono_t *mo, int started, const printer_t *p)
{
    int j, e;

    for (j = 0; j < mo->deg; j += e)
    {
        for (e = 1; j + e < mo->deg && mo->var[j + e] == mo->var[j]; e++)
            ;
        if (started++)
            sbuf_puts(b, mul_sym(p));
        out_obs_name(b, mo->var[j], p);
        if (e > 1 && p->style == STYLE_C)
        {
            int k;
            for (k = 1; k < e; k++)
            {
                sbuf_puts(b, "*");
                out_obs_name(b, mo->var[j], p);
            }
        }
        else if (e > 1)
            sbuf_printf(b, p->style == STYLE_LATEX ? "^{%d}" : "^%d", e);
    }
    return started;
}

/* One signed term: sign, |q|, parameter powers, state factors. */
static void out_term(sbuf_t *b, const fmpq_t q, const ulong *exp, slong nvars,
                     const bmono_t *mo, int first, const printer_t *p)
{
    int neg = fmpq_sgn(q) < 0, started, has_factor = 0;
    slong k;

    for (k = 0; k < nvars; k++)
        has_factor |= exp[k] != 0;
    has_factor |= mo != NULL && mo->deg > 0;
    if (first)
        sbuf_puts(b, neg ? "-" : "");
    else
        sbuf_puts(b, neg ? " - " : " + ");
    started = out_abs_rational(b, q, has_factor, p);
    started = out_param_monomial(b, exp, nvars, started, p);
    if (mo != NULL)
        out_state_monomial(b, mo, started, p);
}

static void out_fmpq_mpoly_mono(sbuf_t *b, const fmpq_mpoly_t c, const bmono_t *mo,
                                int first, const printer_t *p)
{
    const fmpq_mpoly_ctx_struct *ctx = p->m->pctx;
    slong nvars = p->m->nparams + (p->m->nbody != 0), i;
    ulong *exp = blochgen_malloc((nvars + 1) * sizeof(ulong));
    fmpq_t q;

    fmpq_init(q);
    for (i = 0; i < fmpq_mpoly_length(c, ctx); i++)
    {
        fmpq_mpoly_get_term_coeff_fmpq(q, c, i, ctx);
        fmpq_mpoly_get_term_exp_ui(exp, c, i, ctx);
        out_term(b, q, exp, nvars, mo, first && i == 0, p);
    }
    fmpq_clear(q);
    free(exp);
}

void out_fmpz_mpoly(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p)
{
    const fmpz_mpoly_ctx_struct *zctx = p->m->pctx->zctx;
    slong nvars = p->m->nparams + (p->m->nbody != 0), i;
    ulong *exp = blochgen_malloc((nvars + 1) * sizeof(ulong));
    fmpq_t q;

    fmpq_init(q);
    if (fmpz_mpoly_is_zero(c, zctx))
        sbuf_puts(b, p->style == STYLE_C ? "0.0" : "0");
    for (i = 0; i < fmpz_mpoly_length(c, zctx); i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(fmpq_numref(q), c, i, zctx);
        fmpz_one(fmpq_denref(q));
        fmpz_mpoly_get_term_exp_ui(exp, c, i, zctx);
        out_term(b, q, exp, nvars, NULL, i == 0, p);
    }
    fmpq_clear(q);
    free(exp);
}

/* A factor of out_factored: plain parentheses, or \bigl( \bigr) (which
   latex_broken may break inside) once the factor is long. */
#define OUT_FACTOR_LONG 60
static void out_factor(sbuf_t *b, const fmpz_mpoly_t g, const fmpz_t e, const printer_t *p)
{
    sbuf_t t;
    int paren = fmpz_mpoly_length(g, p->m->pctx->zctx) > 1;

    sbuf_init(&t);
    out_fmpz_mpoly(&t, g, p);
    if (!paren)
        sbuf_puts(b, t.s);
    else if (t.len > OUT_FACTOR_LONG)
        sbuf_printf(b, "\\bigl(%s\\bigr)", t.s);
    else
        sbuf_printf(b, "(%s)", t.s);
    if (!fmpz_is_one(e))
    {
        char *es = fmpz_get_str(NULL, 10, e);
        sbuf_printf(b, "^{%s}", es);
        flint_free(es);
    }
    sbuf_clear(&t);
}

int out_factored(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p)
{
    const fmpz_mpoly_ctx_struct *zctx = p->m->pctx->zctx;
    fmpz_mpoly_factor_t f;
    fmpz_t a;
    slong i, pass;
    int started = 0, ok;

    if (p->style != STYLE_LATEX || fmpz_mpoly_length(c, zctx) < 2)
        return 0;
    fmpz_mpoly_factor_init(f, zctx);
    ok = fmpz_mpoly_factor(f, c, zctx);
    /* nothing to gain from one factor to the first power */
    if (ok && f->num == 1 && fmpz_is_one(f->exp) && fmpz_is_pm1(f->constant))
        ok = 0;
    if (ok)
    {
        fmpz_init(a);
        fmpz_abs(a, f->constant);
        sbuf_puts(b, fmpz_sgn(f->constant) < 0 ? "-" : "");
        if (!fmpz_is_one(a))
        {
            char *as = fmpz_get_str(NULL, 10, a);
            sbuf_puts(b, as);
            flint_free(as);
            started = 1;
        }
        /* monomial factors (h_{1}^{2}) first, then the polynomials */
        for (pass = 0; pass < 2; pass++)
            for (i = 0; i < f->num; i++)
                if ((fmpz_mpoly_length(f->poly + i, zctx) > 1) == pass)
                {
                    if (started++)
                        sbuf_puts(b, " ");
                    out_factor(b, f->poly + i, f->exp + i, p);
                }
        fmpz_clear(a);
    }
    fmpz_mpoly_factor_clear(f, zctx);
    return ok;
}

void out_fmpz_mpoly_short(sbuf_t *b, const fmpz_mpoly_t c, const printer_t *p)
{
    sbuf_t e, f;

    sbuf_init(&e);
    sbuf_init(&f);
    out_fmpz_mpoly(&e, c, p);
    if (out_factored(&f, c, p) && f.len < e.len)
        sbuf_puts(b, f.s);
    else
        sbuf_puts(b, e.s);
    sbuf_clear(&e);
    sbuf_clear(&f);
}

/* The primitive part of c, its terms having integer coefficients, as an
   fmpz_mpoly for factoring. */
static void prim_to_fmpz(fmpz_mpoly_t z, const fmpq_mpoly_t c, const printer_t *p)
{
    const fmpq_mpoly_ctx_struct *ctx = p->m->pctx;
    slong nvars = p->m->nparams + (p->m->nbody != 0), i;
    ulong *exp = blochgen_malloc((nvars + 1) * sizeof(ulong));
    fmpq_t q;

    fmpq_init(q);
    fmpz_mpoly_zero(z, ctx->zctx);
    for (i = 0; i < fmpq_mpoly_length(c, ctx); i++)
    {
        fmpq_mpoly_get_term_coeff_fmpq(q, c, i, ctx);
        fmpq_mpoly_get_term_exp_ui(exp, c, i, ctx);
        fmpz_mpoly_push_term_fmpz_ui(z, fmpq_numref(q), exp, ctx->zctx);
    }
    fmpz_mpoly_sort_terms(z, ctx->zctx);
    fmpz_mpoly_combine_like_terms(z, ctx->zctx);
    fmpq_clear(q);
    free(exp);
}

/* A coefficient with several terms is printed once, factored:
   -1/2*(gdown + gup)*<sx1>, with its content pulled out. */
static void out_group(sbuf_t *b, const fmpq_mpoly_t c, const bmono_t *mo, int first,
                      const printer_t *p)
{
    const fmpq_mpoly_ctx_struct *ctx = p->m->pctx;
    fmpq_mpoly_t prim;
    fmpq_t content;
    int started;

    fmpq_init(content);
    fmpq_mpoly_init(prim, ctx);
    fmpq_mpoly_content(content, c, ctx);
    {
        fmpq_t lead;
        fmpq_init(lead);
        fmpq_mpoly_get_term_coeff_fmpq(lead, c, 0, ctx);
        if (fmpq_sgn(lead) < 0)
            fmpq_neg(content, content);
        fmpq_clear(lead);
    }
    fmpq_mpoly_scalar_div_fmpq(prim, c, content, ctx);
    if (first)
        sbuf_puts(b, fmpq_sgn(content) < 0 ? "-" : "");
    else
        sbuf_puts(b, fmpq_sgn(content) < 0 ? " - " : " + ");
    started = out_abs_rational(b, content, 1, p);
    if (started)
        sbuf_puts(b, mul_sym(p));
    {
        /* LaTeX: the primitive part factored over Q when that is shorter
           than \left(...\right) around its expansion */
        sbuf_t e, f;
        fmpz_mpoly_t z;
        int use_f = 0;

        sbuf_init(&e);
        sbuf_init(&f);
        sbuf_puts(&e, p->style == STYLE_LATEX ? "\\left(" : "(");
        out_fmpq_mpoly_mono(&e, prim, NULL, 1, p);
        sbuf_puts(&e, p->style == STYLE_LATEX ? "\\right)" : ")");
        if (p->style == STYLE_LATEX)
        {
            fmpz_mpoly_init(z, ctx->zctx);
            prim_to_fmpz(z, prim, p);
            use_f = out_factored(&f, z, p) && f.len < e.len;
            fmpz_mpoly_clear(z, ctx->zctx);
        }
        sbuf_puts(b, use_f ? f.s : e.s);
        sbuf_clear(&e);
        sbuf_clear(&f);
    }
    out_state_monomial(b, mo, 1, p);
    fmpq_mpoly_clear(prim, ctx);
    fmpq_clear(content);
}

void out_bpoly(sbuf_t *b, const bpoly_t c, const printer_t *p)
{
    slong k;

    if (bpoly_is_zero(c))
    {
        sbuf_puts(b, p->style == STYLE_C ? "0.0" : "0");
        return;
    }
    for (k = 0; k < c->length; k++)
    {
        if (fmpq_mpoly_length(c->coeff + k, p->m->pctx) == 1 || c->mono[k].deg == 0)
            out_fmpq_mpoly_mono(b, c->coeff + k, c->mono + k, k == 0, p);
        else
            out_group(b, c->coeff + k, c->mono + k, k == 0, p);
    }
}

void out_mpoly_q(sbuf_t *b, const fmpz_mpoly_q_t q, const printer_t *p)
{
    const fmpz_mpoly_ctx_struct *zctx = p->m->pctx->zctx;
    const fmpz_mpoly_struct *num = fmpz_mpoly_q_numref(q), *den = fmpz_mpoly_q_denref(q);

    if (fmpz_mpoly_is_one(den, zctx))
    {
        out_fmpz_mpoly(b, num, p);
        return;
    }
    if (p->style == STYLE_LATEX)
    {
        /* numerator and denominator each factored where that is shorter;
           a long quotient as 1/D [N] or [N]/[D] with \Bigl[ \Bigr], which
           latex_broken may break inside (it cannot break a \frac) */
        sbuf_t n, d;

        sbuf_init(&n);
        sbuf_init(&d);
        out_fmpz_mpoly_short(&n, num, p);
        out_fmpz_mpoly_short(&d, den, p);
        if (n.len + d.len <= OUT_LATEX_LINE)
            sbuf_printf(b, "\\frac{%s}{%s}", n.s, d.s);
        else if (d.len <= OUT_LATEX_LINE / 2)
            sbuf_printf(b, "\\frac{1}{%s} \\Bigl[%s\\Bigr]", d.s, n.s);
        else
            sbuf_printf(b, "\\Bigl[%s\\Bigr] \\Big/ \\Bigl[%s\\Bigr]", n.s, d.s);
        sbuf_clear(&n);
        sbuf_clear(&d);
        return;
    }
    sbuf_puts(b, "(");
    out_fmpz_mpoly(b, num, p);
    sbuf_puts(b, ")/(");
    out_fmpz_mpoly(b, den, p);
    sbuf_puts(b, ")");
}
