#include <stdio.h>
#include <string.h>
#include "derive.h"
#include "alloc.h"

/* Accumulates complex coefficients of <Q> for one observable at a time. */
typedef struct
{
    bpoly_struct *re;
    bpoly_struct *im;
    char *used;
    uint32_t *touched;
    slong ntouched;
    int overflow;       /* a state degree went above BMONO_MAX_DEG */
} scratch_struct;

/* One (a, b) pair of a jump L = sum_a l_a A_a:
   c = rate * conj(l_a) * l_b and A_a A_b = i^q B. */
typedef struct
{
    pauli_t a, b, B;
    int q;
    bpoly_t cre, cim;
} jump_pair_struct;

static void scratch_add(scratch_struct *s, uint32_t key, int phase, const bpoly_t re,
                        const bpoly_t im, slong num, slong den, const fmpq_mpoly_ctx_t ctx)
{
    fmpq_t sr, si;

    if (!s->used[key])
    {
        s->used[key] = 1;
        s->touched[s->ntouched++] = key;
    }
    fmpq_init(sr);
    fmpq_init(si);
    fmpq_set_si(sr, (phase == 0 || phase == 1) ? num : -num, den);
    fmpq_set_si(si, (phase == 0 || phase == 3) ? num : -num, den);
    bpoly_addmul_fmpq((phase & 1) ? s->im + key : s->re + key, re, sr, ctx);
    if (im != NULL)
        bpoly_addmul_fmpq((phase & 1) ? s->re + key : s->im + key, im, si, ctx);
    fmpq_clear(sr);
    fmpq_clear(si);
}

/* i<[H, P]>: only anticommuting terms, [A, P] = 2 A P = 2 i^ph Q. */
static void add_hamiltonian(scratch_struct *s, const model_struct *m, pauli_t P)
{
    slong k;

    for (k = 0; k < m->ham->length; k++)
    {
        const op_term_struct *t = m->ham->terms + k;
        int ph;
        pauli_t Q;

        if (pauli_commutes(t->pauli, P))
            continue;
        Q = pauli_mul(&ph, t->pauli, P);
        scratch_add(s, pauli_key(Q, m->sites), (ph + 1) & 3, t->re, NULL, 2, 1, m->pctx);
    }
}

/* rate * <L^dag P L - {L^dag L, P}/2>, summed over the pairs of L. */
static void add_jump(scratch_struct *s, const model_struct *m, const jump_pair_struct *pr,
                     slong npairs, pauli_t P)
{
    slong k;

    for (k = 0; k < npairs; k++)
    {
        const jump_pair_struct *p = pr + k;
        int ph1, ph2;
        pauli_t T = pauli_mul(&ph1, p->a, P);

        T = pauli_mul(&ph2, T, p->b);
        scratch_add(s, pauli_key(T, m->sites), (ph1 + ph2) & 3, p->cre, p->cim, 1, 1, m->pctx);
        /* {B, P}/2 = B P when they commute and 0 when they anticommute */
        if (pauli_commutes(p->B, P))
        {
            T = pauli_mul(&ph1, p->B, P);
            scratch_add(s, pauli_key(T, m->sites), (p->q + ph1) & 3, p->cre, p->cim, -1, 1,
                        m->pctx);
        }
    }
}

static jump_pair_struct *jump_pairs(slong *npairs, int *overflow, const model_jump_struct *j,
                                    const fmpq_mpoly_ctx_t ctx)
{
    const op_struct *L = j->L;
    jump_pair_struct *pr = blochgen_malloc(L->length * L->length * sizeof(jump_pair_struct));
    bpoly_t rre, one;
    fmpq_t s;
    slong a, b, n = 0;

    bpoly_init(rre, ctx);
    bpoly_init(one, ctx);
    fmpq_init(s);
    fmpq_one(s);
    for (a = 0; a < L->length; a++)
        for (b = 0; b < L->length; b++)
        {
            jump_pair_struct *p = pr + n++;
            const op_term_struct *ta = L->terms + a, *tb = L->terms + b;
            bpoly_t nim;

            p->a = ta->pauli;
            p->b = tb->pauli;
            p->B = pauli_mul(&p->q, p->a, p->b);
            bpoly_init(p->cre, ctx);
            bpoly_init(p->cim, ctx);
            /* conj(l_a) l_b, then times the rate */
            bpoly_init(nim, ctx);
            bpoly_neg(nim, ta->im, ctx);
            *overflow |= cbpoly_addmul(p->cre, p->cim, 0, ta->re, nim, tb->re, tb->im, s,
                                       ctx) != 0;
            bpoly_clear(nim, ctx);
            *overflow |= bpoly_mul(p->cre, p->cre, j->rate, ctx) != 0;
            *overflow |= bpoly_mul(p->cim, p->cim, j->rate, ctx) != 0;
        }
    bpoly_clear(rre, ctx);
    bpoly_clear(one, ctx);
    fmpq_clear(s);
    *npairs = n;
    return pr;
}

static void jump_pairs_clear(jump_pair_struct *pr, slong n, const fmpq_mpoly_ctx_t ctx)
{
    slong k;

    for (k = 0; k < n; k++)
    {
        bpoly_clear(pr[k].cre, ctx);
        bpoly_clear(pr[k].cim, ctx);
    }
    free(pr);
}

/* <sum_a c_a A_a> with c_a = conj(l_a) (conj = 1) or l_a (conj = 0) */
static int expectation(bpoly_t re, bpoly_t im, const model_struct *m, const op_t L, int conj)
{
    fmpq_t one, sgn;
    slong k;
    int ovf = 0;

    fmpq_init(one);
    fmpq_init(sgn);
    fmpq_one(one);
    fmpq_set_si(sgn, conj ? -1 : 1, 1);
    bpoly_zero(re, m->pctx);
    bpoly_zero(im, m->pctx);
    for (k = 0; k < L->length; k++)
    {
        slong v = m->var_of_key[pauli_key(L->terms[k].pauli, m->sites)];
        ovf |= bpoly_addmul_var(re, L->terms[k].re, v, one, m->pctx) != 0;
        ovf |= bpoly_addmul_var(im, L->terms[k].im, v, sgn, m->pctx) != 0;
    }
    fmpq_clear(one);
    fmpq_clear(sgn);
    return ovf;
}

/* rate/2 (<L^dag><[P,L]> + <[L^dag,P]><L>) = rate Re(<L^dag><[P,L]>),
   since the second product is the conjugate of the first. */
static int add_collective(bpoly_t out, const model_struct *m, const model_jump_struct *j,
                          pauli_t P)
{
    int ovf;
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    bpoly_t lre, lim, cre, cim, z;
    fmpq_t s;
    op_t comm;
    slong k;

    bpoly_init(lre, ctx), bpoly_init(lim, ctx), bpoly_init(cre, ctx);
    bpoly_init(cim, ctx), bpoly_init(z, ctx);
    fmpq_init(s);
    op_init(comm, ctx);
    ovf = expectation(lre, lim, m, j->L, 1);
    /* [P, L] = sum_b l_b 2 P A_b over anticommuting A_b */
    fmpq_set_si(s, 2, 1);
    for (k = 0; k < j->L->length; k++)
    {
        const op_term_struct *t = j->L->terms + k;
        int ph;
        pauli_t Q;
        if (pauli_commutes(P, t->pauli))
            continue;
        Q = pauli_mul(&ph, P, t->pauli);
        op_add_term(comm, Q, ph, t->re, t->im, s, 0, ctx);
    }
    ovf |= expectation(cre, cim, m, comm, 0);
    fmpq_one(s);
    ovf |= bpoly_addmul(z, lre, cre, s, ctx) != 0;
    fmpq_set_si(s, -1, 1);
    ovf |= bpoly_addmul(z, lim, cim, s, ctx) != 0;
    fmpq_one(s);
    ovf |= bpoly_addmul(out, z, j->rate, s, ctx) != 0;
    op_clear(comm, ctx);
    fmpq_clear(s);
    bpoly_clear(lre, ctx), bpoly_clear(lim, ctx), bpoly_clear(cre, ctx);
    bpoly_clear(cim, ctx), bpoly_clear(z, ctx);
    return ovf;
}

/* Moves the scratch into out; returns the key of a complex coefficient, or 0. */
static uint32_t scratch_flush(bpoly_t out, scratch_struct *s, const model_struct *m)
{
    fmpq_t one;
    slong k;
    uint32_t bad = 0;

    fmpq_init(one);
    fmpq_one(one);
    for (k = 0; k < s->ntouched; k++)
    {
        uint32_t key = s->touched[k];
        if (!bpoly_is_zero(s->im + key) && bad == 0)
            bad = key | 0x80000000u;
        s->overflow |= bpoly_addmul_var(out, s->re + key, m->var_of_key[key], one, m->pctx) != 0;
        bpoly_zero(s->re + key, m->pctx);
        bpoly_zero(s->im + key, m->pctx);
        s->used[key] = 0;
    }
    s->ntouched = 0;
    fmpq_clear(one);
    return bad;
}

/* The limit `terms` on L^dag L: the pairs of a jump (or the products of
   a collective one) are about terms(L)^2 * terms(rate), for all jumps
   together (formed counts them); checked before any of them is formed. */
static int check_jump(const model_struct *m, const model_jump_struct *j, double *formed)
{
    limit_size_t l, r, ll, llr;
    char msg[DERIVE_NOTE_MAX];

    op_size(&l, j->L, m->pctx);
    bpoly_size(&r, j->rate, m->pctx);
    limit_size_mul(&ll, &l, &l);
    limit_size_mul(&llr, &ll, &r);
    if (limit_check(msg, sizeof msg, &m->limits, &llr, formed, "L^dag L of this jump"))
    {
        fprintf(stderr, "%s:%d:1: %s\n", m->file, j->line, msg);
        return 2;
    }
    return 0;
}

/* Adds the terms of p to the count of the limit `equations`: 0, or 2
   after saying that the equations (and Jacobian) grew past it. */
int derive_count_terms(derive_t d, const bpoly_t p)
{
    limit_size_t s;
    const limit_struct *L = &d->m->limits;

    bpoly_size(&s, p, d->m->pctx);
    d->nterms += s.terms;
    if (d->nterms <= (double) L->max[LIMIT_EQUATIONS])
        return 0;
    fprintf(stderr, "%s: the equations of motion and their Jacobian have more than %ld terms "
            "together, above the limit equations=%ld (raise it with --limit equations=N)\n",
            d->m->file, (long) L->max[LIMIT_EQUATIONS], (long) L->max[LIMIT_EQUATIONS]);
    return 2;
}

int derive_equations(derive_t d)
{
    const model_struct *m = d->m;
    const fmpq_mpoly_ctx_struct *ctx = m->pctx;
    slong nkeys = (slong) 1 << (2 * m->sites), v, k;
    scratch_struct s;
    jump_pair_struct **pairs = blochgen_calloc(m->njumps + 1, sizeof(jump_pair_struct *));
    slong *npairs = blochgen_calloc(m->njumps + 1, sizeof(slong));
    double formed = 0;
    int status = 0;

    s.re = blochgen_malloc(nkeys * sizeof(bpoly_struct));
    s.im = blochgen_malloc(nkeys * sizeof(bpoly_struct));
    s.used = blochgen_calloc(nkeys, 1);
    s.touched = blochgen_malloc(nkeys * sizeof(uint32_t));
    s.ntouched = 0;
    s.overflow = 0;
    for (k = 0; k < nkeys; k++)
        bpoly_init(s.re + k, ctx), bpoly_init(s.im + k, ctx);
    for (k = 0; k < m->njumps && status == 0; k++)
        status = check_jump(m, m->jumps + k, &formed);
    for (k = 0; k < m->njumps && status == 0; k++)
        if (!m->jumps[k].collective)
            pairs[k] = jump_pairs(npairs + k, &s.overflow, m->jumps + k, ctx);

    for (v = 0; v < d->n && status == 0; v++)
    {
        pauli_t P = m->obs[v];
        uint32_t bad;

        if (m->limits.progress != NULL)
            m->limits.progress("equations of motion", v, d->n);

        add_hamiltonian(&s, m, P);
        for (k = 0; k < m->njumps; k++)
            if (m->jumps[k].collective)
                s.overflow |= add_collective(d->rhs + v, m, m->jumps + k, P);
            else
                add_jump(&s, m, pairs[k], npairs[k], P);
        bad = scratch_flush(d->rhs + v, &s, m);
        if (s.overflow)
        {
            char pn[128];
            pauli_name(pn, sizeof pn, P, m->sites, "*");
            fprintf(stderr, "%s: d<%s>/dt has degree above %d in the mean-field values "
                    "<...>; lower the powers of <...> in the model\n", m->file, pn,
                    BMONO_MAX_DEG);
            status = 2;
        }
        else if (bad)
        {
            char pn[128], qn[128];
            pauli_name(pn, sizeof pn, P, m->sites, "*");
            pauli_name(qn, sizeof qn, pauli_from_key(bad & 0x7fffffffu, m->sites),
                       m->sites, "*");
            fprintf(stderr, "%s: complex phases do not cancel in d<%s>/dt (coefficient "
                    "of <%s>); the model is not a valid Lindbladian\n", m->file, pn, qn);
            status = 2;
        }
        else
            status = derive_count_terms(d, d->rhs + v);
    }
    if (status == 0 && m->limits.progress != NULL)
        m->limits.progress("equations of motion", d->n, d->n);

    for (k = 0; k < m->njumps; k++)
        if (pairs[k] != NULL)
            jump_pairs_clear(pairs[k], npairs[k], ctx);
    free(pairs);
    free(npairs);
    for (k = 0; k < nkeys; k++)
        bpoly_clear(s.re + k, ctx), bpoly_clear(s.im + k, ctx);
    free(s.re), free(s.im), free(s.used), free(s.touched);
    return status;
}
