/* exact_transitions.c: the special points of the large-N theory along a
   line of hz at fixed hx.
   spinodal:       two mean-field roots merge (f' = f'' = 0): a sign change
                   of the cubic's discriminant;
   first-order:    the two local minima of f have equal depth (Fig. 3c);
   first-order-N:  the same for f + delta f (Eq. S48) at the N of t;
   maxwell:        the equal-area estimate (exact_maxwell.c);
   critical:       f' = f'' = f''' = 0 (exact_critical.c).
   Each is bracketed on the scan grid and refined by GSL Brent. */
#include <stdlib.h>
#include <math.h>
#include "alloc.h"
#include "num.h"
#include "exact_theory.h"

#define TOL 1e-12

const char *exact_point_kind_name(exact_point_kind k)
{
    static const char *name[] = {"spinodal", "first-order", "first-order-N", "maxwell", "critical"};
    return name[k];
}

static double at_hz(exact_theory_t *t, double hz)
{
    t->hz = hz;
    exact_theory_update(t);
    return hz;
}

static double disc(double hz, void *ctx)
{
    double c[3], a, b, d;

    at_hz(ctx, hz);
    exact_meanfield_cubic(c, ctx);
    a = c[0], b = c[1], d = c[2];
    return 18 * a * b * d - 4 * a * a * a * d + a * a * b * b - 4 * b * b * b - 27 * d * d;
}

/* f(m3) - f(m1) over the outer roots of the cubic; NaN unless three */
static double depth(double hz, void *ctx)
{
    double m[3];

    at_hz(ctx, hz);
    if (exact_meanfield_roots(m, ctx) != 3)
        return NAN;
    return exact_potential(ctx, m[2]) - exact_potential(ctx, m[0]);
}

static double ftotal(const exact_theory_t *t, double m)
{
    return exact_potential(t, m) + exact_potential_corr(t, m);
}

/* the same for f + delta f over its own two minima; NaN unless two */
static double depth_n(double hz, void *ctx)
{
    double m[4];

    at_hz(ctx, hz);
    if (exact_potential_minima(m, 4, ctx) != 2)
        return NAN;
    return ftotal(ctx, m[1]) - ftotal(ctx, m[0]);
}

static double maxwell(double hz, void *ctx)
{
    at_hz(ctx, hz);
    return exact_maxwell_area(ctx);
}

static void add(exact_point_t *pt, long *n, long max, exact_point_kind k, double hz, double hx,
                double m1, double m2)
{
    if (*n < max)
        pt[(*n)++] = (exact_point_t) {k, hz, hx, m1, m2};
}

/* Sign changes of f between consecutive grid points where it is defined. */
static void scan(exact_point_t *pt, long *n, long max, exact_theory_t *t, exact_point_kind kind,
                 double (*f)(double, void *), const double *hz, long k)
{
    double prev = f(hz[0], t);

    for (long i = 1; i < k; i++)
    {
        double cur = f(hz[i], t), root, m[4];
        if (!isnan(prev) && !isnan(cur) && (prev < 0) != (cur < 0)
            && num_brent(&root, NULL, f, t, hz[i - 1], hz[i], TOL, TOL, EXACT_BRENT_MAXIT) == NUM_OK)
        {
            at_hz(t, root);
            if (kind == EXACT_SPINODAL)
            {
                double c[3];
                exact_meanfield_cubic(c, t);
                /* double root p and simple root q of a cubic with zero
                   discriminant: p = (9c - ab) / (2 (a^2 - 3b)), q = -a - 2p */
                m[0] = (9 * c[2] - c[0] * c[1]) / (2 * (c[0] * c[0] - 3 * c[1]));
                m[1] = -c[0] - 2 * m[0];
            }
            else if (kind == EXACT_FIRST_ORDER_N)
            {
                if (exact_potential_minima(m, 4, t) != 2)
                    m[0] = m[1] = NAN;
            }
            else
            {
                exact_meanfield_roots(m, t);
                m[1] = m[2];
            }
            add(pt, n, max, kind, root, t->hx, m[0], m[1]);
        }
        prev = cur;
    }
}

static int by_hz(const void *x, const void *y)
{
    double a = ((const exact_point_t *) x)->hz, b = ((const exact_point_t *) y)->hz;
    return (a > b) - (a < b);
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *) x, b = *(const double *) y;
    return (a > b) - (a < b);
}

long exact_transitions(exact_point_t *pt, long max, exact_theory_t *t, double a, double b, long k)
{
    double *hz = blochgen_malloc(k * sizeof(double)), cm[3], chz[3], chx[3];
    long n = 0;
    int nc;

    for (long i = 0; i < k; i++)
        hz[i] = a + (b - a) * i / (k - 1);
    scan(pt, &n, max, t, EXACT_SPINODAL, disc, hz, k);
    /* the bistable intervals end at the spinodals: put grid points just
       inside them, so a transition near a spinodal is bracketed too */
    hz = blochgen_realloc(hz, (k + 2 * n) * sizeof(double));
    for (long i = 0; i < n; i++)
    {
        double d = 1e-9 * (b - a);
        hz[k++] = fmax(a, pt[i].hz - d);
        hz[k++] = fmin(b, pt[i].hz + d);
    }
    qsort(hz, k, sizeof(double), by_value);
    scan(pt, &n, max, t, EXACT_FIRST_ORDER, depth, hz, k);
    scan(pt, &n, max, t, EXACT_MAXWELL, maxwell, hz, k);
    if (t->N > 0)
        scan(pt, &n, max, t, EXACT_FIRST_ORDER_N, depth_n, hz, k);
    nc = exact_critical_points(cm, chz, chx, t);
    for (int i = 0; i < nc; i++)
        if (chz[i] >= a && chz[i] <= b)
            add(pt, &n, max, EXACT_CRITICAL, chz[i], chx[i], cm[i], cm[i]);
    free(hz);
    qsort(pt, n, sizeof(*pt), by_hz);
    return n;
}
