/* num_shortest: every double reads back exactly (random bit patterns,
 * subnormals, extremes), and no shorter of %.15g / %.16g would have: the
 * digits printed are the fewest that identify the value, so a decimal of
 * at most 15 significant digits (0.1, 0.2, 1.4, 1e-300) prints as written. */
#include <math.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "num.h"

/* the count of significant digits of a %g string (its mantissa) */
static int digits(const char *s)
{
    int n = 0, lead = 1;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
        {
            if (*s != '0')
                lead = 0;
            if (!lead)
                n++;
        }
    return n;
}

int main(void)
{
    flint_rand_t st;
    long reps = test_reps(20000), r;
    char buf[NUM_SHORTEST_MAX], ref[64];
    static const double fixed[] = {0, -0.0, 0.1, 0.2, 0.3, 1.4, 1e-300, 5e-324, DBL_MIN, DBL_MAX,
                                   -DBL_MAX, 1.0 / 3, 2.0 / 3, 123456789012345678.0, 1e22, 1e23};

    test_rand_init(st, "t-shortest");
    for (r = 0; r < reps + (long) (sizeof fixed / sizeof *fixed); r++)
    {
        double v;
        int d;
        if (r < (long) (sizeof fixed / sizeof *fixed))
            v = fixed[r];
        else if (r % 3 == 0)
        {
            /* a random bit pattern (NaN and infinities skipped here) */
            unsigned long long u = ((unsigned long long) n_randtest(st) << 32) ^ n_randtest(st);
            memcpy(&v, &u, sizeof v);
            if (!isfinite(v))
                continue;
        }
        else
        {
            /* a decimal of at most 15 significant digits */
            long m = (long) n_randint(st, 1000000000000000UL);
            int e = (int) n_randint(st, 60) - 30;
            snprintf(ref, sizeof ref, "%lde%d", r % 2 ? m : -m, e);
            v = strtod(ref, NULL);
        }
        num_shortest(buf, v);
        if (strlen(buf) >= NUM_SHORTEST_MAX || strtod(buf, NULL) != v || signbit(strtod(buf, NULL)) != signbit(v))
            TEST_FAIL("%.17g printed as '%s'", v, buf);
        /* minimal: a shorter precision must not have read back */
        for (d = 15; d < 17 && d < digits(buf); d++)
        {
            snprintf(ref, sizeof ref, "%.*g", d, v);
            if (strtod(ref, NULL) == v)
                TEST_FAIL("%.17g printed as '%s', but '%s' reads back", v, buf, ref);
        }
        if (r % 3 != 0 && r >= (long) (sizeof fixed / sizeof *fixed) && digits(buf) > 15)
            TEST_FAIL("the 15-digit decimal %.17g printed as '%s'", v, buf);
    }
    if (strcmp(num_shortest(buf, 0.1), "0.1") || strcmp(num_shortest(buf, NAN), "nan") ||
        strcmp(num_shortest(buf, -INFINITY), "-inf"))
        TEST_FAIL("0.1, NaN, -inf printed as '%s'", buf);
    flint_rand_clear(st);
    printf("t-shortest: %ld values ok\n", reps);
    return 0;
}
