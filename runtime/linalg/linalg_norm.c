#include <math.h>
#include "linalg.h"

double linalg_norm(const double *x, int n)
{
    double s = 0;
    int k;

    for (k = 0; k < n; k++)
        s += x[k] * x[k];
    return sqrt(s);
}

double linalg_norm_inf(const double *x, int n)
{
    double s = 0;
    int k;

    for (k = 0; k < n; k++)
        s = fmax(s, fabs(x[k]));
    return s;
}
