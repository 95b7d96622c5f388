#include <math.h>
#include <stdio.h>
#include "limit.h"

/* Sizes are bounds: a product of polynomials with ta and tb terms has at
   most ta*tb terms, degree da + db and coefficients of at most
   ba + bb + log2(min(ta, tb)) + 1 bits (the sum of min(ta, tb) products).
   ta*tb is also the work of the product: a tighter bound on its terms
   (the monomials its degrees allow) would let two dense polynomials of
   10^5 terms each through, a product of minutes. */

static slong log2_ceil(double t)
{
    return t <= 1 ? 0 : (slong) ceil(log2(t));
}

void limit_size_fmpz_mpoly(limit_size_t *s, const fmpz_mpoly_t p, const fmpz_mpoly_ctx_t ctx)
{
    s->terms = (double) fmpz_mpoly_length(p, ctx);
    s->degree = fmpz_mpoly_is_zero(p, ctx) ? 0 : fmpz_mpoly_total_degree_si(p, ctx);
    s->bits = FLINT_ABS(fmpz_mpoly_max_bits(p));
}

static void size_max(limit_size_t *r, const limit_size_t *a, const limit_size_t *b)
{
    r->terms = FLINT_MAX(a->terms, b->terms);
    r->degree = FLINT_MAX(a->degree, b->degree);
    r->bits = FLINT_MAX(a->bits, b->bits);
}

void limit_size_mpoly_q(limit_size_t *s, const fmpz_mpoly_q_t q, const fmpz_mpoly_ctx_t ctx)
{
    limit_size_t n, d;

    limit_size_fmpz_mpoly(&n, fmpz_mpoly_q_numref(q), ctx);
    limit_size_fmpz_mpoly(&d, fmpz_mpoly_q_denref(q), ctx);
    size_max(s, &n, &d);
}

void limit_size_mul(limit_size_t *r, const limit_size_t *a, const limit_size_t *b)
{
    double t = a->terms * b->terms;

    r->bits = a->bits + b->bits + log2_ceil(FLINT_MIN(a->terms, b->terms)) + 1;
    r->degree = a->degree + b->degree;
    r->terms = t;
}

void limit_size_add(limit_size_t *r, const limit_size_t *a, const limit_size_t *b)
{
    r->terms = a->terms + b->terms;
    r->degree = FLINT_MAX(a->degree, b->degree);
    r->bits = FLINT_MAX(a->bits, b->bits) + 1;
}

void limit_size_mul_fmpz_mpoly(limit_size_t *r, const fmpz_mpoly_t a, const fmpz_mpoly_t b,
                               const fmpz_mpoly_ctx_t ctx)
{
    limit_size_t sa, sb;

    limit_size_fmpz_mpoly(&sa, a, ctx);
    limit_size_fmpz_mpoly(&sb, b, ctx);
    limit_size_mul(r, &sa, &sb);
}

/* (an/ad) * (bn/bd): numerator an*bn, denominator ad*bd before the common
   factors cancel; invert_b for a quotient (b's halves swapped). */
void limit_size_mul_mpoly_q(limit_size_t *r, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                             int invert_b, const fmpz_mpoly_ctx_t ctx)
{
    const fmpz_mpoly_struct *bn = invert_b ? fmpz_mpoly_q_denref(b) : fmpz_mpoly_q_numref(b);
    const fmpz_mpoly_struct *bd = invert_b ? fmpz_mpoly_q_numref(b) : fmpz_mpoly_q_denref(b);
    limit_size_t n, d;

    limit_size_mul_fmpz_mpoly(&n, fmpz_mpoly_q_numref(a), bn, ctx);
    limit_size_mul_fmpz_mpoly(&d, fmpz_mpoly_q_denref(a), bd, ctx);
    size_max(r, &n, &d);
}

/* an/ad + bn/bd: over a common denominator, (an*bd + bn*ad)/(ad*bd), with
   its products.  A sum of polynomials (or of fractions over one
   denominator) forms nothing new: its terms and coefficients are those of
   the operands, counted when they were formed, so its size is zero (and
   found in constant time: a sum of 100,000 terms must not cost 10^10). */
void limit_size_add_mpoly_q(limit_size_t *r, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                            const fmpz_mpoly_ctx_t ctx)
{
    const fmpz_mpoly_struct *ad = fmpz_mpoly_q_denref(a), *bd = fmpz_mpoly_q_denref(b);
    limit_size_t x, y, n, d;

    if ((fmpz_mpoly_is_fmpz(ad, ctx) && fmpz_mpoly_is_fmpz(bd, ctx)) ||
        fmpz_mpoly_equal(ad, bd, ctx))
    {
        r->terms = 0;
        r->degree = 0;
        r->bits = 0;
        return;
    }
    limit_size_mul_fmpz_mpoly(&x, fmpz_mpoly_q_numref(a), bd, ctx);
    limit_size_mul_fmpz_mpoly(&y, fmpz_mpoly_q_numref(b), ad, ctx);
    limit_size_add(&n, &x, &y);
    limit_size_mul_fmpz_mpoly(&d, ad, bd, ctx);
    size_max(r, &n, &d);
    r->terms = n.terms + d.terms;   /* all three products are formed */
}

int limit_exceeded(const limit_t L, const limit_size_t *s)
{
    if (L == NULL)
        return -1;
    if (s->degree > L->max[LIMIT_DEGREE])
        return LIMIT_DEGREE;
    if (s->terms > (double) L->max[LIMIT_TERMS])
        return LIMIT_TERMS;
    if (s->bits > L->max[LIMIT_BITS])
        return LIMIT_BITS;
    return -1;
}

void limit_raise_hint(char *buf, size_t size, limit_id id)
{
    snprintf(buf, size, "(raise it with --limit %s=N)", limit_name(id));
}

void limit_message(char *buf, size_t size, const limit_t L, int id, const limit_size_t *s,
                   double prior, const char *what)
{
    char hint[64];

    limit_raise_hint(hint, sizeof hint, id);
    if (id == LIMIT_DEGREE)
        snprintf(buf, size, "%s would have degree %ld in the parameters, above the limit "
                 "degree=%ld %s", what, (long) s->degree, (long) L->max[id], hint);
    else if (id == LIMIT_TERMS && prior > 0)
        snprintf(buf, size, "%s would have up to %.4g terms, %.4g with the products before it, "
                 "above the limit terms=%ld %s", what, s->terms, prior + s->terms,
                 (long) L->max[id], hint);
    else if (id == LIMIT_TERMS)
        snprintf(buf, size, "%s would have up to %.4g terms, above the limit terms=%ld %s",
                 what, s->terms, (long) L->max[id], hint);
    else
        snprintf(buf, size, "%s would have coefficients of up to %ld bits, above the limit "
                 "bits=%ld %s", what, (long) s->bits, (long) L->max[id], hint);
}

int limit_check(char *buf, size_t size, const limit_t L, const limit_size_t *s,
                double *formed, const char *what)
{
    double prior = formed != NULL ? *formed : 0;
    limit_size_t total = *s;
    int id;

    total.terms += prior;
    if ((id = limit_exceeded(L, &total)) >= 0)
    {
        limit_message(buf, size, L, id, s, prior, what);
        return 2;
    }
    if (formed != NULL)
        *formed = total.terms;
    return 0;
}
