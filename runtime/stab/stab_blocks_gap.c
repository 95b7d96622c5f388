#include <math.h>
#include "stab.h"
#include "linalg.h"

long stab_blocks_worksize(const bloch_model_t *m)
{
    int big = m->neven > m->nodd ? m->neven : m->nodd;
    return (long) big * big + 2 * big + 2;
}

/* Slowest eigenvalue of one block: 0, or -1. */
static int block_slowest(double *re, double *im, int nb, double *work)
{
    double *wr = work + nb * nb, *wi = wr + nb;
    int j;

    if (linalg_eigvals_small(wr, wi, work, nb) != 0)
        return -1;
    j = linalg_eig_slowest(wr, wi, nb);
    *re = wr[j];
    *im = fabs(wi[j]);
    return 0;
}

int stab_blocks_gap(double *gap, double *freq, int *sector, const double *xs, const double *p,
                    const bloch_model_t *m, double *work)
{
    double re_e = -INFINITY, im_e = 0, re_o = -INFINITY, im_o = 0;

    if (m->neven > 0)
    {
        m->jacobian_even(work, xs, p);
        if (block_slowest(&re_e, &im_e, m->neven, work) != 0)
            return -1;
    }
    if (m->nodd > 0)
    {
        m->jacobian_odd(work, xs, p);
        if (block_slowest(&re_o, &im_o, m->nodd, work) != 0)
            return -1;
    }
    if (re_o >= re_e)
        *gap = -re_o, *freq = im_o, *sector = STAB_ODD;
    else
        *gap = -re_e, *freq = im_e, *sector = STAB_EVEN;
    return 0;
}
