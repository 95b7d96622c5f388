#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dm.h"

void dm_levels_init(dm_levels_t *lv, const dm_ctx_t *c)
{
    memset(lv, 0, sizeof *lv);
    lv->d = c->d;
    lv->ref = blochgen_calloc((size_t) c->d * c->d, sizeof(dm_cplx));
    lv->E = blochgen_calloc(c->d, sizeof(double));
    lv->min_overlap = 1;
}

void dm_levels_clear(dm_levels_t *lv)
{
    free(lv->ref);
    free(lv->E);
    memset(lv, 0, sizeof *lv);
}

int dm_levels_start_h(dm_levels_t *lv, const dm_cplx *H, dm_ctx_t *c)
{
    if (dm_eigh(lv->E, lv->ref, H, c) != 0)
        return -1;
    lv->ready = 1;
    lv->min_overlap = 1;
    lv->updates = 0;
    lv->reorders = 0;
    return 0;
}

int dm_levels_start(dm_levels_t *lv, const double *x, dm_ctx_t *c)
{
    dm_hamiltonian(c->H, x, c);
    return dm_levels_start_h(lv, c->H, c);
}

void dm_levels_set(dm_levels_t *lv, const double *E, const dm_cplx *V, double overlap)
{
    int n;

    if (E != lv->E)
        memcpy(lv->E, E, lv->d * sizeof(double));
    if (V != lv->ref)
        memcpy(lv->ref, V, (size_t) lv->d * lv->d * sizeof(dm_cplx));
    lv->ready = 1;
    lv->updates++;
    if (overlap < lv->min_overlap)
        lv->min_overlap = overlap;
    for (n = 1; n < lv->d; n++)
        if (E[n] < E[n - 1])
        {
            lv->reorders++;
            break;
        }
}
