#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "qinfo.h"
#include "lapacke_compat.h"

/* Padded buffers and a column-major _work call: see qinfo_eigh.c.  Read as
   column-major the matrix is a^T, which has the same singular values. */
#define QINFO_PAD 32

int qinfo_svals(double *s, const double *a, int n)
{
    double complex *m, *work;
    double *rwork;
    size_t nn = n, lwork = 2 * nn + 2 * 64 * nn;
    lapack_int info;

    if (n < 1)
        return -1;
    m = blochgen_malloc(sizeof(double complex) * (nn * nn + lwork + 2 * QINFO_PAD)
               + sizeof(double) * (5 * nn + QINFO_PAD));
    if (m == NULL)
        return -1;
    work = m + nn * nn + QINFO_PAD;
    rwork = (double *) (work + lwork + QINFO_PAD);
    memcpy(m, a, sizeof(double complex) * nn * nn);
    info = LAPACKE_zgesvd_work(LAPACK_COL_MAJOR, 'N', 'N', n, n, m, n, s, NULL, 1, NULL, 1, work,
                               lwork, rwork);
    free(m);
    return info == 0 ? 0 : -1;
}
