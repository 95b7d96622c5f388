#include <math.h>
#include <stdlib.h>
#include "sweep.h"
#include "stab.h"

static const char *dir_name(int dir)
{
    return dir > 0 ? "forward" : "backward";
}

static const sweep_branch_t *branch(const sweep_t *sw, int id)
{
    return id >= 1 && id <= sw->nbr ? sw->br + id - 1 : NULL;
}

/* "h1=[a,b]" with a <= b, from two grid indices. */
static void interval(FILE *f, const sweep_t *sw, int ga, int gb)
{
    double a = sweep_grid_value(sw, ga), b = sweep_grid_value(sw, gb);
    fprintf(f, "%s=[%.10g,%.10g]", sw->m->params[sw->vary], fmin(a, b), fmax(a, b));
}

/* A point's verdict for the summary: an unphysical point is that first. */
#define UNPHYSICAL (-2)
static int verdict(const sweep_branch_t *b, int k)
{
    return b->phys[k] == 0 ? UNPHYSICAL : sweep_point_verdict(b, k);
}

/* The stretches of a branch with verdict v, as " <word> P=[a,b] ...";
   returns the number of points with that verdict. */
static int runs(FILE *f, const char *word, int v, const sweep_branch_t *b, const sweep_t *sw)
{
    int k = 0, j, count = 0;

    while (k < b->len)
    {
        if (verdict(b, k) != v)
        {
            k++;
            continue;
        }
        for (j = k; j + 1 < b->len && verdict(b, j + 1) == v; j++)
            ;
        fprintf(f, "%s", count ? " " : word);
        interval(f, sw, b->grid[k], b->grid[j]);
        count += j - k + 1;
        k = j + 1;
    }
    return count;
}

/* The stable and marginal stretches of a branch. */
static void stable_runs(FILE *f, const sweep_branch_t *b, const sweep_t *sw)
{
    int ns = runs(f, ", stable ", STAB_STABLE, b, sw);
    int nm = runs(f, ", marginal ", STAB_MARGINAL, b, sw);
    int nu = runs(f, ", UNPHYSICAL (rho not >= 0) ", UNPHYSICAL, b, sw);

    if (ns + nm + nu == 0)
        fprintf(f, ", unstable throughout");
}

static void branch_line(FILE *f, const char *pre, const sweep_branch_t *b, const sweep_t *sw)
{
    const char *p = sw->m->params[sw->vary];

    fprintf(f, "%sbranch %d %s %s: ", pre, b->id, sweep_kind_name(b->kind), dir_name(b->dir));
    if (b->len == 0)
    {
        fprintf(f, "no points\n");
        return;
    }
    interval(f, sw, b->grid[0], b->grid[b->len - 1]);
    fprintf(f, " %d points", b->len);
    stable_runs(f, b, sw);
    if (b->parent)
        fprintf(f, "; born at the pitchfork of branch %d (%s=%.10g)", b->parent, p, b->birth_par);
    if (b->end == SWEEP_END_FOLD)
        fprintf(f, "; ends at a fold (continued up to %s=%.10g)", p, b->end_par);
    else if (b->end == SWEEP_END_STUCK)
        fprintf(f, "; STUCK at %s=%.10g (continuation failed where no real eigenvalue "
                   "vanishes: not a fold)", p, b->end_par);
    else if (b->end == SWEEP_END_MERGE)
        fprintf(f, "; merges into branch %d at %s=%.10g", b->end_into, p, b->end_par);
    fprintf(f, "\n");
}

/* Events a and b are the same point: the same type between the same grid
   values, located at the same parameter value (the pitchfork seen going
   forward and backward, the folds of two mirror-image branches). */
static int same_point(const sweep_event_t *a, const sweep_event_t *b)
{
    return a->type == b->type &&
           ((a->ga == b->ga && a->gb == b->gb) || (a->ga == b->gb && a->gb == b->ga)) &&
           fabs(a->par - b->par) <= 1e-9 * (1 + fabs(a->par));
}

/* Is event j the same point as an earlier one (printed with it)? */
static int seen(const sweep_t *sw, int j)
{
    for (int k = 0; k < j; k++)
        if (same_point(sw->ev + k, sw->ev + j))
            return 1;
    return 0;
}

/* " (forward, backward)": the directions that saw event j's point. */
static void directions(FILE *f, int j, const sweep_t *sw)
{
    int d, k, n = 0;

    for (d = 1; d >= -1; d -= 2)
        for (k = j; k < sw->nev; k++)
            if (sw->ev[k].dir == d && same_point(sw->ev + j, sw->ev + k))
            {
                fprintf(f, "%s%s", n++ ? ", " : " (", dir_name(d));
                break;
            }
    fprintf(f, ")");
}

/* Pitchfork and Hopf lines, each point once. */
static void point_lines(FILE *f, const char *pre, int type, const sweep_t *sw)
{
    const char *p = sw->m->params[sw->vary];
    int j;

    for (j = 0; j < sw->nev; j++)
    {
        const sweep_event_t *e = sw->ev + j;
        if (e->type != type || seen(sw, j))
            continue;
        fprintf(f, "%s%s %s=%.10g", pre, type == SWEEP_EV_HOPF ? "hopf" : "pitchfork", p, e->par);
        if (type == SWEEP_EV_HOPF)
            fprintf(f, " frequency=%.10g", e->freq);
        fprintf(f, " between ");
        interval(f, sw, e->ga, e->gb);
        fprintf(f, " on the %s branch", sweep_kind_name(branch(sw, e->branch)->kind));
        directions(f, j, sw);
        fprintf(f, "\n");
    }
}

static void other_lines(FILE *f, const char *pre, const sweep_t *sw)
{
    const char *p = sw->m->params[sw->vary];
    int j;

    for (j = 0; j < sw->nev; j++)
    {
        const sweep_event_t *e = sw->ev + j;
        if ((e->type == SWEEP_EV_FOLD || e->type == SWEEP_EV_BRANCH) && !seen(sw, j))
        {
            int k, n = 0, all = 0;
            for (k = j; k < sw->nev; k++)
                all += same_point(e, sw->ev + k);
            fprintf(f, "%s%s %s=%.10g between ", pre,
                    e->type == SWEEP_EV_FOLD ? "fold" : "branch point", p, e->par);
            interval(f, sw, e->ga, e->gb);
            fprintf(f, e->type == SWEEP_EV_FOLD ? ": the %s branch%s" : " on the %s branch%s",
                    sweep_kind_name(branch(sw, e->branch)->kind), all > 1 ? "es" : "");
            for (k = j; k < sw->nev; k++)
                if (same_point(e, sw->ev + k))
                    fprintf(f, "%s %d", n++ ? "," : "", sw->ev[k].branch);
            if (e->type == SWEEP_EV_FOLD)
                fprintf(f, " end%s", all == 1 ? "s" : "");
            else
                fprintf(f, " (a real eigenvalue crosses zero and the branch goes on)");
            directions(f, j, sw);
            fprintf(f, "\n");
        }
        else if (e->type == SWEEP_EV_STUCK)
            fprintf(f, "%sstuck %s=%.10g: branch %d (%s) cannot be continued beyond, and no "
                       "eigenvalue vanishes there (not a fold; try a finer grid or --tol)\n",
                    pre, p, e->par, e->branch, dir_name(e->dir));
        else if (e->type == SWEEP_EV_JUMP)
        {
            fprintf(f, "%sfollowed %s: jump ", pre, dir_name(e->dir));
            interval(f, sw, e->ga, e->gb);
            fprintf(f, " distance=%.3g (%s)\n", e->freq,
                    e->why == SWEEP_END_FOLD ? "its branch ends" : "it loses stability");
        }
        else if (e->type == SWEEP_EV_LOST)
        {
            int k, cyc = 0;
            for (k = 0; k < sw->ncyc; k++)
                cyc |= sw->cyc[k].status == SWEEP_CYCLE_SETTLED &&
                       sweep_grid_value(sw, sw->cyc[k].g) == e->par;
            fprintf(f, "%sfollowed %s: no stable steady state reached from %s=%.10g on %s\n",
                    pre, dir_name(e->dir), p, e->par,
                    cyc ? "(a limit cycle settles there: the cycle rows)"
                        : "(a limit cycle or another non-stationary attractor?)");
        }
    }
}

/* Per Hopf point: the stretch of settled cycles past it, the amplitude
   (half the range) of the plotted observable and the period at its ends,
   then every grid value where no cycle settled, said so. */
static void cycle_lines(FILE *f, const char *pre, const sweep_t *sw)
{
    const char *p = sw->m->params[sw->vary];
    int v = sweep_order_param(sw), i = 0, j, k;

    while (i < sw->ncyc)
    {
        const sweep_cycle_t *a = sw->cyc + i, *first = NULL, *last = NULL;
        int ok = 0;
        for (j = i; j < sw->ncyc && sw->cyc[j].hopf_par == a->hopf_par &&
                    sw->cyc[j].branch == a->branch; j++)
            if (sw->cyc[j].status == SWEEP_CYCLE_SETTLED)
            {
                first = first ? first : sw->cyc + j;
                last = sw->cyc + j;
                ok++;
            }
        fprintf(f, "%scycle from the hopf %s=%.10g (branch %d %s): ", pre, p, a->hopf_par,
                a->branch, dir_name(a->dir));
        if (ok)
        {
            fprintf(f, "settled at %d of %d grid values; at %s=%.10g amplitude(%s)=%.6g "
                       "period=%.10g, at %s=%.10g amplitude(%s)=%.6g period=%.10g\n",
                    ok, j - i, p, sweep_grid_value(sw, first->g), sw->m->observables[v],
                    (first->hi[v] - first->lo[v]) / 2, first->period, p,
                    sweep_grid_value(sw, last->g), sw->m->observables[v],
                    (last->hi[v] - last->lo[v]) / 2, last->period);
        }
        else
            fprintf(f, "no cycle settled at any of %d grid values\n", j - i);
        for (k = i; k < j; k++)
        {
            const sweep_cycle_t *c = sw->cyc + k;
            double x = sweep_grid_value(sw, c->g);
            if (c->status == SWEEP_CYCLE_UNSETTLED)
                fprintf(f, "%scycle %s=%.10g: NOT settled (the last two periods differ by "
                           "%.2g relative; period %.10g)\n", pre, p, x, c->change, c->period);
            else if (c->status == SWEEP_CYCLE_NONE)
                fprintf(f, "%scycle %s=%.10g: none (the flow from the unstable state came "
                           "to rest: a subcritical Hopf point, or another attractor)\n",
                        pre, p, x);
            else if (c->status == SWEEP_CYCLE_FAILED)
                fprintf(f, "%scycle %s=%.10g: not measured (the integration failed or "
                           "blew up)\n", pre, p, x);
            else if (c->phys == 0)
                fprintf(f, "%scycle %s=%.10g: UNPHYSICAL (rho not >= 0 on it)\n", pre, p, x);
        }
        i = j;
    }
}

/* Bistable windows the folds bound: a fold met going forward at F (a
   branch ends there) and one met going backward at B, B before F in the
   forward order, enclose an interval where both branches exist, whether
   or not a grid point falls inside.  Returns the number printed. */
static int fold_windows(FILE *f, const char *pre, const sweep_t *sw)
{
    double s = sw->b > sw->a ? 1 : -1;
    int i, j, n = 0;

    for (i = 0; i < sw->nev; i++)
        for (j = 0; j < sw->nev; j++)
        {
            const sweep_event_t *F = sw->ev + i, *B = sw->ev + j;
            if (F->type != SWEEP_EV_FOLD || B->type != SWEEP_EV_FOLD || F->dir < 0 ||
                B->dir > 0 || !((F->par - B->par) * s > 0))
                continue;
            fprintf(f, "%sbistable %s=[%.10g,%.10g] between the folds of branches %d and %d\n",
                    pre, sw->m->params[sw->vary], fmin(F->par, B->par), fmax(F->par, B->par),
                    F->branch, B->branch);
            n++;
        }
    return n;
}

void sweep_write_summary(FILE *f, const char *pre, const sweep_t *sw)
{
    int k, nh, nw, lo[64], hi[64];

    for (k = 0; k < sw->nbr; k++)
        branch_line(f, pre, sw->br + k, sw);
    point_lines(f, pre, SWEEP_EV_PITCHFORK, sw);
    point_lines(f, pre, SWEEP_EV_HOPF, sw);
    cycle_lines(f, pre, sw);
    other_lines(f, pre, sw);
    if (!sw->have_fol[0] || !sw->have_fol[1])
        return;
    nh = sweep_hysteresis(lo, hi, 64, sw);
    for (k = 0; k < nh; k++)
    {
        fprintf(f, "%shysteresis ", pre);
        interval(f, sw, lo[k], hi[k]);
        fprintf(f, "\n");
    }
    nw = fold_windows(f, pre, sw);
    /* "no hysteresis" only where both followed states crossed the whole
       grid: a direction that lost its state compared nothing beyond */
    for (k = 0; k < sw->nev && sw->ev[k].type != SWEEP_EV_STUCK; k++)
        ;
    if (sw->fol[0].len < sw->n || sw->fol[1].len < sw->n)
        fprintf(f, "%shysteresis not decided: the followed state of the %s direction does "
                   "not reach every grid point\n", pre,
                sw->fol[0].len < sw->n ? "forward" : "backward");
    else if (k < sw->nev && nh == 0 && nw == 0)
        fprintf(f, "%shysteresis not decided: branch %d is stuck, so a fold beyond it is "
                   "neither seen nor excluded\n", pre, sw->ev[k].branch);
    else if (nh == 0 && nw == 0)
        fprintf(f, "%sno hysteresis: the followed states of both directions agree\n", pre);
}
