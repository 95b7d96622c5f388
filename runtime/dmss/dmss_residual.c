#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "dmss.h"

double dmss_residual(const double *x, const dm_levels_t *lv, dm_ctx_t *c)
{
    double *f = blochgen_malloc(sizeof(double) * c->nobs), s = 0;
    int k;

    if (dm_rhs_bloch(f, x, lv, c) != 0)
        s = NAN;
    else
        for (k = 0; k < c->nobs; k++)
            s += f[k] * f[k];
    free(f);
    return sqrt(s);
}
