#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "steady.h"
#include "linalg.h"

int steady_newton(double *x, steady_info_t *info, const double *p, double tol,
                  const bloch_model_t *m)
{
    int n = m->nobs, it, k, st = -1;
    double *f = malloc(sizeof(double) * 3 * n), *dx = f + n, *xt = f + 2 * n;
    double *jac = malloc(sizeof(double) * n * n), r;

    m->rhs(f, x, p);
    r = linalg_norm(f, n);
    for (it = 0; it < STEADY_MAXIT && !(r <= tol); it++)
    {
        double step = 1, rt = r;
        m->jacobian(jac, x, p);
        for (k = 0; k < n; k++)
            dx[k] = -f[k];
        if (linalg_solve(jac, dx, n) != 0)
            break;
        /* damping: halve the step until the residual decreases */
        for (k = 0; k < 40; k++, step *= 0.5)
        {
            int j;
            for (j = 0; j < n; j++)
                xt[j] = x[j] + step * dx[j];
            m->rhs(f, xt, p);
            rt = linalg_norm(f, n);
            if (rt < r)
                break;
        }
        if (!(rt < r))
        {
            /* no descent: accept only if already at rounding level */
            m->rhs(f, x, p);
            break;
        }
        memcpy(x, xt, sizeof(double) * n);
        r = rt;
    }
    if (r <= tol)
        st = 0;
    if (info)
    {
        info->iters = it;
        info->resid = r;
        info->relaxed = 0;
    }
    free(f);
    free(jac);
    return st;
}
