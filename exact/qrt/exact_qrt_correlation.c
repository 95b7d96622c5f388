/* exact_qrt_correlation.c: <A(t) B(0)> = tr(A e^{L t} (B rho)), the
   regression theorem, with e^{L t} by GSL's rk8pd (num_ode_method). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <gsl/gsl_errno.h>
#include "alloc.h"
#include "num.h"
#include "exact_qrt.h"

static int rhs(double t, const double *y, double *dy, void *ctx)
{
    (void) t;
    exact_qrt_apply(dy, y, ctx);
    return GSL_SUCCESS;
}

int exact_qrt_correlation(double *c, const exact_qrt_t *q, const exact_qrt_op_t *A,
                          const exact_qrt_op_t *B, const double *tk, long count, double tol)
{
    long D = q->d * q->d;
    double *x = blochgen_malloc(2 * sizeof(double) * D), scale = 0, t = 0;
    gsl_odeiv2_system sys = {rhs, NULL, (size_t) (2 * D), (void *) q};
    gsl_odeiv2_driver *drv;
    int rc = 0;

    exact_qrt_op_mul(x, B, q->rho);
    for (long k = 0; k < 2 * D; k++)
        scale = fmax(scale, fabs(x[k]));
    if (scale == 0)
        scale = 1;      /* B rho = 0: every value is 0, exactly */
    /* the steps are bounded by the rates; the first is a guess rk8pd adapts */
    drv = gsl_odeiv2_driver_alloc_y_new(&sys, *num_ode_method(NULL, NUM_ODE_ANY)->type, 1e-3,
                                        tol * scale, tol);
    for (long k = 0; k < count && rc == 0; k++)
    {
        int s = tk[k] > t ? gsl_odeiv2_driver_apply(drv, &t, tk[k], x) : GSL_SUCCESS;
        if (s != GSL_SUCCESS)
        {
            fprintf(stderr, "dtfim-exact: correlation: the integration stopped at t = %g (%s)\n", t,
                    gsl_strerror(s));
            rc = EXACT_ENOCONV;
        }
        else
            exact_qrt_op_trace(&c[2 * k], &c[2 * k + 1], A, x);
    }
    gsl_odeiv2_driver_free(drv);
    free(x);
    return rc;
}
