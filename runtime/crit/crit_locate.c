#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "crit.h"
#include "num.h"
#include "stab.h"
#include "steady.h"

const char *crit_kind_name(int kind)
{
    return kind == CRIT_PITCHFORK ? "pitchfork" : kind == CRIT_HOPF ? "Hopf" : "fold";
}

int crit_gap_at(double *gap, double *freq, int *sector, double *noise, double v, int param,
                double *p, const bloch_model_t *m)
{
    size_t nn = (size_t) m->nobs * m->nobs;
    double *xs = blochgen_malloc(sizeof(double) * (m->nobs + stab_blocks_worksize(m) + nn));
    double *jac = xs + m->nobs + stab_blocks_worksize(m);
    int st;

    p[param] = v;
    st = steady_symmetric(xs, p, m);
    st = st == STEADY_SYM_AMBIGUOUS ? -2 : st == STEADY_SYM_OK &&
         stab_blocks_gap(gap, freq, sector, xs, p, m, xs + m->nobs) == 0 ? 0 : -1;
    if (st == 0 && noise)
    {
        /* eigenvalues of J carry an absolute rounding error of order
           eps |J|: a gap below that has no sign */
        double big = 0;
        m->jacobian(jac, xs, p);
        for (size_t k = 0; k < nn; k++)
            big = fmax(big, fabs(jac[k]));
        *noise = 1e3 * DBL_EPSILON * m->nobs * big;
    }
    free(xs);
    return st;
}

typedef struct
{
    double *p;
    int param;
    const bloch_model_t *m;
} crit_line_t;

static double gap_fn(double v, void *data)
{
    crit_line_t *l = data;
    double gap, freq;
    int sector;

    return crit_gap_at(&gap, &freq, &sector, NULL, v, l->param, l->p, l->m) == 0 ? gap : NAN;
}

/* The gap at v, or NAN where it has no sign (no symmetric state, several,
   or below the rounding noise of the Jacobian's eigenvalues). */
static double signed_gap(double v, int *nambiguous, crit_line_t *l)
{
    double gap, freq, noise;
    int sector, st = crit_gap_at(&gap, &freq, &sector, &noise, v, l->param, l->p, l->m);

    *nambiguous += st == -2;
    if (st != 0 || !(fabs(gap) > noise))
        return NAN;
    return gap;
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *) x, b = *(const double *) y;
    return (a > b) - (a < b);
}

/* The mode that crosses: look just on the unstable side of the root. */
static int classify(double r, double lo, double hi, double g_lo, crit_line_t *l)
{
    double gap, freq, side = g_lo < 0 ? lo : hi, v = r + 1e-7 * (side - r) / fabs(side - r);
    int sector;

    if (crit_gap_at(&gap, &freq, &sector, NULL, v, l->param, l->p, l->m) != 0)
        return CRIT_PITCHFORK;
    if (freq > 1e-6)
        return CRIT_HOPF;
    return sector == STAB_EVEN ? CRIT_FOLD : CRIT_PITCHFORK;
}

int crit_locate(crit_point_t *pts, int maxpts, int *nambiguous, const double *p, int param,
                double a, double b, int nsamples, const double *hints, int nhints, double tol,
                const bloch_model_t *m)
{
    int namb = 0;
    static const double offsets[] = {1e-10, 1e-8, 1e-6, 1e-4};
    int noff = (int) (sizeof offsets / sizeof offsets[0]), ns = 0, k, j, n = 0;
    double *q = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    double *v = blochgen_malloc(sizeof(double) * (nsamples + 2 * noff * (size_t) nhints + 1));
    double lo = fmin(a, b), hi = fmax(a, b), g0 = NAN, v0 = lo;
    crit_line_t l = {q, param, m};

    memcpy(q, p, sizeof(double) * m->nparams);
    /* the grid, and points on both sides of every hint (an exact root of
       the boundary polynomial), so a crossing between two far-apart grid
       points is not missed */
    for (k = 0; k < nsamples; k++)
        v[ns++] = num_grid_value(lo, hi, nsamples, k);
    for (k = 0; k < nhints; k++)
        for (j = 0; j < noff; j++)
        {
            double d = offsets[j] * fmax(1, fabs(hints[k]));
            if (hints[k] - d > lo)
                v[ns++] = hints[k] - d;
            if (hints[k] + d < hi)
                v[ns++] = hints[k] + d;
        }
    qsort(v, ns, sizeof(double), by_value);
    for (k = 0; k < ns && n < maxpts; k++)
    {
        double g = signed_gap(v[k], &namb, &l);
        if (isnan(g))
            continue;   /* no sign here: compare the neighbours that have one */
        if (!isnan(g0) && (g0 < 0) != (g < 0))
        {
            double r, freq, gap;
            int sector;
            if (num_brent(&r, NULL, gap_fn, &l, v0, v[k], tol, 0, 200) != NUM_OK)
            {
                n = -1;
                break;
            }
            pts[n].value = r;
            pts[n].kind = classify(r, v0, v[k], g0, &l);
            crit_gap_at(&gap, &freq, &sector, NULL, r, param, q, m);
            pts[n].freq = freq;
            n++;
        }
        g0 = g, v0 = v[k];
    }
    free(q);
    free(v);
    if (nambiguous)
        *nambiguous = namb;
    return n;
}
