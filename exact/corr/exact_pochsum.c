/* exact_pochsum.c: sum_m (a)_m (b)_m w_m, the sum of Eq. 18. */
#include "exact_corr.h"

void exact_pochsum(acb_t s, const acb_t a, const acb_t b, arb_srcptr w, slong n, slong prec)
{
    acb_t p, t;

    acb_init(p);
    acb_init(t);
    acb_one(p);
    acb_zero(s);
    for (slong m = 0; m <= n; m++)
    {
        if (m > 0)
        {
            /* p = (a)_m (b)_m from (a)_{m-1} (b)_{m-1} */
            acb_add_si(t, a, m - 1, prec);
            acb_mul(p, p, t, prec);
            acb_add_si(t, b, m - 1, prec);
            acb_mul(p, p, t, prec);
        }
        acb_mul_arb(t, p, w + m, prec);
        acb_add(s, s, t, prec);
    }
    acb_clear(p);
    acb_clear(t);
}
