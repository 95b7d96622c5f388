#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "steady.h"

/* Newton from xs + amp v, smallest displacement first: right at a
   pitchfork the broken states are close to xs.  Where xs is stable (a
   subcritical pitchfork, or the far side of a supercritical one) only
   nearby roots count, so that a distant solution is not mistaken for a
   branch born here. */
static int from_mode(double *x, const double *xs, const double *v, int unstable,
                     const sweep_t *sw)
{
    static const double amps[] = {0.02, 0.05, 0.1, 0.2, 0.5};
    const bloch_model_t *m = sw->m;
    int a, k;

    for (a = 0; a < 5; a++)
    {
        for (k = 0; k < m->nobs; k++)
            x[k] = xs[k] + amps[a] * v[k];
        if (steady_newton(x, NULL, sw->p, sw->tol, m) == 0 && steady_odd_norm(x, m) > 1e-6 &&
            sweep_physical(x, sw) != 0 && (unstable || num_dist(x, xs, m->nobs) < 0.3))
            return 0;
    }
    return -1;
}

int sweep_switch(double *xp, double *xm, const double *xs, int g, const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    double *v = blochgen_malloc(sizeof(double) * m->nobs), re, im;
    steady_info_t info;
    int st = -1;

    sw->p[sw->vary] = sweep_grid_value(sw, g);
    if (steady_odd_mode(v, &re, &im, xs, sw->p, m) == 0)
    {
        st = from_mode(xp, xs, v, re > 0, sw);
        /* steady_broken adds relaxation in time along the unstable mode */
        if (st != 0 && re > 0 && im == 0 && m->symmetry &&
            steady_broken(xp, &info, 1, sw->p, sw->tol, m) == 0 && sweep_physical(xp, sw) != 0)
            st = 0;
    }
    if (st == 0)
    {
        /* the other one is the mirror image, exactly */
        sweep_mirror(xm, xp, m);
        if (steady_newton(xm, NULL, sw->p, sw->tol, m) != 0)
            st = -1;
    }
    free(v);
    return st;
}
