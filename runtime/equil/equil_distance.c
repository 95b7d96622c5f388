#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "equil.h"
#include "qinfo.h"

int equil_distance(double *tdist, double *infid, const double *x, const double *y,
                   dm_ctx_t *c)
{
    int d = c->d, k, st;
    size_t dd = (size_t) d * d;
    dm_cplx *a = blochgen_malloc(sizeof(dm_cplx) * 3 * dd), *b = a + dd, *diff = b + dd;
    double *ev = blochgen_malloc(sizeof(double) * d), f = NAN;

    dm_from_bloch(a, x, c);
    dm_from_bloch(b, y, c);
    for (k = 0; k < (int) dd; k++)
        diff[k] = a[k] - b[k];
    st = dm_eigvalsh(ev, diff, c);
    *tdist = 0;
    for (k = 0; k < d && st == 0; k++)
        *tdist += 0.5 * fabs(ev[k]);
    if (st == 0)
        st = qinfo_fidelity(&f, (const double *) a, (const double *) b, d);
    *infid = 1 - f;
    free(a);
    free(ev);
    return st == 0 ? 0 : -1;
}
