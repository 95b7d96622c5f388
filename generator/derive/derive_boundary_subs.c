#include "derive.h"
#include "alloc.h"

/* p(x) with the parameters marked in fixed[] set to exact rationals: every
   term c * prod x_k^e_k becomes c * prod a_k^e_k b_k^(D_k - e_k), i.e. the
   substituted polynomial times prod b_k^D_k > 0 (same zeros), made
   primitive with a positive leading coefficient. */
void derive_poly_substitute(fmpz_mpoly_t r, const fmpz_mpoly_t p, const char *fixed,
                            const fmpq *vals, const fmpz_mpoly_ctx_t ctx)
{
    slong nv = ctx->minfo->nvars, i, k;
    ulong *exp = blochgen_malloc((nv + 1) * sizeof(ulong));
    slong *deg = blochgen_malloc((nv + 1) * sizeof(slong));
    fmpz_t c, t;

    fmpz_init(c);
    fmpz_init(t);
    fmpz_mpoly_degrees_si(deg, p, ctx);
    fmpz_mpoly_zero(r, ctx);
    for (i = 0; i < fmpz_mpoly_length(p, ctx); i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(c, p, i, ctx);
        fmpz_mpoly_get_term_exp_ui(exp, p, i, ctx);
        for (k = 0; k < nv; k++)
        {
            if (!fixed[k])
                continue;
            fmpz_pow_ui(t, fmpq_numref(vals + k), exp[k]);
            fmpz_mul(c, c, t);
            fmpz_pow_ui(t, fmpq_denref(vals + k), deg[k] - exp[k]);
            fmpz_mul(c, c, t);
            exp[k] = 0;
        }
        {
            fmpz_mpoly_t term;
            fmpz_mpoly_init(term, ctx);
            fmpz_mpoly_set_coeff_fmpz_ui(term, c, exp, ctx);
            fmpz_mpoly_add(r, r, term, ctx);
            fmpz_mpoly_clear(term, ctx);
        }
    }
    _fmpz_vec_content(c, r->coeffs, r->length);
    if (!fmpz_is_zero(c))
    {
        if (fmpz_sgn(r->coeffs) < 0)
            fmpz_neg(c, c);
        fmpz_mpoly_scalar_divexact_fmpz(r, r, c, ctx);
    }
    fmpz_clear(c);
    fmpz_clear(t);
    free(exp);
    free(deg);
}

/* Real roots of a univariate polynomial in variable var, as certified
   enclosures in increasing order: the squarefree factors are isolated with
   arb_fmpz_poly_complex_roots.  Returns the number of roots (*roots is
   allocated with _arb_vec_init), or -1 if p involves other variables. */
slong derive_real_roots(arb_ptr *roots, const fmpz_mpoly_t p, slong var, slong prec,
                        const fmpz_mpoly_ctx_t ctx)
{
    slong nv = ctx->minfo->nvars, i, k, j, nroots = 0;
    slong *deg = blochgen_malloc((nv + 1) * sizeof(slong));
    fmpz_poly_t u;
    fmpz_poly_factor_t fac;
    fmpz_t c;
    ulong *exp = blochgen_malloc((nv + 1) * sizeof(ulong));

    fmpz_mpoly_degrees_si(deg, p, ctx);
    for (k = 0; k < nv; k++)
        if (k != var && deg[k] > 0)
        {
            free(deg);
            free(exp);
            return -1;
        }
    fmpz_poly_init(u);
    fmpz_init(c);
    for (i = 0; i < fmpz_mpoly_length(p, ctx); i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(c, p, i, ctx);
        fmpz_mpoly_get_term_exp_ui(exp, p, i, ctx);
        fmpz_poly_set_coeff_fmpz(u, exp[var], c);
    }
    *roots = _arb_vec_init(FLINT_MAX(fmpz_poly_degree(u), 1));
    fmpz_poly_factor_init(fac);
    if (fmpz_poly_degree(u) > 0)
        fmpz_poly_factor_squarefree(fac, u);
    for (i = 0; i < fac->num; i++)
    {
        slong d = fmpz_poly_degree(fac->p + i);
        acb_ptr z = _acb_vec_init(d);
        arb_fmpz_poly_complex_roots(z, fac->p + i, 0, prec);
        /* real roots come first, with exactly zero imaginary parts */
        for (j = 0; j < d && acb_is_real(z + j); j++)
            arb_set(*roots + nroots++, acb_realref(z + j));
        _acb_vec_clear(z, d);
    }
    /* sort by midpoint (the enclosures are disjoint) */
    for (i = 1; i < nroots; i++)
        for (j = i; j > 0 && arf_cmp(arb_midref(*roots + j), arb_midref(*roots + j - 1)) < 0; j--)
            arb_swap(*roots + j, *roots + j - 1);
    fmpz_poly_factor_clear(fac);
    fmpz_poly_clear(u);
    fmpz_clear(c);
    free(deg);
    free(exp);
    return nroots;
}
