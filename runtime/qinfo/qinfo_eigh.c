#include <stdlib.h>
#include "alloc.h"
#include "qinfo.h"
#include "lapacke_compat.h"

/* OpenBLAS 0.3.21 (Debian 12) zgemv_n_HASWELL reads 16 bytes past the end
   of the matrix (OpenBLAS issue #4013), which is a SEGV under ASan when the
   matrix is LAPACKE's tightly sized row-major copy.  So: column-major
   _work calls on our own buffers, padded. */
#define QINFO_PAD 32

/* zheev reads one triangle only: feed it the Hermitian part, so results do
   not depend on which triangle carries the rounding errors. */
int qinfo_eigh(double *w, double *v, const double *a, int n)
{
    const double complex *ac = (const double complex *) a;
    double complex *m, *work, *vc = (double complex *) v;
    double *rwork;
    size_t i, j, nn = n, lwork = 65 * nn;
    lapack_int info;

    if (n < 1)
        return -1;
    m = blochgen_malloc(sizeof(double complex) * (nn * nn + lwork + 2 * QINFO_PAD)
               + sizeof(double) * (3 * nn + QINFO_PAD));
    if (m == NULL)
        return -1;
    work = m + nn * nn + QINFO_PAD;
    rwork = (double *) (work + lwork + QINFO_PAD);
    for (i = 0; i < nn; i++) /* column-major: m[i + j n] = H_ij */
        for (j = i; j < nn; j++)
        {
            m[i + j * nn] = 0.5 * (ac[i * nn + j] + conj(ac[j * nn + i]));
            m[j + i * nn] = conj(m[i + j * nn]);
        }
    info = LAPACKE_zheev_work(LAPACK_COL_MAJOR, v ? 'V' : 'N', 'U', n, m, n, w, work, lwork,
                              rwork);
    if (info == 0 && v)
        for (i = 0; i < nn; i++)
            for (j = 0; j < nn; j++)
                vc[i * nn + j] = m[i + j * nn];
    free(m);
    return info == 0 ? 0 : -1;
}
