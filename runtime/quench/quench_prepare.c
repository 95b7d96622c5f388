#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"
#include "linalg.h"
#include "quench.h"

/* |dx/dt|_inf at x (levels numbered at x) */
static double residual(const double *x, double *dxdt, dm_levels_t *lv, dm_ctx_t *c)
{
    if ((c->npairs > 0 && dm_levels_start(lv, x, c) != 0) || dm_rhs_bloch(dxdt, x, lv, c) != 0)
        return INFINITY;
    return linalg_norm_inf(dxdt, c->nobs);
}

/* Relaxes x at rate scale g until |dx/dt| < 1e-8 (chunks of 20/g, up to
   1e5/g).  Returns the last |dx/dt|: a failed integration shows there,
   and the caller reports it. */
static double relax(double *x, double g, dm_levels_t *lv, dm_ctx_t *c)
{
    double *dxdt = blochgen_calloc(c->nobs, sizeof(double)), t, r = INFINITY;
    dm_stats_t st;

    for (t = 0; t < 1e5 / g && !(r < 1e-8); t += 20 / g)
    {
        dm_stats_init(&st);
        if ((c->npairs > 0 && dm_levels_start(lv, x, c) != 0) ||
            dm_evolve(x, 0, 20 / g, 0, "rk8pd", 1e-12, NULL, NULL, &st, lv, c, NULL, 0) != DM_OK)
            break;
        r = residual(x, dxdt, lv, c);
    }
    free(dxdt);
    return r;
}

/* Newton on dx/dt = 0 from x (central finite-difference Jacobian, step
   1e-7); x is kept unless it converges. */
static void newton_rhs(double *x, dm_levels_t *lv, dm_ctx_t *c)
{
    int n = c->nobs, it, i, j;
    double *g = blochgen_calloc(n, sizeof(double)), *gp = blochgen_calloc(n, sizeof(double));
    double *gm = blochgen_calloc(n, sizeof(double)), *J = blochgen_calloc((size_t) n * n, sizeof(double));
    double *y = blochgen_calloc(n, sizeof(double)), h = 1e-7, norm = INFINITY;

    memcpy(y, x, n * sizeof(double));
    for (it = 0; it < 30; it++)
    {
        double nn;
        if (dm_rhs_bloch(g, y, lv, c) != 0 || !((nn = linalg_norm(g, n)) < norm))
            break;
        norm = nn;
        if (nn < 1e-15)
            break;
        for (j = 0; j < n; j++)
        {
            double yj = y[j];
            y[j] = yj + h, dm_rhs_bloch(gp, y, lv, c);
            y[j] = yj - h, dm_rhs_bloch(gm, y, lv, c);
            y[j] = yj;
            for (i = 0; i < n; i++)
                J[(size_t) i * n + j] = (gp[i] - gm[i]) / (2 * h);
        }
        for (i = 0; i < n; i++)
            g[i] = -g[i];
        if (linalg_solve(J, g, n) != 0)
            break;
        for (i = 0; i < n; i++)
            y[i] += g[i];
    }
    if (norm < 1e-12)
        memcpy(x, y, n * sizeof(double));
    free(g), free(gp), free(gm), free(J), free(y);
}

/* Without a thermal dissipator: the maximally mixed state with the seed
   epsilon on every sx_n. */
static void seed(double *x, double epsilon, const bloch_model_t *m)
{
    char name[16];
    int n, v;

    memset(x, 0, m->nobs * sizeof(double));
    for (n = 1; n <= m->sites; n++)
    {
        snprintf(name, sizeof name, "sx%d", n);
        if ((v = quench_obs_index(m, name)) >= 0)
            x[v] = epsilon;
    }
}

/* With a thermal dissipator: equil_prepare's state (relaxed, then
   polished to the self-consistent Gibbs state). */
static int prepare_thermal(double *x, const double *p, double epsilon, const bloch_model_t *m,
                           char *msg, size_t n)
{
    equil_prep_t pr;
    int st;

    equil_prep_init(&pr);
    st = equil_prepare_run(x, &pr, p, epsilon, m, msg, n);
    return st == EQUIL_OK ? QUENCH_OK : st == EQUIL_BAD_INPUT ? QUENCH_BAD_INPUT
                                                               : QUENCH_NOT_STEADY;
}

int quench_prepare(double *x, double *resid, const double *p, double epsilon,
                   const bloch_model_t *m, char *msg, size_t n)
{
    dm_ctx_t c;
    dm_levels_t lv;
    double *dxdt, r = INFINITY;
    int s, thermal = m->thermal_param >= 0;
    double g = thermal ? 1 : quench_gamma(m, p, NULL);

    if (thermal && (s = prepare_thermal(x, p, epsilon, m, msg, n)) != QUENCH_OK)
        return s;
    if (dm_ctx_init(&c, m, p, msg, n) != DM_OK)
        return QUENCH_BAD_INPUT;
    dxdt = blochgen_calloc(m->nobs, sizeof(double));
    dm_levels_init(&lv, &c);
    if (!thermal)
    {
        seed(x, epsilon, m);
        if (g > 0 && relax(x, g, &lv, &c) < 1e-6)
            newton_rhs(x, &lv, &c);
    }
    if (g > 0)
        r = residual(x, dxdt, &lv, &c);
    s = r < 1e-10 ? QUENCH_OK : QUENCH_NOT_STEADY;
    if (s != QUENCH_OK)
        snprintf(msg, n, "%s quench: the preparation did not reach a steady state (|dx/dt| = "
                 "%.3g)%s", m->name, r, g > 0 ? "" : "; the model has no dissipation: give "
                 "--init");
    *resid = r;
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    free(dxdt);
    return s;
}
