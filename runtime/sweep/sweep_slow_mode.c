#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "linalg.h"

int sweep_slow_mode(double *v, const double *x, const double *p, const bloch_model_t *m)
{
    int n = m->nobs, k, j;
    double *a = blochgen_malloc(sizeof(double) * (2 * n * n + 2 * n)), *vr = a + n * n;
    double *wr = vr + n * n, *wi = wr + n, big = 0, norm;

    m->jacobian(a, x, p);
    if (linalg_eig(wr, wi, vr, a, n) != 0)
    {
        free(a);
        return -1;
    }
    j = linalg_eig_slowest(wr, wi, n);
    /* a complex pair is stored as columns (re, im), + member first */
    if (wi[j] < 0 && j > 0)
        j--;
    for (k = 0; k < n; k++)
    {
        v[k] = vr[k * n + j];
        if (fabs(v[k]) > fabs(big))
            big = v[k];
    }
    norm = linalg_norm(v, n);
    for (k = 0; k < n; k++)
        v[k] = norm > 0 ? v[k] * (big < 0 ? -1 : 1) / norm : 0;
    free(a);
    return 0;
}
