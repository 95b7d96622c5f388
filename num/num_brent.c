#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include "num.h"

int num_brent(double *root, num_brent_info_t *info, num_fn_t f, void *ctx, double lo,
              double hi, double abstol, double reltol, int maxit)
{
    gsl_function F = {f, ctx};
    gsl_root_fsolver *s;
    double flo = f(lo, ctx), fhi = f(hi, ctx);
    int it = 0, st = GSL_CONTINUE;

    if (info)
        info->iters = 0, info->width = fabs(hi - lo);
    *root = 0.5 * (lo + hi);
    if (!isfinite(flo) || !isfinite(fhi))
        return NUM_NOT_FINITE;
    if (flo == 0 || fhi == 0)
    {
        *root = flo == 0 ? lo : hi;
        if (info)
            info->width = 0;
        return NUM_OK;
    }
    if ((flo < 0) == (fhi < 0))
        return NUM_NO_BRACKET;
    s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    if (s == NULL)
        return NUM_FAILED;
    if (gsl_root_fsolver_set(s, &F, fmin(lo, hi), fmax(lo, hi)) != GSL_SUCCESS)
    {
        gsl_root_fsolver_free(s);
        return NUM_FAILED;
    }
    for (it = 0; it < maxit && st == GSL_CONTINUE; it++)
    {
        /* GSL reports a non-finite f(x) as GSL_EBADFUNC */
        if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
        {
            st = GSL_EBADFUNC;
            break;
        }
        *root = gsl_root_fsolver_root(s);
        if (info)
            info->width = gsl_root_fsolver_x_upper(s) - gsl_root_fsolver_x_lower(s);
        st = gsl_root_test_interval(gsl_root_fsolver_x_lower(s), gsl_root_fsolver_x_upper(s),
                                    abstol, reltol);
    }
    gsl_root_fsolver_free(s);
    if (info)
        info->iters = it;
    return st == GSL_SUCCESS ? NUM_OK : st == GSL_EBADFUNC ? NUM_NOT_FINITE : NUM_NO_CONVERGENCE;
}
