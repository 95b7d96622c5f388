/* num_brent: roots of random functions with a known simple root, against
 * that root; every status (no bracket, non-finite ends and interior
 * values, zero end points, too few iterations) on purpose-built cases. */
#include <math.h>
#include <gsl/gsl_errno.h>
#include "testutil.h"
#include "num.h"

typedef struct
{
    double r, a, b;     /* f(x) = (x - r) (1 + a (x - r)^2) + b (x - r)^3 */
    int calls;
} cubic_t;

static double cubic(double x, void *ctx)
{
    cubic_t *c = ctx;
    double d = x - c->r;
    c->calls++;
    return d * (1 + c->a * d * d) + c->b * d * d * d;
}

static double nan_inside(double x, void *ctx)
{
    (void) ctx;
    return x > 0.25 && x < 0.75 ? NAN : x - 0.5;
}

static double rnd(flint_rand_t st)
{
    return (double) n_randint(st, 1000001) / 1000000;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(2000), k;
    double root;
    num_brent_info_t bi;
    cubic_t c;
    int s;

    test_rand_init(st, "t-brent");
    gsl_set_error_handler_off();
    for (k = 0; k < reps; k++)
    {
        double scale = pow(10, (double) n_randint(st, 13) - 6);
        double lo, hi, abstol = 1e-12 * scale, reltol = k % 2 ? 1e-12 : 0;
        c.r = (2 * rnd(st) - 1) * scale;
        c.a = 10 * rnd(st), c.b = rnd(st), c.calls = 0;
        lo = c.r - (0.01 + rnd(st)) * scale;
        hi = c.r + (0.01 + rnd(st)) * scale;
        if (k % 3 == 0)
        {
            double t = lo;  /* either order */
            lo = hi, hi = t;
        }
        s = num_brent(&root, &bi, cubic, &c, lo, hi, abstol, reltol, 200);
        if (s != NUM_OK)
            TEST_FAIL("rep %ld: status %d (%s)", k, s, num_status_str(s));
        /* within the final bracket, which is below the tolerance */
        if (fabs(root - c.r) > bi.width || bi.width > 2 * (abstol + reltol * fabs(root)) * 1.0001)
            TEST_FAIL("rep %ld: root %.17g, true %.17g, width %.3g, tol %.3g", k, root, c.r,
                      bi.width, abstol + reltol * fabs(root));
        if (bi.iters < 1 || bi.iters > 200)
            TEST_FAIL("rep %ld: %d iterations", k, bi.iters);
    }

    /* no sign change */
    c.r = 5, c.a = 1, c.b = 0;
    if ((s = num_brent(&root, NULL, cubic, &c, 0, 1, 1e-12, 0, 100)) != NUM_NO_BRACKET)
        TEST_FAIL("no bracket: status %d", s);
    /* a zero end is the root, exactly */
    if ((s = num_brent(&root, &bi, cubic, &c, 5, 7, 1e-12, 0, 100)) != NUM_OK || root != 5 ||
        bi.width != 0)
        TEST_FAIL("zero end: status %d root %g", s, root);
    /* non-finite end */
    if ((s = num_brent(&root, NULL, nan_inside, NULL, 0.5 + 0.1, 0.5 - 0.1, 1e-12, 0, 100)) !=
        NUM_NOT_FINITE)
        TEST_FAIL("NaN at the ends: status %d", s);
    /* NaN met inside the bracket */
    if ((s = num_brent(&root, NULL, nan_inside, NULL, 0, 1, 1e-12, 0, 100)) != NUM_NOT_FINITE)
        TEST_FAIL("NaN inside: status %d", s);
    /* too few iterations: the last iterate, inside the bracket */
    c.r = 0.3, c.a = 50, c.b = 0;
    s = num_brent(&root, &bi, cubic, &c, 0, 1, 1e-15, 0, 2);
    if (s != NUM_NO_CONVERGENCE || !(root >= 0 && root <= 1) || bi.iters != 2)
        TEST_FAIL("iteration cap: status %d root %g iters %d", s, root, bi.iters);
    flint_rand_clear(st);
    printf("t-brent: %ld random roots and 5 status cases ok\n", reps);
    return 0;
}
