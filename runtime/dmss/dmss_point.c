#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"

/* x <- (1 - w) x + w seed: a convex mixture, so still a state. */
static int mix_seed(double *x, int sign, dm_ctx_t *c)
{
    double *y = blochgen_malloc(sizeof(double) * c->nobs);
    int k, st = dmss_seed(y, sign, c);

    for (k = 0; st == 0 && k < c->nobs; k++)
        x[k] = (1 - DMSS_SEED_MIX) * x[k] + DMSS_SEED_MIX * y[k];
    free(y);
    return st;
}

int dmss_point(dmss_row_t *r, double *x, double par, int seed_sign, const dmss_sweep_t *s,
               char *msg, size_t n)
{
    const bloch_model_t *m = s->m;
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    dm_ctx_t c;
    dm_levels_t lv;
    int st;

    memcpy(p, s->p, sizeof(double) * m->nparams);
    p[s->vary] = par;
    if (dm_ctx_init(&c, m, p, msg, n) != DM_OK)
    {
        free(p);
        return -1;
    }
    dm_levels_init(&lv, &c);
    st = seed_sign != 0 ? mix_seed(x, seed_sign, &c) : 0;
    if (st == 0)
        st = dmss_relax(x, &r->info, NULL, &s->opts, &lv, &c, msg, n);
    r->par = par;
    if (st == 0)
    {
        memcpy(r->x, x, sizeof(double) * m->nobs);
        r->conc = dmss_concurrence(&r->purity, x, &c);
        r->chi = r->chi_dp = r->chi_err = NAN;
        r->chi_ok = -1;
        if (s->opts.chi_dp0 > 0)
            r->chi_ok = dmss_chi_f(&r->chi, &r->chi_dp, &r->chi_err, x, p, s->vary, &s->opts, m);
    }
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    free(p);
    return st;
}
