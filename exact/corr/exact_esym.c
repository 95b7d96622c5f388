/* exact_esym.c: the form factors I_m(X) = e_m(lambda_j, j in X) of Eq. 18
   as the coefficients of prod_j (1 + lambda_j x), by a product tree (the
   recursion I_m(X) = I_m(X\j) + lambda_j I_{m-1}(X\j) of the paper is the
   base case).  All lambda_j > 0, so no cancellation. */
#include "exact_corr.h"

#define ESYM_BASE 32

static void esym_rec(arb_poly_t out, arb_srcptr lam, slong n, slong prec)
{
    if (n <= ESYM_BASE)
    {
        arb_ptr e;
        arb_poly_fit_length(out, n + 1);
        e = out->coeffs;
        arb_one(e);
        for (slong k = 1; k <= n; k++)
            arb_zero(e + k);
        for (slong j = 0; j < n; j++)
            for (slong m = j + 1; m >= 1; m--)
                arb_addmul(e + m, e + m - 1, lam + j, prec);
        _arb_poly_set_length(out, n + 1);
        _arb_poly_normalise(out);
        return;
    }
    arb_poly_t a, b;
    arb_poly_init(a);
    arb_poly_init(b);
    esym_rec(a, lam, n / 2, prec);
    esym_rec(b, lam + n / 2, n - n / 2, prec);
    arb_poly_mul(out, a, b, prec);
    arb_poly_clear(a);
    arb_poly_clear(b);
}

void exact_esym(arb_ptr e, arb_srcptr lam, slong n, slong prec)
{
    arb_poly_t p;
    arb_poly_init(p);
    esym_rec(p, lam, n, prec);
    for (slong m = 0; m <= n; m++)
        arb_poly_get_coeff_arb(e + m, p, m);
    arb_poly_clear(p);
}
