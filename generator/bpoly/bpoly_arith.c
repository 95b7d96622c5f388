#include "bpoly.h"

void bpoly_addmul_fmpq(bpoly_t r, const bpoly_t a, const fmpq_t s,
                       const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (r == a)
    {
        bpoly_t t;
        bpoly_init(t, ctx);
        bpoly_set(t, a, ctx);
        bpoly_addmul_fmpq(r, t, s, ctx);
        bpoly_clear(t, ctx);
        return;
    }
    for (i = 0; i < a->length; i++)
        bpoly_addmul_term_fmpq(r, a->mono + i, a->coeff + i, s, ctx);
}

static void bpoly_combine(bpoly_t r, const bpoly_t a, const bpoly_t b, slong sign,
                          const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t t;
    fmpq_t s;

    fmpq_init(s);
    fmpq_set_si(s, sign, 1);
    bpoly_init(t, ctx);
    bpoly_set(t, a, ctx);
    bpoly_addmul_fmpq(t, b, s, ctx);
    bpoly_swap(r, t);
    bpoly_clear(t, ctx);
    fmpq_clear(s);
}

void bpoly_add(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_combine(r, a, b, 1, ctx);
}

void bpoly_sub(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_combine(r, a, b, -1, ctx);
}

void bpoly_scalar_mul_fmpq(bpoly_t r, const bpoly_t a, const fmpq_t s,
                           const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (fmpq_is_zero(s))
    {
        bpoly_zero(r, ctx);
        return;
    }
    bpoly_set(r, a, ctx);
    for (i = 0; i < r->length; i++)
        fmpq_mpoly_scalar_mul_fmpq(r->coeff + i, r->coeff + i, s, ctx);
}

void bpoly_neg(bpoly_t r, const bpoly_t a, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    bpoly_set(r, a, ctx);
    for (i = 0; i < r->length; i++)
        fmpq_mpoly_neg(r->coeff + i, r->coeff + i, ctx);
}

int bpoly_addmul(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_t s,
                 const fmpq_mpoly_ctx_t ctx)
{
    slong i, j;
    fmpq_mpoly_t c;
    bmono_t m;
    int ok = 0;

    if (r == a || r == b)
    {
        bpoly_t t;
        bpoly_init(t, ctx);
        bpoly_set(t, r, ctx);
        ok = bpoly_addmul(t, a, b, s, ctx);
        bpoly_swap(r, t);
        bpoly_clear(t, ctx);
        return ok;
    }
    fmpq_mpoly_init(c, ctx);
    for (i = 0; i < a->length && ok == 0; i++)
        for (j = 0; j < b->length; j++)
        {
            if (bmono_mul(&m, a->mono + i, b->mono + j) != 0)
            {
                ok = -1;
                break;
            }
            fmpq_mpoly_mul(c, a->coeff + i, b->coeff + j, ctx);
            bpoly_addmul_term_fmpq(r, &m, c, s, ctx);
        }
    fmpq_mpoly_clear(c, ctx);
    return ok;
}

int bpoly_mul(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t t;
    fmpq_t one;
    int ok;

    fmpq_init(one);
    fmpq_one(one);
    bpoly_init(t, ctx);
    ok = bpoly_addmul(t, a, b, one, ctx);
    bpoly_swap(r, t);
    bpoly_clear(t, ctx);
    fmpq_clear(one);
    return ok;
}

int bpoly_addmul_var(bpoly_t r, const bpoly_t a, slong var, const fmpq_t s,
                     const fmpq_mpoly_ctx_t ctx)
{
    slong i;
    bmono_t v, m;

    if (var < 0)
    {
        bpoly_addmul_fmpq(r, a, s, ctx);
        return 0;
    }
    bmono_var(&v, var);
    for (i = 0; i < a->length; i++)
    {
        if (bmono_mul(&m, a->mono + i, &v) != 0)
            return -1;
        bpoly_addmul_term_fmpq(r, &m, a->coeff + i, s, ctx);
    }
    return 0;
}
