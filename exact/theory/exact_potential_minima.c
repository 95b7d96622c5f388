/* exact_potential_minima.c: the local minima of f + delta f, found where
   the derivative changes sign from - to + on a grid uniform in
   log(m/(1-m)) (it resolves minima near 0 and 1), then refined by Brent. */
#include <stddef.h>
#include <math.h>
#include "num.h"
#include "exact_theory.h"

#define GRID 6000
#define TMAX 20.0

static double dtotal(double m, void *ctx)
{
    const exact_theory_t *t = ctx;
    return exact_potential_d1(t, m) + exact_potential_corr_d1(t, m);
}

static double grid_m(int i)
{
    double s = -TMAX + 2 * TMAX * i / GRID;
    return 1 / (1 + exp(-s));
}

int exact_potential_minima(double *m, int max, const exact_theory_t *t)
{
    int n = 0;
    double lo = grid_m(0), dlo = dtotal(lo, (void *) t);

    for (int i = 1; i <= GRID && n < max; i++)
    {
        double hi = grid_m(i), dhi = dtotal(hi, (void *) t);
        if (dlo < 0 && dhi >= 0 && num_brent(m + n, NULL, dtotal, (void *) t, lo, hi, 1e-14, 1e-14,
                                               EXACT_BRENT_MAXIT) == NUM_OK)
            n++;
        lo = hi;
        dlo = dhi;
    }
    return n;
}
