#include <stdlib.h>
#include "bpoly.h"
#include "alloc.h"

void bpoly_init(bpoly_t p, const fmpq_mpoly_ctx_t ctx)
{
    (void) ctx;
    p->mono = NULL;
    p->coeff = NULL;
    p->length = 0;
    p->alloc = 0;
}

void bpoly_clear(bpoly_t p, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    for (i = 0; i < p->alloc; i++)
        fmpq_mpoly_clear(p->coeff + i, ctx);
    free(p->mono);
    free(p->coeff);
}

void bpoly_zero(bpoly_t p, const fmpq_mpoly_ctx_t ctx)
{
    (void) ctx;
    p->length = 0;
}

void bpoly_swap(bpoly_t a, bpoly_t b)
{
    bpoly_struct t = *a;
    *a = *b;
    *b = t;
}

/* Coefficients past length stay initialised so that they can be reused. */
void bpoly_fit_length(bpoly_t p, slong len, const fmpq_mpoly_ctx_t ctx)
{
    slong i, alloc;

    if (len <= p->alloc)
        return;
    alloc = FLINT_MAX(len, 2 * p->alloc);
    p->mono = blochgen_realloc(p->mono, alloc * sizeof(bmono_t));
    p->coeff = blochgen_realloc(p->coeff, alloc * sizeof(fmpq_mpoly_struct));
    for (i = p->alloc; i < alloc; i++)
        fmpq_mpoly_init(p->coeff + i, ctx);
    p->alloc = alloc;
}

void bpoly_set(bpoly_t r, const bpoly_t a, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (r == a)
        return;
    bpoly_fit_length(r, a->length, ctx);
    for (i = 0; i < a->length; i++)
    {
        r->mono[i] = a->mono[i];
        fmpq_mpoly_set(r->coeff + i, a->coeff + i, ctx);
    }
    r->length = a->length;
}
