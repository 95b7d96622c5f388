#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "sweep.h"
#include "stab.h"

void sweep_branch_init(sweep_branch_t *b, int id, int kind, int dir, const bloch_model_t *m)
{
    memset(b, 0, sizeof *b);
    b->id = id;
    b->kind = kind;
    b->dir = dir;
    b->mx[0] = blochgen_malloc(sizeof(double) * 2 * m->nobs);
    b->mx[1] = b->mx[0] + m->nobs;
    b->alive = 1;
    b->end = SWEEP_END_GRID;
    b->birth_par = NAN;
    b->end_par = NAN;
}

void sweep_branch_clear(sweep_branch_t *b)
{
    free(b->grid);
    free(b->x);
    free(b->gap);
    free(b->tol);
    free(b->phys);
    free(b->freq);
    free(b->odd_re);
    free(b->det_re);
    free(b->mx[0]);
}

static void grow(sweep_branch_t *b, int n)
{
    if (b->len < b->alloc)
        return;
    b->alloc = b->alloc ? 2 * b->alloc : 32;
    b->grid = blochgen_realloc(b->grid, sizeof(int) * b->alloc);
    b->x = blochgen_realloc(b->x, sizeof(double) * n * b->alloc);
    b->gap = blochgen_realloc(b->gap, sizeof(double) * b->alloc);
    b->tol = blochgen_realloc(b->tol, sizeof(double) * b->alloc);
    b->phys = blochgen_realloc(b->phys, b->alloc);
    b->freq = blochgen_realloc(b->freq, sizeof(double) * b->alloc);
    b->odd_re = blochgen_realloc(b->odd_re, sizeof(double) * b->alloc);
    b->det_re = blochgen_realloc(b->det_re, sizeof(double) * b->alloc);
}

int sweep_point_verdict(const sweep_branch_t *b, int k)
{
    return stab_verdict(b->gap[k], b->tol[k]);
}

int sweep_point_stable(const sweep_branch_t *b, int k)
{
    return b->phys[k] != 0 && sweep_point_verdict(b, k) == STAB_STABLE;
}

int sweep_point_holds(const sweep_branch_t *b, int k)
{
    int v = sweep_point_verdict(b, k);

    return b->phys[k] != 0 && (v == STAB_STABLE || v == STAB_MARGINAL);
}

int sweep_branch_push(sweep_branch_t *b, int g, const double *x, int restart, const sweep_t *sw)
{
    int n = sw->m->nobs, k = b->len, st;
    sweep_spec_t s;

    grow(b, n);
    b->grid[k] = g;
    memcpy(b->x + (size_t) k * n, x, sizeof(double) * n);
    sw->p[sw->vary] = sweep_grid_value(sw, g);
    st = sweep_spectrum(&s, x, sw);
    b->gap[k] = s.gap;
    b->tol[k] = s.tol;
    b->phys[k] = (signed char) sweep_physical(x, sw);
    b->freq[k] = s.freq;
    b->odd_re[k] = s.odd_re;
    b->det_re[k] = s.det_re;
    b->len++;
    if (restart)
        b->nmem = 0;
    sweep_branch_remember(b, sweep_grid_value(sw, g), x, sw);
    return st;
}

void sweep_branch_remember(sweep_branch_t *b, double par, const double *x, const sweep_t *sw)
{
    int n = sw->m->nobs;

    if (b->nmem > 0)
    {
        memcpy(b->mx[0], b->mx[1], sizeof(double) * n);
        b->mp[0] = b->mp[1];
    }
    memcpy(b->mx[1], x, sizeof(double) * n);
    b->mp[1] = par;
    b->nmem = b->nmem < 2 ? b->nmem + 1 : 2;
}
