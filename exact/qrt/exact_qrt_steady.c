/* exact_qrt_steady.c: the dense Liouvillian and its null vector. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "exact_qrt.h"
#include "exact_lapack.h"

void exact_qrt_dense(double *l, const exact_qrt_t *q)
{
    long d = q->d, D = d * d;
    double *x = blochgen_calloc(2 * (size_t) D, sizeof(double));

    for (long k = 0; k < D; k++)
    {
        x[2 * k] = 1;
        exact_qrt_apply(l + 2 * k * D, x, q);
        x[2 * k] = 0;
    }
    free(x);
}

int exact_qrt_steady(exact_qrt_t *q)
{
    long d = q->d, D = d * d;
    double *m = blochgen_malloc(2 * sizeof(double) * (size_t) D * D), rcond;
    int info;

    exact_qrt_dense(m, q);
    /* row 0 is the (0,0) equation, redundant since the trace is conserved:
       replace it by tr x = 1 */
    for (long c = 0; c < D; c++)
        m[2 * c * D] = m[2 * c * D + 1] = 0;
    for (long a = 0; a < d; a++)
        m[2 * (a * d + a) * D] = 1;
    free(q->rho);
    q->rho = blochgen_calloc(2 * (size_t) D, sizeof(double));
    q->rho[0] = 1;
    info = exact_zgesv(&rcond, D, m, q->rho);
    free(m);
    if (info == EXACT_LAPACK_NOTRUN)
        return EXACT_ENOCONV;
    if (info != 0)
    {
        fprintf(stderr, "dtfim-exact: correlation: zgesv failed (info %d): the steady state is not unique?\n", info);
        return EXACT_ENOCONV;
    }
    return exact_lapack_rcond_ok(rcond, "correlation") ? 0 : EXACT_ENOCONV;
}
