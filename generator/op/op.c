#include "op.h"
#include "alloc.h"

void op_init(op_t a, const fmpq_mpoly_ctx_t ctx)
{
    (void) ctx;
    a->terms = NULL;
    a->length = 0;
    a->alloc = 0;
}

void op_clear(op_t a, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    for (i = 0; i < a->alloc; i++)
    {
        bpoly_clear(a->terms[i].re, ctx);
        bpoly_clear(a->terms[i].im, ctx);
    }
    free(a->terms);
}

void op_swap(op_t a, op_t b)
{
    op_struct t = *a;
    *a = *b;
    *b = t;
}

void op_zero(op_t a, const fmpq_mpoly_ctx_t ctx)
{
    (void) ctx;
    a->length = 0;
}

/* Returns the term for p, appending a zero one if absent. */
static op_term_struct *op_slot(op_t a, pauli_t p, int col, const fmpq_mpoly_ctx_t ctx)
{
    slong i;
    op_term_struct *t;

    for (i = 0; i < a->length; i++)
        if (pauli_equal(a->terms[i].pauli, p))
        {
            if (col > 0 && (a->terms[i].col == 0 || col < a->terms[i].col))
                a->terms[i].col = col;
            return a->terms + i;
        }
    if (a->length == a->alloc)
    {
        slong n = FLINT_MAX(4, 2 * a->alloc);
        a->terms = blochgen_realloc(a->terms, n * sizeof(op_term_struct));
        for (i = a->alloc; i < n; i++)
        {
            bpoly_init(a->terms[i].re, ctx);
            bpoly_init(a->terms[i].im, ctx);
        }
        a->alloc = n;
    }
    t = a->terms + a->length++;
    t->pauli = p;
    t->col = col;
    bpoly_zero(t->re, ctx);
    bpoly_zero(t->im, ctx);
    return t;
}

/* Drop terms whose coefficient vanished, keeping their storage. */
static void op_normalise(op_t a)
{
    slong i, j = 0;

    for (i = 0; i < a->length; i++)
    {
        if (bpoly_is_zero(a->terms[i].re) && bpoly_is_zero(a->terms[i].im))
            continue;
        if (i != j)
        {
            op_term_struct t = a->terms[j];
            a->terms[j] = a->terms[i];
            a->terms[i] = t;
        }
        j++;
    }
    a->length = j;
}

int cbpoly_addmul(bpoly_t re, bpoly_t im, int phase,
                  const bpoly_t ar, const bpoly_t ai,
                  const bpoly_t br, const bpoly_t bi,
                  const fmpq_t s, const fmpq_mpoly_ctx_t ctx)
{
    /* P + iQ = (ar + i ai)(br + i bi); i^phase rotates (P, Q). */
    bpoly_struct *ptarget = (phase & 1) ? im : re;
    bpoly_struct *qtarget = (phase & 1) ? re : im;
    int psign = (phase == 0 || phase == 1) ? 1 : -1;
    int qsign = (phase == 0 || phase == 3) ? 1 : -1;
    fmpq_t t;
    int ok = 0;

    fmpq_init(t);
    fmpq_mul_si(t, s, psign);
    ok |= bpoly_addmul(ptarget, ar, br, t, ctx);
    if (ai != NULL && bi != NULL)
    {
        fmpq_neg(t, t);
        ok |= bpoly_addmul(ptarget, ai, bi, t, ctx);
    }
    fmpq_mul_si(t, s, qsign);
    if (bi != NULL)
        ok |= bpoly_addmul(qtarget, ar, bi, t, ctx);
    if (ai != NULL)
        ok |= bpoly_addmul(qtarget, ai, br, t, ctx);
    fmpq_clear(t);
    return ok;
}

void op_add_term(op_t a, pauli_t p, int phase, const bpoly_t re, const bpoly_t im,
                 const fmpq_t s, int col, const fmpq_mpoly_ctx_t ctx)
{
    op_term_struct *t = op_slot(a, p, col, ctx);
    fmpq_t sr, si;

    /* s * i^phase * (re + i im): rotate by hand, no products needed */
    fmpq_init(sr);
    fmpq_init(si);
    fmpq_mul_si(sr, s, (phase == 0 || phase == 1) ? 1 : -1);
    fmpq_mul_si(si, s, (phase == 0 || phase == 3) ? 1 : -1);
    if (re != NULL)
        bpoly_addmul_fmpq((phase & 1) ? t->im : t->re, re, sr, ctx);
    if (im != NULL)
        bpoly_addmul_fmpq((phase & 1) ? t->re : t->im, im, si, ctx);
    fmpq_clear(sr);
    fmpq_clear(si);
    op_normalise(a);
}

void op_set(op_t r, const op_t a, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t one;

    if (r == a)
        return;
    fmpq_init(one);
    fmpq_one(one);
    op_zero(r, ctx);
    op_addmul_fmpq(r, a, one, ctx);
    fmpq_clear(one);
}

void op_addmul_fmpq(op_t r, const op_t b, const fmpq_t s, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (r == b)
    {
        op_t t;
        op_init(t, ctx);
        op_set(t, b, ctx);
        op_addmul_fmpq(r, t, s, ctx);
        op_clear(t, ctx);
        return;
    }
    for (i = 0; i < b->length; i++)
        op_add_term(r, b->terms[i].pauli, 0, b->terms[i].re, b->terms[i].im, s,
                    b->terms[i].col, ctx);
}

void op_scalar_mul_fmpq(op_t r, const op_t a, const fmpq_t s, const fmpq_mpoly_ctx_t ctx)
{
    op_t t;

    op_init(t, ctx);
    op_addmul_fmpq(t, a, s, ctx);
    op_swap(r, t);
    op_clear(t, ctx);
}

void op_mul_phase(op_t r, const op_t a, int phase, const fmpq_mpoly_ctx_t ctx)
{
    op_t t;
    fmpq_t one;
    slong i;

    fmpq_init(one);
    fmpq_one(one);
    op_init(t, ctx);
    for (i = 0; i < a->length; i++)
        op_add_term(t, a->terms[i].pauli, phase, a->terms[i].re, a->terms[i].im, one,
                    a->terms[i].col, ctx);
    op_swap(r, t);
    op_clear(t, ctx);
    fmpq_clear(one);
}

int op_mul(op_t r, const op_t a, const op_t b, const fmpq_mpoly_ctx_t ctx)
{
    op_t t;
    fmpq_t one;
    slong i, j;
    int ok = 0;

    fmpq_init(one);
    fmpq_one(one);
    op_init(t, ctx);
    for (i = 0; i < a->length; i++)
        for (j = 0; j < b->length; j++)
        {
            const op_term_struct *x = a->terms + i, *y = b->terms + j;
            int phase, col = x->col ? x->col : y->col;
            pauli_t p = pauli_mul(&phase, x->pauli, y->pauli);
            op_term_struct *z = op_slot(t, p, col, ctx);
            ok |= cbpoly_addmul(z->re, z->im, phase, x->re, x->im, y->re, y->im, one, ctx);
        }
    op_normalise(t);
    op_swap(r, t);
    op_clear(t, ctx);
    fmpq_clear(one);
    return ok;
}

void op_set_col(op_t a, int col)
{
    slong i;

    for (i = 0; i < a->length; i++)
        a->terms[i].col = col;
}

void op_set_scalar(op_t a, const bpoly_t c, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t one;

    fmpq_init(one);
    fmpq_one(one);
    op_zero(a, ctx);
    op_add_term(a, pauli_identity(), 0, c, NULL, one, 0, ctx);
    fmpq_clear(one);
}

void op_set_pauli(op_t a, pauli_t p, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t c;

    bpoly_init(c, ctx);
    bpoly_set_si(c, 1, ctx);
    op_zero(a, ctx);
    {
        fmpq_t one;
        fmpq_init(one);
        fmpq_one(one);
        op_add_term(a, p, 0, c, NULL, one, 0, ctx);
        fmpq_clear(one);
    }
    bpoly_clear(c, ctx);
}

void op_size(limit_size_t *s, const op_t a, const fmpq_mpoly_ctx_t ctx)
{
    limit_size_t t;
    slong i;
    int k;

    s->terms = 0;
    s->degree = 0;
    s->bits = 0;
    for (i = 0; i < a->length; i++)
        for (k = 0; k < 2; k++)
        {
            bpoly_size(&t, k ? a->terms[i].im : a->terms[i].re, ctx);
            s->terms += t.terms;
            s->degree = FLINT_MAX(s->degree, t.degree);
            s->bits = FLINT_MAX(s->bits, t.bits);
        }
}
