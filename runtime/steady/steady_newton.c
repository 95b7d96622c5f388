#include <stddef.h>
#include "steady.h"
#include "linalg.h"
#include "num.h"

typedef struct
{
    const double *p;
    const bloch_model_t *m;
} newton_ctx_t;

static int residual(double *f, const double *x, void *ctx)
{
    const newton_ctx_t *c = ctx;
    c->m->rhs(f, x, c->p);
    return 0;
}

static int jacobian(double *J, const double *x, void *ctx)
{
    const newton_ctx_t *c = ctx;
    c->m->jacobian(J, x, c->p);
    return 0;
}

static int solve(double *J, double *b, int n, void *ctx)
{
    (void) ctx;
    return linalg_solve(J, b, n);
}

int steady_newton(double *x, steady_info_t *info, const double *p, double tol,
                  const bloch_model_t *m)
{
    newton_ctx_t c = {p, m};
    num_newton_t pb = {m->nobs, residual, jacobian, solve, NULL, &c};
    num_newton_opts_t o = {tol, 0, STEADY_MAXIT, 40, 0};
    num_newton_info_t ni;
    int st = num_newton(x, &ni, &pb, &o);

    if (info)
    {
        info->iters = ni.iters;
        info->resid = ni.resid;
        info->relaxed = 0;
    }
    return st == NUM_OK ? 0 : -1;
}
