#include <complex.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "linalg.h"
#include "qinfo.h"

/* s = V diag(sqrt(lambda')) V^H.  Eigenvalues at rounding level are zeroed
   as well as negative ones: their square roots (~1e-8) would otherwise leak
   into the fidelity of rank-deficient (e.g. pure) states. */
int qinfo_sqrtm_psd(double *s, double *clipped, const double *a, int n)
{
    double complex *v, *sc = (double complex *) s;
    double *w, *r, top = 0, tiny, cut = 0;
    size_t i, j, k, nn = n;

    if (n < 1)
        return -1;
    v = blochgen_malloc(sizeof(double complex) * nn * nn + 2 * sizeof(double) * nn);
    if (v == NULL)
        return -1;
    w = (double *) (v + nn * nn);
    r = w + nn;
    if (qinfo_eigh(w, (double *) v, a, n) != 0)
    {
        free(v);
        return -1;
    }
    top = linalg_norm_inf(w, nn);
    tiny = nn * DBL_EPSILON * top;
    for (k = 0; k < nn; k++)
    {
        r[k] = w[k] > tiny ? sqrt(w[k]) : 0;
        cut += w[k] > tiny ? 0 : fabs(w[k]);
    }
    for (i = 0; i < nn; i++)
        for (j = i; j < nn; j++)
        {
            double complex x = 0;
            for (k = 0; k < nn; k++)
                x += v[i * nn + k] * r[k] * conj(v[j * nn + k]);
            sc[i * nn + j] = i == j ? creal(x) : x;
            sc[j * nn + i] = conj(sc[i * nn + j]);
        }
    if (clipped)
        *clipped = cut;
    free(v);
    return 0;
}
