/* The change to the symmetry-adapted variables of a `swap` symmetry
   (docs/derivation.md, "Site permutations"): after it the equations are
   in variables of definite parity, and every later step (parity check,
   symmetric state, boundary, emission) works as for a Pauli string. */
#include "derive.h"

/* <obs[k]> as a linear form in the adapted variables y:
   fixed: y_k; pair v < w with sign s: <obs[v]> = y_v + y_w,
   <obs[w]> = s (y_v - y_w). */
static void pauli_value(bpoly_t r, const model_struct *m, slong k)
{
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    slong v = k, w = m->adapt_pair[k];
    bpoly_t t;

    bpoly_set_var(r, k, ctx);
    if (w == k)
        return;
    bpoly_init(t, ctx);
    if (w < k)
    {
        v = w;
        w = k;
    }
    bpoly_set_var(r, v, ctx);
    bpoly_set_var(t, w, ctx);
    if (k == v)
        bpoly_add(r, r, t, ctx);
    else
    {
        bpoly_sub(r, r, t, ctx);
        if (m->adapt_sign[v] < 0)
            bpoly_neg(r, r, ctx);
    }
    bpoly_clear(t, ctx);
}

int derive_adapt_bpoly(bpoly_t r, const bpoly_t p, const model_struct *m)
{
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    bpoly_t acc, term, x;
    fmpq_t one;
    slong k;
    int j, st = 0;

    bpoly_init(acc, ctx);
    bpoly_init(term, ctx);
    bpoly_init(x, ctx);
    fmpq_init(one);
    fmpq_one(one);
    for (k = 0; k < p->length && st == 0; k++)
    {
        bpoly_set_fmpq_mpoly(term, p->coeff + k, ctx);
        for (j = 0; j < p->mono[k].deg && st == 0; j++)
        {
            pauli_value(x, m, p->mono[k].var[j]);
            st = bpoly_mul(term, term, x, ctx);
        }
        bpoly_addmul_fmpq(acc, term, one, ctx);
    }
    bpoly_swap(r, acc);
    bpoly_clear(acc, ctx);
    bpoly_clear(term, ctx);
    bpoly_clear(x, ctx);
    fmpq_clear(one);
    return st;
}

int derive_adapt(derive_t d)
{
    const model_struct *m = d->m;
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    bpoly_struct *y;
    fmpq_t half;
    slong v;
    int st = 0;

    if (!m->has_perm)
        return 0;
    y = flint_malloc(d->n * sizeof(bpoly_struct));
    for (v = 0; v < d->n; v++)
    {
        bpoly_init(y + v, ctx);
        if (st == 0)
            st = derive_adapt_bpoly(y + v, d->rhs + v, m);
    }
    /* dy_v/dt = (rhs_v + s rhs_w)/2, dy_w/dt = (rhs_v - s rhs_w)/2 */
    fmpq_init(half);
    fmpq_set_si(half, 1, 2);
    d->nterms = 0;
    for (v = 0; v < d->n && st == 0; v++)
    {
        slong w = m->adapt_pair[v];
        if (w == v)
            bpoly_swap(d->rhs + v, y + v);
        else if (w > v)
        {
            if (m->adapt_sign[v] < 0)
                bpoly_neg(y + w, y + w, ctx);
            bpoly_add(d->rhs + v, y + v, y + w, ctx);
            bpoly_sub(d->rhs + w, y + v, y + w, ctx);
            bpoly_scalar_mul_fmpq(d->rhs + v, d->rhs + v, half, ctx);
            bpoly_scalar_mul_fmpq(d->rhs + w, d->rhs + w, half, ctx);
        }
    }
    for (v = 0; v < d->n && st == 0; v++)
        st = derive_count_terms(d, d->rhs + v);
    fmpq_clear(half);
    for (v = 0; v < d->n; v++)
        bpoly_clear(y + v, ctx);
    flint_free(y);
    return st ? 2 : 0;
}
