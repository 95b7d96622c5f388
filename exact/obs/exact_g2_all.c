/* exact_g2_all.c: g2_ij of Eq. S61 for every pair i < j in O(N^3), where
 * the pair-by-pair route through Eq. 18 would cost a product tree per pair.
 *
 * With Gamma = 0 or uniform fields, n_i n_j and n_i have empty regions R1,
 * R2, so (Eq. 18) <n_i n_j> = S(X \ {i,j}) / (4 S(X)), n_i = S(X \ i) / (2 S(X)),
 *   S(Y) = sum_m w_m e_m(lambda_k, k in Y),   w_m = |(-r)_m|^2,
 * and g2_ij = S(X) S(X \ {i,j}) / (S(X \ i) S(X \ j)) - 1.  S is a linear
 * functional of the polynomial P_Y(t) = prod_{k in Y} (1 + lambda_k t):
 * S(Y) = sum_{k,l} a_k w_{k+l} b_l when P_Y = A B.  For i < j take
 * A = prod_{k < j, k != i} (grown one factor at a time along j) and
 * B = Suf_j = prod_{k > j}, whose "moments" V_j[k] = sum_l w_{k+l} Suf_j[l]
 * are computed once.  Every term is positive: no cancellation before the
 * final "- 1". */
#include "exact_obs.h"

/* a (length len) *= (1 + lam t); a must have room for len + 1. */
static void mul_linear(arb_ptr a, slong len, const arb_t lam, slong prec)
{
    arb_zero(a + len);
    for (slong k = len; k >= 1; k--)
        arb_addmul(a + k, a + k - 1, lam, prec);
}

/* w_m = |(-r)_m|^2 = prod_{k < m} ((k - Re r)^2 + (Im r)^2), m = 0..n. */
static void poch_abs2(arb_ptr w, const acb_t r, slong n, slong prec)
{
    arb_t u, im2;

    arb_init(u);
    arb_init(im2);
    arb_sqr(im2, acb_imagref(r), prec);
    arb_one(w);
    for (slong m = 1; m <= n; m++)
    {
        arb_sub_si(u, acb_realref(r), m - 1, prec);
        arb_sqr(u, u, prec);
        arb_add(u, u, im2, prec);
        arb_mul(w + m, w + m - 1, u, prec);
    }
    arb_clear(u);
    arb_clear(im2);
}

slong exact_g2_index(slong i, slong j, slong N)
{
    return i * N - i * (i + 1) / 2 + (j - i - 1);
}

void exact_g2_all(arb_ptr g, const exact_arb_t *x)
{
    slong N = x->N, prec = x->prec;
    arb_ptr w = _arb_vec_init(N + 1), poly = _arb_vec_init(N + 1), a = _arb_vec_init(N + 1);
    arb_ptr s1 = _arb_vec_init(N), *V = flint_malloc(sizeof(arb_ptr) * N);
    arb_t sx, t;
    const arb_struct *lam = x->lambda;
    slong dl = x->nhx == 1 ? 0 : 1;     /* lambda_k = lam[dl * k] */

    arb_init(sx);
    arb_init(t);
    poch_abs2(w, x->r, N, prec);
    /* V_j[k], k = 0..j, from Suf_j (length N - j), j = N-1 down to 0 */
    arb_one(poly);
    for (slong j = N - 1; j >= 0; j--)
    {
        if (j < N - 1)
            mul_linear(poly, N - 1 - j, lam + dl * (j + 1), prec);
        V[j] = _arb_vec_init(j + 1);
        for (slong k = 0; k <= j; k++)
            arb_dot(V[j] + k, NULL, 0, w + k, 1, poly, 1, N - j, prec);
    }
    /* poly = Pre_i (length i + 1): S(X \ i) = Pre_i . V_i; then a grows
       from Pre_i through the sites i < k < j */
    arb_one(poly);
    for (slong i = 0; i < N; i++)
    {
        arb_dot(s1 + i, NULL, 0, poly, 1, V[i], 1, i + 1, prec);
        _arb_vec_set(a, poly, i + 1);
        for (slong j = i + 1; j < N; j++)
        {
            arb_dot(g + exact_g2_index(i, j, N), NULL, 0, a, 1, V[j], 1, j, prec);
            mul_linear(a, j, lam + dl * j, prec);
        }
        mul_linear(poly, i + 1, lam + dl * i, prec);
    }
    arb_dot(sx, NULL, 0, poly, 1, w, 1, N + 1, prec);
    for (slong i = 0; i < N; i++)
        for (slong j = i + 1; j < N; j++)
        {
            arb_ptr gij = g + exact_g2_index(i, j, N);
            arb_mul(gij, gij, sx, prec);
            arb_mul(t, s1 + i, s1 + j, prec);
            arb_div(gij, gij, t, prec);
            arb_sub_ui(gij, gij, 1, prec);
        }
    for (slong j = 0; j < N; j++)
        _arb_vec_clear(V[j], j + 1);
    flint_free(V);
    _arb_vec_clear(w, N + 1);
    _arb_vec_clear(poly, N + 1);
    _arb_vec_clear(a, N + 1);
    _arb_vec_clear(s1, N);
    arb_clear(sx);
    arb_clear(t);
}
