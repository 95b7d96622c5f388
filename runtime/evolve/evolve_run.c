#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>
#include "alloc.h"
#include "evolve.h"
#include "num.h"

typedef struct
{
    const bloch_model_t *m;
    const double *p;
    int (*stop)(void);
    int stopped;
    /* a ramp: pt is p with p[ramp->param] at time t */
    const evolve_ramp_t *ramp;
    double t0, t1;
    double *pt, *f0;
} evolve_ctx_t;

/* The parameters at time t: p, with the ramped one moved linearly from
   ramp->a at t0 to ramp->b at t1. */
double evolve_ramp_value(const evolve_ramp_t *ramp, double t, double t0, double t1)
{
    return ramp->a + (ramp->b - ramp->a) * (t - t0) / (t1 - t0);
}

static const double *params_at(double t, const evolve_ctx_t *c)
{
    if (c->ramp == NULL)
        return c->p;
    c->pt[c->ramp->param] = evolve_ramp_value(c->ramp, t, c->t0, c->t1);
    return c->pt;
}

/* A non-finite derivative (the solution blew up) stops the driver:
   without this check rk8pd's step control accepts NaN steps and the run
   "succeeds" with NaN rows. */
static int f_rhs(double t, const double y[], double dydt[], void *params)
{
    const evolve_ctx_t *c0 = params;
    /* a stop request ends the driver between two evaluations, however
       long the interval it was asked to cross */
    if (c0->stop && c0->stop())
    {
        ((evolve_ctx_t *) params)->stopped = 1;
        return GSL_EBADFUNC;
    }
    const evolve_ctx_t *c = params;
    int k;
    c->m->rhs(dydt, y, params_at(t, c));
    for (k = 0; k < c->m->nobs; k++)
        if (!isfinite(dydt[k]))
            return GSL_EBADFUNC;
    return GSL_SUCCESS;
}

static int f_jac(double t, const double y[], double *dfdy, double dfdt[], void *params)
{
    const evolve_ctx_t *c = params;
    int k;
    c->m->jacobian(dfdy, y, params_at(t, c));  /* row-major, as GSL expects */
    for (k = 0; k < c->m->nobs; k++)
        dfdt[k] = 0;
    if (c->ramp != NULL)
    {
        /* d rhs/dt = d rhs/dp * dp/dt: the rhs is polynomial in p, so a
           central difference in the ramped parameter is accurate */
        double rate = (c->ramp->b - c->ramp->a) / (c->t1 - c->t0), h;
        double pk = c->pt[c->ramp->param];
        h = 1e-6 * (1 + fabs(pk));
        c->pt[c->ramp->param] = pk + h;
        c->m->rhs(dfdt, y, c->pt);
        c->pt[c->ramp->param] = pk - h;
        c->m->rhs(c->f0, y, c->pt);
        c->pt[c->ramp->param] = pk;
        for (k = 0; k < c->m->nobs; k++)
            dfdt[k] = (dfdt[k] - c->f0[k]) / (2 * h) * rate;
    }
    return GSL_SUCCESS;
}

int evolve_run(double *x, double t0, double t1, double every, const char *method, double tol,
               const double *p, const bloch_model_t *m, evolve_out_fn out, void *data,
               int (*stop)(void), char *msg, size_t n)
{
    return evolve_run_ramp(x, t0, t1, every, method, tol, p, NULL, m, out, data, stop, msg, n);
}

int evolve_run_ramp(double *x, double t0, double t1, double every, const char *method,
                    double tol, const double *p, const evolve_ramp_t *ramp,
                    const bloch_model_t *m, evolve_out_fn out, void *data, int (*stop)(void),
                    char *msg, size_t n)
{
    const num_ode_method_t *e = num_ode_method(method, NUM_ODE_ANY);
    evolve_ctx_t ctx = {m, p, stop, 0, ramp, t0, t1, NULL, NULL};
    gsl_odeiv2_system sys = {f_rhs, f_jac, (size_t) m->nobs, &ctx};
    gsl_odeiv2_driver *d;
    double t = t0;
    long k = 1;
    int st = EVOLVE_OK;

    if (e == NULL)
    {
        snprintf(msg, n, "evolve: unknown method '%s' (known: %s)", method ? method : "(null)",
                 num_ode_method_list(NUM_ODE_ANY));
        return EVOLVE_BAD_METHOD;
    }
    if (ramp != NULL)
    {
        ctx.pt = blochgen_malloc(sizeof(double) * (m->nparams + 1 + m->nobs));
        ctx.f0 = ctx.pt + m->nparams + 1;
        memcpy(ctx.pt, p, sizeof(double) * m->nparams);
    }
    d = gsl_odeiv2_driver_alloc_y_new(&sys, *e->type, 1e-3, tol, tol);
    /* a step this small means a blow-up, not stiffness: fail instead of
       crawling (msbdf would otherwise never return) */
    gsl_odeiv2_driver_set_hmin(d, 1e-14 * (fabs(t1 - t0) > 1 ? fabs(t1 - t0) : 1));
    if (out && out(t, x, data))
        st = EVOLVE_STOPPED;
    while (st == EVOLVE_OK && t < t1)
    {
        double tn = every > 0 ? t0 + k++ * every : t1;
        int g;
        if (tn > t1 || t1 - tn < 1e-12 * (t1 - t0))
            tn = t1;
        g = gsl_odeiv2_driver_apply(d, &t, tn, x);
        if (ctx.stopped)
            st = EVOLVE_STOPPED;
        else if (g == GSL_EBADFUNC)
        {
            snprintf(msg, n, "evolve: the state became non-finite near t = %.17g (%s): the "
                     "solution blows up", t, e->name);
            st = EVOLVE_NOT_FINITE;
        }
        else if (g != GSL_SUCCESS)
        {
            snprintf(msg, n, "evolve: GSL %s failed at t = %.17g: %s", e->name, t,
                     gsl_strerror(g));
            st = EVOLVE_GSL_FAILED;
        }
        else if (out && out(t, x, data))
            st = EVOLVE_STOPPED;
    }
    gsl_odeiv2_driver_free(d);
    free(ctx.pt);
    return st;
}
