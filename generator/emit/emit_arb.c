#include <stdio.h>
#include "emit_util.h"
#include "alloc.h"

slong emit_sym_denominators(slong *which, const derive_struct *d);

static void arb_temps(sbuf_t *b, const emit_usage_t *u, const derive_struct *d)
{
    sbuf_puts(b, "    arb_t bg_t, bg_u;\n\n    arb_init(bg_t);\n    arb_init(bg_u);\n");
    emit_void_unused(b, u, d, 1);
}

static void arb_temps_clear(sbuf_t *b)
{
    sbuf_puts(b, "    arb_clear(bg_t);\n    arb_clear(bg_u);\n");
}

void emit_rhs_arb(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m};
    emit_usage_t u;
    slong v;

    emit_usage_init(&u, d);
    for (v = 0; v < d->n; v++)
        emit_usage_bpoly(&u, d->rhs + v, d);
    emit_function_header(b, d, "void", "rhs_arb",
                         "arb_ptr bg_dxdt, arb_srcptr bg_x, arb_srcptr bg_p, slong bg_prec", &u, 1);
    arb_temps(b, &u, d);
    for (v = 0; v < d->n; v++)
    {
        char target[64];
        sbuf_puts(b, "\n    /* d");
        out_obs_name(b, v, &tp);
        sbuf_puts(b, "/dt = ");
        out_bpoly(b, d->rhs + v, &tp);
        sbuf_puts(b, " */\n");
        snprintf(target, sizeof target, "bg_dxdt + %ld", (long) v);
        emit_arb_bpoly(b, target, d->rhs + v, d);
    }
    arb_temps_clear(b);
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

void emit_jacobian_arb(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m};
    emit_usage_t u;
    slong v, k;

    emit_usage_init(&u, d);
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++)
            emit_usage_bpoly(&u, d->jac[v].entry + k, d);
    emit_function_header(b, d, "void", "jacobian_arb",
                         "arb_ptr bg_jac, arb_srcptr bg_x, arb_srcptr bg_p, slong bg_prec", &u, 1);
    arb_temps(b, &u, d);
    sbuf_printf(b, "    _arb_vec_zero(bg_jac, %ld);\n", (long) (d->n * d->n));
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++)
        {
            char target[64];
            slong c = d->jac[v].col[k];
            sbuf_puts(b, "    /* d(d");
            out_obs_name(b, v, &tp);
            sbuf_puts(b, "/dt)/d");
            out_obs_name(b, c, &tp);
            sbuf_puts(b, " */\n");
            snprintf(target, sizeof target, "bg_jac + %ld * %ld + %ld", (long) v, (long) d->n,
                     (long) c);
            emit_arb_bpoly(b, target, d->jac[v].entry + k, d);
        }
    arb_temps_clear(b);
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

void emit_symmetric_arb(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m};
    const char *args = "arb_ptr bg_x, arb_srcptr bg_p, slong bg_prec";
    emit_usage_t u;
    slong *which, v, nden, k;

    if (d->sym_status != SYM_CLOSED_FORM)
    {
        sbuf_printf(b, "/* no closed-form symmetric state */\nstatic int %s_symmetric_arb(%s)\n{\n"
                    "    (void) bg_x;\n    (void) bg_p;\n    (void) bg_prec;\n    return -1;\n}\n",
                    d->m->name, args);
        return;
    }
    which = blochgen_malloc((d->n + 1) * sizeof(slong));
    nden = emit_sym_denominators(which, d);
    emit_usage_init(&u, d);
    emit_usage_symmetric(&u, d);
    emit_function_header(b, d, "int", "symmetric_arb", args, &u, 1);
    sbuf_printf(b, "    arb_t bg_t, bg_u;\n    arb_ptr bg_den = _arb_vec_init(%ld);\n"
                   "    int bg_status = 0;\n\n    arb_init(bg_t);\n    arb_init(bg_u);\n",
                (long) (nden > 0 ? nden : 1));
    emit_void_unused(b, &u, d, 0);
    for (k = 0; k < nden; k++)
        for (v = 0; v < d->n; v++)
            if (which[v] == k)
            {
                char target[64];
                snprintf(target, sizeof target, "bg_den + %ld", (long) k);
                emit_arb_fmpz_mpoly(b, target, fmpz_mpoly_q_denref(d->sym + v), d);
                sbuf_printf(b, "    if (arb_contains_zero(bg_den + %ld))\n        bg_status = -1;\n",
                            (long) k);
                break;
            }
    for (v = 0; v < d->n; v++)
    {
        char target[64];
        sbuf_puts(b, "    /* ");
        out_obs_name(b, v, &tp);
        sbuf_puts(b, d->odd[v] ? ", odd */\n" : " */\n");
        snprintf(target, sizeof target, "bg_x + %ld", (long) v);
        if (d->odd[v])
        {
            sbuf_printf(b, "    arb_zero(%s);\n", target);
            continue;
        }
        emit_arb_fmpz_mpoly(b, target, fmpz_mpoly_q_numref(d->sym + v), d);
        if (which[v] >= 0)
            sbuf_printf(b, "    arb_div(%s, %s, bg_den + %ld, bg_prec);\n", target, target,
                        (long) which[v]);
    }
    sbuf_printf(b, "    _arb_vec_clear(bg_den, %ld);\n", (long) (nden > 0 ? nden : 1));
    sbuf_puts(b, "    arb_clear(bg_t);\n    arb_clear(bg_u);\n    return bg_status;\n}\n");
    emit_usage_clear(&u);
    free(which);
}
