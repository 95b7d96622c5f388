#include <string.h>
#include "derive.h"
#include "alloc.h"

void derive_init(derive_t d, const model_t m)
{
    slong v;

    memset(d, 0, sizeof(*d));
    d->m = m;
    d->n = m->nobs;
    d->rhs = blochgen_malloc(d->n * sizeof(bpoly_struct));
    for (v = 0; v < d->n; v++)
        bpoly_init(d->rhs + v, m->pctx);
}

int derive_all(derive_t d, const model_t m)
{
    derive_init(d, m);
    if (derive_equations(d))
        return 2;
    if (derive_adapt(d))
        return 2;
    if (derive_jacobian(d))
        return 2;
    if (derive_parity(d))
        return 2;
    derive_symmetric(d);
    derive_boundary(d);
    derive_conserved(d);
    return 0;
}

void derive_clear(derive_t d)
{
    const fmpq_mpoly_ctx_struct *ctx;
    const fmpz_mpoly_ctx_struct *qctx;
    slong v, k;

    if (d->m == NULL)
        return;
    ctx = d->m->pctx;
    qctx = derive_qctx(d);
    for (v = 0; v < d->n; v++)
        bpoly_clear(d->rhs + v, ctx);
    free(d->rhs);
    if (d->jac != NULL)
        for (v = 0; v < d->n; v++)
        {
            for (k = 0; k < d->jac[v].len; k++)
                bpoly_clear(d->jac[v].entry + k, ctx);
            free(d->jac[v].col);
            free(d->jac[v].entry);
        }
    free(d->jac);
    if (d->sym != NULL)
        for (v = 0; v < d->n; v++)
            fmpz_mpoly_q_clear(d->sym + v, qctx);
    free(d->sym);
    if (d->odd_block != NULL)
        for (k = 0; k < d->nodd * d->nodd; k++)
            fmpz_mpoly_q_clear(d->odd_block + k, qctx);
    free(d->odd_block);
    if (d->has_boundary)
        fmpz_mpoly_clear(d->boundary, qctx);
    for (k = 0; k < d->ncons; k++)
        bpoly_clear(d->cons + k, ctx);
    flint_free(d->cons);
    free(d->odd_vars);
    free(d->odd);
    memset(d, 0, sizeof(*d));
}
