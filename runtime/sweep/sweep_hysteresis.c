#include <stdlib.h>
#include "alloc.h"
#include "num.h"
#include "sweep.h"

/* The followed states by grid index (NULL where there is none). */
static void by_grid(const double **at, const sweep_branch_t *f, int n)
{
    int k;

    for (k = 0; k < f->len; k++)
        at[f->grid[k]] = f->x + (size_t) k * n;
}

int sweep_hysteresis(int *lo, int *hi, int max, const sweep_t *sw)
{
    int n = sw->m->nobs, cnt;
    const double **xf, **xb;

    if (!sw->have_fol[0] || !sw->have_fol[1])
        return 0;
    xf = blochgen_calloc(2 * (size_t) sw->n, sizeof(double *));
    xb = xf + sw->n;
    by_grid(xf, sw->fol, n);
    by_grid(xb, sw->fol + 1, n);
    cnt = num_hysteresis(lo, hi, max, xf, xb, sw->n, sw->m->parity, n, SWEEP_HYST_TOL);
    free(xf);
    return cnt;
}
