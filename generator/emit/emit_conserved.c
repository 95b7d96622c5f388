#include "emit_util.h"

/* The conserved quantities as text (for messages) and a function of
   their values and gradients; macros NULL and 0 without any, so that the
   template needs no case. */
void emit_conserved(sbuf_t *b, const derive_struct *d)
{
    const fmpq_mpoly_ctx_struct *ctx = d->m->pctx;
    const char *name = d->m->name;
    printer_t tp = {STYLE_TEXT, d->m}, cp = {STYLE_C, d->m};
    emit_usage_t u;
    bpoly_t g;
    slong k, v;

    if (d->cons_status != CONS_DONE || d->ncons == 0)
    {
        sbuf_printf(b, "/* %s */\n#define %s_NCONSERVED 0\n#define %s_CONSERVED NULL\n"
                    "#define %s_CONSERVED_EVAL NULL\n",
                    d->cons_status == CONS_DONE ? "none" : "not attempted (see `blochgen derive`)",
                    name, name, name);
        return;
    }
    /* text style: observables as <sx1>, no quotes or backslashes */
    sbuf_printf(b, "static const char *const %s_conserved[] = {\n", name);
    for (k = 0; k < d->ncons; k++)
    {
        sbuf_puts(b, "    \"");
        out_bpoly(b, d->cons + k, &tp);
        sbuf_puts(b, "\",\n");
    }
    sbuf_puts(b, "};\n\n");
    bpoly_init(g, ctx);
    emit_usage_init(&u, d);
    for (k = 0; k < d->ncons; k++)
        emit_usage_bpoly(&u, d->cons + k, d);
    emit_function_header(b, d, "void", "conserved_eval",
                         "double *bg_c, double *bg_grad, const double *bg_x, const double *bg_p",
                         &u, 0);
    sbuf_puts(b, "    int bg_i;\n\n");
    emit_void_unused(b, &u, d, 1);
    sbuf_printf(b, "    for (bg_i = 0; bg_i < %ld; bg_i++)\n        bg_grad[bg_i] = 0.0;\n",
                (long) (d->ncons * d->n));
    for (k = 0; k < d->ncons; k++)
    {
        sbuf_printf(b, "\n    /* C%ld */\n    bg_c[%ld] = ", (long) k + 1, (long) k);
        out_bpoly(b, d->cons + k, &cp);
        sbuf_puts(b, ";\n");
        for (v = 0; v < d->n; v++)
        {
            bpoly_derivative(g, d->cons + k, v, ctx);
            if (bpoly_is_zero(g))
                continue;
            sbuf_printf(b, "    /* dC%ld/d", (long) k + 1);
            out_obs_name(b, v, &tp);
            sbuf_printf(b, " */\n    bg_grad[%ld * %ld + %ld] = ", (long) k, (long) d->n,
                        (long) v);
            out_bpoly(b, g, &cp);
            sbuf_puts(b, ";\n");
        }
    }
    sbuf_printf(b, "}\n\n#define %s_NCONSERVED %ld\n#define %s_CONSERVED %s_conserved\n"
                "#define %s_CONSERVED_EVAL %s_conserved_eval\n", name, (long) d->ncons, name,
                name, name, name);
    emit_usage_clear(&u);
    bpoly_clear(g, ctx);
}
