#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"
#include "linalg.h"

void equil_prep_init(equil_prep_t *pr)
{
    memset(pr, 0, sizeof *pr);
    pr->tol = 1e-12;
    pr->stat_tol = 1e-8;
    pr->equal_rates = 1;
    pr->polish = 1;
    dm_stats_init(&pr->st);
}

/* Smallest nonzero rate of the dissipator (0 when there is none). */
static double slowest_rate(const dm_ctx_t *c)
{
    double g = INFINITY;
    int k;

    for (k = 0; k < c->npairs; k++)
        if (c->pair_rate[k] > 0)
            g = fmin(g, c->pair_rate[k]);
    for (k = 0; k < c->njumps; k++)
        if (c->jump_rate[k] > 0)
            g = fmin(g, c->jump_rate[k]);
    return isfinite(g) ? g : 0;
}

/* Relaxes x in chunks of 1/g until a chunk changes it by at most
   stat_tol (max norm).  EQUIL_OK, or EQUIL_NOT_STATIONARY and the reason
   in msg (len bytes). */
static int relax(double *x, equil_prep_t *pr, double g, equil_ctx_t *q, char *msg, size_t len)
{
    char why[256] = "";        /* dm_evolve's reason, the first line of msg */
    int n = q->dm.nobs, st = 0, k;
    double *x0 = blochgen_malloc(sizeof(double) * n);
    double tmax = pr->tmax > 0 ? pr->tmax : 1e4 / g;
    dm_levels_t lv;

    dm_levels_init(&lv, &q->dm);
    if (dm_levels_start(&lv, x, &q->dm) != 0)
        st = -1;
    pr->t = 0;
    pr->change = INFINITY;
    while (st == 0 && pr->t < tmax && !(pr->change <= pr->stat_tol))
    {
        double t1 = fmin(tmax, pr->t + 1 / g);
        memcpy(x0, x, sizeof(double) * n);
        st = dm_evolve(x, pr->t, t1, 0, pr->method, pr->tol, NULL, NULL, &pr->st, &lv, &q->dm,
                       why, sizeof why);
        pr->t = t1;
        for (pr->change = 0, k = 0; k < n; k++)
            pr->change = fmax(pr->change, fabs(x[k] - x0[k]));
    }
    dm_levels_clear(&lv);
    free(x0);
    if (st != 0)
        snprintf(msg, len, "%s%s%s prepare: the integration failed at t = %g", why,
                 why[0] ? "\n" : "", q->m->name, pr->t);
    else if (!(pr->change <= pr->stat_tol))
        snprintf(msg, len, "%s prepare: not stationary by t = %g: the last interval 1/g = %g "
                 "changed the state by %.3g > %.3g", q->m->name, pr->t, 1 / g, pr->change,
                 pr->stat_tol);
    return st == 0 && pr->change <= pr->stat_tol ? EQUIL_OK : EQUIL_NOT_STATIONARY;
}

/* pr->dxdt = |dx/dt|_inf at x, levels numbered at x.  0 or -1. */
static int residual(equil_prep_t *pr, const double *x, equil_ctx_t *q)
{
    double *dxdt = blochgen_malloc(sizeof(double) * q->dm.nobs);
    dm_levels_t lv;
    int st;

    dm_levels_init(&lv, &q->dm);
    st = dxdt == NULL || dm_levels_start(&lv, x, &q->dm) != 0
         || dm_rhs_bloch(dxdt, x, &lv, &q->dm) != 0 ? -1 : 0;
    pr->dxdt = st == 0 ? linalg_norm_inf(dxdt, q->dm.nobs) : INFINITY;
    dm_levels_clear(&lv);
    free(dxdt);
    return st;
}

/* Appendix A: gamma_high = gamma_low, here every level pair at one rate:
   the largest of their rates, but at least 1 (the unit of the
   Hamiltonian; rates all zero stay zero).  The stationary state does not
   depend on it, and the relaxation takes a time ~ 1/rate: small physical
   rates (glow = 0.02) would make it slow for nothing. */
static void equal_rates(dm_ctx_t *c)
{
    double g = 0;
    int k;

    for (k = 0; k < c->npairs; k++)
        g = fmax(g, c->pair_rate[k]);
    /* all zero stays zero: no dissipation, an error for the caller */
    for (k = 0; k < c->npairs && g > 0; k++)
        c->pair_rate[k] = fmax(g, 1);
}

int equil_prepare_run(double *x, equil_prep_t *pr, const double *p, double epsilon,
                      const bloch_model_t *m, char *msg, size_t n)
{
    equil_ctx_t q;
    double g;
    int st;

    if ((st = equil_ctx_init(&q, m, p, msg, n)) != EQUIL_OK)
        return st;
    if (pr->equal_rates)
        equal_rates(&q.dm);
    g = slowest_rate(&q.dm);
    if (!(g > 0))
    {
        snprintf(msg, n, "%s prepare: every rate of the dissipator is zero, so nothing "
                 "relaxes", m->name);
        st = EQUIL_BAD_INPUT;
    }
    if (st == 0)
        st = equil_ansatz(x, epsilon, &q, msg, n);
    if (st == 0)
        st = relax(x, pr, g, &q, msg, n);
    if (st == 0 && pr->polish)
        pr->polished = equil_polish(x, &q);
    if (st == 0 && residual(pr, x, &q) != 0)
    {
        snprintf(msg, n, "%s prepare: no right-hand side at the prepared state", m->name);
        st = EQUIL_NOT_STATIONARY;
    }
    equil_ctx_clear(&q);
    return st;
}

int equil_prepare(double *x, const double *p, double epsilon, const bloch_model_t *m,
                  char *msg, size_t n)
{
    equil_prep_t pr;

    equil_prep_init(&pr);
    return equil_prepare_run(x, &pr, p, epsilon, m, msg, n);
}
