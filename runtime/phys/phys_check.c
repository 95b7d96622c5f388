#include <math.h>
#include "phys.h"
#include "lapacke_compat.h"

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

    if (lam == NULL)
    {
        /* only the verdict: rho + PHYS_TOL is positive definite iff its
           Cholesky factorisation succeeds, several times cheaper than the
           eigenvalues (the scan checks every point); a failure is decided
           by the eigenvalues below */
        dm_ctx_t *c = &ph->c;
        int v, ok = 1;
        for (v = 0; v < c->nobs; v++)
            ok = ok && isfinite(x[v]);
        if (ok)
        {
            /* in Z, the context's padded buffer: Debian 12's OpenBLAS
               zgemv (which zpotf2 calls) reads past a tight matrix */
            dm_from_bloch(c->Z, x, c);
            for (v = 0; v < c->d; v++)
                c->Z[v * c->d + v] += PHYS_TOL;
            if (LAPACKE_zpotrf(LAPACK_ROW_MAJOR, 'L', c->d, (lapack_complex_double *) c->Z,
                               c->d) == 0)
                return 1;
        }
    }

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
