#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "sweep.h"
#include "stab.h"

/* A state the follower reached that no branch holds starts a branch. */
static void adopt(sweep_t *sw, const double *y, int dir, int g)
{
    const bloch_model_t *m = sw->m;
    int k;

    /* held by a live branch, or by a fold partner already traced past g */
    for (k = 0; k < sw->nbr; k++)
    {
        const sweep_branch_t *b = sw->br + k;
        if (b->dir == dir && b->alive && b->len > 0 && b->grid[b->len - 1] == g &&
            num_dist(b->x + (size_t) (b->len - 1) * m->nobs, y, m->nobs) < SWEEP_SAME_MERGE)
            return;
        if (b->traced_in == dir)
            for (int i = 0; i < b->len; i++)
                if (b->grid[i] == g &&
                    num_dist(b->x + (size_t) i * m->nobs, y, m->nobs) < SWEEP_SAME_MERGE)
                    return;
    }
    sweep_branch_push(sweep_add_branch(sw, sweep_kind_of(y, m), dir), g, y, 1, sw);
}

/* A stable branch born at a pitchfork between grid points ga and g (where
   the followed state lost stability): at a supercritical pitchfork the
   state moves onto it continuously, however fine the grid, so that is no
   jump.  Of the two mirror branches, the one nearest y (where the flow
   went, when it could be followed; else the first). */
static const sweep_branch_t *born_between(const sweep_t *sw, int dir, int ga, int g,
                                          const double *y)
{
    double lo = sweep_grid_value(sw, ga < g ? ga : g), hi = sweep_grid_value(sw, ga < g ? g : ga);
    const sweep_branch_t *best = NULL;
    double dbest = INFINITY;
    int n = sw->m->nobs;

    for (int k = 0; k < sw->nbr; k++)
    {
        const sweep_branch_t *b = sw->br + k;
        double d;
        if (b->dir != dir || !b->alive || b->len == 0 || b->grid[b->len - 1] != g ||
            !(b->birth_par >= lo && b->birth_par <= hi) || !sweep_point_holds(b, b->len - 1))
            continue;
        d = y ? num_dist(b->x + (size_t) (b->len - 1) * n, y, n) : (double) k;
        if (d < dbest)
            dbest = d, best = b;
    }
    return best;
}

static void lose(sweep_t *sw, sweep_branch_t *f, int ga, int g)
{
    f->alive = 0;
    f->end = SWEEP_END_LOST;
    sweep_add_event(sw, SWEEP_EV_LOST, f->dir, 0, ga, g, sweep_grid_value(sw, g), 0);
}

static void first(sweep_t *sw, sweep_branch_t *f, int g)
{
    double *y = blochgen_malloc(sizeof(double) * sw->m->nobs);

    sweep_branch_push(f, g, sw->fol0, 1, sw);
    if (!sweep_point_holds(f, 0))
    {
        f->len = 0;
        if (sweep_relax(y, sw->fol0, g, sw) == 0)
        {
            sweep_branch_push(f, g, y, 1, sw);
            adopt(sw, y, f->dir, g);
        }
        else
            lose(sw, f, g, g);
    }
    free(y);
}

/* The followed state lost stability (or its step failed) at g, coming
   from ga; x is where it got to.  It moves continuously onto a stable
   branch born at a pitchfork in between, else it relaxes in time: a jump,
   or lost. */
static void leave(sweep_t *sw, sweep_branch_t *f, const double *x, int st, int ga, int g)
{
    int n = sw->m->nobs, relaxed;
    double *y = blochgen_malloc(sizeof(double) * n);
    const sweep_branch_t *c;

    relaxed = sweep_relax(y, x, g, sw) == 0;
    c = born_between(sw, f->dir, ga, g, relaxed ? y : NULL);
    if (c != NULL)
    {
        /* on that branch now: continue it with its secant, not one that
           spans the pitchfork */
        sweep_branch_push(f, g, c->x + (size_t) (c->len - 1) * n, 1, sw);
        f->nmem = c->nmem;
        for (int k = 0; k < c->nmem; k++)
        {
            f->mp[k] = c->mp[k];
            memcpy(f->mx[k], c->mx[k], sizeof(double) * n);
        }
    }
    else if (!relaxed)
        lose(sw, f, ga, g);
    else
    {
        sweep_event_t *e = sweep_add_event(
            sw, SWEEP_EV_JUMP, f->dir, 0, ga, g, sweep_grid_value(sw, g),
            num_dist(y, f->x + (size_t) (f->len - 1) * n, n));
        e->why = st == 0 ? 0 : SWEEP_END_FOLD;
        sweep_branch_push(f, g, y, 1, sw);
        adopt(sw, y, f->dir, g);
    }
    free(y);
}

void sweep_follow(sweep_t *sw, int dir, int g)
{
    int d = dir > 0 ? 0 : 1, n = sw->m->nobs, st, ga;
    sweep_branch_t *f = sw->fol + d;
    double *x = blochgen_malloc(sizeof(double) * n), reach;

    if (!sw->have_fol[d])
    {
        sweep_branch_init(f, 0, SWEEP_FOLLOWED, dir, sw->m);
        sw->have_fol[d] = 1;
        first(sw, f, g);
    }
    else if (f->alive)
    {
        ga = f->grid[f->len - 1];
        st = sweep_step(x, &reach, f, g, sw);
        if (st == 0)
        {
            sweep_branch_push(f, g, x, 0, sw);
            if (sweep_point_holds(f, f->len - 1))
            {
                free(x);
                return;
            }
            f->len--;
        }
        else
            memcpy(x, f->mx[1], sizeof(double) * n);   /* furthest reached */
        leave(sw, f, x, st, ga, g);
    }
    free(x);
}
