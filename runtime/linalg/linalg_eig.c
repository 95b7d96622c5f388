#include <math.h>
#include "linalg.h"
#include "lapacke_compat.h"

int linalg_eig(double *wr, double *wi, double *vr, double *a, int n)
{
    lapack_int info = LAPACKE_dgeev(LAPACK_ROW_MAJOR, 'N', vr ? 'V' : 'N', n, a, n, wr, wi,
                                    NULL, 1, vr, vr ? n : 1);
    return info == 0 ? 0 : -1;
}

/* Real parts within rounding of the largest count as tied; of tied
   eigenvalues the one with the largest |Im| wins, so the reported frequency
   does not flip between algorithms that round differently. */
int linalg_eig_slowest(const double *wr, const double *wi, int n)
{
    double top = wr[0], scale = 1, tol;
    int k, best = -1;

    for (k = 0; k < n; k++)
    {
        top = wr[k] > top ? wr[k] : top;
        scale = fmax(scale, hypot(wr[k], wi[k]));
    }
    tol = 1e-12 * scale;
    for (k = 0; k < n; k++)
        if (wr[k] >= top - tol && (best < 0 || fabs(wi[k]) > fabs(wi[best])))
            best = k;
    return best;
}

