/* testutil.h: shared helpers of the randomized unit tests.
 * Repetitions scale with BLOCHGEN_TEST_MULTIPLIER (default 1); the seed
 * comes from BLOCHGEN_SEED (default 1) and is printed, so failures repeat. */
#ifndef BLOCHGEN_TESTUTIL_H
#define BLOCHGEN_TESTUTIL_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "flint_compat.h"

static inline long test_reps(long base)
{
    const char *s = getenv("BLOCHGEN_TEST_MULTIPLIER");
    long m = s ? atol(s) : 1;
    return base * (m > 0 ? m : 1);
}

static inline void test_rand_init(flint_rand_t state, const char *name)
{
    const char *s = getenv("BLOCHGEN_SEED");
    ulong seed = s ? strtoul(s, NULL, 10) : 1;

    flint_rand_init(state);
    flint_rand_set_seed(state, seed, seed * 7919 + 1);
    printf("%s: seed %lu\n", name, seed);
}

/* Real roots of a z^3 + b z^2 + c z + d (a != 0), ascending; their count
   (trigonometric / Cardano, polished by Newton): the closed form the
   tests of steady states of the fold model check against. */
static inline int test_cubic_roots(double *r, double a, double b, double c, double d)
{
    double B = b / a, C = c / a, D = d / a;
    double q = (3 * C - B * B) / 9, s = (9 * B * C - 27 * D - 2 * B * B * B) / 54;
    double disc = q * q * q + s * s;
    int n;

    if (disc < 0)
    {
        double th = acos(s / sqrt(-q * q * q));
        for (n = 0; n < 3; n++)
            r[n] = 2 * sqrt(-q) * cos((th + 2 * 3.14159265358979323846 * n) / 3) - B / 3;
        n = 3;
    }
    else
    {
        double sd = sqrt(disc);
        r[0] = cbrt(s + sd) + cbrt(s - sd) - B / 3;
        n = 1;
    }
    /* polish each root by Newton on the cubic (rounding of the formula) */
    for (int k = 0; k < n; k++)
        for (int it = 0; it < 3; it++)
        {
            double z = r[k], f = ((a * z + b) * z + c) * z + d, df = (3 * a * z + 2 * b) * z + c;
            if (df != 0)
                r[k] = z - f / df;
        }
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (r[j] < r[i])
            {
                double t = r[i];
                r[i] = r[j];
                r[j] = t;
            }
    return n;
}

#define TEST_FAIL(...)                                   \
    do {                                                 \
        printf("FAIL %s:%d: ", __FILE__, __LINE__);      \
        printf(__VA_ARGS__);                             \
        printf("\n");                                    \
        fflush(stdout);                                  \
        abort();                                         \
    } while (0)

/* A failed check that lets the test go on (to report every failure):
   counts it in the int counter. */
#define TEST_CHECK(counter, c, ...)                          \
    do {                                                     \
        if (!(c))                                            \
        {                                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);      \
            printf(__VA_ARGS__);                             \
            printf("\n");                                    \
            (counter)++;                                     \
        }                                                    \
    } while (0)

#endif
