/* The data of the density-matrix engine (runtime/dm/): the mean-field
   Hamiltonian and the jump operators as Pauli expansions, their rates,
   and the eigenbasis thermal dissipator. */
#include <stdio.h>
#include "emit_util.h"
#include "alloc.h"

/* Observable index of a Pauli string, -1 for the identity. */
static slong obs_index(const derive_struct *d, pauli_t p)
{
    return d->m->var_of_key[pauli_key(p, d->m->sites)];
}

/* The coefficients are polynomials in the Pauli observables; with a
   `swap` symmetry the emitted functions read the adapted variables, so the
   copies of the n coefficients, each p(k) of obj, are rewritten in them. */
static bpoly_struct *dm_coeffs(const derive_struct *d, slong n,
                               const bpoly_struct *(*p)(const void *, slong), const void *obj)
{
    bpoly_struct *r = flint_malloc((n + 1) * sizeof(bpoly_struct));
    slong k;

    for (k = 0; k < n; k++)
    {
        bpoly_init(r + k, d->m->pctx);
        if (d->m->has_perm)
            derive_adapt_bpoly(r + k, p(obj, k), d->m);
        else
            bpoly_set(r + k, p(obj, k), d->m->pctx);
    }
    return r;
}

static void dm_coeffs_clear(bpoly_struct *r, slong n, const derive_struct *d)
{
    slong k;

    for (k = 0; k < n; k++)
        bpoly_clear(r + k, d->m->pctx);
    flint_free(r);
}

static const bpoly_struct *op_re(const void *obj, slong k)
{
    return ((const op_struct *) obj)->terms[k].re;
}

static const bpoly_struct *op_im(const void *obj, slong k)
{
    return ((const op_struct *) obj)->terms[k].im;
}

static void term_comment(sbuf_t *b, const derive_struct *d, pauli_t p)
{
    char name[128];

    if (pauli_is_identity(p))
        sbuf_puts(b, "    /* identity */\n");
    else
    {
        pauli_name(name, sizeof name, p, d->m->sites, "*");
        sbuf_printf(b, "    /* %s */\n", name);
    }
}

void emit_hamiltonian(sbuf_t *b, const derive_struct *d)
{
    printer_t cp = {STYLE_C, d->m};
    const op_struct *h = d->m->ham;
    emit_usage_t u;
    bpoly_struct *re = dm_coeffs(d, h->length, op_re, h);
    slong k;

    emit_usage_init(&u, d);
    for (k = 0; k < h->length; k++)
        emit_usage_bpoly(&u, re + k, d);
    emit_function_header(b, d, "void", "hamiltonian",
                         "double *bg_coef, const double *bg_x, const double *bg_p", &u, 0);
    sbuf_puts(b, "    int bg_i;\n\n");
    emit_void_unused(b, &u, d, 1);
    sbuf_printf(b, "    for (bg_i = 0; bg_i <= %ld; bg_i++)\n        bg_coef[bg_i] = 0.0;\n",
                (long) d->n);
    for (k = 0; k < h->length; k++)
    {
        slong v = obs_index(d, h->terms[k].pauli);
        term_comment(b, d, h->terms[k].pauli);
        sbuf_printf(b, "    bg_coef[%ld] = ", (long) (v < 0 ? d->n : v));
        out_bpoly(b, re + k, &cp);
        sbuf_puts(b, ";\n");
    }
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
    dm_coeffs_clear(re, h->length, d);
}

static slong jump_terms(const derive_struct *d)
{
    slong j, n = 0;

    for (j = 0; j < d->m->njumps; j++)
        n += d->m->jumps[j].L->length;
    return n;
}

/* The term tables and the bloch_jump_t array (or NULL macros). */
static void emit_jump_tables(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    const char *name = m->name;
    slong j, k, first = 0;

    if (m->njumps == 0)
    {
        sbuf_printf(b, "/* no jump or collective operators */\n#define %s_JUMPS NULL\n", name);
        return;
    }
    for (j = 0; j < m->njumps; j++)
    {
        const op_struct *L = m->jumps[j].L;
        sbuf_printf(b, "static const int %s_jump%ld_pauli[] = {", name, (long) j);
        for (k = 0; k < L->length; k++)
            sbuf_printf(b, "%s%ld", k ? ", " : "", (long) obs_index(d, L->terms[k].pauli));
        sbuf_puts(b, "};\n");
    }
    sbuf_printf(b, "\n/* {collective, nterms, first, pauli, line} */\n"
                "static const bloch_jump_t %s_jumps[] = {\n", name);
    for (j = 0; j < m->njumps; j++)
    {
        const model_jump_struct *J = m->jumps + j;
        sbuf_printf(b, "    {%d, %ld, %ld, %s_jump%ld_pauli, %d},\n", J->collective,
                    (long) J->L->length, (long) first, name, (long) j, J->line);
        first += J->L->length;
    }
    sbuf_printf(b, "};\n#define %s_JUMPS %s_jumps\n", name, name);
}

static void emit_jump_coef(sbuf_t *b, const derive_struct *d)
{
    printer_t cp = {STYLE_C, d->m};
    const model_struct *m = d->m;
    emit_usage_t u;
    bpoly_struct **re = flint_malloc((m->njumps + 1) * sizeof(bpoly_struct *));
    bpoly_struct **im = flint_malloc((m->njumps + 1) * sizeof(bpoly_struct *));
    slong j, k, t = 0;

    emit_usage_init(&u, d);
    for (j = 0; j < m->njumps; j++)
    {
        re[j] = dm_coeffs(d, m->jumps[j].L->length, op_re, m->jumps[j].L);
        im[j] = dm_coeffs(d, m->jumps[j].L->length, op_im, m->jumps[j].L);
        for (k = 0; k < m->jumps[j].L->length; k++)
        {
            emit_usage_bpoly(&u, re[j] + k, d);
            emit_usage_bpoly(&u, im[j] + k, d);
        }
    }
    emit_function_header(b, d, "void", "jump_coef",
                         "double *bg_re, double *bg_im, const double *bg_x, const double *bg_p",
                         &u, 0);
    sbuf_puts(b, "\n");
    if (jump_terms(d) == 0)
        sbuf_puts(b, "    (void) bg_re;\n    (void) bg_im;\n");
    emit_void_unused(b, &u, d, 1);
    for (j = 0; j < m->njumps; j++)
    {
        const op_struct *L = m->jumps[j].L;
        sbuf_printf(b, "    /* %s operator %ld (line %d) */\n",
                    m->jumps[j].collective ? "collective" : "jump", (long) j,
                    m->jumps[j].line);
        for (k = 0; k < L->length; k++, t++)
        {
            term_comment(b, d, L->terms[k].pauli);
            sbuf_printf(b, "    bg_re[%ld] = ", (long) t);
            out_bpoly(b, re[j] + k, &cp);
            sbuf_printf(b, ";\n    bg_im[%ld] = ", (long) t);
            out_bpoly(b, im[j] + k, &cp);
            sbuf_puts(b, ";\n");
        }
    }
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
    for (j = 0; j < m->njumps; j++)
    {
        dm_coeffs_clear(re[j], m->jumps[j].L->length, d);
        dm_coeffs_clear(im[j], m->jumps[j].L->length, d);
    }
    flint_free(re);
    flint_free(im);
}

/* rate[k] = bpoly for each of n rates (parameters only). */
static void emit_rates(sbuf_t *b, const derive_struct *d, const char *fn, slong n,
                       const bpoly_struct *const *rate, char (*label)[64])
{
    printer_t cp = {STYLE_C, d->m};
    emit_usage_t u;
    slong k;

    emit_usage_init(&u, d);
    for (k = 0; k < n; k++)
        emit_usage_bpoly(&u, rate[k], d);
    emit_function_header(b, d, "void", fn, "double *bg_rate, const double *bg_p", &u, 0);
    sbuf_puts(b, "\n");
    if (n == 0)
        sbuf_puts(b, "    (void) bg_rate;\n");
    emit_void_unused(b, &u, d, 0);
    for (k = 0; k < n; k++)
    {
        sbuf_printf(b, "    /* %s */\n    bg_rate[%ld] = ", label[k], (long) k);
        out_bpoly(b, rate[k], &cp);
        sbuf_puts(b, ";\n");
    }
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

void emit_jumps(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    const bpoly_struct **rate = blochgen_malloc((m->njumps + 1) * sizeof(bpoly_struct *));
    char (*label)[64] = blochgen_malloc((m->njumps + 1) * sizeof(*label));
    slong j;

    for (j = 0; j < m->njumps; j++)
    {
        rate[j] = m->jumps[j].rate;
        snprintf(label[j], sizeof label[j], "%s operator %ld (line %d)",
                 m->jumps[j].collective ? "collective" : "jump", (long) j, m->jumps[j].line);
    }
    emit_jump_tables(b, d);
    sbuf_puts(b, "\n/* Coefficients of their Pauli terms at state x. */\n");
    emit_jump_coef(b, d);
    sbuf_puts(b, "\n/* Their rates. */\n");
    emit_rates(b, d, "jump_rates", m->njumps, rate, label);
    sbuf_printf(b, "\n#define %s_NJUMP_TERMS %ld\n", m->name, (long) jump_terms(d));
    free(rate);
    free(label);
}

void emit_thermal(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    const bpoly_struct **rate = blochgen_malloc((m->nlevels + 1) * sizeof(bpoly_struct *));
    char (*label)[64] = blochgen_malloc((m->nlevels + 1) * sizeof(*label));
    slong k;

    if (m->nlevels == 0)
        sbuf_printf(b, "/* no eigenbasis thermal dissipator */\n#define %s_LEVEL_PAIRS NULL\n",
                    m->name);
    else
    {
        sbuf_printf(b, "/* {n, m, line}: jumps |n><m| down, |m><n| up */\n"
                    "static const bloch_level_pair_t %s_level_pairs[] = {\n", m->name);
        for (k = 0; k < m->nlevels; k++)
            sbuf_printf(b, "    {%d, %d, %d},\n", m->levels[k].n, m->levels[k].m,
                        m->levels[k].line);
        sbuf_printf(b, "};\n#define %s_LEVEL_PAIRS %s_level_pairs\n", m->name, m->name);
    }
    for (k = 0; k < m->nlevels; k++)
    {
        rate[k] = m->levels[k].rate;
        snprintf(label[k], sizeof label[k], "%d-%d (line %d)", m->levels[k].n,
                 m->levels[k].m, m->levels[k].line);
    }
    sbuf_puts(b, "\n/* Downward rates of the level pairs. */\n");
    emit_rates(b, d, "level_rates", m->nlevels, rate, label);
    free(rate);
    free(label);
}
