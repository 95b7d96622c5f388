#include <stdlib.h>
#include "flint_compat.h"
#include "crit.h"

/* x as the exact rational it is in binary. */
static void fmpq_set_double(fmpq_t r, double x)
{
    arf_t a;
    fmpz_t m, e;

    arf_init(a);
    fmpz_init(m);
    fmpz_init(e);
    arf_set_d(a, x);
    arf_get_fmpz_2exp(m, e, a);
    fmpz_set(fmpq_numref(r), m);
    fmpz_one(fmpq_denref(r));
    if (fmpz_sgn(e) >= 0)
        fmpq_mul_2exp(r, r, fmpz_get_ui(e));
    else
    {
        fmpz_neg(e, e);
        fmpq_div_2exp(r, r, fmpz_get_ui(e));
    }
    arf_clear(a);
    fmpz_clear(m);
    fmpz_clear(e);
}

/* The boundary polynomial on the line: sum_t c_t prod_{k != param} p_k^e_tk
   * v^e_t,param, with integer coefficients after clearing denominators. */
static void line_poly(fmpz_poly_t u, const double *p, int param, const bloch_model_t *m)
{
    fmpq_poly_t q;
    fmpq_t c, pk, t;
    int i, k;

    fmpq_poly_init(q);
    fmpq_init(c), fmpq_init(pk), fmpq_init(t);
    for (i = 0; i < m->nboundary_terms; i++)
    {
        const bloch_term_t *term = m->boundary_terms + i;
        fmpz_set_str(fmpq_numref(c), term->coeff, 10);
        fmpz_one(fmpq_denref(c));
        for (k = 0; k < m->nparams; k++)
            if (k != param && term->exp[k] > 0)
            {
                fmpq_set_double(pk, p[k]);
                fmpq_pow_si(t, pk, term->exp[k]);
                fmpq_mul(c, c, t);
            }
        fmpq_poly_get_coeff_fmpq(t, q, term->exp[param]);
        fmpq_add(t, t, c);
        fmpq_poly_set_coeff_fmpq(q, term->exp[param], t);
    }
    fmpq_poly_get_numerator(u, q);
    fmpz_poly_primitive_part(u, u);
    fmpq_poly_clear(q);
    fmpq_clear(c), fmpq_clear(pk), fmpq_clear(t);
}

int crit_poly_roots(double *roots, int maxroots, const double *p, int param, double a,
                    double b, const bloch_model_t *m)
{
    fmpz_poly_t u;
    fmpz_poly_factor_t fac;
    int n = 0, i, j;

    if (!m->has_boundary)
        return -1;
    fmpz_poly_init(u);
    line_poly(u, p, param, m);
    if (fmpz_poly_is_zero(u))
    {
        fmpz_poly_clear(u);
        return -2;
    }
    fmpz_poly_factor_init(fac);
    if (fmpz_poly_degree(u) > 0)
        fmpz_poly_factor_squarefree(fac, u);
    for (i = 0; i < fac->num; i++)
    {
        slong d = fmpz_poly_degree(fac->p + i);
        acb_ptr z = _acb_vec_init(d);
        arb_fmpz_poly_complex_roots(z, fac->p + i, 0, 128);
        /* real roots come first, with exactly zero imaginary parts */
        for (j = 0; j < d && acb_is_real(z + j); j++)
        {
            double r = arf_get_d(arb_midref(acb_realref(z + j)), ARF_RND_NEAR);
            if (r >= (a < b ? a : b) && r <= (a < b ? b : a) && n < maxroots)
                roots[n++] = r;
        }
        _acb_vec_clear(z, d);
    }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && roots[j] < roots[j - 1]; j--)
        {
            double t = roots[j];
            roots[j] = roots[j - 1], roots[j - 1] = t;
        }
    fmpz_poly_factor_clear(fac);
    fmpz_poly_clear(u);
    return n;
}
