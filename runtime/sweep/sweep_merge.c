#include "sweep.h"

/* Which of two coinciding branches lives on: the symmetric one, else the
   older one. */
static int victim(const sweep_branch_t *a, const sweep_branch_t *b)
{
    if (a->kind == SWEEP_SYMMETRIC && b->kind != SWEEP_SYMMETRIC)
        return 1;
    if (b->kind == SWEEP_SYMMETRIC && a->kind != SWEEP_SYMMETRIC)
        return 0;
    return a->id > b->id ? 0 : 1;
}

static int at(const sweep_branch_t *b, int dir, int g)
{
    return b->dir == dir && b->alive && b->len > 0 && b->grid[b->len - 1] == g;
}

void sweep_merge(sweep_t *sw, int dir, int g)
{
    int n = sw->m->nobs, i, j;

    for (i = 0; i < sw->nbr; i++)
        for (j = i + 1; j < sw->nbr && at(sw->br + i, dir, g); j++)
        {
            sweep_branch_t *a = sw->br + i, *b = sw->br + j, *v, *w;
            if (!at(b, dir, g) ||
                num_dist(a->x + (size_t) (a->len - 1) * n, b->x + (size_t) (b->len - 1) * n,
                           n) >= SWEEP_SAME_MERGE)
                continue;
            v = victim(a, b) ? b : a;
            w = v == a ? b : a;
            /* the meeting point belongs to the survivor */
            v->len--;
            v->alive = 0;
            v->end = SWEEP_END_MERGE;
            v->end_into = w->id;
            v->end_par = sweep_grid_value(sw, g);
        }
}
