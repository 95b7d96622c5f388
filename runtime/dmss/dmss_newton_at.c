#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"

int dmss_newton_at(double *x, double *gap, const double *x0, const double *p, double tol,
                   const bloch_model_t *m)
{
    dm_ctx_t c;
    dm_levels_t lv;
    int its, st, n = m->nobs;

    /* no message: the caller only asks whether a neighbour exists */
    if (dm_ctx_init(&c, m, p, NULL, 0) != DM_OK)
        return -1;
    dm_levels_init(&lv, &c);
    memcpy(x, x0, sizeof(double) * m->nobs);
    st = dm_levels_start(&lv, x, &c) == 0 ? dmss_newton(x, &its, tol, &lv, &c) : -1;
    if (st == 0 && gap)
    {
        double *J = blochgen_malloc(sizeof(double) * ((size_t) n * n + 2 * n)), *wr = J + (size_t) n * n;
        double freq;
        if (dmss_jacobian(J, NULL, x, &lv, &c) != 0 ||
            dmss_spectrum(wr, wr + n, gap, &freq, J, n) != 0)
            st = -1;
        free(J);
    }
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    return st;
}
