#include <math.h>
#include <string.h>
#include "sweep.h"
#include "steady.h"

/* Secant extrapolation from the last two remembered points. */
static void predict(double *x, const sweep_branch_t *b, double par, int n)
{
    double t;
    int k;

    if (b->nmem < 2 || b->mp[1] == b->mp[0])
    {
        memcpy(x, b->mx[1], sizeof(double) * n);
        return;
    }
    t = (par - b->mp[1]) / (b->mp[1] - b->mp[0]);
    for (k = 0; k < n; k++)
        x[k] = b->mx[1][k] + t * (b->mx[1][k] - b->mx[0][k]);
}

/* A step is believed to stay on the branch when the state moved at most
   a few times what the previous step moved (scaled to the step length)
   plus a small absolute allowance; a jump to another branch moves O(1)
   however small the step, so halving the step rejects it for good. */
static int plausible(const double *x, const sweep_branch_t *b, double par, int n)
{
    double d = num_dist(x, b->mx[1], n), allow = 0.05;

    if (b->nmem >= 2 && b->mp[1] != b->mp[0])
        allow = 4 * num_dist(b->mx[1], b->mx[0], n) * fabs((par - b->mp[1]) /
                                                            (b->mp[1] - b->mp[0])) + 0.02;
    return d <= allow;
}

/* The symmetric branch has a closed form: Newton only polishes it. */
static int symmetric_step(double *x, const sweep_t *sw)
{
    return steady_symmetric(x, sw->p, sw->m) == 0 &&
           steady_newton(x, NULL, sw->p, sw->tol, sw->m) == 0 ? 0 : -1;
}

int sweep_step(double *x, double *reach, sweep_branch_t *b, int g, const sweep_t *sw)
{
    const bloch_model_t *m = sw->m;
    double target = sweep_grid_value(sw, g), cur = b->mp[1], h = target - cur;
    int halvings = 0;

    sw->p[sw->vary] = target;
    /* (a symmetric state found otherwise may not be the closed-form one) */
    if (b->kind == SWEEP_SYMMETRIC && m->has_symmetric && symmetric_step(x, sw) == 0 &&
        plausible(x, b, target, m->nobs))
        return 0;
    while (cur != target)
    {
        double next = fabs(target - cur) <= fabs(h) * (1 + 1e-9) ? target : cur + h;
        predict(x, b, next, m->nobs);
        sw->p[sw->vary] = next;
        if (steady_newton(x, NULL, sw->p, sw->tol, m) == 0 && plausible(x, b, next, m->nobs))
        {
            if (next != target)
                sweep_branch_remember(b, next, x, sw);
            cur = next;
        }
        else if (halvings++ < SWEEP_MAX_HALVINGS)
            h /= 2;
        else
        {
            *reach = cur;
            return -1;
        }
    }
    return 0;
}
