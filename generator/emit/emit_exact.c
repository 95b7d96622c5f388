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
void emit_exact(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    printer_t tp = {STYLE_TEXT, m};
    char **names;
    slong k, v, t;
    int j;

    if (m->nlevels > 0 || m->nbody || d->n > EMIT_EXACT_MAX_OBS)
    {
        sbuf_printf(b, "/* not emitted: %s */\n#define %s_EXACT_RHS NULL\n",
                    m->nbody ? "moment equations with 1/N (not yet parsed by runtime/elim)"
                    : m->nlevels > 0 ? "the eigenbasis dissipator is not polynomial"
                                   : "more observables than runtime/elim eliminates", m->name);
        return;
    }
    names = flint_malloc(sizeof(char *) * (m->nparams + 1));
    for (k = 0; k < m->nparams; k++)
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
    }
    sbuf_printf(b, "};\n#define %s_EXACT_RHS %s_exact_rhs\n", m->name, m->name);
    for (k = 0; k < m->nparams; k++)
        flint_free(names[k]);
    flint_free(names);
}
