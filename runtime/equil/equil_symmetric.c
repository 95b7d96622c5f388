#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "equil.h"

int equil_symmetric(double *y, double *mu, int *nmu, equil_ctx_t *q)
{
    double *x = blochgen_malloc(sizeof(double) * q->dm.nobs);
    int i, st;

    /* odd fields 0, even ones from the Gibbs state of H_MF(0) */
    for (i = 0; i < q->nf; i++)
        y[i] = 0;
    st = equil_map(x, NULL, y, q);
    for (i = 0; i < q->nf && st == 0; i++)
        if (!q->odd[i])
            y[i] = x[q->field[i]];
    free(x);
    if (st != 0 || equil_newton(y, NULL, NULL, q) != 0)
        return -1;
    return equil_map_mu(mu, nmu, y, 1, q);
}
