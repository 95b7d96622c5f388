/* testutil.h: shared helpers of the randomized unit tests.
 * Repetitions scale with BLOCHGEN_TEST_MULTIPLIER (default 1); the seed
 * comes from BLOCHGEN_SEED (default 1) and is printed, so failures repeat. */
#ifndef BLOCHGEN_TESTUTIL_H
#define BLOCHGEN_TESTUTIL_H

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

#define TEST_FAIL(...)                                   \
    do {                                                 \
        printf("FAIL %s:%d: ", __FILE__, __LINE__);      \
        printf(__VA_ARGS__);                             \
        printf("\n");                                    \
        fflush(stdout);                                  \
        abort();                                         \
    } while (0)

#endif
