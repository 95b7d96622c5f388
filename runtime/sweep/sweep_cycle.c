#define _XOPEN_SOURCE 700
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "evolve.h"
#include "sweep.h"

typedef struct
{
    long n, alloc;
    int dim;
    double *t, *x;
} samples_t;

static int keep(double t, const double *x, void *data)
{
    samples_t *s = data;

    if (s->n == s->alloc)
    {
        s->alloc = s->alloc ? 2 * s->alloc : 1024;
        s->t = blochgen_realloc(s->t, sizeof(double) * s->alloc);
        s->x = blochgen_realloc(s->x, sizeof(double) * s->alloc * s->dim);
    }
    s->t[s->n] = t;
    memcpy(s->x + s->n * s->dim, x, sizeof(double) * s->dim);
    s->n++;
    return 0;
}

/* The extremum near sample i of component j (rows equally spaced): the
   vertex of the parabola through samples i - 1, i, i + 1.  The sampled
   extremum alone misses (pi h/period)^2/2 of the amplitude, 1e-4 at 200
   samples per period; the parabola leaves O(h^4). */
static double vertex(const samples_t *s, long i, int j, long lo)
{
    int n = s->dim;
    double a, b, c, d;

    if (i - 1 < lo || i + 1 >= s->n)
        return s->x[i * n + j];
    a = s->x[(i - 1) * n + j], b = s->x[i * n + j], c = s->x[(i + 1) * n + j];
    d = a - 2 * b + c;
    return d != 0 ? b - (c - a) * (c - a) / (8 * d) : b;
}

/* min and max of every component over the rows with t >= t0 (refined
   between samples); rho >= 0 at up to 32 of those rows spread evenly */
static void extent(sweep_cycle_t *c, const samples_t *s, double t0, const sweep_t *sw)
{
    int n = s->dim, j, checked = 0;
    long i, first = 0, every;

    while (first < s->n && s->t[first] < t0)
        first++;
    /* one sample before the window, for the parabola at its edge */
    first = first > 0 ? first - 1 : 0;
    for (j = 0; j < n; j++)
    {
        long imin = first, imax = first;
        for (i = first; i < s->n; i++)
        {
            if (s->x[i * n + j] < s->x[imin * n + j])
                imin = i;
            if (s->x[i * n + j] > s->x[imax * n + j])
                imax = i;
        }
        c->lo[j] = fmin(s->x[imin * n + j], vertex(s, imin, j, 0));
        c->hi[j] = fmax(s->x[imax * n + j], vertex(s, imax, j, 0));
    }
    c->phys = 1;
    every = (s->n - first) / 32 + 1;
    for (i = first; i < s->n && c->phys != 0; i += every, checked++)
    {
        int ph = sweep_physical(s->x + i * n, sw);
        c->phys = ph == 0 ? 0 : ph < 0 ? -1 : c->phys;
    }
    if (!checked)
        c->phys = -1;
}

void sweep_cycle(sweep_cycle_t *c, const double *x, double sigma, double freq, int g,
                 const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    int n = m->nobs, k, st;
    double *y = blochgen_malloc(sizeof(double) * 2 * n), *v = y + n, *amp;
    double per = 2 * M_PI / freq, tset, tend, big = 0;
    samples_t s = {0, 0, n, NULL, NULL};
    num_cycle_t nc;

    c->lo = blochgen_malloc(sizeof(double) * 2 * n);
    c->hi = c->lo + n;
    for (k = 0; k < n; k++)
        c->lo[k] = c->hi[k] = NAN;
    c->period = c->change = NAN;
    c->phys = -1;
    c->status = SWEEP_CYCLE_FAILED;
    sw->p[sw->vary] = sweep_grid_value(sw, g);
    if (sweep_slow_mode(v, x, sw->p, m) != 0)
    {
        free(y);
        return;
    }
    for (k = 0; k < n; k++)
        y[k] = x[k] + 1e-3 * v[k];
    /* growth from 1e-3 to O(1) takes ~7/sigma, the approach to the cycle
       decays at ~2 sigma: 40/sigma leaves exp(-60) of the transient; at
       least 40 periods, at most SWEEP_RELAX_T */
    tset = fmin(SWEEP_RELAX_T, fmax(40 / sigma, 40 * per));
    st = evolve_run(y, 0, tset, 0, NULL, 1e-11, sw->p, m, NULL, NULL, NULL, NULL, 0);
    /* the last periods, sampled finely: the period of the grown cycle
       differs from the linear one, so sample by the linear one, with
       margin */
    tend = tset + SWEEP_CYCLE_PERIODS * per;
    if (st == EVOLVE_OK)
        st = evolve_run(y, tset, tend, per / SWEEP_CYCLE_SAMPLES, NULL, 1e-11, sw->p, m, keep,
                        &s, NULL, NULL, 0);
    if (st != EVOLVE_OK)
        goto done;
    amp = blochgen_malloc(sizeof(double) * n);
    st = num_cycle(&nc, amp, s.t, s.x, s.n, n);
    for (k = 0; k < n; k++)
        big = fmax(big, amp[k]);
    free(amp);
    if (st == NUM_NOT_FINITE)
        goto done;
    /* no oscillation, or one at the level of the integration's error: the
       flow came to rest (at this state or another) */
    if (st != NUM_OK || big <= 1e-7)
    {
        c->status = SWEEP_CYCLE_NONE;
        goto done;
    }
    c->period = nc.period;
    c->change = fmax(nc.change, nc.amp_change - nc.amp_tol);
    c->status = nc.change <= SWEEP_CYCLE_SETTLED_TOL &&
                        nc.amp_change <= SWEEP_CYCLE_SETTLED_TOL + nc.amp_tol
                    ? SWEEP_CYCLE_SETTLED : SWEEP_CYCLE_UNSETTLED;
    extent(c, &s, s.t[s.n - 1] - nc.period, sw);
done:
    free(s.t);
    free(s.x);
    free(y);
}
