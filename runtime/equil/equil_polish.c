#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"

/* The relaxed state is within the integration's noise of a stationary
   state; Newton on the mean fields (analytic Jacobian) reaches the
   self-consistent Gibbs state itself in a few steps, where relaxing
   further would cost as much again for each extra digit. */
int equil_polish(double *x, equil_ctx_t *q)
{
    double *y = blochgen_calloc(q->nf + 1, sizeof(double)), *x1 = blochgen_calloc(q->dm.nobs, sizeof(double));
    double res;
    int k, ok = y != NULL && x1 != NULL;

    for (k = 0; ok && k < q->nf; k++)
        y[k] = x[q->field[k]];
    if (ok && (equil_newton(y, &res, NULL, q) != 0 || equil_map(x1, NULL, y, q) != 0))
        ok = 0;
    /* a far jump means Newton went to another solution: keep x */
    for (k = 0; ok && k < q->dm.nobs; k++)
        if (fabs(x1[k] - x[k]) > 1e-6)
            ok = 0;
    if (ok)
        memcpy(x, x1, q->dm.nobs * sizeof(double));
    free(y);
    free(x1);
    return ok;
}
