/* exact_corr.c: <sigma^+_C1 sigma^-_C2> at one working precision,
 *
 *   2^{-|R12|} K*(R1) K(R2) S(R) / S(0),     (Eqs. 17, 18)
 *
 * R12 = C1 u C2, R_j = R12 \ C_j, K(X) = (-r)_{|X|} prod_{j in X} alpha_j,
 * S(R) = sum_m (|R1| - r*)_m (|R2| - r)_m I_m(R12^c) and S(0) the same with
 * empty regions (the normalization: 2^N S(0)).  The factor 2^{|R12^c|}/2^N
 * of the paper is 2^{-|R12|}. */
#include <stdlib.h>
#include "alloc.h"
#include "exact_corr.h"

/* The sizes |R1| = |C2 \ C1|, |R2| = |C1 \ C2|, |R12|, and marks in
   `in` (N flags) the sites of R12 when in != NULL. */
static void regions(slong *r1, slong *r2, slong *r12, const exact_cluster_t *c, char *in)
{
    slong both = 0, i = 0, k = 0;

    while (i < c->n1 && k < c->n2)
    {
        if (c->c1[i] == c->c2[k])
            both++, i++, k++;
        else if (c->c1[i] < c->c2[k])
            i++;
        else
            k++;
    }
    *r1 = c->n2 - both;
    *r2 = c->n1 - both;
    *r12 = c->n1 + c->n2 - both;
    if (in)
    {
        for (slong j = 0; j < c->n1; j++)
            in[c->c1[j]] = 1;
        for (slong j = 0; j < c->n2; j++)
            in[c->c2[j]] = 1;
    }
}

/* K(X) for the region X = C_other \ C_this: (-r)_{|X|} prod alpha_j. */
static void form_k(acb_t k, const exact_arb_t *x, const slong *cthis, slong nthis,
                   const slong *cother, slong nother, slong size)
{
    acb_t mr;
    slong i = 0;

    acb_init(mr);
    acb_neg(mr, x->r);
    acb_rising_ui(k, mr, size, x->prec);
    for (slong j = 0; j < nother; j++)
    {
        while (i < nthis && cthis[i] < cother[j])
            i++;
        if (i < nthis && cthis[i] == cother[j])
            continue;
        acb_mul(k, k, x->alpha + (x->nhx == 1 ? 0 : cother[j]), x->prec);
    }
    acb_clear(mr);
}

/* The prefactor 2^{-|R12|} K*(R1) K(R2). */
static void prefactor(acb_t pre, const exact_arb_t *x, const exact_cluster_t *c,
                      slong r1, slong r2, slong r12)
{
    acb_t k1;

    acb_init(k1);
    form_k(k1, x, c->c1, c->n1, c->c2, c->n2, r1);      /* R1 = C2 \ C1 */
    acb_conj(k1, k1);
    form_k(pre, x, c->c2, c->n2, c->c1, c->n1, r2);     /* R2 = C1 \ C2 */
    acb_mul(pre, pre, k1, x->prec);
    acb_mul_2exp_si(pre, pre, -r12);
    acb_clear(k1);
}

/* (s - r*) and (s - r). */
static void shifted(acb_t a, acb_t b, const exact_arb_t *x, slong s1, slong s2)
{
    acb_conj(a, x->r);
    acb_neg(a, a);
    acb_add_si(a, a, s1, x->prec);
    acb_neg(b, x->r);
    acb_add_si(b, b, s2, x->prec);
}

/* S(R) and S(0) in real balls when |R1| and |R2| differ by at most one
 * (single-site correlators, densities).  With s = min(|R1|, |R2|),
 * n = N - |R12| and U_k = |(s - r)_k|^2 n!/(n-k)! lam^k / k! > 0,
 * (s + 1 - r)_k = (s - r)_k (s + k - r) / (s - r) gives
 *   S(R) = sum U_k + sum k U_k / (s - r)   (conjugate r when |R1| > |R2|),
 * and U_k = (n + 1 - k) T_k / (n + 1) with T_k the terms of degree n + 1:
 * both sums come from exact_hyp3f0_abs_sums, whose s0 is S(0) itself
 * when |R12| = 1.  Returns 0 where the general path is the better one
 * (|R1| = |R2| > 0, or s - r may be zero). */
static int sum_near(acb_t num, arb_t den, const exact_arb_t *x, slong r1, slong r2, slong r12)
{
    slong s = r1 < r2 ? r1 : r2, n = x->N - r12, prec = x->prec;
    acb_t d;
    arb_t s0, s1, s2;
    int ok = (r1 == r2) ? r12 == 1 : (r1 - r2 == 1 || r2 - r1 == 1);

    acb_init(d); arb_init(s0); arb_init(s1); arb_init(s2);
    acb_neg(d, x->r);
    acb_add_si(d, d, s, prec);
    if (r1 > r2)
        acb_conj(d, d);
    if (r1 != r2 && acb_contains_zero(d))
        ok = 0;
    if (ok)
    {
        exact_hyp3f0_abs_sums(s0, s1, r1 == r2 ? NULL : s2, x->r, s, n + 1, x->lambda, prec);
        acb_zero(num);
        if (r1 != r2)
        {
            acb_set_arb(num, s2);
            acb_div(num, num, d, prec);
        }
        arb_add(acb_realref(num), acb_realref(num), s1, prec);
        acb_div_ui(num, num, n + 1, prec);
        if (r12 == 1)
            arb_set(den, s0);
        else
            exact_hyp3f0_abs(den, x->r, 0, x->N, x->lambda, prec);
    }
    acb_clear(d); arb_clear(s0); arb_clear(s1); arb_clear(s2);
    return ok;
}

void exact_corr_uniform(acb_t res, const exact_arb_t *x, const exact_cluster_t *c)
{
    slong r1, r2, r12, prec = x->prec;
    acb_t a, b, z, num, den;

    acb_init(a); acb_init(b); acb_init(z); acb_init(num); acb_init(den);
    regions(&r1, &r2, &r12, c, NULL);
    if (!sum_near(num, acb_realref(den), x, r1, r2, r12))
    {
        if (r1 == r2)
            exact_hyp3f0_abs(acb_realref(num), x->r, r1, x->N - r12, x->lambda, prec);
        else
        {
            shifted(a, b, x, r1, r2);
            acb_set_arb(z, x->lambda);
            acb_neg(z, z);
            exact_hyp3f0(num, a, b, x->N - r12, z, prec);
        }
        exact_hyp3f0_abs(acb_realref(den), x->r, 0, x->N, x->lambda, prec);
    }
    prefactor(a, x, c, r1, r2, r12);
    acb_mul(res, a, num, prec);
    acb_div(res, res, den, prec);
    acb_clear(a); acb_clear(b); acb_clear(z); acb_clear(num); acb_clear(den);
}

void exact_corr_inhom(acb_t res, const exact_arb_t *x, const exact_cluster_t *c)
{
    slong r1, r2, r12, n = 0, N = x->N, prec = x->prec;
    char *in = blochgen_calloc(N, 1);
    arb_ptr lam = _arb_vec_init(N), e = _arb_vec_init(N + 1);
    acb_t a, b, num, den;

    acb_init(a); acb_init(b); acb_init(num); acb_init(den);
    regions(&r1, &r2, &r12, c, in);
    for (slong j = 0; j < N; j++)
        arb_set(lam + j, x->lambda + (x->nhx == 1 ? 0 : j));
    exact_esym(e, lam, N, prec);                /* I_m(all sites) */
    shifted(a, b, x, 0, 0);
    exact_pochsum(den, a, b, e, N, prec);
    for (slong j = 0; j < N; j++)
        if (!in[j])
            arb_set(lam + n++, x->lambda + (x->nhx == 1 ? 0 : j));
    exact_esym(e, lam, n, prec);                /* I_m(R12^c) */
    shifted(a, b, x, r1, r2);
    exact_pochsum(num, a, b, e, n, prec);
    prefactor(a, x, c, r1, r2, r12);
    acb_mul(res, a, num, prec);
    acb_div(res, res, den, prec);
    acb_clear(a); acb_clear(b); acb_clear(num); acb_clear(den);
    _arb_vec_clear(lam, N);
    _arb_vec_clear(e, N + 1);
    free(in);
}

void exact_corr(acb_t res, const exact_arb_t *x, const exact_cluster_t *c)
{
    if (x->nhx == 1)
        exact_corr_uniform(res, x, c);
    else
        exact_corr_inhom(res, x, c);
}
