#include <stdlib.h>
#include "alloc.h"
#include "elim.h"

void elim_init(elim_t e, const bloch_model_t *m)
{
    slong k;

    e->n = m->nobs;
    e->nparams = m->nparams;
    e->p = _fmpq_vec_init(m->nparams + 1);
    fmpq_mpoly_ctx_init(e->xctx, m->nparams + m->nobs, ORD_LEX);
    e->f = flint_malloc(sizeof(fmpq_mpoly_struct) * m->nobs);
    for (k = 0; k < m->nobs; k++)
        fmpq_mpoly_init(e->f + k, e->xctx);
    e->r = 0;
    e->mf = flint_calloc(ELIM_MAX_MEAN_FIELDS + 1, sizeof(slong));
    /* the mean-field ring is set up by elim_reduce, once r is known */
    e->have_mctx = 0;
    e->ng = 0;
    e->nc = 0;
    e->var = NULL;
    e->a = NULL;
    e->g = NULL;
    e->proj = NULL;
    e->count = e->alloc = 0;
    e->x = NULL;
    e->certified = NULL;
    e->radius = 0;
    e->complete = 0;
    e->undecided = e->candidates = 0;
    e->note[0] = '\0';
}

void elim_clear(elim_t e)
{
    slong k;

    if (e->a != NULL)
    {
        for (k = 0; k < e->n * (e->nc + 1); k++)
            fmpz_mpoly_clear(e->a + k, e->mctx);
        flint_free(e->a);
    }
    if (e->g != NULL)
    {
        for (k = 0; k < e->ng; k++)
            fmpz_mpoly_clear(e->g + k, e->mctx);
        flint_free(e->g);
    }
    flint_free(e->var);
    if (e->have_mctx)
        fmpz_mpoly_ctx_clear(e->mctx);
    if (e->proj != NULL)
    {
        for (k = 0; k < e->r; k++)
            fmpz_poly_clear(e->proj + k);
        flint_free(e->proj);
    }
    for (k = 0; k < e->n; k++)
        fmpq_mpoly_clear(e->f + k, e->xctx);
    flint_free(e->f);
    fmpq_mpoly_ctx_clear(e->xctx);
    _fmpq_vec_clear(e->p, e->nparams + 1);
    flint_free(e->mf);
    free(e->x);
    free(e->certified);
}
