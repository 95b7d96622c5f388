#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"

/* Index of the first odd observable (the order parameter), or -1. */
static int order_param(const bloch_model_t *m)
{
    int v;

    for (v = 0; v < m->nobs; v++)
        if (m->parity[v] == 1)
            return v;
    return -1;
}

/* The first state: the explicit one or the seed, at the first value. */
static int first_state(double *x, double par, dmss_sweep_t *s)
{
    const bloch_model_t *m = s->m;
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    dm_ctx_t c;
    int st = 0;

    if (s->init_x)
        memcpy(x, s->init_x, sizeof(double) * m->nobs);
    else
    {
        memcpy(p, s->p, sizeof(double) * m->nparams);
        p[s->vary] = par;
        if ((st = dm_ctx_init(&c, m, p, s->fail_msg, sizeof s->fail_msg)) == DM_OK)
        {
            st = dmss_seed(x, s->init_sign, &c);
            dm_ctx_clear(&c);
        }
    }
    free(p);
    return st == 0 ? 0 : -1;
}

int dmss_sweep_run(dmss_sweep_t *s, int dir, void (*tick)(void *), void *data)
{
    int n = s->n, k, st = 0, d = dir > 0 ? 0 : 1, v = order_param(s->m);
    double *x = blochgen_malloc(sizeof(double) * s->m->nobs);

    s->done[d] = 0;
    s->fail_msg[0] = '\0';
    if (first_state(x, dmss_grid_value(s, dir > 0 ? 0 : n - 1), s) != 0)
        st = -1;
    for (k = 0; k < n && st == 0; k++)
    {
        int g = dir > 0 ? k : n - 1 - k, sign = s->init_sign ? s->init_sign : 1;
        /* the seed keeps the side the state is on */
        if (v >= 0 && fabs(x[v]) > DMSS_SIDE_TOL)
            sign = x[v] > 0 ? 1 : -1;
        st = dmss_point(&s->row[d][g], x, dmss_grid_value(s, g), sign, s, s->fail_msg,
                        sizeof s->fail_msg);
        if (st != 0)
            s->fail_par = dmss_grid_value(s, g);
        else
            s->done[d]++;
        if (tick)
            tick(data);
    }
    free(x);
    return st;
}
