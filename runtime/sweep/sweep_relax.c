#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "steady.h"

static int stable(const double *x, const sweep_t *sw)
{
    sweep_spec_t s;

    return sweep_spectrum(&s, x, sw) == 0 && s.gap > 0;
}

/* A slow ramp leaves an unstable or vanished state along its slowest
   mode; a small kick along it, then the flow, then Newton.  Larger kicks
   when the flow is too slow to leave within SWEEP_RELAX_T (a barely unstable
   state) or falls back. */
int sweep_relax(double *y, const double *x, int g, const sweep_t *sw)
{
    static const double amps[] = {1e-3, 1e-2, 1e-1};
    const bloch_model_t *m = sw->m;
    double *v = blochgen_malloc(sizeof(double) * m->nobs);
    int a, k, st = -1;

    sw->p[sw->vary] = sweep_grid_value(sw, g);
    if (sweep_slow_mode(v, x, sw->p, m) == 0)
        for (a = 0; a < 3 && st != 0; a++)
        {
            for (k = 0; k < m->nobs; k++)
                y[k] = x[k] + amps[a] * v[k];
            steady_relax(y, SWEEP_RELAX_T, 1e-9, sw->p, m);
            if (steady_newton(y, NULL, sw->p, sw->tol, m) == 0 && stable(y, sw))
                st = 0;
        }
    free(v);
    return st;
}
