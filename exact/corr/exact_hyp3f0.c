/* exact_hyp3f0.c: the terminating 3F0(a1, a2, -n; ; z) of Eq. 17.
   acb_hypgeom_pfq returns an indeterminate ball for a terminating 3F0 of
   large degree (it treats it as a divergent series), so the n + 1 terms
   are summed directly; the lower parameter 1 supplies the 1/k!. */
#include "exact_corr.h"

void exact_hyp3f0(acb_t res, const acb_t a1, const acb_t a2, slong n, const acb_t z, slong prec)
{
    acb_ptr a = _acb_vec_init(3), b = _acb_vec_init(1);

    acb_set(a + 0, a1);
    acb_set(a + 1, a2);
    acb_set_si(a + 2, -n);
    acb_one(b);
    acb_hypgeom_pfq_direct(res, a, 3, b, 1, z, n + 1, prec);
    _acb_vec_clear(a, 3);
    _acb_vec_clear(b, 1);
}

/* The same for a1 = s - r*, a2 = s - r, n, z = -lam with lam > 0: every
   term T_k = |(s - r)_k|^2 n!/(n-k)! lam^k / k! is positive, so the sum is
   done in real balls by the term ratio |s + k - r|^2 (n - k) lam / (k + 1)
   (a third of the work of the complex sum; no cancellation).  The
   weighted sums s1 = sum (n - k) T_k and s2 = sum k (n - k) T_k come from
   the same loop (exact_corr_uniform: they give the sums of degree n - 1
   with a2 = s - r and s + 1 - r); (n - k) T_k is a step of the ratio. */
void exact_hyp3f0_abs_sums(arb_t s0, arb_t s1, arb_t s2, const acb_t r, slong s, slong n,
                           const arb_t lam, slong prec)
{
    arb_t t, u, v, im2;

    arb_init(t); arb_init(u); arb_init(v); arb_init(im2);
    arb_sqr(im2, acb_imagref(r), prec);
    arb_one(t);
    arb_zero(s0);
    if (s1)
        arb_zero(s1);
    if (s2)
        arb_zero(s2);
    for (slong k = 0; ; k++)
    {
        arb_add(s0, s0, t, prec);
        if (k == n)
            break;
        arb_mul_ui(v, t, n - k, prec);
        if (s1)
            arb_add(s1, s1, v, prec);
        if (s2)
            arb_addmul_ui(s2, v, k, prec);
        /* u = |s + k - r|^2 = (s + k - Re r)^2 + (Im r)^2 */
        arb_sub_si(u, acb_realref(r), s + k, prec);
        arb_sqr(u, u, prec);
        arb_add(u, u, im2, prec);
        arb_mul(v, v, u, prec);
        arb_mul(v, v, lam, prec);
        arb_div_ui(t, v, k + 1, prec);
    }
    arb_clear(t); arb_clear(u); arb_clear(v); arb_clear(im2);
}

void exact_hyp3f0_abs(arb_t res, const acb_t r, slong s, slong n, const arb_t lam, slong prec)
{
    exact_hyp3f0_abs_sums(res, NULL, NULL, r, s, n, lam, prec);
}
