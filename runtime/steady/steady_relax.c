#include <stdlib.h>
#include "alloc.h"
#include "steady.h"
#include "evolve.h"
#include "linalg.h"

typedef struct
{
    const bloch_model_t *m;
    const double *p;
    double tol;
    double *f;
} relax_ctx_t;

static int settled(double t, const double *x, void *data)
{
    relax_ctx_t *c = data;
    (void) t;
    c->m->rhs(c->f, x, c->p);
    return linalg_norm(c->f, c->m->nobs) <= c->tol;
}

int steady_relax(double *x, double t_max, double tol, const double *p, const bloch_model_t *m)
{
    relax_ctx_t c = {m, p, tol, blochgen_malloc(sizeof(double) * m->nobs)};
    int st = evolve_run(x, 0, t_max, 1.0, "rk8pd", 1e-10, p, m, settled, &c, NULL);

    free(c.f);
    return st == 1 ? 0 : -1;
}
