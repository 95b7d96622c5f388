#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "equil.h"
#include "linalg.h"

static int descending(const void *a, const void *b)
{
    double u = *(const double *) a, v = *(const double *) b;

    return (u < v) - (u > v);
}

int equil_map_mu(double *mu, int *nmu, const double *y, int want_odd, equil_ctx_t *q)
{
    int nf = q->nf, n = q->dm.nobs, *sel = blochgen_malloc(sizeof(int) * (nf + 1)), ns = 0, i, j, st;
    double *J = blochgen_malloc(sizeof(double) * ((size_t) n * nf + 1));
    double *A = blochgen_malloc(sizeof(double) * ((size_t) nf * nf + 1));
    double *wr = blochgen_malloc(sizeof(double) * (nf + 1)), *wi = blochgen_malloc(sizeof(double) * (nf + 1));

    *nmu = 0;
    for (i = 0; i < nf; i++)
        if (want_odd < 0 || q->odd[i] == want_odd)
            sel[ns++] = i;
    st = ns == 0 ? 0 : equil_map_jacobian(J, y, q);
    if (ns > 0 && st == 0)
    {
        /* rows and columns of the selected fields */
        for (i = 0; i < ns; i++)
            for (j = 0; j < ns; j++)
                A[(size_t) i * ns + j] = J[(size_t) q->field[sel[i]] * nf + sel[j]];
        st = linalg_eig(wr, wi, NULL, A, ns);
        for (i = 0; i < ns && st == 0; i++)
            mu[i] = wr[i];
        if (st == 0)
            *nmu = ns;
        qsort(mu, *nmu, sizeof(double), descending);
    }
    free(sel);
    free(J);
    free(A);
    free(wr);
    free(wi);
    return st;
}
