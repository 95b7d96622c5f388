/* exact_g2.c: the connected density-density correlation of Eq. S61,
 *   g2_ij = (<n_i n_j> - n_i n_j) / (n_i n_j),   n_i = sigma^+_i sigma^-_i,
 * of one pair of different sites, through the correlators
 * <n_i n_j> = <sigma^+_{ij} sigma^-_{ij}> and n_i = <sigma^+_i sigma^-_i>. */
#include "exact_obs.h"

void exact_g2_pair(arb_t g, const exact_arb_t *x, slong i, slong j)
{
    slong both[2] = {i < j ? i : j, i < j ? j : i};
    exact_cluster_t nn = {both, 2, both, 2}, ni = {&i, 1, &i, 1}, nj = {&j, 1, &j, 1};
    acb_t a, b, c;

    acb_init(a);
    acb_init(b);
    acb_init(c);
    exact_corr(a, x, &nn);
    exact_corr(b, x, &ni);
    exact_corr(c, x, &nj);
    arb_mul(acb_realref(b), acb_realref(b), acb_realref(c), x->prec);
    arb_div(g, acb_realref(a), acb_realref(b), x->prec);
    arb_sub_ui(g, g, 1, x->prec);
    acb_clear(a);
    acb_clear(b);
    acb_clear(c);
}
