#include <stdlib.h>
#include "emit_util.h"

/* Above this many observables (4 sites and more) the exact equations are
   not emitted: `steady --all` eliminates exactly only for small clusters
   (runtime/elim), and the text would grow the emitted C by megabytes. */
#define EMIT_EXACT_MAX_OBS 63

/* The equations of motion as exact polynomials over Q in FLINT's text
   syntax, with the parameters named p0, p1, ... and the observables x0,
   x1, ... (their order in the model), so that the runtime can read them
   back with fmpq_mpoly_set_str_pretty and solve them at exact parameter
   values.  One string per equation; NULL for a model without them. */
/* g = f times N^e, e the highest power of 1/N (generator nparams) in f,
   each term's 1/N^j turned into N^(e - j) (N is parameter nparams - 1). */
static void exact_clear_inverse(bpoly_t g, const bpoly_struct *f, const model_struct *m)
{
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    slong np = m->nparams, k, j;
    ulong *exp = flint_malloc((np + 2) * sizeof(ulong)), e = 0;
    fmpq_t c;
    fmpq_mpoly_t q;

    fmpq_init(c);
    fmpq_mpoly_init(q, ctx);
    for (k = 0; k < f->length; k++)
        for (j = 0; j < fmpq_mpoly_length(f->coeff + k, ctx); j++)
        {
            fmpq_mpoly_get_term_exp_ui(exp, f->coeff + k, j, ctx);
            e = exp[np] > e ? exp[np] : e;
        }
    bpoly_init(g, ctx);
    for (k = 0; k < f->length; k++)
    {
        fmpq_mpoly_zero(q, ctx);
        for (j = 0; j < fmpq_mpoly_length(f->coeff + k, ctx); j++)
        {
            fmpq_mpoly_get_term_coeff_fmpq(c, f->coeff + k, j, ctx);
            fmpq_mpoly_get_term_exp_ui(exp, f->coeff + k, j, ctx);
            exp[np - 1] += e - exp[np];
            exp[np] = 0;
            fmpq_mpoly_push_term_fmpq_ui(q, c, exp, ctx);
        }
        fmpq_mpoly_sort_terms(q, ctx);
        fmpq_mpoly_combine_like_terms(q, ctx);
        bpoly_add_term(g, f->mono + k, q, ctx);
    }
    fmpq_mpoly_clear(q, ctx);
    fmpq_clear(c);
    flint_free(exp);
}

void emit_exact(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    printer_t tp = {STYLE_TEXT, m};
    char **names;
    slong k, v, t;
    int j;

    if (m->nlevels > 0 || d->n > EMIT_EXACT_MAX_OBS)
    {
        sbuf_printf(b, "/* not emitted: %s */\n#define %s_EXACT_RHS NULL\n",
                    m->nlevels > 0 ? "the eigenbasis dissipator is not polynomial"
                                   : "more observables than runtime/elim eliminates", m->name);
        return;
    }
    names = flint_malloc(sizeof(char *) * (m->nparams + 2));
    for (k = 0; k < m->nparams + (m->nbody ? 1 : 0); k++)
    {
        names[k] = flint_malloc(32);
        flint_sprintf(names[k], "p%wd", k);
    }
    sbuf_puts(b, "/* ");
    for (k = 0; k < m->nparams; k++)
        sbuf_printf(b, "p%ld = %s%s", (long) k, m->params[k], k + 1 < m->nparams ? ", " : "");
    sbuf_puts(b, m->nparams > 0 ? "; x<v> = observable v */\n" : "x<v> = observable v */\n");
    sbuf_printf(b, "static const char *const %s_exact_rhs[] = {\n", m->name);
    for (v = 0; v < d->n; v++)
    {
        const bpoly_struct *f = d->rhs + v;
        bpoly_t g;

        /* a moment model's equation times N^e, e its highest power of
           1/N: polynomial in N, the same zeros for N > 0 */
        if (m->nbody)
        {
            exact_clear_inverse(g, f, m);
            f = g;
        }

        sbuf_puts(b, "    /* d");
        out_obs_name(b, v, &tp);
        sbuf_puts(b, "/dt */\n    \"");
        if (f->length == 0)
            sbuf_puts(b, "0");
        for (t = 0; t < f->length; t++)
        {
            char *c = fmpq_mpoly_get_str_pretty(f->coeff + t, (const char **) names, ctx);

            sbuf_printf(b, "%s(%s)", t > 0 ? " + " : "", c);
            for (j = 0; j < f->mono[t].deg; j++)
                sbuf_printf(b, "*x%d", (int) f->mono[t].var[j]);
            flint_free(c);
        }
        sbuf_puts(b, "\",\n");
        if (m->nbody)
            bpoly_clear(g, ctx);
    }
    sbuf_printf(b, "};\n#define %s_EXACT_RHS %s_exact_rhs\n", m->name, m->name);
    for (k = 0; k < m->nparams + (m->nbody ? 1 : 0); k++)
        flint_free(names[k]);
    flint_free(names);
}
