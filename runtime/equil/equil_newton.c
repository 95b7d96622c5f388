#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "equil.h"
#include "linalg.h"
#include "num.h"

#define NEWTON_TOL 1e-14
#define NEWTON_FLOOR 1e-12
#define NEWTON_MAXIT 200
#define NEWTON_FP_STEPS 200

/* r = G(y) - y on the fields; returns |r|_2 (the merit function: the
   Newton direction descends on it), or NAN on failure. */
static double residual(double *r, const double *y, double *x, equil_ctx_t *q)
{
    double m = 0;
    int k;

    if (equil_map(x, NULL, y, q) != 0)
        return NAN;
    for (k = 0; k < q->nf; k++)
    {
        r[k] = x[q->field[k]] - y[k];
        m += r[k] * r[k];
    }
    return sqrt(m);
}

typedef struct
{
    double *r, *x, *J, *b;
    equil_ctx_t *q;
} work_t;

static int newton_residual(double *r, const double *y, void *ctx)
{
    work_t *w = ctx;
    return isfinite(residual(r, y, w->x, w->q)) ? 0 : -1;
}

/* The Newton matrix dG/dy - 1; -1 (so that the step is the fixed-point
   step dy = r) where dG/dy cannot be had. */
static int newton_jacobian(double *A, const double *y, void *ctx)
{
    work_t *w = ctx;
    int nf = w->q->nf, i, j, ok = equil_map_jacobian(w->J, y, w->q) == 0;

    for (i = 0; i < nf; i++)
        for (j = 0; j < nf; j++)
            A[(size_t) i * nf + j] = (ok ? w->J[(size_t) w->q->field[i] * nf + j] : 0) - (i == j);
    return 0;
}

/* (dG/dy - 1) dy = -r; the fixed-point step dy = r where that matrix is
   singular (at a critical point). */
static int newton_solve(double *A, double *b, int n, void *ctx)
{
    work_t *w = ctx;
    int i;

    memcpy(w->b, b, sizeof(double) * n);
    if (linalg_solve(A, b, n) != 0)
        for (i = 0; i < n; i++)
            b[i] = -w->b[i];
    return 0;
}

/* Damped Newton from y until the residual stalls (rounding) or one step
   after |r|_inf reached NEWTON_TOL: near a critical point (dG/dy - 1
   small) y is still off by resid / |1 - mu| there.  Returns |r|_inf;
   *stalled when no step decreased |r|_2. */
static double newton_run(double *y, int *stalled, int *iters, work_t *w)
{
    num_newton_t pb = {w->q->nf, newton_residual, newton_jacobian, newton_solve, NULL, w, 0};
    num_newton_opts_t o = {NEWTON_TOL, 1, NEWTON_MAXIT - *iters, 40, 1};
    num_newton_info_t ni;
    int st = num_newton(y, &ni, &pb, &o);

    *iters += ni.iters;
    *stalled = ni.stalled;
    return st == NUM_OK || st == NUM_NO_CONVERGENCE ? ni.resid : NAN;
}

/* Damped fixed-point iteration y <- (y + G(y)) / 2: it leaves a local
   minimum of |r| where Newton stalls, towards a stable solution. */
static void fixed_point(double *y, int n, work_t *w)
{
    equil_ctx_t *q = w->q;
    int k, i;

    for (k = 0; k < n && isfinite(residual(w->r, y, w->x, q)); k++)
        for (i = 0; i < q->nf; i++)
            y[i] += 0.5 * w->r[i];
}

/* Where Newton gave up: is dG/dy - 1 nearly singular at y (smallest
   singular value below 1e-2 of the largest)?  Then y sits in a valley of
   |G(y) - y| (the ghost of a fold, or a saddle of the residual), not near
   a regular solution. */
static int singular_valley(const double *y, work_t *w)
{
    equil_ctx_t *q = w->q;
    int nf = q->nf, i, j, k, st;
    double *ata = blochgen_malloc(sizeof(double) * ((size_t) nf * nf + 1)),
           *wr = blochgen_malloc(sizeof(double) * (2 * nf + 1)), *wi = wr + nf, lo = INFINITY, hi = 0;

    st = equil_map_jacobian(w->J, y, q);
    for (i = 0; i < nf && st == 0; i++)
        for (j = 0; j < nf; j++)
        {
            double s = 0;
            for (k = 0; k < nf; k++)
                s += (w->J[(size_t) q->field[k] * nf + i] - (k == i)) *
                     (w->J[(size_t) q->field[k] * nf + j] - (k == j));
            ata[(size_t) i * nf + j] = s;
        }
    if (st == 0)
        st = linalg_eig(wr, wi, NULL, ata, nf);
    for (i = 0; i < nf && st == 0; i++)
        lo = fmin(lo, wr[i]), hi = fmax(hi, wr[i]);
    free(ata);
    free(wr);
    return st == 0 && lo <= 1e-4 * hi;    /* sigma_min^2 / sigma_max^2 */
}

int equil_newton(double *y, double *resid, int *iters, equil_ctx_t *q)
{
    int nf = q->nf, n = q->dm.nobs, it = 0, stalled, ok;
    work_t w;
    double res;

    w.q = q;
    w.r = blochgen_calloc(2 * nf + 1, sizeof(double));
    w.b = w.r + nf;
    w.x = blochgen_malloc(sizeof(double) * n);
    w.J = blochgen_malloc(sizeof(double) * ((size_t) n * nf + 1));
    res = newton_run(y, &stalled, &it, &w);
    if (stalled && !(res <= NEWTON_FLOOR))
    {
        fixed_point(y, NEWTON_FP_STEPS, &w);
        res = newton_run(y, &stalled, &it, &w);
    }
    ok = res <= NEWTON_TOL || (stalled && res <= NEWTON_FLOOR) ? 0
         : singular_valley(y, &w) ? -2 : -1;
    if (resid)
        *resid = res;
    if (iters)
        *iters = it;
    free(w.r);
    free(w.x);
    free(w.J);
    return ok;
}
