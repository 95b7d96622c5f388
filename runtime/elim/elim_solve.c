/* elim_solve.c: every steady state from the projections (see elim.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "elim.h"
#include "fmpz_poly_roots.h"
#include "stab.h"
#include "steady.h"

/* More grid points than this are not tried (the product of the real root
   counts of the projections). */
#define ELIM_MAX_CANDIDATES 200000

/* Does some G_i exclude zero on the box? */
static int excluded(const elim_struct *e, arb_srcptr box, slong prec)
{
    arb_t v;
    slong i;
    int ex = 0;

    arb_init(v);
    for (i = 0; i < e->ng && !ex; i++)
    {
        elim_mpoly_eval_arb(v, e->g + i, box, e->mctx, prec);
        ex = !arb_contains_zero(v);
    }
    arb_clear(v);
    return ex;
}

/* Does the ball c meet the k-th root ball and no other real root of
   projection k?  Then a real root of the projection in c is that one. */
static int only_root(arb_srcptr c, arb_srcptr roots, slong count, slong k)
{
    slong i;

    if (!arb_overlaps(c, roots + k))
        return 0;
    for (i = 0; i < count; i++)
        if (i != k && arb_overlaps(c, roots + i))
            return 0;
    return 1;
}

void elim_push(elim_t e, const double *x, int cert)
{
    if (e->count == e->alloc)
    {
        e->alloc = 2 * e->alloc + 4;
        e->x = blochgen_realloc(e->x, sizeof(double) * e->alloc * e->n);
        e->certified = blochgen_realloc(e->certified, sizeof(int) * e->alloc);
    }
    memcpy(e->x + e->count * e->n, x, sizeof(double) * e->n);
    e->certified[e->count++] = cert;
}

/* With A(m) of full column rank on the box, the mean fields fix the state:
   y solves the normal equations A^T A y = -A^T b.  Then 2 if the residual
   A y + b excludes zero in some row for every m in the box (no steady
   state has these mean fields: G = 0 there only because the pivot block
   loses rank), else 1 with y's midpoint as Newton's start; 0 when the rank
   is not established. */
static int fixed_by_mean_fields(double *x, const elim_struct *e, arb_srcptr box, slong prec)
{
    slong n = e->n, nc = e->nc, w = nc + 1, i, j, k;
    arb_mat_t A, b, N, rhs, y;
    arb_t t;
    int ok = 1;

    for (k = 0; k < e->r; k++)
        x[e->mf[k]] = arf_get_d(arb_midref(box + k), ARF_RND_NEAR);
    if (nc == 0)
        return 1;
    arb_mat_init(A, n, nc), arb_mat_init(b, n, 1), arb_mat_init(N, nc, nc);
    arb_mat_init(rhs, nc, 1), arb_mat_init(y, nc, 1);
    arb_init(t);
    for (i = 0; i < n; i++)
        for (j = 0; j < w; j++)
            elim_mpoly_eval_arb(j < nc ? arb_mat_entry(A, i, j) : arb_mat_entry(b, i, 0),
                                e->a + i * w + j, box, e->mctx, prec);
    /* N = A^T A is invertible on the box iff A has full column rank there */
    for (i = 0; i < nc; i++)
        for (j = 0; j < nc; j++)
        {
            arb_zero(arb_mat_entry(N, i, j));
            for (k = 0; k < n; k++)
                arb_addmul(arb_mat_entry(N, i, j), arb_mat_entry(A, k, i),
                           arb_mat_entry(A, k, j), prec);
        }
    for (i = 0; i < nc; i++)
    {
        arb_zero(arb_mat_entry(rhs, i, 0));
        for (k = 0; k < n; k++)
            arb_submul(arb_mat_entry(rhs, i, 0), arb_mat_entry(A, k, i), arb_mat_entry(b, k, 0),
                       prec);
    }
    arb_mat_det(t, N, prec);
    ok = !arb_contains_zero(t) && arb_mat_solve(y, N, rhs, prec);
    for (i = 0; ok == 1 && i < n; i++)
    {
        arb_set(t, arb_mat_entry(b, i, 0));
        for (j = 0; j < nc; j++)
            arb_addmul(t, arb_mat_entry(A, i, j), arb_mat_entry(y, j, 0), prec);
        if (!arb_contains_zero(t))
            ok = 2;
    }
    for (j = 0; ok == 1 && j < nc; j++)
        x[e->var[j]] = arf_get_d(arb_midref(arb_mat_entry(y, j, 0)), ARF_RND_NEAR);
    arb_clear(t);
    arb_mat_clear(A), arb_mat_clear(b), arb_mat_clear(N), arb_mat_clear(rhs), arb_mat_clear(y);
    return ok;
}

/* One grid point: 1 if excluded, 2 if a certified state was added, 0 if
   undecided (a state may still have been added, uncertified). */
static int decide(elim_struct *e, arb_srcptr box, arb_ptr *roots, const slong *nroots,
                  const slong *idx, const double *pd, arb_srcptr pb, const char *sel,
                  const bloch_model_t *m, const bloch_model_arb_t *marb, slong prec)
{
    slong n = e->n, v, k;
    arb_ptr xb;
    double *x;
    steady_info_t info;
    int res = 0, fixed;

    if (excluded(e, box, prec))
        return 1;
    xb = _arb_vec_init(n);
    x = blochgen_calloc(n, sizeof(double));
    /* rank deficient on the box: the mean fields may not fix the state */
    fixed = fixed_by_mean_fields(x, e, box, prec);
    if (fixed == 2)
        res = 1;
    else if (fixed == 1 && steady_newton(x, &info, pd, 1e-13, m) == 0)
    {
        int ok = stab_krawczyk_sel(xb, x, sel, pb, m, marb, prec);
        for (k = 0; ok && k < e->r; k++)
            ok = only_root(xb + e->mf[k], roots[k], nroots[k], idx[k]);
        if (ok)
        {
            arb_t d;
            arb_init(d);
            for (v = 0; v < n; v++)
            {
                /* the distance from the printed double to every point of
                   the ball: its radius plus the rounding of the midpoint */
                double rad;
                x[v] = arf_get_d(arb_midref(xb + v), ARF_RND_NEAR);
                arb_set_d(d, x[v]);
                arb_sub(d, xb + v, d, prec);
                rad = mag_get_d(arb_radref(d)) + fabs(arf_get_d(arb_midref(d), ARF_RND_UP));
                e->radius = rad > e->radius ? rad : e->radius;
            }
            arb_clear(d);
            elim_push(e, x, 1);
            res = 2;
        }
        else
        {
            /* converged near this grid point but not proven: listed,
               uncertified */
            int near = 1;
            for (k = 0; k < e->r; k++)
            {
                double a = arf_get_d(arb_midref(roots[k] + idx[k]), ARF_RND_NEAR);
                near = near && fabs(x[e->mf[k]] - a) <= 1e-8 * (1 + fabs(a));
            }
            if (near)
                elim_push(e, x, 0);
        }
    }
    _arb_vec_clear(xb, n);
    free(x);
    return res;
}

int elim_solve(elim_t e, const bloch_model_t *m, const bloch_model_arb_t *marb)
{
    slong n = e->n, r, k, prec;
    double *pd = blochgen_malloc(sizeof(double) * (e->nparams + 1));
    char *sel = blochgen_malloc(n + 1);
    arb_ptr pb = _arb_vec_init(e->nparams + 1);
    int st;

    memset(sel, 1, n);
    e->count = 0;
    e->complete = 0;
    r = elim_mean_fields(e->mf, e->f, n, ELIM_MAX_MEAN_FIELDS, e->xctx);
    if (r < 0)
    {
        snprintf(e->note, ELIM_NOTE_MAX, "the equations need more than %d mean fields to "
                 "become linear; exact elimination is not attempted", ELIM_MAX_MEAN_FIELDS);
        st = ELIM_TOO_MANY;
        goto out;
    }
    e->r = r;
    if ((st = elim_reduce(e, e->note, ELIM_NOTE_MAX)) != ELIM_OK ||
        (st = elim_project(e, e->note, ELIM_NOTE_MAX)) != ELIM_OK)
        goto out;
    for (k = 0; k < e->nparams; k++)
    {
        pd[k] = fmpq_get_d(e->p + k);
        arb_set_fmpq(pb + k, e->p + k, 256);
    }
    /* finer root balls where a grid point could not be decided */
    for (prec = 128; prec <= 1024; prec *= 2)
    {
        arb_ptr roots[ELIM_MAX_MEAN_FIELDS + 1];
        slong nroots[ELIM_MAX_MEAN_FIELDS + 1], idx[ELIM_MAX_MEAN_FIELDS + 1];
        arb_ptr box = _arb_vec_init(r + 1);
        double total = 1;

        for (k = 0; k < e->nparams; k++)
            arb_set_fmpq(pb + k, e->p + k, prec + 64);
        for (k = 0; k < r; k++)
        {
            compat_fmpz_poly_real_roots(roots + k, nroots + k, e->proj + k, prec);
            total *= nroots[k];
            idx[k] = 0;
        }
        e->count = 0;
        e->radius = 0;
        e->undecided = 0;
        e->candidates = (slong) total;
        if (total > ELIM_MAX_CANDIDATES)
        {
            snprintf(e->note, ELIM_NOTE_MAX, "%.0f combinations of the projections' real "
                     "roots are more than %d", total, ELIM_MAX_CANDIDATES);
            st = ELIM_TOO_LARGE;
        }
        else if (total > 0)
        {
            /* every combination of one real root per mean field */
            while (1)
            {
                for (k = 0; k < r; k++)
                    arb_set(box + k, roots[k] + idx[k]);
                if (decide(e, box, roots, nroots, idx, pd, pb, sel, m, marb, prec) == 0)
                    e->undecided++;
                for (k = 0; k < r && ++idx[k] == nroots[k]; k++)
                    idx[k] = 0;
                if (k == r)
                    break;
            }
        }
        for (k = 0; k < r; k++)
            _arb_vec_clear(roots[k], nroots[k]);
        _arb_vec_clear(box, r + 1);
        if (st != ELIM_OK || e->undecided == 0)
            break;
    }
    if (st == ELIM_OK)
    {
        e->complete = e->undecided == 0;
        if (e->complete)
            snprintf(e->note, ELIM_NOTE_MAX, "exact elimination in %ld mean field%s; every one "
                     "of the %ld candidate points decided", (long) r, r == 1 ? "" : "s",
                     (long) e->candidates);
        else
            snprintf(e->note, ELIM_NOTE_MAX, "exact elimination in %ld mean field%s; %ld of "
                     "the %ld candidate points could be neither excluded nor proven steady "
                     "states (a singular Jacobian, or mean fields that do not fix the state)",
                     (long) r, r == 1 ? "" : "s", (long) e->undecided, (long) e->candidates);
    }
out:
    _arb_vec_clear(pb, e->nparams + 1);
    free(sel);
    free(pd);
    return st;
}
