#include <string.h>
#include "emit_util.h"
#include "alloc.h"

void emit_usage_init(emit_usage_t *u, const derive_struct *d)
{
    u->par = blochgen_calloc(d->m->nparams + 1, 1);
    u->var = blochgen_calloc(d->n + 1, 1);
}

void emit_usage_clear(emit_usage_t *u)
{
    free(u->par);
    free(u->var);
}

static void usage_exps(emit_usage_t *u, const ulong *exp, slong np)
{
    slong k;

    for (k = 0; k < np; k++)
        if (exp[k])
            u->par[k] = 1;
}

/* an N-body moment model's 1/N (the generator after the parameters) is
   emitted as a division by N, its last parameter */
static void usage_exps_nbody(emit_usage_t *u, const ulong *exp, const derive_struct *d)
{
    usage_exps(u, exp, d->m->nparams);
    if (d->m->nbody && exp[d->m->nparams])
        u->par[d->m->nparams - 1] = 1;
}

void emit_usage_bpoly(emit_usage_t *u, const bpoly_t p, const derive_struct *d)
{
    slong np = d->m->nparams, k, i;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong));
    int j;

    for (k = 0; k < p->length; k++)
    {
        for (j = 0; j < p->mono[k].deg; j++)
            u->var[p->mono[k].var[j]] = 1;
        for (i = 0; i < fmpq_mpoly_length(p->coeff + k, d->m->pctx); i++)
        {
            fmpq_mpoly_get_term_exp_ui(exp, p->coeff + k, i, d->m->pctx);
            usage_exps_nbody(u, exp, d);
        }
    }
    free(exp);
}

void emit_usage_fmpz_mpoly(emit_usage_t *u, const fmpz_mpoly_t p, const derive_struct *d)
{
    slong np = d->m->nparams, i;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong));

    for (i = 0; i < fmpz_mpoly_length(p, d->m->pctx->zctx); i++)
    {
        fmpz_mpoly_get_term_exp_ui(exp, p, i, d->m->pctx->zctx);
        usage_exps_nbody(u, exp, d);
    }
    free(exp);
}

void emit_usage_symmetric(emit_usage_t *u, const derive_struct *d)
{
    slong v;

    for (v = 0; v < d->n; v++)
    {
        emit_usage_fmpz_mpoly(u, fmpz_mpoly_q_numref(d->sym + v), d);
        emit_usage_fmpz_mpoly(u, fmpz_mpoly_q_denref(d->sym + v), d);
    }
}

void emit_obs_ident(sbuf_t *b, const derive_struct *d, slong v)
{
    char name[128];

    model_obs_ident(name, sizeof name, d->m, v);
    sbuf_puts(b, name);
}

void emit_unpack(sbuf_t *b, const emit_usage_t *u, const derive_struct *d, int arb)
{
    slong k;

    for (k = 0; k < d->m->nparams; k++)
        if (u->par[k])
            sbuf_printf(b, arb ? "    arb_srcptr %s = bg_p + %ld;\n"
                               : "    const double %s = bg_p[%ld];\n",
                        d->m->params[k], (long) k);
    for (k = 0; k < d->n; k++)
        if (u->var[k])
        {
            sbuf_puts(b, arb ? "    arb_srcptr " : "    const double ");
            emit_obs_ident(b, d, k);
            sbuf_printf(b, arb ? " = bg_x + %ld;\n" : " = bg_x[%ld];\n", (long) k);
        }
}

void emit_void_unused(sbuf_t *b, const emit_usage_t *u, const derive_struct *d, int x)
{
    int used_x = 0, used_p = 0;
    slong k;

    for (k = 0; k < d->n; k++)
        used_x |= u->var[k] != 0;
    for (k = 0; k < d->m->nparams; k++)
        used_p |= u->par[k] != 0;
    if (x && !used_x)
        sbuf_puts(b, "    (void) bg_x;\n");
    if (!used_p)
        sbuf_puts(b, "    (void) bg_p;\n");
}

/* bg_t = c * params^exp * state monomial; then target += bg_t */
static void arb_term(sbuf_t *b, const char *target, const fmpq_t c, const ulong *exp,
                     const bmono_t *mo, const derive_struct *d)
{
    slong k;
    ulong e;
    int j;

    if (fmpz_fits_si(fmpq_numref(c)))
        sbuf_printf(b, "    arb_set_si(bg_t, %ld);", fmpz_get_si(fmpq_numref(c)));
    else
    {
        char *s = fmpz_get_str(NULL, 10, fmpq_numref(c));
        sbuf_printf(b, "    arb_set_str(bg_t, \"%s\", bg_prec);", s);
        flint_free(s);
    }
    for (k = 0; k < d->m->nparams; k++)
        for (e = 0; e < exp[k]; e++)
            sbuf_printf(b, " arb_mul(bg_t, bg_t, %s, bg_prec);", d->m->params[k]);
    for (e = 0; d->m->nbody && e < exp[d->m->nparams]; e++)
        sbuf_printf(b, " arb_div(bg_t, bg_t, %s, bg_prec);", d->m->params[d->m->nparams - 1]);
    for (j = 0; mo != NULL && j < mo->deg; j++)
    {
        sbuf_puts(b, " arb_mul(bg_t, bg_t, ");
        emit_obs_ident(b, d, mo->var[j]);
        sbuf_puts(b, ", bg_prec);");
    }
    if (!fmpz_is_one(fmpq_denref(c)))
    {
        if (fmpz_fits_si(fmpq_denref(c)))
            sbuf_printf(b, " arb_div_si(bg_t, bg_t, %ld, bg_prec);",
                        fmpz_get_si(fmpq_denref(c)));
        else
        {
            char *s = fmpz_get_str(NULL, 10, fmpq_denref(c));
            sbuf_printf(b, " arb_set_str(bg_u, \"%s\", bg_prec); arb_div(bg_t, bg_t, bg_u, "
                        "bg_prec);", s);
            flint_free(s);
        }
    }
    sbuf_printf(b, " arb_add(%s, %s, bg_t, bg_prec);\n", target, target);
}

void emit_arb_bpoly(sbuf_t *b, const char *target, const bpoly_t p, const derive_struct *d)
{
    slong np = d->m->nparams, k, i;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong));
    fmpq_t c;

    fmpq_init(c);
    sbuf_printf(b, "    arb_zero(%s);\n", target);
    for (k = 0; k < p->length; k++)
        for (i = 0; i < fmpq_mpoly_length(p->coeff + k, d->m->pctx); i++)
        {
            fmpq_mpoly_get_term_coeff_fmpq(c, p->coeff + k, i, d->m->pctx);
            fmpq_mpoly_get_term_exp_ui(exp, p->coeff + k, i, d->m->pctx);
            arb_term(b, target, c, exp, p->mono + k, d);
        }
    fmpq_clear(c);
    free(exp);
}

void emit_arb_fmpz_mpoly(sbuf_t *b, const char *target, const fmpz_mpoly_t p,
                         const derive_struct *d)
{
    const fmpz_mpoly_ctx_struct *zctx = d->m->pctx->zctx;
    slong np = d->m->nparams, i;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong));
    fmpq_t c;

    fmpq_init(c);
    sbuf_printf(b, "    arb_zero(%s);\n", target);
    for (i = 0; i < fmpz_mpoly_length(p, zctx); i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(fmpq_numref(c), p, i, zctx);
        fmpz_one(fmpq_denref(c));
        fmpz_mpoly_get_term_exp_ui(exp, p, i, zctx);
        arb_term(b, target, c, exp, NULL, d);
    }
    fmpq_clear(c);
    free(exp);
}

size_t emit_fill_template(sbuf_t *out, const char *tmpl, const char *const *keys,
                          const char *const *values, int n)
{
    const char *p = tmpl;

    while (*p)
    {
        const char *at = strchr(p, '@'), *end;
        int k;

        if (at == NULL)
        {
            sbuf_puts(out, p);
            break;
        }
        sbuf_printf(out, "%.*s", (int) (at - p), p);
        end = strchr(at + 1, '@');
        if (end == NULL)
            return (size_t) (at - tmpl) + 1;
        for (k = 0; k < n; k++)
            if ((size_t) (end - at - 1) == strlen(keys[k]) &&
                strncmp(at + 1, keys[k], end - at - 1) == 0)
                break;
        if (k == n)
            return (size_t) (at - tmpl) + 1;
        sbuf_puts(out, values[k]);
        p = end + 1;
    }
    return 0;
}
