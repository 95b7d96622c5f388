/* Process-wide settings for a command about to solve on runtime/finite. */
#include <stdlib.h>     /* first: defines __GLIBC__ */
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "finite.h"
#include "umfpack_compat.h"

void finite_tune_process(void)
{
    const umfpack_compat_t *U = umfpack_compat(NULL);

    /* UMFPACK's frontal matrices here are small: OpenBLAS's threads only
       spin (blochgen finite at N = 100: 11.5 s user + 4.9 s sys on two
       threads, 8.9 + 1.7 on one, the same wall time) */
    if (U != NULL && U->blas_threads != NULL)
        U->blas_threads(1);
#ifdef __GLIBC__
    /* UMFPACK's factors, GMRES's basis and the resolvent's per-frequency
       LUs are large blocks allocated and freed again: by default glibc
       unmaps them and every reuse faults its pages in anew (the spectrum
       at N = 10, 201 frequencies: 9.7 s, 2.4 s with this; the steady
       state at N = 100: 10.9 s, 8.6 s) */
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}
