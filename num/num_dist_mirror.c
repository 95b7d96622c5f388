#include <math.h>
#include <stddef.h>
#include "num.h"

double num_dist_mirror(const double *x, const double *y, const signed char *parity, int n)
{
    double s = 0, t = 0;

    if (parity == NULL)
        return num_dist(x, y, n);
    for (int k = 0; k < n; k++)
    {
        double ym = parity[k] == 1 ? -y[k] : y[k];
        s += (x[k] - y[k]) * (x[k] - y[k]);
        t += (x[k] - ym) * (x[k] - ym);
    }
    return sqrt(fmin(s, t));
}
