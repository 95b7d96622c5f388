#include <math.h>
#include "sweep.h"

int sweep_fold_check(const sweep_branch_t *b, const sweep_t *sw)
{
    int k = b->len - 1;
    double pa, pb, la, lb, ahead;
    sweep_spec_t s;

    if (k < 0 || b->nmem < 1)
        return 0;
    pb = b->mp[1];
    sw->p[sw->vary] = pb;
    if (sweep_spectrum(&s, b->mx[1], sw) != 0 || !isfinite(s.det_re))
        return 0;
    if (fabs(s.det_re) <= s.tol)
        return 1;
    /* the point before the furthest one: the last grid point, or the one
       before it when no sub-step beyond it was accepted */
    pa = sweep_grid_value(sw, b->grid[k]);
    la = b->det_re[k];
    if (pa == pb)
    {
        if (k < 1)
            return 0;
        pa = sweep_grid_value(sw, b->grid[k - 1]);
        la = b->det_re[k - 1];
    }
    lb = s.det_re * s.det_re;
    /* no eigenvalue closing in on zero: not a fold as far as can be told */
    if (!isfinite(la) || (la > 0) != (s.det_re > 0) || !(lb < la * la))
        return 0;
    /* at a quadratic fold mu^2 ~ c (fold - p): the fold extrapolated from
       the two points must lie within one more such interval */
    ahead = lb * (pb - pa) / (la * la - lb);
    return fabs(ahead) <= fabs(pb - pa);
}
