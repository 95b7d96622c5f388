#include "derive.h"
#include "alloc.h"
#include "fmpz_poly_roots.h"

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
    slong nv = ctx->minfo->nvars, k, nroots;
    slong *deg = blochgen_malloc((nv + 1) * sizeof(slong));
    fmpz_poly_t u;

    fmpz_mpoly_degrees_si(deg, p, ctx);
    for (k = 0; k < nv; k++)
        if (k != var && deg[k] > 0)
        {
            free(deg);
            return -1;
        }
    free(deg);
    fmpz_poly_init(u);
    compat_fmpz_mpoly_get_univariate(u, p, var, ctx);
    compat_fmpz_poly_real_roots(roots, &nroots, u, prec);
    fmpz_poly_clear(u);
    return nroots;
}
