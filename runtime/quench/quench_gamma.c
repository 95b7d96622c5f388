#include <stdlib.h>
#include "alloc.h"
#include "quench.h"

static double max_of(const double *r, int n)
{
    double g = 0;
    int k;

    for (k = 0; k < n; k++)
        if (r[k] > g)
            g = r[k];
    return g;
}

double quench_gamma(const bloch_model_t *m, const double *p, const char **what)
{
    double *r, g = 0;
    int k, n;

    if (m->nlevel_pairs > 0 && m->level_rates != NULL)
    {
        r = blochgen_calloc(m->nlevel_pairs, sizeof(double));
        m->level_rates(r, p);
        g = max_of(r, m->nlevel_pairs);
        free(r);
        if (what)
            *what = "the largest downward rate of the `levels` pairs";
        return g;
    }
    if (m->njumps > 0 && m->jump_rates != NULL)
    {
        r = blochgen_calloc(m->njumps, sizeof(double));
        m->jump_rates(r, p);
        /* collective terms are coherent drives, not relaxation */
        for (k = n = 0; k < m->njumps; k++)
            if (!m->jumps[k].collective)
                r[n++] = r[k];
        g = max_of(r, n);
        free(r);
    }
    if (what)
        *what = "the largest `jump` rate";
    return g;
}
