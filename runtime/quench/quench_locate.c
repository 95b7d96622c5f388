#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_errno.h>
#include "alloc.h"
#include "num.h"
#include "quench.h"

typedef struct
{
    quench_event_fn g;
    const double *xa;
    double ta;
    quench_t *q;
} loc_t;

/* g at ta + s, the state re-integrated from the step's start */
static double g_at(double s, void *params)
{
    loc_t *l = params;

    if (quench_substep(l->q->y, l->xa, l->ta, s, l->q) != 0)
        return NAN;
    return l->g(l->q->y, l->q);
}

/* dg/dt along the flow at y, by a central difference of the (smooth) g */
static double slope_at(quench_event_fn g, const double *y, double ta, quench_t *q)
{
    int n = q->c.nobs, k;
    double *z = blochgen_malloc(2 * n * sizeof(double)), d = 1e-6, r = NAN;

    if (z != NULL && quench_rhs(ta, y, q->dx, q) == GSL_SUCCESS)
    {
        for (k = 0; k < n; k++)
            z[k] = y[k] + d * q->dx[k], z[n + k] = y[k] - d * q->dx[k];
        r = (g(z, q) - g(z + n, q)) / (2 * d);
    }
    free(z);
    return r;
}

int quench_locate(double *s_root, double *width, double *slope, quench_event_fn g,
                  const double *xa, double ta, double ga, double gb, double h, quench_t *q)
{
    loc_t l = {g, xa, ta, q};
    num_brent_info_t bi;

    *s_root = h, *width = 0;
    if (gb != 0 && ga != 0)
    {
        int st = num_brent(s_root, &bi, g_at, &l, 0, h, q->event_tol, 0, 200);
        /* the re-integrated end may differ from gb by rounding: then the
           sign change sits at the very end of the step */
        if (st == NUM_NO_BRACKET)
            *s_root = h, bi.width = 0;
        else if (st != NUM_OK)
            return -1;
        *width = bi.width;
    }
    if (quench_substep(q->y, xa, ta, *s_root, q) != 0)
        return -1;
    *slope = slope_at(g, q->y, ta + *s_root, q);
    return 0;
}
