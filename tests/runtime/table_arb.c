/* Driver of tests/runtime/table.sh: the Arb half's rhs (MODEL_ARB) against
   the double half's (MODEL_DBL) at seeded random points; prints the
   largest difference.  Both halves are compiled into this program. */
#include <stdio.h>
#include "flint_compat.h"
#include MODEL_C
#include MODEL_ARB_C

int main(void)
{
    const bloch_model_t *m = &MODEL_SYM;
    const bloch_model_arb_t *a = &MODEL_ARB_SYM;
    long n = m->nobs, np = m->nparams, i, r;
    double *x = malloc(sizeof(double) * n), *p = malloc(sizeof(double) * (np + 1));
    double *f = malloc(sizeof(double) * n), worst = 0.0;
    arb_ptr ax = _arb_vec_init(n), ap = _arb_vec_init(np + 1), af = _arb_vec_init(n);
    unsigned long s = 777;

    for (r = 0; r < 3; r++)
    {
        for (i = 0; i < np; i++)
        {
            s = s * 6364136223846793005UL + 1442695040888963407UL;
            p[i] = 0.2 + (double) (s >> 11) / 9007199254740992.0;
            if (m->params[i][0] == 'N' && m->params[i][1] == '\0')
                p[i] = 7.0;
            arb_set_d(ap + i, p[i]);
        }
        for (i = 0; i < n; i++)
        {
            s = s * 6364136223846793005UL + 1442695040888963407UL;
            x[i] = 2.0 * (double) (s >> 11) / 9007199254740992.0 - 1.0;
            arb_set_d(ax + i, x[i]);
        }
        m->rhs(f, x, p);
        a->rhs(af, ax, ap, 128);
        for (i = 0; i < n; i++)
        {
            double e = fabs(f[i] - arf_get_d(arb_midref(af + i), ARF_RND_NEAR));
            worst = e > worst ? e : worst;
        }
    }
    printf("%.3g\n", worst);
    _arb_vec_clear(ax, n);
    _arb_vec_clear(ap, np + 1);
    _arb_vec_clear(af, n);
    free(x);
    free(p);
    free(f);
    return 0;
}
