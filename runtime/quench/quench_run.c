#include <math.h>
#include <stdio.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include "num.h"
#include "quench.h"

/* The row at t to out().  QUENCH_OK, QUENCH_STOPPED or QUENCH_FAILED
   (message in msg). */
static int emit(double t, const double *x, quench_out_fn out, void *data, quench_t *q,
                char *msg, size_t n)
{
    quench_row_t row;

    if (quench_measure(&row, t, x, q) != 0)
    {
        snprintf(msg, n, "quench: eigensolver failed measuring the state at t = %.17g", t);
        return QUENCH_FAILED;
    }
    return out && out(&row, data) ? QUENCH_STOPPED : QUENCH_OK;
}

/* Rows at the output times in (ta, tb): re-integrated from the step start. */
static int rows_inside(long *k, double every, double ta, double tb, double t1,
                       quench_out_fn out, void *data, quench_t *q, char *msg, size_t n)
{
    int r;

    while (every > 0)
    {
        double tn = *k * every;
        if (tn > tb || tn >= t1 * (1 - 1e-13))
            break;
        if (quench_substep(q->y, q->xa, ta, tn - ta, q) != 0)
        {
            snprintf(msg, n, "quench: the step from t = %.17g to the output time %.17g failed",
                     ta, tn);
            return QUENCH_FAILED;
        }
        /* q->y is scratch of the event search too: measure from a copy */
        memcpy(q->dx, q->y, q->c.nobs * sizeof(double));
        if ((r = emit(tn, q->dx, out, data, q, msg, n)) != QUENCH_OK)
            return r;
        ++*k;
    }
    return QUENCH_OK;
}

/* Sign changes of the event functions inside the step (ta, tb]. */
static int events_inside(double ta, double tb, quench_t *q)
{
    double ga, gb, s, w, slope;

    if (q->imx1 < 0)
        return 0;
    ga = quench_event_mx1(q->xa, q), gb = quench_event_mx1(q->x, q);
    if (!((ga < 0 && gb >= 0) || (ga > 0 && gb <= 0)))
        return 0;
    if (quench_locate(&s, &w, &slope, quench_event_mx1, q->xa, ta, ga, gb, tb - ta, q) != 0)
        return -1;
    if (q->nev < q->max_events)
    {
        quench_event_t *e = q->ev + q->nev;
        e->kind = QUENCH_EV_ZERO, e->t = ta + s, e->width = w, e->slope = slope;
    }
    q->nev++;
    return 0;
}

static int loop(double t1, double every, quench_out_fn out, void *data, gsl_odeiv2_evolve *ev,
                gsl_odeiv2_control *con, gsl_odeiv2_step *s, quench_t *q, char *msg, size_t n)
{
    double t = 0, h = fmin(1e-3, t1), hmin = 1e-14 * fmax(1, t1);
    long k = 1;
    int r;

    while (t < t1)
    {
        double ta = t;
        memcpy(q->xa, q->x, q->c.nobs * sizeof(double));
        r = gsl_odeiv2_evolve_apply(ev, con, s, &q->sys, &t, t1, &h, q->x);
        if (r != GSL_SUCCESS)
        {
            snprintf(msg, n, "quench: GSL step failed at t = %.17g: %s", t,
                     r == GSL_EBADFUNC ? "the state became non-finite" : gsl_strerror(r));
            return QUENCH_FAILED;
        }
        q->st.steps++;
        if ((r = rows_inside(&k, every, ta, t, t1, out, data, q, msg, n)) != QUENCH_OK)
            return r;
        if (events_inside(ta, t, q) != 0)
        {
            snprintf(msg, n, "quench: event location failed in [%.17g, %.17g]", ta, t);
            return QUENCH_FAILED;
        }
        if (q->nev > 0)
            q->amp_after = fmax(q->amp_after, fabs(q->x[q->imx1]));
        if (dm_monitor(t, q->x, &q->st, &q->lv, &q->c) != 0)
        {
            snprintf(msg, n, "quench: eigensolver failed at t = %.17g", t);
            return QUENCH_FAILED;
        }
        if (t < t1 && h < hmin)
        {
            snprintf(msg, n, "quench: step size %g below %g at t = %.17g: the solution blows "
                     "up or is too stiff", h, hmin, t);
            return QUENCH_FAILED;
        }
    }
    return emit(t1, q->x, out, data, q, msg, n);
}

int quench_run(quench_t *q, double t1, double every, quench_out_fn out, void *data,
               char *msg, size_t n)
{
    const num_ode_method_t *e = num_ode_method(q->method, NUM_ODE_ONE_STEP);
    const gsl_odeiv2_step_type *T = e ? *e->type : NULL;
    gsl_odeiv2_step *s;
    gsl_odeiv2_control *con;
    gsl_odeiv2_evolve *ev;
    int r;

    if (T == NULL || !(t1 > 0))
    {
        snprintf(msg, n, "quench: unknown method '%s' or t1 = %g <= 0", q->method, t1);
        return QUENCH_BAD_INPUT;
    }
    dm_ctx_reset_diag(&q->c);
    q->mx1_0 = q->imx1 >= 0 ? fabs(q->x[q->imx1]) : 0;
    if (dm_monitor(0, q->x, &q->st, &q->lv, &q->c) != 0)
    {
        snprintf(msg, n, "quench: eigensolver failed at t = 0");
        return QUENCH_FAILED;
    }
    if ((r = emit(0, q->x, out, data, q, msg, n)) != QUENCH_OK)
        return r;
    s = gsl_odeiv2_step_alloc(T, q->c.nobs);
    q->sub = gsl_odeiv2_step_alloc(T, q->c.nobs);
    con = gsl_odeiv2_control_y_new(q->tol, q->tol);
    ev = gsl_odeiv2_evolve_alloc(q->c.nobs);
    r = loop(t1, every, out, data, ev, con, s, q, msg, n);
    gsl_odeiv2_evolve_free(ev);
    gsl_odeiv2_control_free(con);
    gsl_odeiv2_step_free(q->sub);
    gsl_odeiv2_step_free(s);
    q->sub = NULL;
    return r;
}
