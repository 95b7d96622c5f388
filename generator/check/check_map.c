#include "check_internal.h"
#include "alloc.h"

/* Polynomial in the parameters, with every parameter replaced by its
   substitution (a rational function in the comparison ring). */
void check_map_param_poly(fmpz_mpoly_q_t r, const fmpz_mpoly_t p, const check_ctx *c)
{
    const fmpz_mpoly_ctx_struct *pctx = c->d->m->pctx->zctx;
    slong np = c->d->m->nparams, i, k;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong)), e;
    fmpz_mpoly_q_t t;
    fmpz_t coeff;

    fmpz_mpoly_q_init(t, c->ctx);
    fmpz_init(coeff);
    fmpz_mpoly_q_zero(r, c->ctx);
    for (i = 0; i < fmpz_mpoly_length(p, pctx); i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(coeff, p, i, pctx);
        fmpz_mpoly_get_term_exp_ui(exp, p, i, pctx);
        fmpz_mpoly_q_one(t, c->ctx);
        fmpz_mpoly_scalar_mul_fmpz(fmpz_mpoly_q_numref(t), fmpz_mpoly_q_numref(t), coeff, c->ctx);
        for (k = 0; k < np; k++)
            for (e = 0; e < exp[k]; e++)
                fmpz_mpoly_q_mul(t, t, c->par_value + k, c->ctx);
        fmpz_mpoly_q_add(r, r, t, c->ctx);
    }
    fmpz_clear(coeff);
    fmpz_mpoly_q_clear(t, c->ctx);
    free(exp);
}

void check_map_param_q(fmpz_mpoly_q_t r, const fmpz_mpoly_q_t q, const check_ctx *c)
{
    fmpz_mpoly_q_t den;

    fmpz_mpoly_q_init(den, c->ctx);
    check_map_param_poly(den, fmpz_mpoly_q_denref(q), c);
    check_map_param_poly(r, fmpz_mpoly_q_numref(q), c);
    fmpz_mpoly_q_div(r, r, den, c->ctx);
    fmpz_mpoly_q_clear(den, c->ctx);
}

void check_map_bpoly(fmpz_mpoly_q_t r, const bpoly_t p, const check_ctx *c)
{
    const derive_struct *d = c->d;
    slong state0 = d->m->nparams + c->nsym, k;
    fmpz_mpoly_q_t t, q, g;
    int j;

    fmpz_mpoly_q_init(t, d->m->pctx->zctx);
    fmpz_mpoly_q_init(q, c->ctx);
    fmpz_mpoly_q_init(g, c->ctx);
    fmpz_mpoly_q_zero(r, c->ctx);
    for (k = 0; k < p->length; k++)
    {
        derive_fmpq_mpoly_get_q(t, p->coeff + k, d);
        check_map_param_q(q, t, c);
        for (j = 0; j < p->mono[k].deg; j++)
        {
            fmpz_mpoly_q_gen(g, state0 + p->mono[k].var[j], c->ctx);
            fmpz_mpoly_q_mul(q, q, g, c->ctx);
        }
        fmpz_mpoly_q_add(r, r, q, c->ctx);
    }
    fmpz_mpoly_q_clear(t, d->m->pctx->zctx);
    fmpz_mpoly_q_clear(q, c->ctx);
    fmpz_mpoly_q_clear(g, c->ctx);
}
