#include <stdlib.h>
#include "alloc.h"
#include "qinfo.h"

/* Tr sqrt(sqrt(rho) sigma sqrt(rho)) = || sqrt(rho) sqrt(sigma) ||_1: the
   singular values are accurate to eps in absolute terms, whereas the
   square roots of the small eigenvalues of sqrt(rho) sigma sqrt(rho) would
   carry errors of sqrt(eps). */
int qinfo_fidelity(double *f, const double *rho, const double *sigma, int n)
{
    size_t nn = n, m = 2 * nn * nn;
    double *sr, *ss, *p, *sv, t = 0;
    int r;

    if (n < 1 || (sr = blochgen_malloc(sizeof(double) * (3 * m + nn))) == NULL)
        return -1;
    ss = sr + m;
    p = ss + m;
    sv = p + m;
    r = qinfo_sqrtm_psd(sr, NULL, rho, n);
    if (r == 0)
        r = qinfo_sqrtm_psd(ss, NULL, sigma, n);
    if (r == 0)
    {
        qinfo_mul(p, sr, ss, n);
        r = qinfo_svals(sv, p, n);
    }
    if (r == 0)
    {
        size_t k;
        for (k = nn; k-- > 0;) /* smallest first */
            t += sv[k];
        *f = t * t;
    }
    free(sr);
    return r;
}
