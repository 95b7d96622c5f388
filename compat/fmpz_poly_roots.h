/* fmpz_poly_roots.h: certified real roots of an integer polynomial, and a
 * multivariate polynomial in one variable as an fmpz_poly.
 *
 * Below both the generator (derive_real_roots: the boundary at fixed
 * parameters) and the runtime (elim: the projections of steady --all;
 * crit: the boundary along a line), which must not depend on each other;
 * header-only because compat/ has no library of its own.
 */
#ifndef BLOCHGEN_FMPZ_POLY_ROOTS_H
#define BLOCHGEN_FMPZ_POLY_ROOTS_H

#include <stdlib.h>
#include "flint_compat.h"
#include "alloc.h"

static inline int compat_arb_cmp_mid(const void *a, const void *b)
{
    return arf_cmp(arb_midref((arb_srcptr) a), arb_midref((arb_srcptr) b));
}

/* Real roots of u as disjoint balls in increasing order, a multiple root
   once: *roots (an _arb_vec of *count entries, at least one allocated,
   freed by the caller with _arb_vec_clear(*roots, max(deg u, 1))) at
   precision prec.  The squarefree factors are isolated one by one with
   arb_fmpz_poly_complex_roots (distinct squarefree factors have distinct
   roots), which lists the real roots first, with exactly zero imaginary
   parts. */
static inline void compat_fmpz_poly_real_roots(arb_ptr *roots, slong *count,
                                               const fmpz_poly_t u, slong prec)
{
    fmpz_poly_factor_t fac;
    slong i, j, n = 0, cap = fmpz_poly_degree(u) > 0 ? fmpz_poly_degree(u) : 1;
    arb_ptr out = _arb_vec_init(cap);

    fmpz_poly_factor_init(fac);
    if (fmpz_poly_degree(u) > 0)
        fmpz_poly_factor_squarefree(fac, u);
    for (i = 0; i < fac->num; i++)
    {
        slong d = fmpz_poly_degree(fac->p + i);
        acb_ptr z = _acb_vec_init(d);
        arb_fmpz_poly_complex_roots(z, fac->p + i, 0, prec);
        for (j = 0; j < d && acb_is_real(z + j); j++)
            arb_set(out + n++, acb_realref(z + j));
        _acb_vec_clear(z, d);
    }
    qsort(out, n, sizeof(arb_struct), compat_arb_cmp_mid);
    fmpz_poly_factor_clear(fac);
    *roots = out;
    *count = n;
}

/* u = a as a polynomial in variable k of ctx alone: the other variables'
   exponents are ignored (the caller checks that a involves only x_k). */
static inline void compat_fmpz_mpoly_get_univariate(fmpz_poly_t u, const fmpz_mpoly_t a, slong k,
                                                    const fmpz_mpoly_ctx_t ctx)
{
    slong t, nv = fmpz_mpoly_ctx_nvars(ctx);
    ulong *ex = blochgen_malloc(sizeof(ulong) * (nv > 0 ? nv : 1));
    fmpz_t c;

    fmpz_init(c);
    fmpz_poly_zero(u);
    for (t = 0; t < fmpz_mpoly_length(a, ctx); t++)
    {
        fmpz_mpoly_get_term_exp_ui(ex, a, t, ctx);
        fmpz_mpoly_get_term_coeff_fmpz(c, a, t, ctx);
        fmpz_poly_set_coeff_fmpz(u, ex[k], c);
    }
    fmpz_clear(c);
    free(ex);
}

#endif
