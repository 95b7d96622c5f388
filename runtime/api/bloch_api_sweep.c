#define _XOPEN_SOURCE 700
/* Continuation (sweep) and the phase diagram (scan), as arrays. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "bloch_api.h"
#include "scan.h"
#include "stab.h"
#include "sweep.h"

struct bloch_api_sweep_struct
{
    sweep_t sw;
};

static int param_ok(int k, const char *what, const bloch_model_t *m, char *msg, size_t n)
{
    if (k >= 0 && k < m->nparams)
        return 1;
    if (n)
        snprintf(msg, n, "%s: no parameter %d (the model has %d)", what, k, m->nparams);
    return 0;
}

bloch_api_sweep_t *bloch_api_sweep_new(int *status, const double *p, int vary, double a,
                                       double b, int npts, int direction, double tol,
                                       int cycles, const bloch_model_t *m, char *msg, size_t n)
{
    bloch_api_sweep_t *s;
    int dirs[2] = {1, -1}, ndir = 2, k, started = 0;

    if (n)
        msg[0] = '\0';
    *status = BLOCH_API_BAD_INPUT;
    if (!param_ok(vary, "vary", m, msg, n))
        return NULL;
    if (npts < 2 || !isfinite(a) || !isfinite(b) || a == b || !(tol > 0))
    {
        if (n)
            snprintf(msg, n, npts < 2 ? "a sweep needs at least 2 points" : !(tol > 0) ?
                     "tol must be positive" : "the range must be finite and not empty");
        return NULL;
    }
    if (direction < 0)
        dirs[0] = -1, ndir = 1;
    else if (direction > 0)
        ndir = 1;
    s = blochgen_malloc(sizeof *s);
    sweep_init(&s->sw, p, vary, a, b, npts, tol, m);
    for (k = 0; k < ndir; k++)
        started += sweep_run(&s->sw, dirs[k], NULL, NULL) == 0;
    if (s->sw.nbr == 0 || started == 0)
    {
        if (n)
            snprintf(msg, n, "no branch could be started (no state converged to at %s=%g)",
                     m->params[vary], ndir == 1 && dirs[0] < 0 ? b : a);
        sweep_clear(&s->sw);
        free(s);
        *status = BLOCH_API_NO_CONVERGENCE;
        return NULL;
    }
    if (cycles)
        sweep_cycles(&s->sw);
    *status = BLOCH_API_OK;
    return s;
}

void bloch_api_sweep_free(bloch_api_sweep_t *s)
{
    if (s == NULL)
        return;
    sweep_clear(&s->sw);
    free(s);
}

static int cycle_listed(const sweep_cycle_t *c, int dir)
{
    return c->dir == dir && (c->status == SWEEP_CYCLE_SETTLED ||
                             c->status == SWEEP_CYCLE_UNSETTLED);
}

long bloch_api_sweep_nrows(const bloch_api_sweep_t *s)
{
    const sweep_t *sw = &s->sw;
    long rows = 0;
    int k, d;

    for (k = 0; k < sw->nbr; k++)
        rows += sw->br[k].len;
    for (d = 0; d < 2; d++)
    {
        if (sw->have_fol[d])
            rows += sw->fol[d].len;
        for (k = 0; k < sw->ncyc; k++)
            rows += 2 * cycle_listed(sw->cyc + k, d ? -1 : 1);
    }
    return rows;
}

typedef struct
{
    double *param, *gap, *freq, *x;
    int *dir, *branch, *kind, *stable, *physical;
    long r;
} rows_t;

static void branch_rows(rows_t *R, const sweep_branch_t *b, const sweep_t *sw)
{
    int nobs = sw->m->nobs, k;

    for (k = 0; k < b->len; k++, R->r++)
    {
        R->param[R->r] = sweep_grid_value(sw, b->grid[k]);
        R->dir[R->r] = b->dir;
        R->branch[R->r] = b->id;
        R->kind[R->r] = b->kind;
        R->stable[R->r] = sweep_point_stable(b, k);
        R->physical[R->r] = b->phys[k];
        R->gap[R->r] = b->gap[k];
        R->freq[R->r] = b->freq[k];
        memcpy(R->x + (size_t) R->r * nobs, b->x + (size_t) k * nobs, sizeof(double) * nobs);
    }
}

/* In the order of sweep_write_csv: per direction, its branches by id,
   its followed state, its cycles (maximum row, then minimum row). */
void bloch_api_sweep_rows(double *param, int *dir, int *branch, int *kind, int *stable,
                          int *physical, double *gap, double *freq, double *x,
                          const bloch_api_sweep_t *s)
{
    const sweep_t *sw = &s->sw;
    rows_t R = {param, gap, freq, x, dir, branch, kind, stable, physical, 0};
    int nobs = sw->m->nobs, d, k, h;

    for (d = 0; d < 2; d++)
    {
        int dd = d ? -1 : 1;
        for (k = 0; k < sw->nbr; k++)
            if (sw->br[k].dir == dd)
                branch_rows(&R, sw->br + k, sw);
        if (sw->have_fol[d])
            branch_rows(&R, sw->fol + d, sw);
        for (k = 0; k < sw->ncyc; k++)
        {
            const sweep_cycle_t *c = sw->cyc + k;
            if (!cycle_listed(c, dd))
                continue;
            for (h = 1; h >= 0; h--, R.r++)
            {
                param[R.r] = sweep_grid_value(sw, c->g);
                dir[R.r] = dd;
                branch[R.r] = c->branch;
                kind[R.r] = h ? BLOCH_API_KIND_CYCLE_MAX : BLOCH_API_KIND_CYCLE_MIN;
                stable[R.r] = c->status == SWEEP_CYCLE_SETTLED && c->phys != 0;
                physical[R.r] = c->phys;
                gap[R.r] = NAN;
                freq[R.r] = 2 * M_PI / c->period;
                memcpy(x + (size_t) R.r * nobs, h ? c->hi : c->lo, sizeof(double) * nobs);
            }
        }
    }
}

const char *bloch_api_kind_name(int kind)
{
    static const char *const names[] = {"symmetric", "broken+", "broken-", "followed", "other",
                                        "cycle-max", "cycle-min"};
    return kind >= 0 && kind < 7 ? names[kind] : NULL;
}

int bloch_api_sweep_nevents(const bloch_api_sweep_t *s)
{
    return s->sw.nev;
}

int bloch_api_sweep_event(int *type, int *dir, int *branch, double *par, double *freq, int k,
                          const bloch_api_sweep_t *s)
{
    const sweep_event_t *e;

    if (k < 0 || k >= s->sw.nev)
        return -1;
    e = s->sw.ev + k;
    *type = e->type;
    *dir = e->dir;
    *branch = e->branch;
    *par = e->par;
    *freq = e->freq;
    return 0;
}

const char *bloch_api_event_name(int type)
{
    static const char *const names[] = {"pitchfork", "hopf", "fold", "jump", "lost",
                                        "branch", "stuck"};
    return type >= 0 && type < 7 ? names[type] : NULL;
}

int bloch_api_scan(double *gap, double *freq, int *phase, int *nstable, int *cls,
                   const double *p, int xparam, double xa, double xb, int xn, int yparam,
                   double ya, double yb, int yn, int attr_starts, const bloch_model_t *m,
                   char *msg, size_t n)
{
    num_range_t rx = {xparam, xa, xb, xn}, ry = {yparam, ya, yb, yn};
    scan_grid_t g;
    double *q;
    long k;

    if (n)
        msg[0] = '\0';
    if (!param_ok(xparam, "x", m, msg, n) || !param_ok(yparam, "y", m, msg, n))
        return BLOCH_API_BAD_INPUT;
    if (xparam == yparam || xn < 2 || yn < 2 || !isfinite(xa) || !isfinite(xb) ||
        !isfinite(ya) || !isfinite(yb) || attr_starts < 0 || (attr_starts && (!nstable || !cls)))
    {
        if (n)
            snprintf(msg, n, xparam == yparam ? "x and y must be different parameters" :
                     xn < 2 || yn < 2 ? "each axis needs at least 2 points" :
                     attr_starts < 0 ? "attr_starts must not be negative" :
                     attr_starts ? "the attractor classes need nstable and cls" :
                     "the ranges must be finite");
        return BLOCH_API_BAD_INPUT;
    }
    if (!attr_starts && m->symmetry == NULL)
    {
        if (n)
            snprintf(msg, n, "the model declares no symmetry, so there is no symmetric state "
                     "to scan: give attr_starts > 0 (the attractors)");
        return BLOCH_API_BAD_INPUT;
    }
    if (scan_grid_init(&g, &rx, &ry, 0, xn) != 0 ||
        (attr_starts && scan_grid_attr(&g, attr_starts, m->symmetry != NULL) != 0))
    {
        if (n)
            snprintf(msg, n, "a %d x %d grid does not fit in memory", xn, yn);
        return BLOCH_API_BAD_INPUT;
    }
    q = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    memcpy(q, p, sizeof(double) * m->nparams);
    scan_rows(&g, 0, xn, q, m, NULL, NULL);
    for (k = 0; k < g.npts; k++)
    {
        gap[k] = g.gap ? g.gap[k] : NAN;
        freq[k] = g.freq ? g.freq[k] : NAN;
        phase[k] = g.phase ? g.phase[k] : SCAN_FAILED;
        if (attr_starts)
        {
            nstable[k] = g.nstable[k];
            cls[k] = g.cls[k];
        }
    }
    free(q);
    scan_grid_clear(&g);
    return BLOCH_API_OK;
}

const char *bloch_api_phase_name(int phase)
{
    return phase == SCAN_FAILED ? "none" : stab_phase_name(phase);
}

const char *bloch_api_class_name(int cls)
{
    return scan_class_name(cls);
}
