/* num_dist and num_dist_mirror against long-double sums written out here:
 * random vectors and parities, the mirror image at distance zero, huge
 * components (no overflow), a NULL parity. */
#include <float.h>
#include <math.h>
#include "testutil.h"
#include "num.h"

#define NMAX 40

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(3000), r;
    double x[NMAX], y[NMAX], ym[NMAX];
    signed char par[NMAX];

    test_rand_init(st, "t-dist_mirror");
    for (r = 0; r < reps; r++)
    {
        int n = 1 + (int) n_randint(st, NMAX);
        long double s = 0, t = 0, ref, refm;
        for (int k = 0; k < n; k++)
        {
            x[k] = ((double) n_randint(st, 2000001) - 1e6) / 1e6;
            y[k] = ((double) n_randint(st, 2000001) - 1e6) / 1e6;
            par[k] = (signed char) ((int) n_randint(st, 3) - 1);   /* -1, 0, 1 */
            ym[k] = par[k] == 1 ? -y[k] : y[k];
            s += (long double) (x[k] - y[k]) * (x[k] - y[k]);
            t += (long double) (x[k] - ym[k]) * (x[k] - ym[k]);
        }
        ref = sqrtl(s), refm = sqrtl(t < s ? t : s);
        if (fabsl(num_dist(x, y, n) - ref) > 8 * DBL_EPSILON * (ref + 1e-300))
            TEST_FAIL("rep %ld: num_dist %.17g vs %.17Lg", r, num_dist(x, y, n), ref);
        if (fabsl(num_dist_mirror(x, y, par, n) - refm) > 8 * DBL_EPSILON * (refm + 1e-300) + 1e-15)
            TEST_FAIL("rep %ld: num_dist_mirror %.17g vs %.17Lg", r,
                      num_dist_mirror(x, y, par, n), refm);
        if (num_dist_mirror(x, y, NULL, n) != num_dist(x, y, n) &&
            fabs(num_dist_mirror(x, y, NULL, n) - num_dist(x, y, n)) > 1e-15)
            TEST_FAIL("rep %ld: a NULL parity is not the plain distance", r);
        /* a state and its mirror image are at distance zero */
        for (int k = 0; k < n; k++)
            ym[k] = par[k] == 1 ? -x[k] : x[k];
        if (num_dist_mirror(x, ym, par, n) != 0)
            TEST_FAIL("rep %ld: mirror image at %.3g", r, num_dist_mirror(x, ym, par, n));
    }
    /* huge components: the scaled sum does not overflow */
    x[0] = DBL_MAX / 2, y[0] = -DBL_MAX / 2, x[1] = y[1] = 0;
    if (!isfinite(num_dist(x, y, 2)) || fabs(num_dist(x, y, 2) / DBL_MAX - 1) > 1e-15)
        TEST_FAIL("overflow: %.17g", num_dist(x, y, 2));
    x[0] = NAN;
    if (!isnan(num_dist(x, y, 2)))
        TEST_FAIL("a NaN component gave %.17g", num_dist(x, y, 2));
    flint_rand_clear(st);
    printf("t-dist_mirror: %ld random pairs ok\n", reps);
    return 0;
}
