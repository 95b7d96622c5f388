/* sweep_partners.c: the branches natural-parameter continuation cannot
 * reach.  A branch ending at a fold turns back into another one (the
 * middle, unstable branch of a bistable window), which no start of the
 * grid's end holds: at the fold branch's last grid point every steady
 * state steady_find_all finds (from that branch's state and a few random
 * physical ones) that no branch holds there, the nearest to the folding
 * branch's state, starts a new branch, continued away from the fold to
 * the end of the grid (or its own fold). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "steady.h"
#include "sweep.h"

/* Random starts at a fold point: the partner lies next to the branch's own
   state, which is tried first; the random ones catch the rest. */
#define SWEEP_PARTNER_STARTS 12
/* A partner that folds in turn has its own partner (the S-curve's third
   branch), up to this depth: each is a branch not held yet, so the chain
   ends anyway; the bound only caps the work. */
#define SWEEP_PARTNER_DEPTH 4

static int partners(sweep_t *sw, int ib, int depth, int run);

/* Does some branch (either direction) hold y at grid index g?  The same
   state: steady_find_all's criterion. */
static int held(const sweep_t *sw, const double *y, int g)
{
    int n = sw->m->nobs;
    double norm = 0;

    for (int v = 0; v < n; v++)
        norm += y[v] * y[v];
    for (int k = 0; k < sw->nbr; k++)
    {
        const sweep_branch_t *b = sw->br + k;
        for (int i = 0; i < b->len; i++)
            if (b->grid[i] == g &&
                num_dist(b->x + (size_t) i * n, y, n) <= STEADY_FIND_DIST * fmax(1, sqrt(norm)))
                return 1;
    }
    return 0;
}

/* Continues branch index ib from its only point, direction b->dir, to the
   end of the grid (or its own fold), with the events of its points. */
static void trace(sweep_t *sw, int ib, double *x, int depth, int run)
{
    sweep_branch_t *b = sw->br + ib;
    int g = b->grid[0] + b->dir;

    for (; g >= 0 && g < sw->n; g += b->dir)
    {
        double reach;
        b = sw->br + ib;
        if (sweep_step(x, &reach, b, g, sw) != 0)
        {
            int fold = sweep_fold_check(b, sw);
            b->end = fold ? SWEEP_END_FOLD : SWEEP_END_STUCK;
            b->end_par = reach;
            sweep_add_event(sw, fold ? SWEEP_EV_FOLD : SWEEP_EV_STUCK, b->dir, b->id,
                            b->grid[b->len - 1], g, reach, 0);
            sw->br[ib].alive = 0;
            if (fold && depth < SWEEP_PARTNER_DEPTH)
                partners(sw, ib, depth + 1, run);
            return;
        }
        sweep_branch_push(b, g, x, 0, sw);
        sweep_detect(sw, ib);
    }
    sw->br[ib].alive = 0;   /* done: the main loop leaves it alone */
}

int sweep_fold_partners(sweep_t *sw, int ib)
{
    return partners(sw, ib, 0, sw->br[ib].dir);
}

/* run: the direction whose run this is (the first fold's branch's) */
static int partners(sweep_t *sw, int ib, int depth, int run)
{
    const bloch_model_t *m = sw->m;
    int n = m->nobs, gl, dir, found, k, best, added = 0;
    double dbest = INFINITY;
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    double *x = blochgen_malloc(sizeof(double) * n), *guess = blochgen_malloc(sizeof(double) * n);
    steady_set_t s;

    {
        const sweep_branch_t *b = sw->br + ib;
        gl = b->grid[b->len - 1];
        dir = b->dir;
        memcpy(guess, b->x + (size_t) (b->len - 1) * n, sizeof(double) * n);
    }
    memcpy(p, sw->p, sizeof(double) * m->nparams);
    p[sw->vary] = sweep_grid_value(sw, gl);
    steady_set_init(&s, m);
    found = steady_find_all_from(&s, guess, 1, p, SWEEP_PARTNER_STARTS, (unsigned long) gl + 1,
                                 m);
    /* the partner is the missing state nearest the folding one (others
       missing are branches of their own, met by the usual starts) */
    best = -1;
    for (k = 0; k < found; k++)
    {
        const double *y = s.x + (size_t) k * n;
        double d = num_dist(y, guess, n);
        if (!held(sw, y, gl) && d < dbest)
            best = k, dbest = d;
    }
    if (best >= 0)
    {
        sweep_branch_push(sweep_add_branch(sw, sweep_kind_of(s.x + (size_t) best * n, m), -dir),
                          gl, s.x + (size_t) best * n, 1, sw);
        sw->br[sw->nbr - 1].traced_in = run;
        trace(sw, sw->nbr - 1, x, depth, run);
        added = 1;
    }
    steady_set_clear(&s);
    free(guess);
    free(x);
    free(p);
    return added;
}
