#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dmss.h"
#include "linalg.h"
#include "num.h"

#define NEWTON_MAXIT 60
#define NEWTON_HALVINGS 30
/* Newton's own Jacobian: one central difference per coordinate; its
   O(h^2) error only slows the (then linear) convergence a little. */
#define NEWTON_FD_H 1e-6

typedef struct
{
    int n, d;
    double *y, *fp, *ft, *E;
    dm_cplx *H, *V;
} work_t;

static void work_init(work_t *w, const dm_ctx_t *c)
{
    int n = c->nobs, d = c->d;

    w->n = n, w->d = d;
    w->y = blochgen_malloc(sizeof(double) * (3 * (size_t) n + d));
    w->fp = w->y + n, w->ft = w->fp + n, w->E = w->ft + n;
    w->H = blochgen_malloc(sizeof(dm_cplx) * 2 * (size_t) d * d);
    w->V = w->H + (size_t) d * d;
}

static void work_clear(work_t *w)
{
    free(w->y);
    free(w->H);
}

static int jacobian(double *J, work_t *w, const double *x, const dm_levels_t *lv, dm_ctx_t *c)
{
    int n = w->n, i, j;

    for (j = 0; j < n; j++)
    {
        double h;
        memcpy(w->y, x, sizeof(double) * n);
        w->y[j] = x[j] + NEWTON_FD_H;
        if (dm_rhs_bloch(w->fp, w->y, lv, c) != 0)
            return -1;
        h = w->y[j];
        w->y[j] = x[j] - NEWTON_FD_H;
        h -= w->y[j];
        if (dm_rhs_bloch(w->ft, w->y, lv, c) != 0)
            return -1;
        for (i = 0; i < n; i++)
            J[(size_t) i * n + j] = (w->fp[i] - w->ft[i]) / h;
    }
    return 0;
}

/* The levels follow the iterate, as they follow the state in time. */
static int move_levels(const double *x, work_t *w, dm_levels_t *lv, dm_ctx_t *c)
{
    double ov;

    dm_hamiltonian(w->H, x, c);
    if (dm_levels_match(w->E, w->V, &ov, w->H, lv, c) != 0)
        return -1;
    dm_levels_set(lv, w->E, w->V, ov);
    return 0;
}

typedef struct
{
    work_t *w;
    dm_levels_t *lv;
    dm_ctx_t *c;
} newton_ctx_t;

static int residual(double *f, const double *x, void *ctx)
{
    newton_ctx_t *q = ctx;
    return dm_rhs_bloch(f, x, q->lv, q->c);
}

static int fd_jacobian(double *J, const double *x, void *ctx)
{
    newton_ctx_t *q = ctx;
    return jacobian(J, q->w, x, q->lv, q->c);
}

static int solve(double *J, double *b, int n, void *ctx)
{
    (void) ctx;
    return linalg_solve(J, b, n);
}

/* After each step the levels follow the iterate, and the residual with
   the moved levels is the one that counts. */
static int accept(double *x, double *f, void *ctx)
{
    newton_ctx_t *q = ctx;
    if (move_levels(x, q->w, q->lv, q->c) != 0)
        return -1;
    return dm_rhs_bloch(f, x, q->lv, q->c);
}

int dmss_newton(double *x, int *its, double tol, dm_levels_t *lv, dm_ctx_t *c)
{
    work_t w;
    newton_ctx_t q = {&w, lv, c};
    num_newton_t pb = {c->nobs, residual, fd_jacobian, solve, accept, &q, 0};
    num_newton_opts_t o = {tol, 0, NEWTON_MAXIT, NEWTON_HALVINGS, 0};
    num_newton_info_t ni;
    int st;

    work_init(&w, c);
    st = num_newton(x, &ni, &pb, &o);
    *its = ni.iters;
    work_clear(&w);
    return st == NUM_OK ? 0 : -1;
}
