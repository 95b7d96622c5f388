#include <stdlib.h>
#include "flint_compat.h"
#include "crit.h"
#include "elim.h"
#include "fmpz_poly_roots.h"

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
                elim_fmpq_set_d(pk, p[k]);
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
    arb_ptr z;
    slong nz, j;
    int n = 0;

    if (!m->has_boundary)
        return -1;
    fmpz_poly_init(u);
    line_poly(u, p, param, m);
    if (fmpz_poly_is_zero(u))
    {
        fmpz_poly_clear(u);
        return -2;
    }
    /* the real roots, isolated and in increasing order */
    compat_fmpz_poly_real_roots(&z, &nz, u, 128);
    for (j = 0; j < nz; j++)
    {
        double r = arf_get_d(arb_midref(z + j), ARF_RND_NEAR);
        if (r >= (a < b ? a : b) && r <= (a < b ? b : a) && n < maxroots)
            roots[n++] = r;
    }
    _arb_vec_clear(z, nz);
    fmpz_poly_clear(u);
    return n;
}
