#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "qinfo.h"

/* 2 (1 - F(rho(p - h/2), rho(p + h/2))) / h^2: even in h. */
static int qinfo_chi_f_mid(double *chi, double *ra, double *rb, qinfo_family_t family,
                           void *ctx, double p, double h, int n)
{
    double f;

    if (family(ra, p - h / 2, ctx) != 0 || family(rb, p + h / 2, ctx) != 0
        || qinfo_fidelity(&f, ra, rb, n) != 0)
        return -1;
    *chi = qinfo_fidelity_susceptibility(f, h);
    return 0;
}

/* The symmetric estimate is c(h) = chi + a h^2 + O(h^4), so one Richardson
   step (4 c(h/2) - c(h)) / 3 is O(h^4): the rounding error of c, ~ eps / h^2,
   then stays small at the steps where the estimates agree.  F carries a few
   ulps of rounding, so the extrapolation about 4 n eps / h^2: agreement
   below that level is luck (two F rounded to 1 give chi = 0 twice), and
   once the change between estimates is below it, or has grown twice in a
   row, smaller steps only add noise. */
int qinfo_chi_f_converge(double *chi, double *dp, double *err, qinfo_family_t family,
                         void *ctx, double p, double dp0, double rtol, double atol, int n)
{
    size_t m = 2 * (size_t) n * n;
    double *ra, *rb, h = dp0, c0, c1, r0 = NAN, r1, diff, tol, noise, last = INFINITY;
    int it, grew = 0, status = 1;

    if (n < 1 || !(dp0 > 0) || (ra = blochgen_malloc(sizeof(double) * 2 * m)) == NULL)
        return -1;
    rb = ra + m;
    *err = INFINITY;
    if (qinfo_chi_f_mid(&c0, ra, rb, family, ctx, p, h, n) != 0)
        status = -1;
    *chi = c0, *dp = h;
    for (it = 0; it < 40 && status == 1; it++)
    {
        if (qinfo_chi_f_mid(&c1, ra, rb, family, ctx, p, h / 2, n) != 0)
        {
            status = -1;
            break;
        }
        h /= 2;
        r1 = (4 * c1 - c0) / 3;
        c0 = c1;
        if (it == 0)
        {
            r0 = r1;
            continue;
        }
        diff = fabs(r1 - r0);
        tol = atol + rtol * fabs(r1);
        noise = 4 * n * DBL_EPSILON / (h * h);
        if (diff < *err || (diff <= tol && noise <= tol))
            *chi = r1, *dp = h, *err = diff;
        if (diff <= tol && noise <= tol)
            status = 0;
        grew = diff > last ? grew + 1 : 0;
        if (grew >= 2 || noise >= diff)
            break;
        last = diff, r0 = r1;
    }
    free(ra);
    return status;
}
