#include <math.h>
#include <stdlib.h>
#include "sweep.h"
#include "steady.h"

void sweep_mirror(double *y, const double *x, const bloch_model_t *m)
{
    int k;

    for (k = 0; k < m->nobs; k++)
        y[k] = m->parity[k] == 1 ? -x[k] : x[k];
}

/* Expectation values of Pauli strings lie in [-1, 1]: Newton roots
   outside are not states. */
int sweep_physical(const double *x, const sweep_t *sw)
{
    return sw->phys ? phys_check(NULL, x, sw->phys) : -1;
}

int sweep_kind_of(const double *x, const bloch_model_t *m)
{
    return m->parity[0] >= 0 && m->nodd > 0 && steady_odd_norm(x, m) < 1e-9 ? SWEEP_SYMMETRIC
                                                                           : SWEEP_OTHER;
}
