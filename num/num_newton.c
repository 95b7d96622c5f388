#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "num.h"

static double norm2(const double *f, int n)
{
    double s = 0, scale = 0;

    /* scaled, so a large residual does not overflow to inf */
    for (int k = 0; k < n; k++)
    {
        if (isnan(f[k]))
            return NAN;
        scale = fmax(scale, fabs(f[k]));
    }
    if (!(scale > 0) || isinf(scale))
        return scale;
    for (int k = 0; k < n; k++)
        s += (f[k] / scale) * (f[k] / scale);
    return scale * sqrt(s);
}

static double norm_inf(const double *f, int n)
{
    double s = 0;

    for (int k = 0; k < n; k++)
        s = isnan(f[k]) ? NAN : fmax(s, fabs(f[k]));
    return s;
}

int num_newton(double *x, num_newton_info_t *info, const num_newton_t *pb,
               const num_newton_opts_t *opts)
{
    int n = pb->n, st = NUM_NO_CONVERGENCE, it = 0, stalled = 0, polish = 0;
    size_t nn = pb->jac_size ? pb->jac_size : (size_t) n * n;
    /* one block: f, trial f, step, trial x, then the Jacobian */
    double *w = blochgen_malloc(sizeof(double) * (4 * (size_t) n + nn));
    double *f = w, *ft = f + n, *dx = ft + n, *xt = dx + n, *J = xt + n;
    double merit, done;

#define TOLNORM(v) (opts->tol_inf ? norm_inf(v, n) : norm2(v, n))
    if (pb->residual(f, x, pb->ctx) != 0)
    {
        st = NUM_FAILED;
        goto out;
    }
    merit = norm2(f, n);
    if (!isfinite(merit))
    {
        st = NUM_NOT_FINITE;
        goto out;
    }
    done = TOLNORM(f) <= opts->tol;
    while (it < opts->maxit && merit > 0 && (!done || polish < opts->polish))
    {
        double t = 1, mt = INFINITY;
        int h, ok = 0;

        if (pb->jacobian(J, x, pb->ctx) != 0)
        {
            st = NUM_FAILED;
            goto out;
        }
        for (int k = 0; k < n; k++)
            dx[k] = -f[k];
        if (pb->solve(J, dx, n, pb->ctx) != 0)
            break;
        /* halve until the residual decreases */
        for (h = 0; h <= opts->halvings; h++, t *= 0.5)
        {
            for (int k = 0; k < n; k++)
                xt[k] = x[k] + t * dx[k];
            if (pb->residual(ft, xt, pb->ctx) != 0)
                continue;
            mt = norm2(ft, n);
            if (mt < merit)
            {
                ok = 1;
                break;
            }
        }
        if (!ok)
        {
            stalled = 1;
            break;
        }
        memcpy(x, xt, sizeof(double) * n);
        memcpy(f, ft, sizeof(double) * n);
        if (pb->accept && pb->accept(x, f, pb->ctx) != 0)
        {
            st = NUM_FAILED;
            goto out;
        }
        merit = norm2(f, n);
        it++;
        if (done)
            polish++;
        done = TOLNORM(f) <= opts->tol;
    }
    st = TOLNORM(f) <= opts->tol ? NUM_OK : NUM_NO_CONVERGENCE;
out:
    if (info)
    {
        info->iters = it;
        info->resid = st == NUM_FAILED ? NAN : TOLNORM(f);
        info->stalled = stalled;
    }
#undef TOLNORM
    free(w);
    return st;
}
