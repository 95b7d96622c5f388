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
    /* sparse even sector: all of the Jacobian's values, and for each entry
       of the even block the index of its value there */
    double *val;
    int *src;
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
    newton_ctx_t c = {p, m, NULL, NULL, NULL, NULL, NULL};
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
    newton_ctx_t c = {p, m, NULL, NULL, sp, NULL, NULL};
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

static int jacobian_even_values(double *val, const double *xe, void *ctx)
{
    const newton_ctx_t *c = ctx;
    int nnz = c->sp->rowptr[c->sp->n];

    embed(c->full, xe, c->m);
    c->m->jacobian_values(c->val, c->full, c->p);
    for (int k = 0; k < nnz; k++)
        val[k] = c->val[c->src[k]];
    return 0;
}

/* The even block's pattern (rows and columns of the even observables,
   renumbered in order) and where its values are among all of them. */
static void even_pattern(int *rowptr, int *col, int *src, const bloch_model_t *m)
{
    int *pos = blochgen_malloc(sizeof(int) * ((size_t) m->nobs + 1)), ne = 0, nnz = 0;

    for (int i = 0; i < m->nobs; i++)
        pos[i] = m->parity[i] == 0 ? ne++ : -1;
    for (int i = 0; i < m->nobs; i++)
    {
        if (pos[i] < 0)
            continue;
        rowptr[pos[i]] = nnz;
        for (int k = m->jac_rowptr[i]; k < m->jac_rowptr[i + 1]; k++)
            if (pos[m->jac_col[k]] >= 0)
            {
                col[nnz] = pos[m->jac_col[k]];
                src[nnz++] = k;
            }
    }
    rowptr[ne] = nnz;
    free(pos);
}

static int newton_even(double *x, steady_info_t *info, const double *p, double tol,
                       const bloch_model_t *m, int sparse)
{
    int n = m->nobs, ne = m->neven, st, k, j;
    size_t nnz = sparse ? (size_t) m->jac_nnz + 1 : 1;
    double *w = blochgen_malloc(sizeof(double) * (2 * (size_t) n + ne + nnz));
    int *iw = blochgen_malloc(sizeof(int) * ((size_t) ne + 1 + 2 * nnz));
    linalg_sparse_t sp;
    newton_ctx_t c = {p, m, w, w + n, sp, w + 2 * n + ne, iw + ne + 1 + nnz};
    double *xe = w + 2 * n;
    num_newton_t pb = {ne, residual_even, jacobian_even, solve, NULL, &c, 0};
    /* polish: a few more steps while the residual still decreases, so the
       state is right to rounding, not just to tol */
    num_newton_opts_t o = {tol, 1, STEADY_MAXIT, 40, 3};
    num_newton_info_t ni;

    if (m->symmetry == NULL || ne <= 0)
    {
        free(w);
        free(iw);
        return -1;      /* no symmetry: no even sector */
    }
    /* large: the even block's nonzeros and KLU, as steady_newton */
    if (sparse)
    {
        even_pattern(iw, iw + ne + 1, c.src, m);
        linalg_sparse_init(sp, ne, iw, iw + ne + 1);
        pb.jacobian = jacobian_even_values;
        pb.solve = solve_sparse;
        pb.jac_size = (size_t) iw[ne] + 1;
    }
    for (k = 0, j = 0; k < n; k++)
        if (m->parity[k] == 0)
            xe[j++] = x[k];
    st = num_newton(xe, &ni, &pb, &o);
    embed(x, xe, m);
    report(info, &ni);
    if (sparse)
        linalg_sparse_clear(sp);
    free(w);
    free(iw);
    return st == NUM_OK ? 0 : -1;
}

int steady_newton_even_dense(double *x, steady_info_t *info, const double *p, double tol,
                             const bloch_model_t *m)
{
    return newton_even(x, info, p, tol, m, 0);
}

int steady_newton_even_sparse(double *x, steady_info_t *info, const double *p, double tol,
                              const bloch_model_t *m)
{
    return newton_even(x, info, p, tol, m, m->jacobian_values != NULL);
}

int steady_newton_even(double *x, steady_info_t *info, const double *p, double tol,
                       const bloch_model_t *m)
{
    return newton_even(x, info, p, tol, m,
                       m->jacobian_values != NULL && m->neven >= STEADY_SPARSE_MIN);
}
