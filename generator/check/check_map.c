#include "check_internal.h"
#include "alloc.h"

static const char what_map[] = "the generator's expression with the substitutions";

int check_limit_mul(char *msg, size_t size, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                    int divide, const check_ctx *c, const char *what)
{
    limit_size_t s;

    limit_size_mul_mpoly_q(&s, a, b, divide, c->ctx);
    return limit_check(msg, size, &c->d->m->limits, &s, c->formed, what);
}

int check_limit_add(char *msg, size_t size, const fmpz_mpoly_q_t a, const fmpz_mpoly_q_t b,
                    const check_ctx *c, const char *what)
{
    limit_size_t s;

    limit_size_add_mpoly_q(&s, a, b, c->ctx);
    return limit_check(msg, size, &c->d->m->limits, &s, c->formed, what);
}

/* Polynomial in the parameters, with every parameter replaced by its
   substitution (a rational function in the comparison ring). */
int check_map_param_poly(fmpz_mpoly_q_t r, const fmpz_mpoly_t p, const check_ctx *c, char *msg)
{
    const fmpz_mpoly_ctx_struct *pctx = c->d->m->pctx->zctx;
    slong np = c->d->m->nparams, i, k;
    ulong *exp = blochgen_malloc((np + 1) * sizeof(ulong)), e;
    fmpz_mpoly_q_t t;
    fmpz_t coeff;
    int st = 0;

    fmpz_mpoly_q_init(t, c->ctx);
    fmpz_init(coeff);
    fmpz_mpoly_q_zero(r, c->ctx);
    for (i = 0; i < fmpz_mpoly_length(p, pctx) && st == 0; i++)
    {
        fmpz_mpoly_get_term_coeff_fmpz(coeff, p, i, pctx);
        fmpz_mpoly_get_term_exp_ui(exp, p, i, pctx);
        fmpz_mpoly_q_one(t, c->ctx);
        fmpz_mpoly_scalar_mul_fmpz(fmpz_mpoly_q_numref(t), fmpz_mpoly_q_numref(t), coeff, c->ctx);
        for (k = 0; k < np && st == 0; k++)
            for (e = 0; e < exp[k] && st == 0; e++)
                if ((st = check_limit_mul(msg, MODEL_MSG_MAX, t, c->par_value + k, 0, c,
                                          what_map)) == 0)
                    fmpz_mpoly_q_mul(t, t, c->par_value + k, c->ctx);
        if (st == 0 && (st = check_limit_add(msg, MODEL_MSG_MAX, r, t, c, what_map)) == 0)
            fmpz_mpoly_q_add(r, r, t, c->ctx);
    }
    fmpz_clear(coeff);
    fmpz_mpoly_q_clear(t, c->ctx);
    free(exp);
    return st;
}

int check_map_param_q(fmpz_mpoly_q_t r, const fmpz_mpoly_q_t q, const check_ctx *c, char *msg)
{
    fmpz_mpoly_q_t den;
    int st;

    fmpz_mpoly_q_init(den, c->ctx);
    st = check_map_param_poly(den, fmpz_mpoly_q_denref(q), c, msg);
    if (st == 0)
        st = check_map_param_poly(r, fmpz_mpoly_q_numref(q), c, msg);
    if (st == 0)
        st = check_limit_mul(msg, MODEL_MSG_MAX, r, den, 1, c, what_map);
    if (st == 0)
        fmpz_mpoly_q_div(r, r, den, c->ctx);
    fmpz_mpoly_q_clear(den, c->ctx);
    return st;
}

int check_map_bpoly(fmpz_mpoly_q_t r, const bpoly_t p, const check_ctx *c, char *msg)
{
    const derive_struct *d = c->d;
    slong state0 = d->m->nparams + c->nsym, k;
    fmpz_mpoly_q_t t, q, g;
    int j, st = 0;

    fmpz_mpoly_q_init(t, d->m->pctx->zctx);
    fmpz_mpoly_q_init(q, c->ctx);
    fmpz_mpoly_q_init(g, c->ctx);
    fmpz_mpoly_q_zero(r, c->ctx);
    for (k = 0; k < p->length && st == 0; k++)
    {
        derive_fmpq_mpoly_get_q(t, p->coeff + k, d);
        st = check_map_param_q(q, t, c, msg);
        /* times a monomial in the state: no growth in terms */
        for (j = 0; j < p->mono[k].deg && st == 0; j++)
        {
            fmpz_mpoly_q_gen(g, state0 + p->mono[k].var[j], c->ctx);
            fmpz_mpoly_q_mul(q, q, g, c->ctx);
        }
        if (st == 0 && (st = check_limit_add(msg, MODEL_MSG_MAX, r, q, c, what_map)) == 0)
            fmpz_mpoly_q_add(r, r, q, c->ctx);
    }
    fmpz_mpoly_q_clear(t, d->m->pctx->zctx);
    fmpz_mpoly_q_clear(q, c->ctx);
    fmpz_mpoly_q_clear(g, c->ctx);
    return st;
}
