#define _XOPEN_SOURCE 700
#include <math.h>
#include "num.h"

/* max - min of component j over the rows with a <= t <= b */
static double range(const double *t, const double *x, long n, int dim, int j, double a, double b)
{
    double lo = INFINITY, hi = -INFINITY;

    for (long i = 0; i < n; i++)
        if (t[i] >= a && t[i] <= b)
        {
            lo = fmin(lo, x[i * dim + j]);
            hi = fmax(hi, x[i * dim + j]);
        }
    return hi >= lo ? hi - lo : 0;
}

int num_cycle(num_cycle_t *c, double *amp, const double *t, const double *x, long n, int dim)
{
    double lo, hi, t1 = NAN, t2 = NAN, t3 = NAN, best = -1;
    long i;
    int j;

    c->var = 0;
    c->crossings = 0;
    c->period = c->change = c->amp_change = c->amp_tol = c->level = NAN;
    if (n < 2 || dim < 1)
        return NUM_NO_CONVERGENCE;
    for (j = 0; j < dim; j++)
    {
        lo = hi = x[j];
        for (i = 0; i < n; i++)
        {
            double v = x[i * dim + j];
            if (!isfinite(v) || !isfinite(t[i]))
                return NUM_NOT_FINITE;
            lo = fmin(lo, v);
            hi = fmax(hi, v);
        }
        if (hi - lo > best)
            best = hi - lo, c->var = j, c->level = lo + (hi - lo) / 2;
    }
    /* t1 < t2 < t3: the last three upward crossings */
    for (i = 1; i < n; i++)
    {
        double a = x[(i - 1) * dim + c->var] - c->level, b = x[i * dim + c->var] - c->level;
        if (a < 0 && b >= 0)
        {
            t1 = t2, t2 = t3;
            t3 = t[i - 1] + (t[i] - t[i - 1]) * (-a) / (b - a);
            c->crossings++;
        }
    }
    if (c->crossings < 3)
        return NUM_NO_CONVERGENCE;
    c->period = t3 - t2;
    c->change = fabs((t3 - t2) - (t2 - t1)) / (t3 - t2);
    {
        double r1 = range(t, x, n, dim, c->var, t1, t2), r2 = range(t, x, n, dim, c->var, t2, t3);
        double h = 0;
        c->amp_change = fabs(r2 - r1) / fmax(r2, r1);
        for (i = 1; i < n; i++)
            if (t[i] >= t1 && t[i - 1] <= t3)
                h = fmax(h, t[i] - t[i - 1]);
        c->amp_tol = 0.5 * (M_PI * h / c->period) * (M_PI * h / c->period);
    }
    for (j = 0; j < dim; j++)
        amp[j] = range(t, x, n, dim, j, t2, t3) / 2;
    return NUM_OK;
}
