#include <math.h>
#include "linalg.h"
#include "lapacke_compat.h"

int linalg_eig(double *wr, double *wi, double *vr, double *a, int n)
{
    lapack_int info = LAPACKE_dgeev(LAPACK_ROW_MAJOR, 'N', vr ? 'V' : 'N', n, a, n, wr, wi,
                                    NULL, 1, vr, vr ? n : 1);
    return info == 0 ? 0 : -1;
}

int linalg_eig_slowest(const double *wr, const double *wi, int n)
{
    int k, best = 0;

    for (k = 1; k < n; k++)
        if (wr[k] > wr[best] || (wr[k] == wr[best] && fabs(wi[k]) > fabs(wi[best])))
            best = k;
    return best;
}

double linalg_norm(const double *x, int n)
{
    double s = 0;
    int k;

    for (k = 0; k < n; k++)
        s += x[k] * x[k];
    return sqrt(s);
}
