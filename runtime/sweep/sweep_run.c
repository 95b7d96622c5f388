#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"

/* Continues every live branch of direction dir to grid index g; one that
   cannot be continued ends at a fold when a real eigenvalue vanishes
   there, else it is stuck (said so, not called a fold). */
static void continue_all(sweep_t *sw, int dir, int g, double *x)
{
    int k;

    for (k = 0; k < sw->nbr; k++)
    {
        sweep_branch_t *b = sw->br + k;
        double reach;
        if (b->dir != dir || !b->alive)
            continue;
        if (sweep_step(x, &reach, b, g, sw) == 0)
            sweep_branch_push(b, g, x, 0, sw);
        else
        {
            int fold = sweep_fold_check(b, sw);
            b->alive = 0;
            b->end = fold ? SWEEP_END_FOLD : SWEEP_END_STUCK;
            b->end_par = reach;
            sweep_add_event(sw, fold ? SWEEP_EV_FOLD : SWEEP_EV_STUCK, dir, b->id,
                            b->grid[b->len - 1], g, reach, 0);
        }
    }
}

int sweep_run(sweep_t *sw, int dir, void (*tick)(void *), void *data)
{
    int s, k, g, nb;
    double *x;

    if (sweep_start(sw, dir) == 0)
        return -1;
    x = blochgen_malloc(sizeof(double) * sw->m->nobs);
    sweep_follow(sw, dir, dir > 0 ? 0 : sw->n - 1);
    if (tick)
        tick(data);
    for (s = 1; s < sw->n; s++)
    {
        g = dir > 0 ? s : sw->n - 1 - s;
        continue_all(sw, dir, g, x);
        /* branches switched onto here are already at g */
        nb = sw->nbr;
        for (k = 0; k < nb; k++)
            if (sw->br[k].dir == dir && sw->br[k].alive)
                sweep_detect(sw, k);
        sweep_merge(sw, dir, g);
        sweep_follow(sw, dir, g);
        if (tick)
            tick(data);
    }
    free(x);
    return 0;
}
