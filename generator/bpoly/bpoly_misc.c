#include "bpoly.h"
#include "alloc.h"

void bpoly_set_fmpq_mpoly(bpoly_t p, const fmpq_mpoly_t c, const fmpq_mpoly_ctx_t ctx)
{
    bmono_t one;

    bmono_one(&one);
    bpoly_zero(p, ctx);
    bpoly_add_term(p, &one, c, ctx);
}

void bpoly_set_fmpq(bpoly_t p, const fmpq_t c, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t t;

    fmpq_mpoly_init(t, ctx);
    fmpq_mpoly_set_fmpq(t, c, ctx);
    bpoly_set_fmpq_mpoly(p, t, ctx);
    fmpq_mpoly_clear(t, ctx);
}

void bpoly_set_si(bpoly_t p, slong c, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t q;

    fmpq_init(q);
    fmpq_set_si(q, c, 1);
    bpoly_set_fmpq(p, q, ctx);
    fmpq_clear(q);
}

void bpoly_set_param(bpoly_t p, slong param, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t t;

    fmpq_mpoly_init(t, ctx);
    fmpq_mpoly_gen(t, param, ctx);
    bpoly_set_fmpq_mpoly(p, t, ctx);
    fmpq_mpoly_clear(t, ctx);
}

void bpoly_set_var(bpoly_t p, slong var, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_mpoly_t t;
    bmono_t m;

    fmpq_mpoly_init(t, ctx);
    fmpq_mpoly_one(t, ctx);
    bmono_var(&m, var);
    bpoly_zero(p, ctx);
    bpoly_add_term(p, &m, t, ctx);
    fmpq_mpoly_clear(t, ctx);
}

void bpoly_derivative(bpoly_t r, const bpoly_t a, slong var, const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t t;
    fmpq_t s;
    slong i;

    bpoly_init(t, ctx);
    fmpq_init(s);
    for (i = 0; i < a->length; i++)
    {
        const bmono_t *m = a->mono + i;
        bmono_t d;
        int j, e = bmono_exponent(m, var), n = 0, removed = 0;

        if (e == 0)
            continue;
        /* drop one occurrence of var */
        bmono_one(&d);
        for (j = 0; j < m->deg; j++)
        {
            if (m->var[j] == var && !removed)
            {
                removed = 1;
                continue;
            }
            d.var[n++] = m->var[j];
        }
        d.deg = (uint16_t) n;
        fmpq_set_si(s, e, 1);
        bpoly_addmul_term_fmpq(t, &d, a->coeff + i, s, ctx);
    }
    bpoly_swap(r, t);
    bpoly_clear(t, ctx);
    fmpq_clear(s);
}

void bpoly_zero_vars(bpoly_t r, const bpoly_t a, const char *zero,
                     const fmpq_mpoly_ctx_t ctx)
{
    bpoly_t t;
    slong i;

    bpoly_init(t, ctx);
    for (i = 0; i < a->length; i++)
    {
        int j, keep = 1;
        for (j = 0; j < a->mono[i].deg; j++)
            keep &= !zero[a->mono[i].var[j]];
        if (keep)
            bpoly_add_term(t, a->mono + i, a->coeff + i, ctx);
    }
    bpoly_swap(r, t);
    bpoly_clear(t, ctx);
}

int bpoly_is_zero(const bpoly_t p)
{
    return p->length == 0;
}

int bpoly_equal(const bpoly_t a, const bpoly_t b, const fmpq_mpoly_ctx_t ctx)
{
    slong i;

    if (a->length != b->length)
        return 0;
    for (i = 0; i < a->length; i++)
        if (bmono_cmp(a->mono + i, b->mono + i) != 0 ||
            !fmpq_mpoly_equal(a->coeff + i, b->coeff + i, ctx))
            return 0;
    return 1;
}

int bpoly_degree(const bpoly_t p)
{
    /* terms are sorted by degree first */
    return p->length == 0 ? -1 : p->mono[p->length - 1].deg;
}

static double fmpq_mpoly_evaluate_d(const fmpq_mpoly_t c, const double *par,
                                    const fmpq_mpoly_ctx_t ctx)
{
    slong i, j, n = ctx->zctx->minfo->nvars;
    ulong *exp = blochgen_malloc((n + 1) * sizeof(ulong));
    double sum = 0;
    fmpq_t q;

    fmpq_init(q);
    for (i = 0; i < fmpq_mpoly_length(c, ctx); i++)
    {
        double t;
        fmpq_mpoly_get_term_coeff_fmpq(q, c, i, ctx);
        fmpq_mpoly_get_term_exp_ui(exp, c, i, ctx);
        t = fmpq_get_d(q);
        for (j = 0; j < n; j++)
        {
            ulong e;
            for (e = 0; e < exp[j]; e++)
                t *= par[j];
        }
        sum += t;
    }
    fmpq_clear(q);
    free(exp);
    return sum;
}

double bpoly_evaluate_d(const bpoly_t p, const double *x, const double *par,
                        const fmpq_mpoly_ctx_t ctx)
{
    double sum = 0;
    slong i;
    int j;

    for (i = 0; i < p->length; i++)
    {
        double t = fmpq_mpoly_evaluate_d(p->coeff + i, par, ctx);
        for (j = 0; j < p->mono[i].deg; j++)
            t *= x[p->mono[i].var[j]];
        sum += t;
    }
    return sum;
}
