#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "sweep.h"
#include "stab.h"
#include "steady.h"

#define START_MAX 16

/* The candidate states of the starting set, deduplicated. */
typedef struct
{
    int n;
    double *x;                  /* START_MAX x nobs */
    int kind[START_MAX];
} start_set_t;

static int add(start_set_t *s, const double *x, int kind, const bloch_model_t *m)
{
    int k;

    for (k = 0; k < s->n; k++)
        if (num_dist(s->x + k * m->nobs, x, m->nobs) < SWEEP_SAME_START)
            return k;
    if (s->n == START_MAX)
        return -1;
    memcpy(s->x + s->n * m->nobs, x, sizeof(double) * m->nobs);
    s->kind[s->n] = kind;
    return s->n++;
}

/* The attractor the flow reaches from x, polished by Newton (a steady
   state given as --init stays where it is). */
static int settle(double *x, const sweep_t *sw)
{
    steady_relax(x, SWEEP_RELAX_T, 1e-9, sw->p, sw->m);
    if (steady_newton(x, NULL, sw->p, sw->tol, sw->m) != 0)
        return -1;
    return sweep_physical(x, sw) != 0 ? 0 : -1;
}

/* Product state with every spin along the unit vector u: <s_a1 s_b2 ...>
   = u_a u_b ...  Pauli names are factors "sx1*sz2" (m->pauli when the
   variables are symmetry-adapted). */
static void product_state(double *x, const double *u, const bloch_model_t *m)
{
    int k;

    for (k = 0; k < m->nobs; k++)
    {
        const char *c = m->pauli ? m->pauli[k] : m->observables[k];
        x[k] = 1;
        for (; *c; c++)
            if (c[0] == 's' && c[1] >= 'x' && c[1] <= 'z')
                x[k] *= u[c[1] - 'x'];
    }
    bloch_model_from_pauli(x, x, m);    /* adapted variables, if any */
}

/* The attractors of a model without closed-form symmetric state: relax
   from the maximally mixed state and six fixed pure product states. */
static void seeds(start_set_t *s, const sweep_t *sw)
{
    static const double dirs[6][3] = {{0, 0, 1}, {0, 0, -1}, {1, 0, 0},
                                      {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}};
    const bloch_model_t *m = sw->m;
    double *x = blochgen_malloc(sizeof(double) * m->nobs);
    int k;

    for (k = -1; k < 6; k++)
    {
        if (k < 0)
            memset(x, 0, sizeof(double) * m->nobs);
        else
            product_state(x, dirs[k], m);
        if (settle(x, sw) == 0)
            add(s, x, sweep_kind_of(x, m), m);
    }
    free(x);
}

/* The symmetric state x0, and the broken pair when it is odd-unstable
   with a real mode (a complex one leads to oscillations). */
static int symmetric_and_broken(start_set_t *s, const double *x0, int g, const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    int n = m->nobs, ok;
    double *xs = blochgen_malloc(sizeof(double) * 4 * n), *v = xs + n, *xp = xs + 2 * n, *xm = xs + 3 * n;
    double re, im;

    /* an unphysical symmetric state seeds no branch */
    memcpy(xs, x0, sizeof(double) * n);
    ok = steady_newton(xs, NULL, sw->p, sw->tol, m) == 0 && sweep_physical(xs, sw) != 0;
    if (ok)
    {
        add(s, xs, SWEEP_SYMMETRIC, m);
        if (steady_odd_mode(v, &re, &im, xs, sw->p, m) == 0 && re > 0 && im == 0 &&
            sweep_switch(xp, xm, xs, g, sw) == 0)
        {
            add(s, xp, SWEEP_BROKEN_PLUS, m);
            add(s, xm, SWEEP_BROKEN_MINUS, m);
        }
    }
    free(xs);
    return ok;
}

/* The followed state starts from --init, else the first stable state,
   else the first state (sweep_follow relaxes it).  The set's states are
   branches first .. first + n - 1 by now. */
static void choose_followed(double *x0, int n, int first, int from_init, const sweep_t *sw)
{
    int k, j = from_init;

    for (k = 0; k < n && j < 0; k++)
        if (sweep_point_stable(sw->br + first + k, 0))
            j = k;
    memcpy(x0, sw->br[first + (j < 0 ? 0 : j)].x, sizeof(double) * sw->m->nobs);
}

int sweep_start(sweep_t *sw, int dir)
{
    const bloch_model_t *m = sw->m;
    int g = dir > 0 ? 0 : sw->n - 1, k, from_init = -1, d = dir > 0 ? 0 : 1, first = sw->nbr;
    start_set_t s;
    double *x = blochgen_malloc(sizeof(double) * m->nobs);

    s.n = 0;
    s.x = blochgen_malloc(sizeof(double) * START_MAX * m->nobs);
    sw->p[sw->vary] = sweep_grid_value(sw, g);
    if (m->has_symmetric)
    {
        if (!(steady_symmetric(x, sw->p, m) == STEADY_SYM_OK && symmetric_and_broken(&s, x, g, sw)))
            seeds(&s, sw);
    }
    else
    {
        /* no closed form: every symmetric state the search finds (several
           are several branches here, not an ambiguity), then the seeds */
        int cap = STEADY_SYM_NSTARTS + 2, ns;
        double *all = blochgen_malloc(sizeof(double) * cap * m->nobs);
        ns = m->symmetry ? steady_symmetric_search(all, cap, NULL, NULL, sw->p, m) : 0;
        for (k = 0; k < ns && k < cap; k++)
            symmetric_and_broken(&s, all + k * m->nobs, g, sw);
        free(all);
        seeds(&s, sw);
    }
    if (sw->init_x[d])
    {
        memcpy(x, sw->init_x[d], sizeof(double) * m->nobs);
        sw->p[sw->vary] = sweep_grid_value(sw, g);
        if (settle(x, sw) == 0)
            from_init = add(&s, x, sweep_kind_of(x, m), m);
    }
    for (k = 0; k < s.n; k++)
    {
        sweep_branch_t *b = sweep_add_branch(sw, s.kind[k], dir);
        sweep_branch_push(b, g, s.x + k * m->nobs, 1, sw);
    }
    if (s.n > 0)
        choose_followed(sw->fol0, s.n, first, from_init, sw);
    free(s.x);
    free(x);
    return s.n;
}
