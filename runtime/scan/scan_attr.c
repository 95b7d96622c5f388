/* The attractors of one grid point: every steady state steady_find_all
 * finds, the stable physical ones among them counted up to the symmetry,
 * and relaxation from random physical states for limit cycles. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "evolve.h"
#include "linalg.h"
#include "num.h"
#include "phys.h"
#include "scan.h"
#include "stab.h"

const char *scan_class_name(int cls)
{
    static const char *names[SCAN_NCLASSES] = {"none", "steady", "symmetric", "broken",
                                               "bistable", "oscillatory", "failed"};
    return cls >= 0 && cls < SCAN_NCLASSES ? names[cls] : "failed";
}

/* Samples kept of a relaxation: the second half of the run. */
#define NSAMPLE 1000

typedef struct
{
    const bloch_model_t *m;
    const double *p;
    double t_half, tol;
    double *f, *t, *x;      /* f: nobs; t, x: the samples */
    long n;
    int settled;
} relax_t;

static int sample(double t, const double *x, void *data)
{
    relax_t *r = data;
    int n = r->m->nobs;

    r->m->rhs(r->f, x, r->p);
    if (linalg_norm(r->f, n) <= r->tol)
    {
        r->settled = 1;
        return 1;   /* a fixed point: stop */
    }
    if (t >= r->t_half && r->n < NSAMPLE + 2)
    {
        r->t[r->n] = t;
        memcpy(r->x + (size_t) r->n * n, x, sizeof(double) * n);
        r->n++;
    }
    return 0;
}

/* 1 when the run from x ends on a periodic orbit. */
static int ends_on_cycle(double *x, double *J, const double *p, const bloch_model_t *m,
                         relax_t *r)
{
    int n = m->nobs;
    double rate, T, *amp = r->f + n;
    num_cycle_t c;

    m->jacobian(J, x, p);
    rate = linalg_norm(J, n * n) / sqrt(n);
    if (!(rate > 0))
        return 0;
    T = STEADY_FIND_TRELAX / rate;
    r->t_half = T / 2;
    r->n = 0;
    r->settled = 0;
    evolve_run(x, 0, T, T / (2 * NSAMPLE), "rk8pd", 1e-10, p, m, sample, r, NULL, NULL, 0);
    if (r->settled || r->n < 10 ||
        num_cycle(&c, amp, r->t, r->x, r->n, n) != NUM_OK)
        return 0;
    return c.change < 1e-2 && c.amp_change <= fmax(2 * c.amp_tol, 1e-3) &&
           linalg_norm_inf(amp, n) > 1e-6;
}

/* Stable: no real part above tol, at most nconserved within it of 0. */
static int stable(const stab_spectrum_t *s, const bloch_model_t *m)
{
    int zero = 0;

    for (int k = 0; k < s->n; k++)
    {
        if (s->wr[k] > s->tol)
            return 0;
        zero += s->wr[k] >= -s->tol;
    }
    return zero <= (m->conserved_eval ? m->nconserved : 0);
}

void scan_point_attr(unsigned char *nstable, unsigned char *cls, steady_set_t *set,
                     const double *guess, int nguess, const double *p, int starts,
                     unsigned long seed, const bloch_model_t *m)
{
    int n = m->nobs, k, i, nst = 0, orbits = 0, sym_orbit = 0, cycle = 0;
    int sym = m->symmetry != NULL && m->parity != NULL;
    double *w, *J, *st;
    stab_spectrum_t sp;
    relax_t r;
    phys_t ph;

    *nstable = 0;
    *cls = SCAN_CLASS_FAILED;
    if (steady_find_all_from(set, guess, nguess, p, starts, seed, m) < 0)
        return;
    w = blochgen_malloc(sizeof(double) * ((size_t) n * n + (size_t) n * set->n + 3 * n +
                                          (NSAMPLE + 2) * ((size_t) n + 1)));
    J = w;
    st = J + (size_t) n * n;        /* the stable states */
    r.m = m;
    r.p = p;
    r.f = st + (size_t) n * set->n; /* f, then amp */
    r.t = r.f + 2 * n;
    r.x = r.t + NSAMPLE + 2;
    {
        double big = 1;
        for (k = 0; k < m->nparams; k++)
            big = fmax(big, fabs(p[k]));
        r.tol = STEADY_FIND_TOL * 1e3 * big;
    }
    stab_spectrum_init(&sp, m);
    for (k = 0; k < set->n; k++)
    {
        const double *x = set->x + (size_t) k * n;
        int same = 0;
        if (set->phys[k] != 1 || stab_spectrum(&sp, x, p, m) != 0 || !stable(&sp, m))
            continue;
        /* a new attractor unless the mirror image of one already counted */
        for (i = 0; i < nst && sym && !same; i++)
            same = num_dist_mirror(x, st + (size_t) i * n, m->parity, n) <=
                   STEADY_FIND_DIST * fmax(1, linalg_norm(x, n));
        if (!same)
        {
            orbits++;
            sym_orbit |= sym && steady_odd_norm(x, m) <= 1e-6;
        }
        memcpy(st + (size_t) nst * n, x, sizeof(double) * n);
        nst++;
    }
    stab_spectrum_clear(&sp);
    /* limit cycles: relaxation from random physical states */
    if (phys_init(&ph, m, p, NULL, 0) == DM_OK)
    {
        for (k = 0; k < SCAN_ATTR_RELAX && !cycle; k++)
        {
            double *x = blochgen_malloc(sizeof(double) * n);
            /* with conserved quantities: pure states, the shell
               steady_find_all searches (|m| = 1 of a time crystal) */
            if (m->conserved_eval && m->nconserved > 0)
                phys_random_pure(x, seed * 7919 + 104729 + (unsigned long) k, &ph);
            else
                phys_random(x, seed * 7919 + 104729 + (unsigned long) k, &ph);
            cycle = ends_on_cycle(x, J, p, m, &r);
            free(x);
        }
        phys_clear(&ph);
    }
    *nstable = (unsigned char) (nst > 255 ? 255 : nst);
    if (orbits + cycle >= 2)
        *cls = SCAN_CLASS_BISTABLE;
    else if (cycle)
        *cls = SCAN_CLASS_OSCILLATORY;
    else if (orbits == 0)
        *cls = SCAN_CLASS_NONE;
    else if (!sym)
        *cls = SCAN_CLASS_STEADY;
    else
        *cls = sym_orbit ? SCAN_CLASS_SYMMETRIC : SCAN_CLASS_BROKEN;
    free(w);
}
