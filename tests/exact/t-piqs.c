/* t-piqs: the permutation-invariant solver (exact/piqs/, the symmetric
 * Pauli moments on runtime/finite) against two independent methods:
 *  - the dense 4^N Lindbladian (brute) for N = 2..5 at random uniform
 *    fields, Gamma = 0 and > 0: every (C1, C2) pair for N <= 3, random
 *    clusters of up to three sites (at random sites) for N = 4, 5; 1e-10;
 *  - the certified exact formula (Eq. 17, corr) at N = 20, 21 and 40 for
 *    the single-site and two-site correlators and a few three-site ones;
 *    |piqs - exact| <= 1e-9 |exact| + 1e-13 (see below). */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "exact_cert.h"
#include "exact_brute.h"
#include "exact_testgen.h"
#include "piqs.h"

#define TOL_BRUTE 1e-10
/* piqs is a backward-stable sparse LU (GMRES above N = 40) of a
   well-scaled system: its errors were measured at 1e-16 absolute on
   correlators of size 1e-3 (the Dicke-block solver it replaced: 1e-13
   relative); a wrong rate or coupling changes them by 1e-3 or more. */
#define TOL_REL 1e-9
#define TOL_ABS 1e-13

/* Uniform fields; J and Gamma scaled by 1/N beyond N = 5 (the physical
   regime, where the state is far from all down). */
static void random_params(exact_params_t *p, strs_t *s, flint_rand_t st, slong N, int collective)
{
    double scale = N > 5 ? 1.0 / N : 1.0;

    snprintf(s->J, sizeof(s->J), "%.5g", test_sgn(st) * test_uni(st, 0.3, 1.5) * scale);
    snprintf(s->hz, sizeof(s->hz), "%.4f", test_uni(st, -1.5, 1.5));
    snprintf(s->gamma, sizeof(s->gamma), "%.4f", test_uni(st, 0.05, 1.0));
    snprintf(s->Gamma, sizeof(s->Gamma), "%.5g", collective ? test_uni(st, 0.1, 1.0) * scale : 0.0);
    snprintf(s->hx, sizeof(s->hx), "%.4f", test_sgn(st) * test_uni(st, 0.2, 2.0));
    test_params_set(p, s, N);
}

static void model(piqs_model_t *m, const exact_params_t *p)
{
    m->N = p->N;
    m->J = p->dJ;
    m->hz = p->dhz;
    m->hx = p->dhx[0];
    m->gamma = p->dgamma;
    m->Gamma = p->dGamma;
}

static int popcount(ulong m)
{
    int n = 0;
    for (; m; m &= m - 1)
        n++;
    return n;
}

/* piqs against brute for the cluster pair (m1, m2). */
static void check_brute(const exact_params_t *p, const piqs_t b,
                        const double *dense, ulong m1, ulong m2)
{
    slong c1[8], c2[8];
    exact_cluster_t c = {c1, test_mask_sites(c1, m1, p->N), c2, test_mask_sites(c2, m2, p->N)};
    long both = popcount(m1 & m2);
    double re, im, bre, bim;

    piqs_corr(&re, &im, b, c.n1 - both, c.n2 - both, both);
    exact_brute_corr(&bre, &bim, dense, p->N, &c);
    if (!(fabs(re - bre) <= TOL_BRUTE && fabs(im - bim) <= TOL_BRUTE))
        TEST_FAIL("N=%ld J=%s hz=%s hx=%s gamma=%s Gamma=%s plus=%#lx minus=%#lx: piqs %.17g %.17g brute %.17g %.17g",
                  (long) p->N, p->J, p->hz, p->hx[0], p->gamma, p->Gamma, m1, m2, re, im, bre, bim);
}

static void against_brute(flint_rand_t st)
{
    slong count = 0;

    for (slong N = 2; N <= 5; N++)
        for (int collective = 0; collective < 2; collective++)
            for (long rep = 0; rep < test_reps(N <= 3 ? 3 : 1); rep++)
            {
                exact_params_t p;
                strs_t s;
                piqs_model_t m;
                piqs_t b;
                slong d = (slong) 1 << N;
                double *dense = malloc(2 * sizeof(double) * d * d);

                exact_params_init(&p);
                random_params(&p, &s, st, N, collective);
                model(&m, &p);
                if (exact_brute_steady(dense, &p) || piqs_steady(b, &m))
                    TEST_FAIL("a solver failed at N = %ld", (long) N);
                for (ulong m1 = 0; m1 < (UWORD(1) << N); m1++)
                    for (ulong m2 = 0; m2 < (UWORD(1) << N); m2++)
                        if (N <= 3 || popcount(m1 | m2) <= 2)
                            check_brute(&p, b, dense, m1, m2), count++;
                for (int k = 0; k < 40 && N > 3; k++, count++)
                    check_brute(&p, b, dense, test_random_mask(st, N), test_random_mask(st, N));
                free(dense);
                piqs_clear(b);
                exact_params_clear(&p);
            }
    printf("against brute (N = 2..5): %ld correlators agree to %g\n", (long) count, TOL_BRUTE);
}

/* (a, b, c) = (|C1 \ C2|, |C2 \ C1|, |C1 n C2|): every one- and two-site
   cluster pair up to the symmetries, and two three-site ones. */
static const long shapes[][3] = {
    {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {2, 0, 0}, {0, 2, 0},
    {1, 0, 1}, {0, 1, 1}, {0, 0, 2}, {2, 1, 0}, {1, 1, 1}};

/* the largest |piqs - exact| / |exact| seen, printed */
static void check_exact(double *worst, const exact_params_t *p, const piqs_t b,
                        const long *abc)
{
    slong c1[4], c2[4], n1 = 0, n2 = 0, s = 0;
    exact_cert_t cert = {20, 1 << 14, 0};
    double re, im, ere, eim;
    acb_t v;

    /* sites 0.. for C1 \ C2, then C1 n C2, then C2 \ C1: increasing lists */
    for (long i = 0; i < abc[0]; i++)
        c1[n1++] = s++;
    for (long i = 0; i < abc[2]; i++, s++)
        c1[n1++] = c2[n2++] = s;
    for (long i = 0; i < abc[1]; i++)
        c2[n2++] = s++;
    exact_cluster_t c = {c1, n1, c2, n2};
    acb_init(v);
    if (exact_corr_certify(v, p, &c, &cert))
        TEST_FAIL("corr not certified");
    ere = arf_get_d(arb_midref(acb_realref(v)), ARF_RND_NEAR);
    eim = arf_get_d(arb_midref(acb_imagref(v)), ARF_RND_NEAR);
    piqs_corr(&re, &im, b, abc[0], abc[1], abc[2]);
    if (!(hypot(re - ere, im - eim) <= TOL_REL * hypot(ere, eim) + TOL_ABS))
        TEST_FAIL("N=%ld J=%s hz=%s hx=%s gamma=%s Gamma=%s (a,b,c)=(%ld,%ld,%ld): piqs %.17g %.17g exact %.17g %.17g",
                  (long) p->N, p->J, p->hz, p->hx[0], p->gamma, p->Gamma, abc[0], abc[1], abc[2], re, im, ere, eim);
    *worst = fmax(*worst, hypot(re - ere, im - eim) / hypot(ere, eim));
    acb_clear(v);
}

static void against_exact(flint_rand_t st)
{
    slong count = 0, nshapes = sizeof(shapes) / sizeof(shapes[0]);
    const slong Ns[] = {20, 21, 40};
    double worst = 0;

    for (int t = 0; t < 3; t++)
        for (int collective = 0; collective < 2; collective++)
            for (long rep = 0; rep < test_reps(Ns[t] < 40 ? 2 : 1); rep++)
            {
                exact_params_t p;
                strs_t s;
                piqs_model_t m;
                piqs_t b;

                exact_params_init(&p);
                random_params(&p, &s, st, Ns[t], collective);
                model(&m, &p);
                if (piqs_steady(b, &m))
                    TEST_FAIL("piqs failed at N = %ld", (long) Ns[t]);
                for (slong k = 0; k < nshapes; k++, count++)
                    check_exact(&worst, &p, b, shapes[k]);
                piqs_clear(b);
                exact_params_clear(&p);
            }
    printf("against corr (N = 20, 21, 40): %ld correlators agree to %g rel + %g (largest relative difference %.2g)\n",
           (long) count, TOL_REL, TOL_ABS, worst);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-piqs");
    gsl_set_error_handler_off();
    against_brute(st);
    against_exact(st);
    flint_rand_clear(st);
    flint_cleanup();
    printf("PASS\n");
    return 0;
}
