#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "dmss.h"
#include "qinfo.h"

double dmss_concurrence(double *purity, const double *x, dm_ctx_t *c)
{
    int d = c->d;
    dm_cplx *rho = blochgen_malloc(sizeof(dm_cplx) * ((size_t) d * d + 16));
    dm_cplx *r2 = rho + (size_t) d * d;
    double C = NAN;

    dm_from_bloch(rho, x, c);
    if (purity)
        *purity = qinfo_purity((const double *) rho, d);
    /* sites 1 and 2 are the two most significant bits (qinfo's sites 0, 1) */
    if (c->k == 2 && qinfo_concurrence(&C, (const double *) rho) != 0)
        C = NAN;
    else if (c->k > 2 &&
             (qinfo_partial_trace((double *) r2, (const double *) rho, c->k, 3u) != 0 ||
              qinfo_concurrence(&C, (const double *) r2) != 0))
        C = NAN;
    free(rho);
    return C;
}
