#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "stab.h"
#include "plot.h"

/* The plotted coordinate: the first odd observable (the order parameter
   of a Z2 model), else the observable that varies most over the sweep. */
int sweep_order_param(const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    int v, k, j, best = 0;
    double spread = -1;

    for (v = 0; v < m->nobs; v++)
        if (m->parity[v] == 1)
            return v;
    for (v = 0; v < m->nobs; v++)
    {
        double lo = INFINITY, hi = -INFINITY;
        for (k = 0; k < sw->nbr; k++)
            for (j = 0; j < sw->br[k].len; j++)
            {
                double y = sw->br[k].x[(size_t) j * m->nobs + v];
                lo = fmin(lo, y);
                hi = fmax(hi, y);
            }
        if (hi - lo > spread)
            spread = hi - lo, best = v;
    }
    return best;
}

/* Value of observable v on branch id at grid index g, or NAN. */
static double value_at(const sweep_t *sw, int id, int g, int v)
{
    const sweep_branch_t *b = id >= 1 && id <= sw->nbr ? sw->br + id - 1 : NULL;
    int k;

    for (k = 0; b && k < b->len; k++)
        if (b->grid[k] == g)
            return b->x[(size_t) k * sw->m->nobs + v];
    return NAN;
}

typedef struct
{
    int n;
    double *x, *y;
    char *st;
} polyline_t;

/* Backward branches are drawn in increasing order too, so that the dashes
   of a branch found in both directions coincide instead of filling each
   other's gaps. */
static void reverse(polyline_t *pl)
{
    int i, j;

    for (i = 0, j = pl->n - 1; i < j; i++, j--)
    {
        double t = pl->x[i];
        char c = pl->st[i];
        pl->x[i] = pl->x[j], pl->x[j] = t;
        t = pl->y[i], pl->y[i] = pl->y[j], pl->y[j] = t;
        pl->st[i] = pl->st[j], pl->st[j] = c;
    }
}

/* The branch's points, with the pitchfork it was born at and the point it
   merged into joined on, so the diagram shows where branches meet. */
static void branch_points(polyline_t *pl, const sweep_branch_t *b, int v, const sweep_t *sw)
{
    int k, n = sw->m->nobs;

    pl->n = 0;
    pl->x = blochgen_malloc(sizeof(double) * 2 * (b->len + 3));
    pl->y = pl->x + b->len + 3;
    pl->st = blochgen_malloc(b->len + 3);
    if (b->parent && b->len > 0 && !isnan(value_at(sw, b->parent, b->grid[0], v)))
    {
        pl->x[pl->n] = b->birth_par;
        pl->y[pl->n] = value_at(sw, b->parent, b->grid[0], v);
        pl->st[pl->n++] = sweep_point_stable(b, 0);
    }
    for (k = 0; k < b->len; k++)
    {
        pl->x[pl->n] = sweep_grid_value(sw, b->grid[k]);
        pl->y[pl->n] = b->x[(size_t) k * n + v];
        pl->st[pl->n++] = sweep_point_stable(b, k);
    }
    if ((b->end == SWEEP_END_FOLD || b->end == SWEEP_END_STUCK) && b->nmem > 0 && b->len > 0)
    {
        /* the continuation memory holds the furthest state reached */
        pl->x[pl->n] = b->mp[1];
        pl->y[pl->n] = b->mx[1][v];
        pl->st[pl->n++] = sweep_point_stable(b, b->len - 1);
    }
    else if (b->end == SWEEP_END_MERGE && b->len > 0)
    {
        int g = b->grid[b->len - 1] + (b->dir > 0 ? 1 : -1);
        pl->x[pl->n] = sweep_grid_value(sw, g);
        pl->y[pl->n] = value_at(sw, b->end_into, g, v);
        pl->st[pl->n] = sweep_point_stable(b, b->len - 1);
        pl->n += !isnan(pl->y[pl->n]);
    }
    if (b->dir < 0)
        reverse(pl);
}

/* A datablock of the segments whose both ends have stability `stable`
   (solid) or not (dashed), runs separated by blank lines. */
static int segments(FILE *f, const char *name, const polyline_t *pl, int stable)
{
    int k, open = 0, cnt = 0;

    fprintf(f, "%s << EOD\n", name);
    for (k = 0; k + 1 < pl->n; k++)
    {
        int s = pl->st[k] && pl->st[k + 1];
        if (s != stable)
        {
            if (open)
                fprintf(f, "\n");
            open = 0;
            continue;
        }
        if (!open)
            fprintf(f, "%.10g %.10g\n", pl->x[k], pl->y[k]);
        fprintf(f, "%.10g %.10g\n", pl->x[k + 1], pl->y[k + 1]);
        open = 1;
        cnt++;
    }
    if (pl->n == 1 && pl->st[0] == stable)
        fprintf(f, "%.10g %.10g\n", pl->x[0], pl->y[0]), cnt++;
    fprintf(f, "EOD\n");
    return cnt;
}

static int followed_block(FILE *f, int d, int v, const sweep_t *sw)
{
    const sweep_branch_t *b = sw->fol + d;
    int k;

    fprintf(f, "$fol%d << EOD\n", d);
    for (k = 0; sw->have_fol[d] && k < b->len; k++)
        fprintf(f, "%.10g %.10g\n", sweep_grid_value(sw, b->grid[k]),
                b->x[(size_t) k * sw->m->nobs + v]);
    fprintf(f, "EOD\n");
    return sw->have_fol[d] ? b->len : 0;
}

/* The settled limit cycles' range of observable v (min to max over a
   period), one run per Hopf point. */
static int cycle_block(FILE *f, int v, const sweep_t *sw)
{
    int k, cnt = 0;

    fprintf(f, "$cyc << EOD\n");
    for (k = 0; k < sw->ncyc; k++)
    {
        const sweep_cycle_t *c = sw->cyc + k;
        int start = k == 0 || c->hopf_par != sw->cyc[k - 1].hopf_par;
        if (start && k > 0)
            fprintf(f, "\n");
        /* a cycle born at the Hopf point has zero range there */
        if (start && c->status == SWEEP_CYCLE_SETTLED)
            fprintf(f, "%.10g %.10g %.10g\n", c->hopf_par, (c->lo[v] + c->hi[v]) / 2,
                    (c->lo[v] + c->hi[v]) / 2);
        if (c->status == SWEEP_CYCLE_SETTLED)
        {
            fprintf(f, "%.10g %.10g %.10g\n", sweep_grid_value(sw, c->g), c->lo[v], c->hi[v]);
            cnt++;
        }
    }
    fprintf(f, "EOD\n");
    return cnt;
}

/* Vertical markers at pitchforks, Hopf points and folds. */
static void markers(FILE *f, const sweep_t *sw)
{
    static const char *names[] = {"pitchfork", "Hopf", "fold", "", "", "branch point"};
    int k;

    for (k = 0; k < sw->nev; k++)
        if (sw->ev[k].type <= SWEEP_EV_FOLD || sw->ev[k].type == SWEEP_EV_BRANCH)
        {
            fprintf(f, "set arrow from %.10g, graph 0 to %.10g, graph 1 nohead dt 3 "
                       "lc rgb '#999999'\n", sw->ev[k].par, sw->ev[k].par);
            fprintf(f, "set label '%s' at %.10g, graph 0.02 rotate by 90 offset -0.6,0 "
                       "font ',9' tc rgb '#666666'\n", names[sw->ev[k].type], sw->ev[k].par);
        }
}

/* One plot item per non-empty block; gnuplot warns about empty ones. */
static void item(FILE *f, int *first, const char *spec)
{
    fprintf(f, "%s  %s", *first ? "plot \\\n" : ", \\\n", spec);
    *first = 0;
}

static void branch_blocks(FILE *f, char *has, int v, const sweep_t *sw)
{
    int k;

    for (k = 0; k < sw->nbr; k++)
    {
        polyline_t pl;
        char name[32];
        branch_points(&pl, sw->br + k, v, sw);
        sprintf(name, "$s%d", k);
        has[2 * k] = segments(f, name, &pl, 1) > 0;
        sprintf(name, "$u%d", k);
        has[2 * k + 1] = segments(f, name, &pl, 0) > 0;
        free(pl.x);
        free(pl.st);
    }
}

static void plot_items(FILE *f, const char *has, const int *hasfol, int hascyc,
                       const sweep_t *sw)
{
    static const char *colour[] = {"#1f4e9c", "#c0392b", "#e67e22", "#000000", "#27ae60"};
    static const char *folspec[] = {"$fol0 with points pt 6 ps 0.7 lc rgb '#555555' "
                                    "title 'followed forward'",
                                    "$fol1 with points pt 2 ps 0.7 lc rgb '#aa00aa' "
                                    "title 'followed backward'"};
    int k, first = 1, titled[5] = {0};
    char spec[160];

    if (hascyc)
        item(f, &first, "$cyc using 1:2:3 with filledcurves fc rgb '#27ae60' "
                        "fs transparent solid 0.25 noborder title 'limit cycle (range)'");

    for (k = 0; k < sw->nbr; k++)
    {
        int kind = sw->br[k].kind;
        if (has[2 * k])
        {
            sprintf(spec, "$s%d with lines lw 2.5 lc rgb '%s' %s%s%s", k, colour[kind],
                    titled[kind] ? "notitle" : "title '",
                    titled[kind] ? "" : sweep_kind_name(kind), titled[kind] ? "" : "'");
            item(f, &first, spec);
            titled[kind] = 1;
        }
        if (has[2 * k + 1])
        {
            sprintf(spec, "$u%d with lines lw 1.5 dt 2 lc rgb '%s' %s%s%s", k, colour[kind],
                    titled[kind] ? "notitle" : "title '",
                    titled[kind] ? "" : sweep_kind_name(kind), titled[kind] ? "" : "'");
            item(f, &first, spec);
            titled[kind] = 1;
        }
    }
    for (k = 0; k < 2; k++)
        if (hasfol[k])
            item(f, &first, folspec[k]);
    fprintf(f, "\n");
}

/* gnuplot complains about an empty y range when the plotted observable
   is constant (no broken branch): give it one. */
static void y_range(FILE *f, int v, const sweep_t *sw)
{
    double lo = INFINITY, hi = -INFINITY;
    int k, j;

    for (k = 0; k < sw->nbr; k++)
        for (j = 0; j < sw->br[k].len; j++)
        {
            lo = fmin(lo, sw->br[k].x[(size_t) j * sw->m->nobs + v]);
            hi = fmax(hi, sw->br[k].x[(size_t) j * sw->m->nobs + v]);
        }
    if (lo <= hi && hi - lo < 1e-9)
        fprintf(f, "set yrange [%.10g:%.10g]\n", lo - 1, hi + 1);
}

int sweep_plot(const char *png, const int *obs, int nv, const sweep_t *sw, char *msg, size_t n)
{
    const bloch_model_t *m = sw->m;
    int v0 = sweep_order_param(sw), d, i, hasfol[2], hascyc;
    FILE *f;
    char *has;

    if (nv <= 0)
        obs = &v0, nv = 1;
    if ((f = plot_script_open(png, 900, nv == 1 ? 600 : 120 + 360 * nv, msg, n)) == NULL)
        return PLOT_NO_SCRIPT;
    fprintf(f, "set xlabel '%s'\nset key outside right top\n"
               "set xrange [%.10g:%.10g]\nset grid lc rgb '#dddddd'\n",
            m->params[sw->vary], fmin(sw->a, sw->b), fmax(sw->a, sw->b));
    if (nv > 1)
        fprintf(f, "set multiplot layout %d,1 title '%s: steady states along %s (solid stable, "
                   "dashed unstable)%s'\n", nv, m->name, m->params[sw->vary],
                sw->ncyc ? ", limit cycles shaded" : "");
    else
        fprintf(f, "set title '%s: steady states along %s (solid stable, dashed unstable)%s'\n",
                m->name, m->params[sw->vary], sw->ncyc ? ", limit cycles shaded" : "");
    markers(f, sw);
    has = blochgen_malloc(2 * (size_t) sw->nbr + 1);
    for (i = 0; i < nv; i++)
    {
        int v = obs[i];
        /* each panel redefines the datablocks with its observable */
        fprintf(f, "set ylabel '<%s>'\nset autoscale y\n", m->observables[v]);
        y_range(f, v, sw);
        branch_blocks(f, has, v, sw);
        for (d = 0; d < 2; d++)
            hasfol[d] = followed_block(f, d, v, sw) > 0;
        hascyc = cycle_block(f, v, sw) > 0;
        plot_items(f, has, hasfol, hascyc, sw);
    }
    if (nv > 1)
        fprintf(f, "unset multiplot\n");
    free(has);
    return plot_script_run(f, png, msg, n);
}
