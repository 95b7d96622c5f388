#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "stab.h"

/* Was the Hopf point of event j met earlier (the other direction, or a
   mirror branch)?  The same test as the summary's. */
static int seen_before(const sweep_t *sw, int j)
{
    const sweep_event_t *e = sw->ev + j;

    for (int k = 0; k < j; k++)
    {
        const sweep_event_t *o = sw->ev + k;
        if (o->type == SWEEP_EV_HOPF &&
            ((o->ga == e->ga && o->gb == e->gb) || (o->ga == e->gb && o->gb == e->ga)) &&
            fabs(o->par - e->par) <= 1e-9 * (1 + fabs(o->par)))
            return 1;
    }
    return 0;
}

static int index_of(const sweep_branch_t *b, int g)
{
    for (int k = 0; k < b->len; k++)
        if (b->grid[k] == g)
            return k;
    return -1;
}

/* Point k of b is past the Hopf point: unstable, with a complex pair
   resolved off the axis leading. */
static int oscillatory(const sweep_branch_t *b, int k)
{
    return k >= 0 && k < b->len && sweep_point_verdict(b, k) == STAB_UNSTABLE &&
           b->freq[k] > b->tol[k];
}

static sweep_cycle_t *add(sweep_t *sw)
{
    if (sw->ncyc == sw->acyc)
    {
        sw->acyc = sw->acyc ? 2 * sw->acyc : 16;
        sw->cyc = blochgen_realloc(sw->cyc, sizeof(sweep_cycle_t) * sw->acyc);
    }
    return sw->cyc + sw->ncyc++;
}

void sweep_cycles(sweep_t *sw)
{
    int j, n = sw->m->nobs;

    for (j = 0; j < sw->nev; j++)
    {
        const sweep_event_t *e = sw->ev + j;
        const sweep_branch_t *b;
        int k, step;

        if (e->type != SWEEP_EV_HOPF || seen_before(sw, j) || e->branch < 1 ||
            e->branch > sw->nbr)
            continue;
        b = sw->br + e->branch - 1;
        /* the side of the Hopf point where the pair has crossed */
        k = index_of(b, e->gb);
        step = 1;
        if (!oscillatory(b, k))
        {
            k = index_of(b, e->ga);
            step = -1;
        }
        for (; oscillatory(b, k); k += step)
        {
            sweep_cycle_t *c = add(sw);
            c->g = b->grid[k];
            c->dir = b->dir;
            c->branch = b->id;
            c->hopf_par = e->par;
            sweep_cycle(c, b->x + (size_t) k * n, -b->gap[k], b->freq[k], b->grid[k], sw);
            /* sw->cyc may have moved: b is a branch, not a cycle */
        }
    }
}
