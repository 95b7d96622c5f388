#include <string.h>
#include "bpoly.h"

/* Index of m in p, or -(insertion point) - 1. */
static slong bpoly_find(const bpoly_t p, const bmono_t *m)
{
    slong lo = 0, hi = p->length;

    while (lo < hi)
    {
        slong mid = (lo + hi) / 2;
        int c = bmono_cmp(p->mono + mid, m);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -lo - 1;
}

static void bpoly_remove(bpoly_t p, slong i)
{
    fmpq_mpoly_struct t = p->coeff[i];

    /* keep the initialised coefficient, moved past the end */
    memmove(p->mono + i, p->mono + i + 1, (p->length - i - 1) * sizeof(bmono_t));
    memmove(p->coeff + i, p->coeff + i + 1,
            (p->length - i - 1) * sizeof(fmpq_mpoly_struct));
    p->coeff[p->length - 1] = t;
    p->length--;
}

/* Returns the slot holding m, inserting a zero coefficient if needed. */
static slong bpoly_slot(bpoly_t p, const bmono_t *m, const fmpq_mpoly_ctx_t ctx)
{
    slong i = bpoly_find(p, m);
    fmpq_mpoly_struct t;

    if (i >= 0)
        return i;
    i = -i - 1;
    bpoly_fit_length(p, p->length + 1, ctx);
    t = p->coeff[p->length];
    memmove(p->mono + i + 1, p->mono + i, (p->length - i) * sizeof(bmono_t));
    memmove(p->coeff + i + 1, p->coeff + i,
            (p->length - i) * sizeof(fmpq_mpoly_struct));
    p->coeff[i] = t;
    p->mono[i] = *m;
    fmpq_mpoly_zero(p->coeff + i, ctx);
    p->length++;
    return i;
}

void bpoly_add_term(bpoly_t p, const bmono_t *m, const fmpq_mpoly_t c,
                    const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (fmpq_mpoly_is_zero(c, ctx))
        return;
    i = bpoly_slot(p, m, ctx);
    fmpq_mpoly_add(p->coeff + i, p->coeff + i, c, ctx);
    if (fmpq_mpoly_is_zero(p->coeff + i, ctx))
        bpoly_remove(p, i);
}

void bpoly_addmul_term_fmpq(bpoly_t p, const bmono_t *m, const fmpq_mpoly_t c,
                            const fmpq_t s, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t t;

    if (fmpq_is_one(s))
    {
        bpoly_add_term(p, m, c, ctx);
        return;
    }
    fmpq_mpoly_init(t, ctx);
    fmpq_mpoly_scalar_mul_fmpq(t, c, s, ctx);
    bpoly_add_term(p, m, t, ctx);
    fmpq_mpoly_clear(t, ctx);
}
