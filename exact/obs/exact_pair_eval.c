/* exact_pair_eval.c: C^xx, C^yy or g2 of one pair of sites, for the
   adaptive precision loop (dtfim-exact xx, yy and the C API). */
#include "exact_obs.h"

void exact_pair_eval(arb_ptr out, const exact_arb_t *x, const void *pair)
{
    const exact_pair_t *c = pair;
    arb_t other;

    if (c->which == EXACT_PAIR_G2)
    {
        exact_g2_pair(out, x, c->i, c->j);
        return;
    }
    arb_init(other);
    if (c->which == EXACT_PAIR_YY)
        exact_xy(other, out, x, c->i, c->j);
    else
        exact_xy(out, other, x, c->i, c->j);
    arb_clear(other);
}
