#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "dmss.h"
#include "num.h"

static double dist(const double *x, const double *y, const bloch_model_t *m)
{
    return num_dist_mirror(x, y, m->parity, m->nobs);
}

int dmss_hysteresis(int *lo, int *hi, int max, double tol, const dmss_sweep_t *s)
{
    const double **xf, **xb;
    int cnt;

    if (s->done[0] < s->n || s->done[1] < s->n)
        return 0;
    xf = blochgen_malloc(2 * sizeof(double *) * (size_t) s->n);
    xb = xf + s->n;
    for (int g = 0; g < s->n; g++)
        xf[g] = s->row[0][g].x, xb[g] = s->row[1][g].x;
    cnt = num_hysteresis(lo, hi, max, xf, xb, s->n, s->m->parity, s->m->nobs, tol);
    free(xf);
    return cnt;
}

double dmss_max_disagreement(const dmss_sweep_t *s)
{
    double mx = 0;
    int g;

    if (s->done[0] < s->n || s->done[1] < s->n)
        return NAN;
    for (g = 0; g < s->n; g++)
        mx = fmax(mx, dist(s->row[0][g].x, s->row[1][g].x, s->m));
    return mx;
}
