/* t-corr: the exact correlators (Eqs. 17, 18, certified Arb balls) against
 * the dense Lindbladian null vector (brute, LAPACK doubles) for N = 2..5 at
 * random parameters: uniform fields with Gamma = 0 and Gamma > 0,
 * inhomogeneous fields with Gamma = 0; every cluster pair for N <= 3,
 * random ones (up to three sites each) for N = 4, 5.  Then Eq. 17 (3F0)
 * against Eq. 18 (form factors by the product tree) at N = 37, uniform
 * fields: two different evaluations must give overlapping balls. */
#include <gsl/gsl_errno.h>
#include <math.h>
#include <string.h>
#include "testutil.h"
#include "exact_cert.h"
#include "exact_brute.h"
#include "exact_testgen.h"

#define TOL 1e-12

static void check_one(const exact_params_t *p, const double *rho, ulong m1, ulong m2, slong *count)
{
    slong c1[8], c2[8];
    exact_cluster_t c;
    exact_cert_t cert = {15, 1 << 14, 0};
    double re, im, dre, dim;
    acb_t v;

    c.c1 = c1;
    c.c2 = c2;
    c.n1 = test_mask_sites(c1, m1, p->N);
    c.n2 = test_mask_sites(c2, m2, p->N);
    acb_init(v);
    if (exact_corr_certify(v, p, &c, &cert))
        TEST_FAIL("not certified");
    exact_brute_corr(&re, &im, rho, p->N, &c);
    dre = fabs(arf_get_d(arb_midref(acb_realref(v)), ARF_RND_NEAR) - re);
    dim = fabs(arf_get_d(arb_midref(acb_imagref(v)), ARF_RND_NEAR) - im);
    if (!(dre <= TOL && dim <= TOL))
        TEST_FAIL("N=%ld J=%s hz=%s gamma=%s Gamma=%s hx=%s plus=%#lx minus=%#lx: exact %.17g %.17g brute %.17g %.17g",
                  (long) p->N, p->J, p->hz, p->gamma, p->Gamma, p->hx[0], m1, m2,
                  arf_get_d(arb_midref(acb_realref(v)), ARF_RND_NEAR),
                  arf_get_d(arb_midref(acb_imagref(v)), ARF_RND_NEAR), re, im);
    acb_clear(v);
    (*count)++;
}

static void against_brute(flint_rand_t st)
{
    slong count = 0;

    for (slong N = 2; N <= 5; N++)
        for (int family = 0; family < 3; family++)
            for (long rep = 0; rep < test_reps(N <= 3 ? 3 : 1); rep++)
            {
                exact_params_t p;
                strs_t s;
                slong d = (slong) 1 << N;
                double *rho = malloc(2 * sizeof(double) * d * d);

                exact_params_init(&p);
                test_random_params(&p, &s, st, N, family);
                if (exact_brute_steady(rho, &p))
                    TEST_FAIL("brute failed");
                if (N <= 3)
                    for (ulong m1 = 0; m1 < (UWORD(1) << N); m1++)
                        for (ulong m2 = 0; m2 < (UWORD(1) << N); m2++)
                            check_one(&p, rho, m1, m2, &count);
                else
                    for (int k = 0; k < 40; k++)
                        check_one(&p, rho, test_random_mask(st, N), test_random_mask(st, N), &count);
                free(rho);
                exact_params_clear(&p);
            }
    printf("against brute: %ld correlators agree to %g\n", (long) count, TOL);
}

/* Eq. 17 and Eq. 18 evaluate the same function differently. */
static void eq17_eq18(flint_rand_t st)
{
    slong N = 37, count = 0;

    for (int family = 0; family < 2; family++)
        for (long rep = 0; rep < test_reps(3); rep++)
        {
            exact_params_t p;
            strs_t s;
            exact_arb_t x;
            acb_t u, w;

            exact_params_init(&p);
            test_random_params(&p, &s, st, N, family);
            exact_arb_init(&x, &p);
            exact_arb_set(&x, &p, 256);
            acb_init(u);
            acb_init(w);
            for (int k = 0; k < 20; k++)
            {
                slong c1[8], c2[8];
                exact_cluster_t c = {c1, 0, c2, 0};
                c.n1 = test_mask_sites(c1, test_random_mask(st, N), N);
                c.n2 = test_mask_sites(c2, test_random_mask(st, N), N);
                exact_corr_uniform(u, &x, &c);
                exact_corr_inhom(w, &x, &c);
                if (!acb_overlaps(u, w) || acb_rel_accuracy_bits(u) < 150 || acb_rel_accuracy_bits(w) < 150)
                {
                    acb_printd(u, 30), printf("\n"), acb_printd(w, 30), printf("\n");
                    TEST_FAIL("Eq. 17 and Eq. 18 disagree (family %d)", family);
                }
                count++;
            }
            acb_clear(u);
            acb_clear(w);
            exact_arb_clear(&x);
            exact_params_clear(&p);
        }
    printf("Eq. 17 against Eq. 18 at N = %ld: %ld correlators overlap\n", (long) N, (long) count);
}

int main(void)
{
    flint_rand_t st;

    test_rand_init(st, "t-corr");
    gsl_set_error_handler_off();
    against_brute(st);
    eq17_eq18(st);
    flint_rand_clear(st);
    flint_cleanup();
    printf("PASS\n");
    return 0;
}
