#define _XOPEN_SOURCE 700
#include <math.h>
#include "sweep.h"
#include "stab.h"

static void rows(FILE *f, const sweep_branch_t *b, const sweep_t *sw)
{
    int n = sw->m->nobs, k, j;

    for (k = 0; k < b->len; k++)
    {
        fprintf(f, "%.17g,%s,%d,%s,%d,%d,%.17g,%.17g", sweep_grid_value(sw, b->grid[k]),
                b->dir > 0 ? "forward" : "backward", b->id, sweep_kind_name(b->kind),
                sweep_point_stable(b, k), b->phys[k], b->gap[k] + 0.0, b->freq[k]);
        for (j = 0; j < n; j++)
            fprintf(f, ",%.17g", b->x[(size_t) k * n + j]);
        fprintf(f, "\n");
    }
}

/* Two rows per measured cycle: kind cycle-max with every observable's
   maximum over the last period, cycle-min with its minimum; frequency
   2 pi / period, gap NAN (no Floquet exponent is computed), stable 1 for
   a settled cycle (an attractor reached in time), branch and direction
   those of the steady branch it was measured from. */
static void cycle_rows(FILE *f, int dir, const sweep_t *sw)
{
    int n = sw->m->nobs, k, j, h;

    for (k = 0; k < sw->ncyc; k++)
    {
        const sweep_cycle_t *c = sw->cyc + k;
        if (c->dir != dir || (c->status != SWEEP_CYCLE_SETTLED &&
                              c->status != SWEEP_CYCLE_UNSETTLED))
            continue;
        for (h = 1; h >= 0; h--)
        {
            fprintf(f, "%.17g,%s,%d,%s,%d,%d,nan,%.17g", sweep_grid_value(sw, c->g),
                    dir > 0 ? "forward" : "backward", c->branch, h ? "cycle-max" : "cycle-min",
                    c->status == SWEEP_CYCLE_SETTLED && c->phys != 0, c->phys,
                    2 * M_PI / c->period);
            for (j = 0; j < n; j++)
                fprintf(f, ",%.17g", h ? c->hi[j] : c->lo[j]);
            fprintf(f, "\n");
        }
    }
}

/* One block per direction: its branches by id, then its followed state
   (branch 0). */
void sweep_write_header(FILE *f, const sweep_t *sw)
{
    fprintf(f, "param,direction,branch,kind,stable,physical,gap,frequency");
    for (int k = 0; k < sw->m->nobs; k++)
        fprintf(f, ",%s", sw->m->observables[k]);
    fprintf(f, "\n");
}

void sweep_write_csv(FILE *f, const sweep_t *sw)
{
    sweep_write_header(f, sw);
    sweep_write_rows(f, sw);
}

void sweep_write_rows(FILE *f, const sweep_t *sw)
{
    int d, k;

    for (d = 0; d < 2; d++)
    {
        for (k = 0; k < sw->nbr; k++)
            if (sw->br[k].dir == (d ? -1 : 1))
                rows(f, sw->br + k, sw);
        if (sw->have_fol[d])
            rows(f, sw->fol + d, sw);
        cycle_rows(f, d ? -1 : 1, sw);
    }
}
