#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"

/* Central difference (f(x + h e_j) - f(x - h e_j)) / (2h) into D. */
static int central(double *D, double *y, double *fp, const double *x, int j, double h,
                   const dm_levels_t *lv, dm_ctx_t *c)
{
    int n = c->nobs, i;

    memcpy(y, x, sizeof(double) * n);
    y[j] = x[j] + h;
    if (dm_rhs_bloch(fp, y, lv, c) != 0)
        return -1;
    y[j] = x[j] - h;
    if (dm_rhs_bloch(D, y, lv, c) != 0)
        return -1;
    /* the step actually taken, as represented */
    h = 0.5 * ((x[j] + h) - (x[j] - h));
    for (i = 0; i < n; i++)
        D[i] = (fp[i] - D[i]) / (2 * h);
    return 0;
}

/* Column j: Richardson on the step ladder, the pair of successive
   extrapolations that agree best.  Returns its error estimate, or -1. */
static double column(double *col, double *w, const double *x, int j, const dm_levels_t *lv,
                     dm_ctx_t *c)
{
    int n = c->nobs, i, k;
    double *D = w, *R = w + (size_t) DMSS_FD_STEPS * n, *y = R + (size_t) DMSS_FD_STEPS * n;
    double *fp = y + n, best = INFINITY;

    for (i = 0; i < DMSS_FD_STEPS; i++)
        if (central(D + (size_t) i * n, y, fp, x, j, DMSS_FD_H0 * ldexp(1, -i), lv, c) != 0)
            return -1;
    for (i = 0; i + 1 < DMSS_FD_STEPS; i++)
        for (k = 0; k < n; k++)
            R[(size_t) i * n + k] = (4 * D[(size_t) (i + 1) * n + k] - D[(size_t) i * n + k]) / 3;
    for (i = 1; i + 1 < DMSS_FD_STEPS; i++)
    {
        double e = 0;
        for (k = 0; k < n; k++)
            e = fmax(e, fabs(R[(size_t) i * n + k] - R[(size_t) (i - 1) * n + k]));
        if (e < best)
        {
            best = e;
            for (k = 0; k < n; k++)
                col[k] = R[(size_t) i * n + k];
        }
    }
    return best;
}

int dmss_jacobian(double *J, double *err, const double *x, const dm_levels_t *lv, dm_ctx_t *c)
{
    int n = c->nobs, i, j, st = 0;
    double *w = blochgen_malloc(sizeof(double) * ((size_t) (2 * DMSS_FD_STEPS + 3) * n));
    double *col = w + (size_t) (2 * DMSS_FD_STEPS + 2) * n, e, emax = 0;

    for (j = 0; j < n && st == 0; j++)
    {
        if ((e = column(col, w, x, j, lv, c)) < 0)
            st = -1;
        emax = fmax(emax, e);
        for (i = 0; i < n; i++)
            J[(size_t) i * n + j] = col[i];
    }
    if (err)
        *err = st == 0 ? emax : NAN;
    free(w);
    return st;
}
