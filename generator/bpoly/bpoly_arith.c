#include <stdlib.h>
#include "bpoly.h"
#include "alloc.h"

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

/* One product of terms: its monomial and the factors it came from. */
typedef struct
{
    bmono_t m;
    slong i, j;
} bpoly_pair_t;

static int pair_cmp(const void *x, const void *y)
{
    const bpoly_pair_t *p = x, *q = y;
    int c = bmono_cmp(&p->m, &q->m);

    if (c != 0)
        return c;
    return p->i != q->i ? (p->i < q->i ? -1 : 1) : (p->j > q->j) - (p->j < q->j);
}

/* r += s * a * b.  The products are formed in monomial order and merged
   with r in one pass: inserting them one by one into the sorted r moved
   its tail each time, quadratic in the terms (a product of two sums of
   1400 <P> in the wrong order took over 300 s; now a second). */
int bpoly_addmul(bpoly_t r, const bpoly_t a, const bpoly_t b, const fmpq_t s,
                 const fmpq_mpoly_ctx_t ctx)
{
    slong n = a->length * b->length, i, j, k, g, ri = 0;
    bpoly_pair_t *pr;
    fmpq_mpoly_t c, sum;
    bpoly_t t;
    int ok = 0;

    if (r == a || r == b)
    {
        bpoly_init(t, ctx);
        bpoly_set(t, r, ctx);
        ok = bpoly_addmul(t, a, b, s, ctx);
        bpoly_swap(r, t);
        bpoly_clear(t, ctx);
        return ok;
    }
    if (n == 0)
        return 0;
    pr = blochgen_malloc(n * sizeof(bpoly_pair_t));
    for (i = 0, k = 0; i < a->length; i++)
        for (j = 0; j < b->length; j++, k++)
        {
            if (bmono_mul(&pr[k].m, a->mono + i, b->mono + j) != 0)
            {
                free(pr);
                return -1;
            }
            pr[k].i = i;
            pr[k].j = j;
        }
    qsort(pr, n, sizeof(bpoly_pair_t), pair_cmp);
    fmpq_mpoly_init(c, ctx);
    fmpq_mpoly_init(sum, ctx);
    bpoly_init(t, ctx);
    bpoly_fit_length(t, r->length + n, ctx);
    for (k = 0; k < n; k = g)
    {
        /* the products with one monomial, summed */
        fmpq_mpoly_zero(sum, ctx);
        for (g = k; g < n && bmono_cmp(&pr[g].m, &pr[k].m) == 0; g++)
        {
            fmpq_mpoly_mul(c, a->coeff + pr[g].i, b->coeff + pr[g].j, ctx);
            fmpq_mpoly_add(sum, sum, c, ctx);
        }
        if (!fmpq_is_one(s))
            fmpq_mpoly_scalar_mul_fmpq(sum, sum, s, ctx);
        /* the terms of r before it, then it merged with r's */
        for (; ri < r->length && bmono_cmp(r->mono + ri, &pr[k].m) < 0; ri++)
        {
            t->mono[t->length] = r->mono[ri];
            fmpq_mpoly_swap(t->coeff + t->length++, r->coeff + ri, ctx);
        }
        if (ri < r->length && bmono_cmp(r->mono + ri, &pr[k].m) == 0)
            fmpq_mpoly_add(sum, sum, r->coeff + ri++, ctx);
        if (!fmpq_mpoly_is_zero(sum, ctx))
        {
            t->mono[t->length] = pr[k].m;
            fmpq_mpoly_swap(t->coeff + t->length++, sum, ctx);
        }
    }
    for (; ri < r->length; ri++)
    {
        t->mono[t->length] = r->mono[ri];
        fmpq_mpoly_swap(t->coeff + t->length++, r->coeff + ri, ctx);
    }
    bpoly_swap(r, t);
    bpoly_clear(t, ctx);
    fmpq_mpoly_clear(c, ctx);
    fmpq_mpoly_clear(sum, ctx);
    free(pr);
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
