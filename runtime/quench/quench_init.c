#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "quench.h"

int quench_init(quench_t *q, const bloch_model_t *m, const double *p_to, const double *x0,
                char *msg, size_t len)
{
    size_t dd;
    int n;

    memset(q, 0, sizeof *q);
    if (dm_ctx_init(&q->c, m, p_to, msg, len) != DM_OK)
        return QUENCH_BAD_INPUT;
    q->m = m;
    n = m->nobs;
    dd = (size_t) q->c.d * q->c.d;
    q->imx1 = quench_obs_index(m, "sx1");
    q->imx2 = quench_obs_index(m, "sx2");
    q->iO = quench_obs_index(m, "sx1*sx2");
    q->method = "rk8pd";
    q->tol = 1e-10;
    q->event_tol = 1e-12;
    q->max_events = 64;
    q->ev = blochgen_calloc(q->max_events, sizeof(quench_event_t));
    q->x = blochgen_calloc(n, sizeof(double));
    q->xa = blochgen_calloc(n, sizeof(double));
    q->y = blochgen_calloc(n, sizeof(double));
    q->yerr = blochgen_calloc(n, sizeof(double));
    q->dx = blochgen_calloc(n, sizeof(double));
    q->rho0 = blochgen_calloc(dd, sizeof(dm_cplx));
    q->rho = blochgen_calloc(dd, sizeof(dm_cplx));
    memcpy(q->x, x0, n * sizeof(double));
    dm_from_bloch(q->rho0, x0, &q->c);
    dm_stats_init(&q->st);
    q->sys.function = quench_rhs;
    q->sys.jacobian = NULL;
    q->sys.dimension = (size_t) n;
    q->sys.params = q;
    dm_levels_init(&q->lv, &q->c);
    /* levels numbered by energy of the post-quench H_MF at rho(0) */
    if (q->c.npairs > 0 && dm_levels_start(&q->lv, x0, &q->c) != 0)
    {
        snprintf(msg, len, "%s quench: eigensolver failed on H_MF at the initial state",
                 m->name);
        return QUENCH_FAILED;
    }
    return QUENCH_OK;
}

void quench_clear(quench_t *q)
{
    if (q->m == NULL)
    {
        dm_ctx_clear(&q->c);
        return;
    }
    dm_levels_clear(&q->lv);
    dm_ctx_clear(&q->c);
    free(q->ev);
    free(q->x);
    free(q->xa);
    free(q->y);
    free(q->yerr);
    free(q->dx);
    free(q->rho0);
    free(q->rho);
}
