#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"

/* Residual checks at t = 1, 2, 3, 4, 5, then every quarter of the time
   elapsed: a check costs one rhs evaluation, and relaxation overshoots
   its tolerance by at most 25% of its time. */
#define RELAX_CHUNK0 1.0
#define RELAX_GROWTH 0.25

static void levels_copy(dm_levels_t *to, const dm_levels_t *from)
{
    size_t d = (size_t) from->d;

    memcpy(to->ref, from->ref, sizeof(dm_cplx) * d * d);
    memcpy(to->E, from->E, sizeof(double) * d);
    to->ready = from->ready;
    to->min_overlap = from->min_overlap;
    to->updates = from->updates;
    to->reorders = from->reorders;
}

/* Newton from the relaxed state x; accepted when it converges close to x
   at a linearly stable state.  0 accepted (x, lv, J, info updated), 1 not. */
static int polish(double *x, double *J, dmss_info_t *info, const dmss_opts_t *o,
                  dm_levels_t *lv, dm_ctx_t *c)
{
    int n = c->nobs, its, k, ok = 0;
    double *y = blochgen_malloc(sizeof(double) * ((size_t) n * n + 3 * n)), *wr = y + n, *wi = wr + n;
    double *Jy = wi + n, d = 0, gap, freq, err;
    dm_levels_t ly;

    dm_levels_init(&ly, c);
    levels_copy(&ly, lv);
    memcpy(y, x, sizeof(double) * n);
    if (dmss_newton(y, &its, o->tol, &ly, c) == 0)
    {
        for (k = 0; k < n; k++)
            d += (y[k] - x[k]) * (y[k] - x[k]);
        if (sqrt(d) <= DMSS_POLISH_MAX && dmss_jacobian(Jy, &err, y, &ly, c) == 0 &&
            dmss_spectrum(wr, wi, &gap, &freq, Jy, n) == 0 && gap > 0)
        {
            ok = 1;
            memcpy(x, y, sizeof(double) * n);
            levels_copy(lv, &ly);
            if (J)
                memcpy(J, Jy, sizeof(double) * (size_t) n * n);
            info->newton_its = its;
            info->gap = gap, info->freq = freq, info->jac_err = err;
        }
    }
    dm_levels_clear(&ly);
    free(y);
    return ok ? 0 : 1;
}

int dmss_relax(double *x, dmss_info_t *info, double *J, const dmss_opts_t *o,
               dm_levels_t *lv, dm_ctx_t *c, char *msg, size_t n)
{
    double t = 0, chunk = RELAX_CHUNK0, r;
    dm_stats_t st;
    dm_check_t chk;

    memset(info, 0, sizeof *info);
    info->min_eig = INFINITY;
    if (dm_levels_start(lv, x, c) != 0)
        return -1;
    for (;;)
    {
        if (!isfinite(r = dmss_residual(x, lv, c)))
            return -1;
        info->relax_res = r, info->t = t;
        if (r <= o->relax_tol)
        {
            if (polish(x, J, info, o, lv, c) == 0)
                break;
            /* Newton went elsewhere (e.g. back onto an unstable state this
               relaxation is leaving): relax on and try again at the next
               check; sitting on such a state to the tolerance is final */
            if (r <= o->tol)
                return 3;
        }
        if (t >= o->tcap)
            return 3;
        chunk = fmin(chunk, o->tcap - t);
        dm_stats_init(&st);
        if (dm_evolve(x, t, t + chunk, 0, o->method, o->int_tol, NULL, NULL, &st, lv, c, msg, n) != DM_OK)
            return -1;
        info->min_eig = fmin(info->min_eig, st.min_eig);
        info->pos_violated |= st.pos_violated;
        t += chunk;
        chunk = fmax(RELAX_CHUNK0, RELAX_GROWTH * t);
    }
    info->residual = dmss_residual(x, lv, c);
    /* positivity of the accepted state itself (relaxation may be empty) */
    dm_from_bloch(c->rho, x, c);
    if (dm_check(&chk, c->rho, c) != 0)
        return -1;
    info->min_eig = fmin(info->min_eig, chk.min_eig);
    info->pos_violated |= chk.min_eig < -DM_POS_TOL;
    return 0;
}
