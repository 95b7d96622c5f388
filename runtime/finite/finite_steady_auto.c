/* The steady state by the method a user names (finite.h,
   finite_steady_auto), with its error estimate and the decimals it
   allows: the one place that chooses between the LU and GMRES, for every
   command that solves (blochgen finite, bin/<model> finite). */
#include <stdio.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include "finite.h"
#include "umfpack_compat.h"

int finite_decimals(double est)
{
    /* an infinite or NaN estimate establishes nothing (and its logarithm
       would not convert to an int) */
    if (!(est < INFINITY))
        return 0;
    /* no estimate below one rounding unit: digits beyond double precision
       are not established by a double computation */
    return (int) floor(-log10(20 * fmax(est, DBL_EPSILON)));
}

int finite_steady_auto(double *x, finite_steady_info_t *info, const finite_t f,
                       const char *method)
{
    int st, lu_max = f->k == 1 ? FINITE_LU_MAX_N : FINITE_K2_LU_MAX_N;

    memset(info, 0, sizeof *info);
    info->gmres = !strcmp(method, "gmres") || (!strcmp(method, "auto") && f->N > lu_max);
    if (info->gmres)
    {
        st = finite_steady_iter(x, &info->it, f, 0, FINITE_GMRES_TOL, FINITE_GMRES_MAXIT);
        info->err = info->it.err;
        info->resid = info->it.resid;
    }
    else
        st = finite_steady(x, &info->resid, &info->rcond, &info->err, f);
    info->decimals = st == 0 ? finite_decimals(info->err) : 0;
    return st;
}

const char *finite_steady_strerror(int st, const finite_steady_info_t *info)
{
    if (st == FINITE_NO_UMFPACK)
    {
        const char *why = "UMFPACK is unavailable";
        umfpack_compat(&why);
        return why;
    }
    if (st == FINITE_TOO_LARGE)
        return "the sparse LU could need more than this machine's memory (UMFPACK's bound "
               "after its symbolic analysis): --method gmres needs far less";
    if (st == -3)
        return "GMRES did not converge (a very slow mode, as next to a first-order "
               "transition; docs/cumulants.md)";
    if (st == -2)
        return info->gmres ? "GMRES's answer has a moment above 1 in modulus: not a state"
                           : "the sparse LU's answer has a moment above 1 in modulus: not a "
                             "state (ill-conditioned, docs/cumulants.md)";
    if (st == -1)
        return info->gmres ? "a diagonal block of the preconditioner is singular"
                           : "the steady-state system is singular";
    return "";
}

void finite_steady_method(char *buf, size_t len, const finite_steady_info_t *info)
{
    if (!info->gmres)
        snprintf(buf, len, "sparse LU (UMFPACK), residual %.3g, rcond %.3g", info->resid,
                 info->rcond);
    else if (info->it.slab > 0)
        snprintf(buf, len, "GMRES(%d) preconditioned by block Gauss-Seidel over slabs of %d "
                 "shells (UMFPACK), %d products, relative residual %.3g", FINITE_RESTART,
                 info->it.slab, info->it.iters, info->it.resid);
    else
        snprintf(buf, len, "GMRES(%d) preconditioned by block Gauss-Seidel over %ld aggregates "
                 "of strongly coupled states (UMFPACK; the largest %ld states), %d products, "
                 "relative residual %.3g", FINITE_RESTART, info->it.blocks, info->it.largest,
                 info->it.iters, info->it.resid);
}
