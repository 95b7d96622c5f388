#include <math.h>
#include "num.h"

double num_dist(const double *x, const double *y, int n)
{
    double scale = 0, s = 0;

    for (int k = 0; k < n; k++)
    {
        double d = fabs(x[k] - y[k]);
        if (isnan(d))
            return NAN;     /* fmax would drop it */
        scale = fmax(scale, d);
    }
    if (!(scale > 0) || isinf(scale))
        return scale;
    for (int k = 0; k < n; k++)
    {
        double d = (x[k] - y[k]) / scale;
        s += d * d;
    }
    return scale * sqrt(s);
}
