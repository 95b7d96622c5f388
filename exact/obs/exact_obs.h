/* exact_obs.h: observables built on the correlators of exact_corr.h, at
 * the working precision of an exact_arb_t: C^xx, C^yy (Fig. 2 inset), the
 * connected density correlation g2 (Eq. S61) and the distribution of the
 * graded pieces of Phi (Eq. 14) with the number of spins down (Eq. 11). */
#ifndef BLOCHGEN_EXACT_OBS_H
#define BLOCHGEN_EXACT_OBS_H

#include "exact_corr.h"

/* C^xx = <sigma^x_i sigma^x_j>, C^yy = <sigma^y_i sigma^y_j>, i != j. */
void exact_xy(arb_t xx, arb_t yy, const exact_arb_t *x, slong i, slong j);

/* g2_ij = <n_i n_j> / (n_i n_j) - 1 (Eq. S61), i != j, by three correlators. */
void exact_g2_pair(arb_t g, const exact_arb_t *x, slong i, slong j);
/* Every pair i < j in O(N^3): g[exact_g2_index(i, j, N)], N(N-1)/2 values. */
void exact_g2_all(arb_ptr g, const exact_arb_t *x);
slong exact_g2_index(slong i, slong j, slong N);

/* A two-site observable of sites i != j (0-based), in the form
   exact_certify_eval (exact_cert.h) evaluates: one value into out[0]. */
enum
{
    EXACT_PAIR_XX = 0,      /* C^xx */
    EXACT_PAIR_YY = 1,      /* C^yy */
    EXACT_PAIR_G2 = 2       /* g2 (Eq. S61) */
};
typedef struct
{
    slong i, j;
    int which;              /* EXACT_PAIR_* */
} exact_pair_t;
void exact_pair_eval(arb_ptr out, const exact_arb_t *x, const void *pair);

/* p[0..N]: p_M = ||binom(r, M) SS_-^M||_HS^2 normalized to sum 1 (Eq. 14). */
void exact_distribution(arb_ptr p, const exact_arb_t *x);
/* q[k] = Prob(k spins down) = Prob(M^z = N - 2k), k = 0..N, from p. */
void exact_distribution_down(arb_ptr q, arb_srcptr p, slong N, slong prec);

#endif
