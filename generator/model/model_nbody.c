/* N-body models: `pairs` lines, N and 1/N (docs/cumulants.md). */
#include <string.h>
#include "model_expr.h"
#include "alloc.h"

/* c with N^a (1/N)^b reduced to N^(a-b) or (1/N)^(b-a) in every term */
static void normalize_coeff(fmpq_mpoly_t c, slong iN, slong iv, const fmpq_mpoly_ctx_t ctx)
{
    slong nv = fmpq_mpoly_ctx_nvars(ctx), i, len = fmpq_mpoly_length(c, ctx);
    ulong *exp = blochgen_malloc(nv * sizeof(ulong));
    fmpq_mpoly_t r;
    fmpq_t q;
    int changed = 0;

    fmpq_mpoly_init(r, ctx);
    fmpq_init(q);
    for (i = 0; i < len; i++)
    {
        fmpq_mpoly_get_term_exp_ui(exp, c, i, ctx);
        fmpq_mpoly_get_term_coeff_fmpq(q, c, i, ctx);
        if (exp[iN] > 0 && exp[iv] > 0)
        {
            ulong e = exp[iN] < exp[iv] ? exp[iN] : exp[iv];
            exp[iN] -= e, exp[iv] -= e;
            changed = 1;
        }
        fmpq_mpoly_push_term_fmpq_ui(r, q, exp, ctx);
    }
    if (changed)
    {
        fmpq_mpoly_sort_terms(r, ctx);
        fmpq_mpoly_combine_like_terms(r, ctx);
        fmpq_mpoly_swap(c, r, ctx);
    }
    fmpq_mpoly_clear(r, ctx);
    fmpq_clear(q);
    free(exp);
}

void model_nbody_normalize(bpoly_t p, const model_t m)
{
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    bpoly_t r;
    slong k;

    if (!m->nbody)
        return;
    bpoly_init(r, ctx);
    for (k = 0; k < p->length; k++)
    {
        normalize_coeff(p->coeff + k, m->nparams - 1, m->nparams, ctx);
        if (!fmpq_mpoly_is_zero(p->coeff + k, ctx))
            bpoly_add_term(r, p->mono + k, p->coeff + k, ctx);
    }
    bpoly_swap(p, r);
    bpoly_clear(r, ctx);
}

void model_nbody_embed(op_t r, const op_t a, int site, const model_t m)
{
    int k = m->sites;
    slong t;
    fmpq_t one;

    fmpq_init(one);
    fmpq_one(one);
    for (t = 0; t < a->length; t++)
    {
        pauli_t p = a->terms[t].pauli;
        p.x <<= site * k;
        p.z <<= site * k;
        op_add_term(r, p, 0, a->terms[t].re, a->terms[t].im, one, a->terms[t].col, m->pctx);
    }
    fmpq_clear(one);
}
