/* The set of steady states steady_find_all fills. */
#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "num.h"
#include "linalg.h"
#include "steady.h"

void steady_set_init(steady_set_t *s, const bloch_model_t *m)
{
    s->n = s->alloc = 0;
    s->nobs = m->nobs;
    s->x = NULL;
    s->phys = NULL;
    s->resid = NULL;
}

void steady_set_clear(steady_set_t *s)
{
    free(s->x);
    free(s->phys);
    free(s->resid);
    s->x = NULL;
    s->phys = NULL;
    s->resid = NULL;
    s->n = s->alloc = 0;
}

int steady_set_find(const steady_set_t *s, const double *x)
{
    double tol = STEADY_FIND_DIST * fmax(1, linalg_norm(x, s->nobs));

    for (int k = 0; k < s->n; k++)
        if (num_dist(x, s->x + (size_t) k * s->nobs, s->nobs) <= tol)
            return k;
    return -1;
}
