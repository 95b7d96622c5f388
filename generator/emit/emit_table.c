#include <stdlib.h>
#include "emit_util.h"
#include "alloc.h"

/* Above this many terms in the Jacobian's nonzeros, the double half's rhs
   and Jacobian are emitted as term tables evaluated by bloch_terms
   (runtime/bloch_model.h) instead of one statement each: pump_loss at
   order 3 (815 variables) has a 5.9 MB double half whose straight-line
   Jacobian GCC compiles in 18 s even at -O0; as tables it compiles in
   about a second (bench/run.sh).  Every model under models/ is far below
   it, so generated/ keeps its readable named-variable code.
   BLOCHGEN_EMIT_TABLE_TERMS overrides it (0: always tables; the test
   tests/runtime/table.sh emits one model both ways). */
#define EMIT_TABLE_TERMS 20000

static slong poly_terms(const bpoly_struct *f, const derive_struct *d)
{
    slong k, n = 0;

    for (k = 0; k < f->length; k++)
        n += fmpq_mpoly_length(f->coeff + k, d->m->pctx);
    return n;
}

int emit_use_tables(const derive_struct *d)
{
    const char *s = getenv("BLOCHGEN_EMIT_TABLE_TERMS");
    slong limit = EMIT_TABLE_TERMS, v, k, n = 0;

    if (s != NULL && *s != '\0')
        limit = atol(s);
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++)
            n += poly_terms(d->jac[v].entry + k, d);
    return n > limit;
}

/* The distinct products of parameter powers of a table, in order of
   appearance: pm (npm x np exponents).  Returns the index of exp. */
static slong pmono_index(ulong **pm, slong *npm, slong *alloc, const ulong *exp, slong np)
{
    slong i, k;

    for (i = 0; i < *npm; i++)
    {
        for (k = 0; k < np && (*pm)[i * np + k] == exp[k]; k++)
            ;
        if (k == np)
            return i;
    }
    if (*npm == *alloc)
    {
        *alloc = 2 * *alloc + 8;
        *pm = blochgen_realloc(*pm, (*alloc * (np > 0 ? np : 1)) * sizeof(ulong));
    }
    for (k = 0; k < np; k++)
        (*pm)[*npm * np + k] = exp[k];
    return (*npm)++;
}

/* One table: the terms of the equations (jac = 0; target = equation) or
   of the Jacobian's nonzeros (target = the nonzero's index in
   jacobian_values' output, rows then columns as emit_jacobian_sparse). */
static void emit_table(sbuf_t *b, const derive_struct *d, int jac)
{
    const char *name = d->m->name, *fn = jac ? "jacobian_values" : "rhs";
    /* a moment model's 1/N is one generator more (model.h) */
    slong np = d->m->nparams + (d->m->nbody ? 1 : 0), v, k, i, j, e, t = 0, nterms = 0, nvars = 0;
    slong npm = 0, alloc = 0, nout = 0;
    ulong *exp = blochgen_malloc((np + 2) * sizeof(ulong)), *pm = NULL;
    sbuf_t va;
    fmpq_t q;

    fmpq_init(q);
    sbuf_init(&va);
    sbuf_printf(b, "/* target, parameter product, first variable, variables, coefficient */\n"
                "static const bloch_dterm_t %s_%s_terms[] = {\n", name, fn);
    for (v = 0; v < d->n; v++)
        for (k = 0; k < (jac ? d->jac[v].len : 1); k++, t++)
        {
            const bpoly_struct *f = jac ? d->jac[v].entry + k : d->rhs + v;
            for (i = 0; i < f->length; i++)
                for (j = 0; j < fmpq_mpoly_length(f->coeff + i, d->m->pctx); j++)
                {
                    char *num, *den;
                    fmpq_mpoly_get_term_coeff_fmpq(q, f->coeff + i, j, d->m->pctx);
                    fmpq_mpoly_get_term_exp_ui(exp, f->coeff + i, j, d->m->pctx);
                    num = fmpz_get_str(NULL, 10, fmpq_numref(q));
                    den = fmpz_get_str(NULL, 10, fmpq_denref(q));
                    sbuf_printf(b, "    {%ld, %ld, %ld, %d, %s.0 / %s.0},\n", (long) t,
                                (long) pmono_index(&pm, &npm, &alloc, exp, np), (long) nvars,
                                f->mono[i].deg, num, den);
                    flint_free(num);
                    flint_free(den);
                    for (e = 0; e < f->mono[i].deg; e++, nvars++)
                        sbuf_printf(&va, "%s%ld,", nvars % 16 ? " " : "\n    ",
                                    (long) f->mono[i].var[e]);
                    nterms++;
                }
        }
    nout = t;
    if (nterms == 0)
        sbuf_puts(b, "    {0, 0, 0, 0, 0.0},\n");
    if (npm == 0)
    {
        for (k = 0; k < np; k++)
            exp[k] = 0;
        pmono_index(&pm, &npm, &alloc, exp, np);
    }
    if (nvars == 0)
        sbuf_puts(&va, "\n    0,");
    sbuf_printf(b, "};\n/* the variables of the terms, one after the other */\n"
                "static const int %s_%s_vars[] = {%s\n};\n", name, fn, va.s);
    sbuf_printf(b, "/* the parameter products, exponents of the parameters */\n"
                "static const unsigned char %s_%s_pexp[%ld][%ld] = {\n", name, fn,
                (long) npm, (long) (np > 0 ? np : 1));
    for (i = 0; i < npm; i++)
    {
        sbuf_puts(b, "    {");
        for (k = 0; k < (np > 0 ? np : 1); k++)
            sbuf_printf(b, "%s%lu", k ? ", " : "", np > 0 ? pm[i * np + k] : 0UL);
        sbuf_puts(b, "},\n");
    }
    sbuf_printf(b, "};\n\nstatic void %s_%s(double *bg_out, const double *bg_x, "
                "const double *bg_p)\n{\n    double bg_pm[%ld];\n", name, fn, (long) npm);
    if (d->m->nbody)
    {
        /* the parameters and 1/N after them */
        sbuf_printf(b, "    double bg_q[%ld];\n    int bg_k;\n\n    for (bg_k = 0; bg_k < %ld; "
                    "bg_k++)\n        bg_q[bg_k] = bg_p[bg_k];\n    bg_q[%ld] = 1.0 / bg_p[%ld];\n",
                    (long) np, (long) (np - 1), (long) (np - 1), (long) (np - 2));
    }
    sbuf_printf(b, "\n    bloch_dterms_params(bg_pm, %s_%s_pexp[0], %ld, %s, %ld);\n"
                "    bloch_dterms(bg_out, %ld, %s_%s_terms, %ld, bg_pm, %s_%s_vars, bg_x);\n}\n",
                name, fn, (long) npm, d->m->nbody ? "bg_q" : "bg_p", (long) (np > 0 ? np : 1),
                (long) nout, name, fn, (long) nterms, name, fn);
    sbuf_clear(&va);
    fmpq_clear(q);
    free(pm);
    free(exp);
}

void emit_rhs_table(sbuf_t *b, const derive_struct *d)
{
    emit_table(b, d, 0);
}

void emit_jacobian_values_table(sbuf_t *b, const derive_struct *d)
{
    emit_table(b, d, 1);
}
