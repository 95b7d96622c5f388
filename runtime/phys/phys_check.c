#include <math.h>
#include "phys.h"

int phys_min_eig(double *lam, const double *x, phys_t *ph)
{
    dm_ctx_t *c = &ph->c;

    *lam = NAN;
    for (int v = 0; v < c->nobs; v++)
        if (!isfinite(x[v]))
            return -1;
    dm_from_bloch(c->A, x, c);
    if (dm_eigvalsh(c->E, c->A, c) != 0)
        return -1;
    *lam = c->E[0];     /* zheev returns the eigenvalues in ascending order */
    return 0;
}

int phys_check(double *lam, const double *x, phys_t *ph)
{
    double l;

    if (phys_min_eig(&l, x, ph) != 0)
    {
        if (lam)
            *lam = NAN;
        return -1;
    }
    if (lam)
        *lam = l;
    return l >= -PHYS_TOL;
}
