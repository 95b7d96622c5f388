#include <math.h>
#include <stdio.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>
#include "dm.h"
#include "num.h"

void dm_stats_init(dm_stats_t *st)
{
    memset(st, 0, sizeof *st);
    st->pos_tol = DM_POS_TOL;
    st->min_eig = INFINITY;
    st->min_overlap = 1;
}

typedef struct
{
    dm_ctx_t *c;
    const dm_levels_t *lv;
    dm_stats_t *st;
} sys_ctx_t;

static int f_rhs(double t, const double y[], double dydt[], void *params)
{
    sys_ctx_t *s = params;
    int k;

    (void) t;
    s->st->rhs_evals++;
    if (dm_rhs_bloch(dydt, y, s->lv, s->c) != 0)
        return GSL_EBADFUNC;
    for (k = 0; k < s->c->nobs; k++)
        if (!isfinite(dydt[k]))
            return GSL_EBADFUNC;
    return GSL_SUCCESS;
}

static int run(double *x, double t0, double t1, double every, double *t, dm_out_fn out,
               void *data, gsl_odeiv2_evolve *ev, gsl_odeiv2_control *con, gsl_odeiv2_step *s,
               gsl_odeiv2_system *sys, dm_stats_t *st, dm_levels_t *lv, dm_ctx_t *c,
               char *msg, size_t n)
{
    double h = fmin(1e-3, t1 - t0), hmin = 1e-14 * fmax(1, fabs(t1 - t0));
    long k = 1;

    while (*t < t1)
    {
        double tn = every > 0 ? t0 + k++ * every : t1;
        if (tn > t1 || t1 - tn < 1e-12 * (t1 - t0))
            tn = t1;
        while (*t < tn)
        {
            int g = gsl_odeiv2_evolve_apply(ev, con, s, sys, t, tn, &h, x);
            if (g != GSL_SUCCESS)
            {
                snprintf(msg, n, "dm_evolve: GSL step failed at t = %.17g: %s", *t,
                         g == GSL_EBADFUNC ? "the state became non-finite" : gsl_strerror(g));
                return DM_FAILED;
            }
            st->steps++;
            if (dm_monitor(*t, x, st, lv, c) != 0)
            {
                snprintf(msg, n, "dm_evolve: eigensolver failed at t = %.17g", *t);
                return DM_FAILED;
            }
            if (*t < tn && h < hmin)
            {
                snprintf(msg, n, "dm_evolve: step size %g below %g at t = %.17g: the solution "
                         "blows up or is too stiff", h, hmin, *t);
                return DM_FAILED;
            }
        }
        dm_from_bloch(c->rho, x, c);
        if (out && out(*t, x, c->rho, data))
            return DM_STOPPED;
    }
    return DM_OK;
}

int dm_evolve(double *x, double t0, double t1, double every, const char *method, double tol,
              dm_out_fn out, void *data, dm_stats_t *st, dm_levels_t *lv, dm_ctx_t *c,
              char *msg, size_t n)
{
    /* one-step methods only: the levels move between hand-made steps */
    const num_ode_method_t *e = num_ode_method(method, NUM_ODE_ONE_STEP);
    sys_ctx_t sc = {c, lv, st};
    gsl_odeiv2_system sys = {f_rhs, NULL, (size_t) c->nobs, &sc};
    gsl_odeiv2_step *s;
    gsl_odeiv2_control *con;
    gsl_odeiv2_evolve *ev;
    double t = t0;
    int r;

    if (e == NULL)
    {
        snprintf(msg, n, "dm_evolve: unknown method '%s' (known: %s)", method ? method : "(null)",
                 num_ode_method_list(NUM_ODE_ONE_STEP));
        return DM_FAILED;
    }
    if (c->npairs > 0 && !lv->ready)
    {
        snprintf(msg, n, "dm_evolve: the level reference was not started (dm_levels_start)");
        return DM_FAILED;
    }
    dm_ctx_reset_diag(c);
    if (dm_monitor(t0, x, st, lv, c) != 0)
    {
        snprintf(msg, n, "dm_evolve: eigensolver failed at t = %.17g", t0);
        return DM_FAILED;
    }
    dm_from_bloch(c->rho, x, c);
    if (out && out(t0, x, c->rho, data))
        return DM_STOPPED;
    s = gsl_odeiv2_step_alloc(*e->type, c->nobs);
    con = gsl_odeiv2_control_y_new(tol, tol);
    ev = gsl_odeiv2_evolve_alloc(c->nobs);
    r = run(x, t0, t1, every, &t, out, data, ev, con, s, &sys, st, lv, c, msg, n);
    gsl_odeiv2_evolve_free(ev);
    gsl_odeiv2_control_free(con);
    gsl_odeiv2_step_free(s);
    return r;
}
