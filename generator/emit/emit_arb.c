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

/* The polynomial of one target of a table: an equation, or an entry of
   the Jacobian (target row * n + column); NULL past the last one. */
static const bpoly_struct *table_poly(slong *target, slong *row, slong *col,
                                      const derive_struct *d, int jac, slong i)
{
    slong v, k;

    if (!jac)
    {
        if (i >= d->n)
            return NULL;
        *row = *target = i;
        *col = -1;
        return d->rhs + i;
    }
    for (v = 0; v < d->n; v++)
    {
        if (i < d->jac[v].len)
        {
            k = i;
            *row = v;
            *col = d->jac[v].col[k];
            *target = v * d->n + *col;
            return d->jac[v].entry + k;
        }
        i -= d->jac[v].len;
    }
    return NULL;
}

/* Whether every coefficient of the table's terms fits in a long (numerator
   and denominator): the table holds them as numbers, not strings. */
static int table_fits(const derive_struct *d, int jac)
{
    slong i, k, j, t, r, c;
    const bpoly_struct *f;
    fmpq_t q;
    int ok = 1;

    fmpq_init(q);
    for (i = 0; ok && (f = table_poly(&t, &r, &c, d, jac, i)) != NULL; i++)
        for (k = 0; ok && k < f->length; k++)
            for (j = 0; ok && j < fmpq_mpoly_length(f->coeff + k, d->m->pctx); j++)
            {
                fmpq_mpoly_get_term_coeff_fmpq(q, f->coeff + k, j, d->m->pctx);
                ok = fmpz_fits_si(fmpq_numref(q)) && fmpz_fits_si(fmpq_denref(q));
            }
    fmpq_clear(q);
    return ok;
}

/* The terms of the equations (jac = 0) or of the Jacobian's nonzeros as
   tables, which the runtime's bloch_arb_terms evaluates: each term is
   c * params^exp * a product of state variables, added into its target.
   Data, not code: it compiles in no time at any size, where the code
   form of a 5-site model's Arb half was 6 MB of calls that took longer to
   compile than all of the double half (bench/run-big.sh). */
static void emit_arb_table(sbuf_t *b, const derive_struct *d, const char *fn, int jac)
{
    printer_t tp = {STYLE_TEXT, d->m};
    /* a moment model's 1/N is one generator more (model.h) */
    slong np = d->m->nparams + (d->m->nbody ? 1 : 0), i, k, j, e, t, r, c, nterms = 0, nvars = 0;
    ulong *exp = blochgen_malloc((np + 2) * sizeof(ulong));
    const bpoly_struct *f;
    const char *name = d->m->name;
    sbuf_t pe, va;
    fmpq_t q;

    fmpq_init(q);
    sbuf_init(&pe);
    sbuf_init(&va);
    sbuf_printf(b, "/* target, numerator, denominator, first variable, variables */\n"
                "static const bloch_arb_term_t %s_%s_terms[] = {\n", name, fn);
    for (i = 0; (f = table_poly(&t, &r, &c, d, jac, i)) != NULL; i++)
    {
        int first = 1;
        for (k = 0; k < f->length; k++)
            for (j = 0; j < fmpq_mpoly_length(f->coeff + k, d->m->pctx); j++)
            {
                fmpq_mpoly_get_term_coeff_fmpq(q, f->coeff + k, j, d->m->pctx);
                fmpq_mpoly_get_term_exp_ui(exp, f->coeff + k, j, d->m->pctx);
                sbuf_printf(b, "    {%ld, %ld, %ld, %ld, %d},", (long) t,
                            fmpz_get_si(fmpq_numref(q)), fmpz_get_si(fmpq_denref(q)),
                            (long) nvars, f->mono[k].deg);
                if (first)
                {
                    /* the target's name, at its first term */
                    sbuf_puts(b, jac ? " /* d(d" : " /* d");
                    out_obs_name(b, r, &tp);
                    sbuf_puts(b, "/dt");
                    if (jac)
                    {
                        sbuf_puts(b, ")/d");
                        out_obs_name(b, c, &tp);
                    }
                    else
                    {
                        sbuf_puts(b, " = ");
                        out_bpoly(b, f, &tp);
                    }
                    sbuf_puts(b, " */");
                    first = 0;
                }
                sbuf_puts(b, "\n");
                sbuf_puts(&pe, nterms % 8 ? " {" : "\n    {");
                for (e = 0; e < (np > 0 ? np : 1); e++)
                    sbuf_printf(&pe, "%s%lu", e ? ", " : "", np > 0 ? exp[e] : 0UL);
                sbuf_puts(&pe, "},");
                for (e = 0; e < f->mono[k].deg; e++, nvars++)
                    sbuf_printf(&va, "%s%ld,", nvars % 16 ? " " : "\n    ",
                                (long) f->mono[k].var[e]);
                nterms++;
            }
    }
    if (nterms == 0)
    {
        sbuf_puts(b, "    {0, 0, 1, 0, 0}, /* none */\n");
        sbuf_puts(&pe, "\n    {0},");
    }
    if (nvars == 0)
        sbuf_puts(&va, "\n    0,");
    sbuf_printf(b, "};\n/* each term's exponents of the parameters */\n"
                "static const unsigned char %s_%s_pexp[][%ld] = {%s\n};\n"
                "/* the variables of the terms, one after the other */\n"
                "static const int %s_%s_vars[] = {%s\n};\n\n", name, fn,
                (long) (np > 0 ? np : 1), pe.s, name, fn, va.s);
    if (!d->m->nbody)
        sbuf_printf(b, "static void %s_%s(arb_ptr bg_out, arb_srcptr bg_x, arb_srcptr bg_p, "
                    "slong bg_prec)\n{\n    bloch_arb_terms(bg_out, %ld, %s_%s_terms, %ld, "
                    "%s_%s_pexp[0], %ld, %s_%s_vars, bg_x, bg_p, bg_prec);\n}\n", name, fn,
                    (long) (jac ? d->n * d->n : d->n), name, fn, (long) nterms, name, fn,
                    (long) (np > 0 ? np : 1), name, fn);
    else /* the parameters and the ball 1/N after them */
        sbuf_printf(b, "static void %s_%s(arb_ptr bg_out, arb_srcptr bg_x, arb_srcptr bg_p, "
                    "slong bg_prec)\n{\n    arb_ptr bg_q = _arb_vec_init(%ld);\n\n"
                    "    _arb_vec_set(bg_q, bg_p, %ld);\n    arb_inv(bg_q + %ld, bg_p + %ld, bg_prec);\n"
                    "    bloch_arb_terms(bg_out, %ld, %s_%s_terms, %ld, "
                    "%s_%s_pexp[0], %ld, %s_%s_vars, bg_x, bg_q, bg_prec);\n"
                    "    _arb_vec_clear(bg_q, %ld);\n}\n", name, fn, (long) np,
                    (long) (np - 1), (long) (np - 1), (long) (np - 2),
                    (long) (jac ? d->n * d->n : d->n), name, fn, (long) nterms, name, fn,
                    (long) np, name, fn, (long) np);
    sbuf_clear(&pe);
    sbuf_clear(&va);
    fmpq_clear(q);
    free(exp);
}

void emit_rhs_arb(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m};
    emit_usage_t u;
    slong v;

    if (table_fits(d, 0))
    {
        emit_arb_table(b, d, "rhs_arb", 0);
        return;
    }
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

    if (table_fits(d, 1))
    {
        emit_arb_table(b, d, "jacobian_arb", 1);
        return;
    }
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
