#include <math.h>
#include "num.h"

double num_range_value(const num_range_t *r, int k)
{
    return num_grid_value(r->a, r->b, r->n, k);
}

double num_grid_value(double a, double b, int n, int k)
{
    double d = b - a;

    if (k == n - 1)
        return b;
    /* b - a overflows for ends of opposite signs near +-DBL_MAX; added in
       this order the terms never do */
    if (!isfinite(d))
        return (a + k * (b / (n - 1))) - k * (a / (n - 1));
    return a + k * d / (n - 1);
}
