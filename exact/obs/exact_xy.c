/* exact_xy.c: the transverse correlations C^xx = <sigma^x_i sigma^x_j> and
 * C^yy of two different sites through the normally ordered correlators:
 * with sigma^x = sigma^+ + sigma^-, sigma^y = -i (sigma^+ - sigma^-) and
 * P = <sigma^+_i sigma^+_j>, Q = <sigma^+_i sigma^-_j> (operators on
 * different sites commute, and <sigma^-_i sigma^-_j> = P*,
 * <sigma^-_i sigma^+_j> = Q*):
 *   C^xx = 2 Re P + 2 Re Q,   C^yy = -2 Re P + 2 Re Q. */
#include "exact_obs.h"

void exact_xy(arb_t xx, arb_t yy, const exact_arb_t *x, slong i, slong j)
{
    slong both[2] = {i < j ? i : j, i < j ? j : i};
    exact_cluster_t pp = {both, 2, NULL, 0}, pm = {&i, 1, &j, 1};
    acb_t P, Q;

    acb_init(P);
    acb_init(Q);
    exact_corr(P, x, &pp);
    exact_corr(Q, x, &pm);
    arb_add(xx, acb_realref(Q), acb_realref(P), x->prec);
    arb_sub(yy, acb_realref(Q), acb_realref(P), x->prec);
    arb_mul_2exp_si(xx, xx, 1);
    arb_mul_2exp_si(yy, yy, 1);
    acb_clear(P);
    acb_clear(Q);
}
