#include <math.h>
#include <stdlib.h>
#include "alloc.h"
#include "sweep.h"
#include "steady.h"

/* The watched eigenvalue at parameter value par on the branch through xa
   (at pa) and xb (at pb): NAN when no state converged there. */
static double watched(double *freq, double *x, double par, double pa, const double *xa,
                      double pb, const double *xb, int which, const sweep_branch_t *b,
                      const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    double t = (par - pa) / (pb - pa);
    sweep_spec_t s;
    int k;

    sw->p[sw->vary] = par;
    if (!(b->kind == SWEEP_SYMMETRIC && m->has_symmetric && steady_symmetric(x, sw->p, m) == 0))
        for (k = 0; k < m->nobs; k++)
            x[k] = xa[k] + t * (xb[k] - xa[k]);
    if (steady_newton(x, NULL, sw->p, sw->tol, m) != 0 ||
        num_dist(x, xa, m->nobs) + num_dist(x, xb, m->nobs) >
            2 * num_dist(xa, xb, m->nobs) + 1e-9 || sweep_spectrum(&s, x, sw) != 0)
        return NAN;
    *freq = s.freq;
    return which == SWEEP_EV_HOPF ? -s.gap : which == SWEEP_EV_BRANCH ? s.det_re : s.odd_re;
}

static double stored(const sweep_branch_t *b, int k, int which)
{
    return which == SWEEP_EV_HOPF ? -b->gap[k] : which == SWEEP_EV_BRANCH ? b->det_re[k]
                                                                          : b->odd_re[k];
}

/* The regula falsi point, or the midpoint when a value is infinite (no
   real eigenvalue there: det_re). */
static double secant(double a, double c, double ra, double rc)
{
    return isfinite(ra) && isfinite(rc) ? a + (c - a) * ra / (ra - rc) : a + (c - a) / 2;
}

/* Illinois regula falsi for the zero of the watched eigenvalue between
   points k - 1 and k of b (values ra, rb of opposite sign there); the
   linear interpolation when a state is missing in between. */
double sweep_refine(double *freq, double *resid, const sweep_branch_t *b, int k, int which,
                    const sweep_t *sw)
{
    int n = sw->m->nobs, it, side = 0;
    const double *xa = b->x + (size_t) (k - 1) * n, *xb = b->x + (size_t) k * n;
    double pa = sweep_grid_value(sw, b->grid[k - 1]), pb = sweep_grid_value(sw, b->grid[k]);
    double a = pa, c = pb, ra, rc, p, r, fr = 0;
    double *x = blochgen_malloc(sizeof(double) * n);

    ra = stored(b, k - 1, which);
    rc = stored(b, k, which);
    p = secant(a, c, ra, rc);
    *resid = NAN;
    *freq = b->freq[k - 1] + (p - pa) / (pb - pa) * (b->freq[k] - b->freq[k - 1]);
    for (it = 0; it < 60 && fabs(c - a) > 1e-14 * fmax(1, fabs(p)); it++)
    {
        double q = secant(a, c, ra, rc);
        r = watched(&fr, x, q, pa, xa, pb, xb, which, b, sw);
        if (isnan(r))
            break;
        p = q;
        *resid = r;
        *freq = fr;
        if (r == 0)
            break;
        if ((r > 0) == (ra > 0))
        {
            a = q, ra = r;
            rc = side == -1 ? rc / 2 : rc;
            side = -1;
        }
        else
        {
            c = q, rc = r;
            ra = side == 1 ? ra / 2 : ra;
            side = 1;
        }
    }
    free(x);
    return p;
}
