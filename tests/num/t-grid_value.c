/* num_grid_value: end points exact, steps equal to (b - a) / (n - 1)
 * within rounding, monotone, against the formula in long double. */
#include <float.h>
#include <math.h>
#include "testutil.h"
#include "num.h"

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(500), r;

    test_rand_init(st, "t-grid_value");
    for (r = 0; r < reps; r++)
    {
        double a = ((double) n_randint(st, 2000001) - 1e6) / 1e3 * pow(10, (int) n_randint(st, 7) - 3);
        double b = a + ((double) n_randint(st, 2000000) + 1) / 1e3 * (r % 2 ? 1 : -1);
        int n = 2 + (int) n_randint(st, 3000), k;
        double prev = a;
        if (num_grid_value(a, b, n, 0) != a || num_grid_value(a, b, n, n - 1) != b)
            TEST_FAIL("ends of [%.17g, %.17g] n %d", a, b, n);
        for (k = 1; k < n; k++)
        {
            double v = num_grid_value(a, b, n, k);
            long double ref = (long double) a + (long double) k * ((long double) b - a) / (n - 1);
            if (fabsl(v - ref) > 4 * DBL_EPSILON * fmax(fabs(a), fabs(b)))
                TEST_FAIL("point %d of [%.17g, %.17g] n %d: %.17g vs %.17Lg", k, a, b, n, v, ref);
            if ((b > a) ? !(v > prev) : !(v < prev))
                TEST_FAIL("not monotone at %d of [%.17g, %.17g] n %d", k, a, b, n);
            prev = v;
        }
    }
    /* ends near +-DBL_MAX: b - a overflows, the points must not */
    for (int n = 2; n < 12; n++)
        for (int k = 0; k < n; k++)
        {
            double v = num_grid_value(-DBL_MAX, DBL_MAX, n, k);
            long double ref = -(long double) DBL_MAX + k * (2 * (long double) DBL_MAX) / (n - 1);
            if (!isfinite(v) || fabsl(v - ref) > 4 * DBL_EPSILON * DBL_MAX)
                TEST_FAIL("[-DBL_MAX, DBL_MAX] n %d point %d: %.17g", n, k, v);
        }
    flint_rand_clear(st);
    printf("t-grid_value: %ld grids ok\n", reps);
    return 0;
}
