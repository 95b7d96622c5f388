#include <stddef.h>
#include <stdlib.h>
#include "alloc.h"
#include "steady.h"
#include "linalg.h"
#include "num.h"

typedef struct
{
    const double *p;
    const bloch_model_t *m;
    double *full;       /* even sector: the full state (odd components 0) */
    double *f;          /* even sector: the full rhs */
    linalg_sparse_struct *sp;  /* the sparse path: KLU's analysis */
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

static void report(steady_info_t *info, const num_newton_info_t *ni)
{
    if (info)
    {
        info->iters = ni->iters;
        info->resid = ni->resid;
        info->relaxed = 0;
    }
}

static int jacobian_values(double *val, const double *x, void *ctx)
{
    const newton_ctx_t *c = ctx;
    c->m->jacobian_values(val, x, c->p);
    return 0;
}

static int solve_sparse(double *val, double *b, int n, void *ctx)
{
    const newton_ctx_t *c = ctx;
    (void) n;
    return linalg_sparse_solve(b, c->sp, val);
}

int steady_newton_dense(double *x, steady_info_t *info, const double *p, double tol,
                        const bloch_model_t *m)
{
    newton_ctx_t c = {p, m, NULL, NULL, NULL};
    num_newton_t pb = {m->nobs, residual, jacobian, solve, NULL, &c, 0};
    num_newton_opts_t o = {tol, 0, STEADY_MAXIT, 40, 0};
    num_newton_info_t ni;
    int st = num_newton(x, &ni, &pb, &o);

    report(info, &ni);
    return st == NUM_OK ? 0 : -1;
}

int steady_newton_sparse(double *x, steady_info_t *info, const double *p, double tol,
                         const bloch_model_t *m)
{
    linalg_sparse_t sp;
    newton_ctx_t c = {p, m, NULL, NULL, sp};
    num_newton_t pb = {m->nobs, residual, jacobian_values, solve_sparse, NULL, &c,
                       (size_t) m->jac_nnz + 1};
    num_newton_opts_t o = {tol, 0, STEADY_MAXIT, 40, 0};
    num_newton_info_t ni;
    int st;

    if (m->jacobian_values == NULL)
        return steady_newton_dense(x, info, p, tol, m);
    linalg_sparse_init(sp, m->nobs, m->jac_rowptr, m->jac_col);
    st = num_newton(x, &ni, &pb, &o);
    linalg_sparse_clear(sp);
    report(info, &ni);
    return st == NUM_OK ? 0 : -1;
}

int steady_newton(double *x, steady_info_t *info, const double *p, double tol,
                  const bloch_model_t *m)
{
    if (m->jacobian_values != NULL && m->nobs >= STEADY_SPARSE_MIN)
        return steady_newton_sparse(x, info, p, tol, m);
    return steady_newton_dense(x, info, p, tol, m);
}

/* The even sector: Newton's unknowns are the even components, in
   observable order (the order of m->jacobian_even's rows and columns). */
static void embed(double *full, const double *xe, const bloch_model_t *m)
{
    for (int k = 0, j = 0; k < m->nobs; k++)
        full[k] = m->parity[k] == 0 ? xe[j++] : 0;
}

static int residual_even(double *fe, const double *xe, void *ctx)
{
    const newton_ctx_t *c = ctx;

    embed(c->full, xe, c->m);
    c->m->rhs(c->f, c->full, c->p);
    for (int k = 0, j = 0; k < c->m->nobs; k++)
        if (c->m->parity[k] == 0)
            fe[j++] = c->f[k];
    return 0;
}

static int jacobian_even(double *J, const double *xe, void *ctx)
{
    const newton_ctx_t *c = ctx;

    embed(c->full, xe, c->m);
    c->m->jacobian_even(J, c->full, c->p);
    return 0;
}

int steady_newton_even(double *x, steady_info_t *info, const double *p, double tol,
                       const bloch_model_t *m)
{
    int n = m->nobs, ne = m->neven, st, k, j;
    double *w = blochgen_malloc(sizeof(double) * (2 * (size_t) n + ne));
    newton_ctx_t c = {p, m, w, w + n, NULL};
    double *xe = w + 2 * n;
    num_newton_t pb = {ne, residual_even, jacobian_even, solve, NULL, &c, 0};
    /* polish: a few more steps while the residual still decreases, so the
       state is right to rounding, not just to tol */
    num_newton_opts_t o = {tol, 1, STEADY_MAXIT, 40, 3};
    num_newton_info_t ni;

    if (m->symmetry == NULL || ne <= 0)
    {
        free(w);
        return -1;      /* no symmetry: no even sector */
    }
    for (k = 0, j = 0; k < n; k++)
        if (m->parity[k] == 0)
            xe[j++] = x[k];
    st = num_newton(xe, &ni, &pb, &o);
    embed(x, xe, m);
    report(info, &ni);
    free(w);
    return st == NUM_OK ? 0 : -1;
}
