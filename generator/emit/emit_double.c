#include "emit_util.h"
#include "alloc.h"

void emit_function_header(sbuf_t *b, const derive_struct *d, const char *ret, const char *fn,
                          const char *args, const emit_usage_t *u, int arb)
{
    sbuf_printf(b, "static %s %s_%s(%s)\n{\n", ret, d->m->name, fn, args);
    emit_unpack(b, u, d, arb);
}

void emit_rhs(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m}, cp = {STYLE_C, d->m};
    emit_usage_t u;
    slong v;

    if (emit_use_tables(d))
    {
        emit_rhs_table(b, d);
        return;
    }
    emit_usage_init(&u, d);
    for (v = 0; v < d->n; v++)
        emit_usage_bpoly(&u, d->rhs + v, d);
    emit_function_header(b, d, "void", "rhs", "double *bg_dxdt, const double *bg_x, const double *bg_p",
                         &u, 0);
    emit_void_unused(b, &u, d, 1);
    for (v = 0; v < d->n; v++)
    {
        sbuf_puts(b, "\n    /* d");
        out_obs_name(b, v, &tp);
        sbuf_printf(b, "/dt */\n    bg_dxdt[%ld] = ", (long) v);
        out_bpoly(b, d->rhs + v, &cp);
        sbuf_puts(b, ";\n");
    }
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

/* The Jacobian's structural nonzeros, row by row (columns ascending, as
   derive_jacobian sorts them): the pattern as two tables (compressed
   rows), and one function computing the values, one statement each.  The
   dense Jacobian and its even and odd blocks scatter these values
   (templates/model.c.in), so every entry is emitted once, not three times. */
void emit_jacobian_sparse(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m}, cp = {STYLE_C, d->m};
    emit_usage_t u;
    slong v, k, nnz = 0;

    sbuf_printf(b, "static const int %s_jac_rowptr[%ld] = {", d->m->name, (long) (d->n + 1));
    for (v = 0; v <= d->n; v++)
    {
        sbuf_printf(b, "%s%ld", v == 0 ? "" : v % 16 ? ", " : ",\n    ", (long) nnz);
        if (v < d->n)
            nnz += d->jac[v].len;
    }
    sbuf_printf(b, "};\nstatic const int %s_jac_col[%ld] = {", d->m->name,
                (long) (nnz > 0 ? nnz : 1));
    for (v = 0, nnz = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++, nnz++)
            sbuf_printf(b, "%s%ld", nnz == 0 ? "" : nnz % 16 ? ", " : ",\n    ",
                        (long) d->jac[v].col[k]);
    sbuf_printf(b, "%s};\n#define %s_JAC_NNZ %ld\n\n", nnz ? "" : "0", d->m->name, (long) nnz);
    if (emit_use_tables(d))
    {
        emit_jacobian_values_table(b, d);
        return;
    }
    emit_usage_init(&u, d);
    for (v = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++)
            emit_usage_bpoly(&u, d->jac[v].entry + k, d);
    emit_function_header(b, d, "void", "jacobian_values",
                         "double *bg_val, const double *bg_x, const double *bg_p", &u, 0);
    emit_void_unused(b, &u, d, 1);
    if (nnz == 0)
        sbuf_puts(b, "    (void) bg_val;\n");
    for (v = 0, nnz = 0; v < d->n; v++)
        for (k = 0; k < d->jac[v].len; k++, nnz++)
        {
            sbuf_puts(b, "    /* d(d");
            out_obs_name(b, v, &tp);
            sbuf_puts(b, "/dt)/d");
            out_obs_name(b, d->jac[v].col[k], &tp);
            sbuf_printf(b, " */\n    bg_val[%ld] = ", (long) nnz);
            out_bpoly(b, d->jac[v].entry + k, &cp);
            sbuf_puts(b, ";\n");
        }
    sbuf_puts(b, "}\n");
    emit_usage_clear(&u);
}

/* Distinct denominators of the symmetric state, in order of appearance. */
slong emit_sym_denominators(slong *which, const derive_struct *d)
{
    const fmpz_mpoly_ctx_struct *qctx = d->m->pctx->zctx;
    slong v, k, n = 0;

    for (v = 0; v < d->n; v++)
    {
        const fmpz_mpoly_struct *den = fmpz_mpoly_q_denref(d->sym + v);
        which[v] = -1;
        if (d->odd[v] || fmpz_mpoly_is_one(den, qctx))
            continue;
        for (k = 0; k < v; k++)
            if (which[k] >= 0 && fmpz_mpoly_equal(den, fmpz_mpoly_q_denref(d->sym + k), qctx))
                break;
        which[v] = (k < v) ? which[k] : n++;
    }
    return n;
}

void emit_symmetric(sbuf_t *b, const derive_struct *d)
{
    printer_t tp = {STYLE_TEXT, d->m}, cp = {STYLE_C, d->m};
    const char *args = "double *bg_x, const double *bg_p";
    emit_usage_t u;
    slong *which, v, nden, k;

    if (d->sym_status != SYM_CLOSED_FORM)
    {
        sbuf_printf(b, "/* no closed-form symmetric state */\nstatic int %s_symmetric(%s)\n{\n"
                    "    (void) bg_x;\n    (void) bg_p;\n    return -1;\n}\n", d->m->name, args);
        return;
    }
    which = blochgen_malloc((d->n + 1) * sizeof(slong));
    nden = emit_sym_denominators(which, d);
    emit_usage_init(&u, d);
    emit_usage_symmetric(&u, d);
    emit_function_header(b, d, "int", "symmetric", args, &u, 0);
    for (k = 0; k < nden; k++)
        for (v = 0; v < d->n; v++)
            if (which[v] == k)
            {
                sbuf_printf(b, "    const double bg_den%ld = ", (long) k);
                out_fmpz_mpoly(b, fmpz_mpoly_q_denref(d->sym + v), &cp);
                sbuf_puts(b, ";\n");
                break;
            }
    sbuf_puts(b, "\n");
    emit_void_unused(b, &u, d, 0);
    for (k = 0; k < nden; k++)
        sbuf_printf(b, "    if (bg_den%ld == 0.0)\n        return -1;\n", (long) k);
    for (v = 0; v < d->n; v++)
    {
        sbuf_puts(b, "    /* ");
        out_obs_name(b, v, &tp);
        sbuf_printf(b, "%s */\n    bg_x[%ld] = ", d->odd[v] ? ", odd" : "", (long) v);
        if (d->odd[v])
            sbuf_puts(b, "0.0");
        else
        {
            sbuf_puts(b, "(");
            out_fmpz_mpoly(b, fmpz_mpoly_q_numref(d->sym + v), &cp);
            sbuf_puts(b, ")");
            if (which[v] >= 0)
                sbuf_printf(b, " / bg_den%ld", (long) which[v]);
        }
        sbuf_puts(b, ";\n");
    }
    sbuf_puts(b, "    return 0;\n}\n");
    emit_usage_clear(&u);
    free(which);
}

/* The boundary polynomial as exact terms (coefficient strings and
   exponents): the runtime isolates its roots with Arb from these, so no
   double evaluation is emitted (one statement of thousands of terms, that
   rounding would make meaningless near the roots anyway). */
void emit_boundary(sbuf_t *b, const derive_struct *d)
{
    const fmpz_mpoly_ctx_struct *zctx = d->m->pctx->zctx;
    slong np = d->m->nparams, i, k, len;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong));
    fmpz_t c;

    if (!d->has_boundary)
    {
        sbuf_printf(b, "/* no boundary polynomial */\n"
                    "#define %s_BOUNDARY_TERMS NULL\n#define %s_NBOUNDARY_TERMS 0\n",
                    d->m->name, d->m->name);
        free(exp);
        return;
    }
    len = fmpz_mpoly_length(d->boundary, zctx);
    fmpz_init(c);
    sbuf_printf(b, "static const unsigned char %s_boundary_exp[][%ld] = {\n", d->m->name,
                (long) (np > 0 ? np : 1));
    for (i = 0; i < len; i++)
    {
        fmpz_mpoly_get_term_exp_ui(exp, d->boundary, i, zctx);
        sbuf_puts(b, "    {");
        for (k = 0; k < np; k++)
            sbuf_printf(b, "%s%lu", k ? ", " : "", exp[k]);
        sbuf_puts(b, np ? "},\n" : "0},\n");
    }
    sbuf_printf(b, "};\n\nstatic const bloch_term_t %s_boundary_terms[] = {\n", d->m->name);
    for (i = 0; i < len; i++)
    {
        char *s;
        fmpz_mpoly_get_term_coeff_fmpz(c, d->boundary, i, zctx);
        s = fmpz_get_str(NULL, 10, c);
        sbuf_printf(b, "    {\"%s\", %s_boundary_exp[%ld]},\n", s, d->m->name, (long) i);
        flint_free(s);
    }
    sbuf_printf(b, "};\n\n#define %s_BOUNDARY_TERMS %s_boundary_terms\n#define "
                "%s_NBOUNDARY_TERMS %ld\n", d->m->name, d->m->name, d->m->name, (long) len);
    fmpz_clear(c);
    free(exp);
}

void emit_metadata(sbuf_t *b, const derive_struct *d)
{
    const model_struct *m = d->m;
    char name[128];
    slong k;

    sbuf_printf(b, "static const char *const %s_params[] = {", m->name);
    for (k = 0; k < m->nparams; k++)
        sbuf_printf(b, "%s\"%s\"", k ? ", " : "", m->params[k]);
    sbuf_puts(b, m->nparams ? "};\n" : "NULL};\n");
    sbuf_printf(b, "static const char *const %s_observables[] = {", m->name);
    for (k = 0; k < d->n; k++)
    {
        model_obs_name(name, sizeof name, m, k);
        sbuf_printf(b, "%s\n    \"%s\"", k ? "," : "", name);
    }
    sbuf_printf(b, "\n};\nstatic const signed char %s_parity[] = {", m->name);
    for (k = 0; k < d->n; k++)
        sbuf_printf(b, "%s%d", k ? ", " : "", m->has_symmetry ? d->odd[k] : -1);
    sbuf_puts(b, "};\n");
    if (!m->has_perm && m->moment_order == 0)
        return;
    if (m->has_perm)
        sbuf_printf(b, "/* `swap` symmetry: the variables above are adapted combinations of\n"
                    "   these Pauli strings (bloch_model.h) */\n");
    else
        sbuf_printf(b, "/* moment model: each variable's representative Pauli string on the\n"
                    "   %d spins of its %d sites, and the variable of every string\n"
                    "   (bloch_model.h) */\n", m->sites, m->moment_order);
    sbuf_printf(b, "static const char *const %s_pauli[] = {", m->name);
    for (k = 0; k < d->n; k++)
    {
        pauli_name(name, sizeof name, m->obs[k], m->sites, "*");
        sbuf_printf(b, "%s\n    \"%s\"", k ? "," : "", name);
    }
    if (!m->has_perm)
    {
        slong nkeys = (slong) 1 << (2 * m->sites);
        sbuf_printf(b, "\n};\nstatic const int %s_moment_var[%ld] = {", m->name, (long) nkeys);
        for (k = 0; k < nkeys; k++)
            sbuf_printf(b, "%s%ld", k == 0 ? "" : k % 16 ? ", " : ",\n    ",
                        (long) m->var_of_key[k]);
        sbuf_puts(b, "};\n");
        return;
    }
    sbuf_printf(b, "\n};\nstatic const int %s_adapt_pair[] = {", m->name);
    for (k = 0; k < d->n; k++)
        sbuf_printf(b, "%s%ld", k ? ", " : "", (long) m->adapt_pair[k]);
    sbuf_printf(b, "};\nstatic const signed char %s_adapt_sign[] = {", m->name);
    for (k = 0; k < d->n; k++)
        sbuf_printf(b, "%s%d", k ? ", " : "", m->adapt_sign[k]);
    sbuf_puts(b, "};\n");
}
