/* exact_testgen.h: random models and clusters shared by the exact-module
 * tests (t-corr, t-obs, t-piqs).  The parameters are drawn as decimal
 * strings, which is what dtfim-exact certifies against. */
#ifndef EXACT_TESTGEN_H
#define EXACT_TESTGEN_H

#include <stdio.h>
#include "testutil.h"
#include "exact_corr.h"

/* The decimal strings behind an exact_params_t. */
typedef struct
{
    char J[32], hz[32], gamma[32], Gamma[32], hx[512];
} strs_t;

/* Uniform in [a, b] on a grid of 10^-6 of the width. */
static inline double test_uni(flint_rand_t st, double a, double b)
{
    return a + (b - a) * (double) n_randint(st, 1000001) / 1e6;
}

static inline double test_sgn(flint_rand_t st)
{
    return n_randint(st, 2) ? 1 : -1;
}

/* p from the strings of s (hx already written) for N sites; fails the
   test if the model is rejected. */
static inline void test_params_set(exact_params_t *p, strs_t *s, slong N)
{
    p->N = N;
    p->J = s->J;
    p->hz = s->hz;
    p->gamma = s->gamma;
    p->Gamma = s->Gamma;
    if (exact_params_set_hx(p, s->hx) || exact_params_check(p))
        TEST_FAIL("random parameters rejected");
}

/* A random model: family 0 uniform Gamma = 0, 1 uniform Gamma > 0,
   2 inhomogeneous Gamma = 0 (hx of either sign). */
static inline void test_random_params(exact_params_t *p, strs_t *s, flint_rand_t st, slong N,
                                      int family)
{
    char *c = s->hx;

    snprintf(s->J, sizeof(s->J), "%.4f", test_sgn(st) * test_uni(st, 0.3, 1.5));
    snprintf(s->hz, sizeof(s->hz), "%.4f", test_uni(st, -2, 2));
    snprintf(s->gamma, sizeof(s->gamma), "%.4f", test_uni(st, 0.1, 1.0));
    snprintf(s->Gamma, sizeof(s->Gamma), "%.4f", family == 1 ? test_uni(st, 0.1, 1.0) : 0.0);
    for (slong j = 0; j < (family == 2 ? N : 1); j++)
        c += sprintf(c, "%s%.4f", j ? "," : "", test_sgn(st) * test_uni(st, 0.3, 2.0));
    test_params_set(p, s, N);
}

/* The sites of bit mask m into c (0-based, increasing); their number. */
static inline slong test_mask_sites(slong *c, ulong m, slong N)
{
    slong n = 0;
    for (slong j = 0; j < N; j++)
        if (m >> j & 1)
            c[n++] = j;
    return n;
}

/* A random cluster of up to three sites, as a bit mask. */
static inline ulong test_random_mask(flint_rand_t st, slong N)
{
    ulong m = 0;
    slong k = n_randint(st, 4);
    for (slong i = 0; i < k; i++)
        m |= UWORD(1) << n_randint(st, N);
    return m;
}

#endif
