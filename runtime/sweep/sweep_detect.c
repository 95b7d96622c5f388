#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "steady.h"
#include "sweep.h"

/* Is x already a state of a live branch of this direction at grid g? */
static int known(const double *x, int dir, int g, const sweep_t *sw)
{
    int k;

    for (k = 0; k < sw->nbr; k++)
    {
        const sweep_branch_t *b = sw->br + k;
        if (b->dir == dir && b->len > 0 && b->grid[b->len - 1] == g &&
            num_dist(b->x + (size_t) (b->len - 1) * sw->m->nobs, x, sw->m->nobs) <
                SWEEP_SAME_MERGE)
            return 1;
    }
    return 0;
}

/* Both broken branches off the symmetric branch ib at its last point. */
static int branch_off(sweep_t *sw, int ib, double par)
{
    int n = sw->m->nobs, added = 0, s, dir = sw->br[ib].dir, id = sw->br[ib].id, root;
    int g = sw->br[ib].grid[sw->br[ib].len - 1];
    double *xb = blochgen_malloc(sizeof(double) * 4 * n), *xs = xb + 2 * n, *xc = xb + 3 * n;

    for (s = 0; s < n; s++)
        xs[s] = sw->br[ib].x[(size_t) (sw->br[ib].len - 1) * n + s];
    /* the symmetric state at the pitchfork itself: where the new branches
       come from */
    sw->p[sw->vary] = par;
    root = sw->m->has_symmetric && steady_symmetric(xc, sw->p, sw->m) == 0;
    if (sweep_switch(xb, xb + n, xs, g, sw) == 0)
        for (s = 0; s < 2; s++)
            if (!known(xb + s * n, dir, g, sw))
            {
                sweep_branch_t *nb = sweep_add_branch(sw, s ? SWEEP_BROKEN_MINUS
                                                            : SWEEP_BROKEN_PLUS, dir);
                nb->parent = id;
                nb->birth_par = par;
                sweep_branch_push(nb, g, xb + s * n, 1, sw);
                /* The branch's first secant runs from its root at the
                   pitchfork: without it the first step predicts "no
                   change", and where the amplitude grows like
                   sqrt(p - p_c) over a step many times the distance to the
                   pitchfork (fine grids), Newton from there falls back
                   onto the symmetric state and the branch is lost. */
                if (root && par != sweep_grid_value(sw, g))
                {
                    memcpy(nb->mx[0], xc, sizeof(double) * n);
                    nb->mp[0] = par;
                    nb->nmem = 2;
                }
                added++;
            }
    free(xb);
    return added;
}

int sweep_detect(sweep_t *sw, int ib)
{
    const sweep_branch_t *b = sw->br + ib;
    int k = b->len - 1, dir = b->dir, id = b->id;
    double ra, rb, tol;

    if (k < 1 || abs(b->grid[k] - b->grid[k - 1]) != 1)
        return 0;
    /* Hopf: the slowest mode, a complex pair, crosses Re = 0.  A real part
       or a frequency within the eigenvalues' resolution (tol) is zero:
       noise about a zero eigenvalue (a conserved quantity) crosses
       nothing, and a pair with frequency ~1e-16 is a real mode. */
    tol = fmax(b->tol[k - 1], b->tol[k]);
    ra = -b->gap[k - 1];
    rb = -b->gap[k];
    if ((ra > tol) != (rb > tol) && b->freq[k - 1] > tol && b->freq[k] > tol)
    {
        double fr, res, par = sweep_refine(&fr, &res, b, k, SWEEP_EV_HOPF, sw);
        if (fr > tol)
            sweep_add_event(sw, SWEEP_EV_HOPF, dir, id, b->grid[k - 1], b->grid[k], par, fr);
    }
    /* pitchfork: a real odd eigenvalue of the symmetric state through
       zero, resolved off zero on both sides */
    ra = b->odd_re[k - 1];
    rb = b->odd_re[k];
    if (b->kind == SWEEP_SYMMETRIC && !isnan(ra) && !isnan(rb) && fabs(ra) > tol &&
        fabs(rb) > tol && (ra > 0) != (rb > 0))
    {
        double fr, res, par = sweep_refine(&fr, &res, b, k, SWEEP_EV_PITCHFORK, sw);
        sweep_add_event(sw, SWEEP_EV_PITCHFORK, dir, id, b->grid[k - 1], b->grid[k], par, 0);
        return branch_off(sw, ib, par);
    }
    /* any other real eigenvalue through zero on a branch that goes on: a
       branch point.  Both ends must be resolved off zero (a conserved
       quantity's zero eigenvalue changes nothing), and the refinement must
       find the zero on states continuous along the branch: a step that
       hopped across a fold from one half of the branch to the other also
       flips det J, but no zero lies between those two states. */
    ra = b->det_re[k - 1];
    rb = b->det_re[k];
    if (!isnan(ra) && !isnan(rb) && fabs(ra) > tol && fabs(rb) > tol && (ra > 0) != (rb > 0))
    {
        double fr, res, par = sweep_refine(&fr, &res, b, k, SWEEP_EV_BRANCH, sw);
        if (!isnan(res) && fabs(res) <= tol + 1e-6 * fmin(fabs(ra), fabs(rb)))
            sweep_add_event(sw, SWEEP_EV_BRANCH, dir, id, b->grid[k - 1], b->grid[k], par, 0);
    }
    return 0;
}
