#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "steady.h"

/* Newton from xs + sign * amp * v; success only on a non-symmetric state. */
static int try_newton(double *x, steady_info_t *info, const double *xs, const double *v,
                      double amp, const double *p, double tol, const bloch_model_t *m)
{
    int k;

    for (k = 0; k < m->nobs; k++)
        x[k] = xs[k] + amp * v[k];
    return steady_newton(x, info, p, tol, m) == 0 && steady_odd_norm(x, m) > 1e-6 ? 0 : -1;
}

int steady_broken(double *x, steady_info_t *info, int sign, const double *p, double tol,
                  const bloch_model_t *m)
{
    static const double amps[] = {0.5, 0.2, 0.05};
    int n = m->nobs, k, st = -1;
    double *xs = blochgen_malloc(sizeof(double) * 2 * n), *v = xs + n, re, im;

    if (steady_symmetric(xs, p, m) != 0 || steady_odd_mode(v, &re, &im, xs, p, m) != 0)
        st = -1;
    else if (!(re > 0))
        st = 1;
    else
    {
        for (k = 0; k < 3 && st != 0; k++)
            st = try_newton(x, info, xs, v, sign * amps[k], p, tol, m);
        if (st != 0)
        {
            /* Newton keeps finding the symmetric state: follow the flow */
            for (k = 0; k < n; k++)
                x[k] = xs[k] + sign * 1e-3 * v[k];
            if (steady_relax(x, 1e5, 1e-6, p, m) == 0 && steady_newton(x, info, p, tol, m) == 0 &&
                steady_odd_norm(x, m) > 1e-6)
            {
                info->relaxed = 1;
                st = 0;
            }
        }
    }
    free(xs);
    return st;
}
