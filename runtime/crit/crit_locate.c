#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "crit.h"
#include "num.h"
#include "stab.h"
#include "steady.h"

const char *crit_kind_name(int kind)
{
    return kind == CRIT_PITCHFORK ? "pitchfork" : kind == CRIT_HOPF ? "Hopf" : "fold";
}

int crit_gap_at(double *gap, double *freq, int *sector, double v, int param, double *p,
                const bloch_model_t *m)
{
    double *xs = malloc(sizeof(double) * (m->nobs + stab_blocks_worksize(m)));
    int st;

    p[param] = v;
    st = steady_symmetric(xs, p, m) == 0 &&
         stab_blocks_gap(gap, freq, sector, xs, p, m, xs + m->nobs) == 0 ? 0 : -1;
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

    return crit_gap_at(&gap, &freq, &sector, v, l->param, l->p, l->m) == 0 ? gap : NAN;
}


/* The mode that crosses: look just on the unstable side of the root. */
static int classify(double r, double lo, double hi, double g_lo, crit_line_t *l)
{
    double gap, freq, side = g_lo < 0 ? lo : hi, v = r + 1e-7 * (side - r) / fabs(side - r);
    int sector;

    if (crit_gap_at(&gap, &freq, &sector, v, l->param, l->p, l->m) != 0)
        return CRIT_PITCHFORK;
    if (freq > 1e-6)
        return CRIT_HOPF;
    return sector == STAB_EVEN ? CRIT_FOLD : CRIT_PITCHFORK;
}

int crit_locate(crit_point_t *pts, int maxpts, const double *p, int param, double a, double b,
                int nsamples, double tol, const bloch_model_t *m)
{
    double *q = malloc(sizeof(double) * (m->nparams + 1)), g0, v0 = a;
    crit_line_t l = {q, param, m};
    int k, n = 0;

    memcpy(q, p, sizeof(double) * m->nparams);
    g0 = gap_fn(a, &l);
    for (k = 1; k < nsamples && n < maxpts; k++)
    {
        double v = num_grid_value(a, b, nsamples, k), g = gap_fn(v, &l);
        if (isfinite(g0) && isfinite(g) && (g0 < 0) != (g < 0) && g0 != 0)
        {
            double r, freq, gap;
            int sector;
            if (num_brent(&r, NULL, gap_fn, &l, v0, v, tol, 0, 200) != NUM_OK)
            {
                n = -1;
                break;
            }
            pts[n].value = r;
            pts[n].kind = classify(r, v0, v, g0, &l);
            crit_gap_at(&gap, &freq, &sector, r, param, q, m);
            pts[n].freq = freq;
            n++;
        }
        g0 = g, v0 = v;
    }
    free(q);
    return n;
}
