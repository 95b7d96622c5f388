/* exact_distribution.c: the Hilbert-Schmidt weights of the graded pieces of
 * Phi = sum_M binom(r, M) (-SS_-)^M (Eq. 14):
 *   p_M = || binom(r, M) SS_-^M ||_HS^2 = |(-r)_M|^2 2^N I_M,
 * since SS_-^M = M! sum_{|A| = M} alpha^A sigma^-_A, the sigma^-_A of
 * different A are HS-orthogonal with ||sigma^-_A||^2 = 2^{N-M}, and
 * |alpha_j|^2 = 2 lambda_j (Eq. S30).  Pieces of different M are orthogonal
 * too, so sum_M p_M = tr Phi Phi^dag: p is normalized to sum 1.  Uniform
 * fields give the closed form (Eq. S39)
 *   p_M = |(-r)_M|^2 binom(N, M) lambda^M / 3F0(-r*, -r, -N; ; -lambda),
 * built here by its term ratio |M - r|^2 (N - M) lambda / (M + 1);
 * otherwise I_M = e_M(lambda_1..lambda_N) by the product tree. */
#include "exact_obs.h"

void exact_distribution(arb_ptr p, const exact_arb_t *x)
{
    slong N = x->N, prec = x->prec;
    arb_t u, im2, sum;

    arb_init(u);
    arb_init(im2);
    arb_init(sum);
    arb_sqr(im2, acb_imagref(x->r), prec);
    if (x->nhx == 1)
    {
        arb_one(p);
        for (slong M = 0; M < N; M++)
        {
            arb_sub_si(u, acb_realref(x->r), M, prec);
            arb_sqr(u, u, prec);
            arb_add(u, u, im2, prec);
            arb_mul(u, u, x->lambda, prec);
            arb_mul_ui(u, u, N - M, prec);
            arb_div_ui(u, u, M + 1, prec);
            arb_mul(p + M + 1, p + M, u, prec);
        }
    }
    else
    {
        arb_ptr w = _arb_vec_init(N + 1);
        exact_esym(p, x->lambda, N, prec);
        /* w_M = |(-r)_M|^2 */
        arb_one(w);
        for (slong M = 1; M <= N; M++)
        {
            arb_sub_si(u, acb_realref(x->r), M - 1, prec);
            arb_sqr(u, u, prec);
            arb_add(u, u, im2, prec);
            arb_mul(w + M, w + M - 1, u, prec);
        }
        for (slong M = 0; M <= N; M++)
            arb_mul(p + M, p + M, w + M, prec);
        _arb_vec_clear(w, N + 1);
    }
    arb_zero(sum);
    for (slong M = 0; M <= N; M++)
        arb_add(sum, sum, p + M, prec);
    for (slong M = 0; M <= N; M++)
        arb_div(p + M, p + M, sum, prec);
    arb_clear(u);
    arb_clear(im2);
    arb_clear(sum);
}

/* The diagonal of rho_SS by the number k of spins down: Phi^dag |q> is a
 * sum of HS-orthogonal pieces sigma^+_A |q>, A a subset of the down spins
 * of q, so the piece M of Phi forces M spins down and leaves the other
 * N - M unpolarized:
 *   Prob(k down) = sum_{M <= k} p_M binom(N - M, k - M) / 2^{N - M}.
 * O(N^2); every term positive. */
void exact_distribution_down(arb_ptr q, arb_srcptr p, slong N, slong prec)
{
    arb_t b;

    arb_init(b);
    _arb_vec_zero(q, N + 1);
    for (slong M = 0; M <= N; M++)
    {
        /* b = binom(N - M, t) / 2^{N - M}, t = k - M */
        arb_one(b);
        arb_mul_2exp_si(b, b, -(N - M));
        for (slong t = 0; M + t <= N; t++)
        {
            if (t > 0)
            {
                arb_mul_ui(b, b, N - M - t + 1, prec);
                arb_div_ui(b, b, t, prec);
            }
            arb_addmul(q + M + t, p + M, b, prec);
        }
    }
    arb_clear(b);
}
